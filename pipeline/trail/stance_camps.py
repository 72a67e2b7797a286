"""Stance signals from who speaks and how: a speaker named by their camp ("critics say",
"opponents of the bill said") or stating their attitude or resolve with the topic understood
("we remain opposed", "we will press ahead", "ministers must think again"), or refusing it
outright ("over my dead body", "the answer is still no"). Policies only: an event's camps are
not named this way."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import (
    CON_ADJS,
    CON_CAMPS,
    PRO_ADJS,
    PRO_CAMPS,
    UNQUALIFIED_CAMPS,
    phrasal_keys,
)
from pipeline.trail.stance_rules import Signal, subjects, usable

# Resolve on the policy under discussion, its object understood: pressing on backs it, backing
# down or thinking again drops it ("we will not back down" backs it).
PRESS_ON = frozenset("press_on press_ahead push_ahead push_on go_ahead forge_ahead plough_on "
                     "plow_on stand_firm hold_firm carry_on persevere".split())
BACK_DOWN = frozenset("back_down climb_down u-turn think_again rethink reconsider back_off "
                      "cave_in give_up retreat look_again turn_back".split())


def camp_signals(view: ClaimView) -> list[Signal]:
    """A speaker named by their camp: "critics say ...", "opponents of the bill said ..."."""
    cue = view.cue_tok or _inner_cue(view)
    if cue is None:
        return []
    subjs = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjs += [a for s in subjs for a in s.children if a.dep_ == "appos"]  # "X, a critic of"
    for subj in subjs:
        lemma = subj.lemma_.lower()
        side = -1 if lemma in CON_CAMPS else 1 if lemma in PRO_CAMPS else 0
        objects = [g for c in subj.children if c.dep_ == "prep" and c.lower_ in {"of", "to"}
                   for g in c.children if g.dep_ == "pobj"]
        if not side or (not objects and lemma not in UNQUALIFIED_CAMPS):
            continue
        named = [g for g in objects if g.i in view.refs or view.is_arg(g)]
        if objects and not named:
            continue  # "critics of the government": not of this policy
        who = subj.doc[subj.left_edge.i:subj.right_edge.i + 1].text
        named_by = subj.head if subj.dep_ == "appos" else subj
        if view.speaker and view.speaker not in who.lower() and named_by.lower_ not in (
                view.speaker):
            continue  # the camp of another speaker in the sentence
        sign = side * (view.ref_sign(named[0]) if named else view.prop.target_sign)
        return [Signal(sign, 3, f"said by {who[:60]}")]
    return []


def _inner_cue(view: ClaimView) -> Token | None:
    """The cue inside the content, when the claim kept its attribution ("[which its opponents
    say will open the door to ...]"): the cue verb with a subject of its own."""
    first = view.cue.split(" ")[0]
    return next((t for t in view.tokens if t.lemma_.lower() == first and t.pos_ == "VERB"
                 and any(c.dep_ == "nsubj" for c in t.children)), None)


_PERSONAL = frozenset({"i", "we", "he", "she", "they"})


def attitude_signals(view: ClaimView) -> list[Signal]:
    """ "[We remain implacably opposed]": the speaker's attitude, with the topic understood."""
    root = view.root
    if root is None:
        return []
    felt = root.tag_ == "VBN" and root.lower_ in PRO_ADJS | CON_ADJS  # "was not convinced"
    adjs = [root] if root.pos_ == "ADJ" or felt else [
        c for c in root.children if c.dep_ == "acomp"]
    for adj in adjs:
        lemma = adj.lower_ if adj.tag_ == "VBN" else adj.lemma_.lower()
        side = 1 if lemma in PRO_ADJS else -1 if lemma in CON_ADJS else 0
        if not side or any((c.dep_ in {"prep", "agent"} and not _weighed(c)) or c.dep_ == "ccomp"
                           for c in adj.children):
            continue  # "opposed to the war", "convinced it will fail": the object says what
        subject = subjects(root if root.pos_ != "ADJ" else adj)
        if subject and not _holds_views(subject[0], view):
            continue
        w = view.walk(adj)
        if not usable(w, could_ok=False):
            continue
        return [Signal(side * w.sign * view.prop.target_sign * view.flip, 3,
                       f"says {view.snippet(*subject, adj)}")]
    return []


_THIRD = frozenset({"he", "she", "they"})
# Who holds a view: "his party was not convinced", "the industry remains sceptical".
_BODIES = frozenset("party union industry association government council members colleagues "
                    "ministers campaigners group trade sector committee board".split())
_GROUNDS = frozenset("evidence argument arguments case data research figures".split())


def _weighed(prep: Token) -> bool:
    """ "convinced by the evidence", "sceptical of the case": the grounds, not an object."""
    return prep.lower_ in {"by", "of"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _GROUNDS for g in prep.children)


def _holds_views(subject: Token, view: ClaimView) -> bool:
    return subject.lower_ in _PERSONAL or (subject.i not in view.refs and (
        subject.ent_type_ in {"PERSON", "ORG", "NORP"} or subject.lemma_.lower() in _BODIES))


def resolve_signals(view: ClaimView) -> list[Signal]:
    """ "[We will press ahead]", "[ministers must think again]": resolve with the topic
    understood. With an object of its own ("press ahead with tax cuts") the verb is about
    that; with the policy as subject ("the ban will go ahead") it is a forecast."""
    if view.prop.target_sign < 0:
        return []  # "the ban should be lifted": whose resolve, on which side, is unclear
    for verb in view.tokens:
        if verb.pos_ != "VERB":
            continue
        keys = set(phrasal_keys(verb))
        keys |= {f"{verb.lemma_.lower()}_again"} if any(
            c.lower_ == "again" for c in verb.children) else set()
        side = 1 if keys & PRESS_ON else -1 if keys & BACK_DOWN else 0
        objects = [c for c in verb.children if c.dep_ in {"dobj", "prep", "ccomp", "xcomp"}]
        if not side or any(not (o.dep_ == "prep" and any(  # "back down on the ban" is fine
                g.i in view.refs or g.lower_ in {"it", "this"} for g in o.children))
                for o in objects):  # "look at this again": the topic understood
            continue
        subject = subjects(verb)
        if subject and (subject[0].i in view.refs or (view.is_arg(subject[0]) and (
                subject[0].lemma_.lower() not in view.prop.agents))):
            continue  # but "the government must think again": who is to act, asked to
        w = view.walk(verb)
        asked = w.commit or view.commit_cue()  # "urged [ministers to think again]"
        reported = bool(subject) and not asked and (subject[0].lower_ in _THIRD or (
            side < 0 and not objects and subject[0].pos_ == "NOUN"
            and subject[0].lemma_ not in _BODIES))  # not "the government would not back down"
        if not usable(w, could_ok=False) or reported:
            continue  # "he is going ahead anyway", "victims are giving up": another's act
            # reported, not a resolve shared
        neg = " (negated)" if w.sign < 0 else ""
        return [Signal(side * w.sign * view.flip, 3, f"resolve: {view.snippet(verb)}{neg}")]
    return []


# What a camp says, judged as the camp is: "the critics' figures were scaremongering".
_SAYINGS = frozenset("figure figures claim claims fear fears argument arguments warning "
                     "warnings estimate estimates prediction predictions case".split())


def camp_judged_signals(view: ClaimView) -> list[Signal]:
    """ "[Opponents were scaremongering]", "[the critics are being short-sighted]": judging a
    camp judges its side ("critics of the scheme are right" refutes the scheme). Bare
    "supporters" are fans (see evaluative.py), so only critics' camps or a camp "of" the topic."""
    from pipeline.trail.eval_verbs import AGENT_VERBS
    from pipeline.trail.stance_eval import complex_valence

    for tok in view.tokens:
        camp = next((c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in (
            CON_CAMPS | PRO_CAMPS)), None) if tok.lemma_.lower() in _SAYINGS else None
        lemma = (camp if camp is not None else tok).lemma_.lower()
        side = -1 if lemma in CON_CAMPS else 1 if lemma in PRO_CAMPS else 0
        objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "to"}
                   for g in c.children if g.dep_ == "pobj"]
        if not side or tok.dep_ != "nsubj" or (objects and not any(
                g.i in view.refs or view.is_arg(g) for g in objects)) or (
                not objects and lemma not in UNQUALIFIED_CAMPS):
            continue
        pred = tok.head
        if pred.lemma_.lower() in AGENT_VERBS or set(phrasal_keys(pred)) & (PRESS_ON | BACK_DOWN):
            continue  # "critics fear ...", "critics say ...": their view, not a judgement
        val, words = complex_valence(view, pred)
        w = view.walk(pred)
        if abs(val) < 1.0 or not words or not usable(w, could_ok=False):
            continue
        sign = side * (1 if val > 0 else -1) * w.sign * view.flip * view.prop.target_sign
        who = tok.text if camp is None else f"{camp.text} {tok.text}"  # "critics' figures"
        return [Signal(sign, 2, f"judges the {who}: '{', '.join(words[:2])}'")]
    return []


# Refusals whose object is whatever is under discussion: the topic understood.
_REFUSALS = re.compile(r"\bover my dead body\b|\bthe answer (?:is|was|will be) (?:still |always "
                       r"|simply )?(?:a )?(?:firm |flat |resounding )?no\b", re.I)


def refusal_signals(view: ClaimView) -> list[Signal]:
    """ "[He can keep coming back - the answer is still no]", "[Over my dead body]": an
    outright refusal in the speaker's own words refuses the policy under discussion."""
    if view.prop.target_sign < 0:
        return []  # "the ban should be lifted": which side a refusal takes is unclear
    text = view.sent.text[view.start:view.end]
    found = _REFUSALS.search(text)
    if found is None:
        return []
    return [Signal(-1 * view.flip, 3, f"refuses: '{found.group(0)}'")]
