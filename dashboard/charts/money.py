"""Money charts: committed amounts over time, by donor and recipient, by aid type and instrument.

Running totals ("£12.8 billion since 2022", ``is_total``) restate earlier commitments: every
chart here sums new commitments only, and the app lists running totals apart.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.common import (
    actor_label,
    base_layout,
    colour_map,
    empty_figure,
    format_money,
    format_money_full,
    money_ticks,
)
from dashboard.charts.currency import display_amounts
from dashboard.frames.schemas import AID_TYPES, INSTRUMENTS

EMPTY_MESSAGE = "No new commitments match the filters"


def new_commitments(commitments: pd.DataFrame, currency: str) -> pd.DataFrame:
    """New commitments (running totals left out) with their ``value`` in ``currency``."""
    new = commitments[~commitments["is_total"].astype(bool)].copy()
    new["value"] = display_amounts(new, currency)
    return new[new["value"].notna()]


def _money_axis(
    fig: go.Figure, max_value: float, currency: str, axis: str = "y", ticks: int = 5
) -> None:
    values, labels = money_ticks(max_value, currency, ticks)
    update = fig.update_yaxes if axis == "y" else fig.update_xaxes
    update(tickvals=values, ticktext=labels, range=[0, values[-1] * 1.02], title=None)


def _stacked_bars(table: pd.DataFrame, x: str, stack: str, order: list[str], horizontal: bool):
    """Bars of ``value`` summed by ``x``, stacked by ``stack`` (categories in ``order``)."""
    colours = colour_map(order)
    fig = go.Figure()
    for key in [k for k in order if k in set(table[stack])]:
        part = table[table[stack] == key]
        hover = [
            f"<b>{label}</b><br>{key}: {format_money_full(v, part['currency_shown'].iloc[0])}"
            f"<br>{n} commitment{'s' if n != 1 else ''}"
            for label, v, n in zip(part[x], part["value"], part["count"], strict=True)
        ]
        axes = (
            {"y": part[x], "x": part["value"]} if horizontal else {"x": part[x], "y": part["value"]}
        )
        fig.add_bar(
            name=key,
            orientation="h" if horizontal else "v",
            marker_color=colours[key],
            hovertext=hover,
            hoverinfo="text",
            **axes,
        )
    fig.update_layout(barmode="stack")
    return fig


def _grouped(new: pd.DataFrame, by: list[str], currency: str) -> pd.DataFrame:
    table = new.groupby(by, dropna=False)["value"].agg(["sum", "count"]).reset_index()
    table = table.rename(columns={"sum": "value"})
    table["currency_shown"] = currency
    return table


def monthly_figure(
    commitments: pd.DataFrame, currency: str = "USD", cumulative: bool = False
) -> go.Figure:
    """New commitments per month by aid type, or their running sum over time."""
    title = "Committed over time" + (" (cumulative)" if cumulative else ", by month")
    new = new_commitments(commitments, currency)
    new = new[new["date"].notna()]
    if new.empty:
        return empty_figure(title, EMPTY_MESSAGE)
    new["month"] = new["date"].dt.to_period("M").dt.to_timestamp()
    if cumulative:
        monthly = new.groupby("month")["value"].sum().sort_index().cumsum()
        fig = go.Figure(
            go.Scatter(
                x=monthly.index,
                y=monthly.values,
                mode="lines+markers",
                line={"shape": "hv", "color": "#0072B2", "width": 3},
                hovertext=[
                    f"<b>{m:%b %Y}</b><br>{format_money_full(v, currency)} so far"
                    for m, v in monthly.items()
                ],
                hoverinfo="text",
                name="cumulative",
            )
        )
        peak = float(monthly.max())
    else:
        table = _grouped(new, ["month", "aid_type"], currency)
        fig = _stacked_bars(table, "month", "aid_type", AID_TYPES, horizontal=False)
        peak = float(table.groupby("month")["value"].sum().max())
    fig.update_xaxes(type="date", title=None)
    _money_axis(fig, peak, currency)
    return base_layout(fig, title)


def by_actor_figure(
    commitments: pd.DataFrame, role: str = "donor", currency: str = "USD", top: int = 15
) -> go.Figure:
    """New commitments by donor (or recipient), stacked by aid type, largest first."""
    title = f"Committed by {role}"
    new = new_commitments(commitments, currency)
    if new.empty:
        return empty_figure(title, EMPTY_MESSAGE)
    new["actor"] = new[role].map(actor_label)
    table = _grouped(new, ["actor", "aid_type"], currency)
    totals = table.groupby("actor")["value"].sum().sort_values(ascending=False)
    keep = totals.index[:top]
    fig = _stacked_bars(table[table["actor"].isin(keep)], "actor", "aid_type", AID_TYPES, True)
    fig.update_yaxes(categoryorder="array", categoryarray=list(keep[::-1]), automargin=True)
    _money_axis(fig, float(totals.max()), currency, axis="x", ticks=3)  # labels side by side
    fig.update_xaxes(tickangle=0)
    base_layout(fig, title, height=max(300, 30 * len(keep) + 150))
    # Long actor names already narrow the plot: the legend goes to the side, in a column.
    fig.update_layout(legend={"orientation": "v", "yanchor": "top", "y": 1, "x": 1.01}, margin_t=50)
    return fig


def aid_type_figure(commitments: pd.DataFrame, currency: str = "USD") -> go.Figure:
    """New commitments by aid type, stacked by instrument (loan, grant, ...)."""
    title = "Committed by aid type and instrument"
    new = new_commitments(commitments, currency)
    if new.empty:
        return empty_figure(title, EMPTY_MESSAGE)
    table = _grouped(new, ["aid_type", "instrument"], currency)
    fig = _stacked_bars(table, "aid_type", "instrument", INSTRUMENTS, horizontal=False)
    fig.update_xaxes(categoryorder="array", categoryarray=AID_TYPES, title=None)
    _money_axis(fig, float(table.groupby("aid_type")["value"].sum().max()), currency)
    return base_layout(fig, title)


def treemap_figure(commitments: pd.DataFrame, currency: str = "USD") -> go.Figure:
    """Aid type, then instrument, as nested areas proportional to the amount."""
    title = "Share by aid type and instrument"
    new = new_commitments(commitments, currency)
    if new.empty:
        return empty_figure(title, EMPTY_MESSAGE)
    table = _grouped(new, ["aid_type", "instrument"], currency)
    parents = table.groupby("aid_type")["value"].sum()
    colours = colour_map(AID_TYPES)
    ids = [f"{a}/{i}" for a, i in zip(table["aid_type"], table["instrument"], strict=True)]
    fig = go.Figure(
        go.Treemap(
            ids=list(parents.index) + ids,
            labels=list(parents.index) + list(table["instrument"]),
            parents=[""] * len(parents) + list(table["aid_type"]),
            values=list(parents.values) + list(table["value"]),
            branchvalues="total",
            marker={
                "colors": [colours[a] for a in parents.index]
                + [colours[a] for a in table["aid_type"]]
            },
            text=[format_money(v, currency) for v in list(parents.values) + list(table["value"])],
            hovertext=[
                format_money_full(v, currency) for v in list(parents.values) + list(table["value"])
            ],
            texttemplate="<b>%{label}</b><br>%{text}",
            hovertemplate="<b>%{label}</b><br>%{hovertext}<extra></extra>",
        )
    )
    return base_layout(fig, title)
