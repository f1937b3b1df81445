"""Records the extractors return: one dataclass per frame, fields named as in the data contract.

Extractors are pure functions from an article (see ``doc.Doc``) to lists of these records;
``dashboard.frames`` turns them into validated pandas frames.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


def make_id(article_id: str, kind: str, start: int, end: int) -> str:
    """A stable id for a fact: the same fact in the same article always gets the same id."""
    digest = hashlib.blake2b(f"{article_id}:{kind}:{start}:{end}".encode(), digest_size=8)
    return f"{kind}-{digest.hexdigest()}"


@dataclass(slots=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int


@dataclass(slots=True)
class Mention:
    """An entity mention: a country, an organisation or a person."""

    article_id: str
    char_start: int
    char_end: int
    surface: str
    entity: str
    entity_type: str  # person, country, org


@dataclass(slots=True)
class Event:
    event_id: str
    article_id: str
    char_start: int
    char_end: int
    date_text: str
    date_start: dt.date | None
    date_end: dt.date | None
    granularity: str  # day, week, month, quarter, year, decade
    anchor: str  # absolute, relative, unresolved
    kind: str  # commitment, visit, statement, legislation, meeting, military, other
    sentence: str
    people: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Commitment:
    commitment_id: str
    article_id: str
    char_start: int
    char_end: int
    amount_text: str
    amount: float
    currency: str
    amount_usd: float | None
    donor: str | None
    recipient: str | None
    aid_type: str  # military, financial, humanitarian, unspecified
    instrument: str  # loan, grant, guarantee, package, budget, unspecified
    date: dt.date | None
    date_source: str  # stated, published
    stage: str  # announced, pledged, committed, allocated, disbursed, unspecified
    qualifier: str  # exact, at_least, at_most, approximately
    is_total: bool
    fx_rate: float | None
    fx_date: dt.date | None
    sentence: str
    # Where each party came from: sentence, same_amount (another mention of this amount),
    # article (the article's only donor or recipient), none. Anything but "sentence" is marked.
    donor_method: str = "none"
    recipient_method: str = "none"


@dataclass(slots=True)
class Quote:
    quote_id: str
    article_id: str
    char_start: int
    char_end: int
    text: str
    speaker: str | None
    speaker_method: str  # named, pronoun, role, carried, none
    speaker_role: str | None
    speaker_country: str | None
    cue: str | None
    venue: str | None
    kind: str  # direct, partial
    date: dt.date | None
    sentence: str


@dataclass(slots=True)
class Person:
    """An official as seen in one article; ``frames`` merges them across the corpus."""

    name: str
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ArticleFacts:
    """Everything extracted from one article."""

    events: list[Event] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
