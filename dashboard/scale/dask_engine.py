"""``extract --engine dask``: the same pure extractor over partitions of the input on a cluster.

The input files are split into partitions in the order the local engine reads them. Workers
read their partition (articles stay on the workers), the client keeps the first copy of each
article id (as the local engine does), and workers extract and return one set of frames per
partition, written as ``<out>/<frame>/part-NNNNN.parquet``. ``frames.read_frames`` reads such
a folder back, merging officials across partitions, so the result equals the local engine's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from dashboard.extract import extract_article
from dashboard.frames import Frames, build_frames
from dashboard.ingest import Article, Rejection, read_paths
from dashboard.ingest.walk import walk


def _read_partition(files: list[str], published, max_bytes) -> list[Article | Rejection]:
    return list(read_paths(files, published=published, max_bytes=max_bytes))


def _partition_ids(items: list[Article | Rejection]) -> list[str]:
    return [i.article_id for i in items if isinstance(i, Article)]


def _rejections(items: list[Article | Rejection]) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


def _extract_partition(items: list[Article | Rejection], keep: set[str]) -> Frames:
    articles = [i for i in items if isinstance(i, Article) and i.article_id in keep]
    chosen = list({a.article_id: a for a in articles}.values())
    return build_frames((a, extract_article(a)) for a in chosen)


def split(files: list[str], partitions: int) -> list[list[str]]:
    """Contiguous, near-equal slices of ``files`` (order kept, so first copies stay first)."""
    size = max(1, -(-len(files) // max(1, partitions)))
    return [files[i : i + size] for i in range(0, len(files), size)]


def extract_with_dask(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    published: dt.date | None = None,
    max_bytes: int,
    scheduler: str | None = None,
    partitions: int | None = None,
) -> tuple[list[Rejection], int, int]:
    """Extract on a Dask cluster and write partitioned parquet into ``out``.

    Returns the rejections, the number of articles written and of duplicates skipped.
    """
    from distributed import Client, LocalCluster

    walked = list(walk(paths))
    files = [str(item) for item in walked if isinstance(item, Path)]
    rejections = [item for item in walked if isinstance(item, Rejection)]
    cluster = None if scheduler else LocalCluster(processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        n = partitions or max(1, 4 * len(client.scheduler_info()["workers"]))
        parts = split(files, n)
        read = client.map(
            _read_partition, parts, published=published, max_bytes=max_bytes, pure=False
        )
        ids_per_part = client.gather(client.map(_partition_ids, read))
        keep, seen, duplicates = [], set(), 0
        for ids in ids_per_part:
            mine = set()
            for article_id in ids:
                if article_id in seen:
                    duplicates += 1
                else:
                    seen.add(article_id)
                    mine.add(article_id)
            keep.append(mine)
        rejected = client.gather(client.map(_rejections, read))
        rejections += [r for part in rejected for r in part]
        results = client.map(_extract_partition, read, keep)
        written = 0
        for index, frames in enumerate(client.gather(results)):
            _write_partition(frames, Path(out), index)
            written += len(frames.articles)
        return rejections, written, duplicates
    finally:
        client.close()
        if cluster:
            cluster.close()


def _write_partition(frames: Frames, out: Path, index: int) -> None:
    for name, df in frames.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        df.to_parquet(folder / f"part-{index:05d}.parquet", index=False)


__all__ = ["extract_with_dask", "split"]
