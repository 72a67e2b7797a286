"""Counts shared by the quality scorers: gold and predicted items, matches, precision/recall/F1."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Tally:
    """Counts of one article, or summed over many with `add`; subclasses add their own counts."""

    gold: int = 0
    pred: int = 0
    matched: int = 0  # gold items matched

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def predictions_matched(self) -> int:
        """Predicted items matched (the same as gold items matched under one-to-one matching)."""
        return self.matched

    def prf(self) -> tuple[float, float, float]:
        p = self.predictions_matched() / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def share(self, name: str) -> float:
        """Count ``name`` as a share of the matched items (e.g. speakers right)."""
        return getattr(self, name) / self.matched if self.matched else 0.0
