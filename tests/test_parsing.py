"""Header parsing: titles, standfirsts, outlets, datelines and dates from scraped text layouts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pipeline.text.dates import parse_date
from pipeline.text.normalize import normalize_text
from pipeline.text.parsing import ParseHints, parse_text
from pipeline.text.records import DATE_SOURCES, ParsedArticle
from tests.conftest import bbc_articles, require_bbc

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PAGES = ROOT / "tests" / "fixtures" / "pages"


def parse(raw: str, hints: ParseHints | None = None) -> ParsedArticle:
    """Parse `raw` the way the pipeline does, and check the line bookkeeping on the way."""
    text = normalize_text(raw)
    parsed = parse_text(text, hints=hints)
    assert_lines_accounted_for(text, parsed)
    return parsed


def assert_lines_accounted_for(text: str, parsed: ParsedArticle) -> None:
    """Every non-blank line is body, consumed, or split into a consumed prefix + body rest."""
    lines = text.split("\n")
    body = dict(parsed.body_lines)
    removed: dict[int, list[str]] = {}
    for r in parsed.consumed:
        removed.setdefault(r.line_no, []).append(r.text)
    assert parsed.date_source in DATE_SOURCES
    assert (parsed.published_date is None) == (parsed.date_source == "none")
    for no, line in enumerate(lines, 1):
        if not line.strip():
            assert no not in body and no not in removed
        elif no in body and no in removed:  # a cut: "TEHRAN (Reuters) - " + "Iran said ..."
            assert line.endswith(body[no]) and line.startswith(removed[no][0])
        elif no in body:
            assert body[no] == line.strip()
        else:  # consumed whole, or cut into several consumed parts
            assert " ".join(removed.get(no, [])) == line.strip(), f"line {no} lost: {line!r}"


def body_text(parsed: ParsedArticle) -> str:
    return "\n".join(line for _, line in parsed.body_lines)


def reasons(parsed: ParsedArticle) -> dict[int, str]:
    return {r.line_no: r.reason for r in parsed.consumed}


# --------------------------------------------------------------------------- seeds


def seed(prefix: str) -> ParsedArticle:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return parse(path.read_text(encoding="utf-8"))


def test_seed_000_repeated_title_and_capital_dateline() -> None:
    p = seed("000")
    assert p.title == "Iran: Indirect talks held with US"
    assert p.dateline == "TEHRAN"
    assert (p.published_date, p.date_source) == (None, "none")  # "said Monday" is no date
    assert p.outlet is None  # nothing names it
    assert p.standfirst is None
    assert reasons(p) == {1: "title", 3: "title_repeat", 5: "dateline"}
    assert body_text(p).startswith("Indirect negotiations have been conducted")


def test_seed_001_standfirst_and_footer_outlet() -> None:
    p = seed("001")
    assert p.title == "Iran says indirect talks with US ongoing via Oman"
    assert p.standfirst is not None and p.standfirst.startswith("Deputy acting foreign minister")
    assert p.outlet == "Ynetnews"
    assert (p.published_date, p.date_source) == (None, "none")
    assert body_text(p).startswith("Iran is still conducting indirect nuclear talks")


def test_seed_002_glued_date_header_and_no_title() -> None:
    p = seed("002")
    assert p.title is None
    assert (p.published_date, p.date_source) == (dt.date(2024, 7, 11), "header")
    assert p.body_lines[0] == (1, body_text(p).split("\n")[0])
    assert p.body_lines[0][1].startswith("Iran is still conducting")
    assert [(r.line_no, r.text, r.reason) for r in p.consumed] == [
        (1, "date 2024-07-11", "date_header")
    ]


def test_glued_date_header_in_front_of_a_headline() -> None:
    p = parse(
        " date 2019-07-14 Iran rejects talks with US\n\n"
        "Iran has rejected any talks with the United States, its foreign ministry said.\n\n"
        "The spokesman repeated the position on Sunday."
    )
    assert p.title == "Iran rejects talks with US"
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 14), "header")
    assert [(r.text, r.reason) for r in p.consumed] == [
        ("date 2019-07-14", "date_header"),
        ("Iran rejects talks with US", "title"),
    ]


def test_seed_003_blog_repost_gives_original_outlet_and_byline_date() -> None:
    p = seed("003")
    assert p.title == "Foreign Ministry: No ongoing negotiations between Iran, US at any level"
    assert p.outlet == "Press TV"
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 14), "byline")
    assert reasons(p)[1] == "outlet_line"  # "Aletho News", the reposting site
    assert reasons(p)[6] == "byline"
    assert "On May 29, Leader of the Islamic Revolution" in body_text(p)


def test_seed_004_label_before_title_and_lede_kept_in_body() -> None:
    p = seed("004")
    assert p.title == "Iran Rejects Russia's Mediation, Says Has No Plans for Direct Talks with US"
    assert p.outlet in ("IFP", "Iran Front Page")
    assert (p.published_date, p.date_source) == (None, "none")  # "1 hour ago" lists
    assert reasons(p)[1] == "label"
    assert p.standfirst is None  # a full sentence with a full stop: the lede stays in the body
    assert body_text(p).startswith("A senior Iranian official says")


# --------------------------------------------------------------------------- layouts


def test_a_row_that_runs_on_is_no_headline_or_standfirst() -> None:
    """Hansard's label over the motion it moves ("...(Lab): I beg to move,") ends with a comma:
    the short line above it is the title, and the label stays in the body."""
    p = parse("Jousting (Licensing)\n\nWestminster Hall\nTuesday 4 March 2025\n\n"
              "Ms Jane Roe (Tarrant Vale) (Lab): I beg to move,\n"
              "That this House has considered the licensing of jousting.\n\n"
              "Mr Tom Hale (Marlow) (Con): Will the hon. Lady give way?\n")
    assert p.title == "Jousting (Licensing)"
    assert p.standfirst is None
    assert body_text(p).startswith("Ms Jane Roe (Tarrant Vale) (Lab): I beg to move,")



def test_wire_story_dateline_agency_and_byline() -> None:
    p = parse(
        "Iran says it will not negotiate under pressure\n\nBy Jane Doe and John Roe\n\n"
        "LONDON (Reuters) - Iran will not negotiate with the United States while sanctions "
        "remain, a spokesman said on Tuesday.\n\nThe comments came after talks in Oman.\n"
    )
    assert p.title == "Iran says it will not negotiate under pressure"
    assert (p.dateline, p.outlet) == ("LONDON", "Reuters")
    assert p.body_lines[0] == (5, "Iran will not negotiate with the United States while "
                                  "sanctions remain, a spokesman said on Tuesday.")
    assert reasons(p) == {1: "title", 3: "byline", 5: "dateline"}
    assert p.date_source == "none"


def test_ap_dateline_without_year_gives_no_date() -> None:
    p = parse(
        "WASHINGTON, July 8 (AP) — The White House said Monday it was not ready to resume "
        "talks with Iran.\n\nOfficials said the matter was under review."
    )
    assert (p.dateline, p.outlet, p.title) == ("WASHINGTON", "AP", None)
    assert (p.published_date, p.date_source) == (None, "none")
    assert p.body_lines[0][1].startswith("The White House said Monday")


def test_dateline_with_full_date_is_a_byline_date() -> None:
    p = parse(
        "TEHRAN, July 14, 2019 (IRNA) - Iran's foreign minister said on Sunday there were no "
        "talks.\nA second paragraph follows here with more words in it."
    )
    assert (p.dateline, p.outlet) == ("TEHRAN", "IRNA")
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 14), "byline")


@pytest.mark.parametrize(
    "first_line",
    [
        "NATO - the alliance said on Monday that it would meet again next week in Brussels.",
        "BREAKING: Iran says it has no plans to meet US officials in Oman next week at all.",
        "The US - which left the deal in 2018 - said it was ready to talk to Iran again.",
        "MARK (HOST): Clubs met in London today and the cap was on the table again.",
    ],  # a transcript's label: its parenthesis is a role, no agency the table knows
)
def test_sentences_that_only_look_like_datelines_are_left_alone(first_line: str) -> None:
    p = parse(f"{first_line}\nAnother paragraph of body text follows right after it here.")
    assert p.dateline is None
    assert p.body_lines[0][1] == first_line


def test_blog_repost_with_different_names() -> None:
    p = parse(
        "Peace Monitor\n\n\nTehran rules out any talks with Washington for now\n\n"
        "Tasnim News Agency – 3 March 2021\n\n"
        "Iran's foreign ministry spokesman said on Wednesday that there would be no talks.\n\n"
        "He repeated the position twice during his weekly briefing.\n\n"
        "March 3, 2021 - Posted by | Peace Monitor | Iran, US\n\nNo comments yet.\n"
    )
    assert p.title == "Tehran rules out any talks with Washington for now"
    assert p.outlet == "Tasnim News Agency"
    assert (p.published_date, p.date_source) == (dt.date(2021, 3, 3), "byline")
    assert reasons(p)[1] == "outlet_line"


def test_repost_site_is_the_outlet_when_nothing_better() -> None:
    p = parse(
        "Sanctions bite as talks stall\n\n"
        "Iran's economy is suffering under renewed sanctions while talks remain frozen.\n\n"
        "Analysts expect the currency to weaken further in the coming weeks.\n\n"
        "July 20, 2019 - Posted by | Daily Dissent | , ,\n"
    )
    assert p.outlet == "Daily Dissent"
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 20), "footer")


PAGE_DUMP = """Skip to content
Menu
Home
World
Middle East
Business
Sign in
Subscribe
Iran and US hold indirect talks in Muscat
By Sara Ahmadi | Thu 11 Jul 2024
Share
Iranian and American negotiators held a fresh round of indirect talks in the Omani capital on \
Thursday, officials said.
Oman's foreign minister shuttled between the delegations for several hours.
Related
Iran rejects Russian mediation offer
July 3, 2020
© 2024 Gulf Daily Times. All rights reserved.
"""


def test_page_dump_with_menus_before_the_title() -> None:
    p = parse(PAGE_DUMP)
    assert p.title == "Iran and US hold indirect talks in Muscat"
    assert (p.published_date, p.date_source) == (dt.date(2024, 7, 11), "byline")
    assert p.outlet == "Gulf Daily Times"
    r = reasons(p)
    assert all(r[no] in ("preamble", "label") for no in range(1, 9))
    assert (r[9], r[10]) == ("title", "byline")
    assert "Iranian and American negotiators" in body_text(p)
    assert "July 3, 2020" in body_text(p)  # the related list is left to the cleaner


def test_page_title_repeat_with_site_suffix() -> None:
    p = parse(
        "Iran rejects talks - Tehran Tribune\nHome\nNews\nSport\nIran rejects talks\n"
        "Iran has rejected the latest offer of talks with the United States, the ministry said."
    )
    assert p.title == "Iran rejects talks"
    assert p.outlet == "Tehran Tribune"
    assert reasons(p) == {1: "title_repeat", 2: "preamble", 3: "label", 4: "preamble", 5: "title"}


def test_page_dump_ticker_headlines_before_the_real_title() -> None:
    p = parse(
        "Home\nNews\nLatest\nOil prices drop on hopes for talks\n"
        "Iran and US trade barbs over seized tanker\nMarkets\n"
        "Tehran hits back at sanctions decision\nBy Lena Park, Reuters\n"
        "Iran's foreign ministry hit back on Wednesday at a US decision to extend sanctions.\n"
        "It called the move illegal and said it would respond.\n"
    )
    assert p.title == "Tehran hits back at sanctions decision"
    assert p.outlet == "Reuters"
    assert p.published_date is None


def test_bbc_style_file() -> None:
    p = parse(
        "Yahoo moves into desktop search\n\nInternet giant Yahoo has launched software to "
        "allow people to search e-mail and other files on their PCs.\n\nThe firm is following "
        "in the footsteps of Microsoft, Google and Ask Jeeves.\n"
    )
    assert p.title == "Yahoo moves into desktop search"
    assert (p.standfirst, p.outlet, p.dateline, p.published_date) == (None, None, None, None)
    assert [no for no, _ in p.body_lines] == [3, 5]


def test_short_title_above_match_details_stays_the_title() -> None:
    p = parse(
        "Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\n2000 GMT\n\n"
        "Howard Webb (South Yorkshire)\n\nBut defender Andy Todd is suspended and could be "
        "replaced. Burnley have major injury concerns over Frank Sinclair.\n\nMore text.\n"
    )
    assert p.title == "Blackburn v Burnley"
    assert p.published_date is None  # "Tuesday, 1 March" has no year


def test_byline_with_date_and_label() -> None:
    p = parse(
        "EXCLUSIVE\nOfficials weigh new round of nuclear talks\nJane Doe | July 14, 2019\n"
        "Officials from both countries are weighing a new round of talks, people said.\n"
        "The talks could start next month."
    )
    assert p.title == "Officials weigh new round of nuclear talks"
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 14), "byline")
    assert p.outlet is None  # Jane Doe is a person, not an outlet
    assert reasons(p) == {1: "label", 2: "title", 3: "byline"}


def test_published_and_updated_lines_and_source_footer() -> None:
    p = parse(
        "Oman mediates again between Tehran and Washington\nPublished: 14 July 2019\n"
        "Updated 3 hours ago\n"
        "Oman is again acting as a go-between for Iran and the United States, diplomats say.\n"
        "Source: Press TV"
    )
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 14), "byline")
    assert p.outlet == "Press TV"
    assert reasons(p) == {1: "title", 2: "byline", 3: "byline"}


def test_by_line_with_wire_outlet() -> None:
    p = parse(
        "Talks collapse in Vienna\nBy Jane Doe, Reuters\n"
        "Talks between the two sides collapsed in Vienna on Friday, diplomats said.\nMore."
    )
    assert p.outlet == "Reuters"


def test_comment_section_dates_are_not_publication_dates() -> None:
    p = parse(
        "Iran denies talks with Washington\n"
        "Tehran has denied a report that it held secret talks with Washington last month.\n"
        "The ministry said no meeting took place at all.\n12 comments\n"
        "John Smith says: July 3, 2020 at 5:12 pm\nNonsense, of course they talk.\n"
        "Posted by Mary on July 4, 2020\n"
    )
    assert (p.published_date, p.date_source) == (None, "none")


def test_related_list_dates_are_not_publication_dates() -> None:
    p = parse(
        "Sanctions bite as talks stall\n"
        "Iran's economy is suffering under renewed sanctions while talks remain frozen.\n"
        "Analysts expect the currency to weaken further.\nRecent Posts\n"
        "Another story headline here\nJuly 21, 2019\nPosted on July 22, 2019 by admin\n"
    )
    assert (p.published_date, p.date_source) == (None, "none")


def test_sidebar_dates_above_the_title_are_not_in_text_dates() -> None:
    p = parse(
        "Home\nNews\nIran news roundup for Monday\nJuly 3, 2020\n"
        "Oil prices drop on talks hopes\nTehran hits back at sanctions decision\n"
        "Iran's foreign ministry hit back on Wednesday at a US decision to extend sanctions.\n"
        "It said it would respond in kind."
    )
    assert (p.published_date, p.date_source) == (None, "none")


def test_site_header_date_after_a_long_menu_is_not_in_text() -> None:
    p = parse(
        "Skip to content\nHome\nWorld\nBusiness\nSport\nCulture\nThursday 6 January 2005\n"
        "House prices rebound in December\n"
        "UK house prices increased by 1.1% in December, the first monthly rise since September.\n"
        "The lender said prices rose 15.1% over the whole of 2004.\n"
    )
    assert p.title == "House prices rebound in December"
    assert (p.published_date, p.date_source) == (None, "none")
    assert reasons(p)[7] == "date_line"


def test_dates_in_sentences_are_not_publication_dates() -> None:
    p = parse(
        "Leader rules out talks\n\nOn May 29, 2019, the Leader ruled out talks with the US, "
        "saying they would be fruitless.\n\nThe remarks were made on 14 July 2019 in Tehran "
        "to a group of university professors.\n"
    )
    assert (p.published_date, p.date_source) == (None, "none")


def test_posted_on_footer_date() -> None:
    p = parse(
        "Sanctions bite as talks stall\n"
        "Iran's economy is suffering under renewed sanctions while talks remain frozen.\n"
        "More text here about the economy and the currency and inflation in the country.\n"
        "Posted on July 20, 2019 by admin\n"
    )
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 20), "footer")


def test_standalone_date_line_near_the_top_is_in_text() -> None:
    p = parse(
        "Thu 11 Jul 2024\nTalks resume in Muscat\n"
        "Negotiators from both sides arrived in Muscat on Thursday, officials said.\nMore."
    )
    assert p.title == "Talks resume in Muscat"
    assert (p.published_date, p.date_source) == (dt.date(2024, 7, 11), "in_text")


def test_file_without_title() -> None:
    sentence = (
        "The finance minister said on Tuesday that the budget would be balanced within two "
        "years, despite warnings from economists that growth was slowing across the region."
    )
    p = parse(f"{sentence}\n\nA second paragraph adds more detail about the plan.")
    assert p.title is None and p.standfirst is None
    assert p.body_lines[0] == (1, sentence)
    assert p.consumed == ()


@pytest.mark.parametrize("raw", ["", "   \n\n \t\n", "\n"])
def test_empty_text(raw: str) -> None:
    p = parse(raw)
    assert p == ParsedArticle(None, None, None, None, None, "none", (), ())


def test_single_word_is_kept_as_body() -> None:
    p = parse("Hello")
    assert (p.title, p.body_lines) == (None, ((1, "Hello"),))


def test_headline_style_standfirst_is_taken() -> None:
    p = parse(
        "Iran says indirect talks continue\n\n"
        "Foreign ministry spokesman tells reporters channels with Washington open despite "
        "tensions over Gaza war\n\n"
        "Iran is still holding indirect talks with the United States, its foreign ministry said."
        "\n\nMore text follows here."
    )
    assert p.standfirst is not None and p.standfirst.startswith("Foreign ministry spokesman")
    assert reasons(p)[3] == "standfirst"


@pytest.mark.parametrize(
    "second",
    [
        # A lede that lost its full stop: a full sentence with "has"/"the" stays body.
        "Japanese brewers are increasingly making money from beer-flavoured drinks rather than "
        "beer itself",
        # A real first paragraph.
        "A senior official says the country has no plans for direct negotiations with the US.",
        # Too short for a summary.
        "Talks go on",
    ],
)
def test_first_paragraph_is_not_a_standfirst(second: str) -> None:
    p = parse(f"Japan turns to beer alternatives\n\n{second}\n\nThe next paragraph follows.")
    assert p.standfirst is None
    assert p.body_lines[0][1] == second


def test_summary_between_title_and_byline_is_a_standfirst() -> None:
    p = parse(
        "House prices rebound says lender\n"
        "The lender said the bounce did not change its forecast of falling prices.\n"
        "By Sarah Oduya, Property Correspondent\n"
        "UK house prices increased by 1.1% in December, the first monthly rise since September.\n"
        "The lender said prices rose 15.1% over the whole of 2004.\n"
    )
    assert p.title == "House prices rebound says lender"
    assert p.standfirst == (
        "The lender said the bounce did not change its forecast of falling prices."
    )
    assert reasons(p) == {1: "title", 2: "standfirst", 3: "byline"}


def test_cookie_banner_does_not_hide_the_title() -> None:
    p = parse(
        "We value your privacy\nWe and our partners store and access information on a device, "
        "such as cookies, and process personal data.\nAccept all\nThe Example Ledger\n"
        "News\nBusiness\nProperty\nSport\nHouse prices rebound in December\n"
        "By Sarah Oduya\nJanuary 6 2005, 12:01am · 4 min read\n"
        "UK house prices increased by 1.1% in December, the first monthly rise since September.\n"
        "The lender said prices rose 15.1% over the whole of 2004.\n"
    )
    assert p.title == "House prices rebound in December"
    assert (p.published_date, p.date_source) == (dt.date(2005, 1, 6), "byline")


def test_section_kicker_above_the_title() -> None:
    p = parse(
        "Nuclear talks\n\nIran and US resume indirect talks in Oman\n\n"
        "Iranian and American officials resumed indirect talks in Muscat on Sunday, Oman said."
        "\n\nMore text follows."
    )
    assert p.title == "Iran and US resume indirect talks in Oman"
    assert reasons(p)[1] == "preamble"


def test_acronym_label_names_the_outlet_but_a_plain_label_does_not() -> None:
    body = "\nTehran rejects new offer\nTehran has rejected a new offer of talks, officials said."
    assert parse("XYZ Exclusive" + body).outlet == "XYZ"
    assert parse("World Exclusive" + body).outlet is None
    assert parse("BREAKING" + body).outlet is None


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("<< Follow Gulf Wire on Facebook | Twitter | Instagram >>", "Gulf Wire"),
        ("Follow Jane Doe on Twitter", None),
        ("Follow us on Twitter", None),
        ("© 2023 Example Post. All rights reserved.", "Example Post"),
        ("Copyright © 2005 Voyager Inc. All rights reserved.", "Voyager"),
        ("© Getty Images", None),
        ("Source: Mehr News Agency", "Mehr News Agency"),
        ("KNA Editorial Staff", "KNA"),
        ("copyright law changed in 2019 for everyone", None),
        ("Follow Gulf Wire on Twitter\nJuly 1, 2019 - Posted by | Repost Blog | ,", "Gulf Wire"),
    ],
)
def test_footer_outlets(footer: str, outlet: str | None) -> None:
    p = parse(
        "Talks stall again\nDiplomats said on Friday that the talks had stalled again.\n"
        f"They will meet again next month in Oman.\n{footer}\n"
    )
    assert p.outlet == outlet


def test_key_value_metadata_header() -> None:
    p = parse(
        "title: Iran says no talks\nsource: IRNA\ndate: 2019-07-14\nurl: https://example.com/x\n"
        "Iran says no talks\nIran has no plans for talks with the US, an official said.\nMore."
    )
    assert (p.title, p.outlet) == ("Iran says no talks", "IRNA")
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 14), "header")
    assert reasons(p) == {
        1: "header", 2: "outlet_line", 3: "date_header", 4: "header", 5: "title"
    }


# --------------------------------------------------------------------------- hints

ARTICLE = (
    "Oman hosts new round of talks\n\nBy Lena Park | July 14, 2019\n\n"
    "Oman hosted a new round of indirect talks between Iran and the US, officials said.\n\n"
    "Follow Gulf Wire on Twitter\n"
)


def test_hints_beat_what_the_text_says() -> None:
    hints = ParseHints(
        title="Oman hosts new round of talks",
        outlet="Muscat Daily",
        published_date=dt.date(2019, 7, 15),
    )
    p = parse(ARTICLE, hints)
    assert (p.title, p.outlet) == ("Oman hosts new round of talks", "Muscat Daily")
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 15), "metadata")
    assert reasons(p) == {1: "title", 3: "byline"}


def test_hint_title_not_in_text_keeps_every_line() -> None:
    p = parse(ARTICLE, ParseHints(title="A completely different headline"))
    assert p.title == "A completely different headline"
    assert p.body_lines[0] == (1, "Oman hosts new round of talks")
    assert (p.published_date, p.date_source) == (dt.date(2019, 7, 14), "byline")
    assert p.outlet == "Gulf Wire"


def test_hint_date_source_is_kept() -> None:
    p = parse(ARTICLE, ParseHints(published_date=dt.date(2020, 1, 2), date_source="duplicate"))
    assert (p.published_date, p.date_source) == (dt.date(2020, 1, 2), "duplicate")


# --------------------------------------------------------------------------- page fixtures

PAGE_TITLES = {
    "arabic_menu_english": "Irish company hit by Iraqi report",
    "blog_comments": "Web logs aid disaster recovery",
    "cookie_newsletter": "House prices rebound says Halifax",
    "hebrew_captions": "Egypt and Israel seal trade deal",
    "liveblog": "Storm Hester: Power restored to most homes - live updates",
    "megamenu_news": "Mixed Christmas for US retailers",
    "opinion_blurb": "We don't need another bus plan. We need buses",
    "regional_paywall": "Franz Ferdinand's art school lesson",
    "related_midarticle": "World leaders gather to face uncertainty",
    "sports_scores": "Rangers seal Old Firm win",
    "tabloid_captions": "US TV CUTS NUDITY FROM BBC FILM",
    "tech_magazine": "Argonaut founder rebuilds empire",
    "wire_portal": "Fed warns of more US rate rises",
    "wordpress_recent": "Golden rule boost for Chancellor",
}


@pytest.mark.parametrize("name", sorted(PAGE_TITLES))
def test_browser_copied_page_dumps(name: str) -> None:
    page = PAGES / f"{name}.txt"
    p = parse(page.read_text(encoding="utf-8"))
    assert p.title == PAGE_TITLES[name]
    gold = normalize_text((PAGES / f"{name}.gold.txt").read_text(encoding="utf-8"))
    gold_lines = {line for line in gold.split("\n") if line}
    assert not [r.text for r in p.consumed if r.text in gold_lines]  # no article text lost


def test_page_dump_dates_and_outlets() -> None:
    wire = parse((PAGES / "wire_portal.txt").read_text(encoding="utf-8"))
    assert (wire.outlet, wire.published_date) == ("Reuters", dt.date(2005, 1, 5))
    paywall = parse((PAGES / "regional_paywall.txt").read_text(encoding="utf-8"))
    assert (paywall.published_date, paywall.date_source) == (dt.date(2005, 1, 5), "byline")
    tabloid = parse((PAGES / "tabloid_captions.txt").read_text(encoding="utf-8"))
    assert tabloid.standfirst is not None and tabloid.standfirst.startswith("Public broadcaster")


# --------------------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2019-07-14", dt.date(2019, 7, 14)),
        ("July 14, 2019", dt.date(2019, 7, 14)),
        ("14 July 2019", dt.date(2019, 7, 14)),
        ("2019-07-14T10:00:00Z", dt.date(2019, 7, 14)),
        ("2019-07-14T23:30:00-05:00", dt.date(2019, 7, 14)),
        ("Thu 11 Jul 2024", dt.date(2024, 7, 11)),
        ("Thursday, July 11, 2024", dt.date(2024, 7, 11)),
        ("Sunday 14th of July 2019 10:05 GMT", dt.date(2019, 7, 14)),
        ("Sept. 3, 2021", dt.date(2021, 9, 3)),
        ("July 14, 2019 at 5:12 pm", dt.date(2019, 7, 14)),
        ("Mon, 15 Jul 2024 10:00:00 +0000", dt.date(2024, 7, 15)),
        ("14/07/2019", dt.date(2019, 7, 14)),
        ("07/14/2019", dt.date(2019, 7, 14)),
        ("2019/07/14", dt.date(2019, 7, 14)),
        ("03/04/2019", None),  # ambiguous day/month
        ("July 2019", None),  # no day: never filled in from today
        ("July 14", None),  # no year
        ("Monday", None),
        ("3 hours ago", None),
        ("yesterday", None),
        ("2019-02-30", None),
        ("", None),
        ("not a date at all", None),
    ],
)
def test_parse_date(raw: str, expected: dt.date | None) -> None:
    assert parse_date(raw) == expected


def test_parse_date_falls_back_to_dateparser_for_odd_formats() -> None:
    assert parse_date("14 July, 2019, 10:05") == dt.date(2019, 7, 14)


# --------------------------------------------------------------------------- BBC corpus


@pytest.mark.slow  # seconds of spaCy or of the corpus: run in CI, not in the quick loop
def test_bbc_corpus_titles_and_no_invented_dates() -> None:
    """Speed is measured in benchmarks/, not here."""
    folder = require_bbc()
    texts = [normalize_text(f.read_text(encoding="utf-8")) for f in bbc_articles(folder)]
    assert len(texts) >= 1500
    parsed = [parse_text(text) for text in texts]
    wrong = [
        (p.title, text.split("\n")[0])
        for p, text in zip(parsed, texts, strict=True)
        if p.title != text.split("\n")[0] or p.published_date is not None
    ]
    assert wrong == []


def test_no_rule_keys_on_seed_outlet_names() -> None:
    source = "\n".join(path.read_text(encoding="utf-8").lower()
                        for path in (ROOT / "pipeline" / "text").rglob("*.py"))
    for name in ("aletho", "ynet", "press tv", "ifp", "iran front page"):
        assert not re.search(rf"\b{name}\b", source), name


# --------------------------------------------------------------------------- headline first rows


@pytest.mark.parametrize(("headline", "title"), [
    ("Council votes to close the old library.", "Council votes to close the old library"),
    ("Mayor says bridge will reopen in May", "Mayor says bridge will reopen in May"),
    ("Trade Talks Stall Over Farm Subsidies.", "Trade Talks Stall Over Farm Subsidies"),
    ("Farmers protest import rules in the U.S.", "Farmers protest import rules in the U.S."),
    ("Smith & Sons buys rival Jones Bros.", "Smith & Sons buys rival Jones Bros."),
    ("Sen. Warren says bank rules have been weakened.",
     "Sen. Warren says bank rules have been weakened"),
    ("Turkish Government Says Coup Attempt Has Been Put Down.",
     "Turkish Government Says Coup Attempt Has Been Put Down"),
    ("Trump rallies in Fla. as polls tighten.", "Trump rallies in Fla. as polls tighten"),
    ("Clinton campaigns in Calif.", "Clinton campaigns in Calif."),
])
def test_a_headline_first_row_is_the_title_with_or_without_its_full_stop(headline, title) -> None:
    body = ("The city council voted 6-3 on Tuesday to close the library on Elm Street, "
            "citing the cost of repairs to its roof and heating.\n\n"
            "Residents who opposed the closure said they would appeal.\n")
    p = parse(f"{headline}\n\n{body}")
    assert p.title == title
    assert reasons(p)[1] == "title"
    assert body_text(p).startswith("The city council voted 6-3")


@pytest.mark.parametrize("lede", [
    "Police arrested two men on Monday. They were charged with burglary.",  # two sentences
    "The mayor has asked the council to delay the vote on the new stadium until spring.",
    "Water bills rose 12% in March, the regulator said, the third rise in a year.",
    "WASHINGTON (AP) — The Senate passed the bill late on Tuesday.",
])
def test_a_lede_sentence_first_is_body_not_a_title(lede) -> None:
    p = parse(f"{lede}\n\nOfficers said the men had been seen near the shop on Sunday night "
              "and that both had been released on bail pending further inquiries.\n")
    assert p.title is None
    assert lede.split()[-1] in body_text(p)


def test_a_headline_with_a_full_stop_keeps_the_wire_dateline_below_it() -> None:
    p = parse("Senators reject spending bill.\n\n"
              "WASHINGTON (AP) — Senators on Wednesday rejected a stopgap spending bill, "
              "raising the prospect of a shutdown.\n")
    assert (p.title, p.dateline, p.wire) == ("Senators reject spending bill", "WASHINGTON", "AP")


# --------------------------------------------------------------------------- wires


@pytest.mark.parametrize(("first", "wire", "outlet"), [
    ("WASHINGTON (AP) — Lawmakers met on Friday to discuss the budget.", "AP", "AP"),
    ("Washington (AFP) – Lawmakers met on Friday to discuss the budget.", "AFP", "AFP"),
    ("(Reuters) - Lawmakers met on Friday to discuss the budget.", "Reuters", "Reuters"),
    ("Berlin (dpa) - Lawmakers met on Friday to discuss the budget.", "dpa", "dpa"),
    ("ANKARA (Anadolu) – Lawmakers met on Friday to discuss the budget.", "Anadolu", "Anadolu"),
    ("DES MOINES, Iowa (AP) — Lawmakers met on Friday to discuss the budget.", "AP", "AP"),
    ("SPRINGFIELD (Daily Herald) - Lawmakers met on Friday to discuss the budget.", None,
     "Daily Herald"),
    ("Rio de Janeiro (AFP) - Lawmakers met on Friday to discuss the budget.", "AFP", "AFP"),
    ("Zürich (dpa) - Lawmakers met on Friday to discuss the budget.", "dpa", "dpa"),
])
def test_a_dateline_names_the_wire_when_the_agency_table_knows_it(first, wire, outlet) -> None:
    p = parse(f"Lawmakers meet on budget\n\n{first}\n\nA vote is expected next week.\n")
    assert (p.wire, p.outlet) == (wire, outlet)
    assert body_text(p).startswith("Lawmakers met on Friday")


@pytest.mark.parametrize(("credit", "wire"), [
    ("(Reporting by Ann Lee; Editing by Tom Hay)", "Reuters"),
    ("Copyright 2016 The Associated Press. All rights reserved.", "AP"),
    ("Associated Press writer Jo Bell contributed to this report.", "AP"),
    ("Source: AFP", "AFP"),
    ("Reuters", None),  # a bare agency name is as often a photo credit
    ("Reuters said the talks would resume in March, citing two diplomats.", None),
])
def test_a_closing_credit_line_names_the_wire(credit, wire) -> None:
    p = parse("Talks to resume in March\n\nNegotiators will meet again in Geneva in March, "
              f"officials said on Tuesday.\n\nNo agenda has been published.\n\n{credit}\n")
    assert p.wire == wire


def test_a_byline_naming_an_agency_gives_the_wire_and_the_outlet_stays_apart() -> None:
    p = parse("Storm cuts power to thousands\n\nBy Ken Osborne, Associated Press\n\n"
              "More than 300,000 homes were without power on Sunday after the storm, "
              "officials said.\n", ParseHints(outlet="Raleigh News"))
    assert (p.wire, p.outlet) == ("AP", "Raleigh News")


@pytest.mark.parametrize(("byline", "wire"), [
    ("By JULIE PACE, AP White House Correspondent", "AP"),
    ("By Jane Doe, Associated Press Writer", "AP"),
    ("By Ken Thomas, Staff Writer", None),
])
def test_an_agency_before_a_role_in_a_byline(byline, wire) -> None:
    from pipeline.text.parsing.wires import load_agencies, named_agency

    assert named_agency(byline, load_agencies()) == wire


def test_an_extra_agency_in_a_users_table(tmp_path) -> None:
    from pipeline.text.parsing.wires import credited_agency, load_agencies

    table = tmp_path / "wires.yaml"
    table.write_text("agencies:\n  - name: NTB\n    forms: [NTB, Norsk Telegrambyrå]\n")
    agencies = load_agencies(table)
    assert credited_agency("Source: Norsk Telegrambyrå", agencies) == "NTB"
    assert credited_agency("Source: AFP", agencies) is None


# --------------------------------------------------------------------------- file-name dates


def test_a_file_name_date_is_used_only_when_the_text_gives_none() -> None:
    raw = "Council approves budget\n\nThe council approved the budget on Monday, 9 to 2.\n"
    p = parse(raw, ParseHints(filename_date=dt.date(2016, 10, 12)))
    assert (p.published_date, p.date_source) == (dt.date(2016, 10, 12), "filename")
    dated = raw.replace("\n\nThe", "\n\nMarch 8, 2016\n\nThe")
    p = parse(dated, ParseHints(filename_date=dt.date(2016, 10, 12)))
    assert (p.published_date, p.date_source) == (dt.date(2016, 3, 8), "byline")
    hinted = ParseHints(published_date=dt.date(2016, 1, 2), filename_date=dt.date(2016, 10, 12))
    assert parse(raw, hinted).date_source == "metadata"
