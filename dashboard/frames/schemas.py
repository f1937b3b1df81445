"""The one schema definition of the six frames of the data contract (pandera models).

Every frame the package writes or the app shows is validated here. Required columns follow
``DATA_CONTRACT.md``; extra columns are allowed (the contract may be extended, never broken).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

GRANULARITIES = ["day", "week", "month", "quarter", "year", "decade"]
ANCHORS = ["absolute", "relative", "unresolved"]
EVENT_KINDS = ["commitment", "visit", "statement", "legislation", "meeting", "military", "other"]
AID_TYPES = ["military", "financial", "humanitarian", "unspecified"]
INSTRUMENTS = ["loan", "grant", "guarantee", "package", "budget", "unspecified"]
STAGES = ["announced", "pledged", "committed", "allocated", "disbursed", "unspecified"]
PARTY_METHODS = ["sentence", "same_amount", "article", "none"]
QUALIFIERS = ["exact", "at_least", "at_most", "approximately"]
DATE_SOURCES = ["stated", "published"]
SPEAKER_METHODS = ["named", "pronoun", "role", "carried", "none"]
QUOTE_KINDS = ["direct", "partial"]
ENTITY_TYPES = ["person", "country", "org"]
PUBLISHED_SOURCES = ["metadata", "filename", "dateline", "inferred", "user", "unknown"]


def _is_list_of_str(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


class _Model(pa.DataFrameModel):
    class Config:
        coerce = True
        strict = False


class _Spanned(_Model):
    article_id: Series[str]
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(error="char_end must be greater than char_start")
    def span_not_empty(cls, df: pd.DataFrame) -> Series[bool]:
        return df["char_end"] > df["char_start"]


class ArticlesSchema(_Model):
    article_id: Series[str] = pa.Field(unique=True)
    title: Series[str]
    text: Series[str]
    published: Series[pa.DateTime] = pa.Field(nullable=True)
    published_source: Series[str] = pa.Field(isin=PUBLISHED_SOURCES)
    outlet: Series[str] = pa.Field(nullable=True)
    url: Series[str] = pa.Field(nullable=True)
    path: Series[str] = pa.Field(nullable=True)


class EventsSchema(_Spanned):
    event_id: Series[str] = pa.Field(unique=True)
    date_text: Series[str]
    date_start: Series[pa.DateTime] = pa.Field(nullable=True)
    date_end: Series[pa.DateTime] = pa.Field(nullable=True)
    granularity: Series[str] = pa.Field(isin=GRANULARITIES)
    anchor: Series[str] = pa.Field(isin=ANCHORS)
    kind: Series[str] = pa.Field(isin=EVENT_KINDS)
    sentence: Series[str]
    people: Series[object]
    countries: Series[object]

    @pa.check("people", "countries", element_wise=True, error="must be a list of strings")
    def list_of_str(cls, value) -> bool:
        return _is_list_of_str(value)

    @pa.dataframe_check(error="date_start must not be after date_end")
    def ordered(cls, df: pd.DataFrame) -> Series[bool]:
        start, end = df["date_start"], df["date_end"]
        return start.isna() | end.isna() | (start <= end)


class CommitmentsSchema(_Spanned):
    commitment_id: Series[str] = pa.Field(unique=True)
    amount_text: Series[str]
    amount: Series[float] = pa.Field(ge=0, lt=float("inf"))
    currency: Series[str] = pa.Field(str_matches=r"^[A-Z]{3}$")
    amount_usd: Series[float] = pa.Field(nullable=True, ge=0, lt=float("inf"))
    donor: Series[str] = pa.Field(nullable=True)
    recipient: Series[str] = pa.Field(nullable=True)
    aid_type: Series[str] = pa.Field(isin=AID_TYPES)
    instrument: Series[str] = pa.Field(isin=INSTRUMENTS)
    date: Series[pa.DateTime] = pa.Field(nullable=True)
    date_source: Series[str] = pa.Field(isin=DATE_SOURCES)
    stage: Series[str] = pa.Field(isin=STAGES)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    is_total: Series[bool]
    fx_rate: Series[float] = pa.Field(nullable=True)
    fx_date: Series[pa.DateTime] = pa.Field(nullable=True)
    sentence: Series[str]
    donor_method: Series[str] = pa.Field(isin=PARTY_METHODS)
    recipient_method: Series[str] = pa.Field(isin=PARTY_METHODS)


class QuotesSchema(_Spanned):
    quote_id: Series[str] = pa.Field(unique=True)
    text: Series[str]
    speaker: Series[str] = pa.Field(nullable=True)
    speaker_method: Series[str] = pa.Field(isin=SPEAKER_METHODS)
    speaker_role: Series[str] = pa.Field(nullable=True)
    speaker_country: Series[str] = pa.Field(nullable=True)
    cue: Series[str] = pa.Field(nullable=True)
    venue: Series[str] = pa.Field(nullable=True)
    kind: Series[str] = pa.Field(isin=QUOTE_KINDS)
    date: Series[pa.DateTime] = pa.Field(nullable=True)
    sentence: Series[str]

    @pa.dataframe_check(error="a quote with no speaker must have speaker_method 'none'")
    def method_matches_speaker(cls, df: pd.DataFrame) -> Series[bool]:
        return df["speaker"].notna() | (df["speaker_method"] == "none")


class PeopleSchema(_Model):
    name: Series[str] = pa.Field(unique=True)
    roles: Series[object]
    country: Series[str] = pa.Field(nullable=True)
    aliases: Series[object]

    @pa.check("roles", "aliases", element_wise=True, error="must be a list of strings")
    def list_of_str(cls, value) -> bool:
        return _is_list_of_str(value)


class MentionsSchema(_Spanned):
    surface: Series[str]
    entity: Series[str]
    entity_type: Series[str] = pa.Field(isin=ENTITY_TYPES)


CONTRACT_FRAMES = ("articles", "events", "commitments", "quotes", "people", "mentions")
SCHEMAS: dict[str, type[_Model]] = {
    "articles": ArticlesSchema,
    "events": EventsSchema,
    "commitments": CommitmentsSchema,
    "quotes": QuotesSchema,
    "people": PeopleSchema,
    "mentions": MentionsSchema,
}
FRAME_NAMES = CONTRACT_FRAMES


def columns(frame: str) -> list[str]:
    """The contract's columns of ``frame``, in order."""
    return list(SCHEMAS[frame].to_schema().columns)


def validate(frame: str, df: pd.DataFrame) -> pd.DataFrame:
    """Validate (and coerce) ``df`` against the schema of ``frame``; raises on a violation."""
    return SCHEMAS[frame].validate(df, lazy=True)


class PledgesSchema(_Model):
    """Extension of the contract: one row per distinct commitment (see ``frames.pledges``)."""

    pledge_id: Series[str] = pa.Field(unique=True)
    donor: Series[str] = pa.Field(nullable=True)
    recipient: Series[str] = pa.Field(nullable=True)
    amount: Series[float] = pa.Field(ge=0)
    currency: Series[str] = pa.Field(str_matches=r"^[A-Z]{3}$")
    amount_usd: Series[float] = pa.Field(nullable=True, ge=0)
    aid_type: Series[str] = pa.Field(isin=AID_TYPES)
    instrument: Series[str] = pa.Field(isin=INSTRUMENTS)
    stage: Series[str] = pa.Field(isin=STAGES)
    is_total: Series[bool]
    first_reported: Series[pa.DateTime] = pa.Field(nullable=True)
    commitment_ids: Series[object]
    article_ids: Series[object]
    outlets: Series[object]
    source_count: Series[int] = pa.Field(ge=1)
    amounts_seen: Series[object]
    conflicting: Series[bool]

    @pa.check(
        "commitment_ids",
        "article_ids",
        "outlets",
        "amounts_seen",
        element_wise=True,
        error="must be a list of strings",
    )
    def list_of_str(cls, value) -> bool:
        return _is_list_of_str(value)


SCHEMAS["pledges"] = PledgesSchema
