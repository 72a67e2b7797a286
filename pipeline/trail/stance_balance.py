"""A balance struck on a policy: "the benefits outweigh the costs", "the need for the scheme
clearly outweighs the harm it will cause" for it; "the costs would outweigh any benefit", "the
benefits are outweighed by the harm to the streets" against.

The side that outweighs wins: gains over costs argue for the policy, costs over gains against.
The gains and costs are its own when they name no owner ("the benefits"), name the policy
("the benefits of the levy", by its sign: of a removal, the benefits of what it removes count
against it) or a pronoun ("its costs"); those of another thing ("the benefits of regular
cycling") are another argument, and left alone. Words of the balance are no evaluation of their
own (eval_verbs.verb_value leaves "outweigh" to this rule).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.eval_frames import WEIGHING
from pipeline.trail.evaluative import passive_agents, prep_objects
from pipeline.trail.stance_rules import Signal, usable

_GAINS = frozenset("benefit benefits advantage advantages gain gains need upside upsides good "
                   "merit merits value savings saving case".split())
_COSTS = frozenset("cost costs harm harms damage risk risks downside downsides drawback "
                   "drawbacks disadvantage disadvantages loss losses burden burdens price "
                   "disruption".split())
_OWNERS = frozenset({"it", "its", "this", "they", "their"})


def _weight(view: ClaimView, side: Token) -> tuple[int, int]:
    """(+1 a gain / -1 a cost / 0 neither, the sign of whose it is: 0 for another thing's)."""
    word = side.lower_
    kind = 1 if word in _GAINS else -1 if word in _COSTS else 0
    owners = prep_objects(side, {"of", "for", "from"}) + [
        c for c in side.children if c.dep_ == "poss"]
    if not kind or not owners:
        return kind, 1
    owner = owners[0]
    if owner.lower_ in _OWNERS:
        return kind, 1
    if owner.i in view.refs or view.is_arg(owner):
        return kind, view.ref_sign(owner)
    return kind, 0  # "the benefits of regular cycling": another thing's


def balance_signals(view: ClaimView) -> list[Signal]:
    """+1 when the policy's gains outweigh its costs, -1 the other way round."""
    for verb in view.tokens:
        if verb.lemma_.lower() not in WEIGHING or verb.pos_ != "VERB":
            continue
        kids = {c.dep_: c for c in reversed(list(verb.children))}  # the first of each: "the
        # need for the levy outweighs the harm" (the parser takes "levy" for a second subject)
        if "nsubjpass" in kids:  # "the harm is outweighed by the benefits"
            heavier, lighter = next(iter(passive_agents(verb)), None), kids["nsubjpass"]
        else:
            heavier, lighter = kids.get("nsubj"), kids.get("dobj")
        if heavier is None or lighter is None:
            continue
        (won, whose), (lost, whose_lost) = _weight(view, heavier), _weight(view, lighter)
        w = view.walk(verb)
        if not (won and won == -lost and whose and whose_lost) or not usable(w, could_ok=True):
            continue
        sign = won * whose * w.sign * view.flip
        said = "gains outweigh costs" if won > 0 else "costs outweigh gains"
        return [Signal(sign, 3, f"{said}: {view.snippet(heavier, lighter)}")]
    return []
