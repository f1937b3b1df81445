"""The app's corpus: read and extract once per content, cached across reruns and sessions.

The corpus is the ``--data`` folders (default: the bundled demo), or the DuckDB store given
with ``--store``, plus the files uploaded in this session. Folders and uploads are extracted
once per content (``st.cache_data``), so a filter change or a page switch never extracts
again. From a store, only the articles that can pass the filters are read (the filters as SQL,
``store_filters``), cached per store file version and filter state.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.app.filters import FilterOptions
from dashboard.app.store_filters import store_options
from dashboard.corpus import CorpusResult, extract_articles, extract_paths, unique_articles
from dashboard.extract.records import Person
from dashboard.frames import Frames, frame_from_records
from dashboard.frames.build import merge_people
from dashboard.ingest import read_bytes
from dashboard.store.db import count_articles, open_store, read_frames

DEMO_DATA = Path(__file__).resolve().parents[2] / "data"
# Columns that identify a row of each fact frame (the same fact from the same article).
_ROW_KEYS = {
    "articles": ["article_id"],
    "events": ["event_id"],
    "commitments": ["commitment_id"],
    "quotes": ["quote_id"],
    "mentions": ["article_id", "char_start", "char_end", "entity"],
}


def _launch_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data", nargs="+", default=[str(DEMO_DATA)])
    parser.add_argument("--store")
    args, _ = parser.parse_known_args(argv)
    return args


def data_paths(argv: list[str]) -> tuple[str, ...]:
    """The ``--data`` paths the launcher passed after ``--``, or the bundled demo corpus."""
    return tuple(_launch_args(argv).data)


def store_path(argv: list[str]) -> str | None:
    """The ``--store`` the launcher passed after ``--`` (None: read ``--data`` folders)."""
    return _launch_args(argv).store


def store_version(path: str) -> int:
    """Changes whenever the store is written (an ingest run; DuckDB may write its WAL only)."""
    files = [Path(path), Path(f"{path}.wal")]
    return max(f.stat().st_mtime_ns for f in files if f.exists())


def fingerprint(paths: tuple[str, ...]) -> str:
    """Changes whenever a file under ``paths`` is added, removed or modified."""
    h = hashlib.blake2b(digest_size=16)
    for raw in paths:
        path = Path(raw)
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if f.is_file():
                stat = f.stat()
                h.update(f"{f}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return h.hexdigest()


@st.cache_data(show_spinner="Reading and extracting the articles…", max_entries=8)
def load_corpus(paths: tuple[str, ...], version: str) -> CorpusResult:
    """``version`` is the fingerprint of the files, so an edited file is read again."""
    return extract_paths(paths)


def session_memo(name: str, key: object, build):
    """``build()``'s result kept for this session under ``name`` while ``key`` stays the same.

    ``st.cache_data`` hands each rerun a fresh copy of a cached value (unpickling a large
    corpus costs a third of a second at 1,000 articles); a session keeps its own copy instead.
    """
    name = f"_memo_{name}"
    memo = st.session_state.get(name)
    if memo is None or memo[0] != key:
        memo = (key, build())
        st.session_state[name] = memo
    return memo[1]


def current_corpus(paths: tuple[str, ...]) -> tuple[tuple, CorpusResult]:
    """The corpus of ``paths`` and a key that changes with it."""
    key = (paths, fingerprint(paths))
    return key, session_memo("corpus", key, lambda: load_corpus(*key))


@st.cache_data(show_spinner=False, max_entries=8)
def store_summary(path: str, version: int) -> tuple[FilterOptions, int]:
    """The store's filter values and article count, read in SQL."""
    con = open_store(path, read_only=True)
    try:
        return store_options(con), count_articles(con)
    finally:
        con.close()


@st.cache_data(show_spinner="Reading the store…", max_entries=32)
def load_store(path: str, version: int, where: str, params: list) -> CorpusResult:
    """The frames of the store's articles matching ``where`` (see ``store_filters``)."""
    con = open_store(path, read_only=True)
    try:
        return CorpusResult(read_frames(con, where, params), [], 0)
    finally:
        con.close()


def current_store(path: str, where: str, params: list) -> tuple[tuple, CorpusResult]:
    """The store's articles that can pass the filters, and a key that changes with them."""
    key = (path, store_version(path), where, repr(params))
    return key, session_memo("corpus", key, lambda: load_store(path, key[1], where, params))


def store_article(path: str, article_id: str) -> Frames:
    """One article's frames from the store (the Sources page opens it even when filtered out)."""
    return load_store(path, store_version(path), "a.article_id = ?", [article_id]).frames


@st.cache_data(show_spinner=False, max_entries=512)
def load_upload(name: str, data: bytes) -> CorpusResult:
    """One uploaded file read (any format ingest reads) and extracted; keyed on its content."""
    articles, rejections, duplicates = unique_articles(read_bytes(name, data))
    return CorpusResult(extract_articles(articles), rejections, duplicates)


def _people_frame(people: pd.DataFrame) -> pd.DataFrame:
    records = [
        Person(r.name, list(r.roles), r.country if isinstance(r.country, str) else None,
               list(r.aliases))
        for r in people.itertuples()
    ]  # fmt: skip
    return frame_from_records("people", merge_people(records))


def combine(results: Sequence[CorpusResult]) -> CorpusResult:
    """Several corpora as one: an article read twice counts once (as a duplicate)."""
    if len(results) == 1:
        return results[0]
    frames = {}
    for name in _ROW_KEYS:
        parts = [getattr(r.frames, name) for r in results]
        frames[name] = pd.concat(parts, ignore_index=True).drop_duplicates(_ROW_KEYS[name])
    frames["people"] = _people_frame(pd.concat([r.frames.people for r in results]))
    articles_read = sum(len(r.frames.articles) for r in results)
    return CorpusResult(
        Frames(**frames),
        [rejection for r in results for rejection in r.rejections],
        sum(r.duplicates for r in results) + articles_read - len(frames["articles"]),
    )
