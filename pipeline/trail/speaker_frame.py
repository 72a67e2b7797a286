"""The speaker's own verbs around the cue ("attacked the plans, saying ..."): the frame a
claim's content is said in (claim_view.ClaimView.frame), which rules read apart from the content."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.trail.claim_view import ClaimView


def speaker_frame(view: ClaimView) -> set[int]:
    """The speaker's own verbs around the cue: "attacked the plans, saying ..." """
    cue = view.cue_tok
    if cue is None:
        return set()
    out, node = {cue.i}, cue
    for _ in range(4):
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        turned = node.dep_ == "conj" and any(c.lower_ == "now" for c in node.children) and any(
            c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in node.head.children)  # "voted
        # to keep it but now believes ...": then, not now ("welcomed it but said" is both)
        if node.dep_ in {"advcl", "conj", "xcomp"} and node.head.i not in view.inside and (
                not own_subject) and not turned:
            node = node.head
            out.add(node.i)
        else:
            break
    for i in list(out):
        for c in view.sent.doc[i].children:
            if c.i in view.inside or c.pos_ != "VERB":
                continue
            if c.dep_ == "xcomp" or (c.dep_ == "conj" and not any(
                    d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)):
                out.add(c.i)
    return out
