"""Consent given or refused to a project: "[permission should be granted]", "[the council
refused planning permission]", "[ministers gave the go-ahead]".

A project ("the expansion should go ahead", "a third runway should be built") is argued over
as a planning decision, and the decision is named by its consent rather than by the project:
granting permission, consent, approval or the go-ahead is approving the project, refusing,
withholding or quashing it is blocking it. Only for a proposition that realises something
(DIRECTIONS[7]: introduce, build, go ahead), whose consent the claim is about by being on the
topic; "permission" for anything else ("permission to film") names something else.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import direction_of, phrasal_keys
from pipeline.trail.stance_rules import Signal, usable

_REALISED = direction_of("introduce")  # with "implement", "adopt", "build"; "go ahead" too
_CONSENTS = frozenset({"permission", "consent", "approval", "go-ahead", "authorisation",
                       "authorization"})
_GRANT = frozenset({"grant", "give", "award", "issue", "approve"})
_REFUSE = frozenset({"refuse", "deny", "withhold", "reject", "block", "overturn", "quash",
                     "revoke", "withdraw", "rescind"})


def _consent(tok: Token) -> bool:
    """ "planning permission", "consent", "the go-ahead", "the green light"; not "permission
    to film" (a clause of its own: another act consented to)."""
    named = tok.lower_ in _CONSENTS or tok.lemma_.lower() in _CONSENTS or any(
        (tok.lemma_.lower(), c.lower_) in {("light", "green"), ("ahead", "go")}
        for c in tok.children)  # "the green light", "the go-ahead" (torn at its hyphen)
    return named and not any(c.dep_ in {"acl", "relcl"} for c in tok.children)


def consent_signals(view: ClaimView) -> list[Signal]:
    """+1 for consent granted (or to be granted), -1 refused, by the verb it is the object of."""
    if view.prop.kind != "policy" or view.prop.group != _REALISED or view.prop.target_sign < 0:
        return []
    for tok in view.tokens:
        if not _consent(tok) or tok.dep_ not in {"dobj", "nsubjpass"}:
            continue
        verb = tok.head.head if tok.head.lower_ == "planning" else tok.head  # "grants planning
        keys = set(phrasal_keys(verb)) | {verb.lemma_.lower()}  # permission", misparsed
        sign = 1 if keys & _GRANT else -1 if keys & _REFUSE else 0
        w = view.walk(verb)
        if not sign or not usable(w, could_ok=False):
            continue
        return [Signal(sign * w.sign * view.flip, 3,
                       f"consent {'given' if sign > 0 else 'refused'}: "
                       f"{view.snippet(verb, tok)}")]
    return []
