"""One row per logical body line: its shape (words, prose?), script and strong-rule reason."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.text.cleaning.rules import (
    ASCII_RUN_RE,
    CALL_TO_ACTION_RE,
    CLOSED_SENTENCE_RE,
    COMMENTS_ON_RE,
    CREDIT_KEYS,
    CREDIT_TAIL_RE,
    FINITE_RE,
    FOLD_RE,
    FUNCTION_WORD_RE,
    GLUED_RE,
    INLINE_RELATED_RE,
    LINK_SEP_RE,
    NO_LETTERS_RE,
    PHRASE_RULES,
    PIPED_POST_RE,
    POST_HEADER_RE,
    POSTER_HEADER_RE,
    POSTER_LABEL_RE,
    QUOTE_SAID_RE,
    READER_KEYS,
    READER_NOTICE_RULES,
    READER_RE,
    REPORTING_RE,
    SCRIPT_LETTERS,
    SECTION_LIST_RE,
    SECTION_TERMINAL_RE,
    SENT_END_RE,
    SIGNED_QUOTE_RE,
    SOCIAL_POST_RE,
    START_RULES,
    STARTS_LOWER_RE,
    TEASER_END_RE,
    TURN_LABEL_RE,
    WORD_RE,
    WRAP_STOP_RE,
)
from pipeline.text.records import Line

MIN_PROSE_WORDS = 4  # shorter lines are never scored as prose
READER_NOTICE_WORDS = 40  # longer reader-addressed lines need two notice keywords
TEASER_MAX_WORDS = 40  # a line this short ending in "..." is a teaser, not prose
UNPUNCTUATED_PROSE = 12  # a line without a closing sentence mark must be this long to be prose
WRAP_MIN_CHARS = 25  # a line this long not ending a sentence may continue on the next line
SENTENCE_MIN_WORDS = 6  # an article sentence that starts like furniture is at least this long
# Rules that an article sentence can trip by its first words ("Copyright lawyers said ...").
SENTENCE_SAFE = frozenset({"byline", "tags", "footer", "subscribe", "promo", "share_follow"})
# Phrase rules an article sentence can trip anywhere in it ("powered by electricity"); True:
# only with a reporting verb ("Follow him on Twitter, the governor's office told residents.").
PHRASE_SAFE = {"footer": False, "promo": False, "share_follow": True, "comment_form": True}


@dataclass(slots=True)
class Row:
    """One logical body line (a hard-wrapped paragraph's lines are one row) and its features."""

    parts: tuple[Line, ...]  # the original (line_no, text) lines
    text: str
    words: int
    prose: bool  # running text (see line_shape)
    ends: bool  # ends with a sentence mark
    key: str = ""  # case- and punctuation-folded text, for repeats
    reason: str | None = None  # set when the line is dropped
    section: str | None = None  # "list" / "terminal" for section headings


def body_rows(lines: Sequence[Line]) -> list[Row]:
    """The logical lines of an article body with their features."""
    return [
        Row(parts, text, *line_shape(text), key=fold_key(text))
        for parts, text in unwrap_lines(lines)
    ]


def unwrap_lines(lines: Sequence[Line]) -> list[tuple[tuple[Line, ...], str]]:
    """Non-blank lines, re-joining a hard-wrapped paragraph: a line that does not end a sentence
    followed directly (next line number) by one starting in lower case, or by any line after a
    comma (`_runs_on`)."""
    out: list[tuple[tuple[Line, ...], str]] = []
    for no, raw in lines:
        text = raw.strip()
        if not text:
            continue
        if out:
            parts, prev = out[-1]
            if (
                no == parts[-1][0] + 1
                and len(parts[-1][1]) >= WRAP_MIN_CHARS
                and (STARTS_LOWER_RE.match(text) or _runs_on(prev))
                and not WRAP_STOP_RE.search(prev, max(0, len(prev) - 8))
            ):
                hyphen = prev.endswith("-") and prev[-2:-1].isalpha()
                out[-1] = ((*parts, (no, text)), prev + ("" if hyphen else " ") + text)
                continue
        out.append((((no, text),), text))
    return out


def _runs_on(line: str) -> bool:
    """A line of five words or more that ends with a comma goes on below, whatever the case of
    the next line: Hansard's "Ms Jane Roe (Marlow) (Lab): I beg to move," over "That this House
    has considered ..." (not "Yours faithfully," or "Dear Sir,")."""
    return line.endswith(",") and len(line.split()) >= 5


# ----------------------------------------------------------------------------- features


def line_shape(text: str) -> tuple[int, bool, bool]:
    """(word count, is prose, ends a sentence) of one line.

    Prose is running text: enough lower-case words, and either a closing sentence mark or (for
    a paragraph whose final full stop is missing) at least UNPUNCTUATED_PROSE words.
    """
    tokens = text.split()
    words = len(WORD_RE.findall(text)) if len(text) <= 300 else len(tokens)
    if not text.isascii():
        cjk = len(SCRIPT_LETTERS["cjk"].findall(text))
        words = max(words, words - len(tokens) + 1 + cjk // 2) if cjk else words
    tail = max(0, len(text) - 8)
    ends = bool(SENT_END_RE.search(text, tail) or SIGNED_QUOTE_RE.match(text))
    if words < MIN_PROSE_WORDS or (words <= TEASER_MAX_WORDS and TEASER_END_RE.search(text, tail)):
        return words, False, ends
    if not ends and (words < UNPUNCTUATED_PROSE or len(FUNCTION_WORD_RE.findall(text)) < 2):
        return words, False, ends  # a headline, not a paragraph missing its full stop
    lower = cased = 0
    for token in tokens[:40]:
        initial = token.lstrip("\"'(«[-")[:1]
        cased += initial.isupper() or initial.islower()
        lower += initial.islower()
    if cased >= 4:
        return words, lower >= 0.25 * cased, ends
    return words, True, ends


def line_script(text: str) -> tuple[str | None, int, int]:
    """(dominant script, its letter count, all letters counted) of a line (letters approximate).

    Not `pipeline.text.language.dominant_script`: here ASCII digits and punctuation count as
    Latin, kana/hangul/hanzi are one "cjk" script and combining marks count, so a caption such
    as "שלום 2024" is not foreign. The ``foreign_script`` rule was tuned on these counts.
    """
    if text.isascii():
        n = len(text) - text.count(" ")
        return ("latin" if n else None), n, n
    rest = ASCII_RUN_RE.sub("", text)
    counts = {name: len(rx.findall(rest)) for name, rx in SCRIPT_LETTERS.items()}
    counts["latin"] += len(text) - len(rest) - text.count(" ")
    name = max(counts, key=counts.__getitem__)
    return (name if counts[name] else None), counts[name], sum(counts.values())


def fold_key(text: str) -> str:
    """Case- and punctuation-folded text: equal keys are repeats of one line."""
    return FOLD_RE.sub(" ", text.casefold()).strip()


def is_reported_sentence(row: Row) -> bool:
    """An article sentence, whatever its first words: a closed sentence of >= 6 words with a
    reporting verb ("..., she told reporters.") or, unless it is a call to action or addresses
    the reader, a finite verb ("Category four winds were recorded ...")."""
    text = row.text
    if not (row.prose and row.words >= SENTENCE_MIN_WORDS and CLOSED_SENTENCE_RE.search(text)):
        return False
    if "©" in text or "rights reserved" in text.casefold():
        return False  # a copyright notice, however sentence-like
    if REPORTING_RE.search(text):
        return True
    return not (CALL_TO_ACTION_RE.match(text) or READER_RE.search(text)) and bool(
        FINITE_RE.search(text)
    )


def _line_reason(row: Row) -> str | None:
    """The strong rule that fires on one line, if any."""
    text, words = row.text, row.words
    if NO_LETTERS_RE.match(text):
        return "punctuation"
    sentence: bool | None = None  # is_reported_sentence, computed when a rule needs it
    for reason, max_words, rx in START_RULES:
        if words <= max_words and rx.match(text):
            if reason in ("byline", "tags", "footer", "timestamp") and row.prose and words > 25:
                continue  # long running text that merely starts like furniture
            if reason in SENTENCE_SAFE:
                sentence = is_reported_sentence(row) if sentence is None else sentence
                if sentence:
                    continue
            return reason
    low = text.casefold()
    if words <= 16 and (PIPED_POST_RE.match(text) or SOCIAL_POST_RE.match(text)):
        return None  # a post's piped header, even with a byline's words ("Posted by u/name")
    for reason, max_words, keys, rx in PHRASE_RULES:
        if words <= max_words and any(k in low for k in keys) and rx.search(text):
            if reason in PHRASE_SAFE and is_reported_sentence(row) and (
                not PHRASE_SAFE[reason] or REPORTING_RE.search(text)
            ):
                continue  # "The buses, powered by electricity, will enter service in March."
            return reason
    if not row.prose and INLINE_RELATED_RE.match(text):
        return "related_list"
    if text.endswith(("»", "›")) and words <= 14:
        return "navigation"  # "Next post »"
    tail = max(0, len(text) - 130)
    credit_tail = words <= 45 and any(k in low[tail:] for k in CREDIT_KEYS)
    if credit_tail and CREDIT_TAIL_RE.search(text, tail):
        return "photo_caption"
    if words <= 8 and (POST_HEADER_RE.match(text) or POSTER_LABEL_RE.fullmatch(text)
                       or POSTER_HEADER_RE.match(text)):
        return None  # a forum post's header, whose poster the post below is attributed to
    if words <= 8 and len(GLUED_RE.findall(text)) >= 2:
        return "navigation"  # button labels copied without spaces: "412ReplyAwardShare"
    if ("|" in text or "•" in text or "·" in text or " / " in text) and _is_link_list(text):
        return "link_list"
    if (
        words >= 6
        and any(k in low for k in READER_KEYS)
        and READER_RE.search(text)
        and not QUOTE_SAID_RE.search(text)
        and not is_reported_sentence(row)  # "Join us, Santos told the crowd, and we will win."
        and not TURN_LABEL_RE.match(text)  # "NAOMI PRICE MP: Policing by consent is ..."
    ):
        needed = 1 if words <= READER_NOTICE_WORDS else 2  # long paragraphs need more evidence
        for reason, rx in READER_NOTICE_RULES:
            if len({m.casefold()[:5] for m in rx.findall(text)}) >= needed:  # distinct stems
                return reason
    return None


def _is_link_list(text: str) -> bool:
    """`Home | News | Sport` style lines: separators between several short segments."""
    parts = [p for p in LINK_SEP_RE.split(text) if p.strip()]
    sizes = [len(WORD_RE.findall(p)) for p in parts]
    return (len(parts) >= 3 and max(sizes) <= 6) or (len(parts) == 2 and sum(sizes) <= 10)


def _section_kind(row: Row) -> str | None:
    """"terminal" / "list" when the line is a boilerplate-section heading."""
    if row.words > 12 and not COMMENTS_ON_RE.match(row.text):
        return None
    if SECTION_TERMINAL_RE.match(row.text) or COMMENTS_ON_RE.match(row.text):
        return "terminal"
    if row.words <= 8 and SECTION_LIST_RE.match(row.text):
        return "list"
    return None


def section_reason(row: Row) -> str:
    """The reason given to a section heading and the lines under it."""
    t = row.text.casefold()
    if "archive" in t or "categor" in t or t.startswith(("meta", "recent comments")):
        return "navigation"
    if "author" in t or t.startswith(("about", "more articles by", "more stories by")):
        return "author_blurb"
    if row.section == "terminal" and "recent" not in t:
        return "comments"
    if "topic" in t or "tag" in t:
        return "tags"
    if "newsletter" in t or "follow" in t:
        return "subscribe"
    return "related_list"


# ----------------------------------------------------------------------------- tagging


def tag_lines(rows: list[Row], title: str | None) -> None:
    """Strong line rules, foreign scripts, captions, repeats, section headings."""
    scripts = [line_script(r.text) for r in rows]
    totals: Counter[str] = Counter()
    for name, n, _ in scripts:
        if name:
            totals[name] += n
    doc_script = totals.most_common(1)[0][0] if totals else None
    title_key = fold_key(title) if title else ""
    counts = Counter(r.key for r in rows)
    seen: set[str] = set()
    for i, row in enumerate(rows):
        key = row.key
        name, n, total = scripts[i]
        row.section = _section_kind(row)
        if row.section:
            continue
        if title_key and (key == title_key or _is_title_variant(key, title_key)):
            row.reason = "title_repeat"
        else:
            row.reason = _line_reason(row)
        if row.reason is None and name and name != doc_script and n >= 3 and n >= 0.5 * total:
            row.reason = "foreign_script"
        if row.reason is None and key in seen:
            row.reason = "duplicate_line" if row.words > 3 else "navigation"
        elif row.reason is None and counts[key] > 1 and row.words <= 3 and not row.prose:
            row.reason = "navigation"  # menus repeated at the top and bottom of the page
        seen.add(key)
    for i, row in enumerate(rows):  # a short caption directly above a credit line
        if row.reason == "photo_credit" and i and rows[i - 1].reason in (None, "photo_caption"):
            prev = rows[i - 1]
            if prev.section is None and prev.words <= 25:
                prev.reason = "photo_caption"


def _is_title_variant(key: str, title_key: str) -> bool:
    """`Title - Site` / `Site | Title` / an upper-cased title."""
    if len(title_key) < 12:
        return False
    return (key.startswith(title_key) or key.endswith(title_key)) and len(key) <= len(
        title_key
    ) * 1.6
