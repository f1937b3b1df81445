"""Events on a timeline: single days as points, intervals as bars, coloured by kind.

A date resolved against the publication date ("on Wednesday") or left unresolved is drawn
hollow (points) or hatched (bars), so an inferred date never looks like a stated one.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.common import actor_label, base_layout, colour_map, empty_figure
from dashboard.frames.schemas import EVENT_KINDS

GROUPINGS = {"country": "Country", "official": "Official"}
INFERRED_NOTE = "Hollow markers and hatched bars: date inferred from the publication date"
_DAY_MS = 86_400_000


def is_inferred(events: pd.DataFrame) -> pd.Series:
    """True where the date was not stated outright (relative or unresolved anchor)."""
    return events["anchor"] != "absolute"


def timeline_rows(events: pd.DataFrame, by: str = "country") -> pd.DataFrame:
    """One row per event and country (or official) it names; events without one get a row too.

    Events without a resolved start date cannot be placed and are left out.
    """
    column = {"country": "countries", "official": "people"}[by]
    placed = events[events["date_start"].notna()].copy()
    placed["lane"] = placed[column].map(lambda xs: list(xs) if len(xs) else [None])
    rows = placed.explode("lane")
    none_label = "No country named" if by == "country" else "No official named"
    if by == "country":
        rows["lane"] = rows["lane"].map(lambda c: actor_label(c) if c else none_label)
    else:
        rows["lane"] = rows["lane"].fillna(none_label)
    rows["date_end"] = rows["date_end"].fillna(rows["date_start"])
    return rows.reset_index(drop=True)


def _wrap(text: str, width: int = 80, lines: int = 6) -> str:
    """Words joined into lines of about ``width`` characters (textwrap is slow on thousands)."""
    out, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) >= width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "<br>".join(out[:lines]) + (" …" if len(out) > lines else "")


def hover_texts(events: pd.DataFrame) -> dict[str, str]:
    """Each event's hover text: the expression, the resolved interval, how it was dated, and
    the sentence (escaped: it is article text)."""
    columns = ["event_id", "date_text", "date_start", "date_end", "anchor", "kind",
               "granularity", "sentence"]  # fmt: skip
    texts = {}
    for event_id, text, start, end, anchor, kind, granularity, sentence in zip(
        *(events[c].tolist() for c in columns), strict=True
    ):
        end = start if pd.isna(end) else end
        interval = f"{start:%d %b %Y}" if start == end else f"{start:%d %b %Y} – {end:%d %b %Y}"
        how = "stated" if anchor == "absolute" else f"inferred ({anchor})"
        texts[event_id] = (
            f"<b>{html.escape(text)}</b> → {interval}<br>"
            f"{kind} · {granularity} · date {how}<br>{_wrap(html.escape(sentence))}"
        )
    return texts


def _add_marks(fig: go.Figure, part: pd.DataFrame, kind: str, colour: str, inferred: bool):
    """Points for single days, bars for intervals; hollow or hatched when ``inferred``."""
    days, spans = part[part["single_day"]], part[~part["single_day"]]
    common = {"legendgroup": kind, "showlegend": False, "hovertemplate": "%{text}<extra></extra>"}
    if not spans.empty:
        fig.add_bar(
            base=spans["date_start"].dt.strftime("%Y-%m-%d").tolist(),
            x=((spans["date_end"] - spans["date_start"]).dt.days + 1) * _DAY_MS,
            y=spans["lane"],
            orientation="h",
            text=spans["hover"],
            textposition="none",
            customdata=spans[["event_id"]].to_numpy(),
            marker={
                "color": "white" if inferred else colour,
                "opacity": 0.9 if inferred else 0.55,
                "line": {"color": colour, "width": 1},
                "pattern": {"shape": "/", "fgcolor": colour, "fillmode": "replace"}
                if inferred
                else None,
            },
            width=0.5,
            **common,
        )
    if not days.empty:
        fig.add_scatter(
            x=days["date_start"],
            y=days["lane"],
            mode="markers",
            text=days["hover"],
            customdata=days[["event_id"]].to_numpy(),
            marker={  # an open symbol is drawn in ``color``: a ring of the kind's colour
                "color": colour,
                "size": 11,
                "symbol": "circle-open" if inferred else "circle",
                "line": {"color": colour if inferred else "white", "width": 2.5 if inferred else 1},
            },
            **common,
        )


def _add_legend_keys(fig: go.Figure, kinds: list[str], colours: dict, any_inferred: bool):
    """One legend entry per kind (click to hide it), and a key to stated vs inferred dates."""
    for kind in kinds:
        fig.add_scatter(
            x=[None], y=[None], mode="markers", name=kind, legendgroup=kind,
            marker={"color": colours[kind], "size": 11, "symbol": "square"},
        )  # fmt: skip
    keys = [("date stated", "circle"), ("date inferred", "circle-open")]
    for name, symbol in keys if any_inferred else keys[:1]:
        fig.add_scatter(
            x=[None], y=[None], mode="markers", name=name, legendgroup=name,
            marker={"color": "#444", "size": 11, "symbol": symbol, "line": {"width": 2}},
        )  # fmt: skip


def timeline_figure(
    events: pd.DataFrame, by: str = "country", max_lanes: int | None = None
) -> go.Figure:
    """The timeline chart; ``customdata`` carries each mark's event_id (for selections).

    ``max_lanes`` keeps only the countries (or officials) with the most events.
    """
    title = f"Events by {GROUPINGS[by].lower()}"
    rows = timeline_rows(events, by)
    if max_lanes and rows["lane"].nunique() > max_lanes:
        busiest = rows["lane"].value_counts().index[:max_lanes]
        rows = rows[rows["lane"].isin(busiest)].copy()
        title += f" (the {max_lanes} with most events)"
    if rows.empty:
        return empty_figure(title, "No dated events match the filters")
    placed = events[events["event_id"].isin(set(rows["event_id"]))]
    rows["hover"] = rows["event_id"].map(hover_texts(placed))
    rows["inferred"] = is_inferred(rows)
    rows["single_day"] = rows["date_start"] == rows["date_end"]
    present = set(rows["kind"])
    kinds = [k for k in EVENT_KINDS if k in present]
    colours = colour_map(kinds)
    fig = go.Figure()
    for kind in kinds:
        for inferred in (False, True):
            part = rows[(rows["kind"] == kind) & (rows["inferred"] == inferred)]
            _add_marks(fig, part, kind, colours[kind], inferred)
    _add_legend_keys(fig, kinds, colours, rows["inferred"].any())
    lanes = rows.groupby("lane")["date_start"].min().sort_values().index.tolist()
    fig.update_yaxes(categoryorder="array", categoryarray=lanes[::-1], title=None, automargin=True)
    fig.update_xaxes(type="date", title=None)
    base_layout(fig, title, height=max(360, 34 * len(lanes) + 170))
    fig.update_layout(
        barmode="overlay",
        legend={"orientation": "v", "yanchor": "top", "y": 1, "x": 1.01},  # 9 keys: at the side
        title_subtitle_text=INFERRED_NOTE if rows["inferred"].any() else None,
        clickmode="event+select",
    )
    return fig
