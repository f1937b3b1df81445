"""Charts: pure functions from frames to Plotly figures, checked on the example corpus."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from app_example import example_frames

from dashboard.charts.common import format_money, format_money_full, money_ticks
from dashboard.charts.currency import display_amounts
from dashboard.charts.money import (
    aid_type_figure,
    by_actor_figure,
    monthly_figure,
    treemap_figure,
)
from dashboard.charts.timeline import INFERRED_NOTE, timeline_figure, timeline_rows

FRAMES = example_frames()
NEW_USD = 282.6e6 + 1.62e9 + 500e6  # the £12.8bn running total never counts


@pytest.mark.parametrize(
    ("amount", "currency", "short", "full"),
    [
        pytest.param(225e6, "GBP", "£225m", "£225,000,000", id="millions"),
        pytest.param(1.7e9, "USD", "$1.7bn", "$1,700,000,000", id="billions"),
        pytest.param(12.8e9, "GBP", "£12.8bn", "£12,800,000,000", id="one-decimal"),
        pytest.param(2e12, "EUR", "€2tn", "€2,000,000,000,000", id="trillions"),
        pytest.param(861.2e9, "USD", "$861bn", "$861,200,000,000", id="no-decimal-from-100"),
        pytest.param(450_000, "EUR", "€450,000", "€450,000", id="below-a-million"),
        pytest.param(75e9, "NOK", "75bn NOK", "75,000,000,000 NOK", id="no-symbol"),
        pytest.param(math.nan, "USD", "–", "–", id="unknown"),
    ],
)
def test_money_formats(amount, currency, short, full):
    assert format_money(amount, currency) == short
    assert format_money_full(amount, currency) == full


def test_money_ticks_are_round_and_cover_the_maximum():
    values, labels = money_ticks(2.4e9, "USD")
    assert values[-1] >= 2.4e9
    assert labels[:3] == ["$0", "$500m", "$1bn"]


def test_pounds_written_as_pounds_are_shown_as_written():
    gbp = display_amounts(FRAMES.commitments, "GBP")
    assert gbp.iloc[0] == 225e6  # "£225 million", no round trip through dollars
    usd = display_amounts(FRAMES.commitments, "USD")
    assert usd.iloc[2] == 1.62e9


def test_euros_from_dollars_use_the_rate_of_the_commitment_date():
    eur = display_amounts(FRAMES.commitments, "EUR")
    assert eur.iloc[2] == 1.5e9  # written in euros
    assert 400e6 < eur.iloc[3] < 500e6  # $500m in January 2025 (about 0.96 EUR per USD)


@pytest.mark.parametrize(
    "figure",
    [
        pytest.param(lambda c: monthly_figure(c, "USD"), id="monthly"),
        pytest.param(lambda c: by_actor_figure(c, "donor", "USD"), id="donor"),
        pytest.param(lambda c: by_actor_figure(c, "recipient", "USD"), id="recipient"),
        pytest.param(lambda c: aid_type_figure(c, "USD"), id="aid-type"),
    ],
)
def test_bar_charts_never_add_running_totals(figure):
    fig = figure(FRAMES.commitments)
    drawn = sum(sum(t.y if t.orientation != "h" else t.x) for t in fig.data)
    assert drawn == pytest.approx(NEW_USD)


def test_cumulative_line_ends_at_the_total_of_new_commitments():
    fig = monthly_figure(FRAMES.commitments, "USD", cumulative=True)
    assert fig.data[0].y[-1] == pytest.approx(NEW_USD)


def test_treemap_root_values_add_up_to_new_commitments():
    tree = treemap_figure(FRAMES.commitments, "USD").data[0]
    roots = [v for v, p in zip(tree.values, tree.parents, strict=True) if p == ""]
    assert sum(roots) == pytest.approx(NEW_USD)


def test_money_charts_say_so_when_nothing_matches():
    only_total = FRAMES.commitments[FRAMES.commitments["is_total"]]
    fig = monthly_figure(only_total, "USD")
    assert fig.layout.annotations[0].text == "No new commitments match the filters"


def test_timeline_draws_days_as_points_and_intervals_as_bars():
    fig = timeline_figure(FRAMES.events, "country")
    marks = [t for t in fig.data if t.customdata is not None]
    points = {t.customdata[i][0]: t for t in marks if t.type == "scatter" for i in range(len(t.x))}
    bars = {t.customdata[i][0]: t for t in marks if t.type == "bar" for i in range(len(t.y))}
    by_text = FRAMES.events.set_index("date_text")["event_id"]
    assert by_text["on Wednesday"] in points and by_text["On 3 March 2025"] in points
    assert by_text["throughout 2025"] in bars and by_text["in January 2025"] in bars
    assert points[by_text["on Wednesday"]].marker.symbol == "circle-open"  # inferred
    assert points[by_text["On 3 March 2025"]].marker.symbol == "circle"  # stated
    assert fig.layout.title.subtitle.text == INFERRED_NOTE


def test_timeline_hover_shows_the_expression_interval_and_sentence():
    fig = timeline_figure(FRAMES.events, "official")
    texts = [text for t in fig.data if t.text is not None for text in t.text]
    year = next(t for t in texts if t.startswith("<b>throughout 2025</b>"))
    assert "01 Jan 2025 – 31 Dec 2025" in year
    assert "We will stand with Ukraine" in year


def test_timeline_lanes_by_official_include_events_naming_none():
    lanes = set(timeline_rows(FRAMES.events, "official")["lane"])
    assert lanes == {"John Healey", "No official named"}


def test_timeline_keeps_the_busiest_lanes_when_asked():
    fig = timeline_figure(FRAMES.events, "country", max_lanes=1)
    assert list(fig.layout.yaxis.categoryarray) == ["Ukraine"]


def test_timeline_leaves_out_events_without_a_date():
    events = FRAMES.events.copy()
    events.loc[0, ["date_start", "date_end"]] = pd.NaT
    assert len(timeline_rows(events, "country")) == len(timeline_rows(FRAMES.events)) - 1
