"""Header fields (title, standfirst, outlet, dateline, date) of one normalised article text.

`parse_text` works on the non-blank lines ("rows") of a `normalize_text`-ed document:

1. Top metadata: leading ``key: value`` rows (title/source/author/url/date) and a date header
   glued in front of the first row (``date 2024-07-11 Iran is ...``) are consumed.
2. Head block: the rows before the first paragraph (>= 8 words ending in a full stop, two
   sentences, or > 45 words; cookie/subscription text never counts). A paragraph directly
   followed by a byline/date row is a standfirst or tagline, so the head goes on past it.
   Header fields come only from the head block (at most ``HEAD_MAX`` rows).
3. Title: the hint title's row; else a row repeated in the head (``Title`` / ``Title | Site``);
   else the first row if it is headline-like (not a menu item, label, byline, date, caption,
   or a short outlet/section kicker above a longer headline, and not followed by a menu; a
   first row that ``headline.headline_first`` calls a headline counts even with a final full
   stop, which the stored title drops);
   else (page dumps) the last headline row of >= 4 words that has a byline/date row just
   below it (or a date just above), else the last such row at all - stepping up one row when
   the pick is a longer summary line under a shorter headline. Empty head -> no title.
4. Rows above the title are consumed (outlet_line / label / byline / date_line / preamble).
   Below it, repeats, bylines (incl. a bare author name above a byline/date), date rows,
   labels and an all-caps place row are consumed. The first other row is the standfirst when
   it sits between the title and a byline/date row (8-45 words, longer than the title), or,
   without such a row, when it is one headline-style sentence: 10-45 words, longer than the
   title, no closing punctuation, no is/are/was/were/has/have/had, at most one article (a
   lede that merely lost its full stop stays body). Anything else stays in the body.
5. Dateline: ``TEHRAN (Reuters) -`` / ``WASHINGTON, July 8 (AP) —`` is cut from the first body
   row (place -> dateline, agency -> outlet); a lone all-caps place row below the title too.
6. Date, best source wins: hint ("metadata") > header > byline (byline/date rows near the
   title, dateline) > footer (``... Posted by`` / ``Published ...`` rows before any comments or
   related-posts section) > in_text (a lone date row among the first 5 rows with no other
   headline before the title) > filename (``hints.filename_date``, see
   ``dates.filename_date``). Dates inside sentences, comments and link lists are never used; a
   date without a year is no date.
7. Outlet, best source wins: hint > byline (``Some TV – July 14, 2019``, ``By X, Reuters``,
   ``source:`` header) > dateline agency > ``ACRONYM Exclusive`` label, outlet-like row just
   above the title > footer or credit (``Source: X``, ``Provided by X``, ``Read more on X`` >
   ``X Editorial Staff``, ``Follow X on Twitter``, ``© 2024 X``) > outlet-like first row /
   page-title suffix > ``Posted by | Site |`` footer. Nothing found -> None (never guessed).
   Footer rows stay in the body (the cleaner removes boilerplate); only header rows are
   consumed.
8. Wire (the agency that wrote the story, only names the agency table in ``wires.py`` knows):
   dateline agency > byline > credit line among the last body rows > the outlet, when it is an
   agency.
"""

from __future__ import annotations

from pipeline.text.parsing.document import ParseHints, parse_text

__all__ = ["ParseHints", "parse_text"]
