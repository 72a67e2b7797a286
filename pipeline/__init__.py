"""claimtrail: raw news files -> validated DuckDB tables of who claimed what, when, per whom."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG_DIR = PACKAGE_DIR.parent / "config"  # the shipped watchlist, aliases, wires (repo root)
DEFAULT_DATABASE = "claimtrail.duckdb"  # where `claimtrail run` and the Dagster resources write
DEFAULT_INPUT = "seeds"  # the folder they read

from pipeline.nlp.lazy_cli import install as _install_lazy_spacy_cli  # noqa: E402

_install_lazy_spacy_cli()  # before anything imports spaCy: its CLI is never used here
