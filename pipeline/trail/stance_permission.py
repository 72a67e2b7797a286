"""A permission asked for or refused: "the scheme must not be allowed to go ahead" refutes it,
"the plans should be allowed to proceed" supports it; a need or desert of the policy's own
("the scheme needs to be scrapped", "deserves to be thrown out") prescribes the act. The
policy is the subject of a passive "allow"/"permit" whose infinitive realises or removes it;
like those acts, it takes a side only when prescribed or promised ("the scheme was allowed to go
ahead" is news).
"""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys
from pipeline.trail.proposition import OCCURRENCES
from pipeline.trail.stance_rules import Signal, act_sign, usable

_PERMIT = frozenset({"allow", "permit"})
# "the scheme needs / deserves to be scrapped": the subject is the passive act's object, and the
# raising verb itself prescribes it.
_RAISING = frozenset({"need", "deserve"})


def permission_signals(view: ClaimView) -> list[Signal]:
    """ "[the scheme] must not be allowed [to go ahead]"."""
    for i in sorted(view.refs):
        tok = view.sent.doc[i]
        permit = tok.head
        raised = tok.dep_ == "nsubj" and permit.lemma_.lower() in _RAISING
        if not (raised or (tok.dep_ == "nsubjpass" and permit.lemma_.lower() in _PERMIT)) or (
                permit.i not in view.inside):
            continue
        acts = [c for c in permit.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and (not raised or any(a.dep_ == "auxpass" for a in c.children))]
        sign = act_sign(view, acts[0])[0] if acts else 0
        if acts and not sign and set(phrasal_keys(acts[0])) & OCCURRENCES:
            sign = 1  # "allowed to go ahead": the policy itself happening
        w = view.walk(permit)
        if not sign or not usable(w, could_ok=False) or not (
                raised or w.commit or view.commit_cue()):
            continue
        return [Signal(sign * w.sign * view.flip * view.ref_sign(tok), 3,
                       f"{permit.lower_} to {acts[0].lemma_}: {view.snippet(tok)}"
                       f"{' (negated)' if w.sign < 0 else ''}")]
    return []
