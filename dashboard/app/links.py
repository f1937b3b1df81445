"""Links between pages that carry the current filters, so a view can be shared or reloaded."""

from __future__ import annotations

from urllib.parse import urlencode

from dashboard.app.filters import Filters, to_query

# url_path of each page (main.py registers the pages under these names).
PAGE_PATHS = {
    "overview": "",
    "timeline": "timeline",
    "money": "money",
    "quotes": "quotes",
    "people": "people",
    "sources": "sources",
    "articles": "articles",
}


def page_url(page: str, filters: Filters, **extra: str | int) -> str:
    """A relative link to ``page`` with ``filters`` and ``extra`` in the query string."""
    query = {**to_query(filters), **{k: [str(v)] for k, v in extra.items()}}
    encoded = urlencode(query, doseq=True)
    return f"./{PAGE_PATHS[page]}" + (f"?{encoded}" if encoded else "")


def source_url(article_id: str, start: int, filters: Filters) -> str:
    """The Sources page scrolled to the fact starting at ``start`` in the article."""
    return page_url("sources", filters, article=article_id, start=int(start))
