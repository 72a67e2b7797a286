"""clean_body (boilerplate removal), html_to_text and the page-fixture quality benchmark."""

from __future__ import annotations

import datetime as dt
import importlib.util
import statistics
from pathlib import Path

import pytest

from pipeline.text.cleaning import clean_body
from pipeline.text.html import HtmlText, html_to_text
from pipeline.text.normalize import normalize_text
from pipeline.text.records import CleanedBody

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PAGES = ROOT / "tests" / "fixtures" / "pages"

P1 = (
    "The finance ministry said on Tuesday that it would delay the sale of its stake in the "
    "national airline until the market recovered, a decision that surprised analysts."
)
P2 = (
    "Officials had hoped to raise more than 2 billion euros from the sale, which was first "
    "announced last spring as part of a wider plan to cut public debt."
)
P3 = (
    "Opposition parties accused the government of mismanaging the process and called for the "
    "minister to explain the delay to parliament next week."
)
P4 = (
    "The airline's shares fell 4% in early trading before recovering some of their losses by "
    "the close, traders said."
)
ARTICLE = [P1, P2, P3, P4]


def clean(texts: list[str], title: str | None = None) -> CleanedBody:
    return clean_body([(i, t) for i, t in enumerate(texts, 1)], title=title)


def reasons(result: CleanedBody) -> dict[str, str]:
    return {r.text: r.reason for r in result.removed}


# ----------------------------------------------------------------------------- line rules


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("(Photo: Reuters )", "photo_credit"),
        ("Photo: AFP/Getty", "photo_credit"),
        ("Image source, Getty Images", "photo_credit"),
        ("Image caption, The minister arriving at parliament on Tuesday", "photo_caption"),
        ("The terminal at Lisbon airport. Photograph: Miguel Costa/Bloomberg", "photo_caption"),
        ("2 View gallery", "gallery"),
        ("<< Follow Ynetnews on Facebook | Twitter | Instagram >>", "share_follow"),
        ("Share this article", "share_follow"),
        ("Share on WhatsApp", "share_follow"),
        ("Advertisement", "advert"),
        ("Story continues below advertisement", "advert"),
        ("Skip to content", "navigation"),
        ("Home > Business > Economy", "navigation"),
        ("Home | News | Sport | Business | Weather", "link_list"),
        ("1 hour ago", "timestamp"),
        ("Updated: 14 July 2019, 10:32 GMT", "timestamp"),
        ("By Maria Santos", "byline"),
        ("(Reporting by Ana Ruiz; Editing by Tom Hogue)", "byline"),
        ("© 2024 Example Media Ltd. All rights reserved.", "footer"),
        ("Subscribe to our newsletter", "subscribe"),
        ("Sign up", "subscribe"),
        ("You have 2 free articles remaining this month.", "subscribe"),
        ("We use cookies to improve your experience on our site.", "cookie_notice"),
        ("Accept all", "cookie_notice"),
        ("Log in", "login"),
        ("Connecting to %s", "comment_form"),
        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.",
         "comment_form"),
        ("Related: Airline unions threaten strike over privatisation plan", "related_list"),
        ('""', "punctuation"),
        ("412ReplyAwardShare", "navigation"),
        ("pic.twitter.com/xY12abC — Telecom Watch (@telecomwatch) February 18, 2005", "embed"),
    ],
)
def test_boilerplate_line_dropped_with_reason(line: str, reason: str) -> None:
    result = clean([P1, P2, line, P3, P4])
    assert reasons(result).get(line) == reason
    assert result.paragraphs == tuple(ARTICLE)


def test_article_sentences_kept_including_short_quotes() -> None:
    quote = '"We will not negotiate," he said.'
    short = "The talks collapsed."
    result = clean([P1, quote, P2, short, P3, "Why it matters", P4])
    assert result.paragraphs == (P1, quote, P2, short, P3, "Why it matters", P4)
    assert result.removed == ()


def test_a_forum_posts_numbered_header_is_not_a_glued_button_bar() -> None:
    """A handle in camel case ("NorthAtlanticTrack") looks like glued button labels, a score
    and a separator like a link list; after a thread's post number, or as a "u/" handle, it
    names the poster, whose post follows."""
    post = "Who was at the controls is not settled."
    for header in ("#7 NorthAtlanticTrack, 6 Aug 2015",
                   "\u25b2 1.9k \u00b7 u/DrNadiaRahman_virology"):
        result = clean([P1, header, post, P2, P3, P4])
        assert header in result.paragraphs and post in result.paragraphs


def test_a_posters_label_on_its_own_line_is_kept() -> None:
    """ "GranOfSeven:", "BuzzLightyearsMum (98 likes):", "Top reply, by MumOfTwoInLeeds:": a
    camel-case handle closed by a colon names the poster of the post below, not a glued button
    bar ("412ReplyAwardShare" still is)."""
    post = "A law is overkill, and the heads already know how to run their own corridors."
    for label in ("GranOfSeven:", "BuzzLightyearsMum (98 likes):",
                  "Top reply (212 likes), by MumOfTwoInLeeds:", "ThreeUnderFive asked:"):
        result = clean([P1, label, post, P2, P3, P4])
        assert label in result.paragraphs and post in result.paragraphs
    assert reasons(clean([P1, "412ReplyAwardShare", P2, P3, P4])) == {
        "412ReplyAwardShare": "navigation"}


def test_signed_vox_pops_after_the_article_are_kept() -> None:
    """A tabloid's closing block of readers' quotes, each signed after a dash ('"Scrap it." -
    Darren, 42, plumber, Stoke'), is article text: each line ends a sentence inside its marks."""
    pops = ['"Scrap it. I watch the darts, not the soaps." - Darren, 42, plumber, Stoke',
            '"Honestly? I\'d pay double to keep the adverts off." - Priya, 29, nurse, Leicester',
            '"Better the devil you know." - Ken, 77, retired, Gateshead']
    result = clean([P1, P2, P3, P4, "WHAT YOU SAID", *pops])
    assert all(p in result.paragraphs for p in pops)


def test_a_thread_of_piped_post_headers_is_kept_whole() -> None:
    """ "handle | Posts: 3,412 | 14 Dec 2023, 07:52" is a post's header, not a link list, and
    joins the short posts of a thread into one core; a signature's "Installer | Leeds" and a
    menu's "Home | News | 2024" stay furniture."""
    thread = ["BoilerBob_Hull | Posts: 3,412 | 14 Dec 2023, 07:52",
              "So the consultation is out. No gas boilers in new builds from 2025, heat pumps.",
              "Installer | Leeds and Wakefield",
              "HeatPumpHal | Posts: 1,187 | 14 Dec 2023, 08:20",
              "Mate, it is new builds. In a new house a heat pump is the obvious choice, honestly.",
              "OldSchoolCorgi | Posts: 6,054 | 14 Dec 2023, 08:47",
              "Tell that to my customer in Wakefield with a four hundred pound January bill.",
              "Home | News | 2024"]
    result = clean(thread)
    assert result.paragraphs == tuple(thread[:2] + thread[3:7])
    assert reasons(result)["Installer | Leeds and Wakefield"] == "link_list"


def test_article_sentence_about_cookies_is_not_a_cookie_notice() -> None:
    line = ("Regulators said websites must ask for consent before storing cookies on a device, "
            "and fined three retailers for ignoring the rule.")
    assert line in clean([P1, line, P2, P3]).paragraphs


def test_a_line_that_ends_with_a_comma_runs_on_into_the_next() -> None:
    label = "Ms Jane Roe (Tarrant Vale) (Lab): I beg to move,"
    motion = "That this House has considered the licensing of jousting in Ruritania."
    result = clean([label, motion, P1, P2, P3])
    assert f"{label} {motion}" in result.paragraphs
    letter = clean([P1, P2, "Yours faithfully,", "Jane Roe, Marlow", P3])  # a sign-off stays
    assert "Yours faithfully, Jane Roe, Marlow" not in letter.paragraphs


def test_a_speakers_turn_about_consent_is_not_a_cookie_notice() -> None:
    for line in ("ANNE ROE MP: I agree with Tom. Policing by consent is the thing the rest of the "
                 "world envies us for, and we should not throw it away.",
                 "Ann Roe (Marlow) (Lab): Policing by consent is what the world envies us for, "
                 "and we should not throw it away."):
        assert line in clean([P1, line, P2, P3]).paragraphs


def test_caption_directly_above_credit_line_dropped() -> None:
    result = clean([P1, P2, "Masoud Pezeshkian", "(Photo: Hossein Sepahvand / Getty Images )",
                    P3, P4])
    assert reasons(result) == {
        "Masoud Pezeshkian": "photo_caption",
        "(Photo: Hossein Sepahvand / Getty Images )": "photo_credit",
    }


def test_hebrew_caption_in_english_article_dropped() -> None:
    hebrew = "מסעוד פזשכיאן נשיא איראן ה חדש"
    result = clean([P1, P2, hebrew, P3, P4])
    assert reasons(result) == {hebrew: "foreign_script"}
    assert result.paragraphs == tuple(ARTICLE)


def test_hebrew_article_not_wiped_out() -> None:
    hebrew = [
        "שר האוצר הודיע היום כי הממשלה תדחה את מכירת המניות של חברת התעופה הלאומית"
        " עד שהשוק יתאושש.",
        "לדבריו, ההחלטה התקבלה לאחר התייעצות עם בכירים במשרד ועם נציגי הבנקים המובילים במשק.",
        "\"לא נמכור את החברה במחיר הפסד,\" אמר השר בראיון לרדיו.",
        "מפלגות האופוזיציה מתחו ביקורת על ההחלטה ודרשו מהשר להסביר את העיכוב בכנסת בשבוע הבא.",
    ]
    result = clean([*hebrew, "Share on WhatsApp"])
    assert result.paragraphs == tuple(hebrew)
    assert reasons(result) == {"Share on WhatsApp": "share_follow"}


def test_title_repeat_and_menu_run_dropped() -> None:
    title = "Ministry delays airline sale"
    menu = ["News", "Sport", "Business", "Weather"]
    result = clean([*menu, title, P1, P2, P3, P4, *menu], title=title)
    assert result.paragraphs == tuple(ARTICLE)
    assert reasons(result)[title] == "title_repeat"
    assert {r.reason for r in result.removed if r.text in menu} == {"navigation"}


def test_menu_run_inside_article_dropped() -> None:
    tags = ["Economy", "Aviation", "Portugal"]
    result = clean([P1, P2, *tags, P3, P4])
    assert result.paragraphs == tuple(ARTICLE)
    assert {reasons(result)[t] for t in tags} == {"navigation"}


def test_related_block_mid_article_dropped_and_article_resumes() -> None:
    related = ["Related articles", "Airline unions threaten strike",
               "Debt agency upgrades outlook", "Tourism numbers hit record"]
    result = clean([P1, P2, *related, P3, P4])
    assert result.paragraphs == tuple(ARTICLE)
    assert {reasons(result)[t] for t in related} == {"related_list"}


def test_comment_section_dropped_to_the_end() -> None:
    comments = [
        "3 thoughts on \"Ministry delays airline sale\"",
        "Dennis Moore says:",
        "July 14, 2019 at 11:02 am",
        "This is exactly what everyone predicted last year, and nobody in the ministry listened "
        "to the unions or to the independent fiscal council when it mattered.",
        "Reply",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "The privatisation was a mistake from the start and the delay simply confirms that the "
        "whole plan was driven by ideology rather than by any serious analysis of the numbers.",
    ]
    result = clean([*ARTICLE, *comments])
    assert result.paragraphs == tuple(ARTICLE)
    assert reasons(result)[comments[0]] == "comments"
    assert reasons(result)[comments[3]] == "comments"


def test_comments_link_in_top_share_bar_does_not_wipe_article() -> None:
    result = clean(["Facebook", "Twitter", "Comments", *ARTICLE])
    assert result.paragraphs == tuple(ARTICLE)


def test_teaser_cards_after_article_not_bridged() -> None:
    cards = [
        "Daily Globe", "Tymoshenko defends review of privatisation deals", "3d",
        "Wire Today", "Steel mill sale to face fresh scrutiny", "5h",
        "The prime minister said the country could not ignore what she called the theft of the "
        "century, and promised that the review would be finished before the summer.",
    ]
    result = clean([*ARTICLE, *cards])
    assert result.paragraphs == tuple(ARTICLE)
    assert reasons(result)[cards[-1]] == "outside_article"


def test_caption_between_paragraphs_is_bridged() -> None:
    result = clean([P1, P2, "2 View gallery", "Officials at the ministry", "(Photo: AFP)", P3, P4])
    assert result.paragraphs == tuple(ARTICLE)


def test_recent_posts_with_teasers_dropped() -> None:
    posts = ["Recent Posts", "Qatar's embassy in Syria reopened after 13 years",
             "Qatar has officially reopened its embassy in the Syrian capital Damascus after "
             "nearly 13 years.", "1 hour ago"]
    result = clean([*ARTICLE, *posts])
    assert result.paragraphs == tuple(ARTICLE)
    assert {reasons(result)[p] for p in posts} <= {"related_list", "timestamp"}


def test_author_blurb_after_last_paragraph_dropped() -> None:
    blurb = ("Hannah Price is a senior lecturer in transport policy at the University of Leeds "
             "and the author of Fare Game.")
    result = clean([*ARTICLE, "Hannah Price", blurb])
    assert result.paragraphs == tuple(ARTICLE)
    assert reasons(result) == {"Hannah Price": "author_blurb", blurb: "author_blurb"}


def test_duplicate_and_pull_quote_dropped() -> None:
    pull = "Officials had hoped to raise more than 2 billion euros from the sale"
    result = clean([P1, pull, P2, P3, P4, P3])
    assert result.paragraphs == tuple(ARTICLE)
    assert reasons(result) == {pull: "pull_quote", P3: "duplicate_line"}


def test_hard_wrapped_paragraph_joined() -> None:
    lines = [
        "The finance ministry said on Tuesday that it would delay",
        "the sale of its stake in the national airline until the market recovered.",
        P2,
        P3,
    ]
    result = clean(lines)
    assert result.paragraphs[0] == " ".join(lines[:2])
    assert result.paragraphs[1:] == (P2, P3)


def test_every_dropped_line_is_reported_once() -> None:
    body = ["Skip to content", "Menu", P1, "Advertisement", P2, P3, "Comments", "Nice article."]
    result = clean(body)
    kept = sum(1 for t in body if t in result.paragraphs)
    assert kept + len(result.removed) == len(body)
    assert [r.line_no for r in result.removed] == sorted({r.line_no for r in result.removed})


def test_empty_and_blank_input() -> None:
    assert clean([]) == CleanedBody(paragraphs=(), removed=())
    assert clean(["", "  "]) == CleanedBody(paragraphs=(), removed=())


# ----------------------------------------------------------------------------- seeds


def seed_lines(name: str, title_line: int = 1) -> tuple[str, list[tuple[int, str]]]:
    """A seed's title and all its lines as the body (no parser: header lines must go too)."""
    text = normalize_text(next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8"))
    lines = text.split("\n")
    return lines[title_line - 1], list(enumerate(lines, 1))


def seed_paragraphs(name: str, start: str, end: str) -> list[str]:
    """The seed's lines from the one starting with `start` to the one starting with `end`."""
    text = normalize_text(next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8"))
    lines = [line for line in text.split("\n") if line]
    first = next(i for i, line in enumerate(lines) if line.startswith(start))
    last = next(i for i, line in enumerate(lines) if line.startswith(end))
    return lines[first : last + 1]


def test_seed_001_ynet_galleries_and_comments() -> None:
    title, body = seed_lines("001")
    result = clean_body(body, title=title)
    article = [t for t in seed_paragraphs("001", "Iran is still", "Shiite Muslim")
               if t.endswith((".", '"', '."', ')."'))]
    assert len(article) == 7
    assert list(result.paragraphs[-7:]) == article
    why = reasons(result)
    assert why["2 View gallery"] == "gallery"
    assert why["מסעוד פזשכיאן נשיא איראן ה חדש"] == "foreign_script"
    assert why["Masoud Pezeshkian"] == "photo_caption"
    assert why["(Photo: Reuters )"] == "photo_credit"
    assert why["Senior Hamas official Ismail Haniyeh with Iran's Ali Khamenei"] == "photo_caption"
    assert why["<< Follow Ynetnews on Facebook | Twitter | Instagram >>"] == "share_follow"
    assert why["Comments"] == "comments"
    assert why['""'] in {"comments", "punctuation"}
    assert not any("commenter agrees" in p for p in result.paragraphs)


def test_seed_003_wordpress_comment_form() -> None:
    title, body = seed_lines("003")
    result = clean_body(body, title=title)
    article = seed_paragraphs("003", "The spokesman", '"The actions that it is taking')
    for sentence in article:
        assert sentence in result.paragraphs
    assert result.paragraphs[-1] == article[-1]
    why = reasons(result)
    assert why["Leave a Reply"] == "comments"
    assert why["No comments yet."] == "comments"
    assert why["Connecting to %s"] == "comment_form"
    assert why["You are commenting using your Google account. Log Out / Change )"] == (
        "comment_form"
    )
    assert "July 14, 2019 - Posted by | Aletho News | , ," in why


def test_seed_004_author_blurb_and_recent_posts() -> None:
    title, body = seed_lines("004", title_line=3)
    result = clean_body(body, title=title)
    article = seed_paragraphs("004", "A senior Iranian official", "Lavrov has announced")
    assert list(result.paragraphs) == article
    why = reasons(result)
    assert why["IFP Editorial Staff"] == "author_blurb"
    blurb = next(t for t in why if t.startswith("The IFP Editorial Staff is composed"))
    assert why[blurb] == "author_blurb"
    assert why["Recent Posts"] == "related_list"
    assert why["Qatar's embassy in Syria reopened after 13 years"] == "related_list"
    assert why[title] == "title_repeat"
    assert "IFP Exclusive" in why


def test_clean_bbc_style_article_is_untouched() -> None:
    title, body = seed_lines("000")
    result = clean_body(body, title=title)
    article = seed_paragraphs("000", "Indirect negotiations", "Amid the Gaza war")
    assert list(result.paragraphs) == article


# ----------------------------------------------------------------------------- html_to_text

HTML = f"""<!DOCTYPE html><html lang="en"><head>
<title>Ministry delays airline sale | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger">
<meta property="og:title" content="Ministry delays airline sale">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<meta name="author" content="Maria Santos"></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
</header>
<main><article><h1>Ministry delays airline sale</h1><p class="byline">By Maria Santos</p>
{"".join(f"<p>{p}</p>" for p in ARTICLE)}
</article>
<section class="comments"><h2>Comments</h2>
<p>Great article, thanks for the detail on the debt plan.</p></section>
</main><footer><p>&copy; 2024 Daily Ledger. All rights reserved.</p></footer></body></html>"""


def test_html_to_text_extracts_article_and_metadata() -> None:
    page = html_to_text(HTML)
    assert isinstance(page, HtmlText)
    assert page.title == "Ministry delays airline sale"
    assert page.outlet == "Daily Ledger"
    assert page.published_date == dt.date(2024, 3, 5)
    assert page.author == "Maria Santos"
    lines = page.text.split("\n")
    assert lines[:2] == ["Ministry delays airline sale", ""]
    for paragraph in ARTICLE:
        assert paragraph in lines
    assert "Great article" not in page.text
    assert "All rights reserved" not in page.text


def test_html_to_text_falls_back_to_paragraphs() -> None:
    page = html_to_text("<html><body><p>Short note.</p></body></html>")
    assert "Short note." in page.text


def test_html_to_text_rejects_pages_without_text() -> None:
    with pytest.raises(ValueError):
        html_to_text("")
    with pytest.raises(ValueError):
        html_to_text("<html><head><script>var a = 1;</script></head><body></body></html>")


# ----------------------------------------------------------------------------- quality gate


def _benchmark():
    spec = importlib.util.spec_from_file_location(
        "cleaning_quality", ROOT / "benchmarks" / "cleaning_quality.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ngram_f1() -> None:
    f1 = _benchmark().ngram_f1
    assert f1("the cat sat on the mat", "The cat sat on the mat.") == 1.0
    assert f1("a b c d", "e f g h") == 0.0
    assert 0.0 < f1("the cat sat on the mat today", "the cat sat on the mat") < 1.0


@pytest.mark.parametrize("folder", [PAGES, PAGES / "heldout"], ids=["tuned", "heldout"])
def test_page_fixture_quality(folder: Path) -> None:
    bench = _benchmark()
    methods = {"baseline": bench.run_baseline, "text": bench.run_text, "html": bench.run_html}
    table = bench.score(folder, methods)
    assert len(table["text"]) >= 4
    text = statistics.median(table["text"].values())
    html = statistics.median(table["html"].values())
    assert text >= 0.85, table["text"]
    assert html >= 0.95, table["html"]
    assert text > statistics.median(table["baseline"].values())


# ------------------------------------------------------ article sentences that start like furniture


@pytest.mark.parametrize("sentence", [
    "Follow the money, state Senator Laura Kemp told reporters, and you will see who is afraid.",
    "Follow him on Twitter, the governor's office told residents, for hourly updates.",
    "Source: a person close to the commission said the moderators had been chosen.",
    "Copyright lawyers for the network said they were reviewing the broadcast rights.",
    "Category four winds were recorded on the coast overnight, the weather service said.",
    "Tags on the bags showed they had been checked in Frankfurt.",
    "Sign up for the programme closed last week, officials said.",
    "Click here to read our policy, the email said, linking to a page about flexibility.",
    "Join us, organiser Maria Santos told a rally, and we will win a contract this year.",
    "Donate to the strike fund, Santos said, if you want to help families who lose pay.",
    "The commission said in a statement:",
    "The new buses, powered by electricity, will enter service in March, the mayor said.",
    "The firm, registered in England and Wales, has denied wrongdoing.",
    "The company would receive a commission on each sale, according to the filing.",
])
def test_an_article_sentence_that_starts_like_furniture_is_kept(sentence) -> None:
    # the middle clause of P2 again, so a line ending in ":" could also look like a pull quote
    result = clean([P1, P2, sentence, P3, P4 + " The commission said in a statement on Monday."])
    assert sentence in result.paragraphs, reasons(result).get(sentence)


@pytest.mark.parametrize(("line", "reason"), [
    ("Subscribe to our newsletter for the latest news.", "subscribe"),
    ("Sign up for the newsletter now.", "subscribe"),
    ("Follow us on Twitter", "share_follow"),
    ("Source: Reuters", "byline"),
    ("Copyright 2016 The Associated Press. All rights reserved.", "footer"),
    ("(Reporting by Jeff Mason; Editing by Peter Cooney)", "byline"),
    ("Click here to subscribe, it is free.", "promo"),
    ("Jsmith99 said:", "comment_form"),
    ("Dennis Moore says:", "comment_form"),
    ("Proudly powered by WordPress", "footer"),
    ("We may earn a commission when you buy through links on our site.", "promo"),
    ("© 2016 Reuters. All rights reserved. Reuters content is the property of Thomson Reuters.",
     "footer"),
])
def test_furniture_shaped_like_a_sentence_is_still_dropped(line, reason) -> None:
    result = clean([P1, P2, line, P3, P4])
    assert reasons(result).get(line) == reason


@pytest.mark.parametrize("insert", [
    ["Advertisement", "Story continues below advertisement"],
    ["We will not back down!", "— Jo Kemp (@SenKemp) October 11, 2016"],
])
def test_short_closing_paragraphs_after_an_insert_are_kept(insert) -> None:
    closing = ["The campaign did not respond.", "A vote is set for Thursday."]
    result = clean([*ARTICLE, *insert, *closing])
    assert result.paragraphs[-2:] == tuple(closing)
    assert insert[-1] not in result.paragraphs


def test_a_teaser_list_after_the_article_is_not_taken_for_closing_paragraphs() -> None:
    teasers = ["Advertisement", "Senate confirms new judge", "Markets rally on jobs data"]
    result = clean([*ARTICLE, *teasers])
    assert result.paragraphs == tuple(ARTICLE)


def test_a_mail_digests_first_sender_line_is_kept_above_its_message() -> None:
    head = ["Riverside Neighbours Digest, Vol 3, Issue 12", "Message: 1",
            "From: Dave Kowalski (Fort Ave)", "Subject: Re: the bridge report"]
    result = clean([*head, *ARTICLE])
    assert result.paragraphs == ("From: Dave Kowalski (Fort Ave)", *ARTICLE)
    assert reasons(result)["Subject: Re: the bridge report"] == "outside_article"
    other = clean(["Weather: rain later", "Subject: Re: the bridge report", *ARTICLE])
    assert other.paragraphs == tuple(ARTICLE)  # no sender line: nothing moves


@pytest.mark.parametrize(("above", "reason"), [
    ("113. Lower Thames Crossing: Development Consent Decision and Next Steps", "heading_above"),
    ("The bridge report and what comes next", "heading_above"),
    ("Home | News | Local", "link_list"),  # a menu, with a reason of its own
    ("VOTE NO ON THE BRIDGE", "outside_article"),  # a shouted label
])
def test_the_heading_just_above_the_article_is_dropped_apart(above, reason) -> None:
    """A minute's item or a report's section heading names what the paragraphs below are
    about: dropped as `heading_above` (the claims stage reads it with the title)."""
    result = clean(["Minutes of the meeting held on 9 April", above, *ARTICLE])
    assert result.paragraphs == tuple(ARTICLE)
    assert reasons(result)[above] == reason
