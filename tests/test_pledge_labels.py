"""The pledge groups (tests/labels/pledges.json) point at money amounts, once each.

Each group lists the commitment mentions (article and span) that report one real-world pledge;
``python -m dashboard evaluate`` scores the consolidation of commitments into pledges against
them. Corpus and seed mentions reuse the spans of the label files exactly.
"""

from __future__ import annotations

import json
import re
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

from dashboard.evaluate.labels import read_article
from tests.conftest import REPO, SHARED

LABELS = REPO / "tests" / "labels"
PLEDGES = json.loads((LABELS / "pledges.json").read_text(encoding="utf-8"))
MENTIONS = [mention for group in PLEDGES["groups"] for mention in group]
ARTICLES = sorted({mention["article"] for mention in MENTIONS})
# Label files whose commitments every group must cover (held-out labels stay out of pledges).
LABEL_FILES = sorted([*LABELS.glob("seed.json"), *LABELS.glob("corpus/*.json")])
AMOUNT = re.compile(r"\d|billion|million", re.IGNORECASE)


@cache
def _text(article: str) -> str:
    """The text the offsets point into; skips for shared material that is absent."""
    if article.startswith("data/"):
        path = REPO / article
    else:
        if not SHARED.is_dir():
            pytest.skip(f"shared material not present at {SHARED}")
        path = SHARED / article
    assert path.is_file(), f"pledge mention in a missing article: {path}"
    return read_article(path).text


def _span(mention: dict) -> tuple[str, int, int]:
    return mention["article"], mention["start"], mention["end"]


def test_file_holds_groups_of_offsets_and_short_notes() -> None:
    assert set(PLEDGES) <= {"groups", "notes"} and PLEDGES["groups"]
    for group in PLEDGES["groups"]:
        assert isinstance(group, list) and group, group
        for mention in group:
            assert set(mention) == {"article", "start", "end"}, mention
            assert re.fullmatch(r"(data|corpora/news|seeds)/[\w./-]+", mention["article"])
            assert isinstance(mention["start"], int) and isinstance(mention["end"], int)
            assert 0 <= mention["start"] < mention["end"], mention
    for note in PLEDGES.get("notes", []):
        assert isinstance(note, str) and len(note) <= 400, note


def test_no_mention_is_in_two_groups_or_overlaps_another() -> None:
    spans = sorted(_span(m) for m in MENTIONS)
    for (article_a, start_a, end_a), (article_b, start_b, end_b) in pairwise(spans):
        assert not (article_a == article_b and start_b < end_a), (
            f"{article_a}: mentions {start_a}-{end_a} and {start_b}-{end_b} overlap"
        )


@pytest.mark.parametrize("article", ARTICLES)
def test_mentions_point_at_amounts(article: str) -> None:
    text = _text(article)
    for mention in (m for m in MENTIONS if m["article"] == article):
        assert mention["end"] <= len(text), mention
        piece = text[mention["start"] : mention["end"]]
        assert piece == piece.strip() and AMOUNT.search(piece), f"{mention}: {piece!r}"


@pytest.mark.parametrize("label_path", LABEL_FILES, ids=lambda p: p.stem)
def test_labelled_commitments_are_grouped_with_their_exact_spans(label_path: Path) -> None:
    label = json.loads(label_path.read_text(encoding="utf-8"))
    mine = {(m["start"], m["end"]) for m in MENTIONS if m["article"] == label["article"]}
    gold = {(c["start"], c["end"]) for c in label["commitments"]}
    assert gold <= mine, f"labelled commitments missing from pledges.json: {sorted(gold - mine)}"
    labelled = gold | {(o["start"], o["end"]) for o in label["optional"]["commitments"]}
    for start, end in mine - labelled:
        clash = [span for span in labelled if start < span[1] and span[0] < end]
        assert not clash, f"mention {start}-{end} differs from the labelled span {clash}"
