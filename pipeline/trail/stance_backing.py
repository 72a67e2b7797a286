"""The speaker's own support given to the policy as its possession: "the scheme has our full
backing", "the bill deserves my support" support it; "the plans will not get our vote" refutes;
or given with its object understood: "he will vote against", "she arrived in favour", "the
police have no objection".
Only the speaker's support counts (a first-person owner, or "his"/"her" in reported speech):
"the bill has the support of most MPs" reports others' support, which is news, not a side.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal

_HAVE = frozenset({"have", "get", "enjoy", "deserve", "win", "receive", "command"})
_BACKING = frozenset({"support", "backing", "blessing", "approval", "endorsement", "vote",
                      "votes"})
_OWN = frozenset({"my", "our", "his", "her"})


def backing_signals(view: ClaimView) -> list[Signal]:
    """The speaker's backing given: as the policy's possession, or with its object left
    understood."""
    return _possessed(view) + bare_side_signals(view) + _objection_had(view)


def _possessed(view: ClaimView) -> list[Signal]:
    """ "[the scheme had his full backing]": the policy the subject of having the backing."""
    for i in sorted(view.refs):
        tok = view.sent.doc[i]
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.i not in view.inside or verb.lemma_.lower() not in _HAVE:
            continue
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in _BACKING and any(
                    c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children):
                w = view.walk(verb)
                if w.hedge or w.embedded:
                    return []
                sign = -1 if negated_here(obj) else 1
                return [Signal(sign * w.sign * view.flip, 3,
                               f"has the speaker's {obj.lower_}: {view.snippet(tok)}")]
    return []


_SIDE_PREPS = {"against": -1, "for": 1}
_ANSWERS = {"yes": 1, "no": -1}  # to the question in the news: "Vote Yes", "I voted no"
_SIDING = frozenset({"vote", "be", "come", "speak", "arrive"})
_SELVES = frozenset({"i", "we", "he", "she", "they"})  # the speaker, in reported speech too


def bare_side_signals(view: ClaimView) -> list[Signal]:
    """A side taken with its object left understood, the policy in the news: "he will vote
    against", "she had arrived in favour", "I am against", "Vote Yes", "say no" (not "against
    the war" nor "in favour of the tram": their objects say whose side, read elsewhere)."""
    for tok in view.tokens:
        if tok.lower_ in _SIDE_PREPS and tok.dep_ in {"prep", "prt", "advmod", "acomp"}:
            sign, word, verb = _SIDE_PREPS[tok.lower_], tok, tok.head
        elif tok.lower_ in {"favour", "favor"} and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            sign, word, verb = 1, tok, tok.head.head
        elif tok.lower_ in _ANSWERS and tok.i and _answered(tok.nbor(-1)):
            sign, word, verb = _ANSWERS[tok.lower_], tok, tok.nbor(-1)  # "Vote Yes", "Say no"
        else:
            continue
        if (word.i and word.nbor(-1).lower_ in {"neither", "either"}) or any(
                c.dep_ == "conj" and c.lower_ in _SIDE_PREPS for c in word.children):
            continue  # "I'm neither for nor against", "for or against": no side
        if verb.lemma_.lower() not in _SIDING | {"say"} or any(
                c.dep_ in {"pobj", "prep"} for c in word.children) or any(
                c.dep_ == "nsubj" and c.lower_ not in _SELVES for c in verb.children):
            continue  # "MPs would vote against": others' votes foretold
        w = view.walk(verb)
        if w.hedge or w.embedded:
            continue
        return [Signal(sign * w.sign * view.flip, 3,
                       f"takes a side: {view.snippet(verb, word)}")]
    return []


def _answered(verb: Token) -> bool:
    """ "vote" (by the speaker: the subject check follows) or a bare imperative "Say" before a
    yes or no, with no object of its own ("say no to the cuts" is on the cuts)."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.lemma_.lower() == "vote" or (verb.lower_ == "say" and not any(
        c.dep_ in {"nsubj", "aux"} for c in verb.children))


# Bodies that speak as one, whose spokesman says "we": "the police have no objection".
_BODIES = frozenset("police force club council union association trust group board authority "
                    "committee government".split())


def _objection_had(view: ClaimView) -> list[Signal]:
    """ "The police have no objection in principle", "we have no problem with that": an
    objection the speaker's side has, or has not, to the policy in the news."""
    for tok in view.tokens:
        if tok.dep_ != "dobj" or tok.head.lemma_ != "have" or not _understood(tok) or not any(
                c.dep_ == "nsubj" and (c.lower_ in _SELVES or c.lemma_.lower() in _BODIES)
                for c in tok.head.children):
            continue
        w = view.walk(tok.head)
        if w.hedge or w.embedded or w.irrealis:
            continue
        sign = -w.sign * (-1 if negated_here(tok) else 1)
        return [Signal(sign * view.flip, 3, f"{'no ' if sign > 0 else ''}objection: "
                                            f"{view.snippet(tok.head, tok)}")]
    return []


def _understood(noun: Token) -> bool:
    """An objection with the policy understood: "no objection (in principle)", "no problem
    with that"; not "objections to the route" (its object says what), nor a bare "a problem"
    (a plight)."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if noun.lemma_.lower() == "objection":
        return all(p.lower_ == "in" for p in preps)
    return noun.lemma_.lower() in {"problem", "issue"} and any(
        p.lower_ == "with" and any(g.lower_ in {"it", "this", "that"} for g in p.children)
        for p in preps)
