"""The rows of one document being parsed and the date/outlet evidence gathered from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pipeline.text.parsing.lines import word_count
from pipeline.text.parsing.outlets import clean_name
from pipeline.text.parsing.wires import Agencies, load_agencies
from pipeline.text.records import DATE_SOURCES, Line, RemovedLine


@dataclass
class ParseState:
    """Rows of the document plus the evidence collected while walking them."""

    rows: list[Line]
    texts: list[str] = field(default_factory=list)
    consumed: dict[int, RemovedLine] = field(default_factory=dict)
    partial: list[RemovedLine] = field(default_factory=list)
    dates: list[tuple[int, int, dt.date, str]] = field(default_factory=list)
    outlets: list[tuple[int, int, str]] = field(default_factory=list)
    wires: list[tuple[int, int, str]] = field(default_factory=list)  # (rank, row, agency)
    agencies: Agencies = field(default_factory=load_agencies)

    def __post_init__(self) -> None:
        self.texts = [text for _, text in self.rows]

    def consume(self, i: int, reason: str) -> None:
        self.consumed.setdefault(i, RemovedLine(self.rows[i][0], self.texts[i], reason))

    def cut(self, i: int, removed: str, rest: str, reason: str) -> None:
        """Drop the leading `removed` part of row i, keeping `rest` as body text."""
        if not rest:
            self.consume(i, reason)
            return
        self.partial.append(RemovedLine(self.rows[i][0], removed.strip(), reason))
        self.texts[i] = rest

    def add_date(self, value: dt.date | None, source: str, order: int) -> None:
        if value is not None:  # hints (order -1) beat any date found in the text
            rank = -1 if order < 0 else DATE_SOURCES.index(source)
            self.dates.append((rank, order, value, source))

    def add_outlet(self, name: str | None, rank: int, order: int) -> None:
        name = clean_name(name or "")
        if name and word_count(name) <= 8:
            self.outlets.append((rank, order, name))

    def add_wire(self, agency: str | None, rank: int, order: int) -> None:
        """An agency found at row `order` (rank: 0 dateline, 1 byline, 2 credit, 3 outlet)."""
        if agency:
            self.wires.append((rank, order, agency))
