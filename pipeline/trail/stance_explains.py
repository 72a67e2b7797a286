"""What explains the event, for a proposition that names how it came about: "a comet explains
the bright skies" argues for "The Tunguska explosion was caused by a comet", "a stony asteroid
explains everything we see" against it, as do "the comet does not explain the missing
fragments" and "you don't need a comet to explain the fallen trees".

A hypothesis is the proposition's own when it shares one of its distinctive words
(stance_hypotheses.phrase_words), a rival when it names something else. The proposition's own
explaining any of the evidence argues for it; a rival argues against only when it explains the
whole ("everything", "it", the event itself): a rival that accounts for one clue leaves room
for the proposition's. A rival said not to explain something argues, more weakly, for the
proposition. People who explain ("the minister explained the delay") are telling, not
explaining the event, and are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.person_words import ROLE_NOUNS
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import REPORT_NOUNS, passive_agents, prep_objects
from pipeline.trail.evidence import EVIDENCE
from pipeline.trail.plight import persons
from pipeline.trail.stance_causes import is_effect
from pipeline.trail.stance_hypotheses import phrase_words
from pipeline.trail.stance_rules import Signal, usable

_FITTING = frozenset({"explain", "fit"})  # and "account for" (not "match": DNA matches)
_WHOLE = frozenset({"everything", "all", "it", "this", "that", "them", "most"})
_BETTER = frozenset({"better", "best"})
# Who explain by telling, and what by showing, not by causing: "the school of thought", "its
# backers", "our data explain the glow".
_TELLERS = ROLE_NOUNS | REPORT_NOUNS | EVIDENCE | frozenset(
    "school camp side supporter backer proponent theorist believer sceptic skeptic datum study "
    "research analysis record logbook figure number model monitoring survey finding paper "
    "result sample test photo footage review inquiry investigation commission committee court "
    "panel probe audit".split())
# What names no hypothesis without a word more ("the comet theory" names one) ...
_UNSAID = frozenset({"it", "this", "that", "what", "which", "nothing", "something", "anything",
                     "one", "theory", "explanation", "hypothesis", "idea"})
# ... and words any hypothesis could take, no rival by themselves: "a stony body of sixty
# metres" describes an asteroid.
_GENERIC = frozenset({"body", "object", "thing", "event", "process", "force", "factor", "element",
                      "cause", "reason"})  # ("no single element explains it": many causes)


def _hypothesis(verb: Token) -> tuple[Token, Token | None] | None:
    """(what is said to explain, None) for "X explains Y", "Y is explained by X"; for "you
    don't need X to explain Y", (X, the verb "need"): X is called needless."""
    kids = {c.dep_: c for c in verb.children}
    if "nsubjpass" in kids:
        agent = next(iter(passive_agents(verb)), None)
        return (agent, None) if agent is not None else None
    need = verb.head if verb.dep_ in {"xcomp", "advcl", "ccomp"} and verb.head.lemma_ in {
        "need", "require", "take"} else None
    if need is not None:  # "you don't need a bang to explain that" (the parser may make the
        obj = next((c for c in need.children if c.dep_ == "dobj"), kids.get("nsubj"))  # bang
        return (obj, need) if obj is not None else None  # the subject of "explain")
    return (kids["nsubj"], None) if "nsubj" in kids else None


def _whole(view: ClaimView, verb: Token) -> bool:
    """The rival explains it all ("everything", "it", the event itself, or no object), or
    fits better than the proposition's own ("gas from below fits the pattern better")."""
    if any(c.lower_ in _BETTER for c in verb.children if c.dep_ == "advmod"):
        return True
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "ccomp"}] + list(
        prep_objects(verb, {"for"}))  # "accounts for everything"
    return not objs or any(o.lower_ in _WHOLE or is_effect(view, o) for o in objs)


def _explaining(verb: Token) -> bool:
    """ "explains", "accounts for", "fits (the evidence)"."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in _FITTING or (lemma == "account" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)))


def explain_signals(view: ClaimView) -> list[Signal]:
    """The proposition's own hypothesis said to explain (for) or not (against); a rival said to
    explain the whole (against) or not to explain (for, weakly)."""
    prop = view.prop
    own = prop.explains | prop.doer
    if prop.kind != "event" or prop.accused or not own:
        return []
    for verb in view.tokens:
        if not _explaining(verb):
            continue
        found = _hypothesis(verb)
        if found is None:
            continue
        hypothesis, need = found
        needless = need is not None
        lemma = hypothesis.lemma_.lower()
        if (lemma in _UNSAID and not any(c.dep_ in {"compound", "amod"} for c in (
                hypothesis.children))) or hypothesis.tag_ == "PRP" or persons(hypothesis) or (
                lemma in _TELLERS) or hypothesis.ent_type_ == "ORG":
            continue
        w = view.walk(need or verb)
        if not usable(w, could_ok=True) or (w.irrealis and not w.could):
            continue
        sign = w.sign  # "you don't need X": needless, as X "does not explain"
        if phrase_words(hypothesis, own) & own:
            side, weight, whose = sign, 3, "its own explanation"
        elif lemma in _GENERIC or needless or phrase_words(hypothesis) & prop.args:
            continue  # a rival said to be needless says nothing of the proposition's own; a
            # participant ("the island explains it") is no rival
        elif sign > 0 and _whole(view, verb):
            side, weight, whose = -1, 2, "a rival explanation"
        elif sign < 0:
            side, weight, whose = 1, 2, "a rival explanation"
        else:
            continue
        said = ("explains", "does not explain")[sign < 0] if not needless else (
            "is needed to explain", "is not needed to explain")[sign < 0]
        basis = f"says {whose} {said}: {view.snippet(hypothesis, verb)}"
        return [Signal(side * view.flip, weight, basis)]
    return []
