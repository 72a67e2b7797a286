"""The speaker's own support given to the policy as its possession: "the scheme has our full
backing", "the bill deserves my support" support it; "the plans will not get our vote" refutes.
Only the speaker's support counts (a first-person owner, or "his"/"her" in reported speech):
"the bill has the support of most MPs" reports others' support, which is news, not a side.
"""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal

_HAVE = frozenset({"have", "get", "enjoy", "deserve", "win", "receive", "command"})
_BACKING = frozenset({"support", "backing", "blessing", "approval", "endorsement", "vote",
                      "votes"})
_OWN = frozenset({"my", "our", "his", "her"})


def backing_signals(view: ClaimView) -> list[Signal]:
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
