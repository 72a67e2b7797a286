"""Claims stage: the public `claims` table (speaker entities, outlets, topics, stance, statement
group) with `claim_stances` and `statement_groups`, from every claim candidate."""

from __future__ import annotations

import duckdb
import polars as pl

from pipeline.models import ClaimSchema, ClaimStanceSchema, StatementGroupSchema
from pipeline.models.columns import column_names, polars_schema
from pipeline.models.validation import validate
from pipeline.nlp.entities import alias_path, entity_key
from pipeline.stages.common import CorpusBuild, rebuild_when_changed
from pipeline.stages.stage_report import StageReport
from pipeline.store.fingerprints import ALL_COLUMNS, file_digest, is_current, stage_fingerprint
from pipeline.trail.statements import group_statements
from pipeline.trail.tagging import assess_stances, tag_topics
from pipeline.trail.topics import Topic

# What it reads: table -> columns whose values it depends on.
ARTICLE_FIELDS = "doc_id, cluster_id, is_canonical, outlet, title, published_date, length(body)"
CLAIM_INPUTS = {"claim_candidates": ALL_COLUMNS, "entity_keys": ALL_COLUMNS,
                "articles": ARTICLE_FIELDS}
CANDIDATES_SQL = """
SELECT c.*, a.outlet, a.title, a.cluster_id, a.published_date,
       k.claim_id IS NOT NULL AS known, k.topics AS known_topics,
       substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence
FROM claim_candidates c JOIN articles a USING (doc_id)
LEFT JOIN ({known}) k USING (claim_id)
ORDER BY c.doc_id, c.start_char"""


def run_claims(con: duckdb.DuckDBPyConnection, topics: list[Topic]) -> StageReport:
    """Attach speakers' entities, outlets, watchlist topics, stances and statement groups."""
    watchlist = stage_fingerprint(con, {}, repr(topics))

    def build() -> CorpusBuild:
        current = is_current(con, "claims.topics", watchlist)
        candidates = con.execute(CANDIDATES_SQL.format(
            known=KNOWN_TOPICS_SQL if current else NO_TOPICS_SQL)).pl()
        stances = _claim_stances(con, candidates, topics, reuse=current)
        order = {t.id: n for n, t in enumerate(topics)}
        on_topics = (stances.with_columns(rank=pl.col("topic").replace_strict(
                         order, default=len(order), return_dtype=pl.Int64))
                     .sort("claim_id", "rank")
                     .group_by("claim_id", maintain_order=True)
                     .agg(topics=pl.col("topic"), stance=pl.col("stance").first(),
                          stance_basis=pl.col("stance_basis").first()))
        speakers = with_speaker_entities(candidates, con)
        group_of, groups = group_statements(speakers.select(
            "claim_id", "doc_id", "cluster_id", "speaker", "speaker_entity_id", "content",
            "outlet", "claim_date", "published_date"))
        claims = (speakers
                  .join(on_topics, on="claim_id", how="left", maintain_order="left")
                  .join(group_of, on="claim_id", how="left", maintain_order="left")
                  .with_columns(topics=pl.col("topics").fill_null(pl.lit([], pl.List(pl.String))))
                  .with_columns(topic=pl.col("topics").list.first())
                  .select(column_names(ClaimSchema)))
        checked = validate(ClaimSchema, claims)
        checked_stances = validate(ClaimStanceSchema, stances)
        checked_groups = validate(StatementGroupSchema, groups)
        report = StageReport(
            counts={"claims": checked.valid.height,
                    "with_topic": checked.valid["topic"].drop_nulls().len(),
                    "named_speakers": checked.valid["speaker_entity_id"].drop_nulls().len(),
                    "on_topic_by_reference": stances.filter(
                        pl.col("tagged_by") == "reference").height,
                    "supports": stances.filter(pl.col("stance") == "supports").height,
                    "refutes": stances.filter(pl.col("stance") == "refutes").height,
                    "statement_groups": checked_groups.valid.height},
            preview=checked.valid.filter(pl.col("topic").is_not_null())
            .select("speaker", "cue", "topic", "stance", "stance_basis", "content").head(10),
        )
        report.record("claims", checked)
        report.record("claim_stances", checked_stances)
        report.record("statement_groups", checked_groups)
        return CorpusBuild({"claims": checked.valid, "claim_stances": checked_stances.valid,
                            "statement_groups": checked_groups.valid}, report,
                           {"claims.topics": watchlist})

    return rebuild_when_changed(con, "claims", "claims", CLAIM_INPUTS,
                                file_digest(alias_path()), repr(topics), build=build)


def _claim_stances(
    con: duckdb.DuckDBPyConnection, candidates: pl.DataFrame, topics: list[Topic], reuse: bool
) -> pl.DataFrame:
    """`claim_stances` rows: kept for claims whose tags cannot have changed (``reuse``: same
    watchlist and code), judged afresh for the others."""
    known = (con.execute(KNOWN_STANCES_SQL).pl() if reuse
             else pl.DataFrame(schema=polars_schema(ClaimStanceSchema)))
    fresh = candidates.filter(~pl.col("known"))
    if fresh.is_empty() or not topics:
        return known
    tagged = tag_topics(fresh.select("claim_id", "doc_id", "start_char", "content", "sentence",
                                     "title"), topics)
    details = fresh.select("claim_id", "doc_id", "speaker", "content", "sentence", "cue",
                           "polarity")
    judged = assess_stances(tagged.join(details, on="claim_id", maintain_order="left"), topics)
    return pl.concat([known, judged])


def with_speaker_entities(
    candidates: pl.DataFrame, con: duckdb.DuckDBPyConnection
) -> pl.DataFrame:
    """``candidates`` with `speaker_entity_id`: the entity whose name key a named speaker has."""
    labelled = candidates.with_columns(label=pl.col("speaker_label").fill_null("PERSON"))
    speakers = labelled.filter("speaker_is_named").select("speaker", "label").unique()
    keyed = speakers.with_columns(key=pl.Series(
        [entity_key(speaker, label) for speaker, label in speakers.rows()], dtype=pl.String))
    ids = keyed.join(con.execute("SELECT key, entity_id FROM entity_keys").pl(), on="key")
    return labelled.join(ids.select("speaker", "label", speaker_entity_id="entity_id"),
                         on=["speaker", "label"], how="left", maintain_order="left",
                         ).with_columns(speaker_entity_id=pl.when("speaker_is_named")
                                        .then("speaker_entity_id"))


# Topics and stances of the claims already tagged whose inputs cannot have changed since: a
# claim's id, content and sentence (and its article's other claims) derive from its document's
# bytes, so with the same watchlist and code only the article title can change its topics, and
# only when the title was borrowed from a duplicate (or missing).
KNOWN_TOPICS_SQL = """
SELECT c.claim_id, c.topics FROM claims c JOIN articles a USING (doc_id)
WHERE a.title_source = 'parsed'"""
NO_TOPICS_SQL = "SELECT NULL::VARCHAR AS claim_id, NULL::VARCHAR[] AS topics LIMIT 0"
KNOWN_STANCES_SQL = f"""
SELECT s.claim_id, s.topic, s.stance, s.stance_basis, s.tagged_by
FROM claim_stances s JOIN ({KNOWN_TOPICS_SQL}) k USING (claim_id)"""
