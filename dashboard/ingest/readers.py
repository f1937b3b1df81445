"""Readers: one function per file format, from a file's text to articles.

Placeholder for the foundation work: only plain text is read so far.
"""

from __future__ import annotations

from pathlib import Path

from dashboard.ingest.article import make_article
from dashboard.ingest.model import Article, Rejection


def read_file(path: Path) -> list[Article | Rejection]:
    text = path.read_text(encoding="utf-8")
    lines = text.strip().split("\n")
    if not text.strip():
        return [Rejection(str(path), "empty file")]
    return [make_article(lines[0], "\n".join(lines[1:]), path=str(path))]
