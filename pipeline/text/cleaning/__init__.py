"""Boilerplate removal: article body lines -> kept paragraphs + every dropped line with a reason.

How `clean_body` decides, in order:

1. Hard-wrapped paragraphs are re-joined first: a line that does not end a sentence, directly
   followed (next line number) by one starting in lower case, is one logical line.
2. Line rules ("strong" rules) tag page furniture wherever it appears: captions and credits,
   galleries, share/follow bars, comment forms, cookie/subscription/login prompts, adverts,
   timestamps, bylines, link lists (``a | b | c``), footers, embeds, lone punctuation, button
   labels glued together. Rules for long lines need the reader to be addressed (we/our/you/
   your), so an article sentence *about* cookies or newsletters survives; a line over 40 words
   needs two different notice keywords. Then: a line in another script than the document's
   (a Hebrew caption in an English article) is ``foreign_script``; a short line directly above
   a credit line is ``photo_caption``; repeats of the title are ``title_repeat``; a repeated
   line is ``duplicate_line`` (or ``navigation`` when short, like menus at top and bottom).
3. Section headings open regions. *List* headings (``Related``, ``Read more``, ``Most read``,
   ``Trending`` ...) tag the lines under them until article text clearly resumes: a prose line
   of >= 25 words, or two consecutive prose lines of >= 10 words (so a related block in the
   middle of an article costs only the block). *Terminal* headings (``Comments``, ``N thoughts
   on``, ``Leave a Reply``, ``Recent Posts``, ``About the author``, ``Sort by``) cut everything
   below them, but only once >= 30% of the document's prose lies above (a "Comments" link in a
   share bar at the top is treated like a list heading instead).
4. The article core is the maximum-sum run of lines (Kadane): prose scores its word count (half
   for a paragraph missing its full stop), furniture scores negative, and every further line of
   an unbroken run of non-prose lines costs GAP_STEP more, so a caption between paragraphs is
   bridged but a block of teaser cards or comments is not. Everything outside the core is
   dropped (``outside_article``/``navigation`` unless a more specific reason applies).
5. Inside the core only tagged lines, list regions, runs of >= 3 menu-like lines, pull quotes (a
   line repeated inside a longer one) and an author blurb after the last article paragraph (a
   byline-ish line + "X is a journalist/editor ..." paragraph) are dropped. Every other line,
   including short quotes and crossheads, is kept.

Blank lines are skipped without a RemovedLine (they carry no text). Pure regex, no I/O; about
0.4 ms for a typical article, ~1.5 ms for a whole page dump.
"""

from __future__ import annotations

from pipeline.text.cleaning.core import clean_body

__all__ = ["clean_body"]
