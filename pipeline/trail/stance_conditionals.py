"""What follows if the policy happens: "[if the ban goes ahead, hundreds of pubs will close]"
refutes it, "[if the ban is scrapped, more people will die]" supports it.

A conditional clause (if, once, unless turned round), or a command that states a condition
("[Scrap the cameras and you will see accidents fall]", "[Ban the adverts, lose the jobs]"),
whose subject or object is the policy and whose verb realises or removes it
(stance_emotions.done_to_it), on a main clause judged by its valence
(stance_eval.complex_valence). The conditional is the argument's form, not a hedge of it; any
other hedge ("might close") still leaves the claim neutral.
"""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.commands import conditional_command
from pipeline.trail.stance_emotions import done_to_it
from pipeline.trail.stance_rules import Signal

_IF = {"if": 1, "once": 1, "unless": -1}


def conditional_signals(view: ClaimView) -> list[Signal]:
    """The consequence of the policy happening (or not), judged."""
    from pipeline.trail.stance_eval import complex_valence

    for cond in view.tokens:
        mark = next((_IF[m.lower_] for m in cond.children
                     if m.dep_ == "mark" and m.lower_ in _IF), 0)
        main = cond.head
        ordered = conditional_command(cond)  # "[Scrap the cameras and you will see ...]"
        if ordered is not None and ordered.i in view.inside:
            mark, main = 1, ordered
        elif not mark or cond.dep_ != "advcl" or main.i not in view.inside:
            continue
        done = done_to_it(view, cond)
        if not done:
            continue
        val, words = complex_valence(view, main)
        w = view.walk(main)
        if abs(val) < 1.0 or not words or w.embedded or w.hedge not in {"", "conditional"}:
            continue
        sign = mark * done * (1 if val > 0 else -1) * w.sign * view.flip
        return [Signal(sign, 2, f"if it happens: '{', '.join(words[:2])}'")]
    return []
