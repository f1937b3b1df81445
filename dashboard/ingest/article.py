"""Build an ``Article`` from the parts a reader found."""

from __future__ import annotations

import datetime as dt
import re

from dashboard.ingest.model import Article
from dashboard.ingest.normalize import article_id, article_text, normalize_text
from dashboard.ingest.tables import FIELD_NAMES


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


def field_key(name: str) -> str:
    """A field or header name as the tables spell it: "Published at" -> "published_at"."""
    return re.sub(r"[\s-]+", "_", name.strip().lower())


def pick(fields: dict[str, object], field: str) -> object:
    """The first non-empty value among the synonyms of ``field``."""
    for key in FIELD_NAMES[field]:
        value = fields.get(key)
        if value not in (None, ""):
            return value
    return None


def text_or_none(value: object) -> str | None:
    """A metadata value as stripped text; None when absent or blank."""
    if value is None:
        return None
    return str(value).strip() or None
