"""Paths to the files to read: folders walked recursively, in name order.

A folder walk reads the known suffixes and skips (and reports) everything else: READMEs and
licence files too, which document a corpus. Hidden files and folders (``.git``) are passed
over unreported. Unreadable folders, broken links and symlink loops are rejections. A file
named explicitly is read whatever its name, but must have a known suffix.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from dashboard.ingest.model import Rejection, Skipped
from dashboard.ingest.tables import NOT_ARTICLE_PREFIXES

SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")


def unknown_suffix(name: str) -> str | None:
    """The rejection reason for a file name whose suffix no reader knows, else None."""
    suffix = Path(name).suffix.lower()
    if suffix in SUFFIXES:
        return None
    kind = f"'{suffix}'" if suffix else "no suffix"
    return f"unknown file type ({kind}); readable: {' '.join(SUFFIXES)}"


def walk(paths: Sequence[str | Path]) -> Iterator[Path | Rejection | Skipped]:
    """Each file to read, and each rejected or skipped path, in order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk_folder(path, frozenset({_identity(path)}))
        elif path.is_file():
            reason = unknown_suffix(path.name)
            yield Rejection(str(path), reason) if reason else path
        else:
            yield _not_a_file(path)


def skipped_files(paths: Sequence[str | Path]) -> list[Skipped]:
    """The files a walk of ``paths`` passes over (for the run's report)."""
    return [item for item in walk(paths) if isinstance(item, Skipped)]


def _walk_folder(folder: Path, ancestors: frozenset[tuple[int, int]]):
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield Rejection(str(folder), f"cannot read folder ({err.strerror})")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
            identity = _identity(path) if is_dir else None
        except OSError:  # a link that loops onto itself
            is_dir = is_file = False
        if is_dir and identity in ancestors:
            yield Rejection(str(path), f"symlink loop (leads back to {os.path.realpath(path)})")
        elif is_dir:
            yield from _walk_folder(path, ancestors | {identity})
        elif is_file:
            yield _classify(path)
        else:
            yield _not_a_file(path)


def _classify(path: Path) -> Path | Skipped:
    if path.name.lower().startswith(NOT_ARTICLE_PREFIXES):
        return Skipped(str(path), "readme or licence file, not an article")
    if unknown_suffix(path.name):
        return Skipped(str(path), f"not an article file type ({path.suffix or 'no suffix'})")
    return path


def _not_a_file(path: Path) -> Rejection:
    try:
        os.stat(path)
    except OSError as err:
        if path.is_symlink():
            return Rejection(str(path), f"broken or looping symlink ({err.strerror})")
        return Rejection(str(path), f"cannot read ({err.strerror})")
    return Rejection(str(path), "not a regular file")


def _identity(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_dev, stat.st_ino
