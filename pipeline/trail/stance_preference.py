"""A stated preference between the policy and something else: "a special dividend would be
preferable to a bid for the exchange" sets the policy aside (refutes), "a bid would be better
than a dividend" prefers it (supports). Only an explicit comparison counts ("preferable to",
"better than"): a bare "better" is an evaluation, left to the other rules. A contrast sets one
side aside too: "better ventilation, not a ban, is the answer", "education rather than a ban";
so do other ways ("there are better ways") and doing without it ("should be funded without a
congestion charge"), and an act on it set aside for another ("the fee should be reformed rather
than scrapped", "keep it, not scrap it"), and one chosen over the other ("I'd take a quota over
a ban").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, act_sign, clause_verb, commits
from pipeline.trail.word_forms import word_forms

_PREFER = frozenset({"preferable", "better", "superior", "wiser"})
_JUDGING = frozenset({"be", "need", "want", "require"})  # verbs whose contrast sets one aside
_THAN = frozenset({"to", "than"})


def _compared(adj: Token) -> bool:
    """ "preferable [to X]", "better [than X]" (not "better off")."""
    return adj.lower_ in _PREFER and any(
        c.dep_ == "prep" and c.lower_ in _THAN for c in adj.children) and not any(
        c.lower_ == "off" for c in adj.children)


def _slot(view: ClaimView, tok: Token, arg: bool) -> tuple[int, Token] | None:
    """+1 when the policy word is (inside) the preferred subject, -1 when (inside) what it is
    preferred to, with the comparing adjective. A participant counts only inside an act
    ("preferable to the group overpaying for the exchange"), not as a rival of its kind ("pubs
    were better than clubs at ...")."""
    node, acted = tok, not arg
    for _ in range(6):
        head = node.head
        if head.i == node.i or head.i not in view.inside:
            return None
        acted = acted or node.pos_ == "VERB"
        if node.dep_ in {"pobj", "pcomp"} and head.lower_ in _THAN and _compared(head.head):
            return (-1, head.head) if acted else None
        if node.dep_ in {"nsubj", "csubj"}:
            adj = next((c for c in head.children if c.dep_ in {"acomp", "attr"}
                        and _compared(c)), None)
            return (1, adj) if adj is not None and acted else None
        node = head
    return None


def _contrast(tok: Token) -> int:
    """-1 for a noun set aside for another ("X, not [a ban]", "X rather than / instead of [a
    ban]"), +1 for one chosen over another ("[a ban], not voluntary codes")."""
    def denied(appos: Token) -> bool:  # "X, not Y": the "not" hangs from X (or Y), before Y
        return any(c.dep_ == "neg" and appos.head.i < c.i < appos.i
                   for c in (*appos.head.children, *appos.children))
    if tok.dep_ == "appos" and denied(tok):
        return -1
    if any(c.dep_ == "appos" and denied(c) for c in tok.children):
        return 1
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in {"than", "of"} and any(
            a.lower_ in {"rather", "instead"} and a.i == head.i - 1
            for a in (*head.children, *head.head.children)):
        return -1
    return 0


def _rather(tok: Token) -> int:
    """-1 for what a speaker would rather not have: "I'd rather see the old law enforced than
    [a ban]" ("rather" on a word the "than" hangs from, up to three steps up)."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "than":
        return 0
    return -1 if any(a.lower_ == "rather" and a.i < head.i for v in list(head.ancestors)[:3]
                     for a in v.children) else 0


_CHOOSING = frozenset({"take", "choose", "pick", "prefer", "favour", "favor", "select"})


def _chosen_over(tok: Token) -> int:
    """ "I'd take a quota over [a ban]" (-1), "I'd choose [a ban] over a quota" (+1)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "over":  # "over" hung on the verb or its object
        chooser = head.head.head if head.head.dep_ == "dobj" else head.head
        return -1 if chooser.lemma_.lower() in _CHOOSING else 0
    return 1 if tok.dep_ == "dobj" and head.lemma_.lower() in _CHOOSING and any(
        c.dep_ == "prep" and c.lower_ == "over" for c in (*head.children, *tok.children)) else 0


def preference_signals(view: ClaimView) -> list[Signal]:
    """One signal for the first policy word in a compared slot (a named policy, not a pronoun:
    "clarity would be better than this" may weigh the present state, not the policy)."""
    words = [(view.sent.doc[i], False) for i in sorted(view.refs) if i in view.inside
             and view.sent.doc[i].pos_ in {"NOUN", "PROPN"}]  # "better than this": the limbo
    words += [(t, True) for t in view.tokens if view.is_arg(t) and t.i not in view.refs]
    for tok, arg in words:
        side = 0 if arg else (_contrast(tok) if clause_verb(tok).lemma_ in _JUDGING else 0) or (
            _rather(tok) or _chosen_over(tok))  # "X, not a ban, is the answer", "Britain needs
        # X, not ID cards": a contrast in a judgement or a need, not "the ban, not the weather,
        # was discussed"; "I'd take a quota over a ban"
        if side:
            what = "chosen over another" if side > 0 else "set aside for another"
            sign = side * view.ref_sign(tok) * view.flip
            return [Signal(sign, 3, f"{what}: {view.snippet(tok)}")]
        found = _slot(view, tok, arg)
        if found is None:
            continue
        sign, adj = found
        if negated_here(adj) or negated_here(adj.head):
            sign = -sign  # "would not be better than the bid"
        side = "preferred" if sign > 0 else "set aside"
        return [Signal(sign * view.flip, 3,
                       f"{side} in a comparison: '{adj.text} {view.snippet(tok)}'")]
    return []


_WAYS = frozenset("way ways means method methods option options solution solutions approach "
                  "approaches alternative alternatives answer answers".split())
_BETTER = frozenset("better other cheaper fairer simpler smarter easier effective "
                    "alternative".split())


def alternative_signals(view: ClaimView) -> list[Signal]:
    """ "there are better ways to tackle misuse", "there are alternatives": the policy is not
    the way (refutes); "there is no other way", "no alternative" defends it (supports)."""
    for verb in view.tokens:
        if verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
            continue
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            lemma = attr.lemma_.lower()
            if lemma not in _WAYS or attr.i in view.refs:
                continue
            better = any(c.dep_ == "amod" and c.lower_ in _BETTER for c in attr.children)
            if not better and not lemma.startswith("alternative"):
                continue
            if any(t.lower_ == "than" for t in attr.subtree):
                continue  # "better ways of measuring it than the old method": another choice
            w = view.walk(verb)
            if w.hedge or w.irrealis:
                continue
            sign = (1 if negated_here(attr) else -1) * w.sign * view.flip
            said = "denies there is" if sign * view.flip > 0 else "says there are"
            return [Signal(sign, 2, f"{said} {view.snippet(attr)}")]
    return []


def _the_policy_done(view: ClaimView, tok: Token) -> bool:
    """What follows "without" names the policy: a reference to it ("a charge", not "changes to
    the rules", which are some other changes), its own verb ("charging motorists"), or a verb
    that restates it acting on its participants (not "bringing in US-style patents")."""
    if tok.i in view.refs:
        return not (view.refs[tok.i] == "anaphor" and any(c.dep_ == "prep" for c in tok.children))
    return tok.pos_ == "VERB" and (bool(word_forms(tok) & view.prop.target) or (
        view.prop.restates(phrasal_keys(tok)) > 0 and any(
            c.i in view.refs or view.is_arg(c) for c in tok.children if c.dep_ == "dobj")))


def without_signals(view: ClaimView) -> list[Signal]:
    """ "the improvements should be funded without a congestion charge", "... without charging
    motorists a penny", "we can cut congestion without a charge": what is to be done, prescribed
    or possible without the policy (refutes it; negated, "the trams could not be built without
    the charge", the policy is needed)."""
    for prep in view.tokens:
        if prep.lower_ != "without" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            continue
        said = [g for g in prep.children if g.dep_ in {"pobj", "pcomp"}]
        named = [g for g in said if _the_policy_done(view, g)]
        if not named:
            continue
        w = view.walk(prep.head)
        able = any(c.dep_ == "aux" and c.lower_ in {"can", "could", "ca"}
                   for c in prep.head.children)  # "we can cut congestion without a charge"
        if not (w.commit or able) or w.hedge or w.embedded:
            continue  # "the town coped without the bypass": a report, no prescription
        way = view.ref_sign(named[0]) if named[0].i in view.refs else 1  # "roads are safe
        # without the cameras", for scrapping them, is for it
        return [Signal(-way * w.sign * view.flip, 2,
                       f"done without it: {view.snippet(prep, *said)}")]
    return []


# DIRECTIONS groups of a policy brought in: a ban, a permission, a new scheme. For a scrapping,
# what comes "instead" may be what replaces the thing scrapped, so it says nothing alone.
_ADOPTED = frozenset({3, 4, 7})


def instead_signals(view: ClaimView) -> list[Signal]:
    """ "Schools should be teaching self-control instead", "ministers should instead invest in
    treatment": something else prescribed in the policy's place refutes a policy to be brought
    in. Not an act on the policy itself ("should ban them outright instead" restates it)."""
    if view.prop.kind == "event" or view.prop.group not in _ADOPTED:
        return []
    for adv in view.tokens:
        verb = adv.head
        if verb.i in view.refs or view.is_arg(verb):  # "ban [jousting] instead": the act's
            verb = verb.head  # object, a gerund the parser may hang "instead" on
        if adv.lower_ != "instead" or adv.dep_ != "advmod" or any(
                c.lower_ == "of" for c in adv.children) or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if act_sign(view, verb)[0] or any(c.i in view.refs for c in verb.children):
            continue
        w = view.walk(verb)
        if not w.commit or w.hedge or w.embedded or w.irrealis:
            continue
        return [Signal(-w.sign * view.flip, 2,
                       f"prescribes another way instead: {view.snippet(verb, adv)}")]
    return []


_INSTEAD = (("rather", "than"), ("instead", "of"))


def _set_aside(verb: Token) -> bool:
    """The verb follows "rather than", "instead of" or ", not": "reformed rather than
    [scrapped]", "extended instead of being [scrapped]", "reformed, not [scrapped]"."""
    doc, i = verb.doc, verb.i
    while i > 0 and doc[i - 1].lower_ in {"being", "be", "to"}:
        i -= 1
    before = tuple(t.lower_ for t in doc[max(0, i - 2):i])
    return before in _INSTEAD or (before[-1:] == ("not",) and doc[i - 2].text == ",")


def set_aside_signals(view: ClaimView) -> list[Signal]:
    """An act on the policy prescribed against: "the fee should be reformed rather than
    [scrapped]" refutes scrapping it; "the ban should be extended, not [scrapped]" is for the
    ban. What is acted on is the set-aside verb's own object, else the policy word before it."""
    for verb in view.tokens:
        if verb.pos_ != "VERB" or not _set_aside(verb):
            continue
        sign, _ = act_sign(view, verb)
        main = clause_verb(verb.head)
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i in view.refs] or [
            view.sent.doc[i] for i in sorted(view.refs) if i in view.inside and i < verb.i
            and view.sent.doc[i].dep_ in {"nsubjpass", "dobj", "nsubj"}] or [
            c for c in verb.children if c.dep_ == "dobj" and (view.is_arg(c) or (
                c.lower_ in {"it", "them"} and any(view.is_arg(t) for t in view.tokens)))]
        # "regulate jousting rather than ban it": the policy's own act on what it is about
        w = view.walk(main)
        if not sign or not objs or not commits(view, w) or w.hedge:
            continue
        total = -sign * w.sign * view.ref_sign(objs[0]) * view.flip
        return [Signal(total, 3, f"sets aside: {verb.text} {view.snippet(objs[0])}")]
    return []
