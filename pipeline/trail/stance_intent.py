"""Stance toward a proposition that says a thing was done on purpose ("The Kakhovka dam was
deliberately destroyed", "The Eagle S deliberately damaged the cables").

The dispute over such an event is often not whether it happened but whether it was meant. A
claim that calls it an accident, a coincidence or a thing that happened by itself argues the
other side ("it was an accident", "a worn locking mechanism let the anchor drop on its own");
one that denies it ("no accident", "does not happen by accident", "anchors do not fall off by
themselves") or calls it deliberate or sabotage takes the proposition's side; of a fire, so
does one called arson or said set ("the fire was set", "somebody did this").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.commands import dared
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal

_PURPOSE_RE = re.compile(r"\b(?:deliberate(?:ly)?|intentional(?:ly)?|on purpose|purposely|"
                         r"knowingly|wil(?:l)?fully)\b", re.I)
# Words that say it was meant ("sabotage": damage done on purpose), or that it was not.
_MEANT = frozenset("deliberate deliberately intentional intentionally purposely knowingly "
                   "wilfully willfully sabotage arson".split())  # "arson": a fire set on purpose
_UNMEANT = frozenset("accident accidental accidentally coincidence mishap unintentional "
                     "unintentionally inadvertent inadvertently".split())
# "by itself", "on its own", "of its own accord": nobody did it.
_UNAIDED = frozenset({("by", "itself"), ("by", "themselves"), ("on", "own"), ("of", "accord")})
# A noun said of the deed: "it was [an accident]", "[sabotage], plain and simple".
_SAID_OF = frozenset({"attr", "oprd", "ROOT", "appos"})


@lru_cache(maxsize=64)
def about_intent(proposition: str) -> bool:
    """The proposition says the thing was done on purpose."""
    return _PURPOSE_RE.search(proposition) is not None


def intent_signals(view: ClaimView) -> list[Signal]:
    """ "[it was no accident]", "[an anchor does not drop by itself]" for; "[it was an
    accident]", "[the anchor dropped on its own]" against."""
    if view.prop.kind != "event" or view.prop.avoids or not about_intent(view.prop.text):
        return []  # an avoidance's accident is its excuse (stance_excuses.py)
    for tok in view.tokens:
        meant = _meaning(tok) or _fire_set(view, tok)
        if not meant:
            continue
        w = view.walk(tok)
        if w.hedge or w.irrealis or any(t.dep_ in {"acl", "relcl"} for t in w.path):
            continue  # "if it was an accident": a hypothesis; "an anchor left hanging by
            # accident would set off alarms": a description of another case
        said = (-1) ** sum(negated_here(t) for t in {tok, *w.path}) * (-1) ** sum(
            dared(t, p) for p, t in zip(w.path, w.path[1:], strict=False))  # negation and
        # dares only: "let the anchor drop on its own" is no denial; "nobody has shown ...",
        # "tell me [that's an accident]" are
        sign = meant * said * view.flip
        word = "done on purpose" if meant > 0 else "an accident"
        return [Signal(sign, 2, f"calls it {'not ' if said < 0 else ''}{word}: "
                                f"{view.snippet(tok, tok.head if tok.dep_ == 'nsubj' else tok)}")]
    return []


def _meaning(tok: Token) -> int:
    """+1 a word saying it was meant ("deliberate", "on purpose", "sabotage"), -1 one saying
    it was not ("an accident", "by itself"), 0 else."""
    low = tok.lower_
    if tok.pos_ in {"NOUN", "PROPN"} and not (
            tok.dep_ in _SAID_OF or (tok.dep_ == "pobj" and tok.head.lower_ in {"by", "on", "as"})):
        return 0  # "injured in the accident", "accident investigators": another thing (but
        # "treated as arson")
    if any(c.dep_ in {"compound", "prep"} and c.lower_ != "of" for c in tok.children):
        return 0  # "a car accident", "sabotage by Berlin": another thing, another doer
    if tok.dep_ == "amod" and (tok.head.dep_ not in _SAID_OF or any(
            c.lower_ in {"any", "every"} for c in tok.head.children)):
        return 0  # "could not rule out a deliberate act", "any deliberate destruction": a
        # kind named, not said of the deed ("it was a deliberate act" is)
    if low in _MEANT or (low == "purpose" and tok.head.lower_ == "on"):
        return 1
    if low in _UNMEANT or tok.lemma_.lower() == "accident":
        return -1
    return -1 if tok.dep_ == "pobj" and (tok.head.lower_, low) in _UNAIDED else 0


def intent_decides(signals: list[Signal]) -> list[Signal]:
    """A deed owned but said unmeant ("I did not knowingly mislead the House"): for a
    proposition that it was done on purpose, the denial of purpose outweighs the restated
    deed."""
    unmeant = [s for s in signals if s.basis.startswith(("calls it not done on purpose",
                                                          "calls it an accident"))]
    if not unmeant:
        return signals
    side = unmeant[0].sign
    return [s for s in signals if not (s.basis.startswith("restates the event")
                                       and s.sign == -side)]


_FIRES = frozenset({"fire", "blaze", "inferno"})
_DOING = frozenset({"do", "help", "start", "light", "set", "torch"})  # "somebody helped it along"


def _fire_set(view: ClaimView, tok: Token) -> int:
    """+1 when a fire is said set ("the fire was set", "somebody set it"; set, a fire is set
    on purpose) or said done by somebody ("somebody did this", "somebody helped it along"), of
    a fire said started on purpose."""
    if not view.prop.target & _FIRES:
        return 0
    if tok.lemma_ == "set" and tok.pos_ == "VERB" and not any(
            c.dep_ == "prt" for c in tok.children):
        return int(any(c.dep_ in {"dobj", "nsubjpass"} and (c.lower_ in {"it", "this"} or (
            c.lemma_.lower() in _FIRES)) for c in tok.children))  # not "set off the alarms"
    return int(done_by_somebody(tok, _DOING))


def done_by_somebody(tok: Token, verbs: frozenset[str] = frozenset({"do"})) -> bool:
    """ "[Somebody] did this", "[someone] helped it along" (of ``verbs``): a doer, so a deed."""
    return tok.lower_ in {"somebody", "someone"} and tok.dep_ == "nsubj" and (
        tok.head.lemma_ in verbs) and any(c.dep_ == "dobj" and c.lower_ in {"this", "it"}
                                          for c in tok.head.children)


def meant_words(phrase: Token) -> int:
    """+1 a phrase that names a deed meant ("a deliberate act", "arson"), -1 one unmeant ("an
    accident"), 0 else: how a hypothesis is read of a deed said done on purpose."""
    words = {t.lower_ for t in phrase.subtree} | {t.lemma_.lower() for t in phrase.subtree}
    return 1 if words & _MEANT else -1 if words & _UNMEANT else 0
