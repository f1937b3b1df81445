"""The app's corpus: read and extract once per content, cached across reruns and sessions."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import streamlit as st

from dashboard.corpus import CorpusResult, extract_paths

DEMO_DATA = Path(__file__).resolve().parents[2] / "data"


def data_paths(argv: list[str]) -> tuple[str, ...]:
    """The ``--data`` paths the launcher passed after ``--``, or the bundled demo corpus."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data", nargs="+", default=[str(DEMO_DATA)])
    args, _ = parser.parse_known_args(argv)
    return tuple(args.data)


def fingerprint(paths: tuple[str, ...]) -> str:
    """Changes whenever a file under ``paths`` is added, removed or modified."""
    h = hashlib.blake2b(digest_size=16)
    for raw in paths:
        path = Path(raw)
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if f.is_file():
                stat = f.stat()
                h.update(f"{f}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return h.hexdigest()


@st.cache_data(show_spinner="Reading and extracting the articles…", max_entries=8)
def load_corpus(paths: tuple[str, ...], version: str) -> CorpusResult:
    """``version`` is the fingerprint of the files, so an edited file is read again."""
    return extract_paths(paths)


def current_corpus(paths: tuple[str, ...]) -> CorpusResult:
    return load_corpus(paths, fingerprint(paths))
