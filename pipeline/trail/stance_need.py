"""Whether the policy is needed at all, argued without naming it.

Five common arguments take a side on a change while never naming it:

- the law as it stands is enough: "[existing laws are perfectly adequate]", "[police already
  have the powers they need]", "[it is already an offence to carry one in public]" refute a
  change ("the existing law is not enough" supports it);
- the problem only moves: "[they will simply get them somewhere else]", "[it just moves the
  problem round the corner]", "[a ban would send cargo to airports in the Midlands]" (a place
  none of the topic's) refute a ban, a curb or new powers (the displacement argument);
- how much of the banned thing is wanted: "[the fewer of these guns there are, the better]"
  supports a ban on them, "the more ..., the better" refutes it;
- things as they are, judged: "[doing nothing is not an option]", "[the status quo is killing
  us]", "[the law on cannabis must change]" support a change, "doing nothing is the safest
  course" refutes it;
- what is there is full: "[Heathrow is full]", "[the line will be at capacity by 2025]"
  support building or expanding, "[there is spare capacity at Stansted]" refutes it.

Propositions that keep things as they are (hold, stay) are left alone: for them the first
argument is support, and it is rare enough to leave to the other rules.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.direction_groups import CURBS
from pipeline.trail.evaluative import INFRASTRUCTURE
from pipeline.trail.plight import persons
from pipeline.trail.policy_nouns import standing_law
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, clause_verb, subjects, usable
from pipeline.trail.word_forms import CHARGES

_KEEPING = frozenset({2, 6})  # DIRECTIONS of "hold/keep" and "stay/remain"
# What the law as it stands provides.
_LAWS = frozenset("law laws legislation power powers offence offences rule rules measure measures "
                  "sanction sanctions provision provisions sentence sentences penalty penalties "
                  "system arrangement arrangements regulation regulations control controls "
                  "framework safeguard safeguards".split())
_STANDING = frozenset({"existing", "current", "present"})
_GIVING = frozenset({"have", "give", "provide", "offer", "grant"})
_ALL = frozenset({"everything", "all", "what"})
_CHANGE_OR_STAY = {"change": 1, "stay": -1, "remain": -1}  # "[the status quo] must change"
_FITS = frozenset({"reflect", "fit", "match", "suit", "serve", "meet", "work"})  # "no longer"
_ENOUGH = frozenset({"adequate", "sufficient", "enough", "ample", "plenty", "fine"})
_ALREADY_BANNED = frozenset({"illegal", "unlawful", "offence", "crime", "banned", "outlawed",
                             "prohibited", "criminal"})
# "simply get them somewhere else", "move the problem round the corner / down the road",
# "push it into the shadows".
_ELSEWHERE = re.compile(
    r"\b(?:somewhere\s+else|elsewhere|round\s+the\s+corner|around\s+the\s+corner|"
    r"down\s+the\s+road|next\s+door|a\s+few\s+streets\s+away|under\s*ground|"
    r"on\s+to\s+the\s+internet|onto\s+the\s+internet|"
    r"(?:on|onto|into|to)\s+the\s+black[\s-]+market|into\s+the\s+shadows|"
    r"(?:across|over)\s+the\s+border|abroad|overseas|"
    r"(?:to|into|onto)\s+(?:other|rival|neighbouring|neighboring|nearby)\s+(?:airport|port|"
    r"resort|town|venue|site|club|shop|store|market|area|region|state)s?|(?:to|into|onto)\s+"
    r"(?:other|rival|neighbouring|neighboring|nearby)\s+(?:cit|countr|count)(?:y|ies))\b", re.I)
_MOVES = frozenset("get buy go move shift push drive displace take find relocate set_up "
                   "turn send".split())
_POINTING = frozenset({"these", "those", "them"})  # "the fewer of these things, the better"
_MORE_LESS = re.compile(r"\bthe\s+(fewer|less|more)\b(.{1,80}?)\bthe\s+(better|safer|worse)\b",
                        re.I | re.S)


def _changes(view: ClaimView) -> bool:
    """A policy that changes things (not one that keeps them as they are)."""
    return view.prop.kind == "policy" and view.prop.group not in _KEEPING


def _standing_law(tok: Token) -> bool:
    """ "existing laws", "the current powers", "the present system"."""
    return tok.lemma_.lower() in _LAWS and any(
        c.lower_ in _STANDING and c.dep_ == "amod" for c in tok.children)


def _already(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "already" for c in verb.children)


def enough_signals(view: ClaimView) -> list[Signal]:
    """The law as it stands is enough (-1), or not enough (+1): a change is needed or not (for
    a policy that brings something in; what it scraps is judged as itself)."""
    if not _changes(view) or view.prop.target_sign < 0:
        return []
    for tok in view.tokens:
        pred = tok.head
        found = ""
        if tok.dep_ in {"nsubj", "nsubjpass"} and _standing_law(tok) and any(
                c.lower_ in _ENOUGH for c in (pred, *pred.children)
                if c is pred or c.dep_ in {"acomp", "attr", "advmod"}):
            found = f"{view.snippet(tok)} enough"  # "existing laws are perfectly adequate"
        elif tok.dep_ == "dobj" and _already(pred) and ((
                tok.lemma_.lower() in _LAWS and pred.lemma_ in _GIVING) or (
                tok.lower_ in _ALL and any(t.i in view.refs for t in tok.subtree))) and not any(
                c.dep_ == "nsubj" and c.i in view.refs and c.lemma_.lower() not in _LAWS
                for c in pred.children):  # ("the law already ...": the law in force)
            found = f"already {view.snippet(tok)}"  # "police already have the powers", "the
            # law already gives councils the powers", "chips already do everything a licence
            # would do" (not the policy's own deeds: "the licence already does everything")
        elif tok.lower_ in _ALREADY_BANNED and tok.dep_ in {"acomp", "attr"} and _already(pred):
            found = f"already {tok.lower_}"  # "it is already an offence to carry one"
        if not found:
            continue
        w = view.walk(pred)
        if usable(w, could_ok=True):
            return [Signal(-w.sign * view.flip, 2,
                           f"{'need' if w.sign < 0 else 'no need'}: {found}"
                           f"{' (negated)' if w.sign < 0 else ''}")]
    return []


def displacement_signals(view: ClaimView) -> list[Signal]:
    """The problem moves elsewhere, so the change is futile (-1)."""
    if not _changes(view):
        return []
    text = view.sent.text
    for match in _ELSEWHERE.finditer(text):
        at = view.base + match.start()
        tok = next((t for t in view.tokens if t.idx >= at), None)
        if tok is None or not (view.start <= match.start() < view.end):
            continue
        verb = clause_verb(tok.head)
        if verb.tag_ == "VBG" and verb.head.lemma_.lower() in _MOVES:
            verb = verb.head  # "drive [racing into the shadows]": the gerund is the thing moved
        if verb.lemma_.lower() not in _MOVES and not any(
                k in _MOVES for k in (f"{verb.lemma_.lower()}_{c.lower_}" for c in verb.children
                                      if c.dep_ == "prt")):
            continue
        w = view.walk(verb)
        if usable(w, could_ok=True) and w.sign > 0:
            return [Signal(-view.flip, 2, f"moves elsewhere: '{match.group(0)}'")]
    for tok in view.tokens:  # "send cargo to airports in the Midlands": another place
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _MOVES and _to_another_place(
                view, tok) and usable(w := view.walk(tok), could_ok=True) and w.sign > 0:
            return [Signal(-view.flip, 2, f"moves elsewhere: {view.snippet(tok)}")]
    for tok in view.tokens:  # "would shift the problem to the back lanes", wherever to
        if tok.lemma_.lower() in _TROUBLES and tok.dep_ == "dobj" and (
                tok.head.lemma_.lower() in _SHIFTS) and usable(w := view.walk(tok.head),
                                                               could_ok=True) and w.sign > 0:
            return [Signal(-view.flip, 2, f"moves the problem: {view.snippet(tok.head, tok)}")]
    return []


def _to_another_place(view: ClaimView, verb: Token) -> bool:
    """ "to airports in the Midlands", "moves to Lisbon": a destination (not people) named by a
    place that is none of the topic's own; only of a curb or a charge, which an activity can
    escape (of a return, say, sending things elsewhere is the policy)."""
    if view.prop.group not in CURBS and not view.prop.target & (CHARGES | _TAXES):
        return False
    if verb.tag_ == "VBD" and any(s.lower_ == "i" for s in subjects(verb)):
        return False  # "I went to Rome in May": a trip of one's own, told, not an escape
    ends = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "into", "onto"}
            for g in c.children if g.dep_ == "pobj" and not persons(g)]  # not "buyers in X"
    ends += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and ends
             for g in c.children if g.dep_ == "pobj"]  # "to hotels [in Fife]", hung on the verb
    places = [t for g in ends for t in g.subtree if _named_place(t)]
    return bool(places) and not any(view.matches_about(t) or view.is_arg(t) for t in places)


def _named_place(tok: Token) -> bool:
    """A place name ("Fife", "the Midlands", which the small model may call a product; not
    "MP", a month or a firm)."""
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or (
        tok.pos_ == "PROPN" and tok.ent_type_ in {"", "PRODUCT"} and not tok.text.isupper())


_TAXES = frozenset({"tax", "premium", "duty"})  # charges by other names


_TROUBLES = frozenset({"problem", "issue", "trouble", "nuisance"})
_SHIFTS = frozenset({"shift", "move", "push", "displace", "export", "relocate"})


def amount_signals(view: ClaimView) -> list[Signal]:
    """ "the fewer X, the better": less of the banned thing wanted supports the ban."""
    if not view.prop.restricted:
        return []
    content = view.sent.text[view.start:view.end]
    match = _MORE_LESS.search(content)
    if match is None:
        return []
    words = {w.lower().strip(".,;:'\"") for w in match.group(2).split()}
    restricted = view.prop.restricted
    if not (words & (restricted | _POINTING) or {w.rstrip("s") for w in words} & restricted
            or any(view.sent.doc[i].lower_ in words for i in view.refs)):
        return []
    fewer = match.group(1).lower() in {"fewer", "less"}
    good = match.group(3).lower() != "worse"
    side = 1 if fewer == good else -1
    return [Signal(side * view.flip, 3, f"the {match.group(1).lower()} the {match.group(3)}")]


_STATUS_QUO = frozenset({"inaction", "inertia", "drift"})


def _as_it_is(view: ClaimView, tok: Token) -> bool:
    """ "doing nothing", "the status quo", "standing still", "sitting on our hands", "inaction",
    and what stands now of what the policy changes ("the current limit", "the law on X")."""
    if tok.lemma_.lower() in _STATUS_QUO or (tok.lower_ == "quo" and any(
            c.lower_ == "status" for c in tok.children)):
        return True
    if (any(c.lower_ in _STANDING and c.dep_ == "amod" for c in tok.children) and (
            tok.lemma_.lower() in _LAWS or view.is_target(tok))) or standing_law(tok, view.prop):
        return True
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return (tok.lower_ == "doing" and any(c.lower_ == "nothing" for c in tok.children)) or (
        tok.lower_ == "standing" and after == "still") or (tok.lower_ == "sitting" and any(
            g.lower_ == "hands" for c in tok.children if c.lower_ == "on" for g in c.children))


def status_quo_signals(view: ClaimView) -> list[Signal]:
    """Things as they are, judged: bad (+1, change is needed) or good (-1)."""
    from pipeline.trail.stance_eval import complex_valence

    if not _changes(view):
        return []
    for tok in view.tokens:
        if tok.dep_ not in {"nsubj", "csubj"} or not _as_it_is(view, tok) or tok.head.i not in (
                view.inside):
            continue
        pred = tok.head
        options = [c for c in pred.children if c.dep_ == "attr" and c.lemma_ == "option"]
        w = view.walk(pred)
        if options and (negated_here(options[0]) or negated_here(pred)):
            sign, words = 1, ["not an option"]  # "doing nothing is not an option"
        elif pred.lemma_.lower() in _FITS and any(c.lower_ == "longer" for c in pred.children):
            sign, words = 1, [f"no longer {pred.lemma_}"]  # "no longer reflects modern cars"
        elif pred.lemma_.lower() in _CHANGE_OR_STAY and w.commit:  # "the law on X must change"
            sign = _CHANGE_OR_STAY[pred.lemma_.lower()] * w.sign
            words = [f"{w.commit} {pred.lemma_}"]
        else:
            val, words = complex_valence(view, pred)
            sign = 0 if abs(val) < 1.0 else (1 if val < 0 else -1) * w.sign
        if not sign or not usable(w, could_ok=True):
            continue
        return [Signal(sign * view.flip, 2, f"as things are: '{', '.join(words[:2])}'")]
    return []


# What may go with a bare "act": "act now", "act this year", "act urgently".
_ACT_WHEN = frozenset("now soon quickly urgently swiftly decisively today immediately year "
                      "month week summer".split())


def call_to_act_signals(view: ClaimView) -> list[Signal]:
    """A bare call to act ("ministers must act now", "urged the council to act this year",
    "it is time to act"): change is needed (+1); "there is no need to act" (-1)."""
    if not _changes(view):
        return []
    for verb in view.tokens:
        if verb.lemma_ != "act" or verb.pos_ != "VERB" or not all(
                c.dep_ in {"aux", "nsubj", "neg", "advmod", "npadvmod", "punct", "cc"}
                and (c.dep_ not in {"advmod", "npadvmod"} or c.lower_ in _ACT_WHEN
                     or c.lemma_.lower() in _ACT_WHEN) for c in verb.children):
            continue  # not "act in haste", "act on the evidence", "act as a deterrent"
        w = view.walk(verb)
        if not usable(w, could_ok=False) or not (w.commit or view.commit_cue()):
            continue
        return [Signal(w.sign * view.flip, 2, f"calls to act: {view.snippet(verb)}")]
    return []


# Full, or not: "Heathrow is full", "operating at 99 per cent of capacity", "spare capacity".
_FULL = frozenset("full overcrowded congested crowded packed jammed gridlocked".split())
_BUILT = INFRASTRUCTURE | frozenset(
    "hospital school prison court system service capacity train ward".split())
_ADDING = frozenset({"build", "construct", "expand", "extend", "widen", "enlarge"})


def capacity_signals(view: ClaimView) -> list[Signal]:
    """What is there is full, so more must be built (+1); there is room to spare (-1). Only for
    a policy that adds capacity (builds, expands), and only of what it would add to."""
    prop = view.prop
    if prop.kind != "policy" or prop.predicate not in _ADDING:
        return []
    for tok in view.tokens:
        lemma = tok.lemma_.lower()
        if lemma == "capacity":
            spare = any(c.lower_ in {"spare", "surplus", "unused", "enough"} for c in tok.children)
            full = tok.head.lower_ in {"at", "of"} and not spare  # "at (99 per cent of) capacity"
            side = -1 if spare else 1 if full else 0
        elif tok.lower_ in _FULL and (tok.dep_ in {"acomp", "amod", "oprd"} or any(
                c.dep_ == "auxpass" for c in tok.children)):  # "is not congested": a passive
            verb = tok if tok.pos_ == "VERB" else tok.head
            holder = tok.head if tok.dep_ == "amod" else next(
                (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            side = 1 if holder is not None and _builds_on(view, holder) else 0
        elif lemma == "burst" and "seams" in {t.lower_ for t in tok.subtree}:
            side = 1  # "bursting at the seams"
        else:
            side = 0
        w = view.walk(tok)
        if side and usable(w, could_ok=True):
            sign = side * w.sign * view.flip  # the walk reads "not", "no spare capacity"
            return [Signal(sign, 2, f"says it is {'full' if sign > 0 else 'not full'}: "
                                    f"{view.snippet(tok)}")]
    return []


def _builds_on(view: ClaimView, tok: Token) -> bool:
    """What the policy adds to: a name of it or a participant, or a kind of built capacity."""
    return (view.is_target(tok) or view.is_arg(tok) or view.matches_about(tok)
            or tok.lower_ in {"it", "they"} or tok.lemma_.lower() in _BUILT)
