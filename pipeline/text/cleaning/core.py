"""`clean_body`: the article core (max-sum run of lines) and the rules applied inside it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pipeline.text.cleaning.lines import Row, body_rows, section_reason, tag_lines
from pipeline.text.cleaning.rules import (
    AUTHOR_ROLE_RE,
    BLURB_START_RE,
    MAIL_FROM_RE,
    NAME_LINE_RE,
    NUMBERED_POST_RE,
    PIPED_POST_RE,
    POSTER_HEADER_RE,
    QUOTE_SAID_RE,
    SOCIAL_POST_RE,
)
from pipeline.text.letters import MAX_LETTER_PARAS, SALUTATION_RE, sign_off
from pipeline.text.records import CleanedBody, Line, RemovedLine

LONG_PROSE_WORDS = 8  # prose lines at least this long score their full word count
PROSE_CAP = 80  # cap on one line's score, so one huge paragraph cannot drag the core around
RESUME_ONE = 25  # a list region ends at a prose line this long ...
RESUME_TWO = 10  # ... or at two consecutive prose lines at least this long
TERMINAL_MASS = 0.3  # share of prose that must precede a terminal heading for it to cut
MENU_RUN = 3  # consecutive 1-3 word lines inside the core that count as a menu
PULL_QUOTE_MAX_WORDS = 40

SOFT_PENALTY = 3  # furniture that also appears between article paragraphs
CHROME_PENALTY = 8  # page chrome
HEADING_PENALTY = 12  # a list-section heading
GAP_STEP = 2  # extra penalty per line already in the current run of non-prose lines
# Things set into an article (an embedded post, an advert slot, a photo) that its closing
# paragraphs may follow: a short last paragraph after one scores too little to join the core.
INSERT_REASONS = frozenset({"embed", "advert", "photo_caption", "photo_credit", "gallery"})
MAX_INSERT_RUN = 3
MAX_HEADING_WORDS = 14  # a heading just above the core (`heading_above`)
_MENU_MARKS = frozenset("|·»›>•")
MAX_SENDER_GAP = 2  # header lines ("Subject:", "To:") between a sender line and the message
SOFT_REASONS = frozenset({
    "photo_caption", "photo_credit", "gallery", "advert", "related_list", "foreign_script",
    "share_follow", "duplicate_line", "byline", "timestamp", "pull_quote", "punctuation",
    "title_repeat",
})


def clean_body(lines: Sequence[Line], *, title: str | None = None) -> CleanedBody:
    """Keep the article paragraphs of `lines`; return them with every dropped line and why."""
    rows = body_rows(lines)
    if not rows:
        return CleanedBody(paragraphs=(), removed=())
    tag_lines(rows, title)
    start, end = _core(rows)
    end = _past_inserts(rows, end)
    end = _past_sign_off(rows, start, end)
    start = _back_to_sender(rows, start)
    _tag_heading_above(rows, start)
    _tag_core(rows, start, end)
    kept = tuple(r.text for r in rows[start:end] if r.reason is None)
    removed = tuple(
        RemovedLine(no, text, r.reason) for r in rows if r.reason for no, text in r.parts
    )
    return CleanedBody(paragraphs=kept, removed=removed)


# ----------------------------------------------------------------------------- the core


def _score(row: Row) -> float:
    """A line's contribution to the article core: prose > 0, furniture < 0."""
    if row.reason:
        return -(SOFT_PENALTY if row.reason in SOFT_REASONS else CHROME_PENALTY)
    if _post_header(row.text):
        return 1.0  # a forum post's header: the post follows, so no gap in the thread
    if row.prose and not row.ends:
        return min(row.words, PROSE_CAP) / 2
    if row.prose:
        return float(min(row.words, PROSE_CAP)) if row.words >= LONG_PROSE_WORDS else row.words / 2
    if row.words <= 3:
        return -3.0
    return -4.0 if row.words <= 12 else -1.0


def _list_regions(rows: list[Row], heads: list[int]) -> None:
    """Tag lines under each section heading until article text clearly resumes."""
    for h in heads:
        rows[h].reason = rows[h].reason or section_reason(rows[h])
        reason = section_reason(rows[h])
        j = h + 1
        while j < len(rows) and rows[j].section is None and not _resumes(rows, j):
            rows[j].reason = rows[j].reason or reason
            j += 1


def _resumes(rows: list[Row], j: int) -> bool:
    """Whether article text clearly resumes at row j (ending a list region)."""
    row = rows[j]
    if not row.prose or row.reason:
        return False
    if row.words >= RESUME_ONE:
        return True
    nxt = rows[j + 1] if j + 1 < len(rows) else None
    return row.words >= RESUME_TWO and nxt is not None and nxt.prose and not nxt.reason and (
        nxt.words >= RESUME_TWO
    )


def _core(rows: list[Row]) -> tuple[int, int]:
    """[start, end) of the article core; tags section regions on the way."""
    mass = [max(_score(r), 0.0) for r in rows]
    total = sum(mass) or 1.0
    before = 0.0
    barriers: list[int] = []
    list_heads: list[int] = []
    for i, row in enumerate(rows):
        if row.section == "terminal" and before / total >= TERMINAL_MASS:
            barriers.append(i)
        elif row.section:
            list_heads.append(i)
        before += mass[i]
    cut = barriers[0] if barriers else len(rows)
    for i in range(cut, len(rows)):  # everything under the first real terminal heading
        rows[i].reason = rows[i].reason or section_reason(rows[cut])
    _list_regions(rows, [h for h in list_heads if h < cut])
    best, best_span = 0.0, (0, 0)
    run, run_start, gap = 0.0, 0, 0
    for i in range(cut):
        s = -HEADING_PENALTY if rows[i].section else _score(rows[i])
        if s <= 0:  # each further line of a gap costs more: long furniture blocks split the text
            s -= GAP_STEP * gap
            gap += 1
        else:
            gap = 0
        if run <= 0:
            run, run_start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, i + 1)
    if best <= 0:  # no prose at all: keep whatever the line rules left
        return 0, cut
    return best_span


def _past_inserts(rows: list[Row], end: int) -> int:
    """The core's end moved past inserts (at most MAX_INSERT_RUN in a row) that are followed by
    closing sentences ("The campaign did not respond." under an embedded post)."""
    while True:
        k = end
        while k < len(rows) and k - end < MAX_INSERT_RUN and rows[k].reason in INSERT_REASONS:
            k += 1
        m = k
        while m < len(rows) and _is_closing_sentence(rows[m]):
            m += 1
        if k == end or m == k:
            return end
        end = m


def _past_sign_off(rows: list[Row], start: int, end: int) -> int:
    """The core's end moved past the sign-off of a reader's letter that closes it ("Sir, ..."
    above, or letters signed above it; "Linda Okafor, Heathrow" below): the writer's name is
    what attributes the letter."""
    if end >= len(rows) or rows[end].reason or sign_off(rows[end].text) is None:
        return end
    if any(not row.reason and sign_off(row.text) for row in rows[start:end]):
        return end + 1  # a page of signed letters, under headings rather than "Sir,"
    for row in reversed(rows[max(start, end - MAX_LETTER_PARAS) : end]):
        if SALUTATION_RE.match(row.text):
            return end + 1
        if not row.prose:
            return end
    return end


def _back_to_sender(rows: list[Row], start: int) -> int:
    """The core's start moved back to a mail digest's sender line just above it ("From: Dave
    Kowalski (Fort Ave)", then "Subject: ..."): the sender is who the first message is by. The
    lines between are dropped."""
    for i in range(start - 1, max(start - MAX_SENDER_GAP - 2, -1), -1):
        if MAIL_FROM_RE.match(rows[i].text):
            for row in rows[i + 1:start]:
                row.reason = row.reason or "outside_article"
            return i
    return start


def _tag_heading_above(rows: list[Row], start: int) -> None:
    """The heading just above the core ("113. Lower Thames Crossing: Development Consent
    Decision", a minute's item; a report's section), dropped as `heading_above`: not article
    text, but it names what the paragraphs below are about (the claims stage reads it with the
    title). Not a line with a reason of its own (a byline, a date, a repeated title), a menu
    ("Home | News") or a shouted label."""
    row = rows[start - 1] if start > 0 else None
    if row is not None and row.reason is None and row.section is None and not row.prose and (
            not row.ends and 3 <= row.words <= MAX_HEADING_WORDS and not row.text.isupper()
            and (row.text[:1].isupper() or row.text[:1].isdigit())
            and not _MENU_MARKS & set(row.text) and not _post_header(row.text)):
        row.reason = "heading_above"


def _post_header(text: str) -> bool:
    """A forum post's header ("handle | Posts: 12 | 14 Dec 2023", "Reply, handle, 21:30",
    "Ann Lee \u00b7 14 May at 20:31", "#2 ann_b \u00bb 11 Feb 19:42"), whose post is below it."""
    numbered = NUMBERED_POST_RE.match(text)
    return bool(PIPED_POST_RE.match(text) or POSTER_HEADER_RE.match(text)
                or SOCIAL_POST_RE.match(text) or (numbered and numbered["tail"]))


def _is_closing_sentence(row: Row) -> bool:
    """An untagged prose line that ends a sentence (not a heading, teaser or link)."""
    return row.reason is None and row.section is None and row.prose and row.ends


def _tag_core(rows: list[Row], start: int, end: int) -> None:
    """Core-only rules, then reasons for everything outside the core."""
    core = rows[start:end]
    _tag_menu_runs(core)
    _tag_pull_quotes(rows, core)
    _tag_author_blurb(core)
    for row in rows[:start] + rows[end:]:
        if row.reason is None:
            row.reason = "navigation" if row.words <= 3 and not row.prose else "outside_article"


def _tag_menu_runs(core: list[Row]) -> None:
    """Runs of MENU_RUN or more untagged 1-3 word lines (menus, tag lists, share bars)."""
    run: list[Row] = []
    for row in [*core, None]:
        if row is not None and row.reason is None and not row.prose and row.words <= 3:
            run.append(row)
            continue
        if len(run) >= MENU_RUN:
            for r in run:
                r.reason = "navigation"
        run = []


def _tag_pull_quotes(rows: list[Row], core: list[Row]) -> None:
    """A short line whose text also appears inside a longer line (a pull quote)."""
    big = "\n".join(r.key for r in rows)
    same = Counter(r.key for r in rows)
    for row in core:
        if (
            row.reason is None
            and 6 <= row.words <= PULL_QUOTE_MAX_WORDS
            and not row.text.endswith(":")  # "The commission said in a statement:" leads a quote
            and big.count(row.key) > same[row.key]  # also inside a longer line
        ):
            row.reason = "pull_quote"


def _tag_author_blurb(core: list[Row]) -> None:
    """An "X is a journalist ..." paragraph after the last article paragraph (and its heading)."""
    kept = [i for i, r in enumerate(core) if r.reason is None]
    last = next((i for i in reversed(kept) if core[i].prose), None)
    if last is None:
        return
    row = core[last]
    if not (BLURB_START_RE.match(row.text) and AUTHOR_ROLE_RE.search(row.text)):
        return
    if QUOTE_SAID_RE.search(row.text) or row.words > 90 or sum(core[i].prose for i in kept) < 2:
        return
    row.reason = "author_blurb"
    prev = [i for i in kept if i < last]
    if prev and not core[prev[-1]].prose and NAME_LINE_RE.match(core[prev[-1]].text):
        core[prev[-1]].reason = "author_blurb"
