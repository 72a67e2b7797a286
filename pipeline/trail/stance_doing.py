"""Doing the policy, judged: "[Banning these adverts will save lives]" supports the ban,
"[Scrapping the scheme would be a mistake]" supports the scheme, "[Bringing this in now risks
doing more harm than good]" refutes it.

A clause that is the subject of the main predicate (a gerund or "to" infinitive) and carries
the policy out (restates its act, or realises a policy noun or pronoun: "bringing this in") or
undoes it ("scrapping the scheme"), read with that predicate's valence
(stance_eval.complex_valence). The act is the subject, so what is said of it is said of doing
the policy.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import (
    CON_ACTS,
    PRO_ACTS,
    REALISE,
    UNDO,
    base_forms,
    phrasal_keys,
)
from pipeline.trail.misparses import hyphen_prefix
from pipeline.trail.plight import persons
from pipeline.trail.proposition_words import ACT_NOUNS
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, usable

_POINTERS = frozenset({"it", "this", "them", "these", "that"})
# Nouns that stand for the act they are of: "the plan to scrap the ban" (its scrapping).
PLANS = frozenset({"plan", "move", "decision", "bid", "attempt", "push", "proposal"})


def _done(view: ClaimView, verb: Token) -> int:
    """+1 the clause carries the policy out, -1 it undoes it, 0 neither."""
    keys = set(phrasal_keys(verb))
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    named = [o for o in objs if o.i in view.refs or view.is_arg(o) or o.lower_ in _POINTERS]
    restated = view.prop.restates(list(keys))
    if restated and (named or not objs):
        return restated  # "banning these adverts", "to ban them"
    if objs and all(persons(o) for o in objs) and view.prop.does(list(keys)):
        return view.prop.does(list(keys))  # "releasing the men": undoing what powers allow
    on_policy = [o for o in objs if o.i in view.refs or o.lower_ in _POINTERS]
    if not objs and keys & UNDO and not keys & REALISE:
        return -1  # "pausing now would waste millions": undoing, the policy understood
    if not on_policy:
        return 0
    sign = 1 if keys & (REALISE | PRO_ACTS) else -1 if keys & (UNDO | CON_ACTS) else 0  # "wrong
    # to rule out new reactors": a side taken on it, judged
    return sign * view.ref_sign(on_policy[0]) if on_policy[0].i in view.refs else sign


def act_named(view: ClaimView, noun: Token) -> int:
    """+1 a subject noun names carrying the policy out, -1 undoing it, 0 neither: "the
    cancellation of HS2", "its abolition", a bare "a U-turn" (the claim is on the topic), and
    the small model's "[scrapping] HS2" (a gerund parsed as the noun's modifier)."""
    planned = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    if planned is not None and noun.lemma_.lower() in PLANS:
        return _done(view, planned)  # "the plan to scrap the ban": the scrapping
    acting = next((c for c in noun.children if c.dep_ in {"compound", "amod"}
                   and c.tag_ == "VBG"), None)
    if acting is not None and noun.i in view.refs:
        verb = acting.lemma_.lower()
    else:
        prefix = hyphen_prefix(noun)  # "U-turn", "go-ahead"
        verb = ACT_NOUNS.get(f"{prefix}-{noun.lemma_.lower()}" if prefix else noun.lemma_.lower())
        if verb is None and noun.lower_.endswith("ing"):  # "pausing now would waste millions"
            verb = next((b for b in base_forms(noun) if b in UNDO | REALISE), None)
        owners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "to"}
                  for g in c.children if g.dep_ == "pobj"]  # "a delay to the bus lanes"
        owners += [c for c in noun.children if c.dep_ == "poss"]
        if verb is None or any(o.i not in view.refs and not view.is_arg(o)
                               and o.lower_ not in _POINTERS | {"its"} for o in owners):
            return 0  # "the cancellation of flights"
    restated = view.prop.restates([verb])
    return restated or (1 if verb in REALISE else -1 if verb in UNDO | _REFUSING else 0)


# Refusing the policy undoes it as far as a noun can tell: "the refusal was a disgrace".
_REFUSING = frozenset({"refuse", "reject", "veto"})


_WOULD = frozenset({"would", "will", "could", "'d", "'ll", "wo", "might"})


def _judging(main: Token) -> bool:
    """A named act is judged by "is"/"would": "cancellation would be a disaster"; a past one
    is reported ("the U-turn showed the scheme was in trouble")."""
    return main.lemma_ == "be" or any(c.lower_ in _WOULD for c in main.children)


def _subject_clause(verb: Token) -> bool:
    """ "Banning X will ...", "To ban X would ...", and the small model's "Bringing this in
    now, ..., risks ..." (a subjectless opening clause tagged as an adverbial)."""
    if verb.dep_ == "csubj":
        return True
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < verb.head.i
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.head.children))


def _judged_doing(verb: Token) -> bool:
    """ "[the government was wrong to impose a ban]", "[ministers were right to press on]": an
    adjective's infinitive, judged by the adjective."""
    return verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" and (
        any(c.lower_ == "to" for c in verb.children))


_TIME = frozenset({"high", "about", "past"})


def _not_yet(adj: Token) -> float:
    """ "too early / too soon to raise rates": not now, so against doing it."""
    early = adj.lower_ in {"early", "soon", "premature"}
    return -2.0 if early and any(c.lower_ == "too" for c in adj.children) else 0.0


def time_signals(view: ClaimView) -> list[Signal]:
    """ "[it is high time smoking was banned]", "it is time to scrap the scheme", "the time has
    come for the sculptures to come home": the act prescribed, or its undoing."""
    for tok in view.tokens:
        if tok.lemma_.lower() != "time" or not (any(c.lower_ in _TIME for c in tok.children) or (
                tok.dep_ == "nsubj" and tok.head.lemma_ == "come")):  # "the time has come for"
            continue
        around = [*tok.children, *(tok.head.children if tok.dep_ == "attr" else ())]
        for verb in (c for c in around if c.dep_ in {"relcl", "acl", "ccomp"}):
            done = _done(view, verb)
            w = view.walk(tok)
            if done and usable(w, could_ok=False):
                return [Signal(done * w.sign * view.flip, 3, f"high time: {view.snippet(verb)}")]
    return []


def doing_signals(view: ClaimView) -> list[Signal]:
    """The judgement of carrying the policy out (or undoing it), said of a clause subject or
    by an adjective ("was wrong to impose it"). A judged clause subject is noted in
    ``view.judged``: its act is what is judged, not a side taken ("[abolishing the agency would
    help no one]" does not call for abolition)."""
    from pipeline.trail.stance_eval import complex_valence

    for verb in view.tokens:
        if verb.pos_ == "VERB" and _judged_doing(verb):
            done, adj = _done(view, verb), verb.head
            val = view.valence(adj) or _not_yet(adj)
            w = view.walk(adj)
            if done and abs(val) >= 1.0 and usable(w, could_ok=True):
                sign = done * (1 if val > 0 else -1) * w.sign * view.flip
                return [Signal(sign, 2, f"doing it is '{adj.text}'")]
        named = verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "nsubj" and _judging(verb.head)
        if not named and (verb.pos_ != "VERB" or not _subject_clause(verb)):
            continue
        main = verb.head
        done = act_named(view, verb) if named else _done(view, verb)
        if not named and negated_here(verb):
            done = -done  # "not banning it would be the mistake"
        if not done or main.i not in view.inside:
            continue
        val, words = complex_valence(view, main)
        w = view.walk(main)
        if abs(val) < 1.0 or not words or not usable(w, could_ok=True):
            continue
        sign = done * (1 if val > 0 else -1) * w.sign * view.flip
        view.judged = frozenset(t.i for t in verb.subtree)
        return [Signal(sign, 2, f"doing it: '{', '.join(words[:2])}'")]
    return []
