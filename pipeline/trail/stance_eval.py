"""Evaluative stance rules: what a claim says about the policy ("will not work", "a waste").

The valence of a predicate and its complements is summed with composition rules: each verb
with its objects as eval_verbs.py values it ("help fight crime", "erode civil liberties"), a
harm noun turns its object against the policy ("a threat to privacy", "the end of the pub"),
and a negated or "no"/"nothing" word counts the other way ("no confusion")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.eval_frames import REMEDIES as _REMEDIES
from pipeline.trail.eval_frames import (
    WEIGHING,
    ending,
    feasibility,
    fights,
    interests,
    misfit_remedy,
    noun_valence,
)
from pipeline.trail.eval_verbs import AGENT_VERBS, failed_act, of_what, speech_act, verb_value
from pipeline.trail.evaluative import (
    AGAINST_PREPS,
    ATTRIBUTES,
    CARRIERS,
    CON_ACTS,
    HARM_NOUNS,
    MENACES,
    OPINION_NOUNS,
    POLICY_ANAPHORS,
    PRO_ACTS,
    phrasal_keys,
)
from pipeline.trail.negators import left_standing
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_category import filed_as
from pipeline.trail.stance_harmless import size_said
from pipeline.trail.stance_rules import Signal, act_sign, quoted_predicate, usable, verb_of
from pipeline.trail.stance_scares import scare_of
from pipeline.trail.valence import conceded, false_front

# What helps whoever receives it: "a gift / boon / charter to fraudsters" helps bad actors.
_BOONS = frozenset("gift boon bonanza windfall godsend charter licence license victory "
                   "triumph win honeypot honeytrap magnet haven paradise goldmine".split())
# A view had or given on the policy is no judgement of it until it is said what it is.
_VIEWS = frozenset("view opinion comment position judgement judgment decision verdict "
                   "stance".split())
# What a policy needs and its critics say it lacks: "no plan", "without any evidence".
NEEDED = frozenset("plan evidence strategy funding money clue costing costings "
                   "substance justification rationale basis mandate thought".split())
# What is forecast to follow, and which way: "likely to reduce smoking", "unlikely to work".
_FORECASTS = {"likely": 1, "certain": 1, "sure": 1, "bound": 1, "unlikely": -1}
# Verbs whose object is outdone: "the cost outweighs the benefits of the scheme".
_SURPASS = frozenset({"exceed", "outweigh", "outstrip", "surpass", "dwarf", "eclipse"})
_SETTINGS = frozenset({"in", "at", "on", "across", "among", "throughout"})  # where, not how


def _modifiers(item: Token, depth: int = 0) -> list[Token]:
    """A word with its modifiers and coordinated words ("ill-thought-out and dangerous")."""
    out = [item]
    if depth < 3:
        for c in item.children:
            if (c.dep_ == "compound" and c.pos_ == "NOUN" and item.lemma_.lower() in _AIMED
                    and (c.i == 0 or c.doc[c.i - 1].text != "-")):  # not "a two-tier system"
                continue  # "the childhood obesity plan": what it is for, no judgement of it
            if c.dep_ in {"amod", "advmod", "compound", "conj", "prt", "npadvmod", "nmod"}:
                out += _modifiers(c, depth + 1)
    return out


# Policy nouns a compound noun names the aim of: "obesity plan", "crime bill", "terror laws".
_AIMED = POLICY_ANAPHORS | {"strategy", "laws", "campaign", "drive", "unit", "taskforce"}


def complex_valence(view: ClaimView, pred: Token, depth: int = 0) -> tuple[float, list[str]]:
    """Summed valence of a predicate and its complements ("would help fight crime" > 0)."""
    total, words, used = 0.0, [], set()
    items = [pred] + [c for c in pred.children if (c.dep_ in {
        "acomp", "attr", "oprd", "dobj", "advmod", "prep", "agent", "xcomp", "ccomp",
        "npadvmod"} and not (c.lower_ in _SETTINGS and c.i < pred.i)) or (
        c.dep_ == "advcl" and any(false_front(p) for p in c.children))]  # "agent": "motivated
    # by empire-building"; not a setting put first: "In the richest parts it is nearer 70";
    # a disguise set off by a comma ("a tax cut, dressed up as help")
    items += [c for c in pred.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
        d.dep_ in {"nsubj", "nsubjpass"} for d in c.children) and c.i in view.inside]  # "...
    # and cost jobs" (not "..., and insisted it was ...": the next claim, parsed on this one)
    for item in items:
        if item.i in used:
            continue
        if item.i != pred.i and (item.dep_ in {"xcomp", "ccomp"} or item.dep_ == "conj"):
            if depth < 2 and not _asked(item):
                val, sub = complex_valence(view, item, depth + 1)
                if item == failed_act(pred):
                    val, sub = -val, [f"{pred.text} to", *sub]  # "failed to offer any
                    # alternative that would secure the borders": a good act not done
                total += -val if negated_here(item) else val
                words += sub
            continue
        if item.dep_ in {"prep", "agent"} and item.i != pred.i:
            prep = item
            if view.phrases.get(prep.i, (0.0, ""))[0]:  # a set phrase headed by the particle
                total, words = total + view.phrases[prep.i][0], [*words, view.word(prep)]
                continue  # "serve to even up a playing field"
            item = next((g for g in item.children if g.dep_ == "pobj"), None)
            if item is None or item.i in used or conceded(prep, item) or false_front(prep):
                continue
            if interests(prep, item):  # "in the interests of", "against the interests of"
                total += 2.0 if prep.lower_ == "in" else -2.0
                words.append(f"{prep.lower_} the interests of")
                continue
            if _lacking(item):  # "a gimmick without a plan"
                total, words = total - 2.0, [*words, f"without {item.text}"]
                continue
            bad = noun_valence(view, [item, *of_what(item)])  # "a number of dangerous people"
            if prep.lower_ == "against" and bad:  # "used against terrorists" is good,
                total -= bad  # "against innocent people" bad
                words.append(f"against {item.text}")
                continue
            if prep.lower_ == "at" and prep.head.lemma_.lower() in _AIM:  # "aimed at
                # terrorists, not at any faith": what it targets, good or bad, counts against
                total -= -bad if any(c.dep_ == "neg" for c in prep.children) else bad
                words.append(f"at {item.text}")
                continue
        if item.pos_ in {"VERB", "AUX"} and (item.i == pred.i or item.dep_ not in {
                "acomp", "attr", "oprd", "advmod"}):
            val, sub, more = verb_value(view, item)
            total, words, used = total + val, words + sub, used | more
            continue
        flip = -1 if negated_here(item) or item.lower_ in {"nothing", "none", "little"} else 1
        if item.lemma_.lower() in _FORECASTS and depth < 2:  # "very likely to reduce smoking"
            for clause in (c for c in item.children if c.dep_ == "xcomp"):
                val, sub = complex_valence(view, clause, depth + 1)
                total += flip * _FORECASTS[item.lemma_.lower()] * val
                words += [f"{item.text} to", *sub] if val else []
            continue
        if _lacking(item):  # "has no plan", "there is no evidence"
            total, words = total - 2.0, [*words, f"no {item.text}"]
            continue
        doable = feasibility(view, item)
        if doable:  # "impossible to enforce", "easy to forge"
            total, words = total + flip * 2.0 * doable[0], [*words, doable[1]]
            used |= {doable[2]}
            continue
        misfit = misfit_remedy(view, item)
        if misfit:  # "a London answer to a village problem"
            total, words = total - flip * 2.0, [*words, misfit]
            continue
        pobjs = [g for c in item.children if c.dep_ == "prep" and c.lower_ != "for"
                 for g in c.children if g.dep_ == "pobj"] if item.pos_ in {"NOUN", "PRON"} or (
            item.lower_ == "one" and depth == 0) else []  # "one of the best things we have
        # done", said of the subject itself (not of a cigarette in "for whom a cigarette is ...")
        # "a sad day for freedom": who it is for is no evaluation of its own
        ends = ending(item)  # "the end of the great British pub" (not "by the end of May")
        if (item.lemma_.lower() in HARM_NOUNS or ends) and pobjs:  # "a threat to civil
            good = noun_valence(view, pobjs)  # liberties"; what ends judges the ending, and
            foe = good <= -1.5 and (ends or fights(item, pobjs[0]))  # "a war on crime"
            total += flip * (2.0 if foe else -(2.0 + max(0.0, good)))
            words.append(("no " if flip < 0 else "") + f"{item.text} … {pobjs[0].text}")
            continue
        gainers = [g for c in item.children if c.dep_ == "prep" and c.lower_ in {"to", "for"}
                   for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)
                   if view.valence(g) < 0]  # "a gift to hackers and fraudsters"
        winners = [o for c in item.children if c.lower_ == "for" for o in c.children]
        gainers += [g for h in (item, *winners) for c in h.children if c.dep_ == "prep" and (
            c.lower_ == "over") for g in c.children if g.dep_ == "pobj" and view.valence(g) > 0]
        # "a victory for nostalgia over common sense": the good side lost
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
        for g in [g for g in against if any(m.lower_ == "wrong" for m in g.children)]:
            against.remove(g)  # "a solution to the wrong problem": a tool misdirected
            total, words = total - 2.0, [*words, f"to the wrong {g.text}"]
        parts = [m for m in parts if m.head not in against]  # "a grave threat" is all bad
        if view.valence(item) * sum(view.valence(m) for m in parts if m != item) < 0:
            parts.remove(item)  # "the wrong answer", "a necessary evil": the adjective judges
        for g in exposed:
            total += flip * min(0.0, view.valence(g))
            words += [f"{item.text} to {g.text}"] if view.valence(g) < 0 else []
        for g in against:  # "a powerful tool against terrorism"
            total -= flip * view.valence(g)
            words.append(f"against {g.text}")
        for part in parts + [g for g in pobjs if g not in against]:
            val = view.valence(part) * (-1 if left_standing(pred, item, part) else 1)
            if part in pobjs and _lacking(part):
                val = -2.0  # "a headline with no plan behind it", "a slogan without funding"
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


def _lacking(tok: Token) -> bool:
    """What a policy needs, said to be lacking: "no plan", "without any funding"."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in NEEDED and (negated_here(tok) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "without"))


_WH = frozenset({"what", "how", "whether", "who", "which", "where", "when", "why", "if"})


def _asked(clause: Token) -> bool:
    """An embedded question names a matter, it asserts nothing: "unsure [what they could
    safely say]", "unclear [how it will work]" carry no "safely", no "work"."""
    first = clause.doc[clause.left_edge.i]  # (not "are [what the terrorists want]")
    return clause.dep_ == "ccomp" and first.lower_ in _WH and first.i < clause.i and not (
        first.lower_ == "what" and clause.head.lemma_ == "be")


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
_SPEND = frozenset({"spend", "waste", "sink", "pour", "squander", "lavish"})


# Nouns of a policy's coming about: "the introduction of the cards", "the spread of casinos".
_COMING = frozenset("introduction arrival spread expansion growth extension advent creation "
                    "rollout roll-out implementation adoption proliferation opening "
                    "establishment imposition".split())


def _holder(tok: Token) -> Token:
    """The attribute a policy's evaluation passes through: "the scheme's costs are too high",
    "the plan's assumptions are aggressive" judge the scheme, the plan."""
    head = tok.head
    if tok.dep_ in {"poss", "compound"} and head.pos_ == "NOUN" and (
            head.lemma_.lower() in ATTRIBUTES):
        return head  # also "the plan assumptions are aggressive"
    if tok.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in CARRIERS:
        return head  # "the basic income pilot is only a start": the pilot is the policy
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _COMING:
        return head.head  # "the spread of large casinos would ...": the casinos' coming
    spent = head.head if tok.dep_ == "pobj" and head.lower_ == "on" else None
    if spent is not None and spent.dep_ == "acl" and spent.lemma_.lower() in _SPEND:
        return spent.head  # "the billions spent on the cards would be better spent on ..."
    return tok


_WANTED = frozenset("proper better clear clearer real more serious decent".split())


def _wants_better(pred: Token) -> bool:
    """ "needs a proper exemption", "required clearer rules": what the policy lacks."""
    return pred.lemma_.lower() in {"need", "require"} and any(
        c.dep_ == "dobj" and any(m.lower_ in _WANTED for m in c.children) for c in pred.children)


def eval_signals(view: ClaimView, tok: Token) -> list[Signal]:
    """Evaluative words about the policy: its predicate ("will not work") or modifiers; "without
    it" turns the predicate round ("without it, research is at risk" praises it)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "than":
        return []  # "X would work better than a ban": a comparison (stance_preference.py)
    if scare_of(tok) is not None or filed_as(view, tok):  # "scare stories about the ban": a
        return []  # verdict on its critics (stance_scares.py); "were illegal gambling": filed
    identified = _identified(view, tok)
    if identified is not None:
        return identified
    out = []
    preds = []
    verb, rel = verb_of(_holder(tok))
    if tok.dep_ == "pobj" and tok.head.lower_ == "without" and view.root is not None and (
            verb is None or verb.i not in view.inside):
        verb, rel = view.root, "pobj"  # "[without a ban, thousands would die]": misattached
    if verb is not None and rel in {"subj", "obj", "pobj"} and (
            verb.i in view.inside or quoted_predicate(view, verb)) and (
            rel != "obj" or verb.tag_ == "VBN" or tok.dep_ == "nsubjpass"):
        preds.append(verb)
    preds += [c for c in tok.children if c.dep_ == "relcl" and c.i in view.inside]
    for pred in preds:
        if act_sign(view, pred)[0] and (rel == "obj" or (rel == "subj" and tok.pos_ == "PRON") or (
                rel == "pobj" and set(phrasal_keys(pred)) & (PRO_ACTS | CON_ACTS))):
            continue  # "it had supported the deal": a pronoun that takes a side is an agent;
            # "crying out for it": the act takes the side, not the tone of "cry"
        if rel == "subj" and speech_act(pred) and not any(
                c.dep_ in {"acomp", "attr", "oprd"} for c in pred.children):
            continue  # "the exchange would not recommend it": a speaker, not the policy (but
            # "the plan felt Orwellian" is a copula)
        if (pred.lemma_.lower() in MENACES and tok.head.lower_ == "of") or (
                rel == "pobj" and pred.lemma_.lower() in OPINION_NOUNS):
            continue  # "the threat of ID cards", "fears about it": stance_opinions.py
        if pred.lemma_ == "agree" and tok.dep_ == "nsubjpass":
            continue  # "the motion is not agreed to": the vote's outcome, no judgement
        if any(t.lemma_.lower() in _VIEWS for t in (pred, pred.head.head)) or any(
                c.dep_ == "dobj" and c.lemma_.lower() in _VIEWS for c in pred.children):
            continue  # "would not express a view on the merits of it": no judgement given
        val, words = complex_valence(view, pred)
        if abs(val) < 1.0 or not words:
            continue
        if pred.pos_ == "NOUN" and abs(view.valence(pred)) >= 1.0 and size_said(pred) > 0:
            val, words = -val, [f"small {pred.text}", *words]  # "the cost of it is modest":
            # a small harm, a small good
        if pred.dep_ == "dobj" and pred.head.lemma_.lower() in _SURPASS:
            val = -val  # "the price exceeds the benefits of the deal": the benefits lose
            words = [pred.head.text, *words]
        if rel == "pobj" and tok.head.lower_ == "without":
            val, words = -val, [f"without {tok.text}", *words]  # a counterfactual
        if rel == "subj" and _wants_better(pred):  # "the scheme needed a proper exemption":
            val, words = -val, [pred.text, *words]  # what it lacks
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
            said = view.snippet(*mods[0].subtree)[1:-1]  # "least bad", not "bad"
            out.append(Signal(total, 2, f"calls it '{'no ' if no < 0 else ''}{said}'"))
    return out + _brought_about(view, tok, verb, rel)


def _identified(view: ClaimView, tok: Token) -> list[Signal] | None:
    """ "The problem is the scheme", "the problem is not the cost but the principle", "the
    answer is a levy": the policy named as what an evaluative subject is, which judges it (not
    the other thing named, nor the "not" that sets that one aside); None when the subject
    judges nothing ("the plan is the scheme")."""
    node, contrasted = tok, False
    while node.dep_ == "conj" and node.head.pos_ in {"NOUN", "PROPN"}:
        contrasted = contrasted or any(c.dep_ == "cc" and c.lower_ == "but"
                                       for c in (*node.head.children, *node.children))
        node = node.head
    be = node.head
    if node.dep_ != "attr" or be.lemma_ != "be" or be.i not in view.inside:
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subj is None or subj.i in view.refs:
        return None
    val = sum(view.valence(m) for m in _modifiers(subj))
    if abs(val) < 1.0:
        return None
    w = view.walk(be)
    if not usable(w, could_ok=True):
        return []
    sign = -w.sign if contrasted and negated_here(be) else w.sign
    total = (1 if val > 0 else -1) * sign * view.ref_sign(tok) * view.flip
    name = view.word(subj) if subj.i in view.phrases else f"the {subj.text}"  # "the last thing"
    return [Signal(total, 2, f"calls {view.snippet(tok)} {name.lower()}"
                             f"{' (negated)' if sign < 0 else ''}")]


_RELATIVES = frozenset({"that", "which", "what"})


def _brought_about(view: ClaimView, tok: Token, verb: Token | None, rel: str) -> list[Signal]:
    """ "the costs the directive would inflict", "the benefits it will bring": what the policy
    brings about, judged by the noun's value (evaluation skips the embedded clause)."""
    if rel != "subj" or verb is None or verb.dep_ != "relcl" or verb.i not in view.inside or (
            verb.doc[max(verb.left_edge.i - 1, 0)].lower_ in {"and", "but"}) or any(
            c.lower_ == "whose" for c in tok.children):  # "a fudge and only a full ban would
        return []  # do": a clause joined, misread; "victims whose data": theirs, not brought
    if verb.lemma_.lower() in AGENT_VERBS or act_sign(view, verb)[0] or any(
            c.dep_ == "dobj" and c.lower_ not in _RELATIVES for c in verb.children):
        return []  # "the plans which it supports", "the jobs that made the cards"
    val = noun_valence(view, [verb.head])
    if abs(val) < 1.0 or view.walk(verb.head).hedge or view.walk(verb).hedge or (
            verb.head.head.lemma_.lower() in WEIGHING):  # "the damage the ban might do"; "the
        return []  # need outweighs the harm it will cause": weighed (stance_balance.py)
    sign = (1 if val > 0 else -1) * view.ref_sign(tok) * view.flip
    return [Signal(sign, 2, f"what {view.snippet(tok)} brings: '{verb.head.text}'")]
