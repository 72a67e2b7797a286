"""Commands: a clause that tells someone to act ("Scrap it now.", "Just keep it", "Don't ban
it!") takes the side of the act it orders, unlike a condition dressed as one ("Ban the
adverts, lose the jobs")."""

from __future__ import annotations

from spacy.tokens import Token


def _consequence(clause: Token) -> bool:
    """What an imperative's condition leads to: "[Ban the adverts], lose the jobs", "[give
    them a free hand] and you'll have ..." (a comma splice, a "you", or a future)."""
    return clause.pos_ in {"VERB", "AUX"} and (clause.dep_ in {"dep", "parataxis"} or any(
        (c.dep_ == "aux" and c.lower_ in {"will", "'ll", "would", "'d", "wo"})
        or (c.dep_ == "nsubj" and c.lower_ == "you") for c in clause.children))


def _leading(tok: Token, verb: Token) -> bool:
    """What may come before a command's verb: its "do", "not", adverbs, "please"."""
    return tok.head == verb and (tok.dep_ in {"neg", "advmod", "intj"} or (
        tok.dep_ == "aux" and tok.lower_ == "do"))


def imperative(node: Token) -> bool:
    """A command opening its clause: "Put them up!", "Scrap it now.", "Don't ban it!" (no
    subject, no modal), not a condition ("Ban the adverts, lose the jobs")."""
    first = node  # "Don't ban it", "Just scrap it", "Please keep it": the verb's own "do",
    while first.i > node.sent.start and _leading(node.doc[first.i - 1], node):  # adverbs
        first = node.doc[first.i - 1]  # and "please" come before it
    return (node.pos_ == "VERB" and node.tag_ == "VB"
            and node.dep_ in {"ROOT", "ccomp", "xcomp", "conj", "parataxis"}
            and (first.i == node.sent.start or not node.doc[first.i - 1].is_alpha)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "mark"}
                        or (c.dep_ == "aux" and c.lower_ != "do")
                        or (c.dep_ in {"conj", "dep", "parataxis"} and _consequence(c))
                        for c in node.children))
