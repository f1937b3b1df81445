"""Ten readers at once on one app server, each with their own filters in the URL.

One server on the bundled demo corpus; 10 Chromium contexts (asyncio, one browser) open the
Overview at the same moment, each with a different filter. Each must see its own filter in the
sidebar and its own article count, and no error; afterwards a fresh session without filters
sees the whole corpus again (state is per session; the shared cache is not mutated). Times to
first draw are printed (``pytest -s``). Deselect with ``-m "not browser"``.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from dashboard.app.filters import apply_filters, from_query
from dashboard.corpus import extract_paths

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "data"
CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"browser tests need Debian chromium at {CHROMIUM}"
    ),
]
async_api = pytest.importorskip("playwright.async_api", reason="the playwright package is needed")
from test_browser import CHROMIUM_ARGS  # noqa: E402
from test_hostile import running_app  # noqa: E402

# Each session's query string, and what its sidebar must then show: the chosen country or
# event kind in its multiselect, or the dates in the date inputs.
SESSIONS = [
    ({"country": ["PAK"]}, "Pakistan (PAK)"),
    ({"country": ["UKR"]}, "Ukraine (UKR)"),
    ({"country": ["USA"]}, "(USA)"),
    ({"country": ["DEU"]}, "Germany (DEU)"),
    ({"country": ["GBR"]}, "(GBR)"),
    ({"kind": ["commitment"]}, "commitment"),
    ({"kind": ["statement"]}, "statement"),
    ({"from": ["2023-01-01"]}, "2023-01-01"),
    ({"to": ["2022-12-31"]}, "2022-12-31"),
    ({"from": ["2024-01-01"], "to": ["2024-12-31"]}, "2024-01-01 2024-12-31"),
]
DRAW_TIMEOUT = 80  # seconds for one session's first draw, all ten at once on 2 cores


@pytest.fixture(scope="module")
def demo_frames():
    if not any(DEMO.glob("*.txt")):
        pytest.skip(f"no demo corpus in {DEMO}")
    return extract_paths((str(DEMO),)).frames


# What a session shows, read in one go (cheap: polled ten times a second in ten pages): the
# Articles count, the sidebar's multiselects and inputs, whether the script is still running,
# and any error.
STATE = """() => {
  const side = document.querySelector('[data-testid="stSidebar"]');
  const metric = [...document.querySelectorAll('[data-testid="stMetric"]')]
    .find(m => m.innerText.includes("Articles"));
  const value = metric && metric.querySelector('[data-testid="stMetricValue"]');
  return {
    articles: value ? parseInt(value.innerText.replace(/,/g, "")) : null,
    chips: side ? [...side.querySelectorAll('[data-testid="stMultiSelect"]')]
      .map(m => m.innerText).join(" ") : "",
    inputs: side ? [...side.querySelectorAll("input")].map(i => i.value).join(" ") : "",
    running: !!document.querySelector('[data-testid="stStatusWidget"]'),
    exceptions: document.querySelectorAll('[data-testid="stException"]').length,
  };
}"""


async def first_draw(browser, url: str, done=lambda state: True) -> dict:
    """Open ``url`` in a new context and wait until the script has finished (Articles count
    shown, not running for 0.3 s) and ``done(state)``; the seconds that took, and the state
    (the last one seen if ``DRAW_TIMEOUT`` passed first)."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    try:
        started = time.monotonic()
        await page.goto(url)
        quiet = 0
        while time.monotonic() - started < DRAW_TIMEOUT:
            state = await page.evaluate(STATE)
            ready = state["articles"] is not None and not state["running"] and done(state)
            quiet = quiet + 1 if ready else 0
            if quiet == 3:
                break
            await asyncio.sleep(0.1)
        seconds = time.monotonic() - started
        return {**state, "seconds": seconds, "body": await page.inner_text("body")}
    finally:
        await context.close()


def shows(shown: str, articles: int):
    """Whether a session's state shows its filter in the sidebar and its article count."""
    return lambda state: (
        shown in f"{state['chips']} {state['inputs']}" and (state["articles"] == articles)
    )


async def sessions(base: str, expected: list[int]) -> tuple[dict, list[dict], dict]:
    """A warm-up session, the sessions at once, then a fresh session without filters."""
    async with async_api.async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            warm = await first_draw(browser, f"{base}/")
            drawn = await asyncio.gather(
                *(
                    first_draw(browser, f"{base}/?{urlencode(q, doseq=True)}", shows(s, n))
                    for (q, s), n in zip(SESSIONS, expected, strict=True)
                )
            )
            fresh = await first_draw(browser, f"{base}/")
            return warm, drawn, fresh
        finally:
            await browser.close()


def assert_drawn(result: dict) -> None:
    assert result["exceptions"] == 0
    assert "could not be drawn" not in result["body"]
    assert "could not be read" not in result["body"]


def test_ten_sessions_at_once_each_see_their_own_filters(demo_frames):
    total = len(demo_frames.articles)
    expected = [len(apply_filters(demo_frames, from_query(q)).articles) for q, _ in SESSIONS]
    assert all(0 < n < total for n in expected)  # each filter changes the count
    with running_app("--data", str(DEMO)) as base:
        warm, drawn, fresh = asyncio.run(sessions(base, expected))

    times = [r["seconds"] for r in drawn]
    print(f"\nwarm-up session (extracts the corpus): {warm['seconds']:.1f} s")
    for (query, _), result in zip(SESSIONS, drawn, strict=True):
        print(f"  {urlencode(query, doseq=True):<30} first draw {result['seconds']:.1f} s")
    print(f"median first draw of {len(drawn)} sessions at once: {statistics.median(times):.1f} s")

    assert_drawn(warm)
    assert warm["articles"] == total
    for (query, shown), want, result in zip(SESSIONS, expected, drawn, strict=True):
        assert_drawn(result)
        assert shown in f"{result['chips']} {result['inputs']}", (query, result["chips"])
        assert result["articles"] == want, query
    assert_drawn(fresh)
    assert fresh["articles"] == total
    assert not any(shown in f"{fresh['chips']} {fresh['inputs']}" for _, shown in SESSIONS)
