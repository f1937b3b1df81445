"""Frames: the schemas hold the data contract, and files keep every value on a round trip."""

import datetime as dt
import re

import pandas as pd
import pandera.errors
import pytest
from ingest_samples import BODY, OUTLET, TITLE, URL

from dashboard.extract.records import (
    ArticleFacts,
    Commitment,
    Event,
    Mention,
    Person,
    Quote,
    make_id,
)
from dashboard.frames import FRAME_NAMES, build_frames, read_frames, validate, write_frames
from dashboard.ingest import make_article

PUBLISHED = dt.date(2024, 3, 12)
ARTICLE = make_article(
    TITLE, BODY, published=PUBLISHED, published_source="metadata", outlet=OUTLET, url=URL
)
TEXT = ARTICLE.text
AID = ARTICLE.article_id


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def sentence_of(words: str) -> str:
    return next(line for line in TEXT.split("\n") if words in line)


def facts() -> ArticleFacts:
    tue, amount, quote, norway = (
        span("on Tuesday"),
        span("€40 million"),
        span("Every"),
        span("Norway"),
    )
    quote = (quote[0], TEXT.index(",” the foreign"))
    return ArticleFacts(
        events=[
            Event(
                make_id(AID, "event", *tue),
                AID,
                *tue,
                "on Tuesday",
                dt.date(2024, 3, 12),
                dt.date(2024, 3, 12),
                "day",
                "relative",
                "commitment",
                sentence_of("on Tuesday"),
                ["Espen Barth Eide"],
                ["NOR", "UKR"],
            ),
            Event(
                make_id(AID, "event", *span("since 2022")),
                AID,
                *span("since 2022"),
                "since 2022",
                dt.date(2022, 1, 1),
                None,
                "year",
                "absolute",
                "other",
                sentence_of("since 2022"),
                [],
                [],
            ),
        ],
        commitments=[
            Commitment(
                make_id(AID, "commitment", *amount),
                AID,
                *amount,
                "€40 million",
                40_000_000.0,
                "EUR",
                43_480_000.0,
                "NOR",
                "UKR",
                "financial",
                "grant",
                dt.date(2024, 3, 12),
                "published",
                "pledged",
                "exact",
                False,
                1.087,
                dt.date(2024, 3, 11),
                sentence_of("€40 million"),
            ),
            Commitment(
                make_id(AID, "commitment", *span("€300 million")),
                AID,
                *span("€300 million"),
                "€300 million",
                300_000_000.0,
                "EUR",
                None,
                "NOR",
                "UKR",
                "unspecified",
                "unspecified",
                None,
                "published",
                "unspecified",
                "at_least",
                True,
                None,
                None,
                sentence_of("€300 million"),
            ),
        ],
        quotes=[
            Quote(
                make_id(AID, "quote", *quote),
                AID,
                *quote,
                TEXT[slice(*quote)],
                "Espen Barth Eide",
                "role",
                "Foreign Minister",
                "NOR",
                "told",
                None,
                "direct",
                dt.date(2024, 3, 12),
                sentence_of("Every"),
            ),
            Quote(
                make_id(AID, "quote", *span("We will not")),
                AID,
                *span("We will not"),
                "We will not",
                None,
                "none",
                None,
                None,
                None,
                None,
                "partial",
                None,
                sentence_of("We will not"),
            ),
        ],
        people=[
            Person("Espen Barth Eide", ["Foreign Minister"], "NOR", ["the foreign minister"]),
            Person("Nobody Known", [], None, []),
        ],
        mentions=[Mention(AID, *norway, "Norway", "NOR", "country")],
    )


@pytest.fixture(scope="module")
def frames():
    return build_frames([(ARTICLE, facts())])


def test_built_frames_hold_the_records(frames):
    assert [len(df) for _, df in frames.items()] == [1, 2, 2, 2, 2, 1]
    assert frames.articles.loc[0, "published"] == pd.Timestamp(PUBLISHED)
    assert frames.events.loc[0, "people"] == ["Espen Barth Eide"]


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_round_trip_keeps_values_dates_and_lists(frames, tmp_path, fmt):
    write_frames(frames, tmp_path, fmt)
    back = read_frames(tmp_path, fmt)
    for name in FRAME_NAMES:
        expected, got = getattr(frames, name), getattr(back, name)
        assert list(got.columns[: len(expected.columns)]) == list(expected.columns), name
        for column in expected.columns:
            if fmt == "csv" and expected[column].dtype == bool:
                continue  # see test_csv_round_trip_keeps_booleans
            want, have = expected[column].tolist(), got[column].tolist()
            assert [_plain(v) for v in have] == [_plain(v) for v in want], (name, column)


def test_csv_round_trip_keeps_booleans(frames, tmp_path):
    write_frames(frames, tmp_path, "csv")
    assert read_frames(tmp_path, "csv").commitments["is_total"].tolist() == [False, True]


def _plain(value):
    """One spelling per value across formats: missing as None, timestamps as dates."""
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        return list(value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value


def _broken(frame: str, frames, **changes) -> pd.DataFrame:
    df = getattr(frames, frame).copy()
    for column, value in changes.items():
        df[column] = [value] * len(df)
    return df


@pytest.mark.parametrize(
    ("frame", "changes", "error"),
    [
        pytest.param("events", {"char_end": 0}, "char_end must be greater", id="empty-span"),
        pytest.param("events", {"char_start": -3}, "greater_than_or_equal_to(0)", id="negative"),
        pytest.param("events", {"granularity": "fortnight"}, "isin", id="unknown-granularity"),
        pytest.param("events", {"anchor": "guessed"}, "isin", id="unknown-anchor"),
        pytest.param("events", {"people": "Espen Barth Eide"}, "list of strings", id="not-a-list"),
        pytest.param(
            "events",
            {"date_start": pd.Timestamp("2024-03-13"), "date_end": pd.Timestamp("2024-03-12")},
            "date_start must not be after date_end",
            id="interval-backwards",
        ),
        pytest.param("commitments", {"currency": "usd"}, "str_matches", id="lower-case-currency"),
        pytest.param("commitments", {"amount": float("inf")}, "less_than", id="infinite-amount"),
        pytest.param("commitments", {"currency": "US$"}, "str_matches", id="symbol-currency"),
        pytest.param("commitments", {"amount": -5.0}, "greater_than_or_equal_to", id="negative"),
        pytest.param("commitments", {"stage": "rumoured"}, "isin", id="unknown-stage"),
        pytest.param("commitments", {"qualifier": "roughly"}, "isin", id="unknown-qualifier"),
        pytest.param(
            "quotes",
            {"speaker": None, "speaker_method": "named"},
            "speaker_method 'none'",
            id="method-without-speaker",
        ),
        pytest.param("people", {"roles": [1, 2]}, "list of strings", id="roles-not-strings"),
        pytest.param("mentions", {"entity_type": "place"}, "isin", id="unknown-entity-type"),
        pytest.param("articles", {"published_source": "guess"}, "isin", id="unknown-source"),
        pytest.param("articles", {"published": "not a date"}, "published", id="bad-date"),
    ],
)
def test_contract_violations_fail_validation(frames, frame, changes, error):
    with pytest.raises(pandera.errors.SchemaErrors, match=re.escape(error)):
        validate(frame, _broken(frame, frames, **changes))


def test_duplicate_ids_fail_validation(frames):
    twice = pd.concat([frames.commitments, frames.commitments.iloc[:1]], ignore_index=True)
    with pytest.raises(pandera.errors.SchemaErrors, match="commitment_id"):
        validate("commitments", twice)


def test_missing_contract_column_fails_validation(frames):
    with pytest.raises(pandera.errors.SchemaErrors, match="is_total"):
        validate("commitments", frames.commitments.drop(columns="is_total"))


def test_extra_columns_are_allowed(frames):
    extended = frames.quotes.assign(language="en")
    assert list(validate("quotes", extended)["language"]) == ["en", "en"]
