"""``python -m dashboard ingest``: read, extract and write articles into the DuckDB store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "read, extract and add articles to the DuckDB store (idempotent, incremental)"
DESCRIPTION = (
    "Read files or folders of articles, extract the facts of every article the store does not "
    "hold yet (same article_id = same text), and write them as tables, one transaction per "
    "batch. Re-running adds nothing; a run killed midway leaves whole batches only and the next "
    "run finishes the rest. Exit 0 when every input was read, 1 when some were rejected, 2 on "
    "a usage error."
)


def configure(parser: argparse.ArgumentParser) -> None:
    from dashboard.cli import add_input_options
    from dashboard.store.db import DEFAULT_STORE
    from dashboard.store.ingest import DEFAULT_BATCH

    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument(
        "--store",
        default=str(DEFAULT_STORE),
        metavar="PATH",
        help=f"the DuckDB file (default {DEFAULT_STORE})",
    )
    add_input_options(parser)
    parser.add_argument(
        "--reextract",
        action="store_true",
        help="extract articles already in the store again (after an extractor change)",
    )
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, metavar="N")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="extraction processes (default: one per core)",
    )


def run(args: argparse.Namespace) -> int:
    from dashboard.cli import UsageError
    from dashboard.store.ingest import ingest_paths

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")

    tty = sys.stderr.isatty()

    def progress(report) -> None:
        line = f"batch {report.batches}: {report.added} added, {report.skipped} already stored"
        print(f"\r{line}" if tty else line, end="" if tty else "\n", file=sys.stderr, flush=True)

    report = ingest_paths(
        args.paths,
        args.store,
        published=args.published,
        max_bytes=args.max_bytes,
        reextract=args.reextract,
        batch_size=args.batch_size,
        workers=args.workers,
        on_batch=progress,
    )
    if tty:
        print(file=sys.stderr)
    for rejection in report.rejections:
        print(f"rejected {rejection}", file=sys.stderr)
    print(
        f"{report.added} articles added, {report.replaced} re-extracted, {report.skipped} "
        f"already in the store, {len(report.rejections)} inputs rejected; store: {args.store}",
        file=sys.stderr,
    )
    return 1 if report.rejections else 0
