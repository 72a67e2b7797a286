"""A last resort after the frames: the speaker's stake in the policy.

Those a policy empowers ask for it and those it acts on resist it: police speak for the powers
police are to be given, councils for theirs, a bidder for its bid, while the BBC resists an
auditor's free hand over the BBC and the London Stock Exchange a bid for it. So a claim no rule
decides, spoken by a party the proposition empowers or acts on, takes that party's side. Only
for policies, and only for the parties the proposition's grammar names:

- backers: the recipient of powers or permission ("Councils should be given powers to ...",
  "pubs should be allowed to ..."), and the agent of an acquisition ("Deutsche Boerse should
  buy ..."); not every agent ("The Bank of England should raise rates": the Bank decides, and
  holding is as much its side);
- resisters: the named party (a proper name) an acquisition, an inquiry, a restriction or an
  exclusion acts on ("scrutinise how the BBC spends ...", "buy the London Stock Exchange",
  "exclude Huawei from the network").

Like a frame, the side is weak evidence: its basis starts with ``BY_STAKE``, a speaker's side
stated elsewhere in the article overrides it (consistency.py) and a contradiction never cites it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.trail.consistency import BY_STAKE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Acts that take something over or act on a party against its will.
_ACQUIRES = frozenset({"buy", "acquire", "take_over", "purchase", "bid", "takeover"})
_ACTS_ON = _ACQUIRES | frozenset(
    "scrutinise scrutinize audit investigate inspect regulate ban curb restrict fine sue "
    "prosecute sanction break_up nationalise nationalize exclude bar expel blacklist boycott "
    "deport extradite".split())
_GRANTS = frozenset({"give", "grant", "hand", "allow", "permit"})


def _keys(tok: Token) -> set[str]:
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")
    return {tok.lemma_.lower(), f"{tok.lemma_.lower()}_{prt}"} if prt else {tok.lemma_.lower()}


Name = tuple[str, ...]  # a party's words, all in a speaker who is it: ("london", "stock", ...)


def _names(head: Token) -> list[Name]:
    """A party as speakers name it: a proper name whole ("the London Stock Exchange": london
    stock exchange) and by its initials (lse), a person also by surname ("a Glazer aide"); a
    common noun by its head, either number ("councils": council or councils)."""
    words = [t for t in head.subtree if t == head or (t.dep_ == "compound" and t.head == head)]
    if head.pos_ != "PROPN":
        return [(head.lemma_.lower(),), (head.lower_,)]
    name = tuple(t.lower_ for t in words if t.pos_ == "PROPN")
    surname = [(head.lower_,)] if head.ent_type_ == "PERSON" and len(name) > 1 else []
    return [name, *surname] + ([("".join(w[0] for w in name),)] if len(name) >= 3 else [])


def parties(doc: Doc) -> tuple[tuple[Name, ...], tuple[Name, ...]]:
    """(backers, resisters) of a policy proposition."""
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    passive = any(c.dep_ == "auxpass" for c in root.children)
    acts = [t for t in doc if t.pos_ == "VERB" and _keys(t) & _ACTS_ON]
    backers: list[Name] = []
    if (passive and _keys(root) & _GRANTS) or (  # "should be given powers", "be allowed to"
            not passive and any(_keys(t) & _ACQUIRES for t in acts)):  # the bidder
        to = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"] if passive else []  # "libraries should
        # be handed over to volunteers": the volunteers gain, not what is handed over
        backers = [n for s in (to or subjects) for n in _names(s)]
    resisters = [n for act in acts for t in act.subtree
                 if t.pos_ == "PROPN" and t.dep_ != "compound" and t not in subjects
                 and not _where(t, act) for n in _names(t) if n not in backers]
    return tuple(dict.fromkeys(backers)), tuple(dict.fromkeys(resisters))


_WHERE = frozenset({"in", "across", "throughout", "within", "outside", "around"})


def _where(tok: Token, act: Token) -> bool:
    """A place the act happens in ("banned in England and Wales"), not a party it acts on."""
    while tok != act and tok.head != tok:
        if tok.dep_ == "prep" and tok.lower_ in _WHERE:
            return True
        tok = tok.head
    return False


def stake_side(speaker: str, backers: tuple[Name, ...],
               resisters: tuple[Name, ...]) -> tuple[int, str] | None:
    """(+1 for / -1 against the proposition as worded, basis) from who the speaker is."""
    words = set(re.findall(r"[\w-]+", speaker.lower()))
    for sign, names, how in ((1, backers, "empowered by it"), (-1, resisters, "acted on by it")):
        name = next((n for n in names if set(n) <= words), None)
        if name is not None:
            return sign, f"{BY_STAKE}{how} ('{' '.join(name)}')"
    return None
