"""A social network's thread: "Name · 14 May at 20:31" over each post (cleaning.rules
.SOCIAL_POST_RE, transcripts._SOCIAL). The header is kept by the cleaner, not dropped as a list
of links, and the post below it is its poster's. Threads written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.cleaning import clean_body
from pipeline.text.cleaning.rules import POSTER_HEADER_RE, SOCIAL_POST_RE
from tests.test_attribution_parse_repairs import claims_of

GROUP_THREAD = """Marlow Parents Forum: the late-start plan

Marlow Parents Forum
Public group · 3.1K members

Hannah Osei · 3 March at 19:02
The council wants schools to start at ten.
Finally someone is listening to the sleep research.
112 reactions · 40 comments

Tom Riggs replied · 3 March at 19:20
Who drives my two in at ten when I start at eight?
It will wreck every working family's morning.

Priya Lal · Moderator · 4 March at 08:15
A reminder that the consultation closes on Friday.

Admin post · 5 March at 09:00
The council has now delayed the vote until June.
"""


def test_the_cleaner_keeps_a_posts_header() -> None:
    """The header stays (a list of links by its dots, before), the reactions line goes."""
    title, *lines = GROUP_THREAD.splitlines()
    cleaned = clean_body(list(enumerate(lines, 2)), title=title)
    removed = {r.text for r in cleaned.removed}
    assert "Tom Riggs replied · 3 March at 19:20" in cleaned.body
    assert "Priya Lal · Moderator · 4 March at 08:15" in cleaned.body
    assert "112 reactions · 40 comments" in removed


def test_a_posts_header_heads_the_post_below_it() -> None:
    title, *lines = GROUP_THREAD.splitlines()
    found = claims_of(clean_body(list(enumerate(lines, 2)), title=title).body)
    assert ("Hannah Osei", "say",
            "Finally someone is listening to the sleep research.") in found
    assert ("Tom Riggs", "say",
            "It will wreck every working family's morning.") in found
    assert ("Priya Lal", "say", "A reminder that the consultation closes on Friday.") in found
    assert not any("delayed the vote" in c and s != "Admin" for s, _, c in found)  # its own
    # header, not the post above it


@pytest.mark.parametrize(("line", "name"), [
    ("Hannah Osei · 3 March at 19:02", "Hannah Osei"),
    ("Tom Riggs replied · 2h", "Tom Riggs"),
    ("Dave (Leicester) · 27 January 2026", "Dave"),
    ("Jan Kerr (Admin) · Pinned · 11 February at 08:02", "Jan Kerr"),
    ("Ann Kerr @sleep_doc_ann · 07:12", "Ann Kerr"),  # a name and its handle
    ("Tides & Times @tides_ann · 11:02", "Tides & Times"),
    # a masthead, a byline, a button row, a group's size: no poster
    ("Spadework Monthly · April 2013 · Feature", None),
    ("By Ann Lee · 14 May 2024", None),
    ("Like · Reply · 2h", None),
    ("Public group · 8.4K members", None),
    # a dash before a clock time, as a copied thread prints it; not a dateline nor a masthead
    ("Kev Rudd - 19:02", "Kev Rudd"),
    ("Ann Lee (Harbour ward) - 2 March at 18:41", "Ann Lee"),
    ("Gaz P - 19 July 2025 at 21:12", "Gaz P"),
    ("London - 12 May 2024", None),
    ("Updated - 9 April 2025, 10:00", None),
    ("Harbour Matters (Public group) - 6,412 members", None),
])
def test_which_lines_are_post_headers(line: str, name: str | None) -> None:
    found = SOCIAL_POST_RE.fullmatch(line)
    assert (found["name"] if found else None) == name


@pytest.mark.parametrize(("line", "name"), [
    ("Ann Lee, 4 February", "Ann Lee"),
    ("Reply from Dr Ann Lee, ferry historian, 5 February", "Dr Ann Lee"),
    ("Dan P, Sept 4", "Dan P"),
    ("ThistleAndBolt, 28 May:", "ThistleAndBolt"),
    ("ANNUAL MEETING, 12 OCTOBER", None),  # a heading in capitals, no poster
    ("Dave K, Block 14", None),  # a letter's seat, not a date
])
def test_which_lines_are_comment_headers(line: str, name: str | None) -> None:
    found = POSTER_HEADER_RE.fullmatch(line)
    assert (found["name"] if found else None) == name


X_THREAD = """Thread: is the late start worth it?

@sleep_doc_ann (Dr Ann Kerr, sleep scientist) · 3 Mar 2026, 07:12
1/ Teenagers' body clocks run late. A ten o'clock start fits them.

@stats_tom · 07:40
With respect, the trial schools also changed their timetables.

@stats_tom · 07:52
So the gain cannot be put down to the start time alone.
"""


def test_a_handles_post_header_with_a_bare_time() -> None:
    """ "@stats_tom · 07:40": a handle with the time alone heads the post below it."""
    found = claims_of(X_THREAD)
    assert any(s.endswith("stats_tom") and c.startswith("With respect")
               for s, _, c in found), found
    assert any(s.endswith("sleep_doc_ann") and "body clocks" in c for s, _, c in found), found


NAMED_X_THREAD = """Thread: the late start at Marlow High

Ann Kerr @sleep_doc_ann · 3 Mar 2026, 07:12
Teenagers' body clocks run late. A ten o'clock start fits them.

    Tom Riggs @stats_tom · 07:40
    Replying to @sleep_doc_ann
    The trial schools also changed their timetables.
"""


def test_a_name_and_handle_header_heads_the_post_and_a_reply_line_is_no_poster() -> None:
    """ "Ann Kerr @sleep_doc_ann · 07:12" heads the post below it; "Replying to @sleep_doc_ann"
    names whom the reply answers, not its poster, and the cleaner drops it."""
    title, *lines = NAMED_X_THREAD.splitlines()
    cleaned = clean_body([(i, ln.strip()) for i, ln in enumerate(lines, 2) if ln.strip()],
                         title=title)
    assert "Tom Riggs @stats_tom · 07:40" in cleaned.body
    assert "Replying to @sleep_doc_ann" not in cleaned.body
    found = claims_of("\n".join(ln.strip() for ln in NAMED_X_THREAD.splitlines()))
    assert ("Tom Riggs", "say", "The trial schools also changed their timetables.") in found, found
    assert not any(s.endswith("sleep_doc_ann") and "timetables" in c for s, _, c in found)


FACEBOOK_THREAD = """Noticeboard: dogs on the beach

Jan Kerr (Admin) · Pinned · 11 February at 08:02
Morning all. The council agreed last night to consult on banning dogs from the beach.
Like · Comment · 212 reactions

Sue Pettit
About time. I have had enough of the mess on the sand. Ban them.
Like · Reply · 2h

Mark Dunn
So the many who pick up pay for the few who don't? Brilliant logic, council.
Like · Reply · 2h

Tina Moss
Half my breakfast trade comes with a lead attached. I will have to cut staff.
Like · Reply · 1h
"""


def test_a_posts_header_is_no_crosshead_over_a_letter() -> None:
    """A name line under the admin's post is the next commenter's, not the post's signature:
    the header kept above the post does not open a letter (letters._heading)."""
    title, *lines = FACEBOOK_THREAD.splitlines()
    found = claims_of(clean_body(list(enumerate(lines, 2)), title=title).body)
    assert not any(s == "Sue Pettit" and "consult" in c for s, _, c in found), found


DASHED_THREAD = """Harbour Matters: cracks under the bridge?

Harbour Matters (Public group) - 6,412 members

Ann Lee - 2 March at 18:41
Went under the bridge in the kayak and took these. I'm no engineer, but that looks bad.
[3 photos] 98 reactions - 41 comments - 12 shares

Kev Rudd - 19:02
Those cracks have been there for forty years. The bridge will outlast us all.
"""


def test_a_dashed_posts_header_heads_the_post_below_it() -> None:
    """ "Name - 19:02" over a post, as a thread copied from a social network prints it; the
    post's counts are no one's words."""
    title, *lines = DASHED_THREAD.splitlines()
    cleaned = clean_body(list(enumerate(lines, 2)), title=title)
    assert "[3 photos] 98 reactions - 41 comments - 12 shares" in {
        r.text for r in cleaned.removed}
    found = claims_of(cleaned.body)
    assert ("Kev Rudd", "say", "The bridge will outlast us all.") in found
    assert any(s == "Ann Lee" and "looks bad" in c for s, _, c in found)


def test_a_posts_update_is_its_posters_and_its_quoted_words_their_speakers() -> None:
    """A post opened by "UPDATE:" is still the poster's (not skipped as a mail's "Subject:"),
    and words it reports keep their own speaker."""
    thread = ("Harbour Matters: cracks under the bridge?\n\nAnn Lee - 4 March at 09:12\n\n"
              "UPDATE: Highways have answered my email at last. They say the cracks are cosmetic. "
              "So that's all right then, apparently.\n\nKev Rudd - 10:02\n\nThose cracks "
              "have been there for forty years.\n")
    found = claims_of(thread)
    assert ("Ann Lee", "say", "So that's all right then, apparently.") in found
    assert ("They", "say", "the cracks are cosmetic") in found
    assert not any(c.startswith("UPDATE") for _, _, c in found)


PETITION = """Petition: keep the ferry running

Reasons for signing and comments (3)

Ann Lee, 4 February
My son uses it every day to get to college.

Dan Ross, 4 February
Not signing. The council cannot afford it.

Reply from Dr Ann Lee, ferry historian, 5 February
It has paid its way for a century, Dan.
"""


def test_a_petitions_comment_is_under_its_signers_name_and_date() -> None:
    """ "Ann Lee, 4 February" over a comment heads it (no letter signed below its text)."""
    title, *lines = PETITION.splitlines()
    found = claims_of(clean_body(list(enumerate(lines, 2)), title=title).body)
    assert ("Ann Lee", "say", "My son uses it every day to get to college.") in found
    assert ("Dan Ross", "say", "The council cannot afford it.") in found
    assert ("Ann Lee", "say", "It has paid its way for a century, Dan.") in found


def test_a_presenters_turn_is_no_cues_post() -> None:
    """A script's cue line heads nothing the presenter then says ("[BACK TO STUDIO]", then
    "PRESENTER: ..."): only a note's label ("UPDATE:") continues a post."""
    script = ("Harbour tonight\n\n[BACK TO STUDIO]\n\nPRESENTER: Ann Lee reporting. The council "
              "told us the ferry would keep running until the spring at the very least.\n\n"
              "KEV RUDD: The ferry is finished.\n\nANN LEE: The council disagrees.\n")
    found = claims_of(script)
    assert not any(s.lower().startswith("back") for s, _, _ in found)
