"""Derive a table's DuckDB DDL and polars dtypes from its pandera model (its one declaration)."""

from __future__ import annotations

from collections.abc import Sequence

import pandera.polars as pa
import polars as pl

# DuckDB type of each polars dtype. Python `int` fields are INTEGER in DuckDB (row counts,
# offsets, line numbers); a field that needs 64 bits says so with `metadata={"sql": "BIGINT"}`.
_SQL_TYPES: dict[type[pl.DataType], str] = {
    pl.String: "VARCHAR", pl.Int64: "INTEGER", pl.Int32: "INTEGER", pl.UInt64: "UBIGINT",
    pl.Float64: "DOUBLE", pl.Boolean: "BOOLEAN", pl.Date: "DATE", pl.Datetime: "TIMESTAMP",
}


def polars_schema(
    model: type[pa.DataFrameModel], columns: Sequence[str] | None = None
) -> dict[str, pl.DataType]:
    """Column name -> polars dtype, in declaration order (for building frames of this table);
    ``columns``: only these, in this order."""
    declared = {name: column.dtype.type for name, column in model.to_schema().columns.items()}
    return declared if columns is None else {name: declared[name] for name in columns}


def _sql_type(dtype: pl.DataType) -> str:
    if isinstance(dtype, pl.List):
        return f"{_sql_type(dtype.inner)}[]"
    return _SQL_TYPES[dtype.base_type()]


def column_list(model: type[pa.DataFrameModel]) -> list[str]:
    """``name TYPE`` of every column of ``model``, in declaration order."""
    return [f"{name} {(column.metadata or {}).get('sql') or _sql_type(column.dtype.type)}"
            for name, column in model.to_schema().columns.items()]


def key_columns(model: type[pa.DataFrameModel]) -> list[str]:
    """The columns of ``model``'s primary key (none for most tables: see `store.tables`)."""
    return [name for name, column in model.to_schema().columns.items()
            if (column.metadata or {}).get("primary_key")]


def column_definitions(model: type[pa.DataFrameModel]) -> str:
    """The column list of ``CREATE TABLE`` for ``model``: names, DuckDB types, primary key."""
    key = key_columns(model)
    return ", ".join([*column_list(model), *([f"PRIMARY KEY ({', '.join(key)})"] if key else [])])


def column_names(model: type[pa.DataFrameModel]) -> list[str]:
    return list(model.to_schema().columns)


def primary_key(**extra: object) -> dict[str, object]:
    """Field metadata marking a primary-key column."""
    return {"primary_key": True, **extra}
