"""A corpus end to end: read inputs, extract each article once, build the frames.

Shared by the command line and the app, so both see the same facts for the same files.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.extract import ArticleFacts, extract_article
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


# Below this many articles, starting worker processes costs more than it saves.
MIN_PARALLEL = 100


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


ExtractMany = Callable[[list[Article]], Iterator[ArticleFacts]]


@contextmanager
def extraction_map(workers: int = 1) -> Iterator[ExtractMany]:
    """A function giving the facts of each article in order, in ``workers`` processes when
    there are enough articles for it to pay."""
    if workers <= 1:
        yield lambda articles: map(extract_article, articles)
        return
    with ProcessPoolExecutor(workers) as pool:

        def extract_many(articles: list[Article]) -> Iterator[ArticleFacts]:
            if len(articles) < MIN_PARALLEL:
                return map(extract_article, articles)
            chunk = max(1, min(50, len(articles) // (4 * workers)))
            return pool.map(extract_article, articles, chunksize=chunk)

        yield extract_many


def extract_articles(articles: list[Article], workers: int = 1, progress=None) -> Frames:
    """Frames of ``articles``; ``progress`` wraps the stream of facts (e.g. a tqdm factory)."""
    with extraction_map(workers) as extract_many:
        facts = extract_many(articles)
        facts = progress(facts, len(articles)) if progress else facts
        return build_frames(zip(articles, facts, strict=True))


def extract_paths(
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    progress=None,
    skipped: list | None = None,
) -> CorpusResult:
    """Read, extract and frame everything under ``paths``, in ``workers`` processes.

    ``progress(iterable, total)`` wraps the stream of extracted facts for long runs; files the
    walk passes over are appended to ``skipped`` when it is given.
    """
    items = read_paths(paths, published=published, max_bytes=max_bytes, skipped=skipped)
    articles, rejections, duplicates = unique_articles(items)
    frames = extract_articles(articles, workers, progress)
    return CorpusResult(frames, rejections, duplicates)
