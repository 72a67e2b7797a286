"""Where a database's claims report goes (no drawing libraries imported: the CLI needs it)."""

from __future__ import annotations

from pathlib import Path

REPORT_NAME = "claims_report"


def report_paths(database: str | Path) -> tuple[Path, Path]:
    """Where the report of ``database`` goes: ``<dir>/<stem>_report/claims_report.{html,png}``."""
    database = Path(database)
    folder = database.with_name(f"{database.stem}_report")
    return folder / f"{REPORT_NAME}.html", folder / f"{REPORT_NAME}.png"
