"""If-clauses that are no hedge: a pledge on coming to power ("we would scrap it if elected"),
an aim ("needed if Britain is to meet its targets"), a view pressed for ("if I had to bet"),
and "only ... when", which turns a time into a condition (scope.py reads every other condition
as a hedge); and hedges with no "if": a merit granted only "in theory" or "on paper", a thing
"too early" to say (but "too easy" to say is denied); what "could not have" happened "without"
something (`conditioned`), which is no denial."""

from __future__ import annotations

from spacy.tokens import Token


def only_when(node: Token, clause: Token) -> bool:
    """ "only makes sense when the tunnel is open": "only" turns a time into a condition."""
    return any(m.dep_ == "advmod" and m.lower_ == "when" for m in clause.children) and any(
        o.dep_ == "advmod" and o.lower_ == "only" for o in (*node.children, *clause.children))


def purpose(clause: Token) -> bool:
    """ "if Britain is to meet its targets": a condition that states an aim ("in order to")."""
    return clause.lemma_ == "be" and any(
        x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children if a.dep_ == "aux")
        for x in clause.children)


_POWER = frozenset({"win", "elect", "form", "return", "take", "come", "regain", "gain"})


def in_power(cond: Token) -> bool:
    """ "[we would scrap it] if we won the election", "if it were up to me": a pledge on
    coming to power, not a hedge."""
    words = {t.lower_ for t in cond.subtree}
    if words & {"me", "us", "my", "our"} and words & {"up", "way", "call"}:  # "if I had my
        return True  # way", "if it were my call"
    subjects = [c for c in cond.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return cond.lemma_.lower() in _POWER and (
        any(c.lower_ in {"we", "they", "i", "he", "she", "it"} for c in subjects)
        or (not subjects and cond.tag_ == "VBN"))  # "if elected", "if returned to power"


_PRESSED = frozenset({"bet", "guess", "choose", "pick", "say", "name", "put"})


def pressed(cond: Token) -> bool:
    """ "if I had to bet", "if you made me guess", "if pushed to choose", "if you asked me",
    "if I were a betting man", "if I had a vote": the speaker's own lean, given when pressed,
    not a condition on it."""
    kids = {c.dep_: c.lower_ for c in cond.children}
    if cond.lemma_ == "ask" and kids.get("dobj") in {"me", "us"}:
        return True  # "if you asked me"
    if kids.get("nsubj") in {"i", "we"}:
        betting = any(c.dep_ == "attr" and any(m.lower_ == "betting" for m in c.children)
                      for c in cond.children)  # "if I were a betting man"
        if (cond.lemma_ == "be" and betting) or (
                cond.lemma_ == "have" and kids.get("dobj") in {"vote", "say"}):  # "a vote"
            return True
    chosen = next((c for c in cond.children if c.dep_ in {"xcomp", "ccomp"}), None)
    return chosen is not None and chosen.lemma_.lower() in _PRESSED and (
        cond.lemma_ in {"have", "make", "force", "push", "press"}) and any(
        c.lower_ in {"i", "me", "we", "us"} for c in (*cond.children, *chosen.children))


_ONLY_IN_THEORY = frozenset({("in", "theory"), ("on", "paper")})
_JUDGED = frozenset({"dobj", "acomp", "oprd", "attr"})  # what a word judges


def only_in_theory(node: Token) -> bool:
    """ "Fine in theory", "lovely on paper", of a word or what it judges: granted, then doubted."""
    return any(c.dep_ == "prep" and (c.lower_, g.lower_) in _ONLY_IN_THEORY
               for t in (node, *(o for o in node.children if o.dep_ in _JUDGED))
               for c in t.children for g in c.children if g.dep_ == "pobj")


def too_early(tok: Token) -> str:
    """ "early" for "premature", "too early", "too soon" (to rule out): a hedge; "easy" for "too
    easy", "too simple" (to say the pilots failed): what is said is called glib, so denied."""
    too = any(c.lower_ == "too" for c in tok.children)
    return "early" if tok.lower_ == "premature" or (too and tok.lower_ in {"early", "soon"}) else (
        "easy" if too and tok.lower_ in {"easy", "simple", "simplistic"} else "")


_DEONTIC = frozenset({"must", "should"})


def any_such(root: Token | None, measures: frozenset[str], refs: dict[int, str]) -> bool:
    """ "Any levy would have to be ring-fenced", "any ban must come with grants": a condition
    on whatever measure comes (a subject "any" + a measure noun or the topic's own name, with
    "must", "should", "have to" or "need to"), not a side on this one."""
    if root is None or not (any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in root.children)
                            or (root.lemma_ in {"have", "need"} and any(
                                c.dep_ == "xcomp" for c in root.children))):
        return False
    return any(s.dep_ in {"nsubj", "nsubjpass"} and (s.lemma_.lower() in measures or s.i in refs)
               and any(d.dep_ == "det" and d.lower_ == "any" for d in s.children)
               for s in root.children)


def conditioned(verb: Token) -> bool:
    """ "could not have happened without them", "if ...": a condition, not a denial."""
    return any(c.dep_ in {"prep", "advcl"} and (c.lower_ in {"without", "but"} or any(
        m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children))
        for c in verb.children)


_DEFERRING = frozenset("delay defer postpone pause suspend shelve".split())


def deferred(cond: Token) -> bool:
    """ "delay the pilot [until childcare is sorted]": when a delay ends, not a condition on
    it."""
    return cond.head.lemma_.lower() in _DEFERRING and any(
        m.dep_ == "mark" and m.lower_ == "until" for m in cond.children)
