"""Hostile article content in a real browser: script, HTML and markdown in titles, text,
outlets, urls and file names are shown as text and never run, on every page.

The app is started the README's way (``python -m dashboard app --data FOLDER``) on a folder of
hostile articles; each page is opened in Chromium and checked in the DOM. Needs Debian's
Chromium at /usr/bin/chromium (skipped otherwise).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from dashboard.corpus import extract_paths

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"browser tests need Debian chromium at {CHROMIUM}"
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is needed")
from test_browser import CHROMIUM_ARGS, free_port, wait_drawn, wait_for_port  # noqa: E402

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
MD_LINK = "[click](javascript:window.__pwned=1)"
A_LINK = '<a href="javascript:window.__pwned=1">link</a>'
MARKDOWN = "**bold** # heading $$latex$$ :red[x]"
HOSTILE = f"{SCRIPT} {IMG} {MD_LINK} {A_LINK} {MARKDOWN}"

# A pledge and a quote with the payloads inside them, so the highlighter has to wrap markup.
BODY = (
    f"{{donor}} pledged €500 million {SCRIPT} in military aid to Ukraine on 3 March 2025.\n"
    f'"We will stand with Ukraine {SCRIPT} {MARKDOWN} {IMG} for as long as it takes," '
    f"said {{speaker}}, on Monday. {MD_LINK} {A_LINK}\n"
    "# heading\n**bold** and :red[x] and $$x^2$$ in the text.\n"
)

# In the page's DOM (every frame): nothing the article carried may have become live markup.
LIVE_MARKUP = """() => ({
  pwned: typeof window.__pwned !== "undefined",
  img_onerror: document.querySelectorAll("img[onerror]").length,
  script: [...document.querySelectorAll("script")]
    .filter(s => s.textContent.includes("__pwned")).length,
  js_link: document.querySelectorAll('a[href^="javascript:" i]').length,
  js_src: [...document.querySelectorAll("[src],[href]")]
    .filter(e => /^\\s*javascript:/i.test(e.getAttribute("src") || e.getAttribute("href")))
    .length,
})"""
CLEAN = {"pwned": False, "img_onerror": 0, "script": 0, "js_link": 0, "js_src": 0}


def write_hostile_articles(folder: Path) -> None:
    """A plain-text article (payloads in its file name, title, outlet, url and text) and a JSON
    Lines one (payloads in its title, outlet, an ``https`` url that closes a markdown link)."""
    header = (
        f"Aid {HOSTILE}\npublished: 2025-03-03\noutlet: Outlet {HOSTILE}\n"
        "url: javascript:window.__pwned=1\n\n"
    )
    body = BODY.format(donor="Germany", speaker="Olaf Scholz, the German chancellor")
    name = f"a {IMG.replace(chr(34), '')} {MD_LINK}.txt"  # no quote marks or slashes in names
    (folder / name).write_text(header + body, encoding="utf-8")
    record = {
        "title": f"Second {HOSTILE}",
        "text": BODY.format(donor="France", speaker="Emmanuel Macron, the French president"),
        "published": "2025-03-04",
        "outlet": f"{A_LINK} {MARKDOWN}",
        "url": f"https://example.org/a)({MD_LINK}",
    }
    (folder / f"b {MARKDOWN}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")


@contextmanager
def running_app(*args: str):
    """``python -m dashboard app ARGS`` on a free port; yields its base URL."""
    port = free_port()
    log = Path(tempfile.mkdtemp(prefix="app-log-")) / "app.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashboard", "app", "--port", str(port), *args],
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


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    write_hostile_articles(folder)
    return folder


@pytest.fixture(scope="module")
def hostile_frames(hostile_data):
    result = extract_paths((str(hostile_data),))
    assert not result.rejections and len(result.frames.articles) == 2
    return result.frames


@pytest.fixture(scope="module")
def hostile_app(hostile_data):
    with running_app("--data", str(hostile_data)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1600})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


def assert_inert(page) -> None:
    for frame in page.frames:
        assert frame.evaluate(LIVE_MARKUP) == CLEAN, frame.url
    assert page.dialogs == []
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "could not be drawn" not in page.inner_text("body")


def visit(page, url: str) -> str:
    page.goto(url)
    wait_drawn(page)
    page.wait_for_timeout(500)  # an onerror handler fires once the broken image has failed
    assert_inert(page)
    return page.inner_text("body")


PAGES = ["", "timeline", "money", "quotes", "people", "articles"]


@pytest.mark.parametrize("path", PAGES, ids=[p or "overview" for p in PAGES])
def test_page_runs_no_article_script(hostile_app, page, path):
    visit(page, f"{hostile_app}/{path}")


def test_quotes_show_the_markup_as_text(hostile_app, page):
    text = visit(page, f"{hostile_app}/quotes")
    assert SCRIPT in text
    assert MARKDOWN in text  # not bold, no heading, no formula, no red text
    assert f"Aid {HOSTILE}" in text  # the article's title under the quote
    assert page.locator('[data-testid="stMarkdown"] h1').count() == 0
    assert page.locator(".katex").count() == 0


@pytest.mark.parametrize("which", [0, 1], ids=["plain-text", "json-lines"])
def test_sources_show_every_payload_as_text_and_highlight_around_it(
    hostile_app, hostile_frames, page, which
):
    article = hostile_frames.articles.iloc[which]
    quote = hostile_frames.quotes[hostile_frames.quotes["article_id"] == article.article_id]
    start = int(quote["char_start"].min())
    text = visit(page, f"{hostile_app}/sources?article={article.article_id}&start={start}")
    for payload in (SCRIPT, IMG, MD_LINK, A_LINK, MARKDOWN):
        assert payload in text, payload
    assert article.outlet in text  # the outlet line, as written
    marks = page.locator("mark.fact-amount")
    assert marks.count() >= 1 and marks.first.inner_text() == "€500 million"
    quote_marks = page.locator("mark.fact-quote")
    assert SCRIPT in " ".join(quote_marks.all_inner_texts())  # the quote wraps the payload
    assert page.locator(f"a[href='{article.url}']").count() == 0  # no link from a bad url
