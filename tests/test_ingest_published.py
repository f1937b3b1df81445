"""Publication dates: metadata, then file name, then dateline, then the user's date."""

import datetime as dt

import pytest
from ingest_samples import BODY, TITLE, only_article, write

from dashboard.ingest.published import dateline_date, parse_published

USER = dt.date(2025, 1, 10)
DATELINE = "OSLO, 12 March 2024 - "
YEARLESS = "OSLO, Dec 4 (Reuters) - "


def article(tmp_path, name, header="", dateline="", published=None):
    content = f"{TITLE}\n{header}\n{dateline}{BODY}"
    return only_article(write(tmp_path, name, content), published=published)


@pytest.mark.parametrize(
    ("name", "header", "dateline", "user", "expected"),
    [
        pytest.param(
            "2024-03-01-grid.txt",
            "published: 2024-03-14",
            DATELINE,
            USER,
            (dt.date(2024, 3, 14), "metadata"),
            id="metadata-first",
        ),
        pytest.param(
            "2024-03-01-grid.txt",
            "",
            DATELINE,
            USER,
            (dt.date(2024, 3, 1), "filename"),
            id="filename-before-dateline",
        ),
        pytest.param(
            "grid.txt", "", DATELINE, USER, (dt.date(2024, 3, 12), "dateline"), id="dateline"
        ),
        pytest.param("grid.txt", "", "", USER, (USER, "user"), id="user-fallback"),
        pytest.param("grid.txt", "", "", None, (None, "unknown"), id="unknown"),
        pytest.param(
            "grid.txt",
            "",
            YEARLESS,
            USER,
            (dt.date(2024, 12, 4), "dateline"),
            id="yearless-dateline-year-from-user-date",
        ),
        pytest.param(
            "grid.txt", "", YEARLESS, None, (None, "unknown"), id="yearless-dateline-without-year"
        ),
        pytest.param(
            "2024-12-20-grid.txt",
            "published: yesterday",
            "",
            USER,
            (dt.date(2024, 12, 20), "filename"),
            id="relative-metadata-falls-back",
        ),
        pytest.param(
            "grid.txt",
            "date: 1850-06-01",
            DATELINE,
            None,
            (dt.date(2024, 3, 12), "dateline"),
            id="too-old-metadata-falls-back",
        ),
        pytest.param(
            "grid.txt",
            "date: 2999-01-01",
            "",
            USER,
            (USER, "user"),
            id="future-metadata-falls-back",
        ),
        pytest.param(
            "grid.txt",
            "published: 2024-02-30",
            "",
            None,
            (None, "unknown"),
            id="impossible-metadata-date",
        ),
        pytest.param(
            "1066-10-14-grid.txt", "", "", USER, (USER, "user"), id="absurd-filename-date"
        ),
    ],
)
def test_precedence(tmp_path, name, header, dateline, user, expected):
    found = article(tmp_path, name, header, dateline, user)
    assert (found.published, found.published_source) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2024-12-20", dt.date(2024, 12, 20), id="iso"),
        pytest.param("2024-12-20T17:05:00+00:00", dt.date(2024, 12, 20), id="iso-datetime"),
        pytest.param("20 December 2024", dt.date(2024, 12, 20), id="day-month-year"),
        pytest.param("Dec. 20, 2024", dt.date(2024, 12, 20), id="month-day-year"),
        pytest.param("Fri, 20 Dec 2024 10:00:00 GMT", dt.date(2024, 12, 20), id="rfc-2822"),
        pytest.param("20/12/2024", dt.date(2024, 12, 20), id="day-first-slashes"),
        pytest.param(1734652800, dt.date(2024, 12, 20), id="unix-timestamp"),
        pytest.param(dt.date(2024, 12, 20), dt.date(2024, 12, 20), id="yaml-date"),
        pytest.param("yesterday", None, id="relative"),
        pytest.param("3 days ago", None, id="relative-ago"),
        pytest.param("December 2024", None, id="no-day"),
        pytest.param("2024", None, id="year-only"),
        pytest.param("soon", None, id="word"),
        pytest.param("1899-12-31", None, id="before-1900"),
        pytest.param(dt.date.today() + dt.timedelta(days=400), None, id="over-a-year-ahead"),
        pytest.param(True, None, id="boolean"),
        pytest.param(["2024-12-20"], None, id="list"),
        pytest.param("x" * 10_000, None, id="long-text"),
    ],
)
def test_metadata_values(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("body", "year_from", "expected"),
    [
        pytest.param("KYIV, 18 December 2024 - Ukraine got", None, dt.date(2024, 12, 18), id="dmy"),
        pytest.param(
            "WASHINGTON, Dec. 4, 2024 — The Pentagon", None, dt.date(2024, 12, 4), id="mdy"
        ),
        pytest.param(
            "BRUSSELS, Belgium, March 5th, 2024 – The EU",
            None,
            dt.date(2024, 3, 5),
            id="place-with-region",
        ),
        pytest.param(
            "LONDON, Dec 4 (Reuters) - Britain",
            dt.date(2024, 12, 20),
            dt.date(2024, 12, 4),
            id="agency",
        ),
        pytest.param(
            "LONDON, Dec 30 (Reuters) - Britain",
            dt.date(2025, 1, 2),
            dt.date(2024, 12, 30),
            id="yearless-across-new-year",
        ),
        pytest.param("LONDON, Dec 4 (Reuters) - Britain", None, None, id="yearless-no-year"),
        pytest.param("BRUSSELS (Reuters) - The EU", None, None, id="no-date"),
        pytest.param("KYIV, 31 February 2024 - x", None, None, id="impossible-day"),
        pytest.param("Britain said on Dec 4, 2024 - that", None, None, id="not-at-start"),
        pytest.param("Norway, 5 trucks - and more", None, None, id="number-not-a-date"),
        pytest.param("in london, 4 dec 2024 - the", None, None, id="place-not-capitalised"),
        pytest.param("OSLO, 4 DEC 2024 - The", None, dt.date(2024, 12, 4), id="month-in-capitals"),
    ],
)
def test_datelines(body, year_from, expected):
    assert dateline_date(body, year_from) == expected
