"""Speed of ingest (``read_paths`` alone) on the shared corpus and on each file format.

    python tests/benchmarks/ingest_speed.py [--repeat 20] [--n 300]

Reads the shared corpus ``--repeat`` times and prints the median articles per second; then
writes ``--n`` copies of a short article in each format to a temporary folder and times each
format (first read apart: it pays for importing trafilatura or dateparser). A script, not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from ingest_samples import BODY, OUTLET, PARAGRAPHS, TITLE, URL  # noqa: E402

from dashboard.ingest import Article, read_paths  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "news"


def timed_read(paths: list[Path]) -> tuple[float, int, int]:
    start = time.perf_counter()
    items = list(read_paths(paths))
    seconds = time.perf_counter() - start
    articles = sum(isinstance(i, Article) for i in items)
    return seconds, articles, len(items) - articles


def _html(i: int) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>{TITLE} {i}</title><meta property='og:site_name' content='{OUTLET}'>"
        f"<meta name='date' content='2024-03-12'></head><body><nav>Home | World</nav>"
        f"<article><h1>{TITLE} {i}</h1>{paragraphs}</article>"
        "<footer>(c) 2024</footer></body></html>"
    )


FORMATS: dict[str, tuple[str, Callable[[int], str]]] = {
    "txt": ("{i}.txt", lambda i: f"{TITLE} {i}\npublished: 2024-03-12\noutlet: {OUTLET}\n\n{BODY}"),
    "txt-dateline": ("{i}.txt", lambda i: f"{TITLE} {i}\n\nOSLO, 12 March 2024 - {BODY}"),
    "txt-free-date": ("{i}.txt", lambda i: f"{TITLE} {i}\ndate: 12 March 2024\n\n{BODY}"),
    "md-front-matter": (
        "{i}.md",
        lambda i: f'---\ntitle: "{TITLE} {i}"\npublished: 2024-03-12\nurl: {URL}\n---\n{BODY}',
    ),
    "html": ("{i}.html", _html),
    "json": ("{i}.json", lambda i: json.dumps({"title": f"{TITLE} {i}", "text": BODY})),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args()

    if CORPUS.is_dir():
        runs = [timed_read([CORPUS]) for _ in range(args.repeat)]
        median = statistics.median(s for s, _, _ in runs)
        _, articles, rejected = runs[0]
        print(
            f"shared corpus: {articles} articles, {rejected} rejected; "
            f"median {median * 1000:.1f} ms a read "
            f"({articles / median:,.0f} articles/s over {args.repeat} reads; "
            f"first read {runs[0][0] * 1000:.1f} ms)"
        )
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, (pattern, content) in FORMATS.items():
            folder = Path(tmp) / fmt
            folder.mkdir()
            for i in range(args.n):
                (folder / pattern.format(i=i)).write_text(content(i), encoding="utf-8")
            first, _, _ = timed_read([folder / pattern.format(i=0)])
            seconds, articles, rejected = timed_read([folder])
            print(
                f"{fmt:>16}: {articles / seconds:8,.0f} articles/s "
                f"({articles} read, {rejected} rejected; first file {first * 1000:.0f} ms)"
            )
        jsonl = Path(tmp) / "all.jsonl"
        jsonl.write_text(
            "\n".join(json.dumps({"title": f"{TITLE} {i}", "text": BODY}) for i in range(args.n))
        )
        seconds, articles, _ = timed_read([jsonl])
        print(f"{'jsonl (1 file)':>16}: {articles / seconds:8,.0f} articles/s")


if __name__ == "__main__":
    main()
