"""A cause that is someone's failing: "The ferry sank because of Captain Kessel's errors", "The
crash was caused by the pilots' mistakes". Who was at fault is the question, and claims answer it
about people. The one the proposition names (by name, by office: a captain is "the master", pilots
"the crew"; or "he", "she", "they") erring argues for it ("the captain took her far too close",
"he ordered the turn too late", "the master did not apply the appropriate procedure"), and so
does a verdict on them ("he is to blame", "the captain was reckless", "should answer for every
death"); that one cleared argues against it ("he did nothing wrong", "the crew acted correctly",
"he saved hundreds of lives", "he has been made a scapegoat"), and so does someone else erring
("the helmsman turned the wrong way", "the airline failed to train them"). Read by
stance_causes.caused after a cause named outright.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.person_words import ROLE_NOUNS
from pipeline.nlp.speakers import ANAPHORIC_ORG_NOUNS
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.plight import persons
from pipeline.trail.stance_rules import Signal, usable

# The failings a proposition may lay at someone's door ("errors", "negligence"); "human" says
# no one in particular ("human error").
_FAILINGS = frozenset("error mistake misjudgement misjudgment blunder failing negligence "
                      "recklessness incompetence carelessness".split())
_NO_ONE = frozenset({"human", "technical", "operator", "operational"})
# Verbs of erring, and words that call a deed a fault ("turned the wrong way", "made a mistake").
_ERRING = frozenset("err blunder misjudge panic dither botch mishandle misread abandon "
                    "fail".split())
_FAULTY = frozenset("wrong wrongly reckless recklessly careless carelessly negligent negligently "
                    "error mistake blunder misjudgement fault stupid stupidly".split())
# Verdicts on a person: "was reckless", "is to blame" (+1); "innocent", "a scapegoat" (-1).
_VERDICTS = {"guilty": 1, "culpable": 1, "negligent": 1, "reckless": 1, "incompetent": 1,
             "innocent": -1, "blameless": -1, "scapegoat": -1, "hero": -1}
# Conduct that clears: "acted correctly", "behaved professionally", "saved hundreds of lives".
_CLEARING = frozenset({"correctly", "properly", "professionally", "heroically", "impeccably"})
_SAVED = frozenset({"life", "lives", "people", "passenger", "passengers", "everyone", "ship"})
_BODIES = ANAPHORIC_ORG_NOUNS | frozenset("owner builder authority authorities supplier contractor "
                                          "auditor government".split())  # (the rest: "airline")
_SELF = frozenset({"i", "we"})
# Other words for the one blamed, by office: "the master" of a ship's captain, "the crew" of
# its pilots.
_OFFICES = {"captain": {"master", "commander", "skipper"}, "pilot": {"crew", "aircrew"},
            "driver": {"motorist"}, "director": {"board", "boss", "executive"},
            "minister": {"government", "whitehall"}, "official": {"whitehall", "department"}}
# Conduct in office a proposition may lay at its holders' door ("its directors' reckless
# decisions", "poor management by ministers and officials").
_MANAGEMENT = frozenset({"management", "mismanagement"})
_MANAGERS = frozenset({"manager", "managers"})
_CONDUCT = frozenset("management mismanagement decision leadership oversight governance "
                     "accounting planning handling supervision stewardship".split())
# What is due, done or left undone: "did not apply the appropriate procedure" (a fault).
_DUE = frozenset({"appropriate", "correct", "right", "proper", "necessary", "required"})
_CAUSES = frozenset({"cause", "reason", "culprit"})  # "the pilots were the cause"
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "csubj"})


def culprits(explains: frozenset[str]) -> frozenset[str]:
    """The words of those whose failing a causal proposition names ("captain", "kessel" of
    "Captain Kessel's errors"; "director" of "its directors' reckless decisions", "minister" of
    "poor management by ministers"), or empty when the cause is no one's failing."""
    if explains & _CONDUCT:  # what people in office did: they answer for it (the managers of
        # "NASA's management culture")
        return explains & ROLE_NOUNS or (_MANAGERS if explains & _MANAGEMENT else frozenset())
    if not explains & _FAILINGS:
        return frozenset()
    return explains - _FAILINGS - _NO_ONE


def offices(names: frozenset[str]) -> frozenset[str]:
    """Other words for the ones blamed, by office ("master" of a "captain")."""
    return frozenset(o for n in names for o in _OFFICES.get(n, ()))


def culprit_signals(view: ClaimView) -> list[Signal]:
    """One signal per person the content says erred or was cleared (see the module)."""
    names = culprits(view.prop.explains) - view.prop.target
    if not names:
        return []
    names |= offices(names)
    out = []
    for tok in view.tokens:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.i not in view.inside:
            continue
        own = _culprit(view, tok, names)
        if not own and not _someone_else(tok, names):
            continue
        side, word = _fault(tok.head)
        w = view.walk(tok.head)
        if not side or not usable(w, could_ok=False) or w.irrealis:
            continue
        sign = side * w.sign * (1 if own else -1)
        if not own and sign > 0:
            continue  # another cleared says nothing of the one blamed
        said = ("says the one blamed erred" if sign > 0 else "clears the one blamed") if own \
            else "says another erred"
        out.append(Signal(sign * view.flip, 2, f"{said}: {view.snippet(tok, word)}"))
    return out


def _culprit(view: ClaimView, tok: Token, names: frozenset[str]) -> bool:
    """The one the proposition blames: named ("the captain", "Kessel"), "he"/"she"/"they", or
    "I"/"we" said by them."""
    low = tok.lower_
    if low in _SELF:
        return bool(names & set(view.speaker.lower().split()))
    return tok.lemma_.lower() in names or low in {"he", "she", "they"} or any(
        c.dep_ == "compound" and c.lemma_.lower() in names for c in tok.children)


def _someone_else(tok: Token, names: frozenset[str]) -> bool:
    """A person or body that is not the one blamed ("the helmsman", "the airline")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"NOUN", "PROPN"} or lemma in names:
        return False
    return (persons(tok) or lemma in ROLE_NOUNS | _BODIES or lemma.endswith(("man", "men"))
            or tok.ent_type_ in {"PERSON", "ORG"})


def _fault(verb: Token) -> tuple[int, Token]:
    """(+1 a fault, -1 conduct that clears, 0 neither; the word) of what ``verb`` says its
    subject did or was: "turned the wrong way", "ordered the turn too late", "was to blame",
    "did nothing wrong" (-1: the fault denied), "acted correctly"."""
    lemma = verb.lemma_.lower()
    if lemma in _ERRING:
        return 1, verb
    if lemma == "blame" and verb.dep_ == "xcomp":  # "he is to blame"
        return 1, verb
    for c in verb.children:
        low = c.lemma_.lower()
        if c.dep_ in {"acomp", "attr", "oprd", "dobj"} and low in _VERDICTS:
            return _VERDICTS[low], c
        if c.dep_ == "attr" and low in _CAUSES:  # "the pilots were the cause"
            return 1, c
        if lemma == "answer" and c.dep_ == "prep" and c.lower_ == "for":
            return 1, c  # "should answer for every death"
        if lemma in {"act", "behave"} and c.dep_ == "prep" and (c.lower_ == "according" or any(
                g.lower_ in {"line", "accordance", "faith"} for g in c.children)):
            return -1, c  # "acted in line with the information they had", "in good faith"
        if c.dep_ == "dobj" and any(g.dep_ == "amod" and g.lower_ in _DUE for g in c.children):
            return -1, c  # "applied the appropriate procedure" (negated: a fault)
        if c.dep_ == "xcomp" and low == "blame":
            return 1, c
        if c.dep_ == "advmod" and c.lower_ in _CLEARING:
            return -1, c
        if lemma == "save" and c.dep_ == "dobj" and (low in _SAVED or any(
                g.lemma_.lower() in _SAVED for g in c.subtree)):
            return -1, c
        if c.dep_ in _CLAUSES:
            continue  # "they told us [it was a fault]": another clause's words
        for g in (c, *c.children):
            if g.lemma_.lower() in _FAULTY or (g.dep_ == "advmod" and g.lower_ == "too"
                                                and g.head.pos_ in {"ADJ", "ADV"}):
                denied = c.lower_ == "nothing" or g.head.lower_ == "nothing"
                return (-1 if denied else 1), max(c, g, key=lambda t: t.i)  # "did nothing
                # wrong"; "ordered the turn too late", "turned the wrong way" to their ends
    return 0, verb
