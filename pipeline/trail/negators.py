"""Which words negate their head: "not", "never", "hardly", but not "not only", the ", not X"
of a contrast (unless it hangs on X: "paused, not collapsed") or the emphatic "has never been
stronger"; "no" as a determiner; "hard to believe"; the alternative set aside ("rather than X",
"far from preventing X"); what a contrast's X is set against."""

from __future__ import annotations

from spacy.tokens import Token


def is_negator(tok: Token) -> bool:
    """`tok` negates its head ("not only X" does not, nor ", not X" hung on what X is set
    against: "we want a ban, not a tax")."""
    if tok.dep_ != "neg" and tok.lower_ not in {"not", "n't", "never", "hardly", "scarcely",
                                                 "nowhere"}:
        return False  # "is going nowhere": the verb's act denied
    if tok.lower_ in {"hardly", "scarcely", "nowhere"} and tok.dep_ not in {"advmod", "neg"}:
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.text == "," or prev.lower_ == "not") and tok.lower_ == "not" \
            and not (prev.text == "," and tok.head.i > tok.i):
        return False  # ", not X" contrasts; "not not gambling" (with the next line) affirms
    if _emphatic(tok):
        return False
    return not (nxt is not None and nxt.lower_ in {"only", "just", "merely", "least"} | (
        {"not"} if tok.lower_ == "not" else set()))


def contrasted_with(verb: Token) -> Token | None:
    """The verb that the X of "were paused, not X" is set against, whose subject and modal X
    shares; the parser hangs X on it or it on X."""
    if not any(c.dep_ == "neg" and c.i > 0 and verb.doc[c.i - 1].text == ","
               for c in verb.children):
        return None
    if verb.dep_ == "dep" and verb.head.i < verb.i:
        return verb.head
    return next((c for c in verb.children if c.dep_ in {"ccomp", "conj"} and c.i < verb.i
                 and c.pos_ in {"VERB", "AUX"}), None)


def interjected(node: Token) -> bool:
    """ "Absolutely not - we are going to ...": a "not" answering a question, set off by a dash
    or colon before the clause, does not negate it."""
    return any(c.dep_ == "neg" and c.i < node.i and c.i + 1 < len(node.doc)
               and node.doc[c.i + 1].text in {"-", "–", "—", ":", ";"} for c in node.children)


def negating_no(noun: Token, det: Token) -> bool:
    """ "no X" denies X, but not as the start of a compound after another determiner ("today's
    no change decision", "a no-deal exit")."""
    return det.dep_ == "det" and det.lower_ == "no" and not any(
        d.dep_ in {"det", "poss"} and d.i != det.i for d in noun.children)


def _emphatic(tok: Token) -> bool:
    """ "has never been stronger", "could not be clearer": a comparative nothing surpasses,
    the most there is, not a denial (but "never stronger than before" compares)."""
    head = tok.head
    if tok.lower_ != "never" and not any(
            c.dep_ == "aux" and c.lower_ in {"could", "can"} for c in head.children):
        return False
    return any(c.dep_ in {"acomp", "attr"} and (c.tag_ in {"JJR", "RBR"} or any(
        m.lower_ == "more" for m in c.children)) and not any(
        t.lower_ == "than" for t in c.subtree) for c in head.children)


# Believing or saying made hard: "it is hard to believe [the ban will work]", "difficult to
# imagine", "hard to say [it isn't a planet]", "hard to deny [it works]" (a denial denied).
_CREDIT = frozenset({"believe", "imagine", "see", "accept", "credit", "say", "argue", "claim",
                     "pretend", "deny", "dispute"})
_HARD = frozenset({"hard", "difficult", "impossible"})


def hard_to_credit(node: Token) -> bool:
    """ "hard to imagine", "impossible to believe": the believing denied, as by "not"; also
    the clause the parser hangs on "was" beside it ('it was "hard to imagine" they were ...')."""
    if node.dep_ == "ccomp" and not any(c.dep_ == "mark" for c in node.children):
        return any(c.dep_ == "acomp" and c.lemma_.lower() in _HARD and any(
            g.dep_ == "xcomp" and g.lemma_.lower() in _CREDIT and not any(
                k.dep_ in {"ccomp", "dobj"} for k in g.children) for g in c.children)
                   for c in node.head.children)
    if node.lemma_.lower() not in _CREDIT or node.dep_ != "xcomp":
        return False
    head = node.head
    return head.lemma_.lower() in _HARD or any(
        c.dep_ == "acomp" and c.lemma_.lower() in _HARD for c in head.children)


def rejected_alternative(node: Token) -> bool:
    """The alternative set aside: "buy back shares rather than [buy] the LSE", "pay it out
    instead of [spending] it", "far from [preventing] fraud", "A, not B" (a conjunct after
    "rather than" / "instead of", or their object)."""
    def marks(c: Token) -> bool:
        return c.lower_ in {"than", "of"} and any(a.lower_ in {"rather", "instead"}
                                                  for a in c.children)
    if far_from_act(node):
        return True
    edge = node.left_edge.i  # "a firm date, not another climbdown", the "not" hung on the
    at = edge if node.doc[edge].lower_ == "not" else edge - 1  # noun or elsewhere
    if (node.pos_ in {"NOUN", "PROPN"} or node.tag_ == "VBG") and at > 0 and (
            node.doc[at].lower_ == "not" and node.doc[at - 1].text == ","):
        return True  # also "about teaching habits, not fining drivers"
    if node.dep_ == "conj":
        return any(c.dep_ == "cc" and marks(c) and c.i < node.i for c in node.head.children)
    return node.dep_ in {"pcomp", "pobj"} and marks(node.head)


def far_from_act(node: Token) -> bool:
    """ "far from [preventing] fraud": the act denied (a quality, "far from robust", is read in
    stance_property._far_from); "think twice before [demanding] another law": warned off."""
    if node.dep_ == "pcomp" and node.head.lower_ == "before":
        return node.head.head.lemma_.lower() in {"think", "pause", "reflect"}
    return node.dep_ == "pcomp" and node.head.lower_ == "from" and node.head.i > 0 and (
        node.doc[node.head.i - 1].lower_ == "far")


def left_standing(pred: Token, item: Token, part: Token) -> bool:
    """ "is not a stunt but a serious reform": the negation of the verb leaves what
    follows "but" standing, so it counts the other way before the negation turns it."""
    if not any(c.dep_ == "neg" for c in pred.children):
        return False
    while part != item and part.head != part:
        if part.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but"
                                       for c in part.head.children):
            return True
        part = part.head
    return False
