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
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import dagster as dg
import duckdb
import jinja2
import polars as pl
import pytest

from pipeline.report.chart import png_spec, render_png, timeline_chart, vega_bundle
from pipeline.report.data import (
    MAX_CONNECTORS,
    MAX_LANES_PER_SIDE,
    MAX_OTHER,
    REPORT_CLAIM_DTYPES,
    REPORT_CONTRADICTION_DTYPES,
    REPORT_POSITION_DTYPES,
    REPORT_STANCE_DTYPES,
    TopicTimeline,
    claims_without_topic,
    contradiction_lines,
    split_sentence,
    topic_timelines,
)
from pipeline.report.page import ENVIRONMENT, TEMPLATE, render_html, report_paths
from pipeline.stages.report import (
    CLAIM_COUNTS_SQL,
    REPORT_CLAIMS_SQL,
    ReportInputError,
    run_report,
)
from pipeline.trail.topics import DEFAULT_TOPICS, load_topics
from tests.conftest import SEEDS, materialize_folder
from tests.test_dagster_ui import png_summary, ui  # the PNG check and the DevTools client

TALKS = "iran-us-talks"
TOPICS = [(TALKS, "Talks between Iran and the US.", "Iran and the US hold talks."),
          ("iran-nuclear-programme", "Iran's nuclear programme.")]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
DAY0 = dt.date(2019, 7, 1)


def claim(claim_id: str, **values: object) -> dict:
    """One row of the report's claims input, with harmless defaults."""
    row = {"claim_id": claim_id, "doc_id": "doc1", "topics": [TALKS],
           "speaker": "Abbas Mousavi", "speaker_role": "spokesman", "outlet": "Press TV",
           "polarity": "negative", "quote_type": "indirect", "cue": "say",
           "content": "there are no talks", "claim_date": dt.date(2019, 7, 14),
           "date_basis": "weekday:Sunday", "title": "No talks", "published_date":
           dt.date(2019, 7, 15), "source_path": "/news/a.txt",
           "sentence": "He said there are no talks.", "highlight_start": 8, "highlight_end": 26,
           "stance": None, "statement_group_id": None}
    return row | values


def claims_frame(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=REPORT_CLAIM_DTYPES)


def pairs_frame(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=REPORT_CONTRADICTION_DTYPES)


def stance(claim_id: str, side: str, topic: str = TALKS) -> dict:
    return {"claim_id": claim_id, "topic": topic, "stance": side, "stance_basis": "rule"}


def position(position_id: str, speaker: str, side: str, claim_ids: list[str], *,
             period: int = 1, changed: bool = False, first: dt.date = DAY0,
             last: dt.date | None = None, topic: str = TALKS) -> dict:
    return {"position_id": position_id, "topic": topic, "speaker": speaker, "period": period,
            "stance": side, "first_date": first, "last_date": last or first,
            "claim_ids": claim_ids, "claim_count": len(claim_ids), "changed_position": changed}


def contradiction(a: str, b: str, *, strength: float = 0.5, speakers: tuple[str, str] = (
        "Nasser Kanaani", "Abbas Mousavi"), positions: tuple[str, str] = ("pa", "pb"),
        topic: str = TALKS, days: int = 3) -> dict:
    """A supports (a) vs refutes (b) contradiction between two positions."""
    return {"claim_id_a": a, "claim_id_b": b, "topic": topic,
            "reason": "different speakers disagree", "days_apart": days, "similarity": 0.4,
            "position_id_a": positions[0], "position_id_b": positions[1],
            "speaker_a": speakers[0], "speaker_b": speakers[1], "stance_a": "supports",
            "stance_b": "refutes", "evidence_pairs": 2, "strength": strength}


@dataclass
class Trail:
    """Hand-made claims with their stances and positions (one position per speaker and side
    unless given), and contradictions."""

    claims: list[dict]
    stances: list[dict] = field(default_factory=list)
    positions: list[dict] | None = None
    pairs: list[dict] = field(default_factory=list)

    def frames(self) -> dict[str, pl.DataFrame]:
        return {"claims": claims_frame(*self.claims), "pairs": pairs_frame(*self.pairs),
                "stances": pl.DataFrame(self.stances, schema=REPORT_STANCE_DTYPES),
                "positions": pl.DataFrame(self.positions if self.positions is not None
                                          else default_positions(self.claims, self.stances),
                                          schema=REPORT_POSITION_DTYPES)}

    def timelines(self, **kwargs: object) -> list[TopicTimeline]:
        f = self.frames()
        return topic_timelines(f["claims"], f["pairs"], TOPICS, stances=f["stances"],
                               positions=f["positions"], **kwargs)

    def render(self, **kwargs: object) -> tuple[str, Page]:
        html = render_html(claims_frame(*self.claims), self.timelines(**kwargs))
        return html, Page(html)


def default_positions(claims: list[dict], stances: list[dict]) -> list[dict]:
    """One position per speaker, topic and side, holding that speaker's claims on it."""
    speaker = {c["claim_id"]: c["speaker"] for c in claims}
    held: dict[tuple[str, str, str], list[str]] = {}
    for s in stances:
        if s["stance"] != "neutral":
            held.setdefault((speaker[s["claim_id"]], s["topic"], s["stance"]), []).append(
                s["claim_id"])
    return [position(f"p-{who}-{side}", who, side, ids, topic=topic)
            for (who, topic, side), ids in held.items()]


def sided(*claims: tuple[dict, str]) -> Trail:
    """A trail of (claim, side) pairs on the talks topic."""
    return Trail([c for c, _ in claims], [stance(c["claim_id"], side) for c, side in claims])


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


def test_the_pictures_spec_is_valid_vega_lite() -> None:
    trail = sided((claim("s1", speaker="Nasser Kanaani"), "supports"), (claim("r1"), "refutes"))
    for timelines in (trail.timelines(), topic_timelines(claims_frame(), pairs_frame(), TOPICS)):
        assert png_spec(timelines, validate=True) == png_spec(timelines)


def spec_of(timeline: TopicTimeline) -> dict:
    return timeline_chart(timeline, titled=False).to_dict()


def layer_rows(spec: dict, mark: str) -> list[dict]:
    """The data rows of the spec's layers drawing ``mark`` (a type, or `diamond`)."""
    rows = []
    for layer in spec["layer"]:
        kind = layer["mark"]["type"]
        if mark in (kind, layer["mark"].get("shape")):
            rows += spec["datasets"][layer["data"]["name"]]
    return rows


def test_supporters_are_drawn_above_the_axis_and_opponents_below() -> None:
    trail = sided(
        (claim("s1", speaker="Nasser Kanaani", polarity="positive"), "supports"),
        (claim("s2", speaker="Ali Bagheri Kani", claim_date=dt.date(2019, 7, 20)), "supports"),
        (claim("r1"), "refutes"),
        (claim("n1", speaker="Mahmoud Vaezi"), "neutral"))
    timeline = trail.timelines()[0]
    lanes = {(s, side): y for s, side, y in timeline.lanes.select("speaker", "stance", "y")
             .iter_rows()}
    assert lanes == {("Nasser Kanaani", "supports"): 1.0, ("Ali Bagheri Kani", "supports"): 2.0,
                     ("Abbas Mousavi", "refutes"): -1.0}
    spec = spec_of(timeline)
    points = layer_rows(spec, "point")
    assert {row["stance"] for row in points if row["y"] > 0} == {"supports"}
    assert {row["stance"] for row in points if row["y"] < 0} == {"refutes"}
    assert {row["y"] for row in layer_rows(spec, "rule")} == {0.0}, "the axis between camps"
    words = {row["text"] for row in layer_rows(spec, "text")}
    assert "▲ supports: Iran and the US hold talks." in words and "▼ refutes" in words
    supports_label = next(r for r in layer_rows(spec, "text") if r["text"].startswith("▲"))
    assert supports_label["y"] == 0.0
    label = json.dumps(spec)
    assert "Nasser Kanaani" in label and "Mahmoud Vaezi" not in label, "neutral: off the chart"
    caption = Page(render_html(claims_frame(*trail.claims), [timeline])).visible
    assert "1 neutral claims" in caption and "Mahmoud Vaezi" in caption, "still listed"


def test_lanes_and_lines_never_exceed_the_caps_on_a_crowded_topic() -> None:
    speakers = 40
    claims, stances, pairs = [], [], []
    for k in range(speakers):
        side = "supports" if k % 2 else "refutes"
        for j in range(1 + k % 3):
            cid = f"c{k}-{j}"
            claims.append(claim(cid, speaker=f"Speaker {k:02d}", doc_id=f"d{k}-{j}",
                                claim_date=DAY0 + dt.timedelta(days=k + 7 * j)))
            stances.append(stance(cid, side))
    for k in range(0, speakers, 2):  # every supporter against every opponent
        for m in range(1, speakers, 2):
            pairs.append(contradiction(
                f"c{m}-0", f"c{k}-0", strength=(k * speakers + m) / speakers ** 2,
                speakers=(f"Speaker {m:02d}", f"Speaker {k:02d}"),
                positions=(f"p-Speaker {m:02d}-supports", f"p-Speaker {k:02d}-refutes")))
    trail = Trail(claims, stances, pairs=pairs)
    timeline = trail.timelines()[0]
    per_side = timeline.lanes.group_by("stance").len().sort("stance").rows()
    assert per_side == [("refutes", MAX_LANES_PER_SIDE), ("supports", MAX_LANES_PER_SIDE)]
    assert timeline.hidden["supports"][0] == timeline.hidden["refutes"][0] == 20 - 12
    drawn = timeline.lanes.filter(pl.col("stance") == "supports")["statements"].min()
    left = [t for t in range(1, speakers, 2) if f"Speaker {t:02d}" not in
            timeline.lanes["speaker"].to_list()]
    assert all(1 + t % 3 <= drawn for t in left), "the speakers with most statements are drawn"
    spec = spec_of(timeline)
    lines = layer_rows(spec, "line")
    assert 0 < len({row["rank"] for row in lines}) <= MAX_CONNECTORS
    assert len(lines) <= 2 * MAX_CONNECTORS
    assert contradiction_lines(timeline)["rank"].n_unique() == MAX_CONNECTORS
    axis = next(layer["encoding"]["y"]["axis"] for layer in spec["layer"]
                if "axis" in layer["encoding"].get("y", {}))
    assert len(axis["values"]) == 2 * MAX_LANES_PER_SIDE, "one axis label per drawn lane"
    _, page = trail.render()
    assert "+8 more supporting speakers" in page.visible
    assert "+8 more opposing speakers" in page.visible
    assert f"at most {MAX_LANES_PER_SIDE} per side" in page.visible
    assert f"at most {MAX_CONNECTORS}" in page.visible
    assert len(timeline.pairs) == 400, "the ranked list keeps every contradiction"


def test_a_change_of_side_is_marked() -> None:
    claims = [claim("early", speaker="Hassan Rouhani", polarity="positive",
                    claim_date=dt.date(2019, 7, 1), content="talks are possible",
                    sentence="Rouhani said talks are possible.", highlight_start=13,
                    highlight_end=31, doc_id="d1"),
              claim("late", speaker="Hassan Rouhani", claim_date=dt.date(2019, 9, 1),
                    doc_id="d2")]
    positions = [position("p1", "Hassan Rouhani", "supports", ["early"],
                          first=dt.date(2019, 7, 1)),
                 position("p2", "Hassan Rouhani", "refutes", ["late"], period=2, changed=True,
                          first=dt.date(2019, 9, 1))]
    pair = contradiction("early", "late", speakers=("Hassan Rouhani", "Hassan Rouhani"),
                         positions=("p1", "p2"), days=62) | {"reason": "changed side"}
    trail = Trail(claims, [stance("early", "supports"), stance("late", "refutes")], positions,
                  [pair])
    timeline = trail.timelines()[0]
    assert sorted(timeline.lanes["y"]) == [-1.0, 1.0], "the speaker appears in both halves"
    assert timeline.changes.select("speaker", "when", "y").rows() == [
        ("Hassan Rouhani", dt.date(2019, 9, 1), -1.0)]
    spec = spec_of(timeline)
    assert [row["speaker"] for row in layer_rows(spec, "diamond")] == ["Hassan Rouhani"]
    assert "Hassan Rouhani (changed side)" in json.dumps(spec)
    _, page = trail.render()
    assert ("Hassan Rouhani changed side: supports (2019-07-01) → refutes (2019-09-01)"
            in page.visible)


def test_contradictions_are_ranked_by_strength_and_link_to_the_sentences() -> None:
    trail = sided(
        (claim("r1"), "refutes"),
        (claim("s1", speaker="Nasser Kanaani", polarity="positive", outlet="IFP",
               content="indirect talks were held", claim_date=dt.date(2019, 7, 8),
               sentence="Kanaani said indirect talks were held.", highlight_start=13,
               highlight_end=37, doc_id="doc2", title="Talks held"), "supports"),
        (claim("s2", speaker="Ali Bagheri Kani", doc_id="doc3", polarity="positive"),
         "supports"),
        (claim("s3", speaker="Javad Zarif", doc_id="doc4", polarity="positive"), "supports"))
    trail.pairs = [
        contradiction("s1", "r1", strength=0.2,
                      positions=("p-Nasser Kanaani-supports", "p-Abbas Mousavi-refutes")),
        contradiction("s2", "r1", strength=0.9, speakers=("Ali Bagheri Kani", "Abbas Mousavi"),
                      positions=("p-Ali Bagheri Kani-supports", "p-Abbas Mousavi-refutes")),
        contradiction("s3", "r1", strength=0.5, speakers=("Javad Zarif", "Abbas Mousavi"),
                      positions=("p-Javad Zarif-supports", "p-Abbas Mousavi-refutes"))]
    timeline = trail.timelines()[0]
    assert timeline.pairs["claim_id_a"].to_list() == ["s2", "s3", "s1"]
    html, page = trail.render()
    order = re.findall(r'class="pair" data-rank="(\d+)"\s+data-strength="([\d.]+)"', html)
    assert [float(s) for _, s in order] == [0.9, 0.5, 0.2]
    assert "Ali Bagheri Kani (supports) vs Abbas Mousavi (refutes)" in page.visible
    assert "3 days apart · 2 evidence pairs" in page.visible
    assert "Kanaani said indirect talks were held." in page.visible
    assert '<mark\nclass="supports">indirect talks were held</mark>' in html
    pair_links = [href for href, cls in page.links if "contradiction-link" in cls]
    assert {"#claim-s1", "#claim-s2", "#claim-s3", "#claim-r1"} <= set(pair_links)
    assert all(href[1:] in page.ids for href, _ in page.links if href.startswith("#"))
    lines = layer_rows(spec_of(timeline), "line")
    assert [row["rank"] for row in lines] == [1, 1, 2, 2, 3, 3]
    assert_no_network(html)


def test_copies_of_one_statement_count_once() -> None:
    trail = sided(
        (claim("c1", statement_group_id="g1", outlet="Press TV"), "refutes"),
        (claim("c2", statement_group_id="g1", outlet="IRNA", doc_id="doc2",
               claim_date=dt.date(2019, 7, 16)), "refutes"),
        (claim("c3", statement_group_id="g2", claim_date=dt.date(2019, 8, 1)), "refutes"))
    timeline = trail.timelines()[0]
    assert timeline.charted.select("statement_group_id", "copies").sort(
        "statement_group_id").rows() == [("g1", 2), ("g2", 1)]
    assert timeline.lanes["statements"].to_list() == [2]
    assert [t.claims.height for t in trail.timelines()] == [3, 0], "every claim still listed"


def test_undated_statements_sit_in_a_band_and_article_dates_are_a_fallback() -> None:
    trail = sided(
        (claim("dated"), "refutes"),
        (claim("fallback", claim_date=None, date_basis=None,
               published_date=dt.date(2024, 7, 11)), "refutes"),
        (claim("undated", claim_date=None, date_basis=None, published_date=None,
               speaker="Mahmoud Vaezi"), "supports"))
    timeline = trail.timelines()[0]
    kinds = dict(timeline.charted.select("claim_id", "when_kind").iter_rows())
    assert kinds == {"dated": "claim", "fallback": "article", "undated": "undated"}
    assert timeline.claims["claim_id"].to_list() == ["fallback", "dated", "undated"]
    spec = spec_of(timeline)
    at = {row["date_shown"]: row["at"] for row in layer_rows(spec, "point")}
    assert at["2019-07-14"] < at["2024-07-11 (article date)"] < at["undated"]
    assert "'undated'" in json.dumps(spec), "the axis labels the undated band"
    gaps = [row["label"] for row in layer_rows(spec, "text") if "later" in row.get("label", "")]
    assert gaps == ["5 years later"], "a long gap is squeezed and says how long it is"
    hollow = [layer for layer in spec["layer"] if layer["mark"].get("filled") is False
              and layer["mark"]["type"] == "point"]
    assert hollow, "statements placed at their article's date are drawn hollow"
    _, page = trail.render()
    assert "undated" in page.visible and "article date" in page.visible


def test_content_is_escaped_everywhere() -> None:
    evil = 'he said "no" </script><script>alert(1)</script> & <b>more</b>'
    trail = sided((claim("c1", content=evil, speaker='<img src=x onerror="boom">',
                         title="<script>t()</script>", sentence=evil,
                         highlight_start=0, highlight_end=len(evil)), "refutes"))
    html, page = trail.render()
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
                       AS claim_date, NULL AS date_basis, 3 AS start_char, 10 AS end_char,
                   CASE WHEN i < 3 THEN 'supports' END AS stance,
                   'g' || i AS statement_group_id
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


def trail_database(path: Path, trail: Trail) -> duckdb.DuckDBPyConnection:
    """A database holding just what the report reads, from a hand-made trail."""
    con = duckdb.connect(str(path))
    f = trail.frames()
    claims = f["claims"].with_columns(start_char=pl.lit(0), end_char=pl.lit(5))
    articles = claims.select("doc_id", "title", "published_date", "source_path",
                             body=pl.col("sentence")).unique("doc_id")
    for name, frame in {"claims": claims.drop("title", "published_date", "source_path",
                                              "sentence", "highlight_start", "highlight_end"),
                        "articles": articles, "claim_stances": f["stances"],
                        "positions": f["positions"], "contradictions": f["pairs"]}.items():
        con.register("frame", frame.to_arrow())
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM frame")
        con.unregister("frame")
    con.execute("CREATE TABLE claim_candidates (claim_id VARCHAR, sentence_start INT, "
                "sentence_end INT)")
    con.execute("CREATE TABLE clean_articles AS SELECT doc_id, md5(body) AS text_hash "
                "FROM articles")
    con.execute("CREATE TABLE stage_inputs (stage VARCHAR PRIMARY KEY, fingerprint VARCHAR, "
                "built_at TIMESTAMP)")
    return con


def test_a_change_in_positions_rebuilds_the_report(tmp_path: Path) -> None:
    trail = sided((claim("s1", speaker="Nasser Kanaani"), "supports"), (claim("r1"), "refutes"))
    database = tmp_path / "claimtrail.duckdb"
    con = trail_database(database, trail)
    topics = load_topics(DEFAULT_TOPICS)
    first = run_report(con, database, topics)
    assert first.rebuilt and first.png.startswith(PNG_MAGIC)
    assert "Nasser Kanaani" in first.html_path.read_text(encoding="utf-8")
    assert not run_report(con, database, topics).rebuilt, "nothing changed"
    con.execute("UPDATE positions SET first_date = DATE '2019-06-30'")
    assert run_report(con, database, topics).rebuilt
    con.execute("UPDATE claim_stances SET stance_basis = 'another rule'")
    assert run_report(con, database, topics).rebuilt


def test_a_rebuilt_report_with_the_same_picture_does_not_redraw_the_png(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.report import chart

    trail = sided((claim("s1", speaker="Nasser Kanaani"), "supports"), (claim("r1"), "refutes"))
    database = tmp_path / "claimtrail.duckdb"
    con = trail_database(database, trail)
    topics = load_topics(DEFAULT_TOPICS)
    drawn = []
    real = chart.render_png
    monkeypatch.setattr(chart, "render_png", lambda *a, **k: drawn.append(1) or real(*a, **k))
    first = run_report(con, database, topics)
    con.execute("DELETE FROM stage_inputs WHERE stage = 'claims_report'")  # inputs changed
    again = run_report(con, database, topics)  # ... but not the chart
    assert again.rebuilt and len(drawn) == 1 and again.png == first.png
    con.execute("UPDATE claims SET speaker = 'Abbas Araqchi' WHERE claim_id = 's1'")
    con.execute("UPDATE positions SET speaker = 'Abbas Araqchi' WHERE speaker = 'Nasser Kanaani'")
    assert run_report(con, database, topics).rebuilt and len(drawn) == 2  # a new lane label


def test_the_report_fails_clearly_when_a_trail_table_is_missing(tmp_path: Path) -> None:
    trail = sided((claim("r1"), "refutes"))
    database = tmp_path / "claimtrail.duckdb"
    con = trail_database(database, trail)
    con.execute("DROP TABLE positions")
    con.execute("ALTER TABLE contradictions DROP COLUMN strength")
    with pytest.raises(ReportInputError, match=r"positions is missing.*contradictions lacks "
                                               r"columns \['strength'\]"):
        run_report(con, database, load_topics(DEFAULT_TOPICS))
    assert not report_paths(database)[0].exists()


def test_a_claim_on_two_topics_appears_in_both() -> None:
    trail = Trail([claim("c1", topics=[TALKS, "iran-nuclear-programme"])],
                  [stance("c1", "refutes"), stance("c1", "supports", "iran-nuclear-programme")])
    timelines = trail.timelines()
    assert [t.claims.height for t in timelines] == [1, 1]
    assert [t.lanes["y"].to_list() for t in timelines] == [[-1.0], [1.0]], "stance per topic"
    _, page = trail.render()
    assert {"topic-0-c1", "topic-1-c1", "claim-c1"} <= page.ids


def test_the_chart_is_capped_to_the_most_recent_statements() -> None:
    start = dt.date(2024, 1, 1)
    trail = sided(*((claim(f"c{i:03d}", claim_date=start + dt.timedelta(days=i),
                           speaker=f"S{i % 6}"), "refutes") for i in range(250)))
    timeline = trail.timelines(max_per_topic=200)[0]
    assert timeline.claims.height == 250 and timeline.charted.height == 200
    assert timeline.charted["claim_date"].min() == start + dt.timedelta(days=50)
    assert timeline.older == 50 and timeline.capped
    _, page = trail.render(max_per_topic=200)
    assert "50 statements older than the newest" in page.visible
    assert "claim-c000" in page.ids, "every claim is still listed"


def test_the_highlight_is_clipped_to_the_sentence() -> None:
    assert split_sentence(claim("c", sentence="He said no.", highlight_start=8,
                                highlight_end=99)) == ("He said ", "no.", "")
    assert split_sentence(claim("c", sentence=None, content="no")) == ("", "no", "")


@pytest.mark.slow  # seconds of spaCy or of the corpus: run in CI, not in the quick loop
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
        assert charts >= 1, "a chart per watchlist topic with claims"
        text = page.evaluate("document.body.innerText")
        assert "Abbas Mousavi" in text and "Nasser Kanaani" in text
        captions = page.evaluate("Array.from(document.querySelectorAll('.caption'))"
                                 ".map(p => p.innerText)")
        assert captions and all("support" in c and "refute" in c for c in captions)
        # the two camps: lanes above and below the axis, labelled in the SVG
        camps = page.evaluate("""Array.from(document.querySelectorAll('.chart svg.marks'))
            .map(svg => { const words = Array.from(svg.querySelectorAll('text'))
                                             .map(t => t.textContent);
                          return [words.some(w => w.startsWith('▲ supports:')),
                                  words.some(w => w.startsWith('▼ refutes')),
                                  svg.querySelectorAll('.mark-symbol path').length]; })""")
        assert camps and all(up and down and marks > 0 for up, down, marks in camps)
        links = page.evaluate("""Array.from(document.querySelectorAll('a.contradiction-link'))
            .map(a => [a.getAttribute('href'), !!document.getElementById(
                a.getAttribute('href').slice(1))])""")
        assert links, "no contradiction links"
        assert all(ok for _, ok in links), "a contradiction link points nowhere"
        strengths = page.evaluate("""Array.from(document.querySelectorAll('.topic')).map(
            s => Array.from(s.querySelectorAll('li.pair')).map(li => +li.dataset.strength))""")
        assert all(ranks == sorted(ranks, reverse=True) for ranks in strengths)
        fetched = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
        assert [u for u in fetched if not u.startswith(("file:", "data:", "blob:"))] == []

        shot = Path(os.environ.get("CLAIMTRAIL_REPORT_SHOT") or tmp_path / "report.png")
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
