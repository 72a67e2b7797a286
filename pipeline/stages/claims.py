"""Claims stage: the public `claims` table: candidates with speaker entities, outlets, topics."""

from __future__ import annotations

import duckdb
import polars as pl

from pipeline.models import ClaimSchema
from pipeline.models.columns import column_names
from pipeline.models.validation import validate
from pipeline.nlp.entities import alias_path, entity_key
from pipeline.stages.common import CorpusBuild, rebuild_when_changed
from pipeline.stages.stage_report import StageReport
from pipeline.store.fingerprints import ALL_COLUMNS, file_digest, is_current, stage_fingerprint
from pipeline.trail.topics import Topic, match_topics

# What it reads: table -> columns whose values it depends on.
ARTICLE_FIELDS = "doc_id, cluster_id, is_canonical, outlet, title, published_date, length(body)"
CLAIM_INPUTS = {"claim_candidates": ALL_COLUMNS, "entity_keys": ALL_COLUMNS,
                "articles": ARTICLE_FIELDS}


def run_claims(con: duckdb.DuckDBPyConnection, topics: list[Topic]) -> StageReport:
    """Attach speakers' entities, outlets and watchlist topics to every claim candidate."""
    watchlist = stage_fingerprint(con, {}, repr(topics))

    def build() -> CorpusBuild:
        known = KNOWN_TOPICS_SQL if is_current(con, "claims.topics", watchlist) else NO_TOPICS_SQL
        candidates = con.execute(f"""
            SELECT c.*, a.outlet, a.title, k.topics AS known_topics,
                   substr(a.body, c.sentence_start + 1,
                          c.sentence_end - c.sentence_start) AS sentence
            FROM claim_candidates c JOIN articles a USING (doc_id)
            LEFT JOIN ({known}) k USING (claim_id)
            ORDER BY c.doc_id, c.start_char""").pl()
        untagged = candidates.filter(pl.col("known_topics").is_null())
        tagged = untagged.select("claim_id", topics=pl.Series([
            match_topics(f"{content}\n{sentence}", topics, title or "")
            for content, sentence, title in untagged.select("content", "sentence",
                                                            "title").rows()
        ], dtype=pl.List(pl.String)))
        claims = (with_speaker_entities(candidates, con)
                  .join(tagged, on="claim_id", how="left", maintain_order="left")
                  .with_columns(topics=pl.coalesce("known_topics", "topics"))
                  .with_columns(topic=pl.col("topics").list.first())
                  .select(column_names(ClaimSchema)))
        checked = validate(ClaimSchema, claims)
        report = StageReport(
            counts={"claims": checked.valid.height,
                    "with_topic": checked.valid["topic"].drop_nulls().len(),
                    "named_speakers": checked.valid["speaker_entity_id"].drop_nulls().len()},
            preview=checked.valid.select("speaker", "cue", "quote_type", "polarity",
                                         "claim_date", "topic", "content").head(10),
        )
        report.record("claims", checked)
        return CorpusBuild({"claims": checked.valid}, report, {"claims.topics": watchlist})

    return rebuild_when_changed(con, "claims", "claims", CLAIM_INPUTS,
                                file_digest(alias_path()), repr(topics), build=build)


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


# Topics of the claims already tagged whose inputs cannot have changed since: a claim's id,
# content and sentence derive from its document's bytes, so with the same watchlist and code
# only the article title can change its topics, and only when the title was borrowed from a
# duplicate (or missing).
KNOWN_TOPICS_SQL = """
SELECT c.claim_id, c.topics FROM claims c JOIN articles a USING (doc_id)
WHERE a.title_source = 'parsed'"""
NO_TOPICS_SQL = "SELECT NULL::VARCHAR AS claim_id, NULL::VARCHAR[] AS topics LIMIT 0"
