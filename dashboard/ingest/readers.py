"""Readers: one function per file format, from a file's text to articles.

So far: plain text with ``Key: value`` header lines after the title.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from dashboard.ingest.article import make_article
from dashboard.ingest.model import Article, Rejection

HEADER_KEYS = ("published", "date", "outlet", "source", "url", "licence", "license", "author")
_HEADER = re.compile(rf"^({'|'.join(HEADER_KEYS)})\s*:\s*(.*)$", re.IGNORECASE)


def split_headers(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Leading ``Key: value`` lines (known keys only) and the lines after them."""
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := _HEADER.match(lines[i].strip())):
        headers[m.group(1).lower()] = m.group(2).strip()
        i += 1
    return headers, lines[i:]


def read_text_article(text: str, path: str) -> list[Article | Rejection]:
    """A ``.txt`` article: first non-empty line the title, optional headers, then the body."""
    lines = text.strip().split("\n")
    if not text.strip():
        return [Rejection(path, "empty file")]
    headers, body = split_headers(lines[1:])
    published = headers.get("published") or headers.get("date")
    return [
        make_article(
            lines[0],
            "\n".join(body),
            published=dt.date.fromisoformat(published) if published else None,
            published_source="metadata",
            outlet=headers.get("outlet") or headers.get("source"),
            url=headers.get("url"),
            path=path,
        )
    ]


def read_file(path: Path) -> list[Article | Rejection]:
    return read_text_article(path.read_text(encoding="utf-8"), str(path))
