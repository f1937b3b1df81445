"""Matching predictions to gold facts by span overlap, and the scores that follow.

A prediction matches a gold fact when their character spans overlap. Each gold fact matches at
most one prediction and the other way round: pairs are taken greedily, largest overlap first
(ties: earlier gold fact, then earlier prediction). A prediction left unmatched that overlaps an
``optional`` span (an ambiguous case the labeller chose not to decide) counts neither way;
any other unmatched prediction is a false positive, and an unmatched gold fact is a miss.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass(slots=True)
class Matching:
    """Indices into the gold and predicted lists given to ``match_spans``."""

    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold, prediction)
    misses: list[int] = field(default_factory=list)
    false_positives: list[int] = field(default_factory=list)
    ignored: list[int] = field(default_factory=list)  # predictions on optional spans


def match_spans(
    gold: Sequence[tuple[int, int]],
    predicted: Sequence[tuple[int, int]],
    optional: Sequence[tuple[int, int]] = (),
) -> Matching:
    """One-to-one matching of predicted spans to gold spans (see the module docstring)."""
    candidates = sorted(
        (
            (-overlap(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if overlap(g, p) > 0
        ),
    )
    result = Matching()
    gold_used: set[int] = set()
    pred_used: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in gold_used and pi not in pred_used:
            gold_used.add(gi)
            pred_used.add(pi)
            result.pairs.append((gi, pi))
    result.pairs.sort()
    result.misses = [gi for gi in range(len(gold)) if gi not in gold_used]
    for pi, p in enumerate(predicted):
        if pi in pred_used:
            continue
        if any(overlap(p, o) > 0 for o in optional):
            result.ignored.append(pi)
        else:
            result.false_positives.append(pi)
    return result


@dataclass(slots=True)
class Score:
    """Detection counts and value checks of one frame, summed over articles."""

    true_positives: int = 0
    false_positives: int = 0
    misses: int = 0
    values_right: dict[str, int] = field(default_factory=dict)

    def add(self, matching: Matching, value_checks: list[dict[str, bool]]) -> None:
        self.true_positives += len(matching.pairs)
        self.false_positives += len(matching.false_positives)
        self.misses += len(matching.misses)
        for checks in value_checks:
            for name, right in checks.items():
                self.values_right[name] = self.values_right.get(name, 0) + int(right)

    @property
    def n_gold(self) -> int:
        return self.true_positives + self.misses

    @property
    def n_predicted(self) -> int:
        return self.true_positives + self.false_positives

    @property
    def precision(self) -> float | None:
        return _ratio(self.true_positives, self.n_predicted)

    @property
    def recall(self) -> float | None:
        return _ratio(self.true_positives, self.n_gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (0 when nothing was found, None when there
        was nothing to find and nothing was predicted)."""
        tp = self.true_positives
        return _ratio(2 * tp, 2 * tp + self.false_positives + self.misses)

    def value_accuracy(self, name: str) -> float | None:
        """Share of matched facts whose ``name`` values are right (None: nothing matched)."""
        return _ratio(self.values_right.get(name, 0), self.true_positives)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None
