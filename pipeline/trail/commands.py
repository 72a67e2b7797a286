"""Commands: a clause that tells someone to act ("Scrap it now.", "Just keep it", "Don't ban
it!") takes the side of the act it orders; a condition dressed as one ("Ban the adverts, lose
the jobs") takes the side its consequence gives the act (stance_conditionals.py)."""

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


def _command_form(node: Token) -> bool:
    """A bare verb opening its clause, with no subject and no modal."""
    first = node  # "Don't ban it", "Just scrap it", "Please keep it": the verb's own "do",
    while first.i > node.sent.start and _leading(node.doc[first.i - 1], node):  # adverbs
        first = node.doc[first.i - 1]  # and "please" come before it
    return (node.pos_ == "VERB" and node.tag_ == "VB"
            and node.dep_ in {"ROOT", "ccomp", "xcomp", "conj", "parataxis"}
            and (first.i == node.sent.start or not node.doc[first.i - 1].is_alpha)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "mark"}
                        or (c.dep_ == "aux" and c.lower_ != "do") for c in node.children))


def _consequences(node: Token) -> list[Token]:
    """The clauses an imperative's act leads to, through a chain of commands ("Take them
    down, put traffic police back and you will see ...")."""
    found, chain = [], [node]
    while chain:
        verb = chain.pop()
        for c in verb.children:
            if c.dep_ in {"conj", "dep", "parataxis"} and _consequence(c):
                found.append(c)
            elif c.dep_ == "conj" and _command_form(c):
                chain.append(c)
    return found


def imperative(node: Token) -> bool:
    """A command opening its clause: "Put them up!", "Scrap it now.", "Don't ban it!" (no
    subject, no modal), not a condition ("Ban the adverts, lose the jobs")."""
    return _command_form(node) and not _consequences(node)


def conditional_command(node: Token) -> Token | None:
    """What an imperative that states a condition leads to: "lose" of "[Ban the adverts, lose
    the jobs]", "see" of "[Scrap the cameras and you will see accidents fall]"."""
    return next(iter(_consequences(node)), None) if _command_form(node) else None


def dared(node: Token, prev: Token | None) -> bool:
    """ "Tell me [that's an accident]": a command to say what the speaker holds untrue, so a
    denial of it (not "tell me what happened", a question; "don't tell me [X]" is a claim)."""
    return prev is not None and prev.dep_ == "ccomp" and node.lemma_ == "tell" and (
        imperative(node)) and not any(c.dep_ == "neg" for c in node.children) and not any(
        t.tag_ in {"WDT", "WP", "WRB"} for t in prev.subtree if t.i < prev.i)
