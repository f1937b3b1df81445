"""The bundled demo corpus in data/: what a new user sees first must read cleanly and show facts."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from dashboard.extract.pipeline import extract_article
from dashboard.extract.records import ArticleFacts
from dashboard.ingest import Article, Rejection, read_paths
from tests.conftest import REPO

DATA = REPO / "data"
# The seed article, kept as the user gave it: no header lines, dated by its file name.
SEED_FILE = "2024-12-20-healey-uk-troops-training-ukraine.txt"
# A cost estimate, a financing need and frozen assets: amounts that are not commitments.
ESTIMATE_ONLY = "2024-02-15-world-bank-486-billion-reconstruction-estimate.txt"


@cache
def demo() -> tuple[list[Article], list[Rejection]]:
    items = list(read_paths([DATA]))
    articles = [a for a in items if isinstance(a, Article)]
    return articles, [r for r in items if isinstance(r, Rejection)]


@cache
def facts() -> dict[str, ArticleFacts]:
    return {Path(a.path).name: extract_article(a) for a in demo()[0]}


def test_demo_corpus_reads_every_file_as_one_dated_article() -> None:
    articles, rejections = demo()
    assert rejections == []
    assert len(articles) >= 21
    assert len({a.article_id for a in articles}) == len(articles)
    for article in articles:
        name = Path(article.path).name
        assert article.published == dt.date.fromisoformat(name[:10]), name
        assert name == SEED_FILE or (article.outlet and article.url), name


def test_demo_corpus_shows_several_formats() -> None:
    assert {Path(a.path).suffix for a in demo()[0]} >= {".txt", ".md", ".html"}


def _found(kind: str) -> dict[str, int]:
    counts = {name: len(getattr(f, kind)) for name, f in facts().items()}
    if not any(counts.values()):
        pytest.skip(f"the {kind} extractor finds nothing yet")
    return counts


def test_every_demo_article_has_a_commitment_except_the_cost_estimate() -> None:
    counts = _found("commitments")
    assert counts.pop(ESTIMATE_ONLY) == 0
    assert [name for name, n in counts.items() if n == 0] == []


def test_every_demo_article_has_a_dated_event() -> None:
    counts = _found("events")
    assert [name for name, n in counts.items() if n == 0] == []


def test_every_demo_article_with_quote_marks_has_a_quote() -> None:
    counts = _found("quotes")
    quoting = {Path(a.path).name for a in demo()[0] if any(m in a.text for m in '"“')}
    assert sorted(name for name in quoting if counts[name] == 0) == []
