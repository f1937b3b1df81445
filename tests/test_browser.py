"""The dashboard in a real browser: started the README's way, every page opened, a filter set
through the URL, a CSV and an HTML chart downloaded and read back, screenshots saved.

Needs Debian's Chromium at /usr/bin/chromium (skipped otherwise). Screenshots go to
``$APP_SCREENSHOTS`` or a temporary folder; the path is printed (``pytest -s``). Set
``APP_SCREENSHOTS_WHOLE=1`` to also save each page whole, in a tall window.
"""

from __future__ import annotations

import csv
import io
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
NAV_LABELS = {"": "Overview"}
PAGES = {
    "": "Aid & Policy Timelines",
    "timeline": "Timeline",
    "money": "Money",
    "quotes": "Quotes",
    "people": "People and countries",
    "sources": "Sources",
    "articles": "Articles",
}

# Also shoot each page whole (a tall window), for a person reviewing the layout.
WHOLE_PAGES = bool(os.environ.get("APP_SCREENSHOTS_WHOLE"))

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"browser tests need Debian chromium at {CHROMIUM}"
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is needed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited with code {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"the app did not open port {port} within {timeout}s")


@pytest.fixture(scope="module")
def screenshots() -> Path:
    folder = Path(os.environ.get("APP_SCREENSHOTS") or tempfile.mkdtemp(prefix="app-shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def app_url():
    port = free_port()
    log = Path(tempfile.mkdtemp(prefix="app-log-")) / "app.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashboard", "app", "--port", str(port)],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_port(port, proc)
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            proc.wait(timeout=20)
            print(f"app log: {log}")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def wait_drawn(page, timeout: float = 90) -> None:
    """Until the script has finished running (no status widget) and a title is on the page."""
    page.wait_for_selector("h1", timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline and quiet < 3:
        running = page.locator('[data-testid="stStatusWidget"]').count()
        quiet = quiet + 1 if not running else 0
        time.sleep(0.1)
    page.wait_for_function(  # charts draw just after the script ends
        """() => !document.querySelector('[data-testid="stSkeleton"]')
                 && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
                    .every(c => c.querySelector('.main-svg'))""",
        timeout=20_000,
    )
    page.wait_for_timeout(300)


def open_page(page, url: str):
    page.goto(url)
    wait_drawn(page)
    assert page.locator('[data-testid="stException"]').count() == 0, f"traceback on {url}"
    return page


def test_every_page_draws(app_url, page, screenshots):
    """The tour goes through the sidebar's navigation, as a reader would (one session)."""
    open_page(page, f"{app_url}/")
    for path, title in PAGES.items():
        nav = page.locator('[data-testid="stSidebarNav"]')
        nav.get_by_role("link", name=NAV_LABELS.get(path, title), exact=True).click()
        sync_api.expect(page.locator("h1").first).to_have_text(title, timeout=30_000)
        wait_drawn(page)
        assert page.locator('[data-testid="stException"]').count() == 0, f"traceback on {title}"
        assert "could not be drawn" not in page.inner_text("body")
        assert urlparse(page.url).path == f"/{path}"
        name = path or "overview"
        page.screenshot(path=screenshots / f"{name}-1280x800.png")
        if path in ("", "timeline", "money"):
            page.set_viewport_size({"width": 1920, "height": 1080})
            page.wait_for_timeout(600)
            page.screenshot(path=screenshots / f"{name}-1920x1080.png")
        if WHOLE_PAGES:
            page.set_viewport_size({"width": 1280, "height": 2400})
            page.wait_for_timeout(600)
            page.screenshot(path=screenshots / f"{name}-1280-whole.png")
        page.set_viewport_size({"width": 1280, "height": 800})


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def test_filter_from_the_url_changes_the_numbers(app_url, page, screenshots):
    everything = metric(open_page(page, f"{app_url}/"), "Articles")
    filtered = metric(open_page(page, f"{app_url}/?country=PAK"), "Articles")
    assert int(filtered) < int(everything.replace(",", ""))
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert "Pakistan" in sidebar.inner_text()
    page.screenshot(path=screenshots / "overview-filtered-PAK.png")


def test_csv_download_holds_the_filtered_rows(app_url, page):
    open_page(page, f"{app_url}/articles?country=PAK")
    shown = page.get_by_text(re.compile(r"^\d+ of \d+ articles$")).inner_text()
    page.get_by_text("Download the filtered data").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="CSV", exact=True).click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text("utf-8-sig"))))
    assert rows, "the CSV has no rows"
    assert set(rows[0]) >= {"article_id", "title", "text", "published", "outlet"}
    assert shown.startswith(f"{len(rows)} of ")


def test_html_chart_download_is_standalone(app_url, page):
    open_page(page, f"{app_url}/money")
    page.get_by_role("button", name="Download chart").first.click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Interactive HTML (works offline)").click()
    html = Path(info.value.path()).read_text("utf-8")
    assert "Plotly.newPlot" in html
    assert '<script src="https://cdn.plot.ly' not in html  # plotly.js embedded, not fetched
    assert len(html) > 1_000_000
    assert "Committed over time" in html


def test_a_quote_links_to_its_sentence_highlighted_in_the_article(app_url, page, screenshots):
    open_page(page, f"{app_url}/quotes")
    page.get_by_role("link", name="Show in the article").first.click()
    sync_api.expect(page.locator("h1").first).to_have_text("Sources", timeout=30_000)
    wait_drawn(page)
    assert "start=" in page.url
    target = page.locator("#fact-target")
    sync_api.expect(target).to_be_in_viewport(timeout=10_000)  # scrolled to the fact
    assert "fact-quote" in (target.get_attribute("class") or "")
    page.screenshot(path=screenshots / "sources-linked-quote-1280x800.png")
