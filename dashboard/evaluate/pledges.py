"""Pairwise precision and recall of consolidation (commitment mentions grouped into pledges).

``pledges.json`` lists groups of commitment mentions (article and span) that are one real-world
pledge. Each gold mention is matched to an extracted commitment by span overlap (as for
detection); over the matched mentions, a pair is gold when both mentions are in one gold group
and predicted when both fall into one extracted pledge. Precision and recall are over those
pairs; mentions the extractor did not find are listed, not scored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from dashboard.corpus import extract_articles
from dashboard.evaluate.labels import LabelError, label_files, load_labels, read_article
from dashboard.evaluate.matching import match_spans

REPO = Path(__file__).resolve().parents[2]


@dataclass
class PairScore:
    gold_pairs: int = 0
    predicted_pairs: int = 0
    agreed_pairs: int = 0
    mentions: int = 0
    unmatched: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)  # gold pairs the extractor kept apart
    merged: list[str] = field(default_factory=list)  # predicted pairs gold keeps apart

    @property
    def precision(self) -> float | None:
        return self.agreed_pairs / self.predicted_pairs if self.predicted_pairs else None

    @property
    def recall(self) -> float | None:
        return self.agreed_pairs / self.gold_pairs if self.gold_pairs else None


def _published_dates(labels_dir: Path) -> dict[str, object]:
    dates = {}
    for path in label_files(labels_dir):
        labels = load_labels(path)
        dates[labels.article] = labels.published
    return dates


def _resolve(article: str, shared: Path) -> Path:
    return REPO / article if article.startswith("data/") else shared / article


def evaluate_pledges(pledges_file: Path, labels_dir: Path, shared: Path) -> PairScore:
    groups = json.loads(pledges_file.read_text(encoding="utf-8"))["groups"]
    published = _published_dates(labels_dir)
    names = sorted({m["article"] for group in groups for m in group})
    articles = {}
    for name in names:
        path = _resolve(name, shared)
        if not path.is_file():
            raise LabelError(f"{pledges_file}: article not found at {path}")
        articles[name] = read_article(path, published.get(name))
    frames = extract_articles(list({a.article_id: a for a in articles.values()}.values()))
    commitments = frames.commitments
    pledge_of = {
        cid: row.pledge_id for row in frames.pledges.itertuples() for cid in row.commitment_ids
    }
    score = PairScore()
    matched: list[tuple[int, str, str]] = []  # (gold group, mention name, predicted pledge)
    for name, article in articles.items():
        mine = commitments[commitments["article_id"] == article.article_id]
        predicted = list(zip(mine["char_start"], mine["char_end"], strict=True))
        ids = list(mine["commitment_id"])
        gold = [
            (g, (m["start"], m["end"]))
            for g, grp in enumerate(groups)
            for m in grp
            if m["article"] == name
        ]
        matching = match_spans([span for _, span in gold], predicted)
        for gi, pi in matching.pairs:
            group, span = gold[gi]
            matched.append((group, f"{name}@{span[0]}", pledge_of[ids[pi]]))
        score.unmatched += [f"{name}@{gold[gi][1][0]}" for gi in matching.misses]
    score.mentions = len(matched)
    for (g1, m1, p1), (g2, m2, p2) in combinations(matched, 2):
        same_gold, same_predicted = g1 == g2, p1 == p2
        score.gold_pairs += same_gold
        score.predicted_pairs += same_predicted
        score.agreed_pairs += same_gold and same_predicted
        if same_gold and not same_predicted:
            score.split.append(f"{m1} ~ {m2}")
        elif same_predicted and not same_gold:
            score.merged.append(f"{m1} ~ {m2}")
    return score


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def pledge_figures(score: PairScore) -> dict:
    return {
        "pairwise_precision": score.precision,
        "pairwise_recall": score.recall,
        "mentions": score.mentions,
        "gold_pairs": score.gold_pairs,
        "predicted_pairs": score.predicted_pairs,
        "unmatched_mentions": len(score.unmatched),
    }


def pledge_report(score: PairScore) -> str:
    lines = [
        "",
        f"consolidation (pairwise, {score.mentions} labelled mentions found, "
        f"{len(score.unmatched)} not found): P {_fmt(score.precision)}  R {_fmt(score.recall)}  "
        f"({score.agreed_pairs} of {score.gold_pairs} gold pairs, "
        f"{score.predicted_pairs} predicted pairs)",
    ]
    lines += [f"SPLIT  {pair}" for pair in score.split]
    lines += [f"MERGED {pair}" for pair in score.merged]
    lines += [f"NOT FOUND {mention}" for mention in score.unmatched]
    return "\n".join(lines)
