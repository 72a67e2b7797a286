"""When claimtrail runs by itself: a daily schedule and a sensor on the input folder.

Both start `claimtrail_job`, which selects every asset. The assets are incremental themselves
(ingest reads only new or changed files, by size/mtime then sha256; parse, clean and NLP only
process documents they have not processed; deleted files cascade-delete their rows), so a run
after one new file does the expensive work for that file only, and rebuilds the corpus-level
tables (clusters, entities, claims, contradictions) from stored rows.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass

import dagster as dg

from pipeline.defs.resources import NewsFolder
from pipeline.defs.results import TRANSIENT_RETRY
from pipeline.text.decode import InputFolderError, scan_folder

# By default one process runs every step: the run holds the writer lock from start to publish
# (see `Warehouse`) and loads spaCy once. `-c` run config can still pick the multiprocess
# executor; CLAIMTRAIL_EXECUTOR=dask runs the steps on a Dask cluster (dagster-dask), local or
# the one named in the run config (`execution: {config: {cluster: {existing: {address: ...}}}}`).
IN_PROCESS = {"execution": {"config": {"in_process": {}}}}
LOCAL_DASK = {"execution": {"config": {"cluster": {"local": {"n_workers": 2,
                                                              "threads_per_worker": 1}}}}}
EXECUTORS = ("default", "dask")


def job_executor(name: str | None = None) -> tuple[dg.ExecutorDefinition | None, dict]:
    """Executor definition and default run config of `claimtrail_job`, by name."""
    name = name or os.environ.get("CLAIMTRAIL_EXECUTOR") or "default"
    if name == "dask":
        from dagster_dask import dask_executor

        return dask_executor, LOCAL_DASK
    if name != "default":
        raise ValueError(f"CLAIMTRAIL_EXECUTOR must be one of {EXECUTORS}, not {name!r}")
    return None, IN_PROCESS


_executor, _config = job_executor()
claimtrail_job = dg.define_asset_job(
    "claimtrail_job", selection=dg.AssetSelection.all(),
    description="Ingest the input folder and rebuild every table, then publish the database. "
                "Started by the `news_folder_sensor` when files change and daily by "
                "`daily_claimtrail_run`.",
    config=_config, executor_def=_executor,
    op_retry_policy=TRANSIENT_RETRY,
)

Snapshot = dict[str, list[int]]  # absolute path -> [byte size, mtime in ns]


def folder_snapshot(root: str) -> Snapshot:
    """Size and modification time of every file ingest would see under ``root``."""
    return {e.path: [e.byte_size, e.mtime_ns] for e in scan_folder(root)}


@dataclass(frozen=True)
class FolderChanges:
    added: list[str]
    changed: list[str]
    deleted: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.deleted)

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.changed)} changed, "
                f"{len(self.deleted)} deleted")


def folder_changes(previous: Snapshot, current: Snapshot) -> FolderChanges:
    return FolderChanges(
        added=sorted(p for p in current if p not in previous),
        changed=sorted(p for p in current if p in previous and previous[p] != current[p]),
        deleted=sorted(p for p in previous if p not in current),
    )


def change_run_key(previous: Snapshot, current: Snapshot) -> str:
    """The same change of folder state always gets the same key (Dagster then starts it once).

    The key covers the state before and after, so a file that comes back exactly as it was
    (deleted, then restored) still starts a run.
    """
    def digest(snapshot: Snapshot) -> str:
        return hashlib.sha256(json.dumps(snapshot, sort_keys=True).encode()).hexdigest()[:16]

    return f"news-folder-{digest(previous)}-{digest(current)}"


def _preview(paths: list[str], limit: int = 5) -> str:
    shown = ", ".join(paths[:limit])
    return shown + (f" and {len(paths) - limit} more" if len(paths) > limit else "")


@dg.sensor(
    job=claimtrail_job, minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches the input folder (CLAIMTRAIL_INPUT, default seeds/) and starts "
                "`claimtrail_job` when files are added, changed (size or modification time) or "
                "deleted. The cursor is the folder's JSON snapshot of path -> [size, mtime_ns].",
)
def news_folder_sensor(
    context: dg.SensorEvaluationContext, news_folder: NewsFolder
) -> dg.SensorResult | dg.SkipReason:
    try:
        current = folder_snapshot(news_folder.path)
    except InputFolderError as exc:
        return dg.SkipReason(f"input folder unusable: {exc}")
    except FileNotFoundError as exc:  # a file vanished while we listed the folder
        return dg.SkipReason(f"folder changed while being listed ({exc}); next tick retries")
    previous: Snapshot = json.loads(context.cursor) if context.cursor else {}
    changes = folder_changes(previous, current)
    if not changes:
        return dg.SkipReason(f"no new, changed or deleted files in {news_folder.path} "
                             f"({len(current)} files)")
    context.log.info(f"{news_folder.path}: {changes.summary()}; "
                     f"{_preview(changes.added + changes.changed + changes.deleted)}")
    request = dg.RunRequest(
        run_key=change_run_key(previous, current),
        tags={"claimtrail/trigger": "news_folder_sensor",
              "claimtrail/added": str(len(changes.added)),
              "claimtrail/changed": str(len(changes.changed)),
              "claimtrail/deleted": str(len(changes.deleted))},
    )
    return dg.SensorResult(run_requests=[request], cursor=json.dumps(current, sort_keys=True))


@dg.schedule(
    job=claimtrail_job, cron_schedule="0 3 * * *", execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every day at 03:00 UTC: the whole graph over the input folder (catches anything "
                "a sensor tick missed, e.g. after a failed run, and a changed topics.yaml).",
)
def daily_claimtrail_run(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    day = context.scheduled_execution_time
    return dg.RunRequest(
        run_key=f"daily-{day:%Y-%m-%d}" if day else None,
        tags={"claimtrail/trigger": "daily_claimtrail_run"},
    )
