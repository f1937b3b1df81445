"""Every page of the app, run headless with Streamlit's AppTest.

Most tests run on the small example corpus of ``app_example`` (extraction is replaced by it,
so the numbers are known); one runs every page on the bundled demo corpus with the real
extractors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import streamlit as st
from app_example import example_corpus, reports_corpus
from streamlit.testing.v1 import AppTest

import dashboard.app.corpus as app_corpus
from dashboard.charts.common import format_money

REPO = Path(__file__).resolve().parents[1]
MAIN = REPO / "dashboard" / "app" / "main.py"
DEMO = REPO / "data"
PAGES = ["overview", "timeline", "money", "quotes", "people", "sources", "articles"]
TIMEOUT = 120


@pytest.fixture(autouse=True)
def fresh_cache(monkeypatch):
    """No cached corpus from another test, and no pytest arguments taken for ``--data``."""
    st.cache_data.clear()
    monkeypatch.setattr(sys, "argv", ["main.py"])
    yield
    st.cache_data.clear()


@pytest.fixture
def example(monkeypatch):
    """The app on the example corpus (3 articles) instead of extracting the demo folder."""
    calls = []

    def fake_extract(paths):
        calls.append(paths)
        return example_corpus()

    monkeypatch.setattr(app_corpus, "extract_paths", fake_extract)
    return calls


@pytest.fixture
def reports(monkeypatch):
    """The example corpus and a fourth article reporting two of its pledges again."""
    monkeypatch.setattr(app_corpus, "extract_paths", lambda paths: reports_corpus())


def run(page: str = "overview", query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(MAIN), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if page != "overview":
        at.switch_page(f"app_pages/{page}.py").run()
    return at


def no_failure(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not [e for e in at.error if "could not" in e.value], [e.value for e in at.error]


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


@pytest.mark.parametrize("page", PAGES)
def test_page_draws_on_the_example_corpus(example, page):
    at = run(page)
    no_failure(at)
    assert at.title[0].value


@pytest.mark.skipif(not DEMO.is_dir(), reason="no bundled demo corpus in data/")
def test_every_page_draws_on_the_demo_corpus():
    at = run()
    no_failure(at)
    assert int(metrics(at)["Articles"].replace(",", "")) > 0
    for page in PAGES[1:]:
        at.switch_page(f"app_pages/{page}.py").run()
        no_failure(at)


def test_overview_counts_leave_running_totals_out(example):
    shown = metrics(run())
    assert shown["Articles"] == "3"
    assert shown["Pledges"] == "3"  # the £12.8bn running total is not one
    assert shown["Committed"] == "$2.4bn"  # 282.6m + 1.62bn + 500m, never + 16.1bn
    assert shown["Quotes"] == "3"


@pytest.mark.parametrize(
    ("query", "articles", "pledges"),
    [
        pytest.param({"country": "EU"}, "1", "1", id="country"),
        pytest.param({"official": "John Healey"}, "1", "1", id="official"),
        pytest.param({"outlet": "Example Wire"}, "2", "2", id="outlet"),
        pytest.param({"aid": "humanitarian"}, "1", "1", id="aid-type"),
        pytest.param({"from": "2025-01-01"}, "2", "2", id="date-from"),
        pytest.param({"country": ["EU", "USA"]}, "2", "2", id="two-countries"),
    ],
)
def test_filters_in_the_url_change_the_numbers(example, query, articles, pledges):
    shown = metrics(run(query=query))
    assert (shown["Articles"], shown["Pledges"]) == (articles, pledges)


def test_a_filter_widget_writes_the_url_and_does_not_extract_again(example):
    at = run()
    assert metrics(at)["Articles"] == "3"
    at.sidebar.multiselect(key="filter_countries").select("USA").run()
    assert metrics(at)["Articles"] == "1"
    assert at.query_params["country"] in ("USA", ["USA"])
    at.switch_page("app_pages/money.py").run()
    no_failure(at)
    assert at.sidebar.multiselect(key="filter_countries").value == ["USA"]
    assert len(example) == 1, "a filter change or page switch extracted the corpus again"


def test_timeline_table_lists_the_events_with_source_links(example):
    at = run("timeline")
    table = at.dataframe[0].value
    assert list(table["date as written"]) == [
        "on Wednesday",
        "throughout 2025",
        "in January 2025",
        "On 3 March 2025",
    ]
    assert table.loc[table["date as written"] == "on Wednesday", "date"].item() == "inferred"
    assert all(url.startswith("./sources?article=") for url in table["source"])


def test_money_in_pounds_shows_a_pound_amount_as_written(example):
    at = run("money")
    at.segmented_control(key="money_count").set_value("mentions").run()
    at.segmented_control(key="money_currency").set_value("GBP").run()
    no_failure(at)
    table = at.dataframe[0].value
    row = table[table["amount as written"] == "£225 million"]
    assert row["value (GBP)"].item() == "£225m"
    assert row["full value (GBP)"].item() == "£225,000,000"
    totals = at.dataframe[1].value
    assert list(totals["amount as written"]) == ["£12.8 billion"]


def test_quotes_search_and_speaker_marks(example):
    at = run("quotes")
    assert any(c.value.startswith("3 quotations (3 of 3 quotes") for c in at.caption)
    assert any("pronoun" in m.value for m in at.markdown)  # Healey was found through "he"
    at.text_input(key="quotes_search").input("lights").run()
    assert any(c.value.startswith("1 quotation (1 of 3 quotes") for c in at.caption)


def test_sources_page_opens_the_linked_fact(example):
    corpus = example_corpus()
    quote = corpus.frames.quotes.iloc[1]
    at = run(query={"article": quote["article_id"], "start": str(quote["char_start"])})
    at.switch_page("app_pages/sources.py").run()
    no_failure(at)
    assert any("Linked fact: quote" in i.value for i in at.info)
    page = "".join(h.proto.body for h in at.get("html"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert 'id="fact-target"' in page


def test_an_uploaded_file_joins_the_corpus_and_a_bad_one_shows_why(example):
    at = run()
    good = b"Norway pledges aid\npublished: 2025-02-01\n\nNorway pledged aid to Ukraine today.\n"
    at.sidebar.file_uploader[0].set_value(
        [("norway.txt", good, "text/plain"), ("broken.json", b"{not json", "application/json")]
    ).run()
    no_failure(at)
    assert metrics(at)["Articles"] == "4"
    warning = " ".join(w.value for w in at.sidebar.warning)
    assert "broken.json" in warning
    at.switch_page("app_pages/articles.py").run()
    assert "Norway pledges aid" in list(at.dataframe[0].value["title"])


def test_an_empty_corpus_says_what_to_do(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "argv", ["main.py", "--data", str(tmp_path)])
    at = run()
    no_failure(at)
    assert any("upload box" in i.value for i in at.info)


def test_a_failing_view_shows_its_cause_not_a_traceback(example, monkeypatch):
    import dashboard.charts.timeline as timeline

    def broken(*args, **kwargs):
        raise ValueError("date_start is not a date")

    monkeypatch.setattr(timeline, "timeline_figure", broken)
    at = run("timeline")
    assert not at.exception
    assert any("ValueError: date_start is not a date" in e.value for e in at.error)


def test_a_pledge_reported_twice_counts_once_and_the_switch_counts_mentions(reports):
    shown = metrics(run())
    assert (shown["Articles"], shown["Pledges"], shown["Committed"]) == ("4", "3", "$2.4bn")
    at = run("money")
    no_failure(at)
    assert any(c.value.startswith("3 distinct pledges reported in 5 mentions") for c in at.caption)
    assert len(at.dataframe[0].value) == 3
    at.segmented_control(key="money_count").set_value("mentions").run()
    no_failure(at)
    mentions = at.dataframe[0].value
    assert sorted(mentions["amount as written"]) == [
        "$500 million", "$530 million", "£225 million", "€1.5 billion", "€1.5 billion"
    ]  # fmt: skip
    assert sorted(mentions.loc[mentions["donor"].str.endswith("†"), "amount as written"]) == [
        "$530 million", "€1.5 billion"
    ]  # fmt: skip


def test_a_conflicting_pledge_is_marked_with_every_amount(reports):
    at = run("money")
    table = at.dataframe[0].value.set_index("amount")
    assert table.at["$500m", "sources disagree"] == "⚠ $500 million / $530 million"
    assert any("1 pledge with sources that disagree" in c.value for c in at.caption)
    pledge = reports_corpus().frames.pledges.set_index("amount").at[500e6, "pledge_id"]
    at.selectbox(key="money_pledge").set_value(pledge).run()
    no_failure(at)
    assert any("$500 million / $530 million" in w.value for w in at.warning)
    sources = at.dataframe[1].value
    assert list(sources["outlet"]) == ["Example Wire", "Kyiv Example Post"]
    assert list(sources["donor"]) == ["United States", "United States †"]
    assert all(url.startswith("./sources?article=") for url in sources["source"])


def test_the_same_quotation_from_two_articles_is_one_card(reports):
    at = run("quotes")
    no_failure(at)
    assert any(c.value.startswith("3 quotations (4 of 4 quotes") for c in at.caption)
    assert any("reported by 2 sources" in m.value for m in at.markdown)


@pytest.mark.skipif(not DEMO.is_dir(), reason="no bundled demo corpus in data/")
def test_the_demo_corpus_counts_the_eu_facility_once():
    at = run()
    corpus = app_corpus.extract_paths([str(DEMO)])
    pledges = corpus.frames.pledges[~corpus.frames.pledges["is_total"]]
    mentions = corpus.frames.commitments[~corpus.frames.commitments["is_total"]]
    assert metrics(at)["Pledges"] == f"{len(pledges):,}"
    assert len(pledges) < len(mentions)
    assert metrics(at)["Committed"] == format_money(pledges["amount_usd"].sum())
    assert metrics(at)["Committed"] != format_money(mentions["amount_usd"].sum())
    # The EU's €50 billion Ukraine Facility, reported six times in four articles: one pledge.
    reports = mentions[(mentions["amount"] == 50e9) & (mentions["donor"] == "EU")]
    facility = pledges[(pledges["amount"] == 50e9) & (pledges["donor"] == "EU")]
    assert len(reports) == 6 and len(facility) == 1
    assert sorted(facility.iloc[0]["commitment_ids"]) == sorted(reports["commitment_id"])
    at.switch_page("app_pages/money.py").run()
    no_failure(at)
    table = at.dataframe[0].value
    assert (
        (table["amount"] == "€50bn") & table["donor"].str.startswith("European Union")
    ).sum() == 1


def test_a_chosen_pledge_filtered_away_falls_back_to_another(reports):
    at = run("money")
    pledge = reports_corpus().frames.pledges.set_index("amount").at[500e6, "pledge_id"]
    at.selectbox(key="money_pledge").set_value(pledge).run()
    at.sidebar.multiselect(key="filter_countries").select("EU").run()
    no_failure(at)
    assert list(at.dataframe[1].value["amount as written"]) == ["€1.5 billion", "€1.5 billion"]
