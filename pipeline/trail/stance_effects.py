"""Stance toward an effect proposition through the effect measured where its cause is:
"Working from home lowers productivity" is argued by "staff are less productive when working
remotely" (for) and "they are more productive at home than in the office" (against);
"Fluoride reduces tooth decay" by "less decay in fluoridated towns".

The effect is named by a word of its stem ("productive", "productivity"), said to be more or
less ("more productive", "lower productivity", "productivity was up", "productivity rose"), in
a sentence that names the cause (effects.Effect.cause). Where the cause is named only after
"than" ("less productive in the office than at home") or as stopped or missing ("decay rose
after the city stopped fluoridating") the comparison runs the other way. Such a measure is
evidence, weaker than the proposition restated (weight 2); so, without one, is the cause called
the reason for it ("the new rota is the reason") or said to work ("is doing real work"), or a
rival called the real reason; so is the change put down to the cause or to a rival ("the fall in
waits was down to a mild winter", "is explained by fewer arrivals", "has nothing to do with the
rota"), the cause blamed ("the pass is to blame"), and what it cuts said moved elsewhere ("crime
has simply moved to the side streets").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.cause_links import HOW_MUCH, cause_link
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.effects import (
    BENEFITS,
    HARMS,
    LESS,
    LOWERING,
    MORE,
    RAISING,
    Effect,
    cause_key,
    stem,
)
from pipeline.trail.eval_verbs import MOVES
from pipeline.trail.evaluative import passive_agents, prep_objects
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_displacement import MOVING
from pipeline.trail.stance_events import STOPPING
from pipeline.trail.stance_rules import Signal, first_asserted, usable

# How a quantity moves (eval_verbs.MOVES), and what a good or a suffering one does.
_MOVED = {**MOVES, "improve": 1, "suffer": -1, "slip": -1}
_STATES = frozenset({"be", "go", "get", "remain", "stay", "come", "seem", "look"})
_LEVELS = {**dict.fromkeys(MORE | {"up"}, 1), **dict.fromkeys(LESS | {"down"}, -1)}


def effect_signals(view: ClaimView) -> list[Signal]:
    """The effect said to be more or less where the cause is."""
    effect = view.prop.effect
    if effect is None:
        return []
    found = first_asserted(view, lambda tok: _measured(view, effect, tok))
    if found is None:
        return (_reasons(view, effect) or _put_down(view, effect) or _moved(view, effect)
                or _does_good(view, effect))
    tok, (side, _, word), w = found
    sign = side * effect.way * w.sign
    said = "more" if side * w.sign > 0 else "less"
    return [Signal(sign * view.flip, 2, f"says there is {said} of the effect where its cause "
                                        f"is: {view.snippet(tok, word)}")]


_REASONS = frozenset({"reason", "explanation", "driver"})


def _reasons(view: ClaimView, effect: Effect) -> list[Signal]:
    """The cause called the reason ("the new rota is the reason") or said to work ("the rota
    works", "is doing real work") for, either denied against; another thing called the real or
    main reason against."""
    for tok in view.tokens:
        working = _works(tok)
        if not working and (tok.lemma_.lower() not in _REASONS or tok.dep_ != "attr"):
            continue
        verb = tok if tok.pos_ == "VERB" else tok.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        named = subject is not None and any(_names_cause(t, effect) for t in subject.subtree)
        if subject is None or not (named or (not working and any(
                c.lower_ in {"real", "main", "true"} for c in tok.children))):
            continue
        w = view.walk(verb)
        w.sign *= -1 if tok is not verb and negated_here(tok) else 1  # "makes no difference"
        if usable(w, could_ok=True):
            said = "its cause" if named else "another thing"
            how = "says it works" if working else f"calls {said} the reason"
            return [Signal(w.sign * (1 if named else -1) * view.flip, 2,
                           f"{how}: {view.snippet(subject, tok)}")]
    return []


# A change of the effect named by a noun alone ("the fall was down to the weather"), and verbs
# that put a change down to a cause ("is explained by", "was driven by").
_CHANGES = {**dict.fromkeys("fall drop decline reduction dip cut".split(), -1),
            **dict.fromkeys("rise increase growth jump".split(), 1),
            **dict.fromkeys("improvement change turnaround".split(), 0)}  # its way, if said
_EXPLAINING = frozenset({"explain", "drive", "account"})
_LAID = frozenset({"blame", "fault", "responsible", "responsibility"})  # of no effect named
PUT_DOWN = "puts "  # the basis of a change put down to a cause (stance_causes.caused)


def _put_down(view: ClaimView, effect: Effect) -> list[Signal]:
    """The change put down to the cause for, to a rival against ("the drop was down to a mild
    winter", "is explained by fewer arrivals", "was caused by the weather"); "has nothing to do
    with" the cause against."""
    for tok in view.tokens:
        link = _explained(tok) or cause_link(tok, frozenset())
        if link is None:
            continue
        cause, changed, real = link
        had = tok.lemma_ == "do" and tok.head.lower_ in HOW_MUCH  # "nothing to do with"
        if had and changed is not None and _names_change(cause, effect):
            cause, changed = changed, cause  # "the drop has nothing to do with the rota"
        if cause is None or cause.pos_ == "PRON" or cause.lemma_.lower() in _REASONS | {"cause"}:
            continue  # "it was the main cause" names none
        own = any(_names_cause(t, effect) for t in cause.subtree)
        if not _of_the_change(tok, changed, real, own, effect):
            continue
        w = view.walk(tok.head.head if had else tok)
        w.sign *= HOW_MUCH[tok.head.lower_] if had else 1
        if not usable(w, could_ok=True) or w.irrealis or (not own and w.sign < 0):
            continue  # a rival denied says nothing of the cause
        way = next((_CHANGES[t.lemma_.lower()] for t in (changed.subtree if changed is not None
                    else ()) if _CHANGES.get(t.lemma_.lower())), effect.way)
        backwards = own and way != effect.way  # "the rise in waits was down to the rota"
        said = "its cause" if own else "another cause"
        change = "the opposite change" if backwards else "the change"
        neg = " (negated)" if w.sign < 0 else ""
        return [Signal(w.sign * (-1 if backwards or not own else 1) * view.flip, 2,
                       f"puts {change} down to {said}: {view.snippet(cause, tok)}{neg}")]
    return []


def _of_the_change(tok: Token, changed: Token | None, real: bool, own: bool,
                   effect: Effect) -> bool:
    """The link is about the proposition's change: it names it ("the fall in waits"), or "it"
    of its own cause ("the rota had nothing to do with it"); with no change named, "the real
    reason is X", its own cause blamed ("the pass is to blame") or in a cleft ("it was the
    rota"; another thing in a cleft may be the cause in other words: "it's the cameras")."""
    if changed is not None:
        return _names_change(changed, effect) or (own and changed.lower_ in {"it", "this"})
    return (real and (own or tok.lemma_ != "be")) or (own and tok.lemma_.lower() in _LAID)


# "Swimming is good for you", "screens are bad for toddlers": the cause judged for what it does.
_GOOD_FOR = {"good": 1, "beneficial": 1, "great": 1, "bad": -1, "harmful": -1}


def _does_good(view: ClaimView, effect: Effect) -> list[Signal]:
    """Of a proposition that the cause does good ("improves mental health") or harm ("harms
    language development"): the cause said to do the same, to anyone ("sea swimming helps
    them", "cold water is good for you"), for, denied against; the opposite, to the effect
    itself ("screen time boosts vocabulary"), against."""
    if not effect.valence:
        return []
    for tok in view.tokens:
        impact = _impact(tok, effect)
        if impact:
            w = view.walk(tok)  # "no measurable impact on trade": the walk reads the "no"
            if not usable(w, could_ok=False) or w.irrealis:
                continue  # "it could have an impact": possible, not said done
            said = "good" if impact > 0 else "harm"
            neg = " (negated)" if w.sign < 0 else ""
            return [Signal(w.sign * impact * effect.valence * view.flip, 2,
                           f"says it does {said} to the effect: {view.snippet(tok)}{neg}")]
        if tok.pos_ == "VERB" and tok.lemma_.lower() in BENEFITS | HARMS:
            good, verb = (1 if tok.lemma_.lower() in BENEFITS else -1), tok
        elif tok.lower_ in _GOOD_FOR and tok.dep_ == "acomp" and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            good, verb = _GOOD_FOR[tok.lower_], tok.head
        else:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not any(_names_cause(t, effect) for t in subject.subtree):
            continue
        if good != effect.valence and not any(  # the opposite, of another thing, is no side
                c.dep_ == "dobj" and _names_change(c, effect) for c in tok.children):
            continue
        w = view.walk(verb)
        if not usable(w, could_ok=True):
            continue
        said = "good" if good > 0 else "harm"
        neg = " (negated)" if w.sign < 0 else ""
        return [Signal(w.sign * good * effect.valence * view.flip, 2,
                       f"says its cause does {said}: {view.snippet(subject.left_edge, tok)}{neg}")]
    return []


# What a cause has on the effect ("an impact on trade", "a blow to morale"), and the words that
# say which way.
_IMPACTS = frozenset({"impact", "effect", "hit", "blow", "toll"})
_KINDS = {**dict.fromkeys("positive good beneficial welcome".split(), 1),
          **dict.fromkeys("negative bad damaging devastating harmful disastrous".split(), -1)}


def _impact(tok: Token, effect: Effect) -> int:
    """+1 good, -1 harm when ``tok`` is an impact on the effect ("no impact on trade", "a
    devastating blow to trade"); an impact of no kind said is the harm of a proposition of harm,
    no side of one of good (0)."""
    if tok.lemma_.lower() not in _IMPACTS or tok.pos_ != "NOUN" or not any(
            _names_change(o, effect) for o in prep_objects(tok, {"on", "to", "for"})):
        return 0
    kind = next((_KINDS[c.lower_] for c in tok.children if c.lower_ in _KINDS), 0)
    return kind or (-1 if effect.valence < 0 else 0)


_ELSEWHERE = frozenset({"to", "into", "onto", "round", "around", "elsewhere", "away"})


def _moved(view: ClaimView, effect: Effect) -> list[Signal]:
    """Of a thing the cause is said to cut, the thing said moved elsewhere against ("crime has
    simply moved to the side streets", "it is displacement"), that denied for ("it isn't
    displacement")."""
    if effect.way > 0:
        return []
    for tok in view.tokens:
        if tok.lemma_ in MOVING and tok.pos_ == "VERB":
            said = any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and _names_change(c, effect)
                       for c in tok.children) and any(c.lower_ in _ELSEWHERE for c in (
                           tok.children))  # "moved to", "moved it round the corner"
        else:
            said = tok.lower_ == "displacement" and tok.dep_ in {"attr", "acomp"}
        w = view.walk(tok)
        if not said or not usable(w, could_ok=True) or w.irrealis:
            continue
        neg = " (negated)" if w.sign < 0 else ""
        return [Signal(-w.sign * view.flip, 2,
                       f"says it moved elsewhere: {view.snippet(tok)}{neg}")]
    return []


def _explained(tok: Token) -> tuple[Token, Token, bool] | None:
    """(cause, change, False) of "the fall is explained (driven) by X", "X explains the fall",
    "X accounts for (a part of) the rise", "X is behind the rise"."""
    if tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
        cause = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "the closure
        changed = next(iter(prep_objects(tok.head, {"behind"})), None)  # is behind the rise"
        return (cause, changed, False) if cause is not None and changed is not None else None
    if tok.lemma_ not in _EXPLAINING or tok.pos_ != "VERB":
        return None
    kids = {c.dep_: c for c in tok.children}
    if "nsubjpass" in kids:
        agent = next(iter(passive_agents(tok)), None)
        return (agent, kids["nsubjpass"], False) if agent is not None else None
    changed = kids.get("dobj") or next(iter(prep_objects(tok, {"for"})), None)
    return (kids["nsubj"], changed, False) if "nsubj" in kids and changed is not None else None


def _names_change(tok: Token, effect: Effect) -> bool:
    """The phrase names the effect ("the fall in waiting times", "shorter waits") or a change
    alone ("the fall", "this improvement")."""
    return any(stem(w).startswith(s) for t in tok.subtree for s in effect.stems
               for w in (t.lower_, t.lemma_)) or any(t.lemma_.lower() in _CHANGES and any(
                   c.lower_ in {"the", "this", "that"} for c in t.children) for t in (
                   tok, *prep_objects(tok, {"of"})))  # "a good part of the rise"


_WORKING = frozenset({("do", "work"), ("do", "job"), ("do", "trick"), ("do", "something"),
                      ("make", "difference")})


def _works(tok: Token) -> bool:
    """ "The rota works", "is doing real work", "does the job", "has made a difference" (not
    "work on it", "works the night shift", "did the shopping")."""
    if tok.lemma_ == "work" and tok.pos_ == "VERB":
        return not any(c.dep_ in {"dobj", "prt"} for c in tok.children)
    return tok.dep_ == "dobj" and (tok.head.lemma_, tok.lemma_) in _WORKING and not any(
        c.dep_ == "prep" and c.lower_ == "to" for t in (tok, tok.head) for c in t.children)  # "a
    # difference to morale": to another thing


def _names_cause(tok: Token, effect: Effect) -> bool:
    return cause_key(tok.lower_) in effect.cause or cause_key(tok.lemma_) in effect.cause


_MEASURES = frozenset({"time", "rate", "level", "figure", "number"})


def _measured(view: ClaimView, effect: Effect, tok: Token
              ) -> tuple[int, Token, Token] | None:
    """(+1 more / -1 less of the effect where the cause is, the word whose scope decides
    whether it is asserted, the word that says it)."""
    if tok.pos_ not in {"NOUN", "ADJ", "ADV"} or not any(
            stem(w).startswith(s) for s in effect.stems for w in (tok.lower_, tok.lemma_)):
        return None
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _MEASURES:
        tok = tok.head  # "loading times are longer": the loading's measure
    said = _compared(tok)
    if said is None:
        return None
    side, anchor, word = said
    causes = [t for t in tok.sent if t.i != tok.i and not t.is_punct and _names_cause(
        t, effect)] or [
        s for s in anchor.children if s.dep_ == "nsubj" and s.lower_ in {"it", "this"}
        and anchor.i in view.inside]  # "it boosts productivity", "it" the cause
    if not causes:
        return None
    causes = [t.head if t.dep_ in {"compound", "amod"} else t for t in causes]  # "street lights"
    if all(_after_than(t) or _absent(t) for t in causes):  # "less productive in the office
        side = -side  # than at home", "decay rose after the city stopped fluoridating"
    return side, anchor, word


def _compared(tok: Token) -> tuple[int, Token, Token] | None:
    """ "more productive", "lower productivity", "healthier"; "productivity rose", "productivity
    was higher / was up"; "boosts / hurts productivity": (+1 more / -1 less, the word that
    says it, with the word whose scope decides whether it is asserted)."""
    for c in tok.children:
        if c.dep_ in {"advmod", "amod"} and c.lower_ in _LEVELS:
            return _LEVELS[c.lower_] * (-1 if negated_here(c) else 1), tok, c
    if tok.tag_ in {"JJR", "RBR"}:
        return 1, tok, tok
    verb, key = tok.head, tok.head.lemma_.lower()
    if tok.dep_ == "dobj" and (key in RAISING or key in LOWERING):  # "it boosts productivity"
        return (1 if key in RAISING else -1), verb, verb
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if key in _MOVED:
        return _MOVED[key], verb, verb
    if key in _STATES:
        level = next((c for c in verb.children if c.dep_ in {"acomp", "advmod", "prt"}
                      and c.lower_ in _LEVELS), None)
        if level is not None:
            return _LEVELS[level.lower_] * (-1 if negated_here(level) else 1), verb, level
    return None


def _absent(tok: Token) -> bool:
    """The cause named as stopped or missing: "stopped fluoridating", "without fluoride", "no
    fluoride"."""
    return negated_here(tok) or (tok.head.lemma_.lower() in STOPPING and tok.dep_ in {
        "xcomp", "dobj"}) or any(a.lower_ == "without" for a in tok.ancestors if a.dep_ == "prep")


def _after_than(tok: Token) -> bool:
    """Inside a "than", "compared with" or "before" phrase ("more births before the unit
    closed": where the cause was not yet)."""
    line = (tok, *tok.ancestors)
    return any(a.lower_ in {"than", "before"} or (a.lower_ in {"with", "to"} and a.head.lower_ in {
        "compared", "compare"}) for a in line if a.dep_ in {"prep", "mark"}) or any(
        c.dep_ == "mark" and c.lower_ == "before" for a in line if a.dep_ == "advcl"
        for c in a.children)  # "before the unit closed"
