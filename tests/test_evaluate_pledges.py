"""Pairwise scoring of consolidation against pledge groups."""

from __future__ import annotations

import json

import pytest

from dashboard.evaluate.labels import label_files
from dashboard.evaluate.pledges import evaluate_pledges
from tests.conftest import REPO, SHARED

SEED = "seeds/000_50576f6103e1372d.txt"
LOAN = (
    "corpora/news/independent/"
    "2024-10-21-uk-announces-2-26-billion-loan-ukraine-frozen-russian-assets.txt"
)


def _labels(labels_dir, name):
    files = [json.loads(p.read_text()) for p in label_files(labels_dir)]
    return next(labels for labels in files if labels["article"] == name)


@pytest.fixture
def labels_dir():
    if not (SHARED / LOAN).is_file() or not (SHARED / SEED).is_file():
        pytest.skip("shared material absent")
    return REPO / "tests" / "labels"


def _mentions(labels_dir, name):
    return [
        {"article": name, "start": c["start"], "end": c["end"], "amount": c["amount"]}
        for c in _labels(labels_dir, name)["commitments"]
    ]


def _write(tmp_path, groups):
    path = tmp_path / "pledges.json"
    path.write_text(json.dumps({"groups": groups}))
    return path


def test_the_uk_loan_reported_twice_is_one_pledge(labels_dir, tmp_path):
    mentions = _mentions(labels_dir, SEED) + _mentions(labels_dir, LOAN)
    loan = [m for m in mentions if m["amount"] == 2.26e9]
    assert len(loan) >= 2
    groups = [loan] + [[m] for m in mentions if m["amount"] != 2.26e9]
    score = evaluate_pledges(_write(tmp_path, groups), labels_dir, SHARED)
    assert score.unmatched == []
    assert score.gold_pairs == len(loan) * (len(loan) - 1) // 2
    assert score.recall == 1.0
    assert score.precision == 1.0


def test_a_wrong_gold_grouping_lowers_precision(labels_dir, tmp_path):
    mentions = _mentions(labels_dir, SEED) + _mentions(labels_dir, LOAN)
    groups = [[m] for m in mentions]  # gold says: all distinct
    score = evaluate_pledges(_write(tmp_path, groups), labels_dir, SHARED)
    assert score.gold_pairs == 0
    assert score.predicted_pairs > 0 and score.precision == 0.0
    assert score.merged
