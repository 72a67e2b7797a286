"""Which way a verb moves a policy or event, by its group in evaluative.DIRECTIONS: the groups
with a meaning of their own (levels, curbs, scrapping) and the sign of a verb against a group
("raise" restates "raise rates", "cut" opposes it)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.trail.evaluative import DIRECTIONS, OPPOSITE_DIRECTIONS

LEVELS = (0, 1)  # DIRECTIONS groups that move a level: cut, raise
SCRAPPED = 8  # DIRECTIONS index of "scrap abandon drop ..."
CHANGES, REMOVES = frozenset({"change", "alter", "adjust"}), frozenset({"remove", "end"})
CURBS = frozenset({3, 10})  # DIRECTIONS of "ban ..." and "curb limit restrict ..."


def direction_sign(group: int | None, keys: Sequence[str]) -> int:
    """+1 when a key is in DIRECTIONS[group], -1 in an opposite group, 0 else (or no group)."""
    if group is None:
        return 0
    if any(k in DIRECTIONS[group] for k in keys):
        return 1
    opposite = OPPOSITE_DIRECTIONS.get(group, ())
    return -1 if any(k in DIRECTIONS[j] for j in opposite for k in keys) else 0
