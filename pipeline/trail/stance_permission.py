"""A permission asked for or refused: "the scheme must not be allowed to go ahead" refutes it,
"the plans should be allowed to proceed" supports it; a need or desert of the policy's own
("the scheme needs to be scrapped", "deserves to be thrown out") prescribes the act. The
policy is the subject of a passive "allow"/"permit" whose infinitive realises or removes it;
like those acts, it takes a side only when prescribed or promised ("the scheme was allowed to go
ahead" is news). Under a ban, the same holds of the banned act itself: "nobody should be able to
buy one" supports a ban on their sale (`restricted_signals`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.direction_groups import CURBS
from pipeline.trail.evaluative import phrasal_keys
from pipeline.trail.proposition import OCCURRENCES
from pipeline.trail.proposition_words import ACCESS_VERBS
from pipeline.trail.stance_rules import Signal, act_sign, usable

_PERMIT = frozenset({"allow", "permit"})
# "the scheme needs / deserves to be scrapped": the subject is the passive act's object, and the
# raising verb itself prescribes it.
_RAISING = frozenset({"need", "deserve"})


def permission_signals(view: ClaimView) -> list[Signal]:
    """ "[the scheme] must not be allowed [to go ahead]"."""
    for i in sorted(view.refs):
        tok = view.sent.doc[i]
        permit = tok.head
        raised = tok.dep_ == "nsubj" and permit.lemma_.lower() in _RAISING
        if not (raised or (tok.dep_ == "nsubjpass" and permit.lemma_.lower() in _PERMIT)) or (
                permit.i not in view.inside):
            continue
        acts = [c for c in permit.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and (not raised or any(a.dep_ == "auxpass" for a in c.children))]
        sign = act_sign(view, acts[0])[0] if acts else 0
        if acts and not sign and set(phrasal_keys(acts[0])) & OCCURRENCES:
            sign = 1  # "allowed to go ahead": the policy itself happening
        w = view.walk(permit)
        if not sign or not usable(w, could_ok=False) or not (
                raised or w.commit or view.commit_cue()):
            continue
        return [Signal(sign * w.sign * view.flip * view.ref_sign(tok), 3,
                       f"{permit.lower_} to {acts[0].lemma_}: {view.snippet(tok)}"
                       f"{' (negated)' if w.sign < 0 else ''}")]
    return []


# What a ban on trade or possession keeps people from doing: "the sale of replica guns" is
# selling and buying them; any of these done to a banned thing ("buy a replica gun") is too.
TRADE = {"sale": ("sell", "buy"), "sales": ("sell", "buy"), "possession": ("own", "possess"),
          "ownership": ("own",), "import": ("import",), "imports": ("import",),
          "manufacture": ("make", "manufacture"), "use": ("use",), "advertising": ("advertise",)}
# The frames that grant or deny the act: "be able to", "be allowed / permitted to", "be free to".
_CAN = frozenset({"able", "free", "allowed", "permitted", "allow", "permit"})


def _restricted_act(view: ClaimView, verb: Token) -> bool:
    """``verb`` does what the ban or curb restricts: "smoke" under a smoking ban, "buy a replica
    gun" under a ban on their sale."""
    restricted = view.prop.restricted
    lemma = verb.lemma_.lower()
    if lemma in restricted or any(lemma in TRADE.get(w, ()) for w in restricted):
        return True
    if lemma == "be" and any("sell" in TRADE.get(w, ()) for w in restricted) and any(
            c.dep_ == "prep" and c.lower_ == "on" and g.lemma_.lower() in _ON_SALE
            for c in verb.children for g in c.children):
        return True  # "they should not be on sale": sold
    done_to = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return lemma in ACCESS_VERBS and any(
        o.lemma_.lower() in restricted or o.lower_ in restricted for o in done_to)


_ON_SALE = frozenset({"sale", "shelf", "shelves", "market"})


def restricted_signals(view: ClaimView) -> list[Signal]:
    """Doing what a ban restricts, prescribed as allowed or not: "[nobody should be able to buy
    a replica gun]" and "[they should not be sold]" support a ban on their sale, "[adults should
    be free to smoke in a pub]" refutes a smoking ban."""
    if not view.prop.restricted or view.prop.group not in CURBS:
        return []
    for verb in view.tokens:
        if verb.pos_ not in {"VERB", "AUX"} or not _restricted_act(view, verb):
            continue
        frame = verb.head if (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in (
            _CAN | _STOP)) or (verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_ == "let") else (
            verb)  # "be allowed to smoke", "stop selling them", "not let my son tackle"
        w = view.walk(frame)
        if frame is verb and not any(c.dep_ == "aux" and c.lower_ in _PRESCRIBE
                                     for c in verb.children):
            continue  # "smokers will go outside": news, not a prescription of the act
        if not usable(w, could_ok=False) or not (w.commit or view.commit_cue()):
            continue
        only = any(c.lower_ == "only" for c in verb.children)  # "should only be sold to
        # licensed operators": a curb; "stop selling them": the act given up
        act = "be on sale" if verb.lemma_ == "be" else f"{verb.lemma_} it"
        said = f"{frame.lower_} {verb.lower_}" if frame.lemma_ in _STOP | {"let"} else (
            f"{frame.lower_} to {verb.lemma_}" if frame is not verb else
            f"{'only ' if only else ''}{act}")
        less = -1 if frame.lemma_ in _STOP or only else 1
        return [Signal(-w.sign * view.flip * less, 3,
                       f"{'not ' if w.sign < 0 else ''}{said}: {view.snippet(verb)}")]
    return []


_PRESCRIBE = frozenset({"should", "must", "ought", "shall"})
_STOP = frozenset({"stop", "cease", "quit", "end"})  # the restricted act given up
