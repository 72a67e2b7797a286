"""The witness discredited: an allegation is denied by calling whoever makes it a liar ("Tyler
Hamilton is a confessed cheat with a book to sell", "these are the words of a fugitive"), and
affirmed by calling the accused what the allegation makes them ("Armstrong is a cheat", "the
study was a deliberate fraud", "called the paper [a fraud]").

For an alleged past act (`Proposition.alleged`), a discrediting noun said of a person (by "is",
or as whose words an account is) argues against the allegation, unless that person is one the
proposition accuses (a participant, `is_arg`), when it argues for it. Events only: a policy has
no witness.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import MISDEEDS, REPORT_NOUNS
from pipeline.trail.plight import persons
from pipeline.trail.stance_rules import Signal

# Nouns that say a person's word is worth nothing.
_DISCREDITING = frozenset("liar liars fantasist fantasists criminal criminals fugitive fugitives "
                          "crook crooks fraudster fraudsters cheat cheats conman charlatan "
                          "turncoat traitor".split())
_WORDS = REPORT_NOUNS | frozenset({"words", "testimony", "evidence"})
_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them"})
# A thing accused of a misdeed called one: "the study was a fraud", "a sham", "a scam".
_MISDEED_LABELS = MISDEEDS | frozenset({"sham", "scam", "con", "swindle", "fake"})
_LABELLING = frozenset({"call", "describe", "label", "brand", "dub", "denounce", "condemn"})


def _said_of(noun: Token) -> Token | None:
    """Whom a discrediting noun is said of: the subject of "is" ("X is a liar"), or the one
    whose words are weighed ("the words of a fugitive": the fugitive himself)."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in _WORDS):
        return noun
    return None


def witness_signals(view: ClaimView) -> list[Signal]:
    """A signal per person called a liar, a fugitive, a cheat (see the module docstring)."""
    if view.prop.kind != "event" or not view.prop.alleged:
        return []
    out = _misdeed_labels(view) if view.prop.target & MISDEEDS else []
    for noun in view.tokens:
        if noun.lemma_.lower() not in _DISCREDITING and noun.lower_ not in _DISCREDITING:
            continue
        who = _said_of(noun)
        if who is None or not (who.i == noun.i or persons(who) or who.pos_ == "PROPN"
                               or who.lower_ in _PERSONAL or who.lower_ in {"these", "this"}):
            continue
        accused = who.i != noun.i and view.is_arg(who)
        w = view.walk(noun)
        if w.hedge or w.irrealis or w.embedded:
            continue
        sign = (1 if accused else -1) * w.sign * view.flip
        what = "calls the accused" if accused else "discredits the witness:"
        out.append(Signal(sign, 2, f"{what} '{noun.text}'"))
    return out


def _misdeed_labels(view: ClaimView) -> list[Signal]:
    """The accused thing called the misdeed: "the study was a deliberate fraud", "the BMJ called
    the study [a deliberate fraud]"."""
    cue = view.cue_tok
    for noun in view.tokens:
        if noun.lemma_.lower() not in _MISDEED_LABELS:
            continue
        who = _said_of(noun)
        if who is None and noun == view.root and cue is not None and (
                cue.lemma_.lower() in _LABELLING):
            who = next((c for c in cue.children if c.dep_ == "dobj"), None)  # "called it [a
        if who is None or who.i == noun.i or not (view.is_arg(who) or who.i in view.refs):
            continue  # "fraud]"; not "allegations of fraud", said of nobody
        w = view.walk(noun)
        if w.hedge or w.irrealis or w.embedded:
            continue
        return [Signal(w.sign * view.flip, 2, f"calls the accused '{noun.text}'")]
    return []
