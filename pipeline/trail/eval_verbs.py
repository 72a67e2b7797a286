"""What a verb with its objects is worth: "help fight crime" > 0, "erode civil liberties" < 0.

Reducing or fighting something bad is good, harming something good is bad, making more of
something takes its value ("increase problem gambling"), and giving is judged by who gets the
gift ("hand zealots a weapon"). Used by stance_eval.complex_valence for each verb it meets.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.beneficiaries import FAVOURS, funded, ordinary, well_off
from pipeline.trail.claim_view import COMMIT_CUES, ClaimView
from pipeline.trail.eval_frames import (
    PREFER,
    WEIGHING,
    difference,
    ease_for,
    noun_valence,
    preference,
)
from pipeline.trail.evaluative import (
    ATTITUDE,
    GIVE,
    INCREASERS,
    PROTECTORS,
    REDUCERS,
    phrasal_keys,
)
from pipeline.trail.misparses import counted_objects
from pipeline.trail.plight import by_plight, deters, persons
from pipeline.trail.scope import negated_here

# Verbs only a speaker does: their subject is an agent, never the policy evaluated.
AGENT_VERBS = ATTITUDE | COMMIT_CUES | {"recommend", "advise", "announce", "admit"}


def speech_act(verb: Token) -> bool:
    """A verb only a speaker does ("would not recommend it"), but not "threaten" or "promise"
    with an object: "the cards would threaten civil liberties" is a harm, "the scheme promises
    real savings" a benefit."""
    return verb.lemma_.lower() in AGENT_VERBS and not (
        verb.lemma_.lower() in {"threaten", "promise"} and any(
            c.dep_ == "dobj" for c in verb.children))
_RESTRICTIVE = frozenset({"only", "mostly", "mainly", "largely", "just", "merely", "chiefly"})
# Outcome verbs: bare, they forecast a fate ("would succeed"); "succeed in cutting crime" judges.
_OUTCOMES = frozenset({"succeed", "fail"})
# Verbs whose infinitive is an act not done: "failed to offer an alternative" (its own valence
# is left to the act's: failing to stop crime is bad, failing to cause chaos no fault).
FAIL_TO = frozenset({"fail", "neglect", "refuse", "omit"})


def failed_act(verb: Token) -> Token | None:
    """What "failed to offer" did not do: the "to" infinitive of a verb of failing (not the
    small model's "failing [dying] people", a participle misread as its complement)."""
    if verb.lemma_.lower() not in FAIL_TO:
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp"
                 and any(a.lower_ == "to" for a in c.children)), None)
# Verbs that only bring their object about: "create", "produce" are no praise of their own.
_CAUSES = frozenset({"create", "cause", "produce", "generate", "bring", "lead", "spark",
                     "provoke", "trigger", "unleash"})
# Bad to do, and bad in what it brings on: "risks higher costs" is no "fight crime".
_HAZARDS = frozenset({"risk", "court", "gamble", "criminalise", "criminalize"})  # "criminalise
# apathy", "risk chaos": the verb's harm, whatever its object
# "take knife carriers off the streets", "keep drugs out of schools", "lock out the fraudsters":
# removal of the object.
_REMOVERS = frozenset({"take", "get", "keep", "drive", "force", "push", "shut", "lock", "kick",
                       "throw", "squeeze", "turf", "stamp", "wipe", "root", "weed", "snuff"})
# Punishing ordinary people is a harm, whatever the verb's use against crime ("punish crime").
_PUNISH = frozenset({"punish", "penalise", "penalize"})
# Modals that want a measure to go further: "should have gone further", "must go further".
_WANTED = frozenset({"should", "must", "ought", "needs"})
_WORK_ON = frozenset({"through", "on", "towards", "toward", "at"})


def of_what(item: Token) -> list[Token]:
    """ "a small number of dangerous people": what a quantity noun counts."""
    return [g for c in item.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


# What is good to have whatever the lexicon says: cutting these is a loss ("cut 500 jobs").
_GOODS = frozenset("job post service funding spending budget staff benefit pay wage place bed "
                   "officer teacher nurse investment supply choice growth competition business "
                   "company firm industry livelihood factory".split())
# What people are glad to be given whatever the lexicon says: "give tenants security".
_BOONS = frozenset("security stability certainty protection right rights voice say relief peace "
                   "justice dignity confidence control".split())
# "raises serious questions about civil liberties": doubts raised, whatever they are about.
_RAISES = frozenset({"raise", "pose", "prompt", "spark", "provoke"})
_DOUBTS = frozenset({"question", "concern", "doubt", "fear", "worry", "alarm"})
# Verbs of going away: good things that go are lost ("thousands of jobs would go").
_VANISH = frozenset({"go", "disappear", "vanish", "leave"})
# How many, not how good: "failed too many parents" fails parents.
_QUANTITIES = frozenset({"many", "much", "few", "more", "fewer", "less"})
_COUNTS = frozenset({"case", "number", "level", "rate", "amount", "incidence", "thousands",
                     "cause", "year", "decade"})  # and "the causes of bad behaviour": what is
# caused; "years of illegal riding": what went on


def _object_valence(view: ClaimView, verb: Token) -> tuple[float, list[Token]]:
    """Valence of a verb's objects ("civil liberties", "crime and illegal immigration")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "against"}
             for g in c.children if g.dep_ == "pobj"]  # "protect people from fraud"
    objs += counted_objects(verb)  # "prevent around 80 deaths"
    if verb.lemma_.lower() in _LOSES:  # "stop cheating": the parser's gerund complement
        objs += [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    objs += [g for o in objs for g in o.conjuncts]
    parts = [m for o in objs for m in [o, *o.children] if m == o or (
        m.dep_ == "amod" and m.lemma_.lower() not in _QUANTITIES) or (
        m.dep_ == "compound" and view.valence(m) < 0)]  # "rogue landlords", not "heart attacks"
    parts += [a for o in objs for r in o.children if r.dep_ == "relcl" and r.lemma_ == "be"
              for a in r.children if a.dep_ in {"attr", "acomp"}]  # "people who are a danger"
    parts += [m for o in objs if o.lemma_.lower() in _COUNTS or any(
        c.dep_ == "nummod" for c in o.children) for g in of_what(o)
        for m in [g, *g.children] if m == g or m.dep_ == "amod"]  # "20,000 cases of
    # obesity": what is counted; "the causes of bad behaviour": what is caused
    return sum(view.valence(m) for m in parts), objs


_TAKE = frozenset({"remove", "wipe", "take", "strip", "drain", "cut", "slash", "knock"})
_COSTS = frozenset("bill bills cost costs price prices fare fares fee fees tax taxes deficit "
                   "debt debts charge charges rent premium premiums".split())


def _money_taken(view: ClaimView, verb: Token) -> float:
    """Money taken from someone's revenues is their loss (-2), from a bill, a cost or a debt a
    saving (+2): "remove £200m from broadcasters' revenues", "cut £300 from household bills"."""
    money = [m for c in verb.children if c.dep_ == "dobj" for m in c.subtree
             if m.ent_type_ == "MONEY"]
    sources = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "off"}
               for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() not in _TAKE or not money or not sources:
        return 0.0
    saved = noun_valence(view, sources) < 0 or any(s.lemma_.lower() in _COSTS for s in sources)
    return 2.0 if saved else -2.0


def verb_value(view: ClaimView, verb: Token) -> tuple[float, list[str], set[int]]:
    """A verb's valence composed with its object's: reducing something bad is good; done to
    nothing, it is turned ("a gesture that helps no child", "solves nothing")."""
    val, words, used = _verb_value(view, verb)
    objs = _objects(verb)
    wisher = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    wished = verb.dep_ == "relcl" or any(c.lower_ == "what" for c in verb.children)
    if wished and verb.lemma_.lower() in _WISHES and wisher is not None and (
            view.valence(wisher) <= -1.0):  # "the response the terrorists want": a gift to
        return -2.0, [f"{wisher.text} {verb.text}"], {wisher.i}  # the wrong side
    if not val and objs and verb.lemma_.lower() in _ACHIEVE and all(
            o.lower_ in NOTHING for o in objs):
        return -1.5, [f"{verb.lemma_} nothing"], {o.i for o in objs}  # "would solve nothing"
    if not val and objs and verb.lemma_.lower() in _ACHIEVE and all(
            o.lower_ in {"anything", "much"} for o in objs):  # "will not change anything":
        return 1.5, [f"{verb.lemma_} anything"], {o.i for o in objs}  # its negation read on
    if not val and objs and verb.lemma_.lower() in _CURES and all(
            o.lower_ in {"that", "those", "this", "these"} for o in objs):
        return 1.5, [f"{verb.lemma_} {objs[0].text}"], {o.i for o in objs}  # "will not cure
        # these": what a cure is done to is a problem, named before
    if val and objs and verb.i not in view.phrases and verb.lemma_ != "do" and all(
            negated_here(o) or o.lower_ in NOTHING for o in objs):  # "does nothing" is read
        return -val, [f"{verb.lemma_} no {objs[0].text}"], used | {
            t.i for o in objs for t in o.subtree}
    return val, words, used


_WISHES = frozenset({"want", "wish", "love", "like", "crave", "welcome", "desire"})
# Objects that are none of it, or next to none: "solves nothing", "would gain the least".
NOTHING = frozenset({"nothing", "nobody", "none", "noone", "no-one", "little", "least"})
# Verbs that do good by themselves: done to nothing, they fail ("achieves nothing").
_ACHIEVE = PROTECTORS | frozenset({"solve", "resolve", "fix", "cure", "achieve", "accomplish",
                                   "change", "improve", "prevent", "stop", "deter"})
_CURES = frozenset({"solve", "resolve", "fix", "cure", "tackle", "address", "remedy"})
# Verbs that take away or destroy what they act on: a good thing lost ("wipe out a legitimate
# sport", "cut 500 jobs") is a harm, as a bad thing reduced is a good.
_LOSES = frozenset("cut reduce slash end eliminate halt stop lower destroy ruin devastate "
                   "decimate wreck kill kill_off wipe_out axe scrap".split())


# Verbs of a quantity going down or up: the value is what went down or up ("pollution has
# fallen" is good, "profits have fallen" bad; "the number has fallen" says nothing).
MOVES = {**dict.fromkeys("fall drop decline decrease plummet plunge shrink tumble dip slump "
                          "halve".split(), -1),
          **dict.fromkeys("rise increase soar climb grow jump rocket surge double treble "
                          "triple".split(), 1)}


_NOT_AMOUNTS = frozenset("short apart behind through flat back out off away over up down "
                         "foul".split())


def _moved(view: ClaimView, verb: Token) -> tuple[float, list[str], set[int]] | None:
    """ "the number of polluting vehicles has fallen": minus the value of what fell."""
    way = MOVES.get(verb.lemma_.lower())
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if way is None or subject is None or verb.i in view.phrases or any(
            c.dep_ in {"prt", "acomp", "dobj", "xcomp", "oprd"} or c.lower_ in _NOT_AMOUNTS
            for c in verb.children):
        return None  # "fell short", "fell apart", "grew up": not a quantity
    used = {t.i for t in subject.subtree}
    val = sum(view.valence(t) for t in subject.subtree if abs(view.valence(t)) >= 1.0)
    return (way * val, [f"{subject.text} {verb.text}"], used) if val else (0.0, [], used)


def _verb_value(view: ClaimView, verb: Token) -> tuple[float, list[str], set[int]]:
    if failed_act(verb) is not None:
        return 0.0, [], set()  # the act not done is the value (stance_eval.complex_valence)
    if (moved := _moved(view, verb)) is not None:
        return moved
    own = 0.0 if speech_act(verb) and verb.i not in view.phrases else (
        view.valence(verb))  # "recommend" is no praise; "think again" is a set phrase
    if verb.lemma_ == "need" and any(c.dep_ == "xcomp" for c in verb.children) and not any(
            c.dep_ == "auxpass" for c in verb.children):
        own = 0.0  # "the scheme needs to be scrapped": a prescription (stance_permission.py)
    if verb.lemma_.lower() in _VANISH and not any(c.dep_ in {"dobj", "xcomp"} for c in (
            verb.children)) and any(m.lemma_.lower() in _GOODS for c in verb.children
                                    if c.dep_ == "nsubj" for w in (c, *of_what(c))
                                    for m in (w, *w.conjuncts)):  # "homes and jobs will go"
        return -2.0, [f"{verb.lemma_} (lost)"], set()  # "the jobs will go with it"
    done_for = next((c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and any(
        a.lower_ == "to" for a in c.children)), None) if verb.lemma_ == "do" else None
    if done_for is not None and any(o.lower_ in {"nothing", "little"} for o in _objects(verb)):
        from pipeline.trail.stance_eval import complex_valence  # "would do little [to stop

        val, words = complex_valence(view, done_for, 1)  # fraud]": the aim, not achieved
        return -val, [f"do {_objects(verb)[0].lower_} to", *words], {
            t.i for c in verb.children for t in c.subtree}
    if verb.lemma_.lower() in _RAISES and any(c.dep_ == "dobj" and c.lemma_.lower() in _DOUBTS
                                              for c in verb.children):
        return -2.0, [f"{verb.lemma_} questions"], {t.i for c in verb.children for t in c.subtree}
    if verb.lemma_.lower() in _CAUSES:
        own = 0.0  # "create a surveillance society": what is caused is the value
        made = [m for c in verb.children if c.dep_ == "dobj" for m in [c, *of_what(c)]]
        if any(m.lemma_.lower() in {"job", "employment"} for m in made):  # "jobs" alone
            # names no side (frames.py); "thousands of jobs in deprived areas" is a benefit
            return 2.0, ["creates jobs"], {t.i for c in verb.children for t in c.subtree}
    if verb.lemma_ == "go" and any(c.lower_ == "far" and any(d.lower_ == "too" for d in c.children)
                                   for c in verb.children):
        return -2.0, ["went too far"], set()
    if verb.lemma_ == "go" and any(c.lower_ in {"far", "enough"} and any(
            d.lower_ in {"far", "enough"} for d in c.children) for c in verb.children):
        # "does not go far enough" wants more of it: for, with the negation the walk will
        # apply already undone here; "goes far enough" is content with it
        negated = negated_here(verb)
        return (-2.0 if negated else 2.0), ["not far enough" if negated else "far enough"], set()
    if verb.lemma_ == "go" and any(c.lower_ in {"further", "farther"} for c in verb.children) and (
            {a.lower_ for a in verb.children if a.dep_ == "aux"} & _WANTED):
        return 2.0, ["should go further"], set()  # "should have gone further": wants more
    if verb.lemma_ == "work" and any(c.dep_ in {"prt", "prep"} and c.lower_ in _WORK_ON
                                     for c in verb.children):
        own = 0.0  # "working through the detail", "working on it": busy, not effective
    into = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
            for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() in {"turn", "transform", "convert"} and into and (
            val := noun_valence(view, into)):  # "turns honest traders into outlaws": what
        return (2.0 if val > 0 else -2.0), [f"{verb.lemma_} into {into[0].text}"], {  # they
            t.i for c in verb.children for t in c.subtree}  # become, not what they were
    paid_for = funded(view, verb)
    if paid_for:  # "would pay for public services", "funds the NHS"; "would fund terrorism"
        bad = noun_valence(view, paid_for) < 0
        return (-2.0 if bad else 1.5), [f"{verb.lemma_} {paid_for[0].text}"], {
            t.i for c in verb.children for t in c.subtree}
    if verb.lemma_.lower() in WEIGHING:  # "the costs outweigh any benefit": a balance
        return 0.0, [], {t.i for c in verb.children for t in c.subtree}  # (stance_balance)
    obj_val, objs = _object_valence(view, verb)
    if verb.lemma_.lower() in PREFER and objs:
        return preference(view, verb, objs)
    if verb.lemma_ == "make" and any(o.lemma_ == "sense" for o in objs):
        return 2.0, ["makes sense"], {m.i for o in objs for m in o.subtree}  # an idiom
    if verb.lemma_ == "make" and any(o.lemma_ == "difference" for o in objs):
        return difference(view, verb, objs)
    if verb.lemma_ == "do" and any(o.lemma_ == "job" for o in objs):  # "did a job patrols
        rated = noun_valence(view, objs)  # could not", "a vital job"; "a poor job" rates it
        return (rated or 1.5), ["does a job"], {m.i for o in objs for m in o.subtree}
    if verb.lemma_ == "cost" and any(m.ent_type_ == "MONEY" or m.is_currency or m.lemma_ in {
            "pound", "dollar", "euro", "penny", "cent"} for o in objs for m in o.subtree):
        payers = [c for c in verb.children if c.dep_ == "dative" and persons(c)]
        if payers:  # "would cost each family hundreds of pounds": a burden on people
            used = {t.i for c in verb.children for t in c.subtree}
            return -2.0, [f"costs {payers[0].text}"], used
        return 0.0, [], set()  # "would cost £85": a price, not a harm
    used = {m.i for o in objs for m in o.subtree}
    eased = ease_for(view, verb)
    if eased:  # "make it harder for terrorists to hide"
        return eased[0], [eased[1]], {t.i for c in verb.children for t in c.subtree}
    lost = _money_taken(view, verb)
    if lost:  # "remove £200m a year from broadcasters' revenues"
        return lost, [f"{verb.lemma_} money"], used
    if verb.lemma_.lower() in INCREASERS | _CAUSES and objs and obj_val:  # "fuel resentment",
        return obj_val, [f"{verb.lemma_} {objs[0].text}"], used  # "brought relief"
    if verb.lemma_.lower() in INCREASERS and any(c.dep_ == "xcomp" for c in verb.children):
        own = 0.0  # "encourage people to lose their wages": what they are led to do counts
    gainers = _recipients(verb) if verb.lemma_.lower() in GIVE and objs else []
    if gainers and noun_valence(view, gainers) < 0:  # "hand religious zealots a weapon"
        return -2.0, [f"{verb.lemma_} {gainers[0].text} {objs[0].text}"], used | {
            t.i for g in gainers for t in g.subtree}
    got = obj_val or (1.5 if any(o.lemma_.lower() in _BOONS for o in objs) else 0.0)
    if gainers and got > 0 and persons(gainers[0]):  # "would give renters the security they
        return got, [f"{verb.lemma_} {gainers[0].text} {objs[0].text}"], used | {  # have been
            t.i for g in gainers for t in g.subtree}  # denied": what they get, not the clause
    roles = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
             for g in c.children if g.dep_ == "pobj"] if verb.lemma_ in _CAST else []
    if objs and roles and obj_val >= 0 and noun_valence(view, roles) < 0:  # "would treat
        return -2.0, [f"{verb.lemma_} {objs[0].text} as {roles[0].text}"], used  # every
        # citizen as a suspect": innocent people cast as bad ones
    deterred = deters(verb, objs[0]) if objs else ""  # "would deter thousands of students"
    if deterred:  # but keeping people from a bad thing ("from taking up smoking") is good
        bad = any((view.valence(t) < 0 and t.dep_ != "amod")
                  or {t.lower_, t.lemma_.lower()} & view.prop.restricted  # "from smoking"
                  for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                  for t in c.subtree)
        return (2.0 if bad else -2.0), [f"{deterred} {objs[0].text}"], used
    removes = verb.lemma_.lower() in REDUCERS or (verb.lemma_.lower() in _REMOVERS and any(
        c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"off", "out", "away"}
        for o in (verb, *_objects(verb)) for c in o.children))  # "drive the cheats away"
    if verb.lemma_.lower() in PROTECTORS | FAVOURS and any(well_off(o) for o in objs):
        return -2.0, [f"{verb.lemma_} {objs[0].text}"], used  # "would mainly benefit the
        # highest earners": a gift to those who need it least
    if verb.lemma_.lower() in PROTECTORS and objs:  # "protect the vulnerable", "save lives"
        if any(c.lower_ in _RESTRICTIVE for c in verb.children if c.dep_ == "advmod"):
            return 0.0, [], set()  # "would mostly help big firms": a complaint, if anything
        return max(own, 1.5), [f"{verb.lemma_} {objs[0].text}"], used
    if verb.lemma_.lower() in _OUTCOMES and not any(c.dep_ in {"xcomp", "prep", "dobj"}
                                                    for c in verb.children) and not _record(verb):
        return 0.0, [], set()  # "the bid would succeed": a forecast of its fate
    if verb.lemma_.lower() in _PUNISH and objs and ordinary(objs[0]):
        return -2.0, [f"{verb.lemma_} {objs[0].text}"], used  # "punishes families"
    if objs and obj_val < 0 and (removes or (own < 0 and verb.lemma_ not in _HAZARDS)) and not (
            any(map(by_plight, objs)) or any(m.lower_ == "wrong" for m in objs[0].children)):
        # "punish the wrong people", "hurt carers and anxious applicants": a harm misdirected,
        # or done to people in a plight, not a bad thing fought
        return -obj_val, [f"{verb.lemma_} {objs[0].text}"], used  # "fight crime"
    if objs and (obj_val > 0 or (removes and any(o.lemma_.lower() in _GOODS for o in objs))) and (
            own < 0 or (removes and verb.lemma_.lower() in _REMOVERS)):
        return min(own, 0.0) - (obj_val or 1.5), [f"{verb.lemma_} {objs[0].text}"], used  # "erode
        # liberties", "drive good landlords out"
    if objs and (obj_val >= 1.0 or any(o.lemma_.lower() in _GOODS for o in objs)) and set(
            phrasal_keys(verb)) & _LOSES:  # "wipe out a legitimate sport", "cut jobs"
        return -max(obj_val, 1.5), [f"{verb.lemma_} {objs[0].text}"], used
    if own and objs and not obj_val and not removes:  # "alienating the communities whose
        return own, [view.word(verb)], used  # help police need": no second judgement
    if removes and objs and not obj_val and not any(o.lemma_.lower() in _GOODS for o in objs):
        return 0.0, [], used  # "cut calls from residents by two-thirds": less of it, no harm
    return own, ([view.word(verb)] if own else []), set()


# What can fail or succeed as a venture, its fate no verdict: "the bid failed".
_VENTURES = frozenset("bid offer attempt takeover merger deal talks approach move appeal "
                      "challenge motion amendment vote".split())


def _record(verb: Token) -> bool:
    """ "Rent controls have failed", "the scheme failed": a measure's record, a verdict on it
    (not "would fail", a forecast, nor "the bid failed", a venture's fate)."""
    return verb.tag_ in {"VBD", "VBN"} and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _VENTURES for c in verb.children)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _recipients(verb: Token) -> list[Token]:
    """Who gets what a verb of giving gives: "hand [zealots] a weapon", "give it [to X]"."""
    out = []
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ != "ADP":
            out.append(c)
        elif (c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")) and c.pos_ == "ADP":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


# Verbs that cast their object in a role: "treat every citizen as a suspect".
_CAST = frozenset({"treat", "brand", "label", "regard", "stigmatise", "stigmatize"})
