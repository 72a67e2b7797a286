"""The words a proposition's parts are named by: nominal forms of predicates ("banned" -> "the
ban"), nouns that name an event ("talks", "negotiations"), what an undertaking is called ("the
promise", "the deal"), and nouns that are a policy in themselves ("lift the ban")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.trail.act_verbs import BACKERS, DOWNING_VERBS, MEANT_KILLING
from pipeline.trail.evaluative import (
    OWNERSHIP_KEYS,
    WRONGDOINGS,
    direction_of,
    passive_agents,
    phrasal_keys,
)
from pipeline.trail.valence import base_lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# Nominal forms of predicates: "banned" -> "the ban", "resign" -> "his resignation".
NOMINALS = {
    "ban": ("ban", "banning", "prohibition"), "prohibit": ("prohibition", "ban"),
    "cut": ("cut", "reduction"), "reduce": ("reduction", "cut"), "lower": ("cut", "reduction"),
    "raise": ("rise", "increase", "hike"), "increase": ("increase", "rise", "hike"),
    "introduce": ("introduction",), "resign": ("resignation",), "quit": ("resignation",),
    "step_down": ("resignation",), "merge": ("merger", "deal"), "build": ("construction",),
    "scrap": ("scrapping", "abolition", "phase-out"), "abolish": ("abolition", "phase-out"),
    "phase_out": ("phase-out", "phaseout"), "privatise": ("sale", "privatisation", "sell-off"),
    **{k: ("nationalisation", "renationalisation", "nationalization", "renationalization")
       for k in OWNERSHIP_KEYS},
    "make_legal": ("legalisation", "legalization"), "make_illegal": ("ban", "prohibition"),
    **dict.fromkeys(("make_compulsory", "make_mandatory", "make_obligatory"),
                    ("compulsion", "obligation", "requirement")),  # not "duty": a tax
    "detain": ("detention", "internment"), "intern": ("internment", "detention"),
    "deport": ("deportation",), "take_over": ("takeover",), "extend": ("extension",),
    "buy": ("purchase", "acquisition", "takeover"), "acquire": ("acquisition", "takeover"),
    "expand": ("expansion",), "close": ("closure",), "limit": ("limit", "limitation"),
    "restrict": ("restriction",), "curb": ("curb",),
    # acts that take their object away: the object is who it is done to, not the policy
    "cull": ("cull", "culling"), "send": ("removal", "relocation"), "relocate": ("relocation",),
    "expel": ("expulsion",), "remove": ("removal",), "evict": ("eviction",),
    "extradite": ("extradition",), "release": ("release", "freeing"), "free": ("release",),
    "open": ("opening", "hours"), "destroy": ("destruction",),
    **dict.fromkeys(("break", "breach", "violate", "flout", "contravene", "infringe"),
                    ("breach", "violation", "infringement", "contravention")),
    "return": ("return", "repatriation", "restitution", "reunification"),
}
# Nouns naming an act done to a policy, by the verb they name: "the cancellation of HS2 would be
# a disaster", "a U-turn would be costly", "approval would be a betrayal" (stance_doing.py).
ACT_NOUNS = {
    "cancellation": "cancel", "abolition": "abolish", "scrapping": "scrap", "repeal": "repeal",
    "withdrawal": "withdraw", "reversal": "reverse", "u-turn": "reverse", "climbdown": "climb_down",
    "shelving": "shelve", "axing": "axe", "ditching": "ditch", "delay": "delay",
    "postponement": "postpone", "suspension": "suspend", "approval": "approve",
    "go-ahead": "approve", "introduction": "introduce", "implementation": "implement",
    "adoption": "adopt", "construction": "build", "refusal": "refuse", "rejection": "reject",
    "veto": "veto", "reintroduction": "reintroduce", "restoration": "restore",
}
# What these make is the policy's substance: "build new nuclear stations" is judged by how the
# stations are judged ("new reactors would be dangerous"), unlike "ban smoking" or "cut rates".
CREATIONS = frozenset({"build", "construct", "create", "establish", "set_up", "open"})
# A reform names its act by these nouns; its object is what is to change ("incapacity benefit").
REFORMS = frozenset({"reform", "overhaul", "modernise", "modernize", "shake_up", "restructure"})
REFORM_NOUNS = frozenset({"reform", "reforms", "overhaul", "shake-up", "changes"})
# Who a policy acts on, named by the act: "the detainees should be released".
PATIENTS = {"detain": ("detainee",), "intern": ("internee",), "deport": ("deportee",)}
# Objects that are themselves a policy: "lift the ban", "raise the levy" act on the policy.
POLICY_NOUNS = frozenset(
    "ban prohibition tax taxes levy fee fees charge charges duty tariff tariffs restriction "
    "restrictions curb curbs cap limit law act bill scheme plan plans policy rule rules "
    "regulation regulations measure measures".split())
EVENT_NOUNS = {noun: ("talk", "talks", "negotiation", "negotiations", "dialogue", "discussion",
                      "discussions") for noun in ("talk", "negotiation", "dialogue", "discussion")}
# "used performance-enhancing drugs": "doping" names it, "took drugs", "doped" restate it.
EVENT_NOUNS |= {noun: ("drug", "drugs", "doping", "dope", "steroid", "steroids", "substance",
                       "substances") for noun in ("drug", "steroid", "doping")}
# Verbs whose event is named by nouns: "Blair promised Brown ..." is "the promise", "the deal".
UNDERTAKINGS = {verb: ("promise", "pledge", "deal", "pact", "agreement", "assurance", "undertaking")
                for verb in ("promise", "pledge", "agree", "assure", "undertake", "vow")}
PARTICIPANTS = frozenset({"PERSON", "GPE", "ORG", "NORP", "DATE", "TIME"})
# What is held by staging it, not by keeping it: "hold a referendum", "hold the regatta".
_OCCASIONS = frozenset("cup tournament championship games olympics festival regatta race "
                       "referendum election ballot vote inquiry summit conference".split())


def staged(root: Token) -> bool:
    """ "hold the Games", "hold a referendum": an occasion held is staged."""
    return any(c.dep_ == "dobj" and (c.ent_type_ == "EVENT" or c.lemma_.lower() in _OCCASIONS)
               for c in root.children)


EVENT_VERBS = {**dict.fromkeys(("talk", "negotiation", "dialogue"), (
                   "talk", "negotiate", "discuss", "meet")), "discussion": ("discuss", "talk"),
               "merger": ("merge",), "drug": ("use", "take", "dope", "inject"),
               "steroid": ("use", "take", "dope", "inject"), "doping": ("dope",)}


# Verbs of entering a state: "fell into recession", "slid into civil war", "went into
# administration": the state names the event ("the recession").
ENTRY_VERBS = frozenset("fall slip slide plunge tip sink descend lurch go enter".split())


def entered_state(root: Token) -> Token | None:
    """ "recession" of "The economy fell into recession" (a state entered, not a fall)."""
    if root.lemma_.lower() not in ENTRY_VERBS:
        return None
    return next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "into"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), next(
        (c for c in root.children if c.dep_ == "dobj" and root.lemma_ == "enter"), None))


def nominals_of(predicate: str, deed: bool = False) -> tuple[str, ...]:
    """The nouns naming a predicate's act: listed ("sale" only of a deed: "should be sold in
    plain packs" is a rule on packs), or "-ise" made "-isation" ("legalise": "legalisation")."""
    if predicate in NOMINALS or (deed and predicate == "sell"):
        return NOMINALS.get(predicate, ("sale", "disposal", "sell-off"))
    return (f"{predicate[:-1]}ation",) if predicate.endswith(("ise", "ize")) and len(
        predicate) > 5 else ()


def deed_granted(deeds: frozenset[str], predicate: str) -> bool:
    """The deed is named as a thing that happened ("was behind the killing"), not asserted
    ("was killed by the state"): only whose it was is in question."""
    return bool(deeds - {predicate})


def meant_deed(lemma: str, deeds: frozenset[str], predicate: str) -> bool:
    """ "He was murdered" of "X was killed by Y": a killing the proposition asserts, said
    meant, so a deed and no natural death."""
    return lemma in MEANT_KILLING and not deed_granted(deeds, predicate)


# Verbs of having or trading a thing: done to a banned thing ("buy a replica gun"), the thing is
# what is banned ("banned from having gas boilers": the boilers, not the having).
ACCESS_VERBS = frozenset("buy sell own have carry use import make manufacture keep get obtain "
                         "trade supply stock possess acquire".split())


# Verbs that restate a downing only with its own agent: "the jet was hit by a Russian air
# defence system", not "the jet was hit by birds".
IMPACTS = {verb: frozenset({"hit", "strike", "destroy", "damage"}) for verb in DOWNING_VERBS}


def doers_of(verbs: set[str]) -> frozenset[str]:
    """Who does what the verbs do: "fund" -> "funder", "finance" -> "financier", "hack" ->
    "hacker", "leak" -> "leaker" (phrasal verbs have none: "bring_down")."""
    out = set()
    for verb in verbs:
        if "_" in verb or len(verb) < 3:
            continue
        if verb.endswith("e"):
            out |= {f"{verb}r", f"{verb[:-1]}or", f"{verb[:-1]}ier"}
            continue
        out |= {f"{verb}er", f"{verb}or"}
        if verb[-1] in "bdgmnpt" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            out.add(f"{verb}{verb[-1]}er")  # "robber", "plotter"
    return frozenset(out | {w for v in verbs & BACKERS.keys() for w in BACKERS[v]})


# Nouns that name one kind of thing, so each names it when the proposition uses another: "a
# levy on sugary drinks" is also "the tax", "the duty"; "flight MH17" is "the plane"; "the
# merger" is "the deal"; "40 million dollars" is "the money".
KINDRED = (frozenset({"levy", "tax", "duty", "surcharge"}),
           frozenset({"data", "datum", "information", "profile", "profiles", "details",
                      "file", "files", "record", "records", "database"}),
           frozenset({"flight", "plane", "aircraft", "jet", "airliner", "airplane"}),
           frozenset({"tanker", "ship", "vessel", "freighter", "ferry"}),
           frozenset({"merger", "deal", "tie-up", "agreement", "pact"}),
           frozenset({"euro", "euros", "dollar", "dollars", "money", "cash", "funds", "sum",
                      "balance", "balances", "deposit", "deposits"}))


# A wrong's extent in a proposition's own words: many (+1) or one (-1) (stance_extent.py).
_WIDE_PROPOSITION = re.compile(
    r"\b(?:beyond\s+(?:a|one)\b|widespread|systemic|systematic|endemic|rife|institutional"
    r"|more\s+than\s+one\b|not\s+(?:an?\s+)?(?:isolated|one-off)|not\s+confined)", re.I)
_LONE_PROPOSITION = re.compile(  # not "the single market", "a rogue state"
    r"\b(?:isolated\s+(?:case|incident|act|episode)|one-off|alone|lone|single\s+(?:rogue|bad|"
    r"person|individual|man|woman)|rogue(?!\s+(?:state|states|nation|nations|regime)))\b", re.I)


def extent_of(proposition: str) -> int:
    """+1 when a proposition says a wrong went wide, -1 when it says it was one person's, 0 for
    neither (most propositions)."""
    wide, lone = _WIDE_PROPOSITION.search(proposition), _LONE_PROPOSITION.search(proposition)
    return 1 if wide else -1 if lone else 0


# Words that class a thing by one purpose under several names.
CLASS_SYNONYMS = (frozenset({"surveillance", "spy", "spying", "espionage", "reconnaissance"}),
                  frozenset({"hoax", "fake", "forgery", "fraud", "sham", "fabrication", "scam",
                             "con", "prank", "counterfeit"}))  # a thing not what it claims
# Words that describe a thing without classing it: size, age, number, sameness.
UNCLASSING = frozenset("big small large huge tiny giant vast new old single real whole same "
                       "other first last only own main actual certain mere simple".split())


def class_words(attr: Token) -> frozenset[str]:
    """The words that class a proposition's thing: the modifiers of its attribute ("surveillance"
    of "a surveillance craft"), else the attribute itself ("bribe", "a meaningless hoax": the
    judging word is its quality), with their synonyms."""
    words = {w for c in attr.children if c.dep_ in {"compound", "amod"} and (w := c.lemma_.lower())
             not in UNCLASSING and abs(base_lexicon().get(c.lower_, 0.0)) < 1.0} or {
        attr.lemma_.lower()}
    return frozenset(words.union(*(s for s in CLASS_SYNONYMS if s & words)))


# Other words for one: "a lab incident", "a research-related origin" name the laboratory.
_FORMS = {"laboratory": ("lab", "research"), "lab": ("laboratory", "research"),
          # a cause named by its parts or its people: "the rules", "the inspectors", "neglect"
          "regulation": ("rule", "rulebook", "regulator", "deregulation", "oversight", "law"),
          "supervision": ("supervisor", "examiner", "oversight", "regulator"),
          "negligence": ("neglect", "incompetence"), "blasting": ("explosion", "detonation"),
          "food": ("meal", "dish", "lunch", "dinner", "supper", "breakfast", "catering"),
          "electrical": ("electric", "electrics", "electricity", "wiring", "cable", "circuit",
                         "short-circuit"),  # "pointed to the electrics", "the bell wiring"
          "cyberattack": ("hack", "hacking", "hacker", "hackers", "ransomware", "malware",
                          "intrusion", "malicious", "cyber-attack", "breach")}  # "hacked"
# Causes named by their kind: "an electrical fault", "human error", "static electricity".
_KINDED = frozenset("fault failure error defect malfunction problem electricity".split())
# How an effect put down to a cause is named as a noun: "the collapse", "the firm's failure".
EFFECT_NOUNS = {"collapse": ("collapse", "failure", "demise", "downfall"),
                "fail": ("failure", "collapse", "demise", "downfall"), "sink": ("sinking",),
                "die": ("death",), "crash": ("crash",), "spread": ("spread",)}


def explanation_words(doc: Doc, args: set[str], cause: Token | None = None) -> frozenset[str]:
    """An event proposition's own nouns, not its participants nor names ("leak", "lab" of "The
    pandemic began with a leak from a lab in Wuhan"): what a claim must name to rate its
    explanation rather than a rival (stance_hypotheses.py). Of one that names a cause, the
    cause's nouns and names ("mini-budget", "Sarao", a water "main"; not "mortgage rates"), a
    fault's kind ("electrical"), what it did ("igniting hydrogen"); else nouns and gerunds."""
    if cause is not None:
        verb = cause.head.head if cause.dep_ == "pobj" else cause.head  # "by X igniting Y"
        acts = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > cause.i]
        own = {t.lemma_.lower() for x in (cause, *acts) for t in x.subtree
               if t.pos_ in {"NOUN", "PROPN"} or (t is cause and t.pos_ == "ADJ")
               or (x in acts and t.dep_ == "amod")}
        own |= {c.lower_ for c in cause.children if c.dep_ == "amod" and c.pos_ == "ADJ"} if (
            cause.lemma_.lower() in _KINDED) else set()
    else:
        own = {w for t in doc if t.pos_ == "NOUN" or t.tag_ == "VBG"  # "piling noise": "piling"
               for w in {t.lemma_.lower(), t.lower_}} - args
    own = {w for w in own if any(ch.isalnum() for ch in w)}  # not the "-" of "mini-budget"
    return frozenset(own | {f for w in own for f in _FORMS.get(w, ())})


# Verbs that say what caused an event ("caused", "was started by", "led to"), and the words
# that name a cause without one ("spread because of", "was due to", "owing to").
CAUSING = frozenset({"cause", "start", "spark", "trigger", "ignite", "set"})
LEADS = frozenset({"lead_to", "result_in", "contribute_to"})  # "contributed to": a cause
# A downing's doer is its cause: "brought down by a bomb", "Russian air defences shot it down",
# "sunk by a mine"; what hit it speaks too ("was hit by two missiles").
DOWNING = frozenset({*DOWNING_VERBS, "sink"})
# What downs a craft, by kind: a blast on board, or fire from the ground ("an intentional
# explosion" is the bomb; "fire from the ground", "a missile" the air defences).
DOWNERS = (frozenset({"bomb", "explosive", "explosives", "explosion", "blast", "device",
                      "detonation"}),
           frozenset({"missile", "missiles", "rocket", "rockets", "fire", "defence", "defences",
                      "defense", "anti-aircraft", "surface-to-air", "artillery", "gunfire"}))
BECAUSE = frozenset({"because", "due", "owing", "thanks"})  # "because of", "due to"


def cause_of(root: Token, passive: bool) -> tuple[Token | None, bool]:
    """(the phrase an event proposition names as the cause, named by "because (of)" or "due to"
    rather than a verb of causing): the subject of "caused", the agent of "was started by", the
    object of "because of", the clause of "sank because its visor failed"; (None, False) for a
    proposition that names no cause."""
    if {root.lemma_.lower(), *phrasal_keys(root)} & (CAUSING | LEADS | DOWNING) and (
            passive or not _undergone(root)):
        if passive:
            return next(iter(passive_agents(root)), None), False
        return next((c for c in root.children if c.dep_ == "nsubj"), None), False
    for word in root.children:
        if because_clause(word):  # "the ferry sank because its ramp failed"
            return word, True
        if word.lower_ in BECAUSE and word.dep_ in {"prep", "acomp", "advmod"}:
            cause = next((g for t in (word, *word.children) for g in t.children
                          if g.dep_ == "pobj"), None)
            if cause is not None:
                return cause, True
    return None, False


def _undergone(root: Token) -> bool:
    """ "The ferry sank": a downing verb with no object, whose subject is what went down."""
    return root.lemma_.lower() in DOWNING and not any(c.dep_ == "dobj" for c in root.children)


def because_clause(word: Token) -> bool:
    """An adverbial clause of reason: "sank [because its ramp failed]"."""
    return word.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because"
                                        for m in word.children)


def direction_again(predicate: str) -> int | None:
    """The DIRECTIONS group of a verb, or of the verb it does again ("rejoin": "join")."""
    group = direction_of(predicate) if predicate not in _PERMITTING else direction_of("allow")
    return direction_of(predicate[2:]) if group is None and predicate.startswith("re") else group


_PERMITTING = frozenset({"approve", "license", "licence"})  # a plant "should (not) be approved"


def returns_of(predicate: str) -> frozenset[str]:
    """How a verb done again is named: "a return to the single market" for "rejoin" it."""
    again = direction_of(predicate) is None and predicate not in _PERMITTING and (
        direction_again(predicate) is not None)
    return frozenset({"return"}) if again else frozenset()


def misdeed_of(root: Token, lemma: str) -> str | None:
    """The wrongdoing a proposition alleges: its verb ("rigged postal votes"), or the purpose of
    an instrument it says was used ("used a device to rig the meters": rig)."""
    if lemma in WRONGDOINGS:
        return lemma
    purpose = next((c for c in root.children if c.dep_ in {"xcomp", "advcl"} and any(
        a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
    return purpose.lemma_.lower() if purpose is not None and (
        purpose.lemma_.lower() in WRONGDOINGS) else None


_ABLE = frozenset({"can", "could"})
# Qualities of a sound thing, praise VADER lacks (stance_property.py).
SOUND_QUALITIES = frozenset("reliable robust sound dependable trustworthy accurate safe secure "
                            "stable watertight flawless".split())


def manner_quality(root: Token) -> str:
    """The quality a capability claims of its subject by an adverb: "the scanner could reliably
    detect tumours" says it is reliable (stance_property.py judges "the scanner is unreliable");
    "" for any other proposition."""
    if not any(c.dep_ == "aux" and c.lower_ in _ABLE for c in root.children):
        return ""
    for adv in (c for c in root.children if c.dep_ == "advmod" and c.lower_.endswith("ly")):
        stem = adv.lower_[:-2]
        for form in (stem[:-1] + "y" if stem.endswith("i") else stem, stem + "le", stem + "e"):
            if form in SOUND_QUALITIES or abs(base_lexicon().get(form, 0.0)) >= 1.0:
                return form  # "reliably" -> "reliable", "safely" -> "safe", "easily" -> "easy"
    return ""


def contested_reason(nlp: Language, doc: Doc) -> Doc:
    """ "X caused Y because the company did not test it properly": that X caused Y is granted by
    all, the reason is what is argued over; it is read as the proposition, its pronoun written
    as the main clause's subject ("The company did not test CrowdStrike's faulty update
    properly.")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not {root.lemma_.lower(), *phrasal_keys(root)} & (CAUSING | LEADS):
        return doc  # "the ferry sank because its visor failed": the clause is the cause
    clause = next((c for c in root.children if because_clause(c) and any(
        s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)), None)
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if clause is None or subject is None:
        return doc
    named = doc[subject.left_edge.i:subject.right_edge.i + 1].text
    text = "".join(named + t.whitespace_ if t.lower_ in {"it", "them"} and t.dep_ != "nsubj" else
                   t.text_with_ws for t in clause.subtree
                   if not (t.dep_ == "mark" and t.head == clause)).strip()
    return nlp(text[:1].upper() + text[1:] + ".")


def akin(words: set[str], args: frozenset[str]) -> bool:
    """A word of the same stem as one of ``args`` ("advertising", "adverts"; "bribes",
    "bribery")."""
    return any(len(a) >= 5 and w[:5] == a[:5] for w in words for a in args)
