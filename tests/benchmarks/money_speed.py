"""Speed of the money extractor on the shared news corpus repeated to N articles.

    python tests/benchmarks/money_speed.py [--n 1000]

Times ``make_doc`` (shared by every extractor) and ``extract_commitments`` apart, and prints
milliseconds per article and the share of the money extractor. A script, not a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from dashboard.extract.doc import make_doc  # noqa: E402
from dashboard.extract.fx import converter  # noqa: E402
from dashboard.extract.money import extract_commitments  # noqa: E402
from dashboard.ingest import make_article, read_paths  # noqa: E402
from dashboard.ingest.model import Article  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "news"


def articles(n: int) -> list[Article]:
    base = [a for a in read_paths(sorted(CORPUS.glob("*/*.txt"))) if isinstance(a, Article)]
    copies = islice(cycle(base), n)
    return [
        make_article(f"{a.title} ({i})", a.text[a.body_start :], published=a.published)
        for i, a in enumerate(copies)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    texts = articles(args.n)
    converter()  # load the rates once, as a long run does
    start = time.perf_counter()
    docs = [make_doc(a) for a in texts]
    doc_time = time.perf_counter() - start
    start = time.perf_counter()
    found = sum(len(extract_commitments(d)) for d in docs)
    money_time = time.perf_counter() - start
    print(f"{len(texts)} articles, {found} commitments")
    print(f"make_doc:            {1000 * doc_time / len(texts):.2f} ms/article")
    print(f"extract_commitments: {1000 * money_time / len(texts):.2f} ms/article")


if __name__ == "__main__":
    main()
