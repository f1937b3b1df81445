"""Incremental, idempotent ingest into the store, extracting on every core.

Articles are read as a stream and handled in batches; each batch is extracted in worker
processes and written in one transaction. An article already in the store (same id) is skipped
unless ``reextract``; a run killed midway leaves whole batches only, and the next run finishes
the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.corpus import default_workers, extraction_map
from dashboard.frames import build_frames
from dashboard.ingest import DEFAULT_MAX_BYTES, Article, Rejection, read_paths
from dashboard.store.db import known_ids, open_store, people_seen_frame, write_batch

DEFAULT_BATCH = 500


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    replaced: int = 0
    batches: int = 0
    rejections: list[Rejection] = field(default_factory=list)


def _batches(
    items: Iterable[Article | Rejection], size: int, report: IngestReport
) -> Iterator[list[Article]]:
    batch: dict[str, Article] = {}
    for item in items:
        if isinstance(item, Rejection):
            report.rejections.append(item)
            continue
        if item.article_id in batch:
            report.skipped += 1
            continue
        batch[item.article_id] = item
        if len(batch) >= size:
            yield list(batch.values())
            batch = {}
    if batch:
        yield list(batch.values())


def ingest_paths(
    paths: Sequence[str | Path],
    store: str | Path,
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reextract: bool = False,
    batch_size: int = DEFAULT_BATCH,
    workers: int | None = None,
    on_batch: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read ``paths``, extract what the store lacks, and write it batch by batch."""
    report = IngestReport()
    con = open_store(store)
    try:
        with extraction_map(workers or default_workers()) as extract_many:
            items = read_paths(paths, published=published, max_bytes=max_bytes)
            for batch in _batches(items, batch_size, report):
                present = known_ids(con, [a.article_id for a in batch])
                if not reextract:
                    report.skipped += len(present)
                    batch = [a for a in batch if a.article_id not in present]
                if not batch:
                    continue
                results = list(zip(batch, extract_many(batch), strict=True))
                write_batch(
                    con, build_frames(results), people_seen_frame(results), replace=reextract
                )
                report.added += len(batch) - len(present if reextract else ())
                report.replaced += len(present) if reextract else 0
                report.batches += 1
                if on_batch:
                    on_batch(report)
    finally:
        con.close()
    return report
