"""A cause that is an act left undone or done badly ("caused by neglected maintenance", "lax
regulation", "a lack of testing"): a claim that the act was not done, or done badly, argues for
it ("the viaduct was never maintained", "maintenance that was never carried out", "poorly
tested", "they skimped on maintenance"); one that it was done, or done well, argues against
("it was inspected and maintained every year", "testing was thorough"). Read by
stance_causes.caused when no cause is named outright."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import phrasal_keys
from pipeline.trail.negators import negating_no
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_hypotheses import cause_words, lapsed_act
from pipeline.trail.stance_rules import Signal

_BADLY = frozenset(
    "poor poorly inadequate inadequately insufficient insufficiently lax sloppy sloppily shoddy "
    "shoddily neglected negligent careless carelessly deficient botched cursory perfunctory "
    "patchy minimal badly".split())
_WELL = frozenset(
    "proper properly regular regularly thorough thoroughly adequate adequately rigorous "
    "rigorously diligent diligently careful carefully constant constantly routinely".split())
# What is done to an act left undone: "neglected the maintenance", "skimped on testing".
_LEFT = frozenset("neglect skip skimp_on scrimp_on defer postpone ignore forgo forget abandon "
                  "cut_back_on cut_corners_on".split())
_DONE = frozenset("do carry_out perform undertake conduct complete fix repair remedy "
                  "address".split())  # of damage left alone: "the damage was never fixed"
# The verb of an act noun: "maintenance" is maintaining.
_VERBS = {"maintenance": "maintain", "inspection": "inspect", "inspections": "inspect",
          "regulation": "regulate", "supervision": "supervise", "oversight": "oversee",
          "enforcement": "enforce", "management": "manage", "monitoring": "monitor",
          "testing": "test", "planning": "plan", "training": "train", "checks": "check",
          "repairs": "repair", "upkeep": "maintain"}


def _quality(tok: Token, verbs: set[str]) -> tuple[int, Token] | None:
    """(+1 done / -1 left undone or done badly, the word to scope from) for a mention of the
    act, or None when the mention says neither."""
    mods = {c.lower_ for c in tok.children if c.dep_ in {"amod", "advmod", "acomp"}}
    if mods & _BADLY:
        return -1, tok
    if mods & _WELL:
        return 1, tok
    if tok.pos_ == "VERB":
        done = tok.lemma_.lower() in verbs and not any(c.dep_ == "ccomp" for c in tok.children)
        return (1, tok) if done else None  # not "maintained that it was safe": a claim
    if any(negating_no(tok, c) for c in tok.children):
        return 1, tok  # "no maintenance": none done (the walk reads the "no")
    for clause in tok.children:  # "maintenance that was never carried out"
        if clause.dep_ in {"relcl", "acl"} and set(phrasal_keys(clause)) & _DONE:
            return (-1 if negated_here(clause) else 1), tok
    head = tok.head
    keys = set(phrasal_keys(head)) | {head.lemma_.lower()}
    if tok.dep_ in {"dobj", "nsubjpass", "pobj"} and keys & (_LEFT | _DONE):
        return (-1 if keys & _LEFT else 1), head  # "was never carried out", "neglected it"
    if tok.dep_ == "nsubj" and head.lemma_ == "be":  # "maintenance was inadequate"
        said = {c.lower_ for c in head.children if c.dep_ in {"acomp", "attr"}}
        return (-1, head) if said & _BADLY else (1, head) if said & _WELL else None
    return None


def lapse_signals(view: ClaimView) -> list[Signal]:
    """+1 for the lapsed act said to be left undone or done badly, -1 for it done well."""
    noun = lapsed_act(view.prop)
    if not noun:
        return []
    nouns = {noun} | (cause_words(view.prop) & _VERBS.keys())  # "lax regulation and
    verbs = {_VERBS.get(n, n[:-3] if n.endswith("ing") else n) for n in nouns}  # supervision"
    for tok in view.tokens:
        if tok.lemma_.lower() not in nouns | verbs and tok.lower_ not in nouns:
            continue
        found = _quality(tok, verbs)
        if found is None:
            continue
        done, at = found
        w = view.walk(at)
        if w.hedge or w.irrealis or w.embedded:
            continue
        said = -done * w.sign
        what = "left undone" if said > 0 else "done"
        return [Signal(said * view.flip, 2, f"says the act was {what}: {view.snippet(tok, at)}")]
    return []
