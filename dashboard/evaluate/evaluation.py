"""Run the extractors on every labelled article and score them against the labels."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.evaluate.labels import (
    FRAMES,
    Gold,
    LabelError,
    Labels,
    check_spans,
    label_files,
    load_labels,
    read_article,
)
from dashboard.evaluate.matching import Score, match_spans
from dashboard.extract.pipeline import extract_article
from dashboard.extract.sentences import split_sentences
from dashboard.ingest import Article

# Per frame, the values checked on each matched pair: check name -> the fields that must all
# be right (as labelled) for the check to pass.
VALUE_CHECKS: dict[str, dict[str, tuple[str, ...]]] = {
    "commitments": {
        "amount+currency": ("amount", "currency"),
        "donor+recipient": ("donor", "recipient"),
    },
    "quotes": {"speaker": ("speaker",)},
    "events": {"dates": ("date_start", "date_end")},
}


def _same(gold: object, predicted: object) -> bool:
    """A labelled value and a predicted one agree (amounts to a millionth, dates by day)."""
    if isinstance(gold, float):
        return isinstance(predicted, int | float) and math.isclose(gold, predicted, rel_tol=1e-6)
    if isinstance(predicted, dt.datetime):
        predicted = predicted.date()
    return gold == predicted


# The record fields shown for a prediction, per frame.
SHOWN_FIELDS = {
    "commitments": ("amount", "currency", "donor", "recipient", "aid_type", "instrument"),
    "quotes": ("speaker", "speaker_method"),
    "events": ("date_start", "date_end"),
}


@dataclass(slots=True)
class Finding:
    """Something for a developer to look at: a miss, a false positive or a wrong value."""

    kind: str  # miss, false positive, wrong value
    frame: str
    article: str
    start: int
    end: int
    span_text: str
    sentence: str
    detail: str  # values only, never article text
    predicted: tuple[int, int] | None = None  # a wrong value's predicted span
    predicted_text: str = ""


@dataclass(slots=True)
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FRAMES})
    findings: list[Finding] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # articles scored
    skipped: list[str] = field(default_factory=list)  # "label file: why it was skipped"
    measured: dt.date = field(default_factory=lambda: dt.datetime.now(dt.UTC).date())


def evaluate(labels_dir: Path, shared: Path) -> Evaluation:
    """Score the extractors on every label file under ``labels_dir``.

    A label file that is invalid, whose article is missing, or whose ``article_id`` no longer
    matches the article's text (stale offsets) is skipped and listed in ``skipped``.
    """
    evaluation = Evaluation()
    for path in label_files(labels_dir):
        try:
            labels = load_labels(path)
            article = _labelled_article(labels, shared)
            check_spans(labels, article)
        except LabelError as err:
            evaluation.skipped.append(str(err))
            continue
        score_article(evaluation, labels, article)
    return evaluation


def _labelled_article(labels: Labels, shared: Path) -> Article:
    path = shared / labels.article
    if not path.is_file():
        raise LabelError(f"{labels.path}: article not found at {path}")
    article = read_article(path, labels.published)
    if article.article_id != labels.article_id:
        raise LabelError(
            f"{labels.path}: stale, the article's id is now {article.article_id} "
            f"(label says {labels.article_id}): re-check its offsets"
        )
    if article.published != labels.published:
        raise LabelError(
            f"{labels.path}: the article is published {article.published}, "
            f"the label says {labels.published}"
        )
    return article


def score_article(evaluation: Evaluation, labels: Labels, article: Article) -> None:
    """Extract one article's facts, match them to its labels and add up the scores."""
    facts = extract_article(article)
    sentences = split_sentences(article.text)
    evaluation.articles.append(labels.article)

    def finding(kind, frame, start, end, sentence, detail, predicted=None):
        if not sentence:
            sentence = next(
                (article.text[s.start : s.end] for s in sentences if s.start <= start < s.end),
                "",
            )
        evaluation.findings.append(
            Finding(
                kind=kind,
                frame=frame,
                article=labels.article,
                start=start,
                end=end,
                span_text=article.text[start:end],
                sentence=sentence,
                detail=detail,
                predicted=predicted,
                predicted_text=article.text[predicted[0] : predicted[1]] if predicted else "",
            )
        )

    for frame in FRAMES:
        gold = labels.gold[frame]
        records = getattr(facts, frame)
        matching = match_spans(
            [(g.start, g.end) for g in gold],
            [(r.char_start, r.char_end) for r in records],
            [(o.start, o.end) for o in labels.optional[frame]],
        )
        checks = []
        for gi, pi in matching.pairs:
            g, record = gold[gi], records[pi]
            results = {
                name: all(_same(g.values[f], getattr(record, f)) for f in fields)
                for name, fields in VALUE_CHECKS[frame].items()
            }
            checks.append(results)
            wrong = [name for name, right in results.items() if not right]
            if wrong:
                detail = "; ".join(
                    _wrong(name, VALUE_CHECKS[frame][name], g, record) for name in wrong
                )
                predicted = (record.char_start, record.char_end)
                finding("wrong value", frame, g.start, g.end, record.sentence, detail, predicted)
        evaluation.scores[frame].add(matching, checks)
        for gi in matching.misses:
            g = gold[gi]
            finding("miss", frame, g.start, g.end, "", f"expected {_gold_values(g)}")
        for pi in matching.false_positives:
            r = records[pi]
            detail = f"got {_record_values(frame, r)}"
            finding("false positive", frame, r.char_start, r.char_end, r.sentence, detail)


def _wrong(name: str, fields: tuple[str, ...], gold: Gold, record: object) -> str:
    expected = ", ".join(_show(gold.values[f]) for f in fields)
    got = ", ".join(_show(getattr(record, f)) for f in fields)
    return f"{name}: expected {expected}, got {got}"


def _gold_values(gold: Gold) -> str:
    return ", ".join(f"{k}={_show(v)}" for k, v in gold.values.items())


def _record_values(frame: str, record: object) -> str:
    return ", ".join(f"{k}={_show(getattr(record, k))}" for k in SHOWN_FIELDS[frame])


def _show(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()[:10]
    return str(value)
