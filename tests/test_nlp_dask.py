"""spaCy on a Dask cluster: the work runs on the workers and writes what an in-process run
writes; a killed worker's chunk is redone; a document that always kills its worker is
quarantined while the rest of its batch is written."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import distributed
import polars as pl
import pytest

from pipeline.stages import nlp as nlp_stage
from pipeline.stages.nlp_dask import after_crash, documents_by_worker
from pipeline.store.database import open_writer, work_path_for

ROWS_SQL = {"doc_mentions": "SELECT * FROM doc_mentions ORDER BY mention_id",
            "claim_candidates": "SELECT * FROM claim_candidates ORDER BY claim_id"}


def test_the_scheduler_address_comes_from_the_environment_or_run_config(monkeypatch) -> None:
    # dagster (also through tests.conftest) is imported in the tests, not at the top: every
    # worker (re)started imports this module to run `crash_on`
    import dagster as dg

    from pipeline.defs.resources import default_resources

    monkeypatch.setenv("CLAIMTRAIL_DASK_SCHEDULER", "tcp://scheduler:8786")
    with dg.build_resources(default_resources(database="x.duckdb")) as built:
        assert built.spacy_workers.dask_scheduler == "tcp://scheduler:8786"
    monkeypatch.delenv("CLAIMTRAIL_DASK_SCHEDULER")
    config = {"spacy_workers": {"config": {"dask_scheduler": "tcp://other:8786"}}}
    with dg.build_resources(default_resources(database="x.duckdb"),
                            resource_config=config) as built:
        assert built.spacy_workers.dask_scheduler == "tcp://other:8786"


def test_a_crashing_chunk_is_split_and_a_document_alone_gets_a_second_chance() -> None:
    a, b = ("a", "body a", None), ("b", "body b", None)
    assert after_crash([a, b], 0) == ([[a], [b]], [])
    assert after_crash([a], 0) == ([[a]], [])
    assert after_crash([a], 1) == ([], ["a"])


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[distributed.LocalCluster, distributed.Client]]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local, \
            distributed.Client(local, set_as_default=False) as client:
        yield local, client


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, pl.DataFrame]]:
    """The seeds' cleaned articles (text stages only), and the NLP rows of this process."""
    import dagster as dg

    from pipeline.definitions import ALL_ASSETS
    from pipeline.defs.resources import default_resources
    from tests.conftest import SEEDS

    database = tmp_path_factory.mktemp("seeded") / "claimtrail.duckdb"
    assert dg.materialize(
        ALL_ASSETS, selection=["documents", "parsed_articles", "clean_articles", "articles"],
        instance=dg.DagsterInstance.ephemeral(),
        resources=default_resources(database=str(database), input_dir=str(SEEDS))).success
    in_process = nlp_again((database, {}), database.parent / "in-process", n_process=1)
    assert in_process["report"].counts["workers"] == 1
    return database, in_process["rows"]


def nlp_again(seeded: tuple[Path, dict], folder: Path, **options: object) -> dict:
    """A copy of the seeded warehouse in ``folder``, annotated (batches of 2 documents, chunks
    of 2: several batches and chunks in flight)."""
    folder.mkdir(exist_ok=True)
    database = folder / "claimtrail.duckdb"
    shutil.copy(work_path_for(seeded[0]), work_path_for(database))
    with open_writer(database) as con, \
            pytest.MonkeyPatch.context() as patch:
        patch.setattr(nlp_stage, "BATCH_SIZE", 2)
        patch.setattr(nlp_stage, "CHUNK_SIZE", 2)
        report = nlp_stage.run_nlp(con, **options)
        return {"report": report,
                "rows": {table: con.execute(sql).pl() for table, sql in ROWS_SQL.items()},
                "quarantine": con.execute(
                    "SELECT q.doc_id, q.error, q.detail, q.source_path = d.source_path "
                    "FROM quarantine q JOIN documents d USING (doc_id) "
                    "WHERE q.stage = 'nlp'").fetchall(),
                "pending": nlp_stage.pending_doc_ids(con, "nlp", nlp_stage.NLP_VERSION,
                                                     upstream="clean_articles"),
                "doc_ids": [r[0] for r in con.execute(
                    "SELECT doc_id FROM articles ORDER BY doc_id").fetchall()]}


def crash_on(victim: str, marker: Path | None, items: list[nlp_stage.Item]
             ) -> nlp_stage.Annotations:
    """An annotator that kills its worker process when it meets ``victim``: every time, or
    with a ``marker`` file only the first time (the file records that it happened)."""
    if victim in {doc_id for doc_id, _, _ in items} and not (marker and marker.exists()):
        if marker:
            marker.touch()
        os._exit(1)
    return nlp_stage.annotate(items)


@pytest.mark.slow
def test_annotation_runs_on_the_workers_and_writes_what_one_process_writes(
        cluster, seeded, tmp_path) -> None:
    local, client = cluster
    result = nlp_again(seeded, tmp_path, scheduler=local.scheduler_address)
    annotated = documents_by_worker(client)
    assert result["report"].counts["workers"] == 2
    assert result["report"].counts["documents"] == 5 and result["pending"] == []
    assert len(annotated) == 2 and sum(annotated.values()) == 5  # all on the workers
    assert seeded[1]["claim_candidates"].height > 0
    for table, rows in seeded[1].items():
        assert result["rows"][table].equals(rows), table
    assert result["quarantine"] == []


@pytest.mark.slow
def test_a_killed_workers_chunk_is_redone(cluster, seeded, tmp_path) -> None:
    local, _ = cluster
    local.scheduler.allowed_failures = 1  # Dask reruns a task whose worker died once
    marker = tmp_path / "crashed-once"
    victim = seeded[1]["claim_candidates"]["doc_id"].min()
    result = nlp_again(seeded, tmp_path, scheduler=local.scheduler_address,
                       annotator=partial(crash_on, victim, marker))
    assert marker.exists()  # a worker did die
    for table, rows in seeded[1].items():
        assert result["rows"][table].equals(rows), table
    assert result["quarantine"] == [] and result["pending"] == []


@pytest.mark.slow
def test_a_document_that_always_kills_its_worker_is_quarantined(
        cluster, seeded, tmp_path) -> None:
    local, _ = cluster
    local.scheduler.allowed_failures = 0  # KilledWorker at the first death: a quicker test
    victim = seeded[1]["claim_candidates"]["doc_id"].min()
    result = nlp_again(seeded, tmp_path, scheduler=local.scheduler_address,
                       annotator=partial(crash_on, victim, None))
    assert result["quarantine"] == [(victim, "worker_crashed", nlp_stage.CRASH_DETAIL, True)]
    assert result["pending"] == []  # the victim too: not retried on the next run
    assert result["report"].counts["documents"] == 5
    for table, rows in seeded[1].items():
        assert result["rows"][table].equals(rows.filter(pl.col("doc_id") != victim)), table


def test_the_spacy_asset_hands_the_scheduler_address_to_the_stage(monkeypatch, tmp_path) -> None:
    import dagster as dg

    from pipeline.defs.assets import nlp as nlp_assets
    from pipeline.defs.resources import default_resources

    seen: dict[str, object] = {}

    def run_nlp(con, **options):  # the stage, recording its options, without a cluster
        seen.update(options)
        return nlp_stage.run_nlp(con, **(options | {"scheduler": None}))

    monkeypatch.setattr(nlp_assets, "run_nlp", run_nlp)
    monkeypatch.setenv("CLAIMTRAIL_DASK_SCHEDULER", "tcp://scheduler:8786")
    result = dg.materialize([nlp_assets.spacy_annotations], instance=dg.DagsterInstance.ephemeral(),
                            resources=default_resources(database=str(tmp_path / "x.duckdb")))
    assert result.success and seen["scheduler"] == "tcp://scheduler:8786"
