"""The claims report: rendering on hand-made frames, then the seeds' page in headless Chromium."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import re
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import dagster as dg
import duckdb
import jinja2
import polars as pl
import pytest

from pipeline.report.chart import render_png, timeline_chart, vega_bundle
from pipeline.report.data import (
    MAX_OTHER,
    REPORT_CLAIM_DTYPES,
    REPORT_CONTRADICTION_DTYPES,
    claims_without_topic,
    contradiction_lines,
    split_sentence,
    topic_timelines,
)
from pipeline.report.page import ENVIRONMENT, TEMPLATE, render_html, report_paths
from pipeline.stages.report import CLAIM_COUNTS_SQL, REPORT_CLAIMS_SQL
from tests.conftest import SEEDS, materialize_folder
from tests.test_dagster_ui import png_summary, ui  # the PNG check and the DevTools client

TOPICS = [("iran-us-talks", "Talks between Iran and the US."),
          ("iran-nuclear-programme", "Iran's nuclear programme.")]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def claim(claim_id: str, **values: object) -> dict:
    """One row of the report's claims input, with harmless defaults."""
    row = {"claim_id": claim_id, "doc_id": "doc1", "topics": ["iran-us-talks"],
           "speaker": "Abbas Mousavi", "speaker_role": "spokesman", "outlet": "Press TV",
           "polarity": "negative", "quote_type": "indirect", "cue": "say",
           "content": "there are no talks", "claim_date": dt.date(2019, 7, 14),
           "date_basis": "weekday:Sunday", "title": "No talks", "published_date":
           dt.date(2019, 7, 15), "source_path": "/news/a.txt",
           "sentence": "He said there are no talks.", "highlight_start": 8, "highlight_end": 26}
    return row | values


def claims_frame(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=REPORT_CLAIM_DTYPES)


def pairs_frame(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=REPORT_CONTRADICTION_DTYPES)


def contradiction(a: str, b: str, topic: str = "iran-us-talks") -> dict:
    return {"claim_id_a": a, "claim_id_b": b, "topic": topic,
            "reason": "different speakers disagree", "days_apart": 3}


class Page(HTMLParser):
    """Element ids, link targets, script bodies and visible text of an HTML page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (href, class)
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in: str | None = None  # the element whose text comes next
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("href"):
            self.links.append((attributes["href"], attributes.get("class") or ""))
        if tag == "script":
            self.scripts.append("")
        self._in = tag

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in != "style":
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join("".join(self.text).split())


def render(claims: pl.DataFrame, pairs: pl.DataFrame, **kwargs: object) -> tuple[str, Page]:
    timelines = topic_timelines(claims, pairs, TOPICS, **kwargs)
    html = render_html(claims, timelines)
    return html, Page(html)


def assert_no_network(html: str) -> None:
    """Nothing is fetched: no src/href to another host, no CDN, no stylesheet links."""
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert "cdn.jsdelivr" not in html and "<link" not in html


def test_report_paths_sit_next_to_the_database(tmp_path: Path) -> None:
    html, png = report_paths(tmp_path / "claimtrail.duckdb")
    assert html == tmp_path / "claimtrail_report" / "claims_report.html"
    assert png == tmp_path / "claimtrail_report" / "claims_report.png"


def test_the_page_template_is_a_file_of_the_package() -> None:
    template = ENVIRONMENT.get_template(TEMPLATE)
    path = Path(template.filename)
    assert path.is_file() and path.parts[-3:] == ("report", "templates", TEMPLATE)
    with pytest.raises(jinja2.UndefinedError):
        template.render()  # StrictUndefined: a missing variable fails instead of rendering ""
    html, page = render(claims_frame(claim("c1")), pairs_frame())
    assert html.startswith("<!DOCTYPE html>") and html.endswith("</html>")
    assert {"topic-0", "claim-c1", "article-doc1"} <= page.ids


def test_no_claims_gives_an_empty_state_page_and_picture() -> None:
    html, page = render(claims_frame(), pairs_frame())
    assert "empty" in page.ids
    assert "No claims yet" in page.visible
    assert page.visible.count("No claims on this topic yet.") == len(TOPICS)
    assert not any("vegaEmbed" in s for s in page.scripts), "no chart, no chart library"
    assert_no_network(html)
    png = render_png(topic_timelines(claims_frame(), pairs_frame(), TOPICS))
    assert png.startswith(PNG_MAGIC)


def test_a_contradiction_links_both_claims_and_draws_a_line() -> None:
    claims = claims_frame(
        claim("c1"),
        claim("c2", speaker="Nasser Kanaani", polarity="positive", outlet="IFP",
              content="indirect talks were held", claim_date=dt.date(2024, 7, 8),
              sentence="Kanaani said indirect talks were held.", highlight_start=13,
              highlight_end=37, doc_id="doc2", title="Talks held"),
    )
    html, page = render(claims, pairs_frame(contradiction("c1", "c2")))
    timeline = topic_timelines(claims, pairs_frame(contradiction("c1", "c2")), TOPICS)[0]

    assert {"claim-c1", "claim-c2", "article-doc1", "article-doc2"} <= page.ids
    pair_links = {href for href, cls in page.links if "contradiction-link" in cls}
    assert pair_links == {"#claim-c1", "#claim-c2"}
    assert all(href[1:] in page.ids for href, _ in page.links if href.startswith("#"))
    assert "Abbas Mousavi" in page.visible and "Nasser Kanaani" in page.visible
    assert "Kanaani said indirect talks were held." in page.visible
    assert '<mark class="positive">indirect talks were held</mark>' in html
    lines = contradiction_lines(timeline)
    assert lines.height == 2 and lines["pair"].n_unique() == 1
    specs = [json.loads(s) for s in page.scripts if s.lstrip().startswith("{")]
    assert len(specs) == 1, "one chart: the nuclear topic has no claims"
    marks = [layer["mark"]["type"] for layer in specs[0]["layer"]]
    assert "line" in marks and "point" in marks
    assert_no_network(html)


def test_more_similar_contradictions_come_first_and_are_drawn_darker() -> None:
    claims = claims_frame(
        claim("c1"), claim("c2", speaker="Nasser Kanaani", polarity="positive"),
        claim("c3", speaker="Ali Bagheri Kani", polarity="positive"))
    pairs = pairs_frame({**contradiction("c1", "c2"), "similarity": 0.05},
                        {**contradiction("c1", "c3"), "similarity": 0.6})
    timeline = topic_timelines(claims, pairs, TOPICS)[0]
    assert timeline.pairs["claim_id_b"].to_list() == ["c3", "c2"]
    lines = timeline_chart(timeline).to_dict()["layer"]
    line = next(layer for layer in lines if layer["mark"]["type"] == "line")
    assert line["encoding"]["opacity"]["field"] == "similarity"


def test_undated_claims_get_their_own_lane_and_article_dates_are_a_fallback() -> None:
    claims = claims_frame(
        claim("dated"),
        claim("fallback", claim_date=None, date_basis=None, published_date=dt.date(2024, 7, 11)),
        claim("undated", claim_date=None, date_basis=None, published_date=None,
              speaker="Mahmoud Vaezi"),
    )
    timeline = topic_timelines(claims, pairs_frame(), TOPICS)[0]
    kinds = dict(timeline.charted.select("claim_id", "when_kind").iter_rows())
    assert kinds == {"dated": "claim", "fallback": "article", "undated": "undated"}
    x = dict(timeline.charted.select("claim_id", "x").iter_rows())
    assert x["dated"] < x["fallback"] < x["undated"], "undated claims sit right of every date"
    assert timeline.claims["claim_id"].to_list() == ["fallback", "dated", "undated"]

    _, page = render(claims, pairs_frame())
    assert "undated" in page.visible and "article date" in page.visible
    spec = next(json.loads(s) for s in page.scripts if s.lstrip().startswith("{"))
    assert "undated" in json.dumps(spec), "the chart labels its undated lane"


def test_content_is_escaped_everywhere() -> None:
    evil = 'he said "no" </script><script>alert(1)</script> & <b>more</b>'
    claims = claims_frame(claim("c1", content=evil, speaker='<img src=x onerror="boom">',
                                title="<script>t()</script>", sentence=evil,
                                highlight_start=0, highlight_end=len(evil)))
    html, page = render(claims, pairs_frame())
    assert "<script>alert(1)" not in html and "<script>t()" not in html
    assert "<img src=x" not in html and "<b>more</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;no&#34;" in html or "&quot;no&quot;" in html
    assert evil in page.visible, "shown to the reader as written"
    # the chart's data sits in a JSON <script>: still parseable, nothing closes it early
    specs = [s for s in page.scripts if s.lstrip().startswith("{")]
    assert len(specs) == 1 and "</" not in specs[0]
    rows = [row for data in json.loads(specs[0])["datasets"].values() for row in data]
    assert evil in {row.get("content_short") for row in rows}


def test_claims_on_no_topic_are_listed_not_charted() -> None:
    claims = claims_frame(claim("c1"), claim("other", topics=[], content="the bank deal is good",
                                             polarity="positive"))
    timelines = topic_timelines(claims, pairs_frame(), TOPICS)
    assert [t.claims.height for t in timelines] == [1, 0]
    _, page = render(claims, pairs_frame())
    assert "no-topic" in page.ids and "the bank deal is good" in page.visible


def test_only_the_newest_claims_on_no_topic_are_listed_and_the_rest_left_to_sql() -> None:
    claims = claims_frame(
        claim("c1"),
        *(claim(f"old{k}", topics=[], doc_id=f"d{k}", content=f"remark number {k}",
                claim_date=dt.date(2020, 1, 1 + k)) for k in range(3)))
    html = render_html(claims, topic_timelines(claims, pairs_frame(), TOPICS), max_other=2)
    page = Page(html)
    assert {"claim-c1", "claim-old2", "claim-old1"} <= page.ids
    assert "claim-old0" not in page.ids and "remark number 0" not in page.visible
    assert "Claims on no watchlist topic (3)" in page.visible
    assert "The 2 most recent are listed here; query the claims table for the other 1" in (
        page.visible)


def test_the_report_reads_every_topic_claim_but_only_the_newest_others() -> None:
    con = duckdb.connect()
    con.execute("""CREATE TABLE articles AS SELECT 'd' || i AS doc_id, 't' AS title,
                   DATE '2020-01-01' + i::INT AS published_date, 'p' AS source_path,
                   'He said so.' AS body FROM range(5) r(i)""")
    con.execute("""CREATE TABLE claims AS SELECT 'c' || lpad(i::VARCHAR, 5, '0') AS claim_id,
                   'd' || (i % 5) AS doc_id,
                   CASE WHEN i < 3 THEN ['iran-us-talks'] ELSE []::VARCHAR[] END AS topics,
                   'X' AS speaker, NULL AS speaker_role, 'o' AS outlet, 'positive' AS polarity,
                   'indirect' AS quote_type, 'say' AS cue, 'so' AS content,
                   CASE WHEN i % 7 = 0 THEN NULL ELSE DATE '2021-01-01' + i::INT END
                       AS claim_date, NULL AS date_basis, 3 AS start_char, 10 AS end_char
                   FROM range(?) r(i)""", [MAX_OTHER + 50])
    con.execute("CREATE TABLE claim_candidates (claim_id VARCHAR, sentence_start INT, "
                "sentence_end INT)")
    shown = con.execute(REPORT_CLAIMS_SQL).pl()
    everything = con.execute("""SELECT c.*, a.published_date FROM claims c
                                JOIN articles a USING (doc_id)""").pl()
    newest_other = claims_without_topic(everything.with_columns(
        title=pl.lit("t"), source_path=pl.lit("p"), sentence=pl.lit(""),
        highlight_start=0, highlight_end=0)).head(MAX_OTHER)
    assert shown.height == 3 + MAX_OTHER
    assert set(shown["claim_id"]) == {"c00000", "c00001", "c00002"} | set(
        newest_other["claim_id"])
    assert con.execute(CLAIM_COUNTS_SQL).fetchone() == (MAX_OTHER + 50, MAX_OTHER + 47)


def test_a_claim_on_two_topics_appears_in_both() -> None:
    claims = claims_frame(claim("c1", topics=["iran-us-talks", "iran-nuclear-programme"]))
    assert [t.claims.height for t in topic_timelines(claims, pairs_frame(), TOPICS)] == [1, 1]
    _, page = render(claims, pairs_frame())
    assert {"topic-0-c1", "topic-1-c1", "claim-c1"} <= page.ids


def test_the_chart_is_capped_to_the_most_recent_claims() -> None:
    start = dt.date(2024, 1, 1)
    rows = [claim(f"c{i:03d}", claim_date=start + dt.timedelta(days=i), speaker=f"S{i % 30}")
            for i in range(250)]
    claims = claims_frame(*rows, claim("undated", claim_date=None, published_date=None))
    pairs = pairs_frame(contradiction("c000", "c249"), contradiction("c200", "c249"))
    timeline = topic_timelines(claims, pairs, TOPICS, max_per_topic=200)[0]
    assert timeline.claims.height == 251 and timeline.charted.height == 200
    assert timeline.charted["claim_date"].min() == start + dt.timedelta(days=50)
    assert contradiction_lines(timeline)["pair"].n_unique() == 1, "only pairs charted in full"
    _, page = render(claims, pairs, max_per_topic=200)
    assert "showing the 200 most recent of 251 claims" in page.visible
    assert "claim-c000" in page.ids, "every claim is still listed"


def test_the_highlight_is_clipped_to_the_sentence() -> None:
    assert split_sentence(claim("c", sentence="He said no.", highlight_start=8,
                                highlight_end=99)) == ("He said ", "no.", "")
    assert split_sentence(claim("c", sentence=None, content="no")) == ("", "no", "")


def test_the_vega_bundle_is_built_once_then_read_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMTRAIL_CACHE", str(tmp_path))
    vega_bundle.cache_clear()
    try:
        built = vega_bundle()
        (cached,) = tmp_path.glob("vega-bundle-*.js")
        assert cached.read_text(encoding="utf-8") == built and "vega" in built
        cached.write_text("/* from the cache */", encoding="utf-8")
        vega_bundle.cache_clear()
        assert vega_bundle() == "/* from the cache */"
    finally:
        vega_bundle.cache_clear()


def test_the_report_hangs_off_contradictions_and_does_not_hold_up_publishing() -> None:
    from pipeline.definitions import defs

    graph = defs.resolve_asset_graph()
    report = graph.get(dg.AssetKey("claims_report"))
    assert report.group_name == "claims"
    assert report.parent_keys == {dg.AssetKey("contradictions")}
    publish = graph.get(dg.AssetKey("published_database"))
    assert dg.AssetKey("claims_report") not in publish.parent_keys


# --- the real thing, in a browser ------------------------------------------------------------

NO_CHROMIUM = ui.find_chromium() is None and not os.environ.get("CLAIMTRAIL_REQUIRE_CHROMIUM")


@contextlib.contextmanager
def browser_page(width: int = 1200, height: int = 1600) -> Iterator[object]:
    """A headless Chromium page (fresh profile, no network services) over DevTools."""
    with tempfile.TemporaryDirectory(prefix="claimtrail-report-chromium-") as profile:
        proc = subprocess.Popen(
            [ui.find_chromium(), *ui.CHROMIUM_FLAGS, f"--user-data-dir={profile}",
             f"--window-size={width},{height}", "--remote-debugging-port=0", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        try:
            page = ui._DevTools(ui._devtools_page(Path(profile)))
            try:
                page.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                          deviceScaleFactor=1, mobile=False)
                yield page
            finally:
                page.close()
        finally:
            ui.stop_process_group(proc, grace=5.0, sig=signal.SIGTERM)


def wait_for(page, expression: str, timeout: float = 30.0) -> object:
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression)
        if value:
            return value
        if time.monotonic() > deadline:
            text = page.evaluate("document.body ? document.body.innerText.slice(0, 1500) : ''")
            raise AssertionError(f"timed out waiting for {expression!r}; page text:\n{text}")
        time.sleep(0.25)


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> tuple[Path, Path, dict]:
    database = tmp_path_factory.mktemp("report") / "claimtrail.duckdb"
    result = materialize_folder(SEEDS, database)
    assert result.success
    [event] = [e for e in result.get_asset_materialization_events()
               if e.asset_key.to_user_string() == "claims_report"]
    html, png = report_paths(database)
    return html, png, event.materialization.metadata


@pytest.mark.slow
def test_the_asset_writes_the_page_and_shows_the_chart_in_its_metadata(seeds_report) -> None:
    html, png, metadata = seeds_report
    assert metadata["html"].value == str(html.resolve()) and html.exists()
    assert metadata["png"].value == str(png.resolve())
    assert png.read_bytes().startswith(PNG_MAGIC)
    width, height, distinct_rows = png_summary(png)
    assert width > 800 and height > 400 and distinct_rows > 100
    preview = metadata["preview"].value
    match = re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)\)", preview)
    assert match and base64.b64decode(match.group(1)).startswith(PNG_MAGIC)
    assert metadata["claims"].value > 0 and metadata["contradictions"].value > 0
    assert_no_network(html.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.skipif(NO_CHROMIUM, reason="Chromium is not installed (apt-get install -y chromium)")
def test_the_page_renders_the_seeds_claims_in_chromium(seeds_report, tmp_path: Path) -> None:
    html, _, _ = seeds_report
    with browser_page() as page:
        page.call("Page.navigate", url=html.resolve().as_uri())
        charts = wait_for(page, "document.readyState === 'complete' && "
                                "document.querySelectorAll('.chart svg.marks').length")
        assert charts == 2, "one chart per watchlist topic with claims"
        text = page.evaluate("document.body.innerText")
        assert "Abbas Mousavi" in text and "Nasser Kanaani" in text
        assert "undated" in text
        links = page.evaluate("""Array.from(document.querySelectorAll('a.contradiction-link'))
            .map(a => [a.getAttribute('href'), !!document.getElementById(
                a.getAttribute('href').slice(1))])""")
        assert links, "no contradiction links"
        assert all(ok for _, ok in links), "a contradiction link points nowhere"
        fetched = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
        assert [u for u in fetched if not u.startswith(("file:", "data:", "blob:"))] == []

        shot = tmp_path / "claims_report.png"
        shot.write_bytes(base64.b64decode(
            page.call("Page.captureScreenshot", format="png")["data"]))
        width, height, distinct_rows = png_summary(shot)
        assert (width, height) == (1200, 1600)
        assert distinct_rows > 200, f"only {distinct_rows} distinct pixel rows: blank page?"

        # a mark on the chart links to its claim's sentence in the article section
        box = page.evaluate("""(() => {
            const mark = document.querySelector('.chart .mark-symbol path');
            mark.scrollIntoView({block: 'center'});
            const r = mark.getBoundingClientRect();
            return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()""")
        for kind in ("mousePressed", "mouseReleased"):
            page.call("Input.dispatchMouseEvent", type=kind, x=box["x"], y=box["y"],
                      button="left", clickCount=1)
        target = wait_for(page, "location.hash.startsWith('#claim-') && location.hash", 10)
        assert page.evaluate(f"!!document.getElementById({json.dumps(target[1:])})")


@pytest.mark.slow
def test_an_empty_folder_gives_an_empty_report(tmp_path: Path) -> None:
    (tmp_path / "input").mkdir()
    database = tmp_path / "claimtrail.duckdb"
    assert materialize_folder(tmp_path / "input", database).success
    html, png = report_paths(database)
    assert "No claims yet" in Page(html.read_text(encoding="utf-8")).visible
    assert png.read_bytes().startswith(PNG_MAGIC)
