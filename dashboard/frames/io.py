"""Frames to files and back: parquet (default), csv or jsonl, one file per frame.

The derived ``pledges`` frame is written too; reading recomputes it from the commitments.

Parquet keeps types as they are. CSV and jsonl write dates as YYYY-MM-DD; CSV writes list
columns as JSON arrays. ``read_frames`` reads any of the three back into validated frames.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from dashboard.frames.build import _DATE_COLUMNS, Frames, merge_people_frame, record_columns
from dashboard.frames.schemas import FRAME_NAMES, validate

FORMATS = ("parquet", "csv", "jsonl")
_BOOL_COLUMNS = {"commitments": ["is_total"]}
_LIST_COLUMNS = {
    "events": ["people", "countries"],
    "people": ["roles", "aliases"],
    "pledges": ["commitment_ids", "article_ids", "outlets", "amounts_seen"],
}


def _as_text_table(name: str, df: pd.DataFrame, lists_as_json: bool) -> pd.DataFrame:
    out = df.copy()
    for col in [*_DATE_COLUMNS.get(name, []), *(["first_reported"] if name == "pledges" else [])]:
        out[col] = out[col].dt.strftime("%Y-%m-%d").astype(object).where(out[col].notna(), None)
    if lists_as_json:
        for col in _LIST_COLUMNS.get(name, []):
            out[col] = out[col].map(json.dumps)
    return out


def write_frames(frames: Frames, out_dir: str | Path, fmt: str = "parquet") -> list[Path]:
    """Write each frame to ``out_dir/<frame>.<fmt>``; returns the paths written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, df in [*frames.items(), ("pledges", frames.pledges)]:
        path = out / f"{name}.{fmt}"
        if fmt == "parquet":
            df.to_parquet(path, index=False)
        elif fmt == "csv":
            _as_text_table(name, df, lists_as_json=True).to_csv(path, index=False)
        else:
            table = _as_text_table(name, df, lists_as_json=False)
            table.to_json(path, orient="records", lines=True, force_ascii=False)
        paths.append(path)
    return paths


def read_frames(in_dir: str | Path, fmt: str = "parquet") -> Frames:
    """Read frames written by ``write_frames`` (or partitioned by the Dask engine), validated."""
    src = Path(in_dir)
    frames = {}
    for name in FRAME_NAMES:
        path = src / f"{name}.{fmt}"
        if fmt == "parquet" and (src / name).is_dir():  # partitioned: <frame>/part-*.parquet
            df = pd.concat(
                [pd.read_parquet(part) for part in sorted((src / name).glob("*.parquet"))],
                ignore_index=True,
            )
            for col in _LIST_COLUMNS.get(name, []):
                df[col] = df[col].map(list)
            if name == "people":
                df = merge_people_frame(df)
        elif fmt == "parquet":
            df = pd.read_parquet(path)
            for col in _LIST_COLUMNS.get(name, []):
                df[col] = df[col].map(list)
        elif fmt == "csv":
            df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
            for col in _BOOL_COLUMNS.get(name, []):
                df[col] = df[col].map({"True": True, "False": False})
            for col in _LIST_COLUMNS.get(name, []):
                df[col] = df[col].map(json.loads)
        else:
            df = pd.read_json(path, lines=True, dtype=False, convert_dates=False)
            if df.empty:  # an empty jsonl file carries no column names
                df = pd.DataFrame(columns=record_columns(name))
        frames[name] = validate(name, df)
    return Frames(**frames)
