"""Files and uploads to articles: size and encoding checks, then one reader per format."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from dashboard.ingest.decode import NotText, decode
from dashboard.ingest.model import Article, Rejection, Skipped
from dashboard.ingest.plain import read_plain
from dashboard.ingest.structured import read_csv, read_json, read_jsonl
from dashboard.ingest.walk import unknown_suffix, walk
from dashboard.ingest.webpage import read_html

DEFAULT_MAX_BYTES = 5_000_000

# A reader gets the decoded, non-blank text, the file's name and the user's date.
Reader = Callable[[str, str, dt.date | None], list[Article | Rejection]]
READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".md": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
}


def read_paths(
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skipped: list[Skipped] | None = None,
) -> Iterator[Article | Rejection]:
    """Every article in ``paths`` (files, or folders read recursively), and every rejection.

    ``published`` is the date for articles that carry none. Files the folder walk passes over
    (READMEs, licences, other file types) are appended to ``skipped`` when it is given.
    """
    for item in walk(paths):
        if isinstance(item, Path):
            yield from read_file(item, published=published, max_bytes=max_bytes)
        elif isinstance(item, Rejection):
            yield item
        elif skipped is not None:
            skipped.append(item)


def read_file(
    path: Path, *, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Article | Rejection]:
    """The articles of one file (its size is checked before it is read)."""
    try:
        size = path.stat().st_size
        if reason := _too_large(size, max_bytes):
            return [Rejection(str(path), reason)]
        data = path.read_bytes()
    except OSError as err:
        return [Rejection(str(path), f"cannot read ({err.strerror or err})")]
    return read_bytes(str(path), data, published=published, max_bytes=max_bytes)


def read_bytes(
    name: str,
    data: bytes,
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Article | Rejection]:
    """The articles of one file's content (an upload), its format told by ``name``'s suffix."""
    if reason := unknown_suffix(name) or _too_large(len(data), max_bytes):
        return [Rejection(name, reason)]
    if not data:
        return [Rejection(name, "empty file")]
    try:
        text = decode(data)
    except NotText as err:
        return [Rejection(name, str(err))]
    if not text.strip():
        return [Rejection(name, "only whitespace, no text")]
    return READERS[Path(name).suffix.lower()](text, name, published)


def _too_large(size: int, max_bytes: int) -> str | None:
    if size <= max_bytes:
        return None
    return f"larger than the {max_bytes:,}-byte limit ({size:,} bytes)"
