"""Snapshot of the Dagster definitions: a renamed asset, check, group or automation is noticed."""

from __future__ import annotations

import dagster as dg

from pipeline.definitions import defs

# asset key -> (group, sorted check names)
ASSETS = {
    "documents": ("ingest", ["documents_schema", "quarantine_share", "row_count"]),
    "parsed_articles": ("text", ["parsed_articles_schema", "row_count"]),
    "clean_articles": ("text", ["clean_articles_schema", "removed_lines_schema", "row_count"]),
    "articles": ("text", ["article_clusters_schema", "dated_share", "row_count"]),
    "entity_mentions": ("nlp", ["doc_mentions_schema"]),
    "claim_candidates": ("claims", ["claim_candidates_schema"]),
    "entities": ("nlp", ["entities_schema", "mention_integrity", "row_count"]),
    "claims": ("claims", ["claim_integrity", "claim_stances_schema", "claims_schema",
                          "named_speaker_share", "row_count", "statement_groups_schema"]),
    "positions": ("claims", ["positions_schema"]),
    "contradictions": ("claims", ["contradictions_schema"]),
    "claims_report": ("claims", []),
    "published_database": ("publish", ["published_integrity"]),
}


def test_asset_keys_groups_and_checks_snapshot() -> None:
    graph = defs.resolve_asset_graph()
    found = {}
    for key in graph.get_all_asset_keys():
        checks = sorted(c.name for c in graph.get_check_keys_for_assets({key}))
        found[key.to_user_string()] = (graph.get(key).group_name, checks)
    assert found == ASSETS


def test_job_schedule_and_sensor_names_snapshot() -> None:
    assert [job.name for job in defs.jobs] == ["claimtrail_job"]
    assert [schedule.name for schedule in defs.schedules] == ["daily_claimtrail_run"]
    assert [sensor.name for sensor in defs.sensors] == ["news_folder_sensor"]
    assert defs.resolve_job_def("claimtrail_job").name == "claimtrail_job"
    assert isinstance(defs.resources["watchlist"], dg.ConfigurableResource)


def test_resources_read_their_environment_variables(monkeypatch, tmp_path) -> None:
    from pipeline.defs.resources import default_resources

    monkeypatch.setenv("CLAIMTRAIL_N_PROCESS", "3")
    monkeypatch.setenv("CLAIMTRAIL_MAX_FILE_MB", "2.5")
    monkeypatch.setenv("CLAIMTRAIL_TOPICS", "/elsewhere/topics.yaml")
    database = str(tmp_path / "x.duckdb")
    with dg.build_resources(default_resources(database=database)) as built:
        assert built.spacy_workers.n_process == 3
        assert built.news_folder.max_file_bytes == int(2.5 * 2**20)
        assert built.watchlist.path == "/elsewhere/topics.yaml"
        assert built.warehouse.database == database
