"""A prescribed or promised restatement of the proposition: "rates should stay on hold", "we
must ban it", and, for granted powers, of what they allow: "the men should be released" (the
opposite of detaining), "ministers should not be able to lock people up without trial"; and
the policy urged through ("get it signed", "let's get on with it").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.commands import imperative
from pipeline.trail.direction_groups import CURBS
from pipeline.trail.evaluative import (
    DIRECTIONS,
    FORECAST_CUES,
    OPEN_TO,
    phrasal_keys,
    prep_objects,
)
from pipeline.trail.misparses import verb_as_noun
from pipeline.trail.plight import persons
from pipeline.trail.pronouns import in_a_form
from pipeline.trail.proposition import ALLOWED, OCCURRENCES
from pipeline.trail.proposition_words import akin
from pipeline.trail.scope import negated_here, shut
from pipeline.trail.stance_rules import (
    OBJ_DEPS,
    Signal,
    commits,
    on_condition,
    subjects,
    usable,
)
from pipeline.trail.word_forms import made_free_prop

SCRAP = DIRECTIONS[8]  # "scrap", "abolish", "axe": a policy to be removed
TOPIC_PRONOUNS = frozenset({"it", "them", "this", "these", "lot"})  # "legalise the lot"
# "keep it under review", "hold it under consideration": a decision deferred, no side.
_UNDECIDED = ("_under_review", "_under_consideration")


def does_to_people(view: ClaimView, verb: Token, keys: list[str]) -> int:
    """What granted powers allow, done to people: +1 "lock them up", -1 "release the men"
    (not "release figures")."""
    if _made_to_do(view, verb):
        return 1
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "charged or released"
    patients = next(([c for c in h.children if c.dep_ in {"dobj", "nsubjpass"}] for h in heads
                     if any(c.dep_ in {"dobj", "nsubjpass"} for c in h.children)), [])
    return view.prop.does(keys) if patients and all(persons(p) for p in patients) else 0


def _made_to_do(view: ClaimView, verb: Token) -> bool:
    """A duty's act forced on people by "make": "make everyone vote", "people should be made
    to vote" (for "Voting should be made compulsory")."""
    if not view.prop.compels or verb.lemma_.lower() != "make":
        return False
    acts = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "advcl"}
            and (c.lemma_.lower() in view.prop.args or akin({c.lemma_.lower()}, view.prop.args))]
    doers = [s for a in acts for s in a.children if s.dep_ == "nsubj"] or [
        c for c in verb.children if c.dep_ == "nsubjpass"] * bool(acts)
    return bool(doers) and all(persons(d) for d in doers)


def _what_kind(view: ClaimView) -> bool:
    """ "What kind of democracy locks people up ...?": doing it, held up to be condemned (the
    rhetorical question turns the signal round)."""
    words = [t.lower_ for t in view.tokens if t.is_alpha][:3]
    return view.rhetorical and words[:1] == ["what"] and words[1:3] in (["kind", "of"],
                                                                       ["sort", "of"])


def _allowed_act(view: ClaimView, verb: Token) -> bool:
    """The act a permission allows, which names it alone: "Britain should frack" for "Fracking
    should be allowed" (proposition.py gives its verbs only to such a policy)."""
    return view.prop.kind == "policy" and view.prop.group == ALLOWED and (
        verb.lemma_.lower() in view.prop.event_verbs)


_NAMING = frozenset({"target", "anaphor", "pronoun"})  # "the scheme / it must go"
# Intransitive starts of what the subject names: "the scheme should never get started".
_STARTS = frozenset("start begin commence get_going get_under_way kick_off".split())
_MUST = frozenset({"must", "should", "ought"})
_WHERE_TO = frozenset("further farther far ahead back forward on too".split())  # "go further"


def restate_signals(view: ClaimView) -> list[Signal]:
    """One signal per restating verb that is prescribed or promised (not forecast)."""
    out = []
    for verb in view.tokens:
        if verb.pos_ != "VERB" and not verb_as_noun(verb):
            continue
        keys = phrasal_keys(verb)  # "the offer will go ahead": the policy happens
        if any(k.endswith(_UNDECIDED) for k in keys) or _risen_to(verb):
            continue  # "keep the voting age under review": a question left open
        gone = _gone(verb, keys) and (1 if view.prop.predicate in SCRAP else -1 if any(
            c.lower_ in _MUST for c in verb.children) else 0)  # "the cameras must go",
        # "should have gone": scrapped; "the ban must go": undone (not "won't go back in")
        intransitive = verb.dep_ != "advcl" and not any(c.dep_ == "dobj" for c in verb.children)
        happens = bool(set(keys) & OCCURRENCES) or (intransitive and bool(
            {"pass", *_STARTS} & set(keys)))  # "the bill should pass", "it should never get
        # started": it happens (not "a survey before it started")
        stays = next((view.ref_sign(s) for s in subjects(verb) if s.i in view.refs), 0) if (
            intransitive and _STAYS & set(keys) and not any(
                c.dep_ in _STATED and not _in_place(c) for c in verb.children)) else 0  # "the
        # ban must remain in place", by its subject's sign (not "the law as it stands must stay")
        restate = view.prop.restates(keys) or (happens or gone or stays) * any(view.refs.get(
            c.i) in _NAMING | ({"halt"} if stays else set()) for c in subjects(verb))  # "it
        # should never get started", "should stay" (of a grant, "the ban should stay" too)
        rid = 0 if restate else _rid_of(view, verb, keys)
        restate = restate or rid
        done = 0 if restate else does_to_people(view, verb, keys)
        if not restate and not done:
            continue
        args = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
        args += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
        args += [g for c in verb.children if c.dep_ == "acomp" for p in c.children  # "get rid
                 if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]  # [of] it"
        if verb.dep_ == "xcomp":  # "rates needed to go up": the controller is the argument
            args += subjects(verb) + [c for c in verb.head.children if c.dep_ == "dobj"]
        elif verb.dep_ == "conj" and (stays or happens or gone or any(
                c.dep_ == "auxpass" for c in verb.children)):  # "[the tests] narrow the
            args += subjects(verb)  # curriculum and should be abolished", "... and should stay"
        elif (undergoes := _for_to(verb)) is not None:
            args.append(undergoes)
        if not done and not rid and not _allowed_act(view, verb) and not any(
                view.is_arg(a) or a.i in view.refs or (
                    a.dep_ in {"dobj", "pobj"} and a.lower_ in TOPIC_PRONOUNS
                    and imperative(verb))
                for a in args):  # "Put them up!" on rates: the command's object is the topic
            continue
        restate = restate or done
        if (not done and any(a.i in view.refs and a.dep_ in OBJ_DEPS and not happens
                             for a in args)) or any(
                c.dep_ == "dobj" and any(m.lower_ == "own" for m in c.children) for c in args):
            continue  # left to act_signals (not people done to); "buy back its own shares"
        w = view.walk(_for_to(verb) or verb)
        sign = restate * w.sign * view.flip
        neg = ", negated" if w.sign * view.flip < 0 else ""
        what = "the policy" if restate > 0 else "its opposite"  # "should be released"
        if on_condition(w, verb, True) and not_yet(verb):  # put off: "should not go ahead
            # until the water is secured" (an "if" is a hypothetical, and takes no side)
            out.append(Signal(sign, 2, f"restates {what}{neg} on a condition: "
                                       f"{view.snippet(verb)}"))
            continue
        if (not usable(w, could_ok=False) or not (commits(view, w) or _what_kind(view) or shut(
                w, view.flip)) or (w.irrealis in OPEN_TO and not shut(w, view.flip))
                or view.cue in FORECAST_CUES):
            continue  # (but "no intention of banning it" rules it out)
        out.append(Signal(sign, 3, f"restates {what}{neg}: {view.snippet(verb)}"))
    return out + _seen_through(view)


def _rid_of(view: ClaimView, verb: Token, keys: list[str]) -> int:
    """+1 for scrapping or ending what a ban or curb acts on, or its ending: "abolish them",
    "I'd scrap the lot", "get rid of zero-hours contracts", "they should be phased out", "end
    the contracts", "the contracts must end" (of "Zero-hours contracts should be banned"); -1
    for its staying: "zero-hours contracts should stay"."""
    if view.prop.group not in CURBS:
        return 0
    said_of = [s for s in subjects(verb) if {s.lower_, s.lemma_.lower()} & view.prop.restricted]
    if set(keys) & {"stay", "remain"} and not any(c.dep_ in _STATED for c in verb.children):
        return -int(bool(said_of))
    if (set(keys) & _ENDS or (_gone(verb, keys) and any(c.lower_ in _MUST for c in (
            verb.children)))) and said_of and not any(c.dep_ == "dobj" for c in verb.children):
        return 1  # "greyhound racing must end", "... must go"
    ended = set(keys) & (_ENDS | {"halt"})  # "end the sale to the public", "stop the trade"
    if not set(keys) & (SCRAP | {"rid_of"}) and not ended:  # "rid" read as the verb
        return 0
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        o for t in (verb, *verb.children) for o in prep_objects(t, {"of"}) if not ended]
    return int(any(o.lower_ in TOPIC_PRONOUNS - {"it", "this"} or (
        {o.lower_, o.lemma_.lower()} & view.prop.restricted) for o in objs))


def _gone(verb: Token, keys: list[str]) -> bool:
    """A bare "go" or "stop": done away with ("must go", "should have gone", "should stop
    altogether"; not "go ahead", "go on", "stop at eleven", "stop it")."""
    bare = verb.lemma_ in {"stop", "cease"} or (
        verb.lemma_ == "go" and set(keys) <= {"go", verb.lower_})
    return bare and not any(c.dep_ in {"prep", "acomp", "dobj", "xcomp"} or c.lower_ in _WHERE_TO
                            for c in verb.children)


_STATED = frozenset({"acomp", "oprd", "xcomp", "attr", "prep"})  # "stay legal", "remain in"
_ENDS = frozenset({"end", "stop", "cease", "disappear"})  # what a ban acts on, ending itself
_STAYS = frozenset({"stay", "remain", "continue", "survive"})


def _in_place(prep: Token) -> bool:
    """ "in place", "in some form": how a kept policy stays (not "remain in the EU"); "for
    everyone", "until 2030": for whom or how long."""
    return in_a_form(prep) or (
        prep.dep_ == "prep" and prep.lower_ in {"for", "until", "till", "beyond"})


def _for_to(verb: Token) -> Token | None:
    """The noun a passive infinitive after "for" is done to, which the small model hangs as a
    relative clause on it ("calls for [the sale] to be banned") or on the cue ("calls for [fur
    farming] to be banned"): the clause is the content's claim, not background."""
    if not {"aux", "auxpass"} <= {c.dep_ for c in verb.children}:
        return None
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ in {"advcl", "xcomp"}:
        return next((g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "for"
                     for g in c.children if g.dep_ == "pobj" and g.i < verb.i), None)
    return None


_OCCASIONS = frozenset({"it", "this", "that", "occasion", "challenge", "task"})


def _risen_to(verb: Token) -> bool:
    """ "they'll rise to it", "rose to the challenge": an idiom of coping, no level moved."""
    return verb.lemma_.lower() == "rise" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in _OCCASIONS for g in c.children)
        for c in verb.children)


# What a thing urged through becomes: "get it done", "get it built", "get it signed".
_THROUGH = frozenset({"done", "built", "signed", "finished", "sorted", "delivered"})
_URGED = frozenset({"should", "must", "imperative", "ought"})


def _seen_through(view: ClaimView) -> list[Signal]:
    """ "Get it done", "it's time to get it signed", "let's get on with it": the policy (or
    "it", the one in the news) urged through, prescribed or asked for."""
    out = []
    for verb in view.tokens:
        if verb.lemma_.lower() != "get" or verb.i not in view.inside:
            continue
        named = [t for c in verb.children for t in (c, *c.children) if t.dep_ in {
            "nsubj", "dobj", "pobj"} and t.i > verb.i and (t.i in view.refs or t.lower_ in {
            "it", "this"})]
        done = any(c.dep_ in {"ccomp", "xcomp", "oprd", "acomp"} and c.lower_ in _THROUGH
                   for c in verb.children)
        on_with = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep"}} >= {"on", "with"}
        if not named or not (done or on_with):
            continue
        w = view.walk(verb)
        urged = w.commit in _URGED or view.commit_cue() or (  # not "they will get it done"
            verb.dep_ == "relcl" and verb.head.lemma_ == "time")  # "it's time to get it done"
        if not usable(w, could_ok=False) or not urged:
            continue
        sign = w.sign * view.flip * (view.ref_sign(named[0]) if named[0].i in view.refs else 1)
        out.append(Signal(sign, 3, f"urges it through: {view.snippet(verb)}"))
    return out


# A policy declared alive or dead: "the pledge stands", "the plan remains in place", "the
# scheme is here to stay" keep it; "the idea is dead", "off the table", "not on the agenda"
# drop it, in quotation marks or not.
_STANDING = re.compile(
    r"\s*(?:(?P<alive>(?:still\s+)?stands?|remains?\s+(?:in\s+place|on\s+the\s+table)|(?:is|are)"
    r"\s+(?:still\s+|firmly\s+)?[\"'\u201c\u2018]?(?:here\s+to\s+stay|on\s+the\s+(?:table|agenda)"
    r"|alive))|(?P<unlisted>(?:is|are|was|were)\s+not\s+on\s+the\s+(?:table|agenda))|(?:is|are"
    r"|was|were)\s+(?:now\s+)?[\"'\u201c\u2018]?(?:dead(?:\s+in\s+the\s+water)?|off\s+the\s+"
    r"(?:table|agenda)|a\s+dead\s+duck))\b"
    r"(?!\s+(?:\w+ly\s+)?(?:beside|next|by|near|among|alongside|outside|inside|in|at|on|behind|"
    r"opposite|between|with|up)\b)", re.I)  # where it stands is no declaration: "they stand
# beside Egypt and Assyria", "stands at 40 %", "stand up to scrutiny", "stands fully behind"


def standing_signals(view: ClaimView) -> list[Signal]:
    """ "[the pledge stands]", "[the plan is dead]": the policy, named as the subject, declared
    kept or dropped by the words right after it."""
    text = view.sent.text
    for i in sorted(view.refs):
        tok = view.sent.doc[i]
        if i not in view.inside or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        found = _STANDING.match(text, tok.idx + len(tok.text), view.end)
        if found is None or (negated_here(tok.head) and not found["unlisted"]) or any(
                c.dep_ == "mark" and c.lower_ != "that" for c in tok.head.children):
            continue  # "enforce the law as it stands", "while the law stands": no verdict
        side = (1 if found["alive"] else -1) * view.ref_sign(tok) * view.flip
        return [Signal(side, 3, f"declares it {'kept' if found['alive'] else 'dropped'}: "
                                f"{view.snippet(tok, tok.head)}")]
    return []


def not_yet(verb: Token) -> bool:
    """ "until ...", "before ...": a condition that puts the act off, not a hypothetical."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"until", "till",
                                                                           "before"}
                                         for m in c.children) for c in verb.children)


def free_signals(view: ClaimView) -> list[Signal]:
    """ "Wales will stay GM-free", "Britain should remain GM free": a place kept free of what
    the policy brings about, prescribed or promised, is against it; what a charge to be
    scrapped pays for, prescribed free, is for it ("tuition should be free")."""
    out = []
    for tok in view.tokens:
        if tok.lower_ != "free" or tok.dep_ not in {"acomp", "amod", "oprd"}:
            continue
        if _paid_for(view, tok):  # "education should be free at the point of use"
            w = view.walk(tok.head)
            if usable(w, could_ok=False) and commits(view, w):
                out.append(Signal(w.sign * view.flip, 3, f"made free: {view.snippet(tok)}"))
            continue
        named = next((c for c in tok.children if c.dep_ == "npadvmod"), None) or next((
            c for c in tok.head.children if c.dep_ == "dobj" and c.i == tok.i - 1), None)
        if named is None or view.refs.get(named.i) != "target":
            continue
        w = view.walk(tok.head if tok.dep_ != "amod" else tok)
        if not usable(w, could_ok=False) or not commits(view, w) or view.cue in FORECAST_CUES:
            continue
        sign = -view.ref_sign(named) * w.sign * view.flip
        out.append(Signal(sign, 3, f"kept free of it: {view.snippet(named, tok)}"))
    return out


def _paid_for(view: ClaimView, free: Token) -> bool:
    """ "[Tuition / education] should be free": what a charge to be scrapped pays for, said to
    be free of it (not "free to choose", "free of charge" said of something else, nor people)."""
    subject = next((c for c in free.head.children if c.dep_ == "nsubj"), None)
    return free.dep_ == "acomp" and made_free_prop(view.prop) and subject is not None and (
        not persons(subject)) and not any(c.dep_ in {"xcomp", "ccomp"} or (
            c.dep_ == "prep" and c.lower_ in {"to", "from", "of"}) for c in free.children)
