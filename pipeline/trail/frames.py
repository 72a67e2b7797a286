"""The last resort for a policy claim no rule decides: the frame its words argue in.

Debates over a regulation are argued in recurring frames (the Policy Frames Codebook of Boydstun
et al.: security and crime, health and safety, morality, fairness and liberty, cultural
identity, economics), and each camp keeps to its own: those for a ban, a new power or a state
scheme speak of safety, crime, terror, health, lives, cruelty and welfare; those against it of
liberty, privacy, choice, innocent people, tradition, jobs and business (words both camps use,
"children", "life", "free", "customers", "trade", are left out), and of people deciding for
themselves ("free to choose", "parents, not politicians, are best placed to decide"). So a claim
whose content (not the proposition's own words, names or hyphenated pieces) leans to one frame
by more words than to the other takes that frame's side. A camp keeps its words when it denies
("no safe level of exposure"; "will not make us any safer" is the exception), so negation is not
read; another's fear the speaker reports does not count. For a proposition that permits or
removes ("should be allowed to ...", "should be scrapped", or raises a ceiling: "the speed limit
should be raised") the frames change camps (freedom and jobs argue for 24-hour licensing, crime
and health against it); for one whose aim is economic
("... to move claimants back into work") jobs and business are no camp's words, and for a
project (build, expand, privatise, or a built thing: a runway, a motorway) they are its backers'
words, as is its safety, and danger, health and lives its opponents'. A claim no frame
decides whose cue is a warning ("warned that [longer hours would stretch officers to breaking
point]") is in the frame of those against the change. Public policies only (but for the
warning): a company's bid is argued in other terms, and so is who votes and how (an elected
chamber, the voting age, a referendum: both camps speak of democracy).

The side is weak evidence: its basis starts with ``FRAMED``, a speaker's side stated elsewhere in
the article overrides it (consistency.py), and a contradiction never cites it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.consistency import FRAMED, governs
from pipeline.trail.evaluative import ATTITUDE, DIRECTIONS, INFRASTRUCTURE, phrasal_keys
from pipeline.trail.negators import far_from_act
from pipeline.trail.proposition import Proposition
from pipeline.trail.stance_rules import clause_verb

# Protection frames (security, crime, health, safety, morality): the arguments for a restriction.
PROTECTION = frozenset(
    "safety safe protect protection security danger dangerous threat terror terrorism "
    "terrorist criminal crime health lives victim fraud disease death deaths cruelty cruel "
    "suffering welfare".split())
# Liberty frames (rights, privacy, the innocent, tradition) and economic ones (jobs): against it.
LIBERTY = frozenset(
    "liberty liberties freedom freedoms privacy innocent rights choice surveillance nanny "
    "intrusive democracy tradition traditions heritage".split())
ECONOMY = frozenset("job jobs business businesses profit profits".split())
# Projects rather than restrictions (build a runway, expand an airport, sell a state firm): their
# backers argue in jobs and business, so the economic frame is theirs.
_PROJECTS = frozenset("build construct expand privatise privatize".split())  # not "extend the
# congestion charge": a charge is a restriction, whose opponents speak of jobs and trade
# Of a built thing, its backers say it is safe and its opponents speak of death and danger
# ("as safe as any road on the network" against "death traps").
_ASSURING = frozenset({"safe", "safety", "protect", "protection", "security"})
# A proposition whose aim is economic ("... to move claimants back into work") is argued for in
# the economic frame: its words then tell no camp apart.
_ECONOMIC_AIMS = ECONOMY | frozenset("work employment unemployment economy growth".split())
# Who acts in a public policy: a government, a public body (not "Deutsche Boerse").
_PUBLIC = frozenset("government council city state police eu parliament bank authority "
                    "authorities executive assembly commission nhs".split())
_PRONOUNS = frozenset({"it", "they", "we", "there", "this"})
# Budgets, offices and records a frame word names ("the road safety grant", "the health
# secretary", "crime figures"): a thing named, no argument (not "death traps", "the safety case").
_NAMING_HEADS = frozenset("grant funding budget fund minister secretary department committee "
                          "spokesman spokeswoman spokesperson review report figure statistic data "
                          "record camera".split())  # (not "the security services": they argue)
_FRAMED_WORDS = PROTECTION | LIBERTY | ECONOMY
# Permission ("should be allowed to stay open"): the frames change camps.
_PERMITS = re.compile(r"\b(?:(?:allow|permit)\w*(?:\s+[\w-]+){0,3}|free)\s+to\b", re.I)
# The liberty frame in a phrase rather than a word: people should decide for themselves, not the
# state ("pubs should be free to decide for themselves", "parents, not politicians, are best
# placed to decide", "it should be up to landlords to decide", "it is not the job of government
# to tell adults what they can do").
_SELF_RULE = re.compile(
    r"\bfree\s+to\s+(?:choose|decide|make)\b|\bdecide\s+for\s+themselves\b"
    r"|\bup\s+to\s+(?:\w+\s+){1,3}to\s+(?:decide|choose)\b|\bbest\s+placed\s+to\s+"
    r"(?:decide|judge|choose)\b|,\s+not\s+(?:politicians|ministers|the\s+state|the\s+government|"
    r"whitehall|bureaucrats)\b|\bnot\s+(?:the\s+)?(?:job|role|business|place)\s+of\s+(?:the\s+)?"
    r"(?:government|state|ministers|politicians)\b|\btell\s+(?:adults|people|us|parents)\s+"
    r"what\s+(?:they|we)\s+can\b", re.I)
MARGIN = 1  # words of one frame beyond the other's
_WARN_CUES = frozenset({"warn", "caution"})


# Who votes and how ("should be wholly elected", "the voting age", "hold a referendum") is argued
# by both camps in terms of democracy, not of protection against liberty: no frame tells them apart.
_DEMOCRATIC = re.compile(r"\b(?:elect\w*|vot(?:e|es|ed|ing)|referend\w*|ballots?|suffrage)\b", re.I)


@lru_cache(maxsize=64)
def _democratic(proposition: str) -> bool:
    """The proposition is about who votes and how (read once per proposition, not per claim)."""
    return bool(_DEMOCRATIC.search(proposition))


@lru_cache(maxsize=64)
def _economic_aim(proposition: str) -> bool:
    """The proposition names an economic aim (read once per proposition, not per claim)."""
    return bool(_ECONOMIC_AIMS.intersection(re.findall(r"[a-z]+", proposition.lower())))


def _hyphenated(tok: Token) -> bool:
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_) or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_)


def _reported(view: ClaimView, tok: Token) -> bool:
    """Inside what others think, as the speaker reports it: "[landlords fear the ban will hit
    profits]" is the landlords' frame, not the speaker's."""
    for node in tok.ancestors:
        if node.i not in view.inside:
            return False
        if node.lemma_.lower() in ATTITUDE and any(
                c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in node.children):
            return True
    return False


def _set_aside(tok: Token) -> bool:
    """A frame word the speaker sets aside: "the threat came not from terrorism but from laws
    such as these" (a "not ... but" whose first part holds it), "far from preventing fraud",
    "never about safety"."""
    if any(far_from_act(a) for a in (tok, *tok.ancestors)):  # (not "instead of X": the
        return True  # alternative the speaker wants)
    if tok.dep_ == "pobj" and tok.head.lower_ == "about" and any(
            c.dep_ == "neg" for c in tok.head.head.children):
        return True  # "the cameras were never about safety": the frame denied its own
    for node in (tok, tok.head):
        start = node.left_edge.i
        denied = (start > 0 and node.doc[start - 1].lower_ == "not") or any(
            c.dep_ == "neg" and c.i < node.i for c in node.children)  # "not from X but ..."
        if denied and any(c.dep_ == "cc" and c.lower_ == "but" for c in node.children):
            return True
    return False


def _warning(view: ClaimView) -> tuple[int, str] | None:
    """A warning of what will happen ("ACPO warned that [longer hours would stretch officers]")
    is the frame of those against the change proposed; a warning *to* someone ("warned
    ministers not to back down") is an instruction, left alone."""
    root = view.root
    if view.cue not in _WARN_CUES or root is None or not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} or c.lower_ == "that"
            for c in root.children):
        return None  # not a clause: "warned [ministers to think again]"
    return -1, f"{FRAMED}a warning"


_CEILINGS = frozenset({"limit", "cap", "ceiling"})


def _ceiling_raised(prop: Proposition) -> bool:
    """ "The speed limit should be raised": a ceiling raised lets more through, a relaxation
    (not an age limit, a floor)."""
    return prop.predicate in DIRECTIONS[1] and bool(prop.target & _CEILINGS) and (
        "age" not in prop.target)


_GUARDS = frozenset({"protect", "preserve", "safeguard", "defend"})


def _guards_curbed(view: ClaimView, tok: Token) -> bool:
    """ "Protect", "preserve" or "safeguard" whose object is what the policy restricts ("jury
    trials must be protected", "preserve the right to jury trial")."""
    if tok.lemma_.lower() not in _GUARDS or not view.prop.restricted:
        return False
    guarded = [t for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree]
    return any(t.lemma_.lower() in view.prop.restricted or t.lower_ in view.prop.restricted
               for t in guarded)


def frame_side(view: ClaimView) -> tuple[int, str] | None:
    """(+1 for / -1 against the proposition as worded, basis) from the content's frames."""
    agents = view.prop.agents - _PRONOUNS  # "it should be a crime to ...": no one named
    if view.prop.kind != "policy":
        return None
    if (agents and not any(a in _PUBLIC or governs(a) for a in agents)) or _democratic(
            view.prop.text):  # a company's bid is argued in other terms than a public policy
        return _warning(view)
    framed: set[tuple[str, int]] = set()  # each frame word, with its clause's verb
    contrasted: set[int] = set()
    for tok in view.tokens:
        if tok.i in view.refs or view.topical(tok) or not tok.is_alpha or tok.pos_ == "PROPN" or (
                _hyphenated(tok) or (tok.dep_ == "compound" and tok.head.lemma_ in _NAMING_HEADS)):
            continue  # "the Health Bill" is a name, "smoke-free" no argument for safety, nor
            # is "the road safety grant" (a word naming a body or a budget, not an argument)
        if tok.dep_ == "dobj" and view.prop.restates(phrasal_keys(tok.head)) > 0 and any(
                c.i in view.refs or view.is_arg(c) for c in tok.head.children):
            continue  # "to give the inspectors more freedom": what the policy itself gives
        if _guards_curbed(view, tok):  # "jury trials must be protected": a guard for what
            framed.add(("rights", clause_verb(tok).i))  # the policy curbs: a liberty argument
            continue
        form = next((f for f in (tok.lower_, tok.lemma_.lower()) if f in _FRAMED_WORDS), None)
        if form is None or (tok.lower_ == "job" and any(c.lower_ in {"the", "done", "well"}
                                                       for c in (*tok.children, tok.head))) or (
                form == "lives" and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "of"}
                and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)):
            continue  # "get on with the job", "job done", "a job well done": a task, not work;
            # "the first time in their lives", "the worst moment of their lives": a lifetime
        if _set_aside(tok):  # "the real threat came not from terrorism but from laws":
            contrasted.add(clause_verb(tok).i)  # the clause's frame is turned on another thing
        elif not _reported(view, tok):  # not the fears of others the speaker reports
            framed.add((form, clause_verb(tok).i))
    found = {form for form, clause in framed if clause not in contrasted}
    text = view.sent.text[view.start:view.end]
    aims = _economic_aim(view.prop.text)
    project = view.prop.predicate in _PROJECTS or bool(view.prop.target & INFRASTRUCTURE)
    pro = [w for w in found if (w in PROTECTION and (not project or w in _ASSURING)) or (
        w in ECONOMY and project and not aims)]
    con = [w for w in found if w in LIBERTY or (w in PROTECTION - _ASSURING and project) or (
        w in ECONOMY and not aims and not project)]
    con += [m.group(0).strip(", ") for m in _SELF_RULE.finditer(text)]
    if abs(len(pro) - len(con)) < MARGIN:
        return _warning(view)
    side = 1 if len(pro) > len(con) else -1
    if view.prop.predicate in DIRECTIONS[4] or _PERMITS.search(view.prop.text) or (
            view.prop.target_sign < 0) or _ceiling_raised(view.prop):  # "pubs should be
        side = -side  # allowed to open", "the ban should be scrapped": freedom argues for it
    named = pro if len(pro) > len(con) else con
    kind = "protection" if set(named) & PROTECTION else "liberty/economy"
    return side, f"{FRAMED}{kind} ('{', '.join(sorted(named)[:3])}')"
