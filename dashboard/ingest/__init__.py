"""Ingest: files and folders of articles in, normalised ``Article`` records out.

Bad input never stops a run and never passes silently: each input that cannot be read comes
out as a ``Rejection`` naming the file (and line or row) and the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

from dashboard.ingest.article import make_article
from dashboard.ingest.model import Article, Rejection
from dashboard.ingest.readers import read_file

DEFAULT_MAX_BYTES = 5_000_000
SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")


def read_paths(
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Rejection]:
    """Every article in ``paths`` (files, or folders read recursively), and every rejection."""
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in SUFFIXES:
                yield from read_file(file)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "Article",
    "Rejection",
    "make_article",
    "read_paths",
]
