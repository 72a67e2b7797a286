"""A fear of what happens under the policy: "workers fear jobs will move to London under the
plans" refutes the plans. The feared outcome is put down to the policy by a circumstance
preposition ("under", "after", "because of"), so the fear is of the policy's effects.

Kept narrow: only fear verbs, only the policy as such a circumstance (not "fear the plans will
be dropped", where the policy is what is lost), and only asserted fears. Nothing to fear from
the policy defends it ("good owners have nothing to fear from a regulator", "if you have
nothing to hide, you have nothing to fear from the database"); much to fear attacks it, and so
does a harm said to come from it ("the real threat came not from terrorism but from laws such
as these").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, usable

FEARS = frozenset({"fear", "worry", "dread", "concerned"})
_CIRCUMSTANCE = frozenset({"under", "after", "because", "following", "with"})


def _fear_clause(view: ClaimView) -> Token | None:
    """The clause feared: the content itself after a fear cue ("workers fear [...]"), or the
    complement of a fear verb at the content's root ("[workers feared jobs would go ...]")."""
    if view.cue in FEARS:
        return view.root
    root = view.root
    if root is not None and root.lemma_.lower() in FEARS:
        return next((c for c in root.children if c.dep_ == "ccomp"), None)
    return None


def fear_signals(view: ClaimView) -> list[Signal]:
    """ "[jobs would move to London under the plans]" feared: the policy's effect is feared."""
    clause = _fear_clause(view)
    if clause is None or clause.pos_ not in {"VERB", "AUX"}:
        return []
    for prep in (c for c in clause.children if c.dep_ == "prep"
                 and c.lower_ in _CIRCUMSTANCE):
        ref = next((g for g in prep.subtree if g.i in view.refs and g.dep_ == "pobj"), None)
        if ref is None:
            continue
        w = view.walk(clause)
        if not usable(w, could_ok=True) or w.sign < 0:
            continue  # "feared jobs would not go under the plans": no fear of the policy
        sign = -1 * view.ref_sign(ref) * view.flip
        return [Signal(sign, 2, f"fears what happens {prep.lower_} {view.snippet(ref)}")]
    return []


_AMOUNTS = {"nothing": 1, "little": 1, "everything": -1, "much": -1, "plenty": -1, "lot": -1}


def nothing_to_fear_signals(view: ClaimView) -> list[Signal]:
    """+1 "[X have nothing to fear from the policy]", -1 "everything to fear from it"; "from
    this" on a claim about the policy is from the policy."""
    named = [view.sent.doc[i] for i in sorted(view.refs)]
    for tok in named + [t for t in view.tokens if t.lower_ in {"this", "it"} and t not in named]:
        fear = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "from" else None
        if fear is None or fear.lemma_.lower() not in FEARS or fear.i not in view.inside or (
                fear.dep_ not in {"relcl", "acl"}):
            continue
        amount, have = fear.head, fear.head.head
        side = _AMOUNTS.get(amount.lower_, 1 if amount.lower_ == "anything" else 0)
        w = view.walk(have)  # the saying's own "if" is no hedge: "if you have nothing to
        # hide, you have nothing to fear"; "anything" only when denied
        if not side or w.hedge not in {"", "conditional"} or w.embedded or (
                amount.lower_ == "anything" and not negated_here(have)):
            continue
        sign = side * w.sign * (-1 if negated_here(have) else 1) * view.ref_sign(tok)
        return [Signal(sign * view.flip, 3, f"{amount.lower_} to fear from "
                                            f"{view.snippet(tok)}")]
    return []


_HARMS = frozenset({"threat", "danger", "risk", "harm", "damage", "menace"})
_COMES = frozenset({"come", "stem", "arise", "flow", "spring"})


def source_signals(view: ClaimView) -> list[Signal]:
    """-1 for a harm said to come from the policy ("the threat comes from these laws"), not
    from it ("not from the laws but from ...")."""
    for verb in (t for t in view.tokens if t.lemma_.lower() in _COMES):
        harm = next((c for c in verb.children if c.dep_ == "nsubj"
                     and c.lemma_.lower() in _HARMS), None)
        froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
        froms += [g for f in froms for g in f.conjuncts if g.lower_ == "from"]
        source = next((g for f in froms if not negated_here(f) for g in f.children
                       if g.dep_ == "pobj" and g.i in view.refs), None)
        w = view.walk(verb)
        if harm is None or source is None or not usable(w, could_ok=True):
            continue
        sign = -w.sign * view.ref_sign(source) * view.flip
        return [Signal(sign, 2, f"a harm comes from it: {view.snippet(harm, source)}")]
    return []
