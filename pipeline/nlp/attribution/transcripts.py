"""Transcripts: a paragraph opened by a speaker's label ("McQUAID: ...", "Rachel Dunn
(presenter): ...") is that speaker's turn, and its sentences are their statements.

Press conferences, phone-ins, hearings and interviews print speech with no reporting verb at
all. A turn is found by its shape, as a letter is (letters.py): a label of one to four
capitalised words or a handle ("@kharkiv_analyst", "vasilisa_luge"), perhaps with a parenthesis
or two (Hansard's constituency and party), after a chat's time or a thread's number ("08:20",
"5/ Reply from"), then a colon and the words spoken; a chat export's "[09/01/2023 20:41]
mx_volt:"; a letters page's "From Mrs Irene Dolan, Todmorden:"; an AMA's "Q (u/name, 2.1k
points):" and "A (OP):" (the poster the digest names "by u/..."); a printed interview's "A:"
(the person it is "with", or whom its introduction opens with); a broadcast script's clip,
"[SOUNDBITE - NAME, ROLE]:", or its cue on a line of its own, "[NAME, VO]" over what is said
below; or a forum's header line with the poster's handle, the post below it (parsed text
makes every line a paragraph), also "ThistleAndBolt, 28 May:", "CombiKing | Posts: 3,412 | 14
Dec 2023", a mail's "From: Dave Kowalski" and "On <date>, Dave Kowalski wrote:" (over the "> "
lines it quotes). The label must name someone: written in capitals (the transcript convention)
or read as a person by the tagger; section labels ("Update:", "Verdict:"), the interviewer's
side ("Question:", "Presenter:"), a bulletin's anchor, a correspondent's narration and a
headline are not speakers. One label alone is a heading, not a transcript: an article needs two
turns. A message read out in a turn ("A text from Sue in Bedminster: "..."") is the sender's,
not the reader's; the lines a forum reply quotes ("> Quote from: ...") are not the replier's."""

from __future__ import annotations

import re

from pipeline.nlp.attribution.drafts import Draft
from pipeline.nlp.attribution.interviews import LABEL_WORD, bare_answers, interviewee
from pipeline.nlp.attribution.letters import Letter, letter_range, named_person
from pipeline.nlp.attribution.units import Article
from pipeline.nlp.speakers import MEDIA_NOUNS, clean_name
from pipeline.text.cleaning.lines import line_shape
from pipeline.text.cleaning.rules import (
    HANDLE,
    MAIL_FROM_RE,
    NUMBERED_POST_RE,
    PIPED_POST_RE,
    POSTER_HEADER_RE,
    SOCIAL_POST_RE,
)

_LABEL = re.compile(
    r"(?:\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]m)?\]?\s+|\d{1,3}/\s+)?"  # a chat's time, a
    # podcast's "[00:01:08]", a thread's "5/"
    r"(?:\[[A-Z][A-Z ]{1,20}\]\s+)?"  # a programme's "[CLIP]", "[ARCHIVE]" before the label
    r"(?:(?:Reply|Response|Comment)\s+from\s+)?"
    r"(?P<name>@\w{2,30}|[a-z][a-z\d]*_[\w.]{1,30}|[A-Z][\w'\u2019.-]*(?:\s+(?:"
    r"[A-Z][\w'\u2019.-]*|de|van|von|al|bin|da|di|le|la)){0,3}(?:\s\d{1,2})?)"  # "MAN 2:"
    r"(?:\s*\((?P<role>[^()\n]{1,60})\))?(?:\s*\((?P<party>[^()\n]{1,30})\))?"
    r"(?:,\s*(?P<org>[A-Z][A-Z\d.&'\u2019 -]{1,60}))?"  # a network's "DR. HELEN YEO, LANSING
    r"\s*:\s+(?=\S)")  # INSTITUTE:"; Hansard: "Helen Marsh (Wychwood South) (Lab): ..."
# A broadcast script's clip, the speaker named inside the brackets: "[SOUNDBITE - RUTH PASCO,
# HARBOUR MASTER]: ...", "[VOX POP - CUSTOMER, UNNAMED]:", "[SOT: ANNA BELL, NURSE]".
_CLIP = re.compile(r"\[[A-Z][A-Z/ ]{1,20}?\s*[-\u2013\u2014:]\s*(?P<name>[^,\[\]\n]{2,40}?)"
                   r"(?:,\s*(?P<role>[^\[\]\n]{1,80}))?\]\s*:?\s+(?=\S)")
# A television script's cue on a line of its own, what is said below it: "[TOM BRAY, VO]",
# "[TAKE SOT. SUPER: JOAN PELLOW // HARBOUR MASTER]" (capitals, the script's convention).
_SCRIPT_CUE = re.compile(r"\[(?:[A-Z][A-Z. ]{1,30}:\s*)?(?P<name>[A-Z][A-Z'\u2019.-]*"
                         r"(?:\s+[A-Z][A-Z'\u2019.-]*){0,3})(?:\s*(?://|,)\s*(?P<role>[^\]\n]{1,60}))?"
                         r"\]\s*(?:\n(?=\S)|$)")
# A chat export's line: "[09/01/2023 20:41] mx_volt: ..." (a date and time, then a handle as
# typed, perhaps with a pin or badge after it).
_CHAT = re.compile(r"\[(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\]\s+"
                   r"(?P<name>[\w.-]{2,30})(?:\s+[^\w\s:]{1,2})?:\s+(?=\S)")
# A letters page: "From Mrs Irene Dolan, Todmorden: ..." (the writer's town after the name).
_FROM = re.compile(
    r"From\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|Cllr|Prof)\.?\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.-]*){1,3}),\s*(?P<role>[A-Z][^:\n]{1,40}):\s+(?=\S)")
# Hansard's office-holder, named in brackets: "The Minister for Water (Jeremy Halse): ...".
_OFFICE_LABEL = re.compile(
    r"(?P<role>(?:The\s+)?[A-Z][\w'\u2019-]*(?:,?\s+(?:[A-Z][\w'\u2019-]*|of|for|and|the)){0,14})"
    r"\s*\((?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})\)\s*:\s+(?=\S)")
# A forum's post: a header line that names the poster's handle, the post on the next line
# ("▲ 2.4k · u/skeptical_sam" then the text; "@harbourwatch · 3h").
_HEADER = re.compile(r"(?!(?:Replying|In reply|Reply) to\b)"  # not the handle a reply answers
                     r"(?:[^\n.!?]|\.(?=\d)){0,40}?(?<![\w/])(?P<name>u/[\w-]{2,30}|@\w{2,30})"
                     r"(?:[^\n.!?:]|\.(?=\d)){0,40}(?:\n(?=\S)|$)")  # "2.4k": a count
_NUMBERED = NUMBERED_POST_RE  # "#2 HeavyMetal777 (retired 777 captain), 9 Mar 2014"
_FORUM_VERBS = r"(?:asked|replied|wrote|posted|added|commented|responded)"
# A poster's label on a line of its own, the post below it: "NotAnotherLanyard:", "BuzzLightyearsMum
# (98 likes):", "ThreeUnderFive asked:", "Top reply (212 likes), by MumOfTwoInLeeds:" (a handle,
# or any name a post is "by"; not "McDonald said:", a reporter's paragraph).
_POST_LABEL = re.compile(
    rf"(?:[^\n:]{{0,40}}?\bby\s+(?=[A-Z])|(?={HANDLE}))(?P<name>[\w'\u2019.-]{{2,30}}"
    r"(?:\s+[A-Z][\w'\u2019.-]*){0,3})(?:\s*\((?P<role>[^()\n]{1,60})\))?"
    rf"(?:\s+{_FORUM_VERBS})?\s*:[ \t]*(?:\n(?=\S)|$)")
# The same label before the post on its line: "GlasgowGav wrote: Flew out of Birmingham ...".
_POST_INLINE = re.compile(rf"(?P<name>{HANDLE})(?:\s*\((?P<role>[^()\n]{{1,60}})\))?"
                          rf"\s+{_FORUM_VERBS}:\s+(?=\S)")
# A forum post's header line of its own, the post below it (cleaning's `POSTER_HEADER_RE`).
_POSTER = POSTER_HEADER_RE
# A mailing-list digest: "From: Dave Kowalski (Fort Ave)" heads a message; "On <date>, Dave
# Kowalski wrote:" heads the lines it quotes ("> ...").
_MAIL_FROM = MAIL_FROM_RE
_WROTE = re.compile(r"On\s[^\n]{4,60}?,\s+(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)"
                    r"{0,3})\s+wrote:\s*$")
# A forum digest's stamped header line: "Fri 21 Mar, 07:40 - ExpatFlyerOZ:", "Sat 22 Mar, 09:30 -
# [Moderator] GL_Hannah:", "... - MilesAndMore_Mo (replying to ExpatFlyerOZ):".
_STAMPED = re.compile(
    r"(?:[A-Z][a-z]{2}\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\s+[-\u2013\u2014|]\s+(?:\[[^\]\n]{1,20}\]\s*)?"
    r"(?P<name>[\w.-]{2,30})(?:\s*\([^()\n]{1,60}\))?\s*:\s*$")
# A forum post's header of piped fields: "CombiKing_Leeds | Posts: 3,412 | 14 Dec 2023, 07:52".
_PIPED = PIPED_POST_RE
_SOCIAL = SOCIAL_POST_RE  # "Ann Lee \u00b7 14 May at 20:31", the post below it
# A written parliamentary question and its answer: "Asked by Ruth Caldwell (Labour, Hallam
# Moor)", "Answered on 7 May 2019 by Heather Wheeler", each above its text.
_ASKED = re.compile(r"(?:Asked|Tabled)\s+by\s+(?P<name>[A-Z][\w'\u2019.-]*"
                    r"(?:\s+[A-Z][\w'\u2019.-]*){0,3})(?:\s*\((?P<role>[^()\n]{1,60})\))?\s*$")
_ANSWERED = re.compile(r"Answered\s+(?:on\s+[^\n]{4,30}?\s+)?by\s+(?P<name>[A-Z][\w'\u2019.-]*"
                       r"(?:\s+[A-Z][\w'\u2019.-]*){0,3})(?:\s*\((?P<role>[^()\n]{1,60})\))?\s*$")
# A radio script's clip on a line of its own, what is said below its "IN:", "OUT:", "DUR:"
# lines: "CLIP: ANN COLE MP", "CLIP: TOM BRAY, KESSEL HAULIERS" (capitals, the convention).
_CLIP_LINE = re.compile(r"(?:CLIP|SOT|SOUNDBITE|AUDIO)\s*:\s*(?P<name>[A-Z][A-Z'\u2019.-]*"
                        r"(?:\s+[A-Z][A-Z'\u2019.-]*){0,3})(?:,\s*(?P<role>[^\n]{1,60}))?\s*$")
_HEADERS = (_CLIP_LINE, _HEADER, _NUMBERED, _POSTER, _MAIL_FROM, _WROTE, _STAMPED, _ASKED,
            _ANSWERED, _PIPED, _SOCIAL, _SCRIPT_CUE, _POST_LABEL)
# (the post is below them)
_OPENERS = (_MAIL_FROM, _PIPED, _SOCIAL, _NUMBERED, _POSTER, _STAMPED,
            _POST_LABEL)  # may open a body
_MAX_POST = 12  # paragraphs (parsed text makes each line one)
_QUOTED_LINES = re.compile(r"(?:[ \t]*>[^\n]*(?:\n|$))+")  # what a reply quotes, atop it
# The public's side, named in brackets: "CALLER (GREG, PENRITH): ...".
_PUBLIC = frozenset({"caller", "listener", "viewer", "reader"})
_CLIPS = frozenset({"clip", "archive", "soundbite", "audio", "sot"})  # "CLIP (ARON D'SOUZA):"
# Words of an outlet's name: a press conference's questioner ("MARLOW FM:", "Q (KESSEL HERALD):").
_OUTLETS = frozenset(
    "fm radio tv gazette herald record echo chronicle courier times news post mail mirror "
    "express telegraph guardian observer journal tribune press bbc itv reuters".split())
# Labels that head a section or the questioner's side, not a speaker.
_NOT_SPEAKERS = frozenset(
    "question questions q a answer interviewer reporter presenter anchor newsreader host "
    "moderator chair chairman chairwoman caller audience editor note update updates analysis "
    "background context source sources summary claim verdict fact facts correction clarification "
    "disclaimer photo picture video watch listen read related timeline warning rating "
    "conclusion result results score agenda item resolved present apologies minutes "
    "transcript statement edit message subject date sent cc re topics thread reminder "
    "disclosure month week next in out dur aston super caption att ref star".split()) | _OUTLETS
# ("Edit: ...": the poster's addition; a mail's "Subject:", "Date:"; a digest's "Thread:"; a
# moderator's "Reminder:"; an analyst's "Disclosure:"; a column's "Next month:"; a script's
# "IN:", "OUT:", "DUR:", "ASTON:" (the caption); a match report's "Att:", "Ref:", "STAR MAN:";
# a press conference's questioner named by outlet, "MARLOW FM:", "KESSEL HERALD:")
# A journalist's narration ("TOM BRAY (CORRESPONDENT, FOWEY):", "[TOM BRAY, VO]"):
# reporting, not the reporter's position; a turn of the transcript, whose own statements are
# only those it attributes.
_NARRATION = re.compile(r"\b(?:correspondent|reporter|narrator|voice-?over|vo)\b", re.I)
_MIN_TURNS = 2
# A message read out: "A text from Sue in Bedminster:", "One more, from Priya in Stokes Croft:",
# "And Tom in Southville:", "An email from Mark:" before the quotation.
_READ_OUT = re.compile(
    r"\s*(?:(?:[Aa]nd|[Aa]lso|[Pp]lus|[Oo]ne more|[Aa]nother one)\s*,?\s+)?"
    r"(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:more\s+)?)?"
    r"(?:(?P<medium>texts?|e-?mails?|messages?|tweets?|letters?|notes?|comments?|posts?|"
    r"voicemails?)\s+)?(?P<sender>from\s+)?"
    rf"(?P<name>{LABEL_WORD}(?:\s+{LABEL_WORD}){{0,2}}(?P<place>\s+(?:in|from|of)\s+{LABEL_WORD}"
    rf"(?:\s+{LABEL_WORD}){{0,2}})?)\s*:\s*(?P<open>[\"\u201c])")
_CLOSE = {'"': '"', "\u201c": "\u201d"}


def find_turns(article: Article) -> list[Letter]:
    """Every speaker's turn in the article, in text order (none unless there are two). A
    label the tagger cannot vouch for ("Derek:") counts once another label names a person."""
    text, turns, vouched, paras, narrated = article.text, [], False, article.paras, 0
    answerer: str | None = None
    labels = [None if k == 0 and _headline(text[s:e]) and not any(
        p.match(text, s, e) for p in _OPENERS) else _label_at(text, s, e)
        for k, (s, e) in enumerate(paras)]  # a digest's first message may open the body:
    # "From: Dave Kowalski (Fort Ave)", "#1 | Holte_Ender_88 | 15 May 2024" are no headline
    bare = bare_answers(labels)  # "Q: Did he do it?", the answer below with no label
    for k, (start, end) in enumerate(paras):
        found = labels[k]
        body = found.end() if found else start
        if found is not None and found.re in _HEADERS:  # a header on a line of its own: the
            post = _post(text, paras, labels, k)  # post is below it
            if post is None:
                continue
            body, end = post
        public = bool(found and found["name"].lower() in _PUBLIC | _CLIPS and found["role"])
        answer = _answer_label(found) or k in bare
        if answer and answerer is None:
            answerer = interviewee(article)  # found once, for the first answer
        asker = _named_in_brackets(article, found) or (answerer if answer else "")
        if found is None and asker and asker.split()[-1] in text[start:end]:
            continue  # a bare paragraph naming the interviewee is about her, not her answer
        if public:  # "CALLER (GREG, PENRITH)": the caller's name and place; a clip's speaker
            name, role = _readable(found["role"].split(",")[0].strip()), found["role"]
        elif asker:  # an AMA's "Q (u/name, 2.1k points):", "A (OP):"; an interview's "A:"
            name, role, public = asker, None, True
        elif found is None or _section(found):
            continue
        else:
            name = _readable(re.sub(r"^(?:SOT|CLIP)\s+(?=\S)", "", found["name"]))  # "SOT ANN:"
            role = ", ".join(found[g].strip() for g in ("role", "party", "org")
                             if g in found.groupdict() and found[g]) or None
        whole = _full_name(article, name)  # "Marstrand:" after "Helga Marstrand spent ..."
        vouched = vouched or public or whole is not None or _names_person(article, found)
        # a handle ("u/name") is kept as written
        name = name if name.startswith("u/") else clean_name(whole or name)[0]
        if name and _NARRATION.search(role or ""):
            narrated += 1  # a turn of the transcript, but no statement of the journalist's
        elif name:
            if found is not None and found.re in (_LABEL, _OFFICE_LABEL):
                end = _continued(article, labels, k)
            turns.append(Letter(start, body, end, named_person(name, role), cue="say"))
    return turns if vouched and len(turns) + narrated >= _MIN_TURNS else []


_MAX_CONTINUED = 3  # paragraphs
# A label in transcript capitals of a shape not read as a turn ("(VT) ANNE CALDWELL:").
_CAPS_LABEL = re.compile(r"\W*(?:\([^)\n]{1,20}\)\s*)?[A-Z][A-Z'\u2019. -]{1,40}"
                         r"(?:\([^)\n]*\))?\s*:")


def _continued(article: Article, labels: list[re.Match[str] | None], k: int) -> int:
    """Where the turn labelled at paragraph `k` ends: past the running text below it with no
    label of its own (Hansard's "Mr Speaker, the right to be tried ..." under "Dr Helen Marsh
    (Tarrant Vale) (Con): I beg to move,"), up to a heading, a time or the next label."""
    paras, j = article.paras, k + 1
    while j < len(paras) and j - k <= _MAX_CONTINUED and labels[j] is None and line_shape(
            article.text[paras[j][0]:paras[j][1]].strip())[1] and not _CAPS_LABEL.match(
            article.text, *paras[j]):
        j += 1
    return paras[j - 1][1]


def _label_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The speaker's label or header that opens the paragraph, if any."""
    for pattern in (_MAIL_FROM, _WROTE, _ASKED, _ANSWERED, _STAMPED, _CLIP, _CLIP_LINE,
                    _SCRIPT_CUE, _LABEL, _POST_INLINE, _CHAT, _FROM, _OFFICE_LABEL, _HEADER,
                    _NUMBERED, _POSTER, _PIPED, _SOCIAL, _POST_LABEL):
        found = pattern.match(text, start, end)
        if found is not None and pattern is _LABEL and _NUMBERED_NAME.search(found["name"]) and (
                not found["name"].isupper()):
            return None  # "May 26:", "Slide 3:" head an item; "MAN 2:" speaks
        if found is not None:
            return found
    return None


_NUMBERED_NAME = re.compile(r"\s\d{1,2}$")


def _post(text: str, paras: list[tuple[int, int]], labels: list[re.Match[str] | None],
          k: int) -> tuple[int, int] | None:
    """Where the post under the header at paragraph `k` runs: the paragraphs below it (past a
    mail's "Subject:") up to the next label; a quotation's only its "> " lines; None if none."""
    quoted, j = labels[k].re is _WROTE, k + 1
    atop = not quoted and not text.startswith(">", paras[k][0])  # "> u/name | 8 Apr": a
    # nested reply's own "> " lines are no quotation atop it
    if labels[k].end() < paras[k][1]:  # "▲ 2.4k · u/name\nThe post": below, in the paragraph
        lines = _QUOTED_LINES.match(text, labels[k].end(), paras[k][1]) if atop else None
        return (lines.end() if lines else labels[k].end()), paras[k][1]
    while j < len(paras) and ((labels[j] is not None and _section(labels[j]) and not _noted(
            text, paras, labels, j)) or (atop and labels[j] is None and _quoting(text, paras, j))):
        j += 1  # past a mail's "Subject:", and the lines a reply quotes ("> Quote from: ...")
    first, lead = j, None
    if j > k + 1 and labels[j - 1] is not None and _section(labels[j - 1]):  # "DUR: 0'14"" over
        lead = text.find("\n", labels[j - 1].end(), paras[j - 1][1])  # the clip: the lines
        lead = lead + 1 if lead > 0 and text[lead:paras[j - 1][1]].strip() else None  # below it
    while j < len(paras) and j - first < _MAX_POST and (
            labels[j] is None or (labels[j].re is _WROTE and not quoted) or _noted(
                text, paras, labels, j)) and (
            not quoted or text.startswith(">", paras[j][0])) and not (
            _CAPS_HEADING.fullmatch(text, *paras[j])):
        j += 1
    if lead is not None:
        return lead, paras[j - 1][1] if j > first else paras[first - 1][1]
    if j == first:
        return None
    noted = _noted(text, paras, labels, first)  # its text, not its "UPDATE:"
    return (labels[first].end() if noted else paras[first][0]), paras[j - 1][1]


def _noted(text: str, paras: list[tuple[int, int]], labels: list[re.Match[str] | None],
           j: int) -> bool:
    """A post's running text under a note's label ("UPDATE: Highways say ..."), no presenter's."""
    found = labels[j]
    line = text[found.end():paras[j][1]].split("\n", 1)[0] if found is not None else ""
    return found is not None and found["name"].lower() in _NOTES and len(line.split()) > 12


_NOTES = frozenset({"update", "updated", "edit", "edited", "ps", "p.s.", "note", "correction"})
_QUOTE_HEAD = re.compile(r"(?:Quote|Quoting|Originally posted)\b[^\n]{0,60}$")
# A digest's section heading ends the post above it: "THE POLL", "ELSEWHERE ON THE BOARD".
_CAPS_HEADING = re.compile(r"(?=[^\n]*[A-Z]{2})[^a-z\n.!?]{3,60}")


def _quoting(text: str, paras: list[tuple[int, int]], j: int) -> bool:
    """Paragraph `j` is what a reply quotes atop it: "> " lines, "Quote from: name" and the
    quotation in quote marks below that."""
    start, end = paras[j]
    if text.startswith(">", start) or _QUOTE_HEAD.match(text, start, end):
        return True
    return j > 0 and text[start] in "\"\u201c" and bool(_QUOTE_HEAD.match(text, *paras[j - 1]))


# An AMA's original poster: "posted on 28 January by u/CllrRMcNab".
_POSTED_BY = re.compile(r"\bby\s+(u/[\w-]{2,30})")


def _named_in_brackets(article: Article, found: re.Match[str] | None) -> str:
    """Who a question or answer label names in brackets: "Q (u/auld_reekie, 2.1k)", "A (OP)"
    (the original poster, named in the digest's "by u/..."), "Q (resident)"; not a reporter's
    "QUESTION (local radio)", else ""."""
    if found is None or found.re is not _LABEL or not found["role"] or (
            found["name"].lower() not in {"q", "a", "question", "answer"}):
        return ""
    who = found["role"].split(",")[0].strip()
    if who.upper() == "OP":
        poster = _POSTED_BY.search(article.text)
        return poster.group(1) if poster else ""
    if who.startswith(("u/", "@")):
        return who
    return who if _ASKER.fullmatch(who) and not any(
        w.lower() in MEDIA_NOUNS | _OUTLETS for w in who.split()) else ""


# Who a public meeting's "Q (resident):", "A (Dr Ann Cole, hydrogeologist):" names.
_ASKER = re.compile(r"[A-Za-z][\w'\u2019.-]*(?:\s+[A-Za-z][\w'\u2019.-]*){0,3}")


def _answer_label(found: re.Match[str] | None) -> bool:
    """A printed interview's bare answer label: "A:", "Answer:" (not an AMA's "A (OP):")."""
    return found is not None and found.re is _LABEL and not found["role"] and (
        found["name"] in {"A", "Answer", "ANSWER"})


def _headline(para: str) -> bool:
    """ "Water Industry: Public Ownership": a first line with no full stop at its end."""
    return not para.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", "\u2019"))


def _section(found: re.Match[str]) -> bool:
    """A section label or the questioner's side ("Verdict:", "QUESTION (local radio):"); a
    lone letter is Q&A's side only as the whole label ("A:"), a surname's initial after a name
    ("Kemi A:")."""
    words = found["name"].split()
    return any(w.lower().strip(".'\u2019") in _NOT_SPEAKERS and (len(w) > 1 or len(words) == 1)
               for w in words)


def _full_name(article: Article, label: str) -> str | None:
    """The whole name of a person the article introduced, when the label is its surname
    alone ("Helga Marstrand" for "Marstrand:" in an interview), or else its first name ("I'm
    Tomas Vane" for "TOMAS:" in a podcast)."""
    if " " in label or not label[:1].isupper():
        return None
    doc = article.doc
    return next((f"{t.nbor(-1).text} {t.text}" for t in doc
                 if t.text == label and t.i > 0 and t.nbor(-1).pos_ == "PROPN"
                 and t.nbor(-1).is_title and t.nbor(-1).ent_iob_ == "B"
                 and t.ent_iob_ == "I"), None) or next((  # the tagger's type aside ("GPE")
        f"{t.text} {t.nbor(1).text}" for t in doc if t.text == label and t.i + 1 < len(doc)
        and t.nbor(1).pos_ == "PROPN" and t.nbor(1).is_title and t.ent_iob_ == "B"
        and t.nbor(1).ent_iob_ == "I"), None)


def _names_person(article: Article, found: re.Match[str]) -> bool:
    """The label names a person: in transcript capitals, or a person to the tagger; a
    forum's handle ("@name", "u/name", "#2 name", a comment's "KesselKate:", "Marlow88:")."""
    words = found["name"].split()
    if found["name"].startswith(("@", "u/")) or re.fullmatch(HANDLE, found["name"]) or found.re in (
            _NUMBERED, _CHAT, _POSTER, _MAIL_FROM, _WROTE, _STAMPED, _ASKED, _ANSWERED, _PIPED,
            _POST_LABEL, _POST_INLINE):
        return True  # a handle: someone's account
    if found["name"].isupper() or all(_capitals(w) for w in words):
        return len(found["name"]) > 1
    return any(t.ent_type_ == "PERSON" for t in article.tokens(found.start(), found.end("name")))


def _capitals(word: str) -> bool:
    """ "DUNN", "McQUAID", "O'REILLY": a surname in transcript capitals."""
    return re.fullmatch(r"(?:Mc|Mac|O'|O\u2019)?[A-Z]{2,}(?:-[A-Z]+)?", word) is not None


def _readable(label: str) -> str:
    """ "PAT McQUAID" -> "Pat McQuaid": capitals as a name is written."""
    def word(w: str) -> str:
        lead = re.match(r"(Mc|Mac|O'|O\u2019)(?=[A-Z]{2})", w)
        if lead:
            return lead.group(1) + w[lead.end():].capitalize()
        if w.isupper() and len(w) > 1:  # "D'SOUZA" -> "D'Souza", "SMITH-JONES" -> "Smith-Jones"
            return re.sub(r"[A-Z]+", lambda m: m.group(0).capitalize(), w)
        return w
    return " ".join(word(w) for w in label.split())


def read_out(article: Article, letter: Letter, k: int) -> list[Draft]:
    """A message read out at the start of unit `k` of a turn, as its sender's statement."""
    start, end = letter_range(letter, article.units[k])
    found = _READ_OUT.match(article.text, start, end)
    if found is None or not (found["medium"] or found["sender"] or found["place"]):
        return []  # "Tom: ..." alone is a label, not a message read out
    body = found.end()
    close = article.text.find(_CLOSE[found["open"]], body, end)
    toks = article.tokens(found.start("name"), found.end("name"))
    if not toks or not article.tokens(body, end):
        return []
    return [Draft(toks[0], "write", None, toks[0], [(body, close if close > 0 else end)], k,
                  units=[k], signer=named_person(found["name"], None))]
