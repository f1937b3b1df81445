"""The app on a DuckDB store: the sidebar filters as SQL select the same frames as pandas.

A small store is ingested in each test session from articles written here (not the shared
corpus); ``where_clause`` must read only the articles that can pass the filters, and
``apply_filters`` on those must give exactly the frames it gives on the whole store.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.app.filters import Filters, apply_filters
from dashboard.app.store_filters import store_options, where_clause
from dashboard.cli import main as cli_main
from dashboard.store.db import open_store, read_frames
from dashboard.store.ingest import ingest_paths

MAIN = Path(__file__).resolve().parents[1] / "dashboard" / "app" / "main.py"
ARTICLES = {
    "uk-air-defence.txt": """Britain pledges £150 million for Ukraine's air defence
published: 2024-02-14
outlet: Northern Ledger

Britain said on Wednesday it would provide £150 million in military assistance to Ukraine.
Defence Secretary Grant Shapps told reporters: "Air defence saves lives every night."
The money comes from the £2.5 billion already set aside for this year, officials said.
""",
    "eu-facility.txt": """EU approves €50 billion Ukraine Facility
published: 2024-02-01
outlet: Brussels Daily

European Union leaders agreed on Thursday to provide €50 billion in financial support to \
Ukraine through 2027.
Commission President Ursula von der Leyen said: "Europe keeps its promises."
""",
    "eu-facility-again.txt": """Kyiv welcomes the €50 billion Ukraine Facility
published: 2024-02-03
outlet: Kyiv Courier

Ukraine welcomed the €50 billion in financial support agreed by the European Union on \
Thursday.
Prime Minister Denys Shmyhal said the money would keep schools and hospitals open.
""",
    "japan-demining.txt": """Japan sends $37 million for demining in Ukraine
published: 2024-06-10
outlet: Northern Ledger

Japan announced on Monday it would provide $37 million in humanitarian aid to Ukraine for \
demining.
Foreign Minister Yoko Kamikawa said: "Fields must be safe to farm again."
""",
}
FILTER_STATES = [
    pytest.param(Filters(), id="none"),
    pytest.param(Filters(countries=("JPN",)), id="country"),
    pytest.param(Filters(countries=("EU", "GBR")), id="two-countries"),
    pytest.param(Filters(officials=("Ursula von der Leyen",)), id="official"),
    pytest.param(Filters(outlets=("Northern Ledger",)), id="outlet"),
    pytest.param(Filters(date_from=dt.date(2024, 2, 2)), id="date-from"),
    pytest.param(
        Filters(date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 2, 2)), id="date-range"
    ),  # fmt: skip
    pytest.param(Filters(aid_types=("humanitarian",)), id="aid-type"),
    pytest.param(Filters(kinds=("commitment",), outlets=("Kyiv Courier",)), id="kind-and-outlet"),
    pytest.param(Filters(countries=("XYZ",)), id="unknown-country"),
]
KEYS = {
    "articles": ["article_id"],
    "events": ["event_id"],
    "commitments": ["commitment_id"],
    "quotes": ["quote_id"],
    "mentions": ["article_id", "char_start", "entity"],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp("store") / "store.duckdb"
    report = ingest_paths([folder], path, workers=1)
    assert report.added == len(ARTICLES), report.rejections
    return path


def _sorted(df: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    return df.sort_values(keys).reset_index(drop=True)


@pytest.mark.parametrize("filters", FILTER_STATES)
def test_sql_filtered_frames_equal_pandas_filtered_frames(store, filters):
    con = open_store(store, read_only=True)
    try:
        everything = read_frames(con)
        where, params = where_clause(filters)
        read = read_frames(con, where, params)
    finally:
        con.close()
    expected, got = apply_filters(everything, filters), apply_filters(read, filters)
    for name, keys in KEYS.items():
        pd.testing.assert_frame_equal(
            _sorted(getattr(got, name), keys), _sorted(getattr(expected, name), keys), obj=name
        )
    assert sorted(got.people["name"]) == sorted(expected.people["name"])
    # Only articles that show up in some filtered frame are read from the store.
    shown = set(expected.articles["article_id"]) | {
        a
        for name in ("events", "commitments", "quotes")
        for a in getattr(expected, name)["article_id"]
    }
    assert set(read.articles["article_id"]) == shown


def test_the_store_has_the_facts_the_tests_filter_on(store):
    """Guards the test above: each filter state must select something real."""
    con = open_store(store, read_only=True)
    try:
        options = store_options(con)
        frames = read_frames(con)
    finally:
        con.close()
    assert {"JPN", "EU", "GBR", "UKR"} <= options.countries
    assert "Ursula von der Leyen" in options.officials
    assert options.outlets == {"Northern Ledger", "Brussels Daily", "Kyiv Courier"}
    assert set(frames.commitments["aid_type"]) >= {"humanitarian", "military", "financial"}


def test_no_filter_reads_every_article():
    assert where_clause(Filters()) == ("", [])


@pytest.fixture
def app_on_store(store, monkeypatch):
    st.cache_data.clear()
    monkeypatch.setattr(sys, "argv", ["main.py", "--store", str(store)])
    yield
    st.cache_data.clear()


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_the_app_reads_the_store_and_a_filter_changes_the_numbers(app_on_store):
    at = AppTest.from_file(str(MAIN), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert _metrics(at)["Articles"] == "4"
    at.sidebar.multiselect(key="filter_countries").select("JPN").run()
    assert _metrics(at)["Articles"] == "1"
    assert _metrics(at)["Committed"] == "$37m"
    at.switch_page("app_pages/articles.py").run()
    assert "1 of 4 articles" in [c.value for c in at.caption]


def test_the_store_shows_an_article_the_filters_leave_out(app_on_store, store):
    con = open_store(store, read_only=True)
    try:
        quote = read_frames(con, "a.outlet = ?", ["Brussels Daily"]).quotes.iloc[0]
    finally:
        con.close()
    at = AppTest.from_file(str(MAIN), default_timeout=120)
    at.query_params.update(
        country="JPN", article=quote["article_id"], start=str(quote["char_start"])
    )
    at.run()
    at.switch_page("app_pages/sources.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Linked fact: quote" in i.value for i in at.info)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--store", "{store}", "--data", "data"], id="store-and-data"),
        pytest.param(["--store", "{missing}"], id="missing-store"),
    ],
)
def test_app_store_usage_errors(store, tmp_path, args):
    args = [a.format(store=store, missing=tmp_path / "none.duckdb") for a in args]
    assert cli_main(["app", *args]) == 2


def test_an_ingest_into_the_store_shows_on_the_next_rerun(store, tmp_path, monkeypatch):
    copy = tmp_path / "store.duckdb"
    shutil.copy(store, copy)
    st.cache_data.clear()
    monkeypatch.setattr(sys, "argv", ["main.py", "--store", str(copy)])
    at = AppTest.from_file(str(MAIN), default_timeout=120)
    at.run()
    assert _metrics(at)["Articles"] == "4"
    more = tmp_path / "more"
    more.mkdir()
    (more / "norway.txt").write_text(
        "Norway adds $100 million for Ukraine's energy grid\npublished: 2024-07-01\n"
        "outlet: Nordic Wire\n\nNorway said on Monday it would provide $100 million in "
        "humanitarian aid to Ukraine to repair its power grid.\n",
        encoding="utf-8",
    )
    assert ingest_paths([more], copy, workers=1).added == 1
    at.run()
    assert _metrics(at)["Articles"] == "5"
    st.cache_data.clear()


def test_an_upload_joins_the_session_view_but_not_the_store(app_on_store, store):
    at = AppTest.from_file(str(MAIN), default_timeout=120)
    at.run()
    text = b"Norway pledges aid\npublished: 2025-02-01\n\nNorway pledged aid to Ukraine today.\n"
    at.sidebar.file_uploader[0].set_value([("norway.txt", text, "text/plain")]).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _metrics(at)["Articles"] == "5"
    assert any("session only" in c.value for c in at.sidebar.caption)
    con = open_store(store, read_only=True)
    try:
        assert read_frames(con).articles.shape[0] == 4
    finally:
        con.close()
