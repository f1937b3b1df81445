"""``python -m dashboard evaluate``: precision and recall of the extractors on labelled articles."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

HELP = "measure the extractors against labelled articles (precision, recall, F1)"
DESCRIPTION = (
    "Run the extractors on every labelled article (the JSON label files under LABELS_DIR) and "
    "print, per frame (commitments, quotes, events), the precision, recall and F1 of "
    "detection and the accuracy of the values on the facts found (commitments: amount and "
    "currency; donor and recipient. Quotes: speaker. Events: date_start and date_end), then "
    "each miss, false positive and wrong value with its article and sentence. "
    "Matching is by span overlap: a prediction matches a labelled fact when their character "
    "spans overlap, one-to-one, greedily by largest overlap; a prediction on a span labelled "
    "optional counts neither way. A label file whose article_id no longer matches its "
    "article's text is reported as stale and skipped. When LABELS_DIR holds pledges.json "
    "(groups of commitment mentions that are one pledge), consolidation is scored too: "
    "pairwise precision and recall over the labelled mentions the extractor found. "
    "This is a report, not a test: it exits "
    "0 whatever the figures, and 2 on a usage error (such as a missing LABELS_DIR)."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "labels",
        nargs="?",
        default="tests/labels",
        metavar="LABELS_DIR",
        help="folder of label files, read recursively (default: tests/labels)",
    )
    parser.add_argument(
        "--shared",
        metavar="PATH",
        help="the shared folder the labels' article paths are relative to "
        "(default: ../shared beside the repository)",
    )
    parser.add_argument("--json", metavar="PATH", help="also write the figures to PATH as JSON")
    parser.add_argument(
        "--readme",
        metavar="PATH",
        help="rewrite the block between <!-- BLOCK:start --> and <!-- BLOCK:end --> "
        "in PATH (e.g. README.md) with a table of the figures and the date measured",
    )
    parser.add_argument(
        "--block",
        default="accuracy",
        metavar="BLOCK",
        help="the README block --readme rewrites (default: accuracy; the held-out set: heldout)",
    )


def run(args: argparse.Namespace) -> int:
    from dashboard.cli import UsageError
    from dashboard.evaluate.evaluation import evaluate
    from dashboard.evaluate.pledges import evaluate_pledges, pledge_figures, pledge_report
    from dashboard.evaluate.report import figures, rewrite_readme, text_report

    labels_dir = Path(args.labels)
    if not labels_dir.is_dir():
        raise UsageError(f"no such labels folder: {labels_dir}")
    shared = Path(args.shared) if args.shared else _default_shared()
    if shared is None or not shared.is_dir():
        raise UsageError(
            f"no shared folder at {args.shared or REPO.parent / 'shared'}: pass --shared PATH"
        )
    readme = Path(args.readme) if args.readme else None
    if readme is not None and not readme.is_file():
        raise UsageError(f"no such file: {readme}")

    evaluation = evaluate(labels_dir, shared)
    print(text_report(evaluation))
    result = figures(evaluation)
    pledges_file = labels_dir / "pledges.json"
    if pledges_file.is_file():
        score = evaluate_pledges(pledges_file, labels_dir, shared)
        print(pledge_report(score))
        result["pledges"] = pledge_figures(score)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n")
    if readme is not None:
        try:
            text = rewrite_readme(readme.read_text(encoding="utf-8"), evaluation, args.block)
            readme.write_text(text)
        except ValueError as err:
            raise UsageError(f"{readme}: {err}") from None
    return 0


def _default_shared() -> Path | None:
    """``../shared`` beside the repository, or beside the current folder."""
    for candidate in (REPO.parent / "shared", Path.cwd().parent / "shared"):
        if candidate.is_dir():
            return candidate
    return None
