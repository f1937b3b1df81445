"""Streamlit pieces the pages share: a chart with its downloads, links, and guarded pages."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from dashboard.app import downloads
from dashboard.charts.common import toolbar_config

log = logging.getLogger(__name__)
_MARKDOWN_SIGNS = re.compile(r"([\\`*_{}\[\]()<>#|$:~&^])")
_LIST_MARKER = re.compile(r"^(\d*)([.)+-])")  # only at the start of a line


def md_text(value: str) -> str:
    """Article content (a title, an outlet, a file name) shown literally inside Streamlit
    markdown, on one line: no bold, heading, list, link, formula, colour or HTML it carries is
    interpreted."""
    text = _MARKDOWN_SIGNS.sub(r"\\\1", " ".join(value.split()))
    return _LIST_MARKER.sub(r"\1\\\2", text)


def show_chart(fig: go.Figure, name: str, *, selectable: bool = False, height: int | None = None):
    """The chart (its toolbar camera saves a PNG in the browser) and a menu of downloads:
    a standalone interactive HTML file, and PNG/SVG rendered on the server when a Chromium
    is installed. Returns the selection state when ``selectable``."""
    event = st.plotly_chart(
        fig,
        key=f"chart_{name}",
        config=toolbar_config(name),
        on_select="rerun" if selectable else "ignore",
        selection_mode=("points", "box") if selectable else ("points", "box", "lasso"),
    )
    with st.popover("Download chart", icon=":material/download:"):
        st.download_button(
            "Interactive HTML (works offline)",
            help="Its toolbar camera saves the chart as SVG; the camera above saves a PNG.",
            data=lambda: downloads.chart_html(fig, name),
            file_name=f"{name}.html",
            mime="text/html",
            on_click="ignore",
            key=f"html_{name}",
        )
        if downloads.chromium_path():
            for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml")):
                st.download_button(
                    f"{fmt.upper()} image (rendered on the server, a few seconds)",
                    data=lambda fmt=fmt: downloads.chart_image(fig, fmt),
                    file_name=f"{name}.{fmt}",
                    mime=mime,
                    on_click="ignore",
                    key=f"{fmt}_{name}",
                )
        else:
            st.caption(
                "Server-side PNG and SVG need a Chromium browser, which is not installed here: "
                "use the camera button in the chart's toolbar."
            )
    return event


def guarded(page: Callable[[], None]) -> None:
    """Run a page; an error shows as a message naming its cause, never as a traceback."""
    try:
        page()
    except Exception as err:  # noqa: BLE001 - any failure must reach the reader as a message
        log.exception("page failed")
        st.error(
            f"This view could not be drawn: {type(err).__name__}: {err}. "
            "Try clearing the filters; if it persists, the corpus may hold a fact the app "
            "does not expect."
        )
