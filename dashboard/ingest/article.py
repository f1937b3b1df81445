"""Build an ``Article`` from the parts a reader found."""

from __future__ import annotations

import datetime as dt
import re

from dashboard.ingest.model import Article, Rejection
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


# A news article is a few thousand words. A longer text is a dump (a site, a book, a log file)
# that would take the extractors minutes; refusing it bounds the work of any one input.
MAX_ARTICLE_CHARS = 100_000


def checked(article: Article, line: int | None = None, where: str = "") -> Article | Rejection:
    """``article``, or its rejection when its body has nothing visible (only zero-width or
    direction marks) or it is longer than ``MAX_ARTICLE_CHARS``."""
    if not any(c.isprintable() and not c.isspace() for c in article.text[article.body_start :]):
        return Rejection(article.path or "", f"{where}no text after the title", line)
    if len(article.text) <= MAX_ARTICLE_CHARS:
        return article
    reason = (
        f"{where}{len(article.text):,} characters, longer than the {MAX_ARTICLE_CHARS:,} of "
        "one article (split it into articles)"
    )
    return Rejection(article.path or "", reason, line)


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
