"""Evaluative stance rules: what a claim says about the policy ("will not work", "a waste").

The valence of a predicate and its complements is summed with composition rules: reducing or
fighting something bad is good ("help fight crime"), harming something good is bad ("erode
civil liberties"), a harm noun turns its object against the policy ("a threat to privacy"),
and a negated or "no"/"nothing" word counts the other way ("no confusion").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import COMMIT_CUES, ClaimView
from pipeline.trail.eval_frames import (
    PREFER,
    difference,
    ease_for,
    feasibility,
    interests,
    noun_valence,
    preference,
)
from pipeline.trail.evaluative import (
    AGAINST_PREPS,
    ATTITUDE,
    ATTRIBUTES,
    HARM_NOUNS,
    PROTECTORS,
    REDUCERS,
)
from pipeline.trail.plight import by_plight, deters
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, act_sign, usable, verb_of

# Verbs only a speaker does: their subject is an agent, never the policy evaluated.
AGENT_VERBS = ATTITUDE | COMMIT_CUES | {"recommend", "advise", "announce", "admit"}
_RESTRICTIVE = frozenset({"only", "mostly", "mainly", "largely", "just", "merely", "chiefly"})
# Outcome verbs: bare, they forecast a fate ("would succeed"); "succeed in cutting crime" judges.
_OUTCOMES = frozenset({"succeed", "fail"})
# Verbs that only bring their object about: "create", "produce" are no praise of their own.
_CAUSES = frozenset({"create", "cause", "produce", "generate", "bring", "lead", "spark"})
# "take knife carriers off the streets", "keep drugs out of schools": removal of the object.
_REMOVERS = frozenset({"take", "get", "keep", "drive", "force", "push"})
_WORK_ON = frozenset({"through", "on", "towards", "toward", "at"})
# What helps whoever receives it: "a gift / boon / charter to fraudsters" helps bad actors.
_BOONS = frozenset("gift boon bonanza windfall godsend charter licence license victory "
                   "triumph win".split())


def _of_what(item: Token) -> list[Token]:
    """ "a small number of dangerous people": what a quantity noun counts."""
    return [g for c in item.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


_COUNTS = frozenset({"case", "number", "level", "rate", "amount", "incidence", "thousands"})
# Verbs whose object is outdone: "the cost outweighs the benefits of the scheme".
_SURPASS = frozenset({"exceed", "outweigh", "outstrip", "surpass", "dwarf", "eclipse"})


def _object_valence(view: ClaimView, verb: Token) -> tuple[float, list[Token]]:
    """Valence of a verb's objects ("civil liberties", "crime and illegal immigration")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "against"}
             for g in c.children if g.dep_ == "pobj"]  # "protect people from fraud"
    objs += [g for o in objs for g in o.conjuncts]
    parts = [m for o in objs for m in [o, *o.children] if m == o or m.dep_ == "amod" or (
        m.dep_ == "compound" and view.valence(m) < 0)]  # "rogue landlords", not "heart attacks"
    parts += [a for o in objs for r in o.children if r.dep_ == "relcl" and r.lemma_ == "be"
              for a in r.children if a.dep_ in {"attr", "acomp"}]  # "people who are a danger"
    parts += [g for o in objs if o.lemma_.lower() in _COUNTS or any(
        c.dep_ == "nummod" for c in o.children) for g in _of_what(o)]  # "20,000 cases of
    # obesity": what is counted
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


def _verb_value(view: ClaimView, verb: Token) -> tuple[float, list[str], set[int]]:
    """A verb's valence composed with its object's: reducing something bad is good."""
    own = 0.0 if verb.lemma_.lower() in AGENT_VERBS and verb.i not in view.phrases else (
        view.valence(verb))  # "recommend" is no praise; "think again" is a set phrase
    if verb.lemma_ == "need" and any(c.dep_ == "xcomp" for c in verb.children) and not any(
            c.dep_ == "auxpass" for c in verb.children):
        own = 0.0  # "the scheme needs to be scrapped": a prescription (stance_permission.py)
    if verb.lemma_.lower() in _CAUSES:
        own = 0.0  # "create a surveillance society": what is caused is the value
    if verb.lemma_ == "go" and any(c.lower_ == "far" and any(d.lower_ == "too" for d in c.children)
                                   for c in verb.children):
        return -2.0, ["went too far"], set()
    if verb.lemma_ == "go" and any(c.lower_ in {"far", "enough"} and any(
            d.lower_ in {"far", "enough"} for d in c.children) for c in verb.children):
        # "does not go far enough" wants more of it: for, with the negation the walk will
        # apply already undone here; "goes far enough" is content with it
        negated = negated_here(verb)
        return (-2.0 if negated else 2.0), ["not far enough" if negated else "far enough"], set()
    if verb.lemma_ == "work" and any(c.dep_ in {"prt", "prep"} and c.lower_ in _WORK_ON
                                     for c in verb.children):
        own = 0.0  # "working through the detail", "working on it": busy, not effective
    obj_val, objs = _object_valence(view, verb)
    if verb.lemma_.lower() in PREFER and objs:
        return preference(view, verb, objs)
    if verb.lemma_ == "make" and any(o.lemma_ == "sense" for o in objs):
        return 2.0, ["makes sense"], {m.i for o in objs for m in o.subtree}  # an idiom
    if verb.lemma_ == "make" and any(o.lemma_ == "difference" for o in objs):
        return difference(view, verb, objs)
    if verb.lemma_ == "cost" and any(m.ent_type_ == "MONEY" or m.is_currency or m.lemma_ in {
            "pound", "dollar", "euro", "penny", "cent"} for o in objs for m in o.subtree):
        return 0.0, [], set()  # "would cost £85": a price, not a harm
    used = {m.i for o in objs for m in o.subtree}
    eased = ease_for(view, verb)
    if eased:  # "make it harder for terrorists to hide"
        return eased[0], [eased[1]], {t.i for c in verb.children for t in c.subtree}
    lost = _money_taken(view, verb)
    if lost:  # "remove £200m a year from broadcasters' revenues"
        return lost, [f"{verb.lemma_} money"], used
    roles = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
             for g in c.children if g.dep_ == "pobj"] if verb.lemma_ in _CAST else []
    if objs and roles and obj_val >= 0 and noun_valence(view, roles) < 0:  # "would treat
        return -2.0, [f"{verb.lemma_} {objs[0].text} as {roles[0].text}"], used  # every
        # citizen as a suspect": innocent people cast as bad ones
    deterred = deters(verb, objs[0]) if objs else ""  # "would deter thousands of students"
    if deterred:  # but keeping people from a bad thing ("from taking up smoking") is good
        bad = any((view.valence(t) < 0 and t.dep_ != "amod") or view.is_arg(t)
                  for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                  for t in c.subtree)
        return (2.0 if bad else -2.0), [f"{deterred} {objs[0].text}"], used
    removes = verb.lemma_.lower() in REDUCERS or (verb.lemma_.lower() in _REMOVERS and any(
        c.dep_ in {"prep", "prt"} and c.lower_ in {"off", "out"} for c in verb.children))
    if verb.lemma_.lower() in PROTECTORS and objs:  # "protect the vulnerable", "save lives"
        if any(c.lower_ in _RESTRICTIVE for c in verb.children if c.dep_ == "advmod"):
            return 0.0, [], set()  # "would mostly help big firms": a complaint, if anything
        return max(own, 1.5), [f"{verb.lemma_} {objs[0].text}"], used
    if verb.lemma_.lower() in _OUTCOMES and not any(c.dep_ in {"xcomp", "prep", "dobj"}
                                                    for c in verb.children):
        return 0.0, [], set()  # "the bid would succeed": a forecast of its fate
    if objs and obj_val < 0 and (removes or own < 0) and not (
            by_plight(objs[0])):
        return -obj_val, [f"{verb.lemma_} {objs[0].text}"], used  # "fight crime"
    if objs and obj_val > 0 and own < 0:
        return own - obj_val, [f"{verb.lemma_} {objs[0].text}"], used  # "erode liberties"
    if own and objs and not obj_val and not removes:  # "alienating the communities whose
        return own, [view.word(verb)], used  # help police need": no second judgement
    return own, ([view.word(verb)] if own else []), set()


# Verbs that cast their object in a role: "treat every citizen as a suspect".
_CAST = frozenset({"treat", "brand", "label", "regard", "stigmatise", "stigmatize"})


def _modifiers(item: Token, depth: int = 0) -> list[Token]:
    """A word with its modifiers and coordinated words ("ill-thought-out and dangerous")."""
    out = [item]
    if depth < 3:
        for c in item.children:
            if c.dep_ in {"amod", "advmod", "compound", "conj", "prt", "npadvmod", "nmod"}:
                out += _modifiers(c, depth + 1)
    return out


def complex_valence(view: ClaimView, pred: Token, depth: int = 0) -> tuple[float, list[str]]:
    """Summed valence of a predicate and its complements ("would help fight crime" > 0)."""
    total, words, used = 0.0, [], set()
    items = [pred] + [c for c in pred.children if c.dep_ in {
        "acomp", "attr", "oprd", "dobj", "advmod", "prep", "agent", "xcomp", "ccomp",
        "npadvmod"}]  # "agent": "motivated by empire-building"
    items += [c for c in pred.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
        d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)]  # "... and cost jobs"
    for item in items:
        if item.i in used:
            continue
        if item.i != pred.i and (item.dep_ in {"xcomp", "ccomp"} or item.dep_ == "conj"):
            if depth < 2:
                val, sub = complex_valence(view, item, depth + 1)
                total += -val if negated_here(item) else val
                words += sub
            continue
        if item.dep_ in {"prep", "agent"} and item.i != pred.i:
            prep = item
            if view.phrases.get(prep.i, (0.0, ""))[0]:  # a set phrase headed by the particle
                total, words = total + view.phrases[prep.i][0], [*words, view.word(prep)]
                continue  # "serve to even up a playing field"
            item = next((g for g in item.children if g.dep_ == "pobj"), None)
            if item is None or item.i in used:
                continue
            if interests(prep, item):  # "in the interests of", "against the interests of"
                total += 2.0 if prep.lower_ == "in" else -2.0
                words.append(f"{prep.lower_} the interests of")
                continue
            bad = noun_valence(view, [item, *_of_what(item)])  # "a number of dangerous people"
            if prep.lower_ == "against" and bad < 0:  # "used against terrorists"
                total -= bad
                words.append(f"against {item.text}")
                continue
            if prep.lower_ == "at" and prep.head.lemma_.lower() in _AIM:  # "aimed at
                # terrorists, not at any faith": what it targets, good or bad, counts against
                total -= -bad if any(c.dep_ == "neg" for c in prep.children) else bad
                words.append(f"at {item.text}")
                continue
        if item.pos_ in {"VERB", "AUX"} and (item.i == pred.i or item.dep_ not in {
                "acomp", "attr", "oprd", "advmod"}):
            val, sub, more = _verb_value(view, item)
            total, words, used = total + val, words + sub, used | more
            continue
        flip = -1 if negated_here(item) or item.lower_ in {"nothing", "none"} else 1
        doable = feasibility(view, item)
        if doable:  # "impossible to enforce", "easy to forge"
            total, words = total + flip * 2.0 * doable[0], [*words, doable[1]]
            used |= {doable[2]}
            continue
        pobjs = [g for c in item.children if c.dep_ == "prep" and c.lower_ != "for"
                 for g in c.children if g.dep_ == "pobj"] if item.pos_ in {"NOUN", "PRON"} else []
        # "a sad day for freedom": who it is for is no evaluation of its own
        if item.lemma_.lower() in HARM_NOUNS and pobjs:  # "a threat to civil liberties"
            good = max(0.0, sum(view.valence(g) for g in pobjs))
            total += flip * -(2.0 + good)
            words.append(("no " if flip < 0 else "") + f"{item.text} … {pobjs[0].text}")
            continue
        gainers = [g for c in item.children if c.dep_ == "prep" and c.lower_ in {"to", "for"}
                   for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)
                   if view.valence(g) < 0]  # "a gift to hackers and fraudsters"
        if gainers and item.lemma_.lower() in _BOONS:  # "a gift to fraudsters", "a victory
            # for the nanny state": the wrong side gains
            total, words = total - 2.0 * flip, [*words, f"{item.text} for {gainers[0].text}"]
            continue
        parts = _modifiers(item) + [m for g in pobjs for m in g.children if m.dep_ == "amod"]
        exposed = _exposed_to(view, item)  # "open to abuse": exposure, not a remedy
        holders = [item] + ([item.head] if item.dep_ == "dobj" and item.lemma_.lower() in (
            _REMEDIES) else [])  # "offered an answer ... to congestion", parsed on the verb
        against = [g for h in holders for c in h.children if c.dep_ == "prep" and (
                   c.lower_ in AGAINST_PREPS or (c.lower_ == "for" and h.lemma_ in _REMEDIES))
                   for g in c.children if g.dep_ == "pobj" and view.valence(g) < 0
                   and g not in exposed]
        against += [c for c in item.children if c.dep_ == "acl" and c.pos_ == "NOUN" and (
            item.lemma_.lower() in _REMEDIES and view.valence(c) < 0)]  # "to congestion",
        # parsed as a clause
        if sum(view.valence(m) for m in _modifiers(item) if m != item) < 0:
            against = []  # "the wrong answer to terrorism": a bad tool against it
        parts = [m for m in parts if m.head not in against]  # "a grave threat" is all bad
        for g in exposed:
            total += flip * min(0.0, view.valence(g))
            words += [f"{item.text} to {g.text}"] if view.valence(g) < 0 else []
        for g in against:  # "a powerful tool against terrorism"
            total -= flip * view.valence(g)
            words.append(f"against {g.text}")
        for part in parts + [g for g in pobjs if g not in against]:
            val = view.valence(part)
            if val:
                total += flip * val
                words.append(("no " if flip < 0 else "") + view.word(part))
        for clause in (c for c in item.children if c.dep_ in {"relcl", "acl"} and c not in (
                against)):  # not "an answer ... to congestion" read as a clause
            if depth < 2:  # "do nothing to stop terrorism"
                val, sub = complex_valence(view, clause, depth + 1)
                total += flip * val
                words += [("no " if flip < 0 else "") + w for w in sub]
    return total, words


# Adjectives whose "to" shields rather than exposes: "immune to fraud" is good, "open to
# abuse", "vulnerable to attack", "prone to error" are bad.
_SHIELDED = frozenset({"immune", "resistant", "impervious", "proof"})


def _exposed_to(view: ClaimView, item: Token) -> list[Token]:
    """The bad things an adjective says its holder is exposed to ("open to abuse"); a good
    adjective measures against them ("proportionate to the threat")."""
    if item.pos_ != "ADJ" or item.lemma_.lower() in _SHIELDED or view.valence(item) > 0:
        return []
    return [g for c in item.children if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj"]


_AIM = frozenset({"aim", "target", "direct"})
_REMEDIES = frozenset({"answer", "solution", "remedy", "cure", "response", "antidote"})
_SPEND = frozenset({"spend", "waste", "sink", "pour", "squander", "lavish"})


def _holder(tok: Token) -> Token:
    """The attribute a policy's evaluation passes through: "the scheme's costs are too high",
    "the plan's assumptions are aggressive" judge the scheme, the plan."""
    head = tok.head
    if tok.dep_ in {"poss", "compound"} and head.pos_ == "NOUN" and (
            head.lemma_.lower() in ATTRIBUTES):
        return head  # also "the plan assumptions are aggressive"
    spent = head.head if tok.dep_ == "pobj" and head.lower_ == "on" else None
    if spent is not None and spent.dep_ == "acl" and spent.lemma_.lower() in _SPEND:
        return spent.head  # "the billions spent on the cards would be better spent on ..."
    return tok


def eval_signals(view: ClaimView, tok: Token) -> list[Signal]:
    """Evaluative words about the policy: its predicate ("will not work") or modifiers; "without
    it" turns the predicate round ("without it, research is at risk" praises it)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "than":
        return []  # "X would work better than a ban": a comparison (stance_preference.py)
    out = []
    preds = []
    verb, rel = verb_of(_holder(tok))
    if tok.dep_ == "pobj" and tok.head.lower_ == "without" and view.root is not None and (
            verb is None or verb.i not in view.inside):
        verb, rel = view.root, "pobj"  # "[without a ban, thousands would die]": misattached
    if verb is not None and rel in {"subj", "obj", "pobj"} and verb.i in view.inside and (
            rel != "obj" or verb.tag_ == "VBN" or tok.dep_ == "nsubjpass"):
        preds.append(verb)
    preds += [c for c in tok.children if c.dep_ == "relcl" and c.i in view.inside]
    for pred in preds:
        if act_sign(view, pred)[0] and (rel == "obj" or (rel == "subj" and tok.pos_ == "PRON")):
            continue  # "it had supported the deal": a pronoun that takes a side is an agent
        if rel == "subj" and pred.lemma_.lower() in AGENT_VERBS and not any(
                c.dep_ in {"acomp", "attr", "oprd"} for c in pred.children):
            continue  # "the exchange would not recommend it": a speaker, not the policy (but
            # "the plan felt Orwellian" is a copula)
        val, words = complex_valence(view, pred)
        if abs(val) < 1.0 or not words:
            continue
        if pred.dep_ == "dobj" and pred.head.lemma_.lower() in _SURPASS:
            val = -val  # "the price exceeds the benefits of the deal": the benefits lose
            words = [pred.head.text, *words]
        if rel == "pobj" and tok.head.lower_ == "without":
            val, words = -val, [f"without {tok.text}", *words]  # a counterfactual
        w = view.walk(pred)
        if not usable(w, could_ok=True):
            continue
        if pred.pos_ not in {"VERB", "AUX"} and negated_here(pred):
            w.sign *= -1  # "no safeguards in the bill": the valence has the "no" already
        total = (1 if val > 0 else -1) * w.sign * view.ref_sign(tok) * view.flip
        neg = " + negation" if w.sign < 0 else ""
        out.append(Signal(total, 2, f"evaluates {view.snippet(tok)}: "
                                    f"'{', '.join(words[:3])}'{neg}"))
    mods = [c for c in tok.children if c.dep_ == "amod" and abs(view.valence(c)) >= 1.0]
    if mods and tok.i in view.inside:
        w = view.walk(tok)
        if usable(w, could_ok=True):
            val = sum(view.valence(c) for c in mods)
            no = -1 if negated_here(tok) else 1  # "there were no proper safeguards"
            total = (1 if val > 0 else -1) * no * view.ref_sign(tok) * view.flip
            out.append(Signal(total, 2, f"calls it '{'no ' if no < 0 else ''}{mods[0].text}'"))
    return out + _brought_about(view, tok, verb, rel)


_RELATIVES = frozenset({"that", "which", "what"})


def relative_antecedent(view: ClaimView) -> Token | None:
    """ "the law, which the EU says [is needed]": the relative pronoun subject of a content
    said in a relative clause on the policy; it stands for the policy (the antecedent)."""
    root = view.root
    if root is None:
        return None
    for pron in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if pron.lower_ not in {"which", "that"} or pron.i in view.inside:
            continue
        node = root
        for _ in range(3):  # up to the relative clause ("says" in "which the EU says ...")
            if node.dep_ == "relcl":
                return pron if node.head.i in view.refs else None
            node = node.head
    return None


def _brought_about(view: ClaimView, tok: Token, verb: Token | None, rel: str) -> list[Signal]:
    """ "the costs that the directive would inflict", "the benefits the scheme will bring":
    the policy is the subject of a relative clause on what it brings about; that noun's value
    is the policy's (the clause itself is embedded, so evaluation skips it)."""
    if rel != "subj" or verb is None or verb.dep_ != "relcl" or verb.i not in view.inside:
        return []
    if verb.lemma_.lower() in AGENT_VERBS or act_sign(view, verb)[0] or any(
            c.dep_ == "dobj" and c.lower_ not in _RELATIVES for c in verb.children):
        return []  # "the plans which it supports", "the jobs that made the cards"
    val = noun_valence(view, [verb.head])
    if abs(val) < 1.0 or view.walk(verb.head).hedge or view.walk(verb).hedge:
        return []  # "the damage the ban might do"
    sign = (1 if val > 0 else -1) * view.ref_sign(tok) * view.flip
    return [Signal(sign, 2, f"what {view.snippet(tok)} brings: '{verb.head.text}'")]
