"""Streamlit entry point: page setup, the corpus, the shared sidebar, and navigation.

Pages live in ``app_pages/`` (with a folder named ``pages/``, Streamlit would run its old
folder-based multipage mode on a fresh server's first request) and read what they show from
``st.session_state``: ``corpus`` (all of it; from a store, the articles that can pass the
filters), ``frames`` (after the sidebar filters), ``filters``, ``store`` (its path, or None)
and ``total_articles``.
"""

from __future__ import annotations

import sys
from functools import reduce
from operator import or_
from pathlib import Path

import streamlit as st

from dashboard.app.corpus import (
    combine,
    current_corpus,
    current_store,
    data_paths,
    session_memo,
    store_path,
    store_summary,
    store_version,
)
from dashboard.app.filters import apply_filters, filter_options
from dashboard.app.links import PAGE_PATHS
from dashboard.app.sidebar import download_box, filter_widgets, upload_box
from dashboard.app.store_filters import where_clause
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

store = store_path(sys.argv[1:])
filter_area, download_area = st.sidebar.container(), st.sidebar.container()
uploads, upload_key = upload_box(into_store=bool(store))
upload_options = [filter_options(u.frames) for u in uploads]
try:
    if store:
        options, total = store_summary(store, store_version(store))
        filters = filter_widgets(reduce(or_, upload_options, options), filter_area)
        key, base = current_store(store, *where_clause(filters))
    else:
        key, base = current_corpus(data_paths(sys.argv[1:]))
        options = session_memo("options", key, lambda: filter_options(base.frames))
        filters = filter_widgets(reduce(or_, upload_options, options), filter_area)
        total = len(base.frames.articles)
except Exception as err:  # noqa: BLE001 - shown as a message, never a traceback
    st.error(f"The corpus could not be read: {type(err).__name__}: {err}")
    st.stop()

key = (key, upload_key)
corpus = session_memo("with_uploads", key, lambda: combine([base, *uploads]))
total += len(corpus.frames.articles) - len(base.frames.articles)
# The same filtered frames object across reruns, so its pledges are built once per filter.
frames = session_memo("frames", (key, filters), lambda: apply_filters(corpus.frames, filters))
st.session_state.update(
    corpus=corpus, filters=filters, frames=frames, store=store, total_articles=total
)
with download_area:
    download_box(frames)

guarded(navigation.run)
