"""Publish group: swap the finished working database in for readers, atomically."""

import dagster as dg

from pipeline.dagster_results import OWNERS
from pipeline.resources import Warehouse
from pipeline.storage import open_reader

PUBLIC_TABLES = ("documents", "articles", "removed_lines", "quarantine", "entities",
                 "entity_mentions", "claims", "contradictions")


def published_database_asset(upstream: list[str]) -> dg.AssetsDefinition:
    """The publish asset, downstream of every asset that writes tables."""

    @dg.asset(
        name="published_database", group_name="publish", kinds={"duckdb"}, owners=OWNERS,
        deps=upstream,
        description="Checkpoints the working DuckDB file and atomically renames a copy over the "
                    "published file (CLAIMTRAIL_DB, default claimtrail.duckdb). Readers never "
                    "see a half-written run and never block one.",
    )
    def published_database(warehouse: Warehouse) -> dg.MaterializeResult:
        path = warehouse.publish()
        with open_reader(path) as con:
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in PUBLIC_TABLES}
        return dg.MaterializeResult(metadata={
            "path": dg.MetadataValue.path(str(path.resolve())),
            "bytes": path.stat().st_size,
            **{f"rows_{t}": dg.MetadataValue.int(n) for t, n in counts.items()},
        })

    return published_database
