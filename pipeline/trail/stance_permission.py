"""A permission asked for or refused: "the scheme must not be allowed to go ahead" refutes it,
"the plans should be allowed to proceed" supports it. The policy is the subject of a passive
"allow"/"permit" whose infinitive realises or removes it; like those acts, it takes a side only
when prescribed or promised ("the scheme was allowed to go ahead" is news).
"""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys
from pipeline.trail.proposition import OCCURRENCES
from pipeline.trail.stance_rules import Signal, act_sign, usable

_PERMIT = frozenset({"allow", "permit"})


def permission_signals(view: ClaimView) -> list[Signal]:
    """ "[the scheme] must not be allowed [to go ahead]"."""
    for i in sorted(view.refs):
        tok = view.sent.doc[i]
        permit = tok.head
        if (tok.dep_ != "nsubjpass" or permit.lemma_.lower() not in _PERMIT
                or permit.i not in view.inside):
            continue
        acts = [c for c in permit.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        sign = act_sign(view, acts[0])[0] if acts else 0
        if acts and not sign and set(phrasal_keys(acts[0])) & OCCURRENCES:
            sign = 1  # "allowed to go ahead": the policy itself happening
        w = view.walk(permit)
        if not sign or not usable(w, could_ok=False) or not (w.commit or view.commit_cue()):
            continue
        return [Signal(sign * w.sign * view.flip * view.ref_sign(tok), 3,
                       f"allowed to {acts[0].lemma_}: {view.snippet(tok)}"
                       f"{' (negated)' if w.sign < 0 else ''}")]
    return []
