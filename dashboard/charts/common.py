"""What every chart shares: the colour palette, amount formatting, layout and toolbar config."""

from __future__ import annotations

import math

import plotly.graph_objects as go

from dashboard.extract.actors import actor_name

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
OKABE_ITO = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
]
NEUTRAL = "#8A8A8A"  # "unspecified", "other": never a palette colour

CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€"}
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def colour_map(values: list[str], neutral: tuple[str, ...] = ("unspecified", "other")) -> dict:
    """A stable colour per category, in the order given; catch-all categories are grey."""
    palette = iter(OKABE_ITO * 4)
    return {v: NEUTRAL if v in neutral else next(palette) for v in values}


def format_money(amount: float | None, currency: str = "USD") -> str:
    """Short form for labels: ``£225m``, ``$1.7bn``, ``$861bn`` (no decimal from 100 up),
    ``€450,000``; ``–`` when unknown."""
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return "–"
    symbol = CURRENCY_SYMBOLS.get(currency)
    prefix, suffix = (symbol, "") if symbol else ("", f" {currency}")
    for scale, unit in _SCALES:
        if abs(amount) >= scale:
            value = amount / scale
            short = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}".removesuffix(".0")
            return f"{prefix}{short}{unit}{suffix}"
    return f"{prefix}{amount:,.0f}{suffix}"


def format_money_full(amount: float | None, currency: str = "USD") -> str:
    """Every digit, for hover text and tables: ``£225,000,000``."""
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return "–"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{amount:,.0f}" if symbol else f"{amount:,.0f} {currency}"


def actor_label(code: str | None) -> str:
    """Display name of an actor code; ``Not stated`` when there is none."""
    return actor_name(code) if isinstance(code, str) and code else "Not stated"


def base_layout(fig: go.Figure, title: str, height: int = 420) -> go.Figure:
    """Title, font, margins and legend placement shared by every chart."""
    fig.update_layout(
        # The title pinned to the top, the legend (one or two rows) between it and the plot.
        title={
            "text": title,
            "x": 0,
            "xanchor": "left",
            "font": {"size": 16},
            "yref": "container",
            "y": 0.98,
            "yanchor": "top",
        },
        height=height,
        margin={"l": 10, "r": 10, "t": 88, "b": 10},
        font={"family": "Source Sans Pro, Arial, sans-serif", "size": 13},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0, "title": None},
        template="plotly_white",
        hoverlabel={"align": "left"},
    )
    return fig


def empty_figure(title: str, message: str) -> go.Figure:
    """A chart frame with a message instead of data, so a page keeps its layout."""
    fig = go.Figure()
    fig.add_annotation(
        text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper", font_size=14
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return base_layout(fig, title, height=260)


def toolbar_config(filename: str) -> dict:
    """Plotly toolbar: the camera button saves a PNG in the browser (no server needed)."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
        "modeBarButtonsToRemove": ["lasso2d"],
    }


def money_ticks(max_value: float, currency: str, n: int = 5) -> tuple[list[float], list[str]]:
    """Round tick values up to ``max_value`` labelled in short form (``£500m``, ``£1bn``)."""
    if not max_value or max_value <= 0 or math.isnan(max_value):
        return [0.0], [format_money(0.0, currency)]
    raw = max_value / n
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    values = [i * step for i in range(math.ceil(max_value / step) + 1)]
    return values, [format_money(v, currency) for v in values]
