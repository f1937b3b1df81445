"""Build an ``Article`` from the parts a reader found."""

from __future__ import annotations

import datetime as dt

from dashboard.ingest.model import Article
from dashboard.ingest.normalize import article_id, article_text, normalize_text


def make_article(
    title: str,
    body: str,
    *,
    published: dt.date | None = None,
    published_source: str = "unknown",
    outlet: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Article:
    """Normalise title and body, join them and hash the result into the article id."""
    title = " ".join(normalize_text(title).split())
    text = article_text(title, normalize_text(body))
    return Article(
        article_id=article_id(text),
        title=title,
        text=text,
        published=published,
        published_source=published_source if published else "unknown",
        outlet=outlet or None,
        url=url or None,
        path=path,
    )
