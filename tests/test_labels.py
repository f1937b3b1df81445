"""Gold label files (tests/labels/) stay valid against the shared material they point into."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pycountry
import pytest

from dashboard.extract.actors import actor_name
from dashboard.ingest import read_paths
from tests.conftest import REPO, SEED, SHARED, load_seed

LABELS = REPO / "tests" / "labels"
LABEL_FILES = sorted(
    [*LABELS.glob("seed.json"), *LABELS.glob("corpus/*.json"), *LABELS.glob("heldout/*.json")]
)
FRAMES = ("commitments", "quotes", "events")
# The only keys whose values may be strings: normalised values, never text from the article.
STRING_KEYS = {
    "article", "article_id", "published", "currency", "donor", "recipient", "aid_type",
    "instrument", "speaker", "date_start", "date_end",
}  # fmt: skip
AID_TYPES = {"military", "financial", "humanitarian", "unspecified"}
INSTRUMENTS = {"loan", "grant", "guarantee", "package", "budget", "unspecified"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
SPEAKER = re.compile(r"[^\W\d_][\w.'’-]*( [^\W\d_][\w.'’-]*){0,4}")


def _article_text(label_path: Path, label: dict) -> tuple[str, str]:
    """(article_id, text) of the article the label points into; skips if it is absent."""
    if label_path.name == "seed.json":
        if not SEED.is_file():
            pytest.skip(f"seed article not present at {SEED}")
        article = load_seed()
    else:
        path = SHARED / label["article"]
        if not SHARED.is_dir():
            pytest.skip(f"shared material not present at {SHARED}")
        assert path.is_file(), f"labelled article missing: {path}"
        article = next(iter(read_paths([path])))
    return article.article_id, article.text


def _strings(node: object, key: str = "") -> list[tuple[str, str]]:
    """Every (key, string value) pair in a JSON tree."""
    if isinstance(node, dict):
        return [pair for k, v in node.items() for pair in _strings(v, k)]
    if isinstance(node, list):
        return [pair for v in node for pair in _strings(v, key)]
    return [(key, node)] if isinstance(node, str) else []


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


@pytest.mark.parametrize("label_path", LABEL_FILES, ids=lambda p: p.stem)
def test_label_is_valid(label_path: Path) -> None:
    label = json.loads(label_path.read_text(encoding="utf-8"))
    assert {"article", "article_id", "published", *FRAMES, "optional"} <= label.keys()
    assert set(label["optional"]) == set(FRAMES)
    article_id, text = _article_text(label_path, label)
    assert label["article_id"] == article_id, "article text changed: offsets have drifted"
    dt.date.fromisoformat(label["published"])

    for frame in FRAMES:
        gold, optional = label[frame], label["optional"][frame]
        for span in gold + optional:
            assert 0 <= span["start"] < span["end"] <= len(text), span
            assert text[span["start"] : span["end"]].strip(), span
        for i, span in enumerate(gold):
            clash = [o for o in gold[i + 1 :] + optional if _overlaps(span, o)]
            assert not clash, f"{frame} {span} overlaps {clash}"

    for c in label["commitments"]:
        assert c["amount"] > 0 and isinstance(c["is_total"], bool), c
        assert pycountry.currencies.get(alpha_3=c["currency"]) is not None, c
        assert c["aid_type"] in AID_TYPES and c["instrument"] in INSTRUMENTS, c
        for actor in (c["donor"], c["recipient"]):
            assert actor is None or actor_name(actor) != actor, f"unknown actor code {actor}"
    for q in label["quotes"]:
        assert q["speaker"] is None or SPEAKER.fullmatch(q["speaker"]), q
    for e in label["events"]:
        assert ISO_DATE.fullmatch(e["date_start"]) and ISO_DATE.fullmatch(e["date_end"]), e
        assert dt.date.fromisoformat(e["date_start"]) <= dt.date.fromisoformat(e["date_end"])

    for key, value in _strings(label):
        assert key in STRING_KEYS, f"free text under {key!r}: labels hold offsets and values"
        assert key == "article" or len(value) <= 40, f"{key!r} holds text, not a value"
