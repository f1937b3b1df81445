"""Streamlit entry point: page setup, the corpus, the shared sidebar, and navigation.

Pages live in ``app_pages/`` (with a folder named ``pages/``, Streamlit would run its old
folder-based multipage mode on a fresh server's first request) and read what they show from
``st.session_state``: ``corpus`` (all of it), ``frames`` (after the sidebar filters) and
``filters``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

from dashboard.app.corpus import current_corpus, data_paths
from dashboard.app.filters import apply_filters
from dashboard.app.links import PAGE_PATHS
from dashboard.app.sidebar import download_box, filter_widgets, upload_box
from dashboard.app.widgets import guarded

PAGES = Path(__file__).resolve().parent / "app_pages"
TITLES = {
    "overview": ("Overview", ":material/dashboard:"),
    "timeline": ("Timeline", ":material/timeline:"),
    "money": ("Money", ":material/payments:"),
    "quotes": ("Quotes", ":material/format_quote:"),
    "people": ("People and countries", ":material/groups:"),
    "sources": ("Sources", ":material/article:"),
    "articles": ("Articles", ":material/list:"),
}

st.set_page_config(page_title="Aid & Policy Timelines", page_icon="📰", layout="wide")

pages = [
    st.Page(
        PAGES / f"{name}.py",
        title=title,
        icon=icon,
        url_path=PAGE_PATHS[name] or None,
        default=name == "overview",
    )
    for name, (title, icon) in TITLES.items()
]
navigation = st.navigation(pages)

try:
    base = current_corpus(data_paths(sys.argv[1:]))
except Exception as err:  # noqa: BLE001 - shown as a message, never a traceback
    st.error(f"The corpus could not be read: {type(err).__name__}: {err}")
    st.stop()

filter_area, download_area = st.sidebar.container(), st.sidebar.container()
corpus = upload_box(base)
filters = filter_widgets(corpus.frames, filter_area)
frames = apply_filters(corpus.frames, filters)
st.session_state.update(corpus=corpus, filters=filters, frames=frames)
with download_area:
    download_box(frames)

guarded(navigation.run)
