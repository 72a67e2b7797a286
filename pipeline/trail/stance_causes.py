"""Stance toward a proposition that names a cause ("The Dali's loss of electrical power caused
the bridge collapse", "The wildfire was started by the utility's power lines").

That the effect happened is granted by all; what caused it is the question. A claim takes the
proposition's side when it names the proposition's own cause as the cause of the effect ("the loss
of power was the direct cause of the collapse", "the power failures led directly to the collapse",
"the fire was started by a downed line": a cause sharing one of the proposition's distinctive
words: stance_hypotheses.cause_words), and the other side when it denies that ("the loss of power
did not cause the collapse") or names another cause as the real one or a doer as the cause ("the
real cause was a 1977 bridge with no pier protection", "the fire was set by someone"). A bare
restatement ("the collapse was caused ...") says only that the effect happened, and is left out.
When the cause named is no one's deed (a fault, a failure), foul play is the rival: ruling it out
argues for the proposition ("police found no sign of foul play", "a cyberattack has been ruled
out"), calling it that argues against ("it was sabotage"). When the cause is a thing failing ("a
failure of voltage control"), a claim that says the failing happened argues for it ("some plants
failed to control voltage"), its denial against. Of a human failing (negligence), chance is the
rival: "this was not fate" for, "an accident" against.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.person_words import ROLE_NOUNS
from pipeline.nlp.speakers import ANAPHORIC_ORG_NOUNS, ORG_NOUNS
from pipeline.trail.cause_links import HOW_MUCH, after_effect, cause_link, denied_cause, set_aside
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import ENDINGS, phrasal_keys
from pipeline.trail.plight import persons
from pipeline.trail.proposition import Proposition
from pipeline.trail.proposition_words import (
    BECAUSE,
    CAUSING,
    DOWNING,
    IMPACTS,
    LEADS,
    deed_granted,
)
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_culprits import culprit_signals, culprits, offices
from pipeline.trail.stance_effects import PUT_DOWN
from pipeline.trail.stance_faulty import failure_signals, soundness_signals
from pipeline.trail.stance_harmless import limit_signals
from pipeline.trail.stance_hypotheses import (
    RULED_OUT,
    cause_words,
    lapsed_act,
    phrase_words,
)
from pipeline.trail.stance_intent import about_intent, done_by_somebody
from pipeline.trail.stance_lapses import lapse_signals
from pipeline.trail.stance_links import link_signals
from pipeline.trail.stance_neglect import FAILINGS, foreseen_signals, neglect_signals
from pipeline.trail.stance_rules import Signal, usable

# Doers and deeds named as the cause: "the fire was set by someone", "caused by the pilots".
_DOERS = ROLE_NOUNS | ANAPHORIC_ORG_NOUNS | frozenset(
    "someone somebody arson arsonist pilot crew owner supplier contractor".split())
_UNSAID = frozenset({"it", "this", "that", "what", "which", "who"})
# The fault laid with no effect named: "X was to blame", "the blame lay with X" (not "blamed
# X"); of a thing, also "X was responsible", "X did it".
_LAID = {(w, d) for w in ("blame", "fault", "responsibility") for d in ("xcomp", "nsubj", "dobj")}
_LAID_ON_THINGS = _LAID | {("responsible", "acomp")}
_TOLD = frozenset({"tell", "say", "claim", "insist", "assure"})
_FALSELY = frozenset({"wrongly", "falsely", "mistakenly", "unfairly", "wrongfully"})
_HAPPENED = ("restates the event:", "says the event ended", "says it was averted")


def causal(prop: Proposition) -> bool:
    """The proposition says what caused an event."""
    return prop.kind == "event" and prop.predicate in CAUSING | LEADS | DOWNING


def caused(view: ClaimView, signals: list[Signal]) -> list[Signal]:
    """The event signals of a causal proposition (or an effect put down to a cause): its plain
    restatements dropped (that the effect happened, "the bridge collapsed"), the causes the claim
    names added; of a deed laid at a door, a mishap named instead ("it was an accident")."""
    if not causal(view.prop):
        put = any(s.basis.startswith(PUT_DOWN) for s in signals)  # "the cut was down to X"
        return signals + (mishap_signals(view) or _deed_or_not(view)) if view.prop.accused else [
            s for s in signals if not (put and s.basis.startswith(_HAPPENED))]
    kept = [s for s in signals if not s.basis.startswith(_HAPPENED)]
    if view.prop.predicate in DOWNING:  # a deed: no fault, no foul play to rival it
        named = cause_signals(view) or mishap_signals(view)  # "the plane was shot down", no
        return kept + named if named else signals  # doer named: the downing itself
    human = _human_failing(cause_words(view.prop))  # of a lapse, only chance rivals it
    chance = (mishap_signals(view, _MISHAPS if human else _CHANCES) or neglect_signals(view)
              or foreseen_signals(view)) if human or lapsed_act(view.prop) else []  # "this
    # was not fate", "ignored warnings", "no one could have foreseen it"
    return kept + (cause_signals(view) or link_signals(view) or lapse_signals(view)
                   or failure_signals(view)
                   or soundness_signals(view) or foul_play_signals(view) or contrast_signals(view)
                   or partial_signals(view)
                   or culprit_signals(view) or chance or mishap_signals(view, _COINCIDENCES)
                   or [Signal(-s.sign, s.weight, s.basis) for s in limit_signals(view)])


_ONLY = frozenset({"only", "just", "merely", "small"})


def partial_signals(view: ClaimView) -> list[Signal]:
    """The proposition's cause called only part of it ("the heat was only part of the story",
    "just a small part of the problem"): not the cause the proposition says it was."""
    own = cause_words(view.prop) - view.prop.target
    for tok in view.tokens:
        if tok.lemma_ != "part" or tok.dep_ != "attr" or tok.head.lemma_ != "be" or not any(
                c.lower_ in _ONLY for c in tok.children):
            continue
        cause = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        w = view.walk(tok.head)
        if cause is None or not phrase_words(cause, own) & own or not usable(w, could_ok=True):
            continue
        return [Signal(-w.sign * view.flip, 2, f"calls its cause only part of it: "
                                               f"{view.snippet(cause, tok)}")]
    return []


def contrast_signals(view: ClaimView) -> list[Signal]:
    """The proposition's cause set aside for another ("a crowd that surged on its own, not a
    planning failure") against, or named before what it sets aside ("a failure of planning,
    not an accident") for."""
    own = cause_words(view.prop) - view.prop.target
    for tok in view.tokens:
        if tok.lemma_.lower() not in own or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        phrase = tok.head if tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN" else tok
        side = set_aside(phrase)
        w = view.walk(view.root or phrase)  # the parser hangs a phrase set aside anywhere
        if not side or phrase.i not in view.inside or w.hedge or w.irrealis or w.embedded:
            continue
        said = "sets its cause aside" if side < 0 else "names its cause before another"
        return [Signal(side * view.flip, 2, f"{said}: {view.snippet(tok, phrase)}")]
    return []


# Deeds done on purpose, the rival of a cause that is no one's deed.
_FOUL = frozenset("sabotage saboteur cyberattack cyber-attack attack arson terrorism terrorist "
                  "hack hacking bomb criminality".split())
_DELIBERATELY = frozenset({"deliberately", "intentionally", "purposely", "wilfully"})
_VIOLENT = frozenset({"violent", "unnatural", "suspicious"})
_TRACES = frozenset({"evidence", "sign", "trace", "indication", "proof", "suggestion"})
_SUGGEST = frozenset({"suggest", "indicate", "show", "point"})


def foul_play_signals(view: ClaimView) -> list[Signal]:
    """+1 when foul play is ruled out or found no trace of, -1 when the deed is called that
    ("it was sabotage"); only for a cause that is no one's deed."""
    own = cause_words(view.prop)
    if own & _FOUL or view.prop.accused or about_intent(view.prop.text):
        return []  # foul play is no rival of a deed, nor of a thing said done on purpose
    return _foul_play(view)


def _deed_or_not(view: ClaimView) -> list[Signal]:
    """Of a deed the proposition asserts, foul play called or ruled out: "no signs of a
    violent death" against."""
    if deed_granted(view.prop.deeds, view.prop.predicate):
        return []
    return [Signal(-s.sign, s.weight, s.basis) for s in _foul_play(view)]


def _foul_play(view: ClaimView) -> list[Signal]:
    """+1 (foul play ruled out) or -1 (foul play called) by the words of foul play."""
    for tok in view.tokens:
        if tok.lower_ in _DELIBERATELY and tok.head.lemma_.lower() in CAUSING:
            w = view.walk(tok.head)  # "the fire had been set deliberately"
            if not (w.hedge or w.irrealis):
                return [Signal(-w.sign * view.flip, 2, f"calls it deliberate: "
                                                       f"{view.snippet(tok.head, tok)}")]
        if done_by_somebody(tok):
            w = view.walk(tok.head)  # "somebody did this": a doer, not a fault
            if not (w.hedge or w.irrealis):
                return [Signal(-w.sign * view.flip, 2, f"calls it deliberate: "
                                                       f"{view.snippet(tok, tok.head)}")]
        if _disowned(tok):  # "Ruritania played no part in it": a state's hand ruled out
            w = view.walk(tok.head)
            if not (w.hedge or w.irrealis) and w.sign > 0:
                return [Signal(view.flip, 2, f"rules out foul play: {view.snippet(tok)}")]
        if not (tok.lemma_.lower() in _FOUL or _armed(tok) or (tok.lower_ == "play" and any(
                c.lower_ == "foul" for c in tok.children)) or (tok.lemma_ == "death" and any(
                c.lower_ in _VIOLENT for c in tok.children))):
            continue  # also "no signs of a violent death"
        w = view.walk(tok)
        if w.hedge or w.irrealis:
            continue
        head, trace = tok.head, None
        if head.lower_ == "of" and head.head.lemma_.lower() in _TRACES:
            trace = head.head  # "no sign of foul play"
        elif head.lower_ == "of" and head.head.lemma_.lower() == "act":
            tok = head.head  # "an act of sabotage"
        suggests = head if tok.dep_ == "dobj" and head.lemma_.lower() in _SUGGEST else None
        denied = (trace is not None and (any(c.lower_ == "no" for c in trace.children)
                                         or negated_here(trace.head))) or (
            suggests is not None and suggests.head.lower_ == "nothing")  # "nothing to suggest"
        denied = denied or (tok.dep_ in {"dobj", "nsubjpass"} and bool(
            set(phrasal_keys(head)) & RULED_OUT)) or any(
            c.lower_ == "no" or c.dep_ == "neg" for c in tok.children)
        if denied:
            return [Signal(view.flip, 2, f"rules out foul play: {view.snippet(*tok.subtree)}")]
        if tok.dep_ in {"attr", "ROOT"} and trace is None and w.sign > 0:
            return [Signal(-view.flip, 2, f"calls it foul play: {view.snippet(*tok.subtree)}")]
    return []


def _armed(tok: Token) -> bool:
    """A military strike: "a Ruritanian strike", "an air strike" (not a workers' strike)."""
    return tok.lemma_.lower() in {"strike", "airstrike"} and tok.pos_ == "NOUN" and (
        tok.lower_ == "airstrike" or any(c.dep_ in {"amod", "compound"} and (
            c.ent_type_ in {"NORP", "GPE"} or c.lower_ in {"air", "missile", "military"})
            for c in tok.children))


def _disowned(tok: Token) -> bool:
    """ "Ruritania played no part in it": a state, the doer foul play would have, denies a hand
    in the event (not a body, which may be the negligent one: "the depot said it had no role")."""
    if tok.lemma_.lower() not in {"part", "role", "involvement", "hand"} or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    return tok.dep_ == "dobj" and tok.head.lemma_ in {"play", "have"} and any(
        c.dep_ == "nsubj" and c.ent_type_ in {"GPE", "NORP"} for c in tok.head.children)


def _human_failing(cause: frozenset[str]) -> bool:
    """A cause that is people failing: "negligence", "failures of the organisers"."""
    return bool(cause & FAILINGS or (cause & _LAPSES and cause & (_DOERS | _RUNNERS)))


_LAPSES = frozenset("failure failures failing failings error errors mistake mistakes lapse lapses"
                    .split())
_RUNNERS = frozenset({"organiser", "organizer", "organisers", "organizers", "management",
                      "manager", "managers", "leader", "leaders", "company", "firm", "staff"})
# No one's deed, the rival of a deed: "it was an accident", "pilot error", "a technical fault",
# "natural causes".
_MISHAPS = frozenset("accident accidental mishap malfunction error fault failure fatigue "
                     "weather fate luck".split())  # "bad luck", "this was not fate"
_CHANCES = frozenset({"accident", "accidental", "mishap", "fate", "luck"})  # not "whose fault"
_COINCIDENCES = frozenset({"coincidence", "fluke"})  # of any cause: "that is not a coincidence"
_CAUSE_LINKS = frozenset({"by", "to", "of", "from"})  # "caused by", "due to", "because of"


def mishap_signals(view: ClaimView, mishaps: frozenset[str] = _MISHAPS) -> list[Signal]:
    """-1 when the deed the proposition names is called a mishap ("it was an accident", "the
    crash was caused by pilot error", "due to a technical fault", "died of natural causes"),
    +1 when that is denied or ruled out ("it was no accident", "an accident was ruled out");
    ``mishaps``: the words that name one (of a lapse, chance alone: `_CHANCES`)."""
    for tok in view.tokens:
        if not (tok.lemma_.lower() in mishaps or (tok.lemma_ == "cause" and any(
                c.lower_ == "natural" for c in tok.children))):
            continue
        np = tok.head if tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN" else tok
        own = tok.lemma_.lower() in cause_words(view.prop)  # "a failure of planning" of a
        verb, said = np.head, 1 if own else -1  # failing blamed: its own cause, no mishap
        if np.dep_ == "pobj" and verb.lower_ in _CAUSE_LINKS and (
                verb.head.lemma_.lower() in CAUSING | BECAUSE | {"die", "result"}):
            verb = verb.head  # "caused by pilot error", "due to a fault", "because of"
        if np.dep_ in {"dobj", "nsubjpass"} and set(phrasal_keys(verb)) & RULED_OUT:
            said = -said  # "investigators have ruled out an accident"
        elif not (np.dep_ in {"attr", "acomp", "pobj", "nsubj"} and _befell(view, verb)):
            continue  # "the weather was bad", "changed course because of the weather"
        w = view.walk(verb)
        if w.hedge or w.irrealis or w.embedded:
            continue
        if any(c.lower_ == "no" for c in np.children):
            said = -said  # "it was no accident"
        if not own and said * w.sign > 0 and deed_granted(view.prop.deeds, view.prop.predicate):
            continue  # "behind the sabotage": no accident, but whose deed is the question
        called = ("names its cause" if own else "rules out a mishap") if said * w.sign > 0 else (
            "rules out its cause" if own else "calls it a mishap")
        return [Signal(said * w.sign * view.flip, 2, f"{called}: {view.snippet(*np.subtree)}")]
    return []


# What an event does: "the plane crashed", "he died".
_BEFELL = frozenset({"be", "crash", "die", "explode", "happen", "occur", "fall", "go_down",
                     "collapse", "sink"})


def _befell(view: ClaimView, verb: Token) -> bool:
    """``verb`` says of the proposition's event what brought it about: "it was (caused by,
    due to) ...", "the plane crashed because of ...", "pilot error caused the crash"."""
    if verb.lower_ in BECAUSE and verb.dep_ == "prep":
        verb = verb.head  # "crashed because of"
    kids = {c.dep_: c for c in verb.children}
    if verb.lemma_.lower() in CAUSING and "dobj" in kids:
        return is_effect(view, kids["dobj"])  # "pilot error caused the crash"
    effect = kids.get("nsubjpass") or kids.get("nsubj")
    return effect is not None and (set(phrasal_keys(verb)) & (_BEFELL | CAUSING) or (
        verb.lemma_.lower() in view.prop.event_verbs)) and (
        effect.lower_ in _UNSAID or effect.i in view.refs or is_effect(view, effect)
        or bool(view.prop.accused))  # "he died of natural causes"


def cause_signals(view: ClaimView) -> list[Signal]:
    """A cause named for the proposition's effect: its own (or those it blames: "the master",
    "the managers" of "NASA's management culture") for, another (or its own denied) against."""
    own = cause_words(view.prop) - view.prop.target  # not the effect: "collapse"
    own |= (blamed := culprits(view.prop.explains)) | offices(blamed)
    downing = view.prop.predicate in DOWNING or "sinking" in view.prop.target  # one doer
    # downs a craft: any other is a rival, as is another cause the whole effect is put down to
    links = DOWNING | IMPACTS.get(view.prop.predicate, frozenset()) if downing else frozenset()
    fallen = not downing and bool(view.prop.target & ENDINGS)  # "the firm's collapse"
    links |= _RUINING if fallen else frozenset()
    for tok in view.tokens:
        link = cause_link(tok, links)
        if link is None:
            continue
        cause, effect, real = link
        words = phrase_words(cause, own) - _set_against(cause, own)
        if effect is not None and not (is_effect(view, effect) or (fallen and _fallen(
                effect))) and not words & own:
            continue  # "the cause of the delay": another effect (not a base rate: "faulty
            # wiring causes most fires in old buildings" argues for its own cause)
        had = tok.head.lower_ in HOW_MUCH and tok.lemma_ == "do"  # "nothing to do with it"
        w = view.walk(tok.head.head if had else tok.head if tok.dep_ == "appos" or (
            tok.lower_ in {"because", "owing"}) else tok)  # not "sank" as a fall: the effect
        w.sign *= HOW_MUCH[tok.head.lower_] if had else -1 if any(
            c.lower_ in _FALSELY for c in tok.children) or denied_cause(tok) else 1  # "wrongly
        # blamed on it", "a symptom, not the cause"
        if not usable(w, could_ok=True) or w.irrealis or cause.lower_ in _UNSAID or (
                cause.tag_ == "PRP") or any(
                a.lemma_ in _TOLD and a.i in view.inside for a in tok.ancestors):
            continue  # "tired of being told it was all the cladding": another's account; a
            # cause that "may have" done it leans that way (stance/README.md, Hedges)
        if words & own:
            side, basis = 1, f"names its cause: {view.snippet(cause, tok)}"
        elif tok.dep_ == "pobj":  # "varroa is one of the main causes" (cause_links.one_of)
            continue
        elif real or _set_against(cause, own) or (effect is not None and (
                set(phrasal_keys(tok)) & (links | CAUSING) or after_effect(tok, view.prop.target)
                or tok.lemma_ == "make"  # "made it inevitable"
                or (tok.lemma_ == "blame" and tok.dep_ != "xcomp"))  # "blamed it on X"
        ) or _laid_on_a_thing(view, tok, link, own) or (
                (effect is not None or (tok.lemma_, tok.dep_) in _LAID) and (
                    persons(cause) or cause.lemma_.lower() in _DOERS or tok.dep_ == "nsubj"
                    or cause.ent_type_ in {"PERSON", "ORG", "NORP"})):  # "was shot down by a
            # missile", "was down to the pandemic", "was caused by", "the fault lay in X"
            side, basis = -1, f"names another cause: {view.snippet(cause, tok)}"
        else:
            continue
        neg = " (negated)" if w.sign < 0 else ""
        return [Signal(side * w.sign * view.flip, 3 if side > 0 else 2, basis + neg)]
    return []


# What brings a body down, for a proposition on what caused its collapse: "destroyed by a
# smear campaign", "brought down by rumour", "we were killed by lies".
_RUINING = frozenset("destroy bring_down kill finish ruin wreck topple sink kill_off finish_off"
                     .split())


def _laid_on_a_thing(view: ClaimView, tok: Token, link: tuple[Token, Token | None, bool],
                     own: frozenset[str]) -> bool:
    """ "the overflow was to blame", "the storm was responsible", "the storm did it": a thing
    named as the cause, no effect named; not a person or a body, which may be answerable for
    the very cause the proposition names, nor the effect, nor a clipped word of its own cause
    ("the heat" of a heatwave)."""
    cause, effect, _ = link
    laid = (tok.lemma_, tok.dep_) in _LAID_ON_THINGS or (tok.lemma_ == "do" and tok.dep_ != "relcl")
    return laid and effect is None and not persons(cause) and cause.pos_ != "PRON" and (
        cause.lemma_.lower() not in _DOERS | ORG_NOUNS) and cause.ent_type_ not in {
        "PERSON", "ORG", "NORP", "GPE"} and not view.is_target(cause) and not any(
        o.startswith(cause.lemma_.lower()) for o in own)


def _fallen(effect: Token) -> bool:
    """The body that collapsed ("we", "the charity"), or of a death those killed ("the fish")."""
    named = effect.lemma_.lower() in ANAPHORIC_ORG_NOUNS or effect.head.lemma_ == "kill"
    return effect.lower_ in {"we", "us", "they", "them", "it"} or (named and any(
        c.lower_ in {"the", "those", "these"} for c in effect.children))


def _set_against(cause: Token, own: frozenset[str]) -> set[str]:
    """The proposition's own cause words set against it: "the design, not the vessel"."""
    parts = [c for c in (*cause.children, *cause.head.children) if c.i > cause.i and (
        c.dep_ in {"appos", "conj", "npadvmod", "attr"}) and (
        any(g.dep_ == "neg" or g.lower_ == "not" for g in c.children)
        or cause.doc[c.left_edge.i - 1].lower_ == "not")] + [
        t for t in cause.subtree if t.i > cause.i and t.pos_ in {"NOUN", "PROPN"} and (
            set_aside(t) < 0)]  # "the crowd rather than the organisers"
    return {w for c in parts for w in phrase_words(c, own)} & own


_SHARES = frozenset({"share", "proportion", "number", "majority", "most", "many", "half",
                     "third", "quarter", "percent", "cent"})
# A craft's downing by another name: "the crash", "the disaster".
_DOWNED = frozenset({"crash", "downing", "disaster", "tragedy", "loss", "damage"})


def is_effect(view: ClaimView, effect: Token) -> bool:
    """The proposition's effect: named by its own words, a reference, or "it"."""
    words = {t.lemma_.lower() for t in effect.subtree if len(t) > 3}
    if effect.lemma_.lower() in _SHARES or (effect.tag_ == "NNS" and effect.lower_ not in (
            view.prop.target) and not any(c.dep_ in {"det", "poss"} for c in effect.children)):
        return False  # "causes a large share of fires", "causes fires": fires in general
    return effect.lower_ in {"it", "this"} or effect.i in view.refs or any(
        t.endswith(w) for t in view.prop.target for w in words) or (  # "fire" of "wildfire"
        view.prop.predicate in DOWNING and effect.lemma_.lower() in _DOWNED)
