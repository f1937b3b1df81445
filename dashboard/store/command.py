"""``python -m dashboard ingest``: read, extract and write articles into the DuckDB store."""

from __future__ import annotations

import argparse

HELP = "read, extract and add articles to the DuckDB store (idempotent, incremental)"
DESCRIPTION = HELP


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH")


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError("ingest is not written yet")
