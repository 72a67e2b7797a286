"""The NLP stage with worker processes gives the same rows as without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import nlp as nlp_stage
from pipeline.store.database import open_writer
from tests.conftest import SEEDS, materialize_folder

ROWS_SQL = {"doc_mentions": "SELECT * FROM doc_mentions ORDER BY mention_id",
            "claim_candidates": "SELECT * FROM claim_candidates ORDER BY claim_id"}


@pytest.mark.slow  # seconds of spaCy or of the corpus: run in CI, not in the quick loop
def test_workers_with_pipelined_batches_write_what_one_process_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "claimtrail.duckdb"
    assert materialize_folder(SEEDS, database).success  # 5 articles: one process
    with open_writer(database) as con:
        one_process = {table: con.execute(sql).pl() for table, sql in ROWS_SQL.items()}
        con.execute("DELETE FROM processed WHERE stage = 'nlp'")
        con.execute("DELETE FROM doc_mentions")
        con.execute("DELETE FROM claim_candidates")
        # tiny batches and chunks: several batches in flight, one document per task
        monkeypatch.setattr(nlp_stage, "MIN_DOCS_FOR_WORKERS", 1)
        monkeypatch.setattr(nlp_stage, "BATCH_SIZE", 2)
        monkeypatch.setattr(nlp_stage, "CHUNK_SIZE", 1)
        report = nlp_stage.run_nlp(con, n_process=2)
        workers = {table: con.execute(sql).pl() for table, sql in ROWS_SQL.items()}
        pending = nlp_stage.pending_doc_ids(con, "nlp", nlp_stage.NLP_VERSION,
                                            upstream="clean_articles")
    assert report.counts["workers"] == 2
    assert report.counts["documents"] == 5 and pending == []
    assert one_process["claim_candidates"].height > 0
    for table, rows in one_process.items():
        assert workers[table].equals(rows), table
