"""HTML pages: main text and metadata (title, date, site name, canonical url) by trafilatura.

Works on the page as given: nothing is fetched.
"""

from __future__ import annotations

import datetime as dt

from dashboard.ingest.article import checked, make_article
from dashboard.ingest.model import Article, Rejection
from dashboard.ingest.normalize import normalize_text
from dashboard.ingest.published import resolve_published

# Fewer words than this is navigation and footer left over from a page with no article.
MIN_WORDS = 20
NO_TEXT = "no main text found in the HTML page"


def read_html(html: str, name: str, fallback: dt.date | None) -> list[Article | Rejection]:
    """An ``.html`` or ``.htm`` page: one article."""
    import trafilatura  # slow to import; only pages need it

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as err:  # lxml and trafilatura raise many kinds on broken markup
        return [Rejection(name, f"could not parse the HTML ({type(err).__name__}: {err})")]
    text = normalize_text(doc.text or "") if doc else ""
    if len(text.split()) < MIN_WORDS:
        return [Rejection(name, NO_TEXT + _too_deep(html))]
    lines = text.split("\n")
    title = " ".join(normalize_text(doc.title or "").split())
    if not title:
        title, lines = lines[0], lines[1:]
    elif lines[0] == title:
        lines = lines[1:]
    body = "\n".join(lines)
    published, source = resolve_published(doc.date, name=name, body=body, fallback=fallback)
    article = make_article(
        title,
        body,
        published=published,
        published_source=source,
        outlet=doc.sitename,
        url=doc.url,
        path=name,
    )
    return [checked(article)]


def _too_deep(html: str) -> str:
    """Why the parser saw no text when elements nest deeper than libxml2 reads (256 levels)."""
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser()
    try:
        lxml_html.document_fromstring(html, parser=parser)
    except Exception:  # the page was already found empty; this only explains why
        return ""
    if any("Excessive depth" in error.message for error in parser.error_log):
        return " (elements nested deeper than the 256 levels the HTML parser reads)"
    return ""
