"""Plain records passed between the pure text functions (no Dagster, no polars)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# How a publication date was found, most to least direct. Stored in articles.date_source.
DATE_SOURCES = (
    "metadata",  # a structured field: JSON "date"/"published", HTML <meta>, trafilatura
    "header",  # an explicit header line such as " date 2024-07-11 "
    "byline",  # a byline/dateline line near the top: "Daily Courier – July 14, 2019"
    "footer",  # a "Posted by" / "July 14, 2019 - Posted by" footer line
    "in_text",  # a full date in the article text itself (weakest evidence in the text)
    "filename",  # a whole-token date in the file name (2016-10-12, 20161012): when nothing else
    "duplicate",  # filled in from another member of the same near-duplicate cluster
    "none",  # nothing reliable: published_date is null
)

Line = tuple[int, str]  # (1-based line number in the text the stage saw, line text)


@dataclass(frozen=True)
class RemovedLine:
    """One line dropped from an article, with the rule that dropped it."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True)
class ParsedArticle:
    """Header fields found in one document, plus the remaining body lines."""

    title: str | None
    standfirst: str | None
    outlet: str | None
    dateline: str | None
    published_date: dt.date | None
    date_source: str
    body_lines: tuple[Line, ...]
    consumed: tuple[RemovedLine, ...] = field(default=())
    wire: str | None = None  # the news agency that wrote the story (config/wires.yaml names)


@dataclass(frozen=True)
class CleanedBody:
    """Article paragraphs kept by the cleaner and every line it removed."""

    paragraphs: tuple[str, ...]
    removed: tuple[RemovedLine, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)
