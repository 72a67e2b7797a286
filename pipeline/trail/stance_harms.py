"""What the restricted thing does, judged: "[smoking kills thousands of bar staff]" supports a
ban on smoking, "[vapes help smokers quit]" refutes a ban on vapes.

A ban or curb ("X should be banned", "ban X") is argued for by the harm X does and against by
its good, often without a word for the ban itself. So when the content's clause has the
restricted thing as its active subject, the evaluation of its predicate (stance_eval) counts
with its sign turned round. Only the doer counts: what is done to it ("smoking is being
demonised", "vapes are sold to children"), how much of it there is ("smoking has fallen") and
what it is called in passing are not its deeds.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.scope import TRENDS
from pipeline.trail.stance_eval import eval_signals
from pipeline.trail.stance_rules import Signal


def _doer(view: ClaimView, tok: Token) -> bool:
    """The restricted thing as the active subject of a clause in the content."""
    if tok.i not in view.inside or (tok.pos_ != "NOUN" and tok.tag_ != "VBG") or (
            tok.i in view.refs):  # "hunting causes suffering": a gerund subject too
        return False
    if not {tok.lower_, tok.lemma_.lower()} & view.prop.restricted:
        return False
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "smoking and drinking kill"
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in TRENDS


def harm_signals(view: ClaimView) -> list[Signal]:
    """The restricted thing's deeds, judged, as the opposite side of its ban."""
    out = []
    for tok in view.tokens:
        if not _doer(view, tok):
            continue
        for s in eval_signals(view, tok):
            if s.basis.startswith("evaluates "):  # its predicate, not a modifier ("calls it")
                basis = s.basis.replace("evaluates ", "says what ", 1).replace(":", " does:", 1)
                out.append(Signal(-s.sign, s.weight, basis))
    return out
