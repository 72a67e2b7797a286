"""Parenthetical attributions: "X, he said, is Y" is a statement X ... Y by "he".

The parser reads most of them as a parataxis hung on the reported clause; some it reads as a
relative clause of the subject before it ("The delay, he had insisted, was ..." as "the delay
he had insisted on") or as the reported clause's complement ("..., she went on, would ...").
Both are the same shape: the cue and its subject alone between two commas.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.attribution.units import Range
from pipeline.nlp.cues import ADDRESSEE_CUES, subtree_range


def parenthetical(cue: Token, unit: Range) -> list[Range]:
    """'X, he said, is Y': the unit around a parenthetical attribution."""
    if cue.dep_ == "parataxis":
        cs, ce = subtree_range(cue)
    else:  # "The delay, he had insisted, was ...": parsed as a relative clause ("the delay he
        found = _interjection(cue)  # had insisted on") or as the content's complement
        if found is None:
            return []
        cs, ce = found
    return [r for r in ((unit[0], cs), (ce, unit[1])) if r[1] > r[0]]


# What an interjected attribution holds beside its verb: "he had insisted", "she went on",
# "he told MPs", "she said firmly".
_INTERJECTED_DEPS = frozenset({"nsubj", "aux", "neg", "prt", "advmod", "dative", "punct"})


def _interjection(cue: Token) -> Range | None:
    """The span of ", he had insisted," inside a sentence: the cue and its subject alone
    between two commas, with words on both sides (a clause the parser hung on the cue from
    outside the commas, "Shooting badgers at night, she went on, ...", is content)."""
    doc, sent = cue.doc, cue.sent
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children):
        return None
    first = subj.left_edge.i
    inner = [c for c in cue.children if first <= c.i and c.dep_ != "punct"
             and (c.i < cue.i or c.dep_ in _INTERJECTED_DEPS
                  or (c.dep_ == "dobj" and cue.lemma_ in ADDRESSEE_CUES))]
    last = max([cue.i] + [c.right_edge.i for c in inner])
    if not (sent.start + 1 < first and last + 2 < sent.end
            and doc[first - 1].text == "," and doc[last + 1].text == ","):
        return None
    if any(first <= c.i <= last and c not in inner and c.dep_ != "punct" for c in cue.children):
        return None
    if any(c.i > last and c.dep_ not in {"punct", "advcl"} for c in cue.children):
        return None  # the cue goes on past the comma: not an interjection
    return doc[first].idx, doc[last].idx + len(doc[last])
