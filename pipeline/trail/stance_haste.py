"""Haste objected to: "Why the rush to adopt the text?", "Why is there such a hurry to
introduce the scheme?" question the speed of an act on the policy, so the speaker resists the
act (the question is rhetorical: stance.py turns the act's side around, as for "Why should
...?"). "Why was the scheme introduced in such a hurry?" asks about the past and stays neutral.
"""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.policy_nouns import policy_head
from pipeline.trail.stance_rules import Signal, act_sign, verb_of

_HASTE = frozenset({"rush", "hurry", "haste"})


def haste_signals(view: ClaimView) -> list[Signal]:
    """The act hurried toward ("to adopt [the text]"), with its side before the question's
    turn; nothing when the hurried act is not one on the policy, or outside a question ("there
    is no rush to introduce the cards" says nothing of a side)."""
    if not view.rhetorical:
        return []
    for noun in view.tokens:
        if noun.lemma_.lower() not in _HASTE or noun.pos_ != "NOUN":
            continue
        acts = [c for c in noun.children if c.pos_ in {"VERB", "AUX"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        for i in sorted(view.refs):
            tok = view.sent.doc[i]
            verb, _rel = verb_of(policy_head(tok))
            if verb is not None and verb in acts:
                sign, _ = act_sign(view, verb)
                if sign:
                    return [Signal(sign * view.ref_sign(tok) * view.flip, 3,
                                   f"haste to {verb.lemma_} {view.snippet(tok)}")]
    return []
