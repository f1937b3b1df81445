"""Speed of the people and quotes extractors on the shared news corpus repeated to N articles.

    python tests/benchmarks/quotes_speed.py [--n 1000]

Times ``make_doc`` (shared by every extractor), ``find_people`` and ``extract_quotes`` apart
and prints milliseconds per article. A script, not a test.
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
from dashboard.extract.people import find_people  # noqa: E402
from dashboard.extract.quotes import extract_quotes  # noqa: E402
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
    start = time.perf_counter()
    docs = [make_doc(a) for a in texts]
    doc_time = time.perf_counter() - start
    start = time.perf_counter()
    people = 0
    for doc in docs:
        doc.people, doc.persons = find_people(doc)
        people += len(doc.people)
    people_time = time.perf_counter() - start
    start = time.perf_counter()
    quotes = sum(len(extract_quotes(d)) for d in docs)
    quotes_time = time.perf_counter() - start
    n = len(texts)
    print(f"{n} articles, {people} officials, {quotes} quotes")
    print(f"make_doc:       {1000 * doc_time / n:.2f} ms/article")
    print(f"find_people:    {1000 * people_time / n:.2f} ms/article")
    print(f"extract_quotes: {1000 * quotes_time / n:.2f} ms/article")


if __name__ == "__main__":
    main()
