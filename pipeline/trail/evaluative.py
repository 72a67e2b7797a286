"""Word lists for stance: side-taking verbs and nouns, event verbs, hedges and attitudes.

How good or bad a word is (VADER plus policy words) lives in `valence.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trail.misparses import hyphen_prefix

if TYPE_CHECKING:  # spaCy's types only: the word lists load without it
    from spacy.tokens import Token


# --- verbs and nouns that take a side on their object ("welcomed the ban") ----------------
PRO_ACTS = frozenset(
    "welcome back support defend praise endorse applaud hail champion favour favor approve "
    "embrace commend laud celebrate salute uphold advocate urge demand want need require "
    "like love accept justify vindicate afford stand_behind get_behind rally_behind throw_behind "
    "unite_behind "  # "threw its weight behind the ban"
    "ask_for beg_for plead_for cry_out_for clamour_for clamor_for "
    "press_on push_ahead push_on press_ahead stand_by stick_to stick_with call_for argue_for "
    "campaign_for vote_for lobby_for fight_for push_for press_for go_ahead_with seek "
    "request agree_with side_with get_on_with legislate_for stand_for put_up_with tolerate".split()
)
CON_ACTS = frozenset(
    "criticise criticize attack oppose condemn reject slam blast denounce deplore decry "
    "fight resist challenge question lambast lambaste ridicule mock deride dismiss "
    "rubbish savage castigate protest veto vote_against campaign_against argue_against "
    "lobby_against fight_against warn_against speak_against rail_against protest_against "
    "rule_out kill_off hate dislike rethink reconsider redraft rewrite revisit amend stop "
    "defeat wreck torpedo sink disagree_with object_to stand_up_to defy legislate_against".split()
)
# Attributes of a policy whose evaluation is the policy's: "the scheme's costs are too high".
ATTRIBUTES = frozenset("cost costs price assumption assumptions benefit benefits merit merits "
                       "effect effects impact consequences logic rationale terms details wording "
                       "drafting provisions financing funding timing flaws principle".split())
# Verbs saying others got the policy wrong: "the directive has been misrepresented" defends it.
MISREAD = frozenset("misrepresent misunderstand misreport caricature demonise demonize "
                    "distort exaggerate smear scaremonger".split())
# Adjectives that take a side on their object ("opposed to the plans", "critical of the bill").
# Adverbs that carry a "not" meant for their head: "not yet convinced", "not entirely happy".
NOT_YET = frozenset({"yet", "quite", "entirely", "fully", "wholly", "always", "altogether"})
PRO_ADJS = frozenset("supportive favourable favorable sympathetic committed wedded convinced "
                     "persuaded unapologetic".split())  # "unapologetic about the change"
CON_ADJS = frozenset("opposed hostile resistant averse critical sceptical skeptical unconvinced "
                     "doubtful wary".split())
# Speakers named by their camp ("critics say", "opponents of the bill said"). "Supporters" counts
# only with its object: a club's supporters are its fans, not backers of a takeover of it.
PRO_CAMPS = frozenset("proponent advocate backer supporter champion defender".split())
CON_CAMPS = frozenset("critic opponent detractor sceptic skeptic objector naysayer".split())
UNQUALIFIED_CAMPS = CON_CAMPS | {"proponent", "backer"}
# Nouns that harm what they act on (with what they fall on): "an attack on civil liberties", "a
# threat to jobs", "a tax on honesty", "an intrusion into privacy", "a burden on traders".
HARM_NOUNS = frozenset("attack assault threat blow danger erosion affront insult risk breach "
                       "violation infringement abuse betrayal denial tax intrusion invasion "
                       "encroachment war burden strain drain".split())
# Nouns of an ending, judged by what ends: "the end of the great British pub", "the death of
# the high street" are harms, "the end of the postcode lottery" a good.
ENDINGS = frozenset("end death demise destruction collapse ruin downfall extinction".split())
# Built things that carry traffic or power: argued over as projects (frames.py) and said to be
# full or to have room (stance_need.capacity_signals).
INFRASTRUCTURE = frozenset(
    "airport station stations line road roads network railway runway runways route motorway "
    "motorways terminal port plant plants reactor reactors tunnel bridge dam mine pipeline "
    "incinerator".split())
# Frames that open a possibility without taking a position ("ready to cut rates"), unless shut
# ("no intention of"); "intends to ban it" is a plan, as "plans to" is.
OPEN_TO = frozenset("ready willing prepared open possibility prospect chance possible consider "
                    "explore likely expect potential option discuss intention".split())
# Verbs that bring about, widen or remove a policy: a side only when prescribed or promised.
REALISE = frozenset(
    "introduce implement enforce adopt keep maintain retain renew pass approve bring_in "
    "roll_out press_on_with push_ahead_with push_through go_ahead_with proceed_with extend "
    "widen expand broaden tighten toughen strengthen "  # "should be extended to gardens"
    "carry_on_with continue_with stick_with preserve make launch table lodge tender pursue "
    "see_through deliver impose get_through force_through drive_through try trial pilot declare "
    "put_forward allow permit authorise authorize license restore reinstate reintroduce announce "
    "bring_back let_through wave_through nod_through vote_through".split()  # "we will make a
    # fresh offer", "it would pursue the bid", "GM crops should be allowed", "let it through"
)
REMOVE = frozenset(
    "scrap repeal abandon drop shelve park ditch delay postpone axe withdraw reverse overturn "
    "abolish lift block halt pause suspend water_down scale_back row_back back_away_from back_down "
    "back_down_on give_up cave_in_on climb_down go_back_on renege_on "
    "do_away_with rip_up tear_up bin dilute relax weaken end kill scupper derail "
    "climb_down_over u-turn_on freeze walk_away_from pull_out_of put_on_hold put_on_ice "
    "kick_into_grass throw_out vote_down rip_out take_down switch_off turn_off phase_out "
    "get_rid_of rid_of dismantle turn_down shoot_down thwart close_down shut_down wind_up".split()
)
# Changes asked of a policy as it stands ("should be changed", "want to see the text altered"):
# like a removal, only a prescribed or wished change takes a side (against the text as it is).
REVISE = frozenset("change alter modify revise rework overhaul".split())
UNDO = REMOVE | REVISE
PRO_NOUNS = frozenset(
    "support backing favour favor approval endorsement praise defence defense welcome "
    "enthusiasm call demand case argument justification need rationale reason evidence".split()
)
CON_NOUNS = frozenset(
    "opposition criticism attack objection objections hostility resistance challenge "
    "campaign protest protests assault onslaught backlash revolt rebellion concern "
    "concerns fears doubts reservations fear doubt reservation misgiving misgivings qualm "
    "qualms worry worries anxiety anxieties unease disquiet scepticism skepticism".split()
)
OPINION_NOUNS = PRO_NOUNS | CON_NOUNS  # "support for it", "fears about it": a side by name
# What the policy is called when it is the feared thing: "the threat of privatisation".
MENACES = frozenset({"threat", "spectre", "specter", "menace", "scourge", "danger"})
# Governors that turn what they govern around ("refused to back", "failed to work").
FLIP_GOVERNORS = frozenset(
    "refuse decline fail oppose reject deny dismiss prevent stop avoid resist block "
    "abandon scrap drop halt end rule_out against without instead unable deflect deter "
    "dissuade divert doubt stand_in_way get_in_way".split()  # "will not be deflected from
    # introducing the cards", "would not stand in the way of scrapping it"
)
# Governors that promise or prescribe what they govern ("vowed to scrap", "time to cut").
COMMIT_GOVERNORS = frozenset(
    "vow pledge promise intend plan aim want decide agree threaten urge call demand need "
    "have must time right wrong push press campaign determine commit resolve insist "
    "prepare seek propose recommend advocate".split()
)
DEONTIC = frozenset({"should", "must", "ought", "shall", "need", "'ll", "will", "would"})
HEDGES = frozenset({"may", "might", "could", "perhaps", "possibly", "probably", "maybe",
                    "likely", "unlikely", "whether", "if", "unless", "allegedly", "reportedly",
                    "expect", "predict", "forecast", "speculate", "wonder", "doubt", "question"})
FORECAST_CUES = frozenset({"predict", "forecast", "estimate", "expect", "speculate", "suggest",
                           "hint", "indicate", "report"})
# --- events ---------------------------------------------------------------------------------
OCCUR = frozenset(
    "hold have conduct engage enter open begin start continue resume attend join sit "
    "take_place happen occur go_on go_ahead proceed confirm acknowledge be underway "
    "announce tender submit hand_in offer_up carry_on progress advance take_place "
    "sit_down meet exist go_through complete finalise finalize seal clinch".split()
)
END = frozenset(
    "cancel call_off suspend halt end break_off break_down collapse stall abandon freeze "
    "rule_out reject deny refuse dismiss postpone scrap boycott shun quit".split()
)
# An event that is itself a non-event ("avoided tests", "boycotted the games"): refusing or
# dodging its object restates it; taking or undergoing its object is its opposite.
AVOIDANCE = frozenset("avoid evade dodge skip miss shun boycott duck escape refuse".split())
UNDERGO = frozenset("take undergo submit submit_to attend sit face report_for appear_for "
                    "turn_up_for show_up_for present_for".split())
IRREALIS = frozenset(
    "possibility prospect chance intention plan plans readiness willingness offer proposal "
    "idea hope hopes call calls invitation bid ready willing prepared open keen eager "
    "want wish hope seek propose offer call urge consider plan intend try mediate "
    "facilitate encourage invite prepare explore push press aim expect need require "
    "condition conditions precondition possible likely unlikely would-be potential future "
    "pave question option agree effort efforts attempt proposed planned discuss".split()
)
REPORT_NOUNS = frozenset(
    "report reports claim claims rumour rumours rumor rumors speculation suggestion "
    "charge charges accusation accusations "
    "suggestions allegation allegations story stories news account accounts assertion "
    "assertions statement statements remark remarks comment comments talk word".split()
)
# Verdicts on a charge ("cleared of charges of ..."): stance_verdicts.py reads them.
VERDICT_VERBS = frozenset({"clear", "acquit", "exonerate", "absolve", "vindicate", "convict",
                           "guilty"})
TRUTH = {"false": -1, "wide": -1, "misleading": -1,
         "untrue": -1, "baseless": -1, "groundless": -1, "fabricated": -1,
         "lie": -1, "lies": -1, "wrong": -1, "incorrect": -1, "inaccurate": -1,
         "nonsense": -1, "unfounded": -1, "fiction": -1, "rubbish": -1, "speculation": -1,
         "rumour": -1, "rumours": -1, "rumor": -1, "rumors": -1, "gossip": -1, "hearsay": -1,
         "smear": -1, "smears": -1, "fabrication": -1, "fantasy": -1, "myth": -1,
         "true": 1, "accurate": 1, "correct": 1, "right": 1}
# --- directional predicates ("cut" vs "raise" vs "hold" rates; "ban" vs "lift") -------------
# Putting a thing in public hands, by a verb or a phrase ("bring back into public ownership").
OWNERSHIP_KEYS = tuple("nationalise nationalize renationalise renationalize".split()) + tuple(
    f"{verb}_{back}{prep}_{noun}" for verb in ("take", "bring", "put", "return")
    for back in ("back_", "") for prep in ("into", "in", "to") for noun in ("ownership", "hands"))
_OWNERS = {"public": 1, "state": 1, "national": 1, "common": 1, "private": -1}
_HOLDING = frozenset({"ownership", "hand", "hands", "control"})
_HOLDERS = _HOLDING | {"sector", "firm", "company", "operator", "owner"}  # private ones only:
# "a public company" is a listed one, "the public sector" the state's whole payroll


def owned_by(tok: Token) -> int:
    """+1 for a name of public ownership ("public ownership", "state hands", "public control"),
    -1 for private ("private hands", "the private firms", "private operators"), 0 else."""
    lemma = tok.lemma_.lower()
    if lemma not in _HOLDERS:
        return 0
    side = next((_OWNERS[c.lower_] for c in tok.children
                 if c.dep_ in {"amod", "compound"} and c.lower_ in _OWNERS), 0)
    return side if side < 0 or lemma in _HOLDING else 0


DIRECTIONS: tuple[frozenset[str], ...] = (
    frozenset("cut reduce lower slash trim decrease ease reduction fall come_down halve".split()),
    frozenset("raise increase hike put_up tighten rise go_up push_up double triple treble "
              "quadruple".split()),
    frozenset("hold keep leave stay remain freeze pause unchanged steady hold_on".split()),
    frozenset("ban prohibit outlaw forbid bar restrict prohibition moratorium stop halt "
              "take_off_shelves take_off_market remove_from_sale withdraw_from_sale "
              "make_illegal make_unlawful".split()),
    frozenset("allow permit legalise legalize lift relax exempt make_legal make_lawful "
              "decriminalise decriminalize".split()),
    frozenset("resign quit step_down stand_down step_aside go leave_office".split()),
    frozenset("stay remain stay_on cling_on carry_on soldier_on".split()),
    frozenset("introduce implement adopt bring_in roll_out launch create establish build "
              "construct complete finalise finalize conclude seal".split()),
    frozenset("scrap abandon drop shelve park ditch axe abolish repeal withdraw rip_out take_down "
              "switch_off turn_off phase_out get_rid_of dismantle close_down "
              "shut_down wind_up cancel mothball kill_off".split()),
    frozenset("get give grant gain receive hand win acquire extend".split()),
    frozenset("deny remove withhold curb limit restrict strip refuse".split()),
    frozenset("detain intern imprison jail incarcerate lock_up hold keep_behind_bars "
              "keep_in_prison stay_in_prison remain_in_prison die_in_prison "
              "return_to_prison".split()),
    frozenset("release free set_free walk_free".split()),
    frozenset("join enter sign_up_to".split()),
    frozenset("leave quit stay_out stay_out_of opt_out opt_out_of pull_out_of "
              "withdraw_from".split()),
    frozenset("return send_back give_back hand_back go_back come_back come_home go_home "
              "repatriate restore reunite reunify".split()),  # "returned to Greece"
    frozenset("keep retain stay remain hold_on_to hang_on_to cling_on_to".split()),
    frozenset(OWNERSHIP_KEYS),  # "should be taken back into public ownership"
    frozenset("privatise privatize sell_off part-privatise part-privatize".split()),
    frozenset("make_compulsory make_mandatory make_obligatory".split()),  # done to people by
    frozenset("make_voluntary make_optional".split()),  # proposition.COMPELLING acts
)
OPPOSITE_DIRECTIONS = {0: (1, 2), 1: (0, 2), 2: (8,), 3: (4,), 4: (3,), 5: (6,), 7: (8,),
                       9: (10,), 11: (12,), 12: (11,), 13: (14,), 15: (16,), 16: (15, 8),
                       17: (18,), 18: (17,), 19: (20,),
                       20: (19,)}  # keeping a thing is undone by scrapping it
# Nouns naming a decision taken or announced: the act an article reports (decisions.py).
DECISIONS = frozenset("decision vote ruling verdict judgment judgement move announcement "
                      "u-turn result outcome".split())
# Nouns naming a policy ("the plans", "the scheme") or an event: anaphoric references.
POLICY_ANAPHORS = frozenset(
    "plan plans scheme proposal proposals bill law act legislation measure measures policy "
    "idea move reform reforms change changes rule rules regulation regulations system "
    "initiative programme program project decision text draft shake-up overhaul crackdown "
    "clampdown package blueprint curbs curb restriction restrictions charge charges levy "
    "fee fees cap technology regime clause clauses provision provisions pledge "
    "commitment ambition vision motion demand recommendation pilot".split()  # "welcomes the
    # ambition", "I oppose the motion"; "the 35% demand" (not a market's); "the pilot" (a trial)
)
# Nouns a policy's name can modify and that then stand for the policy: "the basic income pilot".
CARRIERS = POLICY_ANAPHORS | {"trial", "experiment", "pledge"}
REDUCERS = frozenset(
    "fight tackle combat reduce cut curb prevent stop beat end lower deter discourage "
    "eliminate eradicate halt crack clamp counter address reverse save spare protect "
    "catch arrest convict punish jail prosecute detect expose find identify trace track "
    "locate spot root_out weed_out flush_out ease relieve alleviate solve resolve fix cure "
    "remedy cover".split()
)
# Verbs that make more of their object, whatever their own tone: "increase problem gambling",
# "fuel resentment" are bad, "boost investment" good ("exacerbate" is no fight against crime).
INCREASERS = frozenset(
    "increase raise boost fuel encourage spread breed double treble triple multiply feed "
    "intensify heighten deepen worsen exacerbate aggravate inflame stoke escalate foster "
    "invite swell reward incentivise incentivize legitimise legitimize".split())  # "would
# reward years of illegal riding"
# Verbs of giving: what the gift is worth depends on who gets it ("hand zealots a weapon").
GIVE = frozenset({"give", "hand", "offer", "grant", "provide", "award", "gift"})
# Feelings of a speaker about what happened ("disappointed that the ban was delayed"), by sign.
EMOTIONS = {
    **dict.fromkeys("pleased delighted glad happy relieved satisfied thrilled heartened "
                    "encouraged gratified overjoyed elated".split(), 1),
    **dict.fromkeys("disappointed disappoint dismayed dismay saddened sadden angry furious upset "
                    "unhappy appalled appal outraged outrage frustrated frustrate alarmed alarm "
                    "concerned worried troubled uneasy sickened disgusted horrified devastated "
                    "gutted".split(), -1),
}
# Verbs reporting someone's attitude: "landlords fear X" embeds X as their view, not the claim's.
# Evidence a speaker cites as a holder of a view: "every study says [it is a disaster]" is the
# speaker's own claim, unlike "landlords fear [...]".
EVIDENCE_NOUNS = frozenset(
    "study studies report review reviews analysis research evidence survey poll data figures "
    "statistics look assessment appraisal audit inquiry modelling findings trial trials".split())
ATTITUDE = frozenset("fear believe think worry say claim argue warn expect feel suspect predict "
                     "insist suggest reckon assume doubt".split())
# Prepositions that turn a bad object good: "a tool against terrorism", "a war on crime".
AGAINST_PREPS = frozenset({"against", "on", "to"})
PROTECTORS = frozenset({"protect", "save", "spare", "safeguard", "shield", "help"})
# Copulas and verbs that predicate a quality or a kind of their subject or object ("is safe",
# "proved robust", "called it a spy balloon"): stance_property.py and stance_class.py.
PREDICATING = frozenset("be seem remain look appear become prove stay sound feel make declare "
                        "deem consider find call describe label brand dub".split())

_PARTICLES = frozenset({"ahead", "on", "through", "back", "away", "down", "off", "out", "up",
                        "home"})


def base_forms(tok: Token) -> list[str]:
    """The lemma plus crude de-inflections of the word: the tagger misreads "hoped" as "hop"."""
    low, forms = tok.lower_, [tok.lemma_.lower()]
    for suffix, add in (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("s", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            forms.append(low[: -len(suffix)] + add)
    return list(dict.fromkeys([*forms, low]))


def phrasal_keys(tok: Token) -> list[str]:
    """Lookup keys of a verb with its particle and preposition: "press_on_with", "press_on";
    a hyphenated verb is also its whole: "fast-track"."""
    prts = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    prts += [c.lower_ for c in tok.children if c.dep_ == "advmod" and c.lower_ in _PARTICLES]
    prts += [c.lower_ for c in tok.children if c.dep_ == "dobj" and c.lower_ in {"place", "part"}]
    said = [c for c in tok.children if c.dep_ in {"prep", "agent"}
            and not any(g.dep_ == "neg" for g in c.children)]  # not ", not for the Tories"
    preps = [c.lower_ for c in said]
    preps += [f"{c.lower_}_{o.lower_}" for c in said if c.dep_ == "prep"
              for o in c.children if o.dep_ == "pobj"]  # "put_on_hold", "kick_into_grass"
    for g in (g for c in tok.children if c.dep_ == "advmod" and c.lower_ in _PARTICLES
              for g in c.children if g.dep_ == "prep"):  # "walk [away [from the deal]]",
        preps += [g.lower_] + [f"{g.lower_}_{o.lower_}"  # "bring water [back [into public
                               for o in g.children if o.dep_ == "pobj"]  # ownership]]"
    rid = next((c for c in tok.children if c.lower_ == "rid" and c.dep_ in {"acomp", "dobj"}),
               None)  # "get [rid [of it]]": the small model hangs "of" on "rid"
    if rid is not None:
        prts.append("rid")
        preps += [c.lower_ for c in rid.children if c.dep_ == "prep"]
    particle = any(c.dep_ == "prt" for c in tok.children)
    if tok.lemma_.lower() in {"make", "render"}:  # "should be made legal": "make_legal"
        prts += [c.lower_ for c in tok.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}
                 and c.pos_ == "ADJ"]
    prefix = hyphen_prefix(tok)
    keys = [f"{prefix}-{tok.lemma_.lower()}"] if prefix else []
    for lemma in base_forms(tok):
        for prt in prts:
            keys += [f"{lemma}_{prt}_{p}" for p in preps] + [f"{lemma}_{prt}"]
        if not particle:  # "back down" is not "back", "rule out" not "rule"
            keys += [f"{lemma}_{p}" for p in preps] + [lemma]
    return keys


def prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    """The objects of `tok`'s prepositions among `preps` ("issues [with] the system")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def passive_agents(verb: Token) -> list[Token]:
    """Who a passive verb says did it: the objects of its "by" ("was carried out by [X]")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def direction_of(key: str) -> int | None:
    """Index of the DIRECTIONS group a lemma (or phrasal key) belongs to, or None."""
    for k, group in enumerate(DIRECTIONS):
        if key in group:
            return k
    return None


# Verbs of wrongdoing, in families that restate one another ("embellished the dossier" for
# "exaggerated the threat"): an event alleged ("Labour councillors rigged postal votes") is also
# named by the nouns of misdeeds ("there was widespread fraud", "denied any wrongdoing").
_MISDEED_FAMILIES = (
    "exaggerate embellish inflate sex_up overstate distort",
    "rig fix fiddle falsify forge doctor tamper manipulate",
    "cheat defraud embezzle steal swindle",
    "deceive mislead",
    "hide conceal understate under-report underreport misreport misstate cover_up withhold",
    "bribe", "launder", "dope", "plagiarise plagiarize", "leak", "hack bug spy", "smear",
)
WRONGDOINGS = {verb: frozenset(family.split()) for family in _MISDEED_FAMILIES
               for verb in family.split()}
MISDEEDS = frozenset(
    "fraud wrongdoing corruption malpractice impropriety misconduct cheating rigging "
    "irregularity irregularities wrongdoings deception exaggeration deceit falsification "
    "fabrication misrepresentation dishonesty forgery manipulation tampering concealment".split())
# Qualities that are misdeeds ("the study was fraudulent", "the count was rigged"): named by the
# misdeed nouns too, and restated by the verbs of faking ("had falsified the data").
_FAKING = WRONGDOINGS["falsify"] | WRONGDOINGS["deceive"] | frozenset(
    "fake fabricate make_up invent alter".split())
MISDEED_QUALITIES = dict.fromkeys(
    "fraudulent falsified fabricated faked fake bogus dishonest rigged doctored".split(), _FAKING)


# Institutions: who owns a policy without naming another one ("the government's plans", "the
# Council text"), and who an alleged act can be laid at ("the Home Office's decision").
INSTITUTIONS = frozenset(
    "government minister ministers ministry department office council commission parliament "
    "cabinet administration executive board committee chancellor secretary premier "
    "president bank party".split())


# "the existing laws are sufficient", "wanted the old limits back": the law in force or the one
# the policy replaced, not the one proposed (its proposals stay the proposal: "the current plans").
_IN_FORCE = frozenset({"existing", "current", "present", "old", "former", "previous"})
_GAPS = frozenset({"gap", "loophole", "hole", "lacuna"})
_PROPOSALS = frozenset("plan plans proposal proposals bill idea reform reforms change changes "
                       "move measure measures package draft".split())


def in_force(tok: Token) -> bool:
    """A policy noun named as the one in force (or before it): "existing laws", "the current
    system", "the old limits", or as the one with a gap ("exploiting the gap in the law": only a
    law in force has one)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in _GAPS:
        return True
    return tok.lemma_.lower() not in _PROPOSALS and any((
        c.dep_ == "amod" and c.lower_ in _IN_FORCE) or (c.dep_ == "relcl" and c.lemma_ in {
            "have", "get"} and any(s.lower_ in {"we", "you"} for s in c.children))  # "the law
        for c in tok.children)  # we have"
