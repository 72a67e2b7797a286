"""A burden of proof put on a policy's backers: "Deutsche Boerse has to show why its offer is
good for shareholders", "the onus is on ministers to demonstrate the scheme will work",
"ministers must justify the plans". Demanding that a case be made says it has not been made:
the speaker doubts the policy (refutes, weakly). Policies only.

Not a demand: the obligation denied ("did not have to show"), a speaker taking it on
("we have to show why the scheme works": a pronoun subject), or a case already made ("has
shown why the offer is good"). A case said not to have been made ("the government has failed
to explain how the plans would stop a single attack", "ministers have not shown why the scheme
is needed") doubts the policy the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.scope import PROVE, negated_here
from pipeline.trail.stance_rules import Signal

_OBLIGE = frozenset({"have", "need", "ought"})
_BURDENS = frozenset({"onus", "burden", "responsibility"})
_MUST = frozenset({"must", "should"})


def _demand(verb: Token) -> bool:
    """ "make the case", or a proving verb."""
    if verb.lemma_.lower() in PROVE:
        return True
    return verb.lemma_.lower() == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "case" for c in verb.children)


def _obliged(verb: Token) -> Token | None:
    """The word that puts the obligation on the verb ("must", "has to", "the onus is on")."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _MUST), None)
    if aux is not None:
        return verb
    head = verb.head
    if verb.dep_ not in {"xcomp", "ccomp", "acl", "advcl"} or head.i == verb.i:
        return None
    if head.lemma_.lower() in _OBLIGE:
        return head
    burden = [c for c in (head, *head.children) if c.lemma_.lower() in _BURDENS]
    return head if burden else None


def _subject(verb: Token, obliger: Token) -> Token | None:
    for node in (verb, obliger):
        found = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}
                      and c.lemma_.lower() not in _BURDENS), None)
        if found is not None:
            return found
    return None


def _unmet(verb: Token) -> bool:
    """ "failed to explain how ...", "has not shown why ...": the case was not made."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail":
        return not negated_here(verb.head)
    return negated_here(verb) and _obliged(verb) is None


def burden_signals(view: ClaimView) -> list[Signal]:
    """ "X has to show why the offer is good": a demand that the policy's case be made."""
    if view.flip < 0 or not view.refs:
        return []
    for verb in view.tokens:
        if verb.pos_ != "VERB" or not _demand(verb):
            continue
        unmet = _unmet(verb)
        if unmet:
            obliger = verb.head if verb.dep_ == "xcomp" else verb
        else:
            obliger = _obliged(verb)
            if obliger is None or negated_here(verb) or negated_here(obliger):
                continue
        subject = _subject(verb, obliger)
        if subject is not None and subject.lower_ in {"we", "i"}:
            continue  # "we have to show why it works": the speaker takes the burden on
        ref = next((t for t in verb.subtree if t.i in view.refs and t.i in view.inside
                    and t.pos_ != "PRON"), None)
        if ref is None:
            continue
        what = "says the case was not made" if unmet else "asks for the case to be made"
        return [Signal(-view.ref_sign(ref), 2, f"{what}: {view.snippet(verb, ref)}")]
    return []
