"""Label files: hand-made gold facts for one article, as character offsets and values.

The format is described in ``tests/labels/README.md``: one JSON file per article, naming the
article by its path under the shared folder and by its ``article_id`` (so a label whose text
drifted is detected, not silently mis-scored). Labels never hold copied text: only offsets into
``Article.text`` and normalised values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.ingest import Article, read_paths

FRAMES = ("commitments", "quotes", "events")

AID_TYPES = ("military", "financial", "humanitarian", "unspecified")
INSTRUMENTS = ("loan", "grant", "guarantee", "package", "budget", "unspecified")
_CURRENCY = re.compile(r"[A-Z]{3}")
_ACTOR = re.compile(r"[A-Z][A-Z0-9]{1,4}")


class LabelError(ValueError):
    """A label file that does not follow the format; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Gold:
    """One labelled fact: its span and the values the extractor must find."""

    start: int
    end: int
    values: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Labels:
    path: Path
    article: str  # path of the article under the shared folder
    article_id: str
    published: dt.date
    gold: dict[str, list[Gold]]
    optional: dict[str, list[Gold]]


def read_article(path: Path, published: dt.date | None = None) -> Article:
    """The article in a text file, as the extractors see it.

    ``published`` is the fallback publication date for a file that carries none (the seed
    article has no header lines): the one place where the seed article is built.
    """
    articles = [a for a in read_paths([path], published=published) if isinstance(a, Article)]
    if not articles:
        raise LabelError(f"{path}: not readable as an article")
    article = articles[0]
    if article.published is None and published is not None:
        article = dataclasses.replace(article, published=published, published_source="user")
    return article


def label_files(folder: Path) -> list[Path]:
    """Every label file under ``folder``, in a stable order.

    ``pledges.json`` (groups of commitment mentions across articles) is not a label file, and a
    ``heldout/`` subfolder is left out: the held-out set is scored on its own (pass the folder
    itself), never mixed into the figures of the set the extractors were tuned on.
    """
    return sorted(
        path
        for path in folder.rglob("*.json")
        if path.name != "pledges.json" and "heldout" not in path.relative_to(folder).parts[:-1]
    )


def load_labels(path: Path) -> Labels:
    """Read and check one label file; raise ``LabelError`` naming the file and the fault."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise LabelError(f"{path}: {err}") from None
    try:
        return _parse(path, data)
    except KeyError as err:
        raise LabelError(f"{path}: missing key {err}") from None
    except (TypeError, ValueError) as err:
        raise LabelError(f"{path}: {err}") from None


def check_spans(labels: Labels, article: Article) -> None:
    """Raise ``LabelError`` when a span falls outside the text or starts or ends in space."""
    text = article.text
    for frame in FRAMES:
        for item in labels.gold[frame] + labels.optional[frame]:
            where = f"{labels.path}: {frame} span {item.start}-{item.end}"
            if item.end > len(text):
                raise LabelError(f"{where} ends after the text ({len(text)} characters)")
            piece = text[item.start : item.end]
            if piece != piece.strip():
                raise LabelError(f"{where} starts or ends with white space")


def _parse(path: Path, data: dict) -> Labels:
    if not isinstance(data, dict):
        raise TypeError("a label file holds one JSON object")
    unknown = set(data) - {"article", "article_id", "published", *FRAMES, "optional"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    optional = data.get("optional") or {}
    if set(optional) - set(FRAMES):
        raise ValueError(f"unknown optional keys {sorted(set(optional) - set(FRAMES))}")
    return Labels(
        path=path,
        article=_string(data["article"], "article"),
        article_id=_string(data["article_id"], "article_id"),
        published=_date(data["published"], "published"),
        gold={
            frame: [_gold(frame, i, item) for i, item in enumerate(data[frame])] for frame in FRAMES
        },
        optional={
            frame: [
                _span(f"optional {frame}[{i}]", item)
                for i, item in enumerate(optional.get(frame, []))
            ]
            for frame in FRAMES
        },
    )


def _gold(frame: str, index: int, item: dict) -> Gold:
    where = f"{frame}[{index}]"
    span = _span(where, item)
    if frame == "commitments":
        values = {
            "amount": _amount(item["amount"], where),
            "currency": _match(_CURRENCY, item["currency"], f"{where} currency"),
            "donor": _actor(item["donor"], f"{where} donor"),
            "recipient": _actor(item["recipient"], f"{where} recipient"),
            "aid_type": _choice(item["aid_type"], AID_TYPES, f"{where} aid_type"),
            "instrument": _choice(item["instrument"], INSTRUMENTS, f"{where} instrument"),
            "is_total": _bool(item["is_total"], f"{where} is_total"),
        }
    elif frame == "quotes":
        speaker = item["speaker"]
        if speaker is not None:
            _string(speaker, f"{where} speaker")
        values = {"speaker": speaker}
    else:
        start = _date(item["date_start"], f"{where} date_start")
        end = _date(item["date_end"], f"{where} date_end")
        if end < start:
            raise ValueError(f"{where}: date_end {end} before date_start {start}")
        values = {"date_start": start, "date_end": end}
    return Gold(span.start, span.end, values)


def _span(where: str, item: dict) -> Gold:
    start, end = item["start"], item["end"]
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end:
        raise ValueError(f"{where}: start and end must be integers with 0 <= start < end")
    return Gold(start, end)


def _string(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: expected a non-empty string, got {value!r}")
    return value


def _date(value: object, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(_string(value, where))
    except ValueError:
        raise ValueError(f"{where}: expected a YYYY-MM-DD date, got {value!r}") from None


def _amount(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"{where}: amount must be a positive number in full units")
    return float(value)


def _match(pattern: re.Pattern, value: object, where: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError(f"{where}: unexpected value {value!r}")
    return value


def _actor(value: object, where: str) -> str | None:
    return None if value is None else _match(_ACTOR, value, where)


def _choice(value: object, choices: tuple[str, ...], where: str) -> str:
    if value not in choices:
        raise ValueError(f"{where}: {value!r} is not one of {', '.join(choices)}")
    return value


def _bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{where}: expected true or false, got {value!r}")
    return value
