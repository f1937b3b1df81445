"""An evaluation as text for a developer, as JSON figures, and as a README table."""

from __future__ import annotations

import re

from dashboard.evaluate.evaluation import VALUE_CHECKS, Evaluation, Finding
from dashboard.evaluate.labels import FRAMES


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _values(evaluation: Evaluation, frame: str) -> str:
    score = evaluation.scores[frame]
    return ", ".join(f"{name} {_pct(score.value_accuracy(name))}" for name in VALUE_CHECKS[frame])


def figures(evaluation: Evaluation) -> dict:
    """The figures as plain data (what ``--json`` writes and the floors test reads)."""
    frames = {}
    for frame in FRAMES:
        score = evaluation.scores[frame]
        frames[frame] = {
            "precision": score.precision,
            "recall": score.recall,
            "f1": score.f1,
            "values": {name: score.value_accuracy(name) for name in VALUE_CHECKS[frame]},
            "n_gold": score.n_gold,
            "n_predicted": score.n_predicted,
            "true_positives": score.true_positives,
            "false_positives": score.false_positives,
            "misses": score.misses,
        }
    return {
        "measured": evaluation.measured.isoformat(),
        "articles": evaluation.articles,
        "skipped": evaluation.skipped,
        "frames": frames,
        # Offsets only: label files and figures never carry article text.
        "findings": [
            {
                k: getattr(f, k)
                for k in ("kind", "frame", "article", "start", "end", "predicted", "detail")
            }
            for f in evaluation.findings
        ],
    }


def text_report(evaluation: Evaluation) -> str:
    """The figures per frame, then every miss, false positive and wrong value with its sentence."""
    lines = [
        f"{len(evaluation.articles)} labelled articles scored, "
        f"{len(evaluation.skipped)} label files skipped ({evaluation.measured})",
        "",
        f"{'frame':<12} {'P':>5} {'R':>5} {'F1':>5} {'gold':>5} {'pred':>5}  value accuracy",
    ]
    for frame in FRAMES:
        score = evaluation.scores[frame]
        lines.append(
            f"{frame:<12} {_pct(score.precision):>5} {_pct(score.recall):>5} "
            f"{_pct(score.f1):>5} {score.n_gold:>5} {score.n_predicted:>5}  "
            f"{_values(evaluation, frame)}"
        )
    for skipped in evaluation.skipped:
        lines += ["", f"SKIPPED {skipped}"]
    for frame in FRAMES:
        found = [f for f in evaluation.findings if f.frame == frame]
        if found:
            lines += ["", f"== {frame}: {len(found)} to look at"]
            lines += [_finding(f) for f in found]
    return "\n".join(lines)


def _finding(f: Finding) -> str:
    where = f"{f.kind.upper()} {f.article}:{f.start}-{f.end} {_short(f.span_text)!r}"
    if f.predicted and f.predicted != (f.start, f.end):
        where += f" (predicted {f.predicted[0]}-{f.predicted[1]} {_short(f.predicted_text)!r})"
    return f"{where}: {f.detail}\n    in: {f.sentence}"


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def readme_table(evaluation: Evaluation) -> str:
    """A small Markdown table of the figures, with the date they were measured."""
    rows = [
        "| frame | precision | recall | F1 | value accuracy | gold facts |",
        "|---|---|---|---|---|---|",
    ]
    for frame in FRAMES:
        score = evaluation.scores[frame]
        rows.append(
            f"| {frame} | {_pct(score.precision)} | {_pct(score.recall)} | {_pct(score.f1)} "
            f"| {_values(evaluation, frame)} | {score.n_gold} |"
        )
    return (
        "\n".join(rows)
        + f"\n\nMeasured {evaluation.measured.isoformat()} on {len(evaluation.articles)} "
        "labelled articles."
    )


def rewrite_readme(readme: str, evaluation: Evaluation, block: str = "accuracy") -> str:
    """``readme`` with its ``block`` (marked ``<!-- block:start -->``) replaced by the table of
    ``evaluation``."""
    return replace_marked_block(readme, block, readme_table(evaluation))


def replace_marked_block(document: str, name: str, content: str) -> str:
    """``document`` with the text between ``<!-- name:start -->`` and ``<!-- name:end -->``
    replaced by ``content``. Raises ``ValueError`` when the markers are missing."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(document):
        raise ValueError(f"the markers {start} and {end} are not in the file")
    return pattern.sub(lambda _: f"{start}\n{content}\n{end}", document, count=1)
