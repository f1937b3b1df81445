"""Shared fixtures: where the shared material is, and the seed article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dashboard.evaluate.labels import read_article
from dashboard.ingest import Article

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpora" / "news"
SEED = SHARED / "seeds" / "000_50576f6103e1372d.txt"
SEED_PUBLISHED = dt.date(2024, 12, 20)


def corpus_files() -> list[Path]:
    """The shared corpus articles (empty when the corpus is absent)."""
    return sorted(CORPUS.glob("*/*.txt")) if CORPUS.is_dir() else []


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not present at {CORPUS}")
    return CORPUS


def load_seed() -> Article:
    """The seed article as ``python -m dashboard evaluate`` reads it (one construction)."""
    return read_article(SEED, SEED_PUBLISHED)


@pytest.fixture
def seed_article() -> Article:
    """The article the project started from, published 2024-12-20 (a Friday)."""
    if not SEED.is_file():
        pytest.skip(f"seed article not present at {SEED}")
    return load_seed()
