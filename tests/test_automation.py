"""The schedule, the folder sensor, and a new file dropped into the watched folder end to end."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipeline.definitions import ALL_ASSETS
from pipeline.defs.automation import (
    claimtrail_job,
    daily_claimtrail_run,
    folder_changes,
    news_folder_sensor,
)
from pipeline.defs.resources import NewsFolder, default_resources
from tests.conftest import SEEDS, query

# A State Department denial, five days after Ali Bagheri Kani confirmed indirect talks via
# Oman (seeds 001/002): a new claim on iran-us-talks that contradicts an existing one.
US_DENIAL = """\
title: US denies any talks with Iran
source: Reuters
date: 2024-07-16

WASHINGTON

The United States is not holding any talks with Iran, direct or indirect, State Department \
spokesman Matthew Miller said on Tuesday, rejecting reports from Tehran that negotiations were \
under way through Oman.

"There are no negotiations between Washington and Tehran, and there is no channel through \
Oman," Miller told reporters at the daily briefing.

Miller said Washington would keep up its sanctions on Iran's oil exports.
"""


def evaluate(folder: Path, cursor: str | None) -> dg.SensorResult | dg.SkipReason:
    context = dg.build_sensor_context(cursor=cursor,
                                      resources={"news_folder": NewsFolder(path=str(folder))})
    return news_folder_sensor(context)


def test_definitions_load_with_the_schedule_and_the_sensor() -> None:
    from pipeline.definitions import defs

    dg.Definitions.validate_loadable(defs)
    assert defs.resolve_sensor_def("news_folder_sensor").job_name == "claimtrail_job"
    assert defs.resolve_schedule_def("daily_claimtrail_run").job_name == "claimtrail_job"
    job = defs.resolve_job_def("claimtrail_job")
    assert {k.to_user_string() for k in job.asset_layer.executable_asset_keys} >= {
        "documents", "articles", "entity_mentions", "claims", "contradictions",
        "published_database"}
    assert job.run_config == {"execution": {"config": {"in_process": {}}}}
    assert job.op_retry_policy.max_retries == 2
    assert job.op_retry_policy.backoff == dg.Backoff.EXPONENTIAL


def test_sensor_requests_a_run_only_when_the_folder_changes(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    assert isinstance(evaluate(folder, None), dg.SkipReason)  # empty folder

    (folder / "a.txt").write_text("Minister says talks are over\n\nThe minister said so.\n")
    (folder / ".b.txt.partial").write_text("half a file")  # hidden: ingest skips it too
    added = evaluate(folder, None)
    assert isinstance(added, dg.SensorResult)
    [request] = added.run_requests
    assert request.job_name in (None, "claimtrail_job")
    assert request.tags["claimtrail/added"] == "1"
    assert list(json.loads(added.cursor)) == [str((folder / "a.txt").resolve())]

    again = evaluate(folder, added.cursor)
    assert isinstance(again, dg.SkipReason)
    assert "no new, changed or deleted files" in again.skip_message

    (folder / "a.txt").write_text("Minister says talks resume\n\nThe minister said so again.\n")
    changed = evaluate(folder, added.cursor)
    assert isinstance(changed, dg.SensorResult)
    assert changed.run_requests[0].tags["claimtrail/changed"] == "1"
    assert changed.run_requests[0].run_key != request.run_key

    (folder / "a.txt").unlink()
    deleted = evaluate(folder, changed.cursor)
    assert isinstance(deleted, dg.SensorResult)
    assert deleted.run_requests[0].tags["claimtrail/deleted"] == "1"


def test_touching_a_file_counts_as_a_change_and_run_keys_are_deterministic(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n")
    first = evaluate(tmp_path, None)
    assert evaluate(tmp_path, None).run_requests[0].run_key == first.run_requests[0].run_key
    stat = (tmp_path / "a.txt").stat()
    os.utime(tmp_path / "a.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    touched = evaluate(tmp_path, first.cursor)
    assert touched.run_requests[0].tags["claimtrail/changed"] == "1"


def test_sensor_skips_a_missing_folder(tmp_path: Path) -> None:
    result = evaluate(tmp_path / "nowhere", None)
    assert isinstance(result, dg.SkipReason)
    assert "does not exist" in result.skip_message


def test_folder_changes() -> None:
    changes = folder_changes({"a": [1, 1], "b": [2, 2]}, {"b": [2, 3], "c": [4, 4]})
    assert (changes.added, changes.changed, changes.deleted) == (["c"], ["b"], ["a"])
    assert not folder_changes({"a": [1, 1]}, {"a": [1, 1]})


def test_daily_schedule_requests_the_whole_graph() -> None:
    context = dg.build_schedule_context(
        scheduled_execution_time=dt.datetime(2024, 7, 16, 3, tzinfo=dt.UTC))
    request = daily_claimtrail_run(context)
    assert isinstance(request, dg.RunRequest)
    assert request.run_key == "daily-2024-07-16"
    assert daily_claimtrail_run.cron_schedule == "0 3 * * *"
    assert daily_claimtrail_run.job_name == "claimtrail_job"


def _metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict[str, object]:
    [event] = [e for e in result.get_asset_materialization_events()
               if e.asset_key == dg.AssetKey(asset)]
    return {k: getattr(v, "value", v)
            for k, v in event.step_materialization_data.materialization.metadata.items()}


@pytest.mark.slow
def test_a_dropped_file_is_the_only_one_annotated_and_adds_a_contradiction(tmp_path) -> None:
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    database = tmp_path / "claimtrail.duckdb"
    defs = dg.Definitions(
        assets=ALL_ASSETS,
        jobs=[claimtrail_job], sensors=[news_folder_sensor],
        resources=default_resources(database=str(database), input_dir=str(folder)))
    job = defs.resolve_job_def("claimtrail_job")
    instance = dg.DagsterInstance.ephemeral()

    def run_for(request: dg.RunRequest) -> dg.ExecuteInProcessResult:
        result = job.execute_in_process(instance=instance, tags=request.tags)
        assert result.success
        return result

    first = evaluate(folder, None)
    run_for(first.run_requests[0])
    claims_before = set(query(database, "SELECT claim_id, content FROM claims"))
    pairs_before = set(query(database, "SELECT claim_id_a, claim_id_b FROM contradictions"))
    processed_before = set(query(database, "SELECT * FROM processed WHERE stage = 'nlp'"))
    assert len(processed_before) == 5
    assert isinstance(evaluate(folder, first.cursor), dg.SkipReason)

    (folder / "005_us_denies_talks.txt").write_text(US_DENIAL)
    dropped = evaluate(folder, first.cursor)
    assert isinstance(dropped, dg.SensorResult)
    assert dropped.run_requests[0].tags["claimtrail/added"] == "1"
    result = run_for(dropped.run_requests[0])

    ingest = _metadata(result, "documents")
    assert (ingest["new"], ingest["unchanged"], ingest["documents_added"]) == (1, 5, 1)
    assert _metadata(result, "entity_mentions")["documents"] == 1  # one spaCy pass, one doc
    assert _metadata(result, "parsed_articles")["parsed"] == 1
    processed = set(query(database, "SELECT * FROM processed WHERE stage = 'nlp'"))
    assert processed_before < processed and len(processed - processed_before) == 1
    [(new_doc,)] = query(database, "SELECT doc_id FROM documents WHERE source_path LIKE "
                                   "'%005_us_denies_talks.txt'")

    claims_after = set(query(database, "SELECT claim_id, content FROM claims"))
    assert claims_before < claims_after
    denial = query(database, f"""SELECT claim_id FROM claims WHERE doc_id = '{new_doc}'
        AND speaker = 'Matthew Miller' AND polarity = 'negative' AND topic = 'iran-us-talks'
        AND content LIKE 'The United States is not holding any talks with Iran%'""")
    assert len(denial) == 1
    new_pairs = query(database, f"""
        SELECT p.speaker_a, p.speaker_b, p.days_apart FROM contradiction_pairs p
        WHERE '{denial[0][0]}' IN (p.claim_id_a, p.claim_id_b)
          AND 'Ali Bagheri Kani' IN (p.speaker_a, p.speaker_b)
          AND (p.content_a LIKE '%via Oman%' OR p.content_b LIKE '%via Oman%')""")
    assert new_pairs and all(days == 5 for *_, days in new_pairs)
    pairs_after = set(query(database, "SELECT claim_id_a, claim_id_b FROM contradictions"))
    assert pairs_before < pairs_after

    # Deleting the file again removes its rows and everything derived from them.
    (folder / "005_us_denies_talks.txt").unlink()
    removed = evaluate(folder, dropped.cursor)
    assert removed.run_requests[0].tags["claimtrail/deleted"] == "1"
    result = run_for(removed.run_requests[0])
    assert _metadata(result, "documents")["documents_removed"] == 1
    assert _metadata(result, "entity_mentions")["documents"] == 0
    assert set(query(database, "SELECT claim_id, content FROM claims")) == claims_before
    assert set(query(database, "SELECT claim_id_a, claim_id_b FROM contradictions")) \
        == pairs_before
    assert query(database, f"SELECT count(*) FROM processed WHERE doc_id = '{new_doc}'") \
        == [(0,)]
