"""Consolidation: the same pledge reported by several articles is counted once."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard.extract.records import Commitment
from dashboard.frames import frame_from_records
from dashboard.frames.pledges import build_pledges


def mention(
    n,
    amount,
    currency,
    donor="GBR",
    recipient="UKR",
    *,
    usd=None,
    day=21,
    month=10,
    instrument="loan",
    is_total=False,
    article=None,
    text=None,
):
    return Commitment(
        commitment_id=f"c{n}",
        article_id=article or f"a{n}",
        char_start=0,
        char_end=5,
        amount_text=text or f"{currency} {amount:,.0f}",
        amount=float(amount),
        currency=currency,
        amount_usd=usd,
        donor=donor,
        recipient=recipient,
        aid_type="financial",
        instrument=instrument,
        date=dt.date(2024, month, day),
        date_source="published",
        stage="announced",
        qualifier="exact",
        is_total=is_total,
        fx_rate=None,
        fx_date=None,
        sentence="(test)",
    )


def _years_later(commitment, years):
    commitment.date = commitment.date.replace(year=commitment.date.year + years)
    return commitment


def articles(n):
    return pd.DataFrame(
        {"article_id": [f"a{i}" for i in range(n)], "outlet": [f"Outlet {i}" for i in range(n)]}
    )


def groups(*mentions):
    frame = frame_from_records("commitments", mentions)
    pledges = build_pledges(frame, articles(len(mentions) + 1))
    return sorted(sorted(ids) for ids in pledges["commitment_ids"]), pledges


CASES = [
    pytest.param(
        [
            mention(0, 2.26e9, "GBP"),
            mention(1, 2.26e9, "GBP", day=23),
            mention(2, 2.26e9, "GBP", donor=None, day=30),
        ],
        [["c0", "c1", "c2"]],
        id="same-loan-three-outlets-one-unknown-donor",
    ),
    pytest.param(
        [mention(0, 1.9e9, "EUR", usd=2.05e9), mention(1, 1.6e9, "GBP", usd=2.06e9)],
        [["c0", "c1"]],
        id="two-currencies-same-value-in-usd",
    ),
    pytest.param(
        [mention(0, 12.8e9, "GBP", is_total=True), mention(1, 12.8e9, "GBP")],
        [["c0"], ["c1"]],
        id="running-total-never-joins-a-new-commitment",
    ),
    pytest.param(
        [mention(0, 225e6, "GBP"), mention(1, 225e6, "GBP", recipient="PSE")],
        [["c0"], ["c1"]],
        id="different-recipients",
    ),
    pytest.param(
        [
            mention(0, 50e9, "USD", donor="G7", month=6, day=14),
            mention(1, 50e9, "USD", donor="G7", month=10, day=25),
        ],
        [["c0", "c1"]],
        id="within-the-150-day-window",
    ),
    pytest.param(
        [
            mention(0, 250e6, "USD", donor="USA", month=1),
            mention(1, 250e6, "USD", donor="USA", month=10),
        ],
        [["c0"], ["c1"]],
        id="outside-the-window",
    ),
    pytest.param(
        [
            mention(0, 50e9, "EUR", donor="EU", month=2),
            _years_later(mention(1, 50e9, "EUR", donor="EU"), 1),
        ],
        [["c0", "c1"]],
        id="a-large-programme-cited-a-year-later-by-the-same-donor",
    ),
    pytest.param(
        [
            mention(0, 20e9, "USD", donor="USA"),
            _years_later(mention(1, 20e9, "USD", donor=None), 1),
        ],
        [["c0"], ["c1"]],
        id="a-large-amount-a-year-later-from-an-unknown-donor",
    ),
    pytest.param(
        [mention(0, 1e9, "USD", donor="USA"), _years_later(mention(1, 1e9, "USD", donor="USA"), 1)],
        [["c0"], ["c1"]],
        id="a-billion-a-year-later-is-a-new-package",
    ),
    pytest.param(
        [mention(0, 100e6, "USD"), mention(1, 150e6, "USD")],
        [["c0"], ["c1"]],
        id="different-amounts",
    ),
]


@pytest.mark.parametrize(("mentions", "expected"), CASES)
def test_grouping(mentions, expected):
    assert groups(*mentions)[0] == expected


def test_different_amounts_a_season_apart_are_two_pledges_not_a_conflict():
    found, pledges = groups(mention(0, 2.26e9, "GBP", month=3), mention(1, 2.3e9, "GBP", month=9))
    assert found == [["c0"], ["c1"]]
    assert not pledges["conflicting"].any()


def test_disagreeing_sources_are_kept_and_flagged():
    found, pledges = groups(
        mention(0, 2.26e9, "GBP", text="£2.26bn"), mention(1, 2.3e9, "GBP", text="£2.3bn")
    )
    assert found == [["c0", "c1"]]
    row = pledges.iloc[0]
    assert bool(row["conflicting"]) is True
    assert row["amounts_seen"] == ["£2.26bn", "£2.3bn"]


def test_pledge_row_lists_its_sources():
    _, pledges = groups(
        mention(0, 2.26e9, "GBP"),
        mention(1, 2.26e9, "GBP", day=24),
        mention(2, 2.26e9, "GBP", day=25, article="a1"),
    )
    row = pledges.iloc[0]
    assert row["source_count"] == 2
    assert row["article_ids"] == ["a0", "a1"]
    assert row["outlets"] == ["Outlet 0", "Outlet 1"]
    assert row["first_reported"] == pd.Timestamp("2024-10-21")
    assert not row["conflicting"]


def test_empty_commitments_give_an_empty_valid_frame():
    pledges = build_pledges(frame_from_records("commitments", []), articles(0))
    assert pledges.empty and "source_count" in pledges.columns
