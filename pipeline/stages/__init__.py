"""DuckDB in, DuckDB out: one stage per module, sharing stages.common."""
