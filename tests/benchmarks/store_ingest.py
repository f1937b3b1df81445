"""Benchmark: ingest N articles into a fresh DuckDB store on every core.

    python tests/benchmarks/store_ingest.py [--n 10000] [--workers 2] [--profile]

Prints wall time, articles per second, peak resident memory of the main process and of the
largest worker, and (with --profile) where one process spends its time on 300 articles.
The corpus is built by ``corpus_gen.make_corpus`` (half varied real articles, half synthetic).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_gen import make_corpus  # noqa: E402

from dashboard.extract import extract_article  # noqa: E402
from dashboard.ingest import Article, read_paths  # noqa: E402
from dashboard.store.ingest import ingest_paths  # noqa: E402


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(args.n, Path(tmp) / "corpus")
        words = sum(len(p.read_text().split()) for p in corpus.iterdir())
        store = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        report = ingest_paths([corpus], store, workers=args.workers)
        elapsed = time.perf_counter() - start
        print(
            f"ingest: {report.added} articles ({words:,} words) in {elapsed:.1f} s with "
            f"{args.workers} worker processes: {report.added / elapsed:.0f} articles/s, "
            f"{words / elapsed:,.0f} words/s"
        )
        print(
            f"peak RSS: main {peak_mb(resource.RUSAGE_SELF):.0f} MB, largest worker "
            f"{peak_mb(resource.RUSAGE_CHILDREN):.0f} MB; store {store.stat().st_size / 1e6:.1f} MB"
        )
        start = time.perf_counter()
        again = ingest_paths([corpus], store, workers=args.workers)
        print(
            f"re-run (nothing new): {again.added} added, {again.skipped} skipped in "
            f"{time.perf_counter() - start:.1f} s"
        )
        if args.profile:
            articles = [a for a in read_paths([corpus]) if isinstance(a, Article)][:300]
            profiler = cProfile.Profile()
            profiler.runcall(lambda: [extract_article(a) for a in articles])
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
