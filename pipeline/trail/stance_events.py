"""Events are judged by whether the content asserts or negates that the event happens: a
restated event ("talks are under way"), a denied or confirmed report, a ruled-out possibility,
a part taken in it ("played a role in the coup")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.nlp.polarity import NEGATIVE_CUES
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import (
    AVOIDANCE,
    END,
    IRREALIS,
    OCCUR,
    REPORT_NOUNS,
    TRUTH,
    UNDERGO,
    VERDICT_VERBS,
    passive_agents,
    phrasal_keys,
)
from pipeline.trail.evidence import EVIDENCE, evidence_side, vouched_for
from pipeline.trail.lacking import done_with_what_lacked, means_said
from pipeline.trail.misparses import verb_as_noun
from pipeline.trail.proposition_nouns import GENERIC_NOUNS
from pipeline.trail.proposition_words import ENTRY_VERBS, IMPACTS, meant_deed
from pipeline.trail.scope import Walk, negated_here
from pipeline.trail.stance_blame import another_person, ordered_by
from pipeline.trail.stance_guilt import body_named_again
from pipeline.trail.stance_rules import CONFIRM_CUES, Signal, subjects, usable, verb_of
from pipeline.trail.talking import between_parties
from pipeline.trail.word_forms import heaped

_UNDERWAY = frozenset({"underway", "ongoing", "continuing", "progressing", "on", "advanced",
                       "constructive", "productive", "serious"})  # "talks are well advanced"
_TRANSPARENT = frozenset("form kind sort type round series resumption start continuation process "
                         "level part pattern history thousand hundred million dozen number lot "
                         "handful".split()) | GENERIC_NOUNS | EVIDENCE  # "thousands of jobs"
_ABLE = re.compile(r"\b(?:can|could)\b", re.I)  # a proposition of what something can do
_DENIALS = frozenset({"deny", "dispute", "refute"})
# Verbs that class an act as the event's nominal: "was / amounted to / constituted a breach".
_CLASSING = frozenset({"be", "amount_to", "constitute", "represent"})
_REQUESTS = frozenset("ask tell inform notify order summon instruct require call".split())


def _agents(verb: Token) -> list[Token]:
    """Who does the act: the passive's "by" phrase, or the active subject."""
    return passive_agents(verb) or [s for s in verb.children if s.dep_ == "nsubj"]


def _undone(view: ClaimView, tok: Token) -> tuple[int, Token] | None:
    """ "went out untested", "an untested update": the event's act denied by its "un-"
    participle, said of its participant."""
    rest, act = tok.lower_[2:], view.prop.predicate
    if not tok.lower_.startswith("un") or rest not in {f"{act}ed", f"{act}d", f"{act[:-1]}ied"}:
        return None
    around = [tok.head] if tok.dep_ == "amod" else [tok.head, *subjects(tok.head)]
    clause = around[0].head if tok.dep_ == "amod" else around[0]  # "pushed [an untested
    anchor = clause if clause.pos_ in {"VERB", "AUX"} else tok  # update]", "went out untested"
    return (-1, anchor) if any(view.is_target(t) or view.is_arg(t) for t in around) else None


def _event_mention(view: ClaimView, tok: Token) -> tuple[int, Token | None] | None:
    """(sign, predicate) when `tok` names the event: +1 happens, -1 ends; None if not (a verb on
    the topic restates it, but a verdict: "cleared" is read in stance_verdicts.py)."""
    prop = view.prop
    if tok.pos_ in {"VERB", "AUX"} or verb_as_noun(tok):
        if (prop.quality or prop.predicate == "be") and tok.lemma_ == "be":
            return None  # "it is a death trap": the quality is judged in stance_property.py;
            # "it was not a rogue operation" restates no "was behind" (stance_blame.py)
        if any(c.dep_ == "dobj" and c.lower_ == "way" and any(g.dep_ == "poss" for g in c.children)
               for c in tok.children):
            return None  # "you can't test your way to zero bugs": what the act can reach
        keys = phrasal_keys(tok)
        about = view.matches_about(tok) and tok.lemma_ not in {"be", "have"} | VERDICT_VERBS
        restate = prop.restates(keys) or (1 if about else 0)
        if prop.avoids:  # "refused a test" restates "avoided tests"; "asked to be tested" not
            restate = 1 if set(keys) & AVOIDANCE else -(tok.lemma_ in prop.target) or restate
        if not restate and set(keys) & IMPACTS.get(prop.predicate, set()) and any(
                view.is_arg(t) for a in _agents(tok) for t in a.subtree):
            return 1, tok  # "was hit by a Russian air defence system"
        if not restate or (restate < 0 and any(c.dep_ == "xcomp" and c.tag_ == "VBG"
                                               for c in tok.children)):
            return None  # "would keep citing the studies": goes on doing, holds nothing
        named = (bool(set(keys) & prop.event_verbs) or about) and restate > 0
        subj = subjects(tok)
        if named and not about and prop.group in {0, 1} and prop.kind == "event" and not any(
                c.dep_ in {"dobj", "nsubjpass"} for c in tok.children) and subj and not any(
                view.is_arg(t) or view.is_target(t) or t.pos_ == "PRON" for s in subj
                for t in s.subtree):
            return None  # "the claims backlog fell" of "home working lowers productivity":
            # another quantity moved
        if tok.lemma_ in {"talk", "discuss"} and not between_parties(tok, subj, view.is_arg):
            return None  # "security was discussed": a subject, not who is talking
        if tok.lemma_ == "meet" and not any(view.is_arg(t) for c in tok.children if c.dep_ in {
                "nsubj", "dobj", "prep"} for t in c.subtree):
            return None  # "the board met on Tuesday": no party to the talks named
        if not named and not any(view.is_arg(s) or s.pos_ == "PRON" or (
                view.prop.alleged and body_named_again(s)) for s in subj + _agents(tok)):
            return None  # "tensions remain high" does not restate "the minister will stay"
        return restate, tok
    if (undone := _undone(view, tok)) is not None:
        return undone
    if not view.is_target(tok):
        return None
    tok = transparent(tok)
    pred, rel = verb_of(tok)
    if pred is None or pred.i not in view.inside:
        return (1, None) if tok.i == getattr(view.root, "i", -1) else None
    lemma = pred.lemma_.lower()
    weighed = evidence_side(view, tok, pred, rel) if tok.lemma_.lower() in EVIDENCE else None
    if weighed is not None:  # "found evidence of fraud", "the proof is clear"
        return weighed
    if pred.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return (1, pred) if lemma in IRREALIS | REPORT_NOUNS else None
    keys = set(phrasal_keys(pred))
    if lemma in {"have", "need"} and any(c.dep_ == "xcomp" for c in pred.children):
        return None  # "talks would have to be indirect": a condition, not an occurrence
    if prop.avoids:  # "never refused a test" negates "avoided tests"; "took the test" opposes
        if lemma in _REQUESTS:  # "was told about the test": only its denial takes a side
            return 1, pred
        return (1, pred) if keys & AVOIDANCE else (-1, pred) if keys & UNDERGO else None
    if (keys & END or (rel == "obj" and keys & AVERTED)) and prop.restates(list(keys)) <= 0:
        return -1, pred  # "talks collapsed", "the economy avoided a recession" (but "dismissed
        # the warnings" restates "ignored the warnings")
    if tok.lemma_.lower() in prop.nominals and keys & _CLASSING and (
            tok.dep_ in {"attr", "dobj"} or rel == "pobj"):
        return 1, pred  # "his texts were a clear breach of the rules", "amounted to a breach"
    if rel in {"obj", "pobj"} and keys & (CONFIRM_CUES - {"announce"}):
        return 1, pred  # "admitted (to) doping", "acknowledged the talks"
    if rel in {"obj", "pobj"} and keys & _DENIALS:
        return -1, pred  # "had always denied doping"
    if tok.lemma_.lower() in _INVOLVED and lemma in {"play", "take", "have"}:
        return 1, pred  # "played a central role in the coup"
    if lemma == "have" and rel == "pobj" and any(c.dep_ == "dobj" for c in pred.children):
        return None  # "never had a fault on any sample": something else was had, not samples
    if lemma == "have" and rel == "obj" and not prop.quality:
        return 1, pred  # "Russia has never had a system of doping", "they have had talks"
    if keys & (OCCUR | IRREALIS) or prop.restates(list(keys)) > 0 or (
            rel == "pobj" and tok.head.lower_ == "into" and keys & ENTRY_VERBS):  # "slid into it"
        if lemma == "be" and rel == "subj" and not _occurring(pred):
            return None  # "talks would be fruitless": an evaluation, not an occurrence
        if lemma == "be" and rel == "pobj" and tok.head.lower_ not in {"in", "into"}:
            return None  # "is open for talks" is not "is in talks"
        return 1, pred
    return None


# Verbs that keep an event from happening: "avoided a recession", "averted a strike".
AVERTED = frozenset("avoid avert escape dodge prevent stave_off head_off ward_off".split())
STOPPING = frozenset("stop end halt cease scrap abandon drop withdraw axe suspend".split())


def _after_stopping(verb: Token) -> bool:
    """ "went up when (after) the estate stopped chalking": an effect turned round once its
    cause stopped, which argues the cause had the effect."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in STOPPING and any(
        m.dep_ in {"mark", "advmod"} and m.lower_ in {"when", "after", "once", "since"}
        for m in c.children) for c in verb.children)


def _occurring(be: Token) -> bool:
    """ "there are talks", "talks are under way / ongoing / at an advanced stage"."""
    for c in be.children:
        if c.dep_ == "expl" or c.lower_ in _UNDERWAY:
            return True
        if c.dep_ == "prep" and any(g.lower_ in {"way", "stage"} for g in c.children):
            return True
    return False


def _requested(verb: Token) -> bool:
    """ "was asked / told to take the test": someone else's request, which the subject could
    then avoid; only its denial ("never asked to") takes a side."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in _REQUESTS and any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in head.children)


def transparent(tok: Token) -> Token:
    """Climb "a round of talks", "any form of talks", "any involvement in the coup" to the noun
    that carries the relation."""
    while tok.dep_ == "pobj" and (
            (tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _TRANSPARENT)
            or (tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in _INVOLVED)):
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "in":  # "played a role [in the coup]", the
        return next((c for c in tok.head.head.children  # phrase attached to the verb
                     if c.dep_ == "dobj" and c.lemma_.lower() in _INVOLVED), tok)
    return tok


# A part taken in the event: "had no involvement in the coup", "played a role in the plot".
_INVOLVED = frozenset({"involvement", "role", "part", "hand", "complicity", "participation"})


def _report_truth(view: ClaimView, report: Token) -> int:
    """+1/-1 when a report noun is called true/false ("reports were baseless"), else 0."""
    if report.dep_ != "nsubj":
        return 0
    head = report.head
    for c in [head, *head.children]:
        word = heaped(c).lower_
        if word in TRUTH and c.dep_ in {"acomp", "attr", "ROOT", "ccomp", "conj"} | {head.dep_}:
            return TRUTH[word] * (-1 if negated_here(head) else 1)
    return 0


def _vouched(view: ClaimView, w: Walk) -> bool:
    """The walk's commitment is an evidence noun on its path said to be there or to hold
    ("there is clear evidence that ..."): what it is evidence of is asserted."""
    noun = next((t for t in w.path if t.lemma_.lower() == w.commit), None) if (
        w.commit in EVIDENCE) else None
    return noun is not None and vouched_for(view, noun)


# Doers who are many, none in particular: "people died on these islands", "others wrote them".
_ANYONE = frozenset("people other others everyone everybody men women".split())  # (not
# "someone died under that tree": one unknown, who may be the doer)


def someone_else(view: ClaimView, verb: Token) -> bool:
    """The act done by someone other than the proposition's doer: a name, "people", "others",
    or a "he" after another's name in the content ("Oxford wrote from the grave or he didn't
    write them"); no doer said, or the doer's own name, is the doer. Of a deed had done ("had
    them killed"), who had it done."""
    had = verb.head if verb.dep_ in {"ccomp", "xcomp"} and verb.tag_ in {"VBN", "VBD"} and (
        verb.head.lemma_ in {"have", "get"}) else verb
    doer = next(iter([c for c in had.children if c.dep_ == "nsubj"] + list(
        passive_agents(verb))), None)
    if doer is None:
        return False
    if doer.lower_ in {"he", "she"}:
        named = [t for t in view.tokens if t.i < doer.i and (
            t.ent_type_ == "PERSON" or t.pos_ == "PROPN") and t.dep_ not in {
                "compound", "poss", "amod", "nmod"}]  # not "after the Kelly verdict"
        return bool(named) and not _the_doer(view, named[-1])
    if any(_the_doer(view, t) for t in doer.subtree):
        return False
    return doer.lemma_.lower() in _ANYONE or any(
        t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in doer.subtree)


def _the_doer(view: ClaimView, tok: Token) -> bool:
    return tok.lower_ in view.prop.doer or tok.lemma_.lower() in view.prop.args


def event_signals(view: ClaimView) -> list[Signal]:
    """Each mention of the event in the content, read through its scope and the cue (upstream
    `polarity` vetoes a reading of the main predicate that disagrees with it)."""
    out: list[Signal] = []
    capable = _ABLE.search(view.prop.text) is not None
    for tok in view.tokens:
        found = _event_mention(view, tok)
        if found is None:
            continue
        base, pred = found
        if pred is not None and (view.prop.doer or view.prop.accused) and someone_else(view, pred):
            continue  # "Bacon wrote them": not the proposition's doer
        noun = transparent(tok) if tok.pos_ == "NOUN" else tok
        anchor = pred if pred is not None else noun
        w = view.walk(anchor)
        if not usable(w, could_ok=False) and not (capable and w.could and not (
                w.hedge or w.embedded)):  # of "X could run the tests", "it could not" denies
            continue
        if w.commit and w.commit not in {"will", "would", "'ll", "wo"} and not _vouched(view, w):
            w.irrealis = w.irrealis or w.commit  # "should resign", "vowed to hold talks"
        if noun != tok and negated_here(tok):
            w.sign *= -1
        if tok is anchor and any(c.dep_ == "dobj" and c.lower_ in {"nothing", "none"}
                                 for c in tok.children):
            w.sign *= -1  # "has agreed nothing", "signed nothing": the act not done
        if negated_here(noun) and anchor.i != noun.i and not (
                noun.head.i == anchor.i and noun.dep_ in {"nsubj", "nsubjpass"}):
            w.sign *= -1  # "there are no talks": the negation sits on the noun
        lemma = anchor.lemma_.lower()
        if anchor.pos_ == "NOUN" and lemma in REPORT_NOUNS:
            truth = _report_truth(view, anchor)
            decided = view.cue in NEGATIVE_CUES | CONFIRM_CUES or w.sign < 0
            if not truth and not decided:
                continue  # "rumours of a takeover boosted shares": neither denied nor confirmed
            base = truth or 1
        reports = [t for t in w.path[1:] if t.pos_ == "NOUN" and t.lemma_.lower() in REPORT_NOUNS]
        if reports:  # "reports that the minister would resign were wide of the mark"
            if reports[0].head.head.lemma_.lower() in VERDICT_VERBS:  # stance_verdicts.py
                continue  # "(not) cleared of charges of dodging tests"
            truth = _report_truth(view, reports[0])
            if not truth and view.flip > 0 and w.sign > 0 and view.cue not in CONFIRM_CUES:
                continue
            base *= truth or 1
        if any(c.dep_ == "amod" and c.lemma_.lower() in IRREALIS for c in noun.children):
            w.irrealis = w.irrealis or "possible"  # "a possible takeover", "proposed talks"
        if view.prop.avoids and base < 0 and _requested(anchor):
            base, w.irrealis = 1, anchor.head.lemma_  # "was never asked to submit to a test"
        if view.prop.avoids and lemma in _REQUESTS:
            w.irrealis = w.irrealis or lemma  # "denied he had been told about the test"
        irrealis = w.irrealis or (lemma in IRREALIS and anchor != tok and lemma not in {
            "be", view.prop.predicate})  # "pushed for talks"; not "pushed traffic onto"
        by_means = means_said(view.prop, anchor, view.tokens) if (
            base > 0 and w.sign * view.flip > 0) else 1  # "never received a cent": by no means
        if not by_means:
            continue  # "Qatar won the vote": granted by all; by what means is the question
        lacked = base > 0 and (done_with_what_lacked(view.prop, anchor) or by_means < 0)
        base = -1 if lacked else base  # "collected with users' permission": not without consent
        undone = base < 0 and _after_stopping(anchor)  # "decay went up when the city stopped":
        base = -base if undone else base  # the effect undone with its cause
        sign = base * w.sign * view.flip
        phrase, cue = view.snippet(anchor, tok), f"cue '{view.cue}' + " if view.flip < 0 else ""
        if irrealis:
            if sign < 0:
                out.append(Signal(-1, 3, f"rules out {cue}{phrase}"))
            continue
        if pred is None and view.cue not in NEGATIVE_CUES | CONFIRM_CUES:
            continue  # a bare noun phrase ("talks") said, neither confirmed nor denied
        if pred is not None and anchor.i == view.root.i and base > 0 and view.polarity in {
                "positive", "negative"} and (sign < 0) != (view.polarity == "negative") and not (
                lemma in NEGATIVE_CUES and view.prop.restates([lemma]) > 0):
            continue  # our reading and the upstream polarity disagree: stay neutral (unless
            # the verb upstream calls negative restates it: "dismissed the warnings")
        if view.prop.accused and base > 0 and sign > 0 and (not meant_deed(
                lemma, view.prop.deeds, view.prop.predicate) or any(
                another_person(view, a) for a in (*passive_agents(anchor), ordered_by(anchor)))):
            continue  # "the dam was destroyed": it happened; who did it is the question
            # (stance_blame.py), and "murdered by Buckingham" names another
        how = "restates the event" if sign > 0 else "restates the event, negated"
        how = "says it turned when its cause stopped" if undone else how
        if base < 0 and tok != anchor and tok.lower_.startswith("un"):
            how = "says it was not done" if sign < 0 else "says it was done"  # "untested"
        elif base < 0:
            how = "says it was done fairly" if by_means < 0 else (
                "says the opposite happened" if view.prop.avoids or lacked else (
                    "says it was averted" if lemma in AVERTED else "says the event ended"))
        if lemma in _DENIALS:  # "had always denied doping", "never denied the talks"
            how = "denies the event" if sign < 0 else "does not deny the event"
        out.append(Signal(sign, 3, f"{how}: {cue}{phrase}"))
    return out
