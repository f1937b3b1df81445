"""Speed of the dates extractor: ms per article on the corpus, and the worst single input.

    python tests/benchmarks/dates_speed.py [--n 1000] [--shared PATH]

Times ``extract_events`` alone (the Doc is built beforehand) on N articles (the shared news
corpus repeated), then on adversarial inputs (long runs of date words, digits and
prepositions) to check that no article takes over a second. Times are CPU times of this
process (``time.process_time``), so that other work on the machine does not count; the wall
time of the corpus run is printed too. A script, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from dashboard.extract.dates import extract_events  # noqa: E402
from dashboard.extract.doc import make_doc  # noqa: E402
from dashboard.ingest import Article, make_article, read_paths  # noqa: E402

ADVERSARIAL = {
    "date words": "on 18 December 2024 from 2024 to 2027 since February 2022 Wednesday " * 2000,
    "digits": "1 2 3 4 5 6 7 8 9 10 11 12 2024 2025 1999 " * 5000,
    "prepositions": "in on since by until from between and the end of the " * 5000,
    "month words, no spaces": "JanuaryFebruaryMarch2024" * 5000,
    "one long line of years": "-".join(str(1900 + i % 200) for i in range(50000)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()

    corpus = [a for a in read_paths([args.shared / "corpora" / "news"]) if isinstance(a, Article)]
    if not corpus:
        sys.exit(f"no corpus under {args.shared}")
    docs = [make_doc(corpus[i % len(corpus)]) for i in range(args.n)]
    worst = (0.0, "")
    began, began_wall = time.process_time(), time.perf_counter()
    events = 0
    for doc in docs:
        t = time.process_time()
        events += len(extract_events(doc))
        worst = max(worst, (time.process_time() - t, doc.article.title[:60]))
    total, wall = time.process_time() - began, time.perf_counter() - began_wall
    print(
        f"{len(docs)} articles, {events} events: {1000 * total / len(docs):.2f} ms/article CPU"
        f" ({1000 * wall / len(docs):.2f} ms wall)"
    )
    print(f"slowest corpus article: {1000 * worst[0]:.1f} ms ({worst[1]})")

    for name, body in ADVERSARIAL.items():
        doc = make_doc(make_article("Stress", body, published=dt.date(2024, 12, 20)))
        t = time.process_time()
        found = len(extract_events(doc))
        took = time.process_time() - t
        print(f"adversarial {name!r} ({len(body):,} chars): {1000 * took:.0f} ms, {found} events")


if __name__ == "__main__":
    main()
