"""Claims group: the claims report, an HTML page and a PNG of its chart next to the database."""

from __future__ import annotations

import dagster as dg

from pipeline.defs.resources import Warehouse, Watchlist
from pipeline.defs.results import OWNERS
from pipeline.report.data import MAX_CONNECTORS, MAX_LANES_PER_SIDE
from pipeline.stages.report import run_report


@dg.asset(
    group_name="claims", kinds={"python", "html"}, owners=OWNERS, deps=["contradictions"],
    description="An HTML page (and a PNG of its charts) next to the database, in "
                "`<db name>_report/`: per watchlist topic the two camps on a timeline "
                "(supporters' lanes above the axis, opponents' below, one lane per speaker, "
                f"changes of side marked, at most {MAX_LANES_PER_SIDE} lanes per side and "
                f"{MAX_CONNECTORS} contradiction lines), "
                "the contradictions ranked by strength with their evidence sentences, and every "
                "claim linked to its sentence in its article. Self-contained, no network.",
)
def claims_report(warehouse: Warehouse, watchlist: Watchlist) -> dg.MaterializeResult:
    with warehouse.writer() as con:
        outcome = run_report(con, warehouse.database, watchlist.topics())
    paths = {"html": dg.MetadataValue.path(str(outcome.html_path.resolve())),
             "png": dg.MetadataValue.path(str(outcome.png_path.resolve()))}
    if not outcome.rebuilt:
        return dg.MaterializeResult(metadata={**paths, "rebuilt": False})
    return dg.MaterializeResult(metadata={
        **paths, "rebuilt": True,
        "claims": dg.MetadataValue.int(outcome.claims),
        "contradictions": dg.MetadataValue.int(outcome.contradictions),
        "charted_claims": dg.MetadataValue.int(outcome.charted_claims),
        "topics": dg.MetadataValue.md(outcome.topics_table()),
        "preview": dg.MetadataValue.md(outcome.preview_markdown()),
    })
