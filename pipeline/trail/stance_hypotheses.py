"""Rival explanations weighed: an event proposition that names how something came about ("The
pandemic began with a leak from a laboratory in Wuhan", "The fire was started by a faulty
heater") is argued over as one hypothesis against others, each called more or less likely.

A claim takes its side when it rates a hypothesis: "a leak from a laboratory was the least
likely way", "the lab is the likelier of the two", "the FBI leans towards a lab incident",
"the evidence points to an animal source", "introduction through an intermediate animal was
the most likely route", "it was improbable a foreign adversary was behind it", "an adversary
was unlikely to be responsible". The hypothesis rated is the proposition's own when it shares one
of its distinctive words (the proposition's nouns that are not its participants nor names: "leak",
"laboratory"; "lab" for "laboratory"), a rival when it names something else: rating the
proposition's own likely supports it, a rival likely refutes it, and "least likely",
"unlikely" or a negation turn either round. A claim that the proposition's cause was never there
refutes it: "there was no attack and no weapon", "no device has ever been found", "found no
evidence of any attack"; that the thing a deed is done with was there supports it ("there was a
bomb on board"). Not a forecast ("a vaccine is likely to be ready"),
and not for a deed laid at a door, whose doers stance_blame.py weighs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from pipeline.trail.blame import ANSWERABLE
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import POLICY_ANAPHORS, base_forms, phrasal_keys, prep_objects
from pipeline.trail.proposition import Proposition
from pipeline.trail.proposition_words import CAUSING, DOWNERS, DOWNING, LEADS
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_intent import about_intent, meant_words
from pipeline.trail.stance_rules import Signal, usable

_LIKELY = frozenset({"likely", "likelier", "likeliest", "probable", "plausible", "obvious"})
# What "obvious" rates when it rates a hypothesis: "the obvious suspect" (not "the obvious next
# step", "the obvious choice").
_SUSPECTS = frozenset("suspect culprit explanation answer cause candidate place source".split())
_UNLIKELY = frozenset({"unlikely", "improbable", "implausible"})
# Verbs that rate their object the likelier: "favours a lab leak", "leans towards", "points to".
_RATING = {"favour": set(), "favor": set(), "lean": {"towards", "toward", "to"},
           "point": {"to", "towards", "toward", "at"}, "prefer": set(), "bet": {"on"},
           "suspect": set()}  # "I'd bet on the wiring", "I suspect the wiring"
_CHANCE = frozenset({"accident", "mishap"})
_FAULTS = frozenset({"fault", "failure", "error", "defect", "malfunction"})
# Words that stand for a hypothesis without saying which: "it is more likely", "the route".
_UNSAID = frozenset({"it", "this", "that", "evidence", "one", "way", "explanation", "route",
                     "source", "origin", "scenario", "hypothesis"})
_VAGUE = frozenset({"problem", "issue", "anything", "something"})  # "pointed to a problem at X"


def _rated(tok: Token) -> tuple[int, Token] | None:
    """(+1 likelier / -1 less likely, the hypothesis) when ``tok`` rates one."""
    lemma = tok.lemma_.lower()
    if lemma == "money" and any(c.dep_ == "poss" for c in tok.children) and (
            tok.dep_, tok.head.lemma_) in {("nsubj", "be"), ("dobj", "put")}:  # "my money's on
        on = next(iter(prep_objects(tok.head, {"on"})), None)  # a barbecue", "I'd put my
        return (1, on) if on is not None else None  # money on the alcohol"
    if lemma in {"consistent", "inconsistent"} and tok.dep_ == "acomp":  # "the findings are
        said = list(prep_objects(tok, {"with"}))  # most consistent with old workings" (not
        both = any(t.dep_ == "cc" for p in tok.children if p.lower_ == "with"  # "with a drop
                   for t in p.subtree)  # and with a careless one": both)
        return (1 if lemma == "consistent" else -1, said[0]) if said and not both else None
    if lemma in _RATING and tok.pos_ == "VERB":
        preps = _RATING[lemma]
        said = [c for c in tok.children if c.dep_ == "dobj"] if not preps else list(
            prep_objects(tok, preps))
        return (1, said[0]) if said else None
    if (lemma not in _LIKELY | _UNLIKELY and tok.lower_ not in _LIKELY | _UNLIKELY) or any(
            c.dep_ == "xcomp" and not _answerable(c) for c in tok.children):
        return None  # "a deal is likely to be signed": a forecast, not an explanation
    side = -1 if tok.lower_ in _UNLIKELY or lemma in _UNLIKELY or any(
        c.lower_ in {"least", "less"} for c in tok.children) else 1
    holder = tok.head if tok.dep_ in {"amod", "compound"} else None  # "the most likely route"
    if lemma == "obvious" and (holder is None or holder.lemma_.lower() not in _SUSPECTS):
        return None
    verb = (holder or tok).head if (holder or tok).dep_ in {"attr", "acomp"} else None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if (
        verb is not None) else None
    if subject is None and holder is not None and holder.dep_ == "nsubj":
        subject = next((c for c in holder.head.children if c.dep_ in {"attr", "acomp"}), None)
    if subject is not None and subject.lower_ == "it":  # "it was improbable [an adversary]
        subject = next((t for t in tok.doc[tok.i + 1:tok.i + 6]  # was behind it": the clause
                        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i > t.i  # after it
                        and t.left_edge.i - tok.i <= 2 and _causes(t.head)), subject)
    return (side, subject) if subject is not None else None


_CAUSING = frozenset({"cause", "produce", "trigger", "explain", "do"})


def _causes(verb: Token) -> bool:
    """A clause that names a cause or a doer: "caused the injuries", "was behind it"."""
    return verb.lemma_.lower() in _CAUSING or _answerable(verb)


def _answerable(verb: Token) -> bool:
    """ "unlikely [to be responsible]", "likely to have been behind it": a doer rated, not a
    forecast."""
    return verb.lemma_ == "be" and any(
        (c.dep_ == "acomp" and c.lemma_.lower() in ANSWERABLE) or (
            c.dep_ == "prep" and c.lower_ == "behind") for c in verb.children)


def _anchor(tok: Token) -> Token:
    """Where a rating is asserted: the verb of "was the most likely route", not its modifier."""
    while tok.dep_ in {"amod", "compound", "attr", "acomp"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def phrase_words(head: Token, own: frozenset[str] = frozenset()) -> set[str]:
    """The words of a phrase, with a hyphenated word's pieces ("lab-leak") and British
    spellings: what a hypothesis or a cause named is matched on; with the words of ``own``
    that one of them clips or pluralises ("neonics", "Neonicotinoids" for "neonicotinoid")."""
    words = {w for t in head.subtree for w in (t.lemma_.lower(), t.lower_, *t.lower_.split("-"))}
    stems = {w.removesuffix("s") for w in words if w.isalpha()}
    words |= {o for o in own for s in stems if s == o or (len(s) >= 5 and o.startswith(s))}
    return words | {_british(w) for w in words}


def _british(word: str) -> str:
    """ "organiser" of "organizer": one spelling for the two (cause_words has it too)."""
    return word.replace("iz", "is")


def cause_words(prop: Proposition) -> frozenset[str]:
    """The cause an event proposition names: its own nouns, not its participants ("attack",
    "device" of "Havana syndrome is caused by attacks ... using a device"); of one that says
    what caused what, the cause's nouns, its subject's among them ("the mini-budget caused")."""
    if prop.predicate in DOWNING:  # "a bomb" names a blast on board, "an explosion"
        own = prop.explains - prop.modifiers
        own = own.union(*(kind for kind in DOWNERS if own & kind))
    elif prop.predicate in CAUSING | LEADS:
        own = prop.explains - prop.modifiers
    else:
        own = prop.explains - prop.args - prop.modifiers
    if own & _INSTALLATIONS:  # "the plant", "the facility" of "the Kelby incinerator"
        own = own | {"plant", "facility"}
    return own | {_british(w) for w in own}


# Installations a cause may be, which an article goes on to call "the plant" or "the facility".
_INSTALLATIONS = frozenset("incinerator quarry factory refinery smelter mine mill reactor "
                           "substation works foundry tannery abattoir".split())


# How a proposition names an act as lapsed: "neglected maintenance", "a lack of oversight".
_LAPSED = re.compile(
    r"\b(?:neglected|inadequate|insufficient|poor|lax|sloppy|shoddy|deficient|botched|"
    r"negligent|careless|cursory|light-touch|lack\s+of|absence\s+of)\s+([a-z-]+)"
    r"(?:\s+([a-z-]+))?",  # and the word after: "neglected structural damage"
    re.I)


def lapsed_act(prop: Proposition) -> str:
    """The act noun an event proposition names as lapsed ("maintenance" of "caused by neglected
    maintenance"), if it is among its cause's words (stance_lapses.py)."""
    return _lapsed_act(prop.text, cause_words(prop))


@lru_cache(maxsize=256)
def _lapsed_act(text: str, cause: frozenset[str]) -> str:
    """The act noun a proposition names as lapsed, if it is among its cause's words."""
    for match in _LAPSED.finditer(text):
        for noun in reversed(match.groups()):  # the head: "storm damage"
            if noun and noun.lower() in cause:
                return noun.lower()
    return ""


def hypothesis_signals(view: ClaimView) -> list[Signal]:
    """Each hypothesis rated in the content: the proposition's own, or a rival."""
    if view.prop.kind != "event" or view.prop.accused:
        return []  # who did it is weighed as doers (stance_blame.py), not explanations
    own = view.prop.explains | view.prop.doer  # "points to the man from Stratford": its doer
    if not own:
        return []
    for tok in view.tokens:
        found = _rated(tok)
        if found is None or (tok.lemma_ in {"consistent", "inconsistent"} and any(
                c.dep_ == "nsubj" and (c.i in view.refs or view.is_target(c) or c.lemma_.lower(
                ) in POLICY_ANAPHORS | view.prop.args) for c in tok.head.children)):
            continue  # "the plan was consistent with safety standards": a policy's limits
        side, hypothesis = found
        meant = meant_words(hypothesis) if about_intent(view.prop.text) else 0
        if meant:  # of a deed said meant, "a deliberate act" is its own, "an accident" a rival
            whose = meant
        elif phrase_words(hypothesis, own) & own:
            whose = 1
        elif phrase_words(hypothesis) & view.prop.args:
            continue  # a participant ("points to Nikumaroro" of "died as a castaway on
            # Nikumaroro island"): no rival, nor which hypothesis
        elif hypothesis.lemma_.lower() in _UNSAID | _VAGUE and not any(
                c.dep_ in {"amod", "compound"} or (c.dep_ == "prep" and hypothesis.lower_ in (
                    _UNSAID)) for c in hypothesis.children):
            continue  # "it is more likely": which one is not said here
        elif hypothesis.pos_ in {"NOUN", "PROPN"} and not (
                hypothesis.lemma_.lower() in _CHANCE and own & _FAULTS):
            whose = -1  # "an animal source", "natural spillover" (not "an accident" of a
        else:  # fault, which is one)
            continue
        w = view.walk(_anchor(tok))
        if not usable(w, could_ok=True) or "point_out" in phrasal_keys(tok):
            continue  # "pointed out to reporters": no rating
        turned = negated_here(tok) and _anchor(tok).i != tok.i  # (the walk reads the verb's)
        sign = side * whose * (-1 if turned else 1) * w.sign
        what = "its own explanation" if whose > 0 else "a rival explanation"
        rated = "likelier" if side > 0 else "less likely"
        return [Signal(sign * view.flip, 3, f"rates {what} {rated}: {view.snippet(hypothesis)}")]
    return []


# A cause that is a thing failing: "a failure of voltage control", "the loss of power".
DEFICITS = frozenset({"failure", "loss", "lack", "shortage", "breakdown", "absence"})
# Verbs that say something was there: "there was no attack", "no device was found".
_THERE = frozenset("be exist happen occur take_place find discover detect identify locate "
                   "recover see record".split())
_TRACES = frozenset({"evidence", "proof", "sign", "trace", "indication"})
_CAUSAL = frozenset({"factor", "cause", "culprit", "reason", "driver", "trigger", "responsible",
                     "blame", "explanation"})


# The things a deed is done with, whose presence is the deed: "there was a bomb on board".
_INSTRUMENTS = frozenset({"bomb", "explosive", "explosives", "device", "weapon", "missile",
                          "attack", "poison", "toxin"})
_PRESENT = frozenset({"find", "discover", "detect", "recover", "plant", "happen", "occur",
                      "take_place", "hide"})


def cause_there_signals(view: ClaimView) -> list[Signal]:
    """-1 when the content says the cause the proposition names was never there: its own
    nouns, not its participants ("attack", "device" of "Havana syndrome is caused by attacks
    ... using a device"; "leak" of "began with a leak"), said not to exist, not found, or
    without a trace; +1 when it says the cause, a thing a deed is done with, was there ("there
    was a bomb on board", "traces of explosives were found"). Of a cause named by its scarcity
    ("too few stewards") the two turn round: "no steward was there" is the cause."""
    prop = view.prop
    cause = cause_words(prop) - (prop.target if prop.predicate in CAUSING | LEADS else set())
    # (not the effect of "caused the fall": "the fall would never have happened")
    if prop.kind != "event" or prop.accused or prop.quality or not cause or lapsed_act(prop):
        return []  # "the burn was unnecessary": what it was, not what brought something about;
        # "no maintenance" is the lapse itself (stance_lapses.py)
    if cause & DEFICITS:  # "a failure of voltage control": "there was not enough control" is
        cause = cause & DEFICITS  # the failure, not its denial (stance_faulty.failure_signals)
    scarce = scarce_cause(prop)
    for tok in view.tokens:
        if tok.pos_ != "NOUN" or not set(base_forms(tok)) & cause:
            continue
        first = tok
        while first.dep_ == "conj":  # "no attack and no weapon"
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ == "of" and (
                first.head.head.lemma_.lower() in _TRACES):
            first = first.head.head  # "no evidence of any attack"
        verb, missing = first.head, any(c.dep_ == "det" and c.lower_ == "no"
                                        for c in first.children)  # "there was no attack"
        ample = scarce and any(c.lower_ in _AMPLE for c in tok.subtree)  # "enough stewards"
        if first.dep_ not in {"nsubj", "nsubjpass", "attr", "dobj"} or not (
                set(phrasal_keys(verb)) & (_THERE | _PRESENT)) or not (
                missing or negated_here(verb) or _present(tok, verb) or ample or (
                    not scarce and _identified(first, verb))):
            continue
        if first.dep_ == "nsubj" and verb.lemma_ == "be" and any(
                c.dep_ in {"attr", "acomp"} and c.lemma_.lower() not in _CAUSAL
                for c in verb.children):
            continue  # "the blast was not a coincidence": said of it, not of its being there
            # (but "the quarry cannot have been a factor" rules it out)
        w = view.walk(verb)
        if not usable(w, could_ok=False):
            continue
        denied = missing or negated_here(verb)
        said = -w.sign * (-1 if negated_here(verb) else 1) if denied else w.sign
        there = "was there" if said > 0 else "was not there"
        if scarce:  # of "too few stewards", "no steward was there" is the cause itself
            said, there = -said, "was short" if said < 0 else "was ample"
        said_of = ("calls it" if said > 0 else "denies it is") if _identified(first, verb) else (
            f"says the cause {there}:")
        return [Signal(said * view.flip, 3, f"{said_of} {view.snippet(tok)}")]
    return []


# A cause named by its scarcity: "caused by too few stewards", "not enough gritters"; what is
# ample against it: "there were enough stewards", "plenty of stewards were on duty".
_SCARCE = re.compile(r"\b(?:too\s+(?:few|little)|not\s+enough)\b", re.I)
_AMPLE = frozenset({"enough", "plenty", "sufficient", "ample", "adequate"})


def scarce_cause(prop: Proposition) -> bool:
    """The proposition names its cause by its scarcity: "too few stewards"."""
    return bool(_SCARCE.search(prop.text))


def _identified(noun: Token, verb: Token) -> bool:
    """ "it is a recession", "this was an attack": what happened named as the cause itself."""
    return noun.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.lower_ in {"a", "an"} for c in noun.children) and any(
        c.dep_ == "nsubj" and c.lower_ in {"it", "this", "that"} for c in verb.children)


def _present(tok: Token, verb: Token) -> bool:
    """``tok``, a thing a deed is done with, said to be there: "there was a bomb", "a device
    was found"; not merely named ("the bomb theory")."""
    if not set(base_forms(tok)) & _INSTRUMENTS:
        return False
    if verb.lemma_ == "be":
        return any(c.dep_ == "expl" for c in verb.children)
    return bool(set(phrasal_keys(verb)) & _PRESENT)


# The rivals as a class: "other scenarios", "any alternative explanation".
_RIVALS = frozenset({"explanation", "scenario", "possibility", "theory", "hypothesis", "cause",
                     "suspect", "culprit", "option"})
# Verbs that rule a thing out: "arson had been ruled out", "we can exclude other scenarios".
RULED_OUT = frozenset({"rule_out", "exclude", "dismiss", "discount", "eliminate"})


def rivals_excluded_signals(view: ClaimView) -> list[Signal]:
    """+1 when every other explanation is ruled out ("we can exclude other scenarios", "no
    other explanation fits"), what is left being the proposition's."""
    if view.prop.kind != "event":
        return []
    for tok in view.tokens:
        if tok.lemma_.lower() not in _RIVALS or not any(
                c.lower_ in {"other", "alternative"} for c in tok.children):
            continue
        verb = tok.head
        none = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        if not (none and tok.dep_ in {"nsubj", "attr", "dobj"}) and not (
                tok.dep_ in {"dobj", "nsubjpass"} and set(phrasal_keys(verb)) & RULED_OUT):
            continue
        w = view.walk(verb)
        said = -w.sign if none and tok.dep_ == "nsubj" else w.sign  # "no other ... fits"
        if not usable(w, could_ok=True) or said < 0:
            continue  # "have not yet excluded other scenarios": not a side
        return [Signal(view.flip, 2, f"rules out the rivals: {view.snippet(tok)}")]
    return []
