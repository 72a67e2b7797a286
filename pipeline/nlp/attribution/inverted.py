"""Inverted attributions after a comma: "X could hurt small firms, warns analyst Jane Porter."

Kept apart from `drafts` (which already holds every other cue shape) because the parse is a
different one: the small model often reads the speaker after an inverted cue as its object
("warns [analyst ... Porter]" as dobj) and hangs the cue on the reported clause as a conjunct,
so climbing to a subject finds the reported clause's subject instead. The statement is then the
clause before the comma.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.cues import ADDRESSEE_CUES, is_source_noun

_FINITE = {"VBZ", "VBD"}
_COMPLEMENTS = {"nsubj", "nsubjpass", "ccomp", "xcomp", "dative", "prep", "advcl"}


def inverted_speaker(cue: Token) -> Token | None:
    """The speaker of a sentence-final inverted cue ("..., warns analyst Jane Porter."), or None.

    Only a finite cue right after a comma, with no subject or complement of its own, whose
    object is a source (person, organisation, role) and ends the sentence: "..., then told the
    minister" or "..., warned the minister that ..." are not inversions."""
    doc = cue.doc
    if cue.tag_ not in _FINITE or cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    if cue.lemma_.lower() in ADDRESSEE_CUES - {"warn"}:
        return None  # "..., told the minister": the object is an addressee
    if any(c.dep_ in _COMPLEMENTS for c in cue.children):
        return None
    obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    end = obj.right_edge.i + 1
    if any(not (t.is_punct or t.is_space) for t in doc[end : cue.sent.end]):
        return None
    named = next((t for t in obj.subtree if t.ent_type_ == "PERSON" and t.dep_ != "compound"),
                 None)  # "former programmer and technology analyst Bill Thompson"
    speaker = named or obj
    return speaker if named is not None or is_source_noun(speaker) else None
