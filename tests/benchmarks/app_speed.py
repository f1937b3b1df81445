"""How fast the dashboard opens and reacts (a script, not collected by pytest).

    python tests/benchmarks/app_speed.py [--sizes demo 1000] [--store 10000] [--no-browser]

For the demo corpus and a corpus of N articles (the demo articles repeated, each copy with its
own title so its id differs), measures:

- start: from launching ``python -m dashboard app`` to the Overview fully drawn in Chromium
  (charts included; the first request extracts the corpus);
- filter (browser): choosing a country in the sidebar until the page is drawn again;
- filter (script): the app script's rerun time after a filter change (Streamlit AppTest),
  and how many times the corpus was extracted over the run: it must stay 1.

With ``--store N``: a store of N articles (``corpus_gen.make_corpus``, ingested with two
workers; kept under /tmp between runs) opened with ``app --store``, against the demo corpus
for the same filter changes: each to a country not chosen before (nothing cached), and the
ratio of the medians (target: within 3x).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from streamlit.testing.v1 import AppTest  # noqa: E402
from test_browser import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    free_port,
    wait_drawn,
    wait_for_port,
)

import dashboard.app.corpus as app_corpus  # noqa: E402
from dashboard.ingest import Article, read_paths  # noqa: E402

DEMO = REPO / "data"
STORE_CACHE = Path(tempfile.gettempdir()) / "app-speed-stores"
# Countries chosen one after another: each change is to a state the app has not seen.
NEW_STATES = [["PAK"], ["JPN"], ["CAN"], ["FRA"], ["POL"], ["ITA"], ["NOR"]]


def cached_store(size: int) -> Path:
    """A store of ``size`` benchmark articles, built once and kept under /tmp."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus_gen import make_corpus

    from dashboard.store.ingest import ingest_paths

    path = STORE_CACHE / f"store-{size}.duckdb"
    if not path.exists():
        STORE_CACHE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.monotonic()
            corpus = make_corpus(size, Path(tmp) / "corpus")
            partial = path.with_suffix(".partial")
            ingest_paths([corpus], partial, workers=2)
            partial.rename(path)
            print(f"  built the store in {time.monotonic() - t0:.0f}s: {path}", flush=True)
    return path


def filter_changes(app_args: list[str], states: list[list[str]]) -> tuple[float, list[float]]:
    """First run and the rerun time after each change of the country filter to ``states``."""
    argv, sys.argv = sys.argv, ["main.py", *app_args]
    try:
        at = AppTest.from_file(str(REPO / "dashboard" / "app" / "main.py"), default_timeout=1800)
        t0 = time.monotonic()
        at.run()
        first = time.monotonic() - t0
        times = []
        for choice in states:
            widget = at.sidebar.multiselect(key="filter_countries").set_value(choice)
            t0 = time.monotonic()
            widget.run()
            times.append(time.monotonic() - t0)
            assert not at.exception, [e.value for e in at.exception]
    finally:
        sys.argv = argv
    return first, times


def repeated_corpus(size: int, out: Path) -> Path:
    """``size`` article files made from the demo articles, each copy with its own title."""
    demo = [a for a in read_paths([DEMO]) if isinstance(a, Article)]
    for i in range(size):
        a = demo[i % len(demo)]
        headers = [f"published: {a.published.isoformat()}"] if a.published else []
        headers += [f"outlet: {a.outlet}"] if a.outlet else []
        body = a.text[a.body_start :]
        text = "\n".join([f"{a.title} (copy {i})", *headers, "", body])
        (out / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return out


def browser_times(data: Path, app_args: list[str] | None = None) -> tuple[float, float]:
    """Seconds from launch to the Overview drawn, and for a filter change in the sidebar."""
    import subprocess

    from playwright.sync_api import sync_playwright

    port = free_port()
    with sync_playwright() as pw:  # the browser is up before the clock starts
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        started = time.monotonic()
        command = [sys.executable, "-m", "dashboard", "app", "--port", str(port)]
        proc = subprocess.Popen(
            [*command, *(app_args or ["--data", str(data)])],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port, proc, timeout=120)
            page.goto(f"http://127.0.0.1:{port}/")
            wait_drawn(page, timeout=1800)
            start = time.monotonic() - started
            box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
            t0 = time.monotonic()
            box.click()
            page.keyboard.type("Ukraine")
            page.keyboard.press("Enter")
            page.wait_for_url("**country=UKR**", timeout=60_000)
            wait_drawn(page)
            change = time.monotonic() - t0
        finally:
            browser.close()
            proc.terminate()
            proc.wait(timeout=30)
    return start, change


def script_times(data: Path, repeats: int = 5) -> tuple[float, float, int, dict]:
    """First run, median rerun after a filter change (seconds), extractions counted, and
    the Overview's numbers."""
    extractions = []
    real = app_corpus.extract_paths

    def counting(paths):
        extractions.append(paths)
        return real(paths)

    app_corpus.extract_paths = counting
    app_corpus.load_corpus.clear()
    argv, sys.argv = sys.argv, ["main.py", "--data", str(data)]
    try:
        at = AppTest.from_file(str(REPO / "dashboard" / "app" / "main.py"), default_timeout=1800)
        t0 = time.monotonic()
        at.run()
        first = time.monotonic() - t0
        shown = {m.label: m.value for m in at.metric}
        reruns = []
        for i in range(repeats):
            choice = ["UKR"] if i % 2 == 0 else []
            widget = at.sidebar.multiselect(key="filter_countries").set_value(choice)
            t0 = time.monotonic()
            widget.run()
            reruns.append(time.monotonic() - t0)
    finally:
        sys.argv = argv
        app_corpus.extract_paths = real
    return first, statistics.median(reruns), len(extractions), shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["demo", "1000"])
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--store", type=int, metavar="N", help="also time a store of N articles")
    args = parser.parse_args()
    if args.store:
        compare_store(args.store, browser=not args.no_browser and CHROMIUM.exists())
        return
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            data = DEMO if size == "demo" else repeated_corpus(int(size), Path(tmp))
            n = sum(1 for _ in data.glob("*.*"))
            print(f"corpus {size}: {n} files", flush=True)
            first, rerun, extractions, shown = script_times(data)
            print(f"  overview: {shown}", flush=True)
            print(f"  script: first run {first:.1f}s (extraction included), "
                  f"rerun after a filter change {rerun:.2f}s (median), "
                  f"extractions {extractions}", flush=True)  # fmt: skip
            if not args.no_browser and CHROMIUM.exists():
                start, change = browser_times(data)
                print(f"  browser: start to Overview drawn {start:.1f}s, "
                      f"filter change drawn {change:.1f}s", flush=True)  # fmt: skip


def compare_store(size: int, browser: bool) -> None:
    """The same filter changes on the demo corpus (folder) and on a store of ``size``."""
    store = cached_store(size)
    medians = {}
    for name, app_args in (
        ("demo", ["--data", str(DEMO)]),
        (f"store {size:,}", ["--store", str(store)]),
    ):
        app_corpus.load_corpus.clear()
        app_corpus.load_store.clear()
        first, times = filter_changes(app_args, NEW_STATES)
        medians[name] = statistics.median(times)
        print(f"{name}: first run {first:.1f}s; filter change to a new country: median "
              f"{medians[name]:.2f}s, max {max(times):.2f}s "
              f"({', '.join(f'{t:.2f}' for t in times)})", flush=True)  # fmt: skip
        if browser:
            start, change = browser_times(DEMO, app_args)
            print(f"  browser: start to Overview drawn {start:.1f}s, "
                  f"filter change (country=UKR) drawn {change:.1f}s", flush=True)  # fmt: skip
    demo, big = medians.values()
    print(f"ratio store {size:,} / demo: {big / demo:.1f}x (target: within 3x)", flush=True)


if __name__ == "__main__":
    main()
