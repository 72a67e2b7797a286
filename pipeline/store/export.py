"""Export the public tables to Parquet, with a SQL file that puts the same names back as views.

``<out>/<table>/<shard>.parquet`` per table: several databases (one per machine or per input
shard) exported into one folder under different shard names are read together, because each
view reads ``<table>/*.parquet``. The folder can be copied to object storage; `views.sql` takes
the location to read from.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.store.database import open_reader
from pipeline.store.tables import ANALYST_VIEWS, PUBLIC_TABLES

SHARD_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def views_sql(location: str) -> str:
    """Views with the public table names over ``<location>/<table>/*.parquet``."""
    location = location.rstrip("/")
    views = [f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM "
             f"read_parquet({_literal(f'{location}/{table}/*.parquet')}, union_by_name = true);"
             for table in PUBLIC_TABLES]
    return "\n".join([*views, *(view.strip() + ";" for view in ANALYST_VIEWS)]) + "\n"


def export_parquet(database: str | Path, out: str | Path, shard: str = "part-0") -> list[Path]:
    """Write every public table of the published ``database`` as ``<out>/<table>/<shard>``."""
    if not SHARD_NAME.match(shard):
        raise ValueError(f"shard name must be letters, digits, '.', '_' or '-': {shard!r}")
    out = Path(out)
    written = []
    with open_reader(database) as con:
        for table in PUBLIC_TABLES:
            path = out / table / f"{shard}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            con.execute(f"COPY (SELECT * FROM {table}) TO {_literal(str(path))} (FORMAT parquet)")
            written.append(path)
    (out / "views.sql").write_text(views_sql(str(out.resolve())), encoding="utf-8")
    return written
