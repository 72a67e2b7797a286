"""Readers' letters: each letter's sentences are statements by the writer who signed it."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.nlp.attribution import ClaimCandidate, extract_claims
from pipeline.text.cleaning import clean_body
from pipeline.text.letters import SALUTATION_RE, sign_off

PAGE = """Last week's report on the bypass brought a heavy postbag. Here is a selection.

A ROAD TO NOWHERE

Sir, I have driven the old road for thirty years. The bypass will cut the journey to ten minutes.
Your correspondent Mr Hale claims that the cost will double. I see no evidence for it.

Margaret Orme, Ledbury

COUNT THE COST

Sir, The council has already spent four million pounds on consultants. It should be scrapped.

Rev Thomas Ashby, Bromyard"""

UNSALUTED = """The row over the new stadium filled our inbox this week.

PRIDE OF THE TOWN

The stadium will bring thousands of visitors every match day. Shops in the high street will feel it.

Edward Collins, Kettering

NOT IN MY NAME

The club should pay for its own ground. Council tax payers have been asked to fund it twice.

Sarah Whitfield, Corby"""


def claims(nlp, text: str, published: dt.date | None = None) -> list[ClaimCandidate]:
    return extract_claims(nlp(text), published=published)


def test_a_letter_printed_without_its_writers_name_is_an_unnamed_writers(nlp):
    page = PAGE.replace("Rev Thomas Ashby, Bromyard", "Name and address supplied")
    found = {c.content: c for c in claims(nlp, page)}
    writer = found["It should be scrapped."]
    assert (writer.speaker, writer.speaker_is_named) == ("Name and address supplied", False)
    assert found["I see no evidence for it."].speaker == "Margaret Orme"


def test_letter_sentences_are_the_signers_statements(nlp):
    found = claims(nlp, PAGE, dt.date(2007, 3, 2))
    by = {c.content: c for c in found}
    first = by["The bypass will cut the journey to ten minutes."]
    assert (first.speaker, first.quote_type, first.cue) == ("Margaret Orme", "direct", "write")
    assert (first.claim_date, first.date_basis) == (dt.date(2007, 3, 2), "published")
    assert by["It should be scrapped."].speaker == "Thomas Ashby"
    assert all(not c.content.startswith("Sir") for c in found)  # the salutation is left out
    # a statement the letter reports stays with the person it reports
    assert by["the cost will double"].speaker != "Margaret Orme"
    # the introduction and the crossheads are nobody's statement
    assert not any("postbag" in c.content or c.content.isupper() for c in found)


def test_first_person_cue_in_a_letter_is_the_writer(nlp):
    page = PAGE.replace(
        "I see no evidence for it.", "I argued last year that the road was long overdue."
    )
    c = next(c for c in claims(nlp, page) if c.content == "the road was long overdue")
    assert c.speaker == "Margaret Orme"


def test_letters_without_salutation_need_two_sign_offs_and_a_crosshead(nlp):
    found = claims(nlp, UNSALUTED)
    speakers = {c.content: c.speaker for c in found}
    assert speakers["Shops in the high street will feel it."] == "Edward Collins"
    assert speakers["The club should pay for its own ground."] == "Sarah Whitfield"
    assert not any("inbox" in c for c in speakers)


def test_a_lone_name_line_in_a_news_report_is_not_a_letter(nlp):
    report = (
        "The minister opened the new ward on Friday. Staff were delighted with the building.\n\n"
        "Tony Blair, Prime Minister\n\n"
        "The hospital will take its first patients next month."
    )
    assert not any(c.cue == "write" for c in claims(nlp, report))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Gary Stannard, Hayes", "Gary Stannard"),
        ("\u2014 Jane Doe, Leeds.", "Jane Doe"),
        ("Dr J. R. Smith, Oxford", "Dr J. R. Smith"),
        ("Linda Okafor, Unite branch secretary, Heathrow", "Linda Okafor"),
        ("He said no.", None),
        ("Manchester United won the cup", None),
        ("RUNWAY IS OUR LIFELINE", None),
        ("It was, he said, a long day", None),
        ("Name and address supplied", "Name and address supplied"),
        ("Name withheld by request.", "Name withheld by request"),
        ("Dan Ross, 4 February", None),  # a post's header: a date, not a place
        ("Dan Ross, Tuesday", None),
        ("Dave K, Block 14", "Dave K"),  # a seat, not a date
    ],
)
def test_sign_off_shape(line, name):
    found = sign_off(line)
    assert (found[0] if found else None) == name


@pytest.mark.parametrize(
    ("text", "is_salutation"),
    [("Sir, The plan", True), ("SIR \u2013 The plan", True), ("To the Editor: x", True),
     ("Dear Sir, x", True), ("Sirens wailed, x", False), ("Sir Alex said", False)],
)
def test_salutation_shape(text, is_salutation):
    assert bool(SALUTATION_RE.match(text)) is is_salutation


def test_cleaning_keeps_the_last_letters_sign_off():
    lines = [
        "Sir, The plan is a waste of money and should be dropped before it does more harm.",
        "Linda Okafor, Unite branch secretary, Heathrow",
        "Letters may be edited for length. Write to the Letters Editor.",
    ]
    kept = clean_body([(i, t) for i, t in enumerate(lines, 1)]).paragraphs
    assert "Linda Okafor, Unite branch secretary, Heathrow" in kept


HEADED = """Letters: the harbour bypass

From Mr Keith Onslow CEng (Stevenage)

Sir, The bypass will cut the journey to ten minutes. It should have been built years ago.

From Dr Ruth Amsel FRAeS (Derby)

Sir, Nobody has costed the tunnel. The scheme should be shelved.
"""


def test_a_letter_headed_by_its_writer_is_theirs(nlp):
    """The Financial Times' way: "From <writer> (<town>)" over the salutation; post-nominals
    ("CEng", "FRAeS") and the town are not the name."""
    by = {c.content: c.speaker for c in claims(nlp, HEADED)}
    assert by["The bypass will cut the journey to ten minutes."] == "Keith Onslow"
    assert by["The scheme should be shelved."] == "Ruth Amsel"


SIGNED_INLINE = """LETTERS

Ed, I have followed the club for fifty years. The new stand is a waste of money. - Frank, Anfield

You lot have lost the plot. The stand will pay for itself within five seasons. - Siobhan, Bootle

Q. Will the new stand be finished by August? - Dev, Wavertree

Great to see the youth team doing so well this year."""


def test_letters_signed_at_the_end_of_their_own_paragraph_need_two_of_them(nlp):
    """ "... a waste of money. - Frank, Anfield": the dash, name and place close the letter;
    one such paragraph alone is no letters page."""
    speakers = {c.content: c.speaker for c in claims(nlp, SIGNED_INLINE)}
    assert speakers["The new stand is a waste of money."] == "Frank"
    assert speakers["The stand will pay for itself within five seasons."] == "Siobhan"
    assert speakers["Will the new stand be finished by August?"] == "Dev"  # "Q." left out
    assert not any("Anfield" in c or "youth team" in c for c in speakers)
    lone = SIGNED_INLINE.split("\n\nYou lot")[0]
    assert not any(c.cue == "write" for c in claims(nlp, lone))


def test_a_quotation_signed_at_the_end_of_its_paragraph_is_one_statement_by_the_signer(nlp):
    """ '"You do the maths." - Gary, Sale' (a vox pop): the whole quotation, said by Gary."""
    page = ('"Five pounds a day across three vans. You do the maths." - Gary, Sale\n\n'
            '"The trams would be lovely. But not at any price." \u2013 Anne Hale, Brooklands')
    found = [(c.speaker, c.cue, c.content) for c in claims(nlp, page)]
    assert found == [
        ("Gary", "say", "Five pounds a day across three vans. You do the maths."),
        ("Anne Hale", "say", "The trams would be lovely. But not at any price.")]


def test_a_vox_pop_may_be_signed_without_a_dash_after_its_closing_quotation_mark(nlp):
    """ '"They won't notice it." Euan Baxter, The Bruntsfield Rooms', as members' bulletins print
    them; without the quotation marks a name after a sentence is no sign-off."""
    page = ('"My guests never mention it. They won\'t notice it here either." Euan Baxter, '
            'The Bruntsfield Rooms\n\n'
            '"It is a tax on the people who pay my wages." Shona Kerr, Portobello Sands Hotel')
    found = [(c.speaker, c.content) for c in claims(nlp, page)]
    assert found == [
        ("Euan Baxter", "My guests never mention it. They won't notice it here either."),
        ("Shona Kerr", "It is a tax on the people who pay my wages.")]
    unquoted = page.replace('"', "")
    assert not any(c.speaker in {"Euan Baxter", "Shona Kerr"} for c in claims(nlp, unquoted))


def test_a_vox_pop_signed_with_age_job_and_town_is_its_signers(nlp):
    """ '"Scrap it." - Darren, 42, plumber, Stoke': a tabloid's readers' quotes sign with a first
    name, an age, a job and a town; each is its own signer's, not the last speaker's."""
    page = ('The council said the fee would be reviewed next year.\n\n'
            '"Scrap it. I never use the harbour." - Darren, 42, plumber, Stoke\n\n'
            '"I\'d pay double to keep it open." - Priya, 29, nurse, Leicester')
    found = [(c.speaker, c.content) for c in claims(nlp, page)]
    assert ("Darren", "Scrap it. I never use the harbour.") in found
    assert ("Priya", "I'd pay double to keep it open.") in found


def test_a_vox_pop_under_its_speakers_profile_is_theirs(nlp):
    """ "Tom, 52, a cabbie from Hull" over a paragraph that is one quotation (a magazine's vox
    pop, under its crosshead): each sentence is Tom's; a profile over prose says nothing."""
    page = ("We asked two readers.\n\nFARES TOO HIGH\nTom, 52, a cabbie from Hull\n\n"
            "\u201cThe new fares are a disgrace. Nobody asked the drivers.\u201d\n\n"
            "Nadia Khan, 29, from Goole\n\nShe drives a delivery van.")
    found = [(c.speaker, c.cue, c.content) for c in claims(nlp, page)]
    assert ("Tom", "say", "The new fares are a disgrace.") in found
    assert ("Tom", "say", "Nobody asked the drivers.") in found
    assert not any(c[0] == "Nadia Khan" for c in found)


HEADED_PAGE = """Letters: the harbour levy, and who pays for it

A LIFELINE FOR THE LIFEBOATS

The levy pays for the lifeboat crews. Scrapping it would be madness.

Geoffrey Stainby, Marlow

A TAX ON THE POOR

I have a part-time cleaning job at 69. The levy takes a day's wages from me every year.

Maureen Pickles, Castleford

A MATTER OF TRUST

My late husband paid the levy for 44 years. A promise is a promise.

Edna Morley, Wakefield"""


def test_a_page_of_letters_under_headings_keeps_and_credits_every_signer(nlp):
    """Letters signed under capitals headings, with no "Sir,": the last sign-off is kept by the
    cleaner, and every sign-off counts once two on the page name a person to the tagger."""
    lines = [line for line in HEADED_PAGE.splitlines() if line]
    kept = "\n\n".join(clean_body([(i, t) for i, t in enumerate(lines, 1)]).paragraphs)
    assert kept.endswith("Edna Morley, Wakefield")
    speakers = {c.content: c.speaker for c in claims(nlp, kept)}
    assert speakers["A promise is a promise."] == "Edna Morley"
    assert speakers["I have a part-time cleaning job at 69."] == "Maureen Pickles"
