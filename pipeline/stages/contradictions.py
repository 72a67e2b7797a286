"""Contradictions stage: pairs of claims on one watchlist topic that disagree."""

from __future__ import annotations

import duckdb
import polars as pl

from pipeline.models import ContradictionSchema
from pipeline.models.validation import validate
from pipeline.stages.claims import ARTICLE_FIELDS
from pipeline.stages.common import CorpusBuild, rebuild_when_changed
from pipeline.stages.stage_report import StageReport
from pipeline.store.fingerprints import ALL_COLUMNS
from pipeline.trail.contradictions import find_contradictions
from pipeline.trail.topics import Topic

CONTRADICTION_INPUTS = {"claims": ALL_COLUMNS, "articles": ARTICLE_FIELDS}


def run_contradictions(con: duckdb.DuckDBPyConnection, topics: list[Topic]) -> StageReport:
    """Pairs of claims on one topic with opposite polarity (duplicates collapsed first).

    Only claims whose content itself names the topic's subject take part, so a side remark in a
    sentence about talks does not "contradict" a statement about the talks.
    """

    def build() -> CorpusBuild:
        claims = con.execute("""
            SELECT c.claim_id, c.doc_id, a.cluster_id, c.speaker, c.speaker_entity_id,
                   unnest(c.topics) AS topic, c.polarity, c.claim_date, c.content, c.outlet,
                   a.published_date
            FROM claims c JOIN articles a USING (doc_id)""").pl()
        by_id = {t.id: t for t in topics}
        about = [t in by_id and by_id[t].is_about(content)
                 for t, content in claims.select("topic", "content").iter_rows()]
        pairs = find_contradictions(claims.filter(pl.Series(about, dtype=pl.Boolean)))
        checked = validate(ContradictionSchema, pairs)
        report = StageReport(counts={"contradictions": checked.valid.height},
                             preview=checked.valid.head(10))
        report.record("contradictions", checked)
        return CorpusBuild({"contradictions": checked.valid}, report)

    return rebuild_when_changed(con, "contradictions", "contradictions", CONTRADICTION_INPUTS,
                                repr(topics), build=build)
