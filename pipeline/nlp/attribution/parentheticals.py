"""Parenthetical attributions: "X, he said, is Y" is a statement X ... Y by "he"; so is
"As he said, X is Y" and "X is Y, as he put it".

The parser reads most of them as a parataxis hung on the reported clause; some it reads as a
relative clause of the subject before it ("The delay, he had insisted, was ..." as "the delay
he had insisted on") or as the reported clause's complement ("..., she went on, would ...").
Both are the same shape: the cue and its subject alone between two commas.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.attribution.units import Range
from pipeline.nlp.cues import ADDRESSEE_CUES, CONTENT_PREPS, as_clause, subtree_range


def parenthetical(cue: Token, unit: Range) -> list[Range]:
    """'X, he said, is Y': the unit around a parenthetical attribution."""
    if cue.dep_ == "parataxis":
        cs, ce = subtree_range(cue)
    elif _as_said(cue):
        cs, ce = _as_clause_range(cue)
    else:  # "The delay, he had insisted, was ...": parsed as a relative clause ("the delay he
        found = _interjection(cue)  # had insisted on") or as the content's complement
        if found is None:
            return []
        cs, ce = found
    text = cue.doc.text
    return [r for r in ((unit[0], cs), (ce, unit[1]))
            if any(ch.isalnum() for ch in text[r[0]:r[1]])]


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


def _as_said(cue: Token) -> bool:
    """ "As the minister said, ...", "as she put it": a cue whose clause says nothing of its own
    (not "as he said goodbye", nor "as she said that ..."), attributing the clause it hangs on."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if not as_clause(cue) or subj is None or subj.tag_ in {"DT", "WDT"} or (
            cue.head.pos_ not in {"VERB", "AUX"}):  # not "as soon as she was told", "as much
        return False  # information as that told to the media"
    if cue.tag_ in {"VBP", "VBZ"} and subj.lower_ in _ANYONE:
        return False  # "It is, as they say, about time": a saying, not a statement
    if cue.lemma_.lower() not in _SAYING or any(
            t.lower_ == "as" and t.dep_ == "advmod" and t.i < cue.i for t in cue.sent):
        return False  # "as his side went on to win", "as badly hurt as reports suggested"
    return not any(  # "..., as landlords warn of an exodus": a warning of its own
        c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and c.lower_ not in {"it", "so"})
        or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS) for c in cue.children)


_ANYONE = frozenset({"they", "you", "people", "one", "everyone"})
_SAYING = frozenset(
    "say put note argue warn explain write tell point observe remark state claim predict insist "
    "stress admit acknowledge concede report reveal tweet post comment add recall declare "
    "announce confirm".split())


def _as_clause_range(cue: Token) -> Range:
    """The span of "as he said" with what the parser hung elsewhere before its comma ("As the
    minister said [last week], ...": the time is the saying's)."""
    doc = cue.doc
    cs, ce = subtree_range(cue)
    end = cue.right_edge.i + 1
    comma = next((t.i for t in doc[end:min(cue.sent.end, end + 6)] if t.text == ","), None)
    if comma is not None and cue.i < comma and all(
            t.dep_ in {"npadvmod", "prep", "pobj", "det", "amod", "advmod", "nummod", "compound"}
            for t in doc[end:comma]):
        ce = doc[comma].idx + 1
    return cs, ce
