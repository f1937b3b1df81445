"""The app's pure parts: filters, URL round trip, highlighting, downloads, links, merging."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from html.parser import HTMLParser

import pandas as pd
import pytest
from app_example import BRUSSELS, LONDON, example_corpus, example_frames, reports_corpus

from dashboard.app.corpus import combine
from dashboard.app.downloads import (
    chart_html,
    csv_bytes,
    excel_bytes,
    neutralise,
    parquet_bytes,
    parquet_zip,
)
from dashboard.app.filters import Filters, apply_filters, from_query, to_query
from dashboard.app.highlight import Fact, article_facts, highlight_html
from dashboard.app.links import source_url
from dashboard.app.views import (
    commitment_table,
    country_table,
    event_table,
    overview_counts,
    people_table,
    pledge_sources,
    pledge_table,
    quote_groups,
)

FRAMES = example_frames()


def amounts(frames) -> list[str]:
    return sorted(frames.commitments["amount_text"])


@pytest.mark.parametrize(
    ("filters", "articles", "commitments", "quotes", "events"),
    [
        pytest.param(Filters(), 3, 4, 3, 4, id="none"),
        pytest.param(Filters(countries=("EU",)), 1, 1, 1, 1, id="org-donor"),
        pytest.param(Filters(countries=("GBR",)), 1, 2, 1, 1, id="country-donor-and-speaker"),
        pytest.param(Filters(countries=("UKR",)), 2, 4, 1, 4, id="recipient-and-mentioned"),
        pytest.param(Filters(officials=("John Healey",)), 1, 2, 1, 2, id="official"),
        pytest.param(Filters(kinds=("statement",)), 1, 2, 1, 1, id="event-kind"),
        pytest.param(Filters(aid_types=("military",)), 1, 1, 1, 2, id="aid-type"),
        pytest.param(Filters(outlets=("Example Wire",)), 2, 2, 2, 2, id="outlet"),
        pytest.param(
            Filters(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 1, 31)),
            1, 1, 1, 2, id="january-2025-overlaps-throughout-2025",
        ),
        pytest.param(Filters(countries=("XYZ",)), 0, 0, 0, 0, id="unknown-country"),
    ],
)  # fmt: skip
def test_filters_keep_what_they_promise(filters, articles, commitments, quotes, events):
    out = apply_filters(FRAMES, filters)
    counts = (len(out.articles), len(out.commitments), len(out.quotes), len(out.events))
    assert counts == (articles, commitments, quotes, events)


def test_a_quote_mentioning_a_country_is_kept_for_it():
    quote = apply_filters(FRAMES, Filters(countries=("UKR",))).quotes
    assert list(quote["text"]) == ["We will stand with Ukraine throughout 2025,"]


def test_filters_round_trip_through_the_query_string():
    filters = Filters(
        countries=("GBR", "EU"),
        officials=("John Healey",),
        date_from=dt.date(2024, 12, 1),
        kinds=("visit",),
        outlets=("The Example Times",),
    )
    query = to_query(filters)
    assert query == {
        "country": ["GBR", "EU"],
        "official": ["John Healey"],
        "from": ["2024-12-01"],
        "kind": ["visit"],
        "outlet": ["The Example Times"],
    }
    assert from_query(query) == filters


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param({"from": ["not-a-date"]}, Filters(), id="bad-date-ignored"),
        pytest.param({"country": ["GBR", "GBR", ""]}, Filters(countries=("GBR",)), id="dedup"),
        pytest.param({"article": ["abc"]}, Filters(), id="other-keys-ignored"),
    ],
)
def test_query_strings_people_type_by_hand(query, expected):
    assert from_query(query) == expected


def test_source_links_carry_the_filters():
    url = source_url("abc", 42, Filters(countries=("GBR",)))
    assert url == "./sources?country=GBR&article=abc&start=42"


class _Checker(HTMLParser):
    """Fails on unbalanced tags; collects the text."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data):
        self.text.append(data)


def check_markup(markup: str) -> str:
    parser = _Checker()
    parser.feed(markup)
    parser.close()
    assert parser.stack == [], f"unclosed tags {parser.stack}"
    return "".join(parser.text)


@pytest.mark.parametrize(
    "facts",
    [
        pytest.param([Fact(4, 20, "quote", "q"), Fact(8, 12, "date", "d")], id="nested"),
        pytest.param([Fact(4, 12, "quote", "q"), Fact(8, 20, "date", "d")], id="crossing"),
        pytest.param([Fact(4, 12, "quote", "q"), Fact(4, 12, "date", "d")], id="same-span"),
        pytest.param([Fact(0, 30, "quote", "q"), Fact(30, 40, "amount", "a")], id="adjacent"),
        pytest.param([Fact(5, 500, "quote", "beyond the text")], id="out-of-range-dropped"),
    ],
)
def test_highlighting_keeps_markup_well_formed_and_text_intact(facts):
    text = 'He said "<b>£225m</b> & more" on <i>Wednesday</i>.'
    markup = highlight_html(text, facts)
    assert check_markup(markup) == text  # every character once, in order, as text
    assert "<b>" not in markup and "<i>" not in markup


def test_article_text_cannot_inject_script():
    article = BRUSSELS
    markup = highlight_html(article.text, article_facts(FRAMES, article.article_id))
    assert "<script>" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert check_markup(markup) == article.text


def test_the_linked_fact_gets_the_anchor_once():
    quote = FRAMES.quotes.iloc[0]  # contains the date "throughout 2025"
    facts = article_facts(FRAMES, LONDON.article_id)
    markup = highlight_html(LONDON.text, facts, target_start=int(quote["char_start"]))
    assert markup.count('id="fact-target"') == 1
    start = markup.index('id="fact-target"')
    assert markup[start:].split(">", 1)[1].startswith("We will stand")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")', id="equals"),
        pytest.param("+44 20 7946", "'+44 20 7946", id="plus"),
        pytest.param("-1+1", "'-1+1", id="minus"),
        pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
        pytest.param("\tcmd", "'\tcmd", id="tab"),
        pytest.param("\rcmd", "'\rcmd", id="carriage-return"),
        pytest.param("£225 million", "£225 million", id="plain-text-kept"),
        pytest.param(-5.0, -5.0, id="numbers-kept"),
    ],
)
def test_formula_cells_are_neutralised(value, expected):
    assert neutralise(value) == expected


def test_csv_neutralises_and_joins_lists_but_parquet_keeps_raw_values():
    events = FRAMES.events.copy()
    events.loc[0, "sentence"] = "=1+1"
    table = pd.read_csv(io.BytesIO(csv_bytes(events)), encoding="utf-8-sig")
    assert table.loc[0, "sentence"] == "'=1+1"
    assert table.loc[1, "countries"] == "UKR; GBR"
    raw = pd.read_parquet(io.BytesIO(parquet_bytes(events)))
    assert raw.loc[0, "sentence"] == "=1+1"
    assert list(raw.loc[1, "countries"]) == ["UKR", "GBR"]


def test_excel_has_one_sheet_per_frame_and_no_formulas():
    frames = example_frames()
    frames.quotes.loc[0, "text"] = "=1+1"
    book = zipfile.ZipFile(io.BytesIO(excel_bytes(frames)))  # read as XML: no openpyxl needed
    workbook = book.read("xl/workbook.xml").decode()
    names = re.findall(r'<sheet name="([^"]+)"', workbook)
    assert names == ["articles", "events", "commitments", "quotes", "people", "mentions"]
    sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any("<f>" in book.read(n).decode() for n in sheets)
    strings = book.read("xl/sharedStrings.xml").decode()
    assert "<t>'=1+1</t>" in strings


def test_parquet_zip_holds_every_frame():
    names = zipfile.ZipFile(io.BytesIO(parquet_zip(FRAMES))).namelist()
    assert names == [f"{n}.parquet" for n, _ in FRAMES.items()]


def test_commitment_table_shows_amount_as_written_rate_and_rate_date():
    table = commitment_table(FRAMES, "USD", Filters())
    row = table[table["amount as written"] == "€1.5 billion"].iloc[0]
    assert row["value (USD)"] == "$1.6bn"
    assert row["full value (USD)"] == "$1,620,000,000"
    assert row["USD per unit"] == pytest.approx(1.08)
    assert row["rate date"] == pd.Timestamp("2025-03-03")


def test_overview_counts():
    counts = overview_counts(FRAMES)
    assert counts["commitments"] == counts["pledges"] == 3 and counts["running_totals"] == 1
    assert counts["usd"] == pytest.approx(282.6e6 + 1.62e9 + 500e6)
    assert counts["countries"] == 3  # GBR, UKR, USA (the EU is an organisation)


def test_people_and_country_tables_count_appearances():
    people = people_table(FRAMES).set_index("official")
    assert people.loc["John Healey", "quotes"] == 1
    assert people.loc["John Healey", "roles"] == "Defence Secretary"
    countries = country_table(FRAMES).set_index("code")
    assert countries.loc["UKR", "mentions"] == 3
    assert countries.loc["UKR", "as recipient"] == 3  # running total left out
    assert countries.loc["GBR", "as donor"] == 1


def test_combining_corpora_counts_a_repeated_article_once():
    once = example_corpus()
    both = combine([once, example_corpus()])
    assert len(both.frames.articles) == 3
    assert len(both.frames.commitments) == 4
    assert len(both.frames.people) == 3
    assert both.duplicates == 3
    assert len(both.rejections) == 2


def test_chart_html_embeds_plotly_and_saves_svg_from_its_toolbar():
    import plotly.graph_objects as go

    page = chart_html(go.Figure(go.Bar(x=["a"], y=[1])), "money-by-donor").decode()
    assert '<script src="https://cdn.plot.ly' not in page and len(page) > 1_000_000
    assert '"format": "svg"' in page and '"filename": "money-by-donor"' in page


def test_an_event_without_an_end_date_is_a_single_day():
    frames = example_frames()
    frames.events.loc[2, "date_end"] = pd.NaT  # "On 3 March 2025"
    kept = apply_filters(frames, Filters(date_from=dt.date(2025, 3, 1))).events
    assert "On 3 March 2025" in set(kept["date_text"])
    table = event_table(frames, Filters()).set_index("date as written")
    assert table.loc["On 3 March 2025", "interval"] == "2025-03-03"


REPORTS = reports_corpus().frames


def test_overview_counts_a_pledge_reported_twice_once():
    counts = overview_counts(REPORTS)
    assert (counts["pledges"], counts["commitments"], counts["conflicting"]) == (3, 5, 1)
    assert counts["usd"] == pytest.approx(282.6e6 + 1.62e9 + 500e6)  # the first report counts


def test_pledge_table_lists_disagreeing_amounts_and_marks_inferred_parties():
    table = pledge_table(REPORTS, "USD").set_index("amount")
    assert table.at["$500m", "sources"] == 2
    assert table.at["$500m", "sources disagree"] == "⚠ $500 million / $530 million"
    assert table.at["€1.5bn", "sources disagree"] == ""
    assert table.at["€1.5bn", "outlets"] == "Example Wire, Kyiv Example Post"
    assert table.at["€1.5bn", "donor"] == "European Union"  # one source found it in its sentence
    assert bool(table.at["£12.8bn", "running total"])


def test_pledge_sources_link_every_report_and_mark_a_donor_from_elsewhere():
    pledges = REPORTS.pledges.set_index("amount")
    sources = pledge_sources(REPORTS, pledges.at[1.5e9, "pledge_id"], Filters(outlets=("x",)))
    assert list(sources["outlet"]) == ["Example Wire", "Kyiv Example Post"]
    assert list(sources["amount as written"]) == ["€1.5 billion", "€1.5 billion"]
    assert list(sources["donor"]) == ["European Union", "European Union †"]
    assert all(u.startswith("./sources?outlet=x&article=") for u in sources["source"])


def test_commitment_table_marks_a_party_taken_from_elsewhere():
    table = commitment_table(REPORTS, "USD", Filters())
    marked = table.loc[table["donor"].str.endswith("†"), "amount as written"]
    assert sorted(marked) == ["$530 million", "€1.5 billion"]


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        pytest.param([("A", "We will not waver."), ("A", "we will NOT waver")], [0, 0],
                     id="case-and-punctuation"),
        pytest.param([("A", "This support will reach the people who need it most."),
                      ("A", "will reach the people who need it most")], [0, 0], id="contained"),
        pytest.param([("A", "We will not waver."), ("B", "We will not waver.")], [0, 1],
                     id="other-speaker"),
        pytest.param([("A", "We will not waver at all."), ("A", "not waver")], [0, 1],
                     id="short-fragment-stays-apart"),
        pytest.param([("A", "We will not waver."), ("A", "We will not wavers.")], [0, 1],
                     id="different-word"),
    ],
)  # fmt: skip
def test_quote_groups(texts, groups):
    quotes = pd.DataFrame({"speaker": [s for s, _ in texts], "text": [t for _, t in texts]})
    found = quote_groups(quotes).tolist()
    assert [found.index(g) for g in found] == [groups.index(g) for g in groups]
