"""Readers' letters: the sentences of a letter are its signer's statements.

A letters page prints opinion with no reporting verb at all: "Sir, The third runway is a lifeline
for families like mine." with the writer's name and town on the line below. The letter is found
by its shape, not by any word list about a topic: a salutation opening a paragraph ("Sir,",
"Dear Editor,") and a sign-off paragraph ("Gary Stannard, Hayes") closing it; or, on pages that
print no salutation, at least two sign-offs that each close the prose since the previous one (or
since a crosshead); or a "From <writer>" line over the salutation, as the Financial Times
prints them. The signer is read from the sign-off text itself: the parser's guesses on a
three-word fragment are unreliable.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.nlp.attribution.drafts import Draft
from pipeline.nlp.attribution.units import Article, Range
from pipeline.nlp.speakers import Speaker, clean_name
from pipeline.text.cleaning.lines import line_shape
from pipeline.text.cleaning.rules import SOCIAL_POST_RE
from pipeline.text.letters import (
    ANONYMOUS_RE,
    MAX_LETTER_PARAS,
    NAME_WORD,
    SALUTATION_RE,
    inline_sign_off,
    sign_off,
)

_HEADING_WORDS = 14
_FIRST_PERSON = frozenset({"i", "we"})
# What a writer or a member argues from, not who speaks: "[the figures tell us ...]".
_EVIDENCE = frozenset("number numbers fact facts figure figures data statistics evidence rise "
                      "fall increase record history experience study studies research "
                      "survey surveys poll polls analysis".split())
# A transcript's note in brackets, a sentence of its own: "[Interruption.]", "(Laughter)".
_STAGE_DIRECTION = re.compile(r"\s*[\[(][^\[\]()\n]{1,40}[\])]\s*[.!]?\s*")


@dataclass(frozen=True)
class Letter:
    """One printed letter: its paragraphs, where its text starts (after the salutation), and
    who signed it."""

    start: int
    body_start: int
    end: int
    signer: Speaker
    cue: str = "write"  # "say" for a speaker's turn in a transcript (transcripts.py)
    text_end: int | None = None  # where its text ends, when the sign-off shares its paragraph
    whole: bool = False  # one statement however many sentences: a quotation signed after it


def find_letters(article: Article) -> list[Letter]:
    """Every letter in the article, in text order."""
    text, paras = article.text, article.paras
    signers = {k: _signer(text[s:e].strip()) for k, (s, e) in enumerate(paras)}
    signed = [k for k, who in signers.items()
              if who is not None and k > 0 and _prose(text, paras[k - 1])]
    out: list[Letter] = []
    last_end = -1
    vouched = sum(_names_person(article, paras[k]) for k in signed) >= 2  # a page of letters:
    # its sign-offs count once two name a person to the tagger ("Edna Morley, Wakefield")
    for k in signed:
        first = _salutation_para(text, paras, k, last_end)
        if first is None and len(signed) >= 2 and vouched:
            first = _unsaluted_start(text, paras, k, last_end)
        if first is None:
            continue
        start = paras[first][0]
        opening = SALUTATION_RE.match(text[start : paras[first][1]])
        body_start = start + (opening.end() if opening else 0)
        out.append(Letter(start, body_start, paras[k - 1][1], signers[k]))
        last_end = k
    return out or headed_letters(article) or inline_letters(article) or profiled_quotes(article)


# A letter headed by its writer, as the Financial Times prints them: "From Mr Keith Onslow CEng
# (Stevenage)" over "Sir, ...", the letter running to the next heading.
_FROM = re.compile(r"From\s+(?P<who>(?:[A-Z][\w'\u2019.-]*\s*){2,6}?)\s*(?:\([^()\n]{1,40}\))?\s*$")


def headed_letters(article: Article) -> list[Letter]:
    """Letters opened by a "From <writer>" line and a salutation, closed by the next such line
    or a paragraph that is not running text."""
    text, paras, out = article.text, article.paras, []
    for k, (s, e) in enumerate(paras[:-1]):
        head = _FROM.match(text[s:e].strip())
        first = paras[k + 1]
        opening = SALUTATION_RE.match(text[first[0] : first[1]])
        if head is None or opening is None:
            continue
        name, title = clean_name(head["who"])  # post-nominals ("CEng") dropped there
        if len(name.split()) < 2:
            continue
        last = k + 1
        while (last + 1 < len(paras) and last - k < MAX_LETTER_PARAS
               and _prose(text, paras[last + 1])):
            last += 1
        out.append(Letter(first[0], first[0] + opening.end(), paras[last][1],
                          named_person(name, title or None)))
    return out


_ASKED = re.compile(r"Q[.:]\s+")
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset({'"', "\u201c"}), frozenset({'"', "\u201d"})


def inline_letters(article: Article) -> list[Letter]:
    """Letters each signed at the end of its own paragraph ("... now and again. - Frank,
    Anfield"): two or more on the page, as unsaluted letters need two sign-offs. A quotation
    signed so ('"You do the maths." - Gary, Sale', a vox pop) is one statement said by the
    signer, its quotation marks left out. A place after the name is no role."""
    text, out = article.text, []
    for s, e in article.paras:
        found = inline_sign_off(text[s:e])
        if found is None or not _prose(text, (s, s + found[0])):
            continue
        signer, end = named_person(found[1], None), s + found[0]
        if text[s:s + 1] in _OPEN_QUOTES and text[end - 1:end] in _CLOSE_QUOTES:
            out.append(Letter(s, s + 1, e, signer, cue="say", text_end=end - 1, whole=True))
            continue
        asked = _ASKED.match(text, s)  # a reader's question: "Q. Isn't this ...?"
        out.append(Letter(s, asked.end() if asked else s, e, signer, text_end=end))
    return out if len(out) >= 2 else []


# A vox pop headed by its speaker's profile, as magazines print them: "Tom, 52, a cabbie from
# Hull" over a paragraph that is one quotation (a name, then an age or a description).
_PROFILE = re.compile(rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}),\s*(?:\d{{1,3}}\b|[a-z])")
_PROFILE_WORDS = 25


def profiled_quotes(article: Article) -> list[Letter]:
    """Each quoted paragraph under a profile line: its sentences are the profiled speaker's."""
    text, paras, out = article.text, article.paras, []
    for k, (s, e) in enumerate(paras[:-1]):
        line = text[s:e].strip().splitlines()[-1]  # under a crosshead: "FARES TOO HIGH"
        head = _PROFILE.match(line)
        start, end = paras[k + 1]
        body = text[start:end].rstrip()
        if (head is None or line[-1:] in ".!?:;" or len(line.split()) > _PROFILE_WORDS
                or text[start:start + 1] not in _OPEN_QUOTES or body[-1:] not in _CLOSE_QUOTES):
            continue
        out.append(Letter(start, start + 1, end, named_person(head["name"], None), cue="say",
                          text_end=start + len(body) - 1))
    return out


def letter_of(letters: list[Letter], unit: Range) -> Letter | None:
    """The letter a unit lies in, if any: the innermost (a quotation inside a mail)."""
    return min((lt for lt in letters if lt.start <= unit[0] and unit[1] <= lt.end),
               key=lambda lt: lt.end - lt.start, default=None)


def letter_range(letter: Letter, unit: Range) -> Range:
    """A unit cut to the letter's text (the salutation left out)."""
    return max(unit[0], letter.body_start), min(unit[1], letter.text_end or letter.end)


def _salutation_para(text: str, paras: list[Range], k: int, floor: int) -> int | None:
    """The paragraph opening with a salutation that the sign-off at `k` closes."""
    for j in range(k - 1, max(floor, k - 1 - MAX_LETTER_PARAS), -1):
        para = text[paras[j][0] : paras[j][1]]
        if SALUTATION_RE.match(para):
            return j
        if not _prose(text, paras[j]):
            return None
    return None


def _unsaluted_start(text: str, paras: list[Range], k: int, floor: int) -> int | None:
    """First paragraph of an unsaluted letter: the prose run ending at `k - 1`, bounded by the
    previous sign-off or a crosshead (never the top of the page, which may be an introduction)."""
    j = k - 1
    while j > floor + 1 and j - 1 >= 0 and _prose(text, paras[j - 1]) and k - j < MAX_LETTER_PARAS:
        j -= 1
    bounded = (floor >= 0 and j - 1 == floor) or (j >= 1 and _heading(text, paras[j - 1]))
    return j if bounded else None


def _signer(line: str) -> Speaker | None:
    """The writer named by a sign-off line ("Rev Michael Ashdown, Twickenham"), else None; a
    described role ("Unite branch secretary") is kept, a bare place is not."""
    found = sign_off(line)
    if found is None:
        return None
    if ANONYMOUS_RE.match(found[0]):  # "Name and address supplied": a writer, unnamed
        return Speaker(text=found[0], is_named=False, label=None, role=None, kind="person")
    name, title = clean_name(found[0])
    if len(name.split()) < 2:
        return None
    rest = found[1].split(",")
    described = next((p.strip() for p in rest if any(w[:1].islower() for w in p.split())), None)
    return named_person(name, described or title or None)


def named_person(name: str, role: str | None) -> Speaker:
    """A named person as a speaker: a letter's signer, a turn's label, a message's sender (a
    label's plain word, "Q (resident):", names no one)."""
    named = not name.islower() or any(ch in name for ch in "_/@0123456789")
    return Speaker(text=name, is_named=named, label="PERSON" if named else None, role=role,
                   kind="person")


def _names_person(article: Article, para: Range) -> bool:
    """Whether the tagger saw a person's name in a sign-off: without a salutation, the shape
    alone would also fit furniture such as "Recent Posts" under a blog post (two such
    sign-offs vouch for a page's others)."""
    return any(t.ent_type_ == "PERSON" for t in article.tokens(*para))


def _prose(text: str, para: Range) -> bool:
    """A paragraph of running text (cleaning's test of a line: `line_shape`)."""
    return line_shape(text[para[0] : para[1]].strip())[1]


def _heading(text: str, para: Range) -> bool:
    """A crosshead: a short line that is not running text (nor a post's header, "Ann Lee \u00b7
    14 May at 20:31": the post below it is hers, not a letter signed under it)."""
    line = text[para[0] : para[1]].strip()
    words, prose, _ = line_shape(line)
    return 0 < words <= _HEADING_WORDS and not prose and not SOCIAL_POST_RE.match(line)


def letter_drafts(article: Article, letter: Letter, k: int, found: list[Draft]) -> list[Draft]:
    """Unit `k` of a letter: its reported statements, with "I"/"we" as the signer; a sentence
    that reports nothing is the signer's own statement; a signed quotation is one statement,
    read at its first sentence."""
    if letter.whole:
        units = [j for j, (s, e) in enumerate(article.units)
                 if s < (letter.text_end or letter.end) and e > letter.body_start]
        toks = article.tokens(letter.body_start, letter.text_end or letter.end)
        if not toks or not units or k != units[0]:
            return []
        return [Draft(toks[0], letter.cue, None, toks[0], [(letter.body_start, (
            letter.text_end or letter.end))], k, units=units, signer=letter.signer)]
    found = [d for d in found if d.speaker_tok is None or d.speaker_tok.lower_ not in _EVIDENCE
             or d.speaker_tok.ent_type_]  # "the low number of cases tells us ...": an argument
    rng = letter_range(letter, article.units[k])
    if found and all(d.speaker_tok is not None and _writer(article, letter, d.speaker_tok)
                     for d in found) and _said_besides(article, rng, found):
        found = []  # "I think routine arming is coming, and frankly it should": all theirs
    if found:  # the label is no part of what a turn's cue reports ("NAME: As I said, ...")
        found = [dataclasses.replace(d, ranges=[(max(s, letter.body_start), e) for s, e in
                                                d.ranges if e > letter.body_start]) for d in found]
        return [
            dataclasses.replace(d, signer=letter.signer)
            if d.speaker_tok is not None and _writer(article, letter, d.speaker_tok) else d
            for d in found if d.ranges
        ]
    toks = article.tokens(*rng)
    if not toks or _STAGE_DIRECTION.fullmatch(article.text, *rng) or not any(
            t.is_alpha or t.is_digit for t in toks):
        return []  # "[Interruption.]", "(Laughter)": the record's, not the speaker's; a
        # nested reply's ">>" on its own
    return [Draft(toks[0], letter.cue, None, toks[0], [rng], k, units=[k], signer=letter.signer)]


def _said_besides(article: Article, rng: Range, found: list[Draft]) -> bool:
    """Whether the writer's own cues ("I think", "I never once thought") leave a clause of the
    sentence outside what they report: "..., and frankly it should", "I did two years as a
    special, and ..."."""
    cues = {d.cue_tok.i for d in found}
    inside = [r for d in found for r in d.ranges]
    return any(t.pos_ in {"VERB", "AUX"} and t.i not in cues
               and not (t.head.i in cues and t.dep_ in {"aux", "auxpass", "neg"})
               and not any(a <= t.idx < b for a, b in inside) for t in article.tokens(*rng))


def _writer(article: Article, letter: Letter, tok: Token) -> bool:
    """Whether a cue's subject is the letter's writer: "I"/"we" outside quotation marks, or the
    salutation the parser took for a subject ("Sir, In 2003 I wrote ...")."""
    if tok.idx < letter.body_start:
        return letter.cue == "write"  # a turn's label is no subject: "DUNN: The board says"
    return tok.lower_ in _FIRST_PERSON and not article.in_quote(tok)
