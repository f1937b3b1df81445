"""A corpus end to end: read inputs, extract each article once, build the frames.

Shared by the command line and the app, so both see the same facts for the same files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.extract import extract_article
from dashboard.frames import Frames, build_frames
from dashboard.ingest import DEFAULT_MAX_BYTES, Article, Rejection, read_paths


@dataclass
class CorpusResult:
    frames: Frames
    rejections: list[Rejection] = field(default_factory=list)
    duplicates: int = 0


def unique_articles(
    items: Iterable[Article | Rejection],
) -> tuple[list[Article], list[Rejection], int]:
    """Split ingest output into articles (first copy of each text kept) and rejections."""
    seen: dict[str, Article] = {}
    rejections: list[Rejection] = []
    duplicates = 0
    for item in items:
        if isinstance(item, Rejection):
            rejections.append(item)
        elif item.article_id in seen:
            duplicates += 1
        else:
            seen[item.article_id] = item
    return list(seen.values()), rejections, duplicates


def extract_articles(articles: Iterable[Article]) -> Frames:
    return build_frames((a, extract_article(a)) for a in articles)


def extract_paths(
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress=None,
) -> CorpusResult:
    """Read, extract and frame everything under ``paths``.

    ``progress`` wraps the article iterable (e.g. a tqdm factory) for long runs.
    """
    items = read_paths(paths, published=published, max_bytes=max_bytes)
    articles, rejections, duplicates = unique_articles(items)
    iterable = progress(articles) if progress else articles
    return CorpusResult(extract_articles(iterable), rejections, duplicates)
