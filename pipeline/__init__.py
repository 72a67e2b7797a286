"""claimtrail: raw news files -> validated DuckDB tables of who claimed what, when, per whom."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG_DIR = PACKAGE_DIR.parent / "config"  # the shipped watchlist, aliases, wires (repo root)
DEFAULT_DATABASE = "claimtrail.duckdb"  # where `claimtrail run` and the Dagster resources write
DEFAULT_INPUT = "seeds"  # the folder they read
