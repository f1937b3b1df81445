"""Streamlit entry point: page setup, the corpus, and navigation. Pages live in ``pages/``."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

from dashboard.app.corpus import current_corpus, data_paths

PAGES = Path(__file__).resolve().parent / "pages"

st.set_page_config(page_title="Aid & Policy Timelines", page_icon="📰", layout="wide")

st.session_state["corpus"] = current_corpus(data_paths(sys.argv[1:]))

navigation = st.navigation([st.Page(PAGES / "articles.py", title="Articles", icon="📄")])
navigation.run()
