"""The shared sidebar: upload box, filters (kept in the URL) and data downloads."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from dashboard.app import downloads
from dashboard.app.corpus import load_upload
from dashboard.app.filters import QUERY_KEYS, FilterOptions, Filters, from_query, to_query
from dashboard.app.widgets import md_text
from dashboard.charts.common import actor_label
from dashboard.corpus import CorpusResult
from dashboard.frames import Frames
from dashboard.frames.schemas import AID_TYPES, EVENT_KINDS
from dashboard.ingest import SUFFIXES

_WIDGET_KEYS = {name: f"filter_{name}" for name in QUERY_KEYS}
_LAST_QUERY = "filters_last_query"
_EARLIEST, _LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def upload_box(into_store: bool = False) -> tuple[list[CorpusResult], tuple]:
    """Files added in this session, read and extracted once each, and a key naming them.

    With a store, uploads join this session's view only: the store is written by
    ``python -m dashboard ingest`` alone (one writer, and no reader left with a half batch).
    """
    where = (
        "They join this session's view only; the store is not changed (add them to it with "
        "`python -m dashboard ingest`)."
        if into_store
        else "They join the corpus for this session."
    )
    files = st.sidebar.file_uploader(
        "Add articles",
        type=[s.lstrip(".") for s in SUFFIXES],
        accept_multiple_files=True,
        help="Text, Markdown, HTML, JSON, JSON Lines or CSV (fields title, text, published, "
        f"outlet, url). {where}",
    )
    if not files:
        return [], ()
    uploaded = []
    progress = st.sidebar.progress(0.0, text="Reading the uploaded files…")
    for i, file in enumerate(files, start=1):
        uploaded.append(load_upload(file.name, file.getvalue()))
        progress.progress(i / len(files), text=f"Read {i} of {len(files)}: {md_text(file.name)}")
    progress.empty()
    added = sum(len(r.frames.articles) for r in uploaded)
    rejected = [rejection for r in uploaded for rejection in r.rejections]
    st.sidebar.caption(
        f"{added} article{'s' if added != 1 else ''} added from the uploads"
        + (", for this session only (the store is not changed)." if into_store else ".")
    )
    if rejected:
        st.sidebar.warning(
            "Not added:\n\n"
            + "\n".join(
                f"- **{md_text(r.path)}**"
                + (f" (line {r.line})" if r.line is not None else "")
                + f": {md_text(r.reason)}"
                for r in rejected
            )
        )
    return uploaded, tuple(f.file_id for f in files)


def _query_filters() -> tuple[Filters, dict[str, list[str]]]:
    raw = {key: st.query_params.get_all(key) for key in QUERY_KEYS.values()}
    return from_query(raw), {k: v for k, v in raw.items() if v}


def _sync_widgets_from_url() -> None:
    """Put the URL's filters into the widgets on a new session or when a link changed them."""
    url_filters, url_query = _query_filters()
    first_run = _LAST_QUERY not in st.session_state
    followed_link = url_query and url_query != st.session_state.get(_LAST_QUERY)
    if first_run or followed_link:
        for name, key in _WIDGET_KEYS.items():
            value = getattr(url_filters, name)
            st.session_state[key] = list(value) if isinstance(value, tuple) else value


def _options(values, chosen) -> list[str]:
    """Sorted distinct values, plus any chosen value the data lacks (so a link still applies)."""
    return sorted(set(v for v in values if isinstance(v, str) and v) | set(chosen))


def filter_widgets(options: FilterOptions, side) -> Filters:
    """The filter widgets in ``side`` (a sidebar container); returns the filters and writes
    them to the URL query string."""
    _sync_widgets_from_url()
    state = st.session_state
    side.header("Filters")
    countries = _options(options.countries, state.get(_WIDGET_KEYS["countries"], []))
    side.multiselect(
        "Country or organisation",
        countries,
        key=_WIDGET_KEYS["countries"],
        format_func=lambda c: f"{actor_label(c)} ({c})",
        help="Donor, recipient, or mentioned",
    )
    side.multiselect(
        "Official",
        _options(options.officials, state.get(_WIDGET_KEYS["officials"], [])),
        key=_WIDGET_KEYS["officials"],
    )
    left, right = side.columns(2)
    left.date_input("From", key=_WIDGET_KEYS["date_from"], min_value=_EARLIEST,
                    max_value=_LATEST, format="YYYY-MM-DD")  # fmt: skip
    right.date_input("To", key=_WIDGET_KEYS["date_to"], min_value=_EARLIEST,
                     max_value=_LATEST, format="YYYY-MM-DD")  # fmt: skip
    side.multiselect("Event kind", EVENT_KINDS, key=_WIDGET_KEYS["kinds"])
    side.multiselect("Aid type", AID_TYPES, key=_WIDGET_KEYS["aid_types"])
    side.multiselect(
        "Outlet",
        _options(options.outlets, state.get(_WIDGET_KEYS["outlets"], [])),
        key=_WIDGET_KEYS["outlets"],
    )
    filters = Filters(
        **{
            name: tuple(state.get(key) or ()) if name not in ("date_from", "date_to")
            else state.get(key)
            for name, key in _WIDGET_KEYS.items()
        }
    )  # fmt: skip
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        side.warning("“From” is after “To”: the dates are swapped.")
        filters = replace(filters, date_from=filters.date_to, date_to=filters.date_from)
    _write_query(filters)
    return filters


def _write_query(filters: Filters) -> None:
    query = to_query(filters)
    for key in QUERY_KEYS.values():
        if key not in query and key in st.query_params:
            del st.query_params[key]
    for key, values in query.items():
        if st.query_params.get_all(key) != values:
            st.query_params[key] = values
    st.session_state[_LAST_QUERY] = query


def download_box(frames: Frames) -> None:
    """The filtered frames as files, each built only when its button is clicked."""
    with st.expander("Download the filtered data"):
        name = st.selectbox("Frame", [n for n, _ in frames.items()], key="download_frame")
        df = getattr(frames, name)
        st.caption(f"{len(df):,} rows")
        left, right = st.columns(2)
        left.download_button(
            "CSV",
            data=lambda: downloads.csv_bytes(df),
            file_name=f"{name}.csv",
            mime="text/csv",
            on_click="ignore",
            icon=":material/download:",
        )
        right.download_button(
            "Parquet",
            data=lambda: downloads.parquet_bytes(df),
            file_name=f"{name}.parquet",
            mime="application/vnd.apache.parquet",
            on_click="ignore",
            icon=":material/download:",
        )
        st.download_button(
            "Excel, all frames",
            data=lambda: downloads.excel_bytes(frames),
            file_name="aid-policy-timelines.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            on_click="ignore",
            icon=":material/download:",
        )
        st.caption("Spreadsheet cells that would run as formulas start with a quote mark.")
