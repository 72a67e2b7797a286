"""The Dagster code location: `defs` (used by `dagster dev -w workspace.yaml` and the CLI)."""

from __future__ import annotations

import dagster as dg

from pipeline.defs.assets.claims import claims, contradictions, positions
from pipeline.defs.assets.ingest import documents
from pipeline.defs.assets.nlp import entities, spacy_annotations
from pipeline.defs.assets.publish import published_database_asset
from pipeline.defs.assets.report import claims_report
from pipeline.defs.assets.text import articles, clean_articles, parsed_articles
from pipeline.defs.automation import claimtrail_job, daily_claimtrail_run, news_folder_sensor
from pipeline.defs.resources import default_resources

TABLE_ASSETS = [documents, parsed_articles, clean_articles, articles, spacy_annotations,
                entities, claims, positions, contradictions]
LEAF_ASSETS = ["contradictions"]
ALL_ASSETS = [*TABLE_ASSETS, claims_report, published_database_asset(LEAF_ASSETS)]

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=[claimtrail_job],
    schedules=[daily_claimtrail_run],
    sensors=[news_folder_sensor],
    resources=default_resources(),
)
