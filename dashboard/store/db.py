"""The embedded DuckDB store: one file holding the frames of the data contract as tables.

Tables are made from the record types (``extract.records``, ``ingest.model``), so a field added
to a record becomes a column (added to an existing store when it is opened). People are kept per
article (``people_seen``) and merged into the ``people`` frame when read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import typing
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pandas as pd

from dashboard.extract import records
from dashboard.frames import SCHEMAS, Frames, build_frames
from dashboard.frames.build import merge_people_frame
from dashboard.ingest import model

DEFAULT_STORE = (
    Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    / "aid-timelines"
    / "store.duckdb"
)

TABLES: dict[str, type] = {
    "articles": model.Article,
    "events": records.Event,
    "commitments": records.Commitment,
    "quotes": records.Quote,
    "mentions": records.Mention,
    "people_seen": records.Person,
}
FACT_TABLES = ("events", "commitments", "quotes", "mentions", "people_seen")


_SQL_TYPES = {bool: "BOOLEAN", int: "BIGINT", float: "DOUBLE", dt.date: "DATE", str: "VARCHAR"}


def _sql_type(tp) -> str:
    """The DuckDB type of a record field annotation (``str | None`` -> VARCHAR, ...)."""
    if typing.get_origin(tp) is list:
        return "VARCHAR[]"
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    return _SQL_TYPES[args[0] if args else tp]


def table_columns(table: str) -> dict[str, str]:
    """Column name -> SQL type for ``table``, from its record type."""
    hints = typing.get_type_hints(TABLES[table])
    cols = {f.name: _sql_type(hints[f.name]) for f in dataclasses.fields(TABLES[table])}
    if table == "people_seen":
        cols = {"article_id": "VARCHAR", **cols}
    return cols


def open_store(path: str | Path = DEFAULT_STORE, *, read_only: bool = False):
    """Open (creating if needed) the store at ``path`` with every table present."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        _ensure_tables(con)
    return con


def _ensure_tables(con) -> None:
    for table in TABLES:
        cols = table_columns(table)
        con.execute(
            f"CREATE TABLE IF NOT EXISTS {table} ("
            + ", ".join(f'"{c}" {t}' for c, t in cols.items())
            + ")"
        )
        have = {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}
        for col, sql_type in cols.items():
            if col not in have:
                con.execute(f'ALTER TABLE {table} ADD COLUMN "{col}" {sql_type}')


def known_ids(con, article_ids: Sequence[str]) -> set[str]:
    """Which of ``article_ids`` the store already holds."""
    if not article_ids:
        return set()
    rows = con.execute(
        "SELECT article_id FROM articles WHERE article_id IN (SELECT UNNEST(?))",
        [list(article_ids)],
    ).fetchall()
    return {r[0] for r in rows}


def write_batch(con, frames: Frames, people_seen: pd.DataFrame, *, replace: bool) -> None:
    """Write one batch of frames in one transaction: the whole batch or nothing."""
    ids = frames.articles["article_id"].tolist()
    con.execute("BEGIN TRANSACTION")
    try:
        if replace and ids:
            for table in (*FACT_TABLES, "articles"):
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT UNNEST(?))", [ids])
        batch = {name: df for name, df in frames.items() if name in TABLES}
        batch["people_seen"] = people_seen
        for table, df in batch.items():
            if df.empty:
                continue
            con.register("batch_df", df)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_df")
            con.unregister("batch_df")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def people_seen_frame(results) -> pd.DataFrame:
    """Per-article people rows (article_id + Person fields) from (article, facts) pairs."""
    rows = [
        {"article_id": article.article_id, **dataclasses.asdict(person)}
        for article, facts in results
        for person in facts.people
    ]
    return pd.DataFrame(rows, columns=list(table_columns("people_seen")))


def read_frames(con, where: str = "", params: Sequence = ()) -> Frames:
    """The frames of the articles matching ``where`` (SQL on the articles table, alias ``a``).

    Filtering happens in DuckDB: only the rows of matching articles reach pandas.
    """
    if where:  # the matching ids once, not the filter again for every table
        ids = [r[0] for r in con.execute(f"SELECT article_id FROM articles a WHERE {where}",
                                         list(params)).fetchall()]  # fmt: skip
        ids_sql, params = "SELECT UNNEST(?::VARCHAR[])", [ids]
    else:
        ids_sql, params = "SELECT article_id FROM articles", []
    frames = {}
    for name in ("articles", "events", "commitments", "quotes", "mentions"):
        df = con.execute(f"SELECT * FROM {name} WHERE article_id IN ({ids_sql})", params).df()
        frames[name] = df
    people = con.execute(f"SELECT * FROM people_seen WHERE article_id IN ({ids_sql})", params).df()
    frames["people"] = merge_people_frame(people)
    return Frames(
        **{name: df if name == "people" else _typed(name, df) for name, df in frames.items()}
    )


def _typed(name: str, df: pd.DataFrame) -> pd.DataFrame:
    for col in df.columns:
        if df[col].dtype == object and len(df) and hasattr(df[col].iloc[0], "tolist"):
            df[col] = df[col].map(lambda v: list(v) if v is not None else [])
    date_cols = [c for c, t in table_columns(name).items() if t == "DATE"] if name in TABLES else []
    for col in date_cols:
        df[col] = pd.to_datetime(df[col]).astype("datetime64[ns]")
    # Rows were validated when they were written (``build_frames``); reading them back only
    # needs the schema's types, which is a hundred times cheaper than checking every value again
    # on each filter change.
    return SCHEMAS[name].to_schema().coerce_dtype(df)


def count_articles(con) -> int:
    return con.execute("SELECT count(*) FROM articles").fetchone()[0]


__all__ = [
    "DEFAULT_STORE",
    "build_frames",
    "count_articles",
    "known_ids",
    "open_store",
    "people_seen_frame",
    "read_frames",
    "write_batch",
]
