"""The case for a policy, or the fears about it, called overstated: "the economic case was
overstated", "the passenger forecasts were wildly optimistic", "the business case rests on a
myth" argue against it; "the fears about noise are overblown", "the concerns were unfounded"
for it (as "scare stories about ..." do, stance_scares.py). A forecast is either, by what it
foretold: "predictions that pubs would empty proved unfounded" defends a smoking ban.

Said of a claim made for or against the policy, without naming the policy: in a claim on the
topic, "the benefits", "the forecasts", "the fears" are the ones argued over. A noun that says
whose or of what it is ("the benefits of exercise", "the fears of passive smoking", which
stance_harms.py reads) is not taken for them, unless that is the policy.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import base_forms
from pipeline.trail.stance_rules import Signal, usable

# What is claimed for the policy (forecasts among it), and against it.
_FORECASTS = frozenset("forecast forecasts projection projections prediction predictions "
                       "assumption assumptions estimate estimates".split())
_FOR = frozenset("case benefit benefits saving savings gain gains advantage advantages promise "
                 "promises".split()) | _FORECASTS
_AGAINST = frozenset("fear fears concern concerns worry worries risk risks danger dangers "
                     "warning warnings objection objections threat criticism criticisms".split())
# Words that call a claim overstated, and nouns that call it untrue: "is a myth", "rests on a
# fantasy". "Optimistic" only overstates a forecast, not a fear.
_OVERSTATED = frozenset("exaggerate overstate overblow overblown hype inflate overplay "
                        "overestimate overdo unfounded groundless baseless misplaced "
                        "unjustified fanciful".split())
_ROSY = frozenset({"optimistic", "rosy", "unrealistic", "over-optimistic"})
_UNTRUE = frozenset({"myth", "fantasy", "fiction", "illusion", "mirage", "fairytale"})
_WEAK = frozenset("flimsy weak thin unconvincing threadbare shaky".split())  # of a case


def overstated_signals(view: ClaimView) -> list[Signal]:
    """+1 for the fears about the policy called overstated, -1 for the case for it."""
    out = []
    for noun in view.tokens:
        low = noun.lemma_.lower()
        side = -1 if low in _FOR or noun.lower_ in _FOR else 1 if (
            low in _AGAINST or noun.lower_ in _AGAINST) else 0
        side = _foretold(view, noun) or side
        if not side or noun.pos_ != "NOUN" or not _argued_over(view, noun):
            continue
        told = _called_overstated(noun, forecast=noun.lower_ in _FORECASTS or low in _FORECASTS,
                                  case=low == "case")
        if told is None:
            continue
        w = view.walk(told)
        if not usable(w, could_ok=True):
            continue
        sign = side * w.sign * view.flip
        what = "the case for it" if side < 0 else "the fears about it"
        out.append(Signal(sign, 2, f"calls {what} overstated: {view.snippet(noun, told)}"
                                   f"{' (negated)' if w.sign < 0 else ''}"))
    return out


def _foretold(view: ClaimView, noun: Token) -> int:
    """A forecast whose clause says what it foretold: a harm ("predictions that pubs would
    empty") is a fear about the policy (+1), a good a case for it (-1); 0 else."""
    if noun.lemma_.lower() not in _FORECASTS and noun.lower_ not in _FORECASTS:
        return 0
    from pipeline.trail.stance_eval import complex_valence  # (it reads forecasts too)

    said = [c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and any(
        m.lower_ == "that" and m.dep_ in {"mark", "dobj"} for m in c.children) and any(
        m.dep_ == "nsubj" and m.lower_ != "that" for m in c.children)]  # (the parser's
    # "that" of "predictions that pubs would empty" is an object: no relative clause)
    val = sum(complex_valence(view, c)[0] for c in said)
    return 1 if val < -0.5 else -1 if val > 0.5 else 0


def _argued_over(view: ClaimView, noun: Token) -> bool:
    """ "the benefits", "the economic case", "the fears about noise", "the case for this
    runway": not "the benefits of exercise", "Labour's fears"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.i not in view.refs:
            return False
        if c.dep_ == "prep" and c.lower_ in {"of", "for"} and not any(
                g.i in view.refs for g in c.children if g.dep_ == "pobj"):
            return False
    return noun.dep_ in {"nsubj", "nsubjpass", "dobj"}


def _called_overstated(noun: Token, *, forecast: bool, case: bool) -> Token | None:
    """The word that calls the noun overstated or untrue: "were exaggerated", "are overblown",
    "were wildly optimistic" (a forecast), "is flimsy" (a case), "is a myth", "rests on a
    myth", "had inflated the benefits"."""
    head = noun.head
    words = _OVERSTATED | (_ROSY if forecast else frozenset()) | (_WEAK if case else frozenset())
    if noun.dep_ == "dobj":
        return head if set(base_forms(head)) & _OVERSTATED else None
    for pred in (head, *(c for c in head.children if c.dep_ in {"acomp", "oprd", "attr"})):
        if set(base_forms(pred)) & words or pred.lower_ in words:
            return pred
        if pred.dep_ == "attr" and pred.lemma_.lower() in _UNTRUE:
            return pred
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"}):
        for g in prep.children:  # "rests on a myth", "built on fantasy"
            if g.dep_ == "pobj" and g.lemma_.lower() in _UNTRUE:
                return g
    return None
