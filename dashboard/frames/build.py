"""Records to frames: one validated pandas DataFrame per frame of the data contract."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from dashboard.extract.records import (
    ArticleFacts,
    Commitment,
    Event,
    Mention,
    Person,
    Quote,
)
from dashboard.frames.pledges import build_pledges
from dashboard.frames.schemas import FRAME_NAMES, validate
from dashboard.ingest.model import Article

_RECORD_TYPES = {
    "articles": Article,
    "events": Event,
    "commitments": Commitment,
    "quotes": Quote,
    "people": Person,
    "mentions": Mention,
}
_DATE_COLUMNS = {
    "articles": ["published"],
    "events": ["date_start", "date_end"],
    "commitments": ["date", "fx_date"],
    "quotes": ["date"],
}


@dataclass
class Frames:
    articles: pd.DataFrame
    events: pd.DataFrame
    commitments: pd.DataFrame
    quotes: pd.DataFrame
    people: pd.DataFrame
    mentions: pd.DataFrame

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        """The six frames of the data contract, by name."""
        return [(name, getattr(self, name)) for name in FRAME_NAMES]

    @cached_property
    def pledges(self) -> pd.DataFrame:
        """Distinct pledges across articles (derived from commitments; see ``frames.pledges``)."""
        return build_pledges(self.commitments, self.articles)


def record_columns(frame: str) -> list[str]:
    """Column order of ``frame``: the record's fields, as the contract lists them."""
    return [f.name for f in dataclasses.fields(_RECORD_TYPES[frame])]


def frame_from_records(frame: str, records: Iterable[object]) -> pd.DataFrame:
    """A validated frame from records of that frame's type (an empty frame keeps its columns)."""
    cols = record_columns(frame)
    rows = [[getattr(r, c) for c in cols] for r in records]
    df = pd.DataFrame(rows, columns=cols)
    for col in _DATE_COLUMNS.get(frame, []):
        df[col] = pd.to_datetime(df[col]).astype("datetime64[ns]")
    return validate(frame, df)


def merge_people(people: Iterable[Person]) -> list[Person]:
    """One person per canonical name across articles: roles and aliases unioned, in order seen."""
    merged: dict[str, Person] = {}
    for p in people:
        into = merged.setdefault(p.name, Person(p.name, [], p.country, []))
        into.roles.extend(r for r in p.roles if r not in into.roles)
        into.aliases.extend(a for a in p.aliases if a not in into.aliases)
        into.country = into.country or p.country
    return list(merged.values())


def merge_people_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """The people frame from people rows seen per article or per partition, merged by name."""
    people = [
        Person(r.name, list(r.roles), None if pd.isna(r.country) else r.country, list(r.aliases))
        for r in rows.itertuples()
    ]
    return frame_from_records("people", merge_people(people))


def build_frames(results: Iterable[tuple[Article, ArticleFacts]]) -> Frames:
    """Frames of a whole corpus from each article and the facts extracted from it."""
    articles: list[Article] = []
    facts: dict[str, list] = {name: [] for name in FRAME_NAMES if name != "articles"}
    for article, article_facts in results:
        articles.append(article)
        for name, records in facts.items():
            records.extend(getattr(article_facts, name))
    facts["people"] = merge_people(facts["people"])
    return Frames(
        articles=frame_from_records("articles", _unique_articles(articles)),
        **{name: frame_from_records(name, records) for name, records in facts.items()},
    )


def empty_frames() -> Frames:
    return build_frames([])


def _unique_articles(articles: list[Article]) -> list[Article]:
    return list({a.article_id: a for a in articles}.values())
