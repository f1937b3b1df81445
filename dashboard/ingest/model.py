"""What ingest produces: articles, and rejections that say what was wrong and where."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PUBLISHED_SOURCES = ("metadata", "filename", "dateline", "inferred", "user", "unknown")


@dataclass(frozen=True, slots=True)
class Article:
    """One article. ``text`` is the normalised title, a blank line, then the body.

    Every span of every extracted fact is an offset into ``text``.
    """

    article_id: str
    title: str
    text: str
    published: dt.date | None = None
    published_source: str = "unknown"
    outlet: str | None = None
    url: str | None = None
    path: str | None = None

    @property
    def body_start(self) -> int:
        """Offset in ``text`` where the body begins (after the title and blank line)."""
        return len(self.title) + 2 if self.title else 0


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be read as an article, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}: line {self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file a folder walk passed over on purpose (a README, a licence, an image).

    Reported, but not an error: it does not make the command exit 1.
    """

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
