"""``python -m dashboard evaluate``: precision and recall of the extractors on labelled articles."""

from __future__ import annotations

import argparse

HELP = "measure the extractors against labelled articles (precision, recall, F1)"
DESCRIPTION = HELP


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("labels", nargs="?", default="tests/labels", metavar="LABELS_DIR")


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError("evaluate is not written yet")
