"""The publication date of an article and where it came from.

Rules, first that gives a plausible date wins: the file's own metadata ("metadata"), a
``YYYY-MM-DD`` date in the file name ("filename"), a dateline opening the body such as
"LONDON, Dec 4 (Reuters) -" ("dateline"), the date the user gave ("user"), else "unknown".
A value that does not parse, is relative ("yesterday") or is absurd (before 1900, more than
a year ahead) is not used: the next rule applies.
"""

from __future__ import annotations

import datetime as dt
import re

from dashboard.ingest.tables import MONTHS

EARLIEST = dt.date(1900, 1, 1)
LATEST_AHEAD = dt.timedelta(days=366)
_MAX_FREE_TEXT = 64  # dateparser is slow on long input and known to hang on some

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)")

_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_PLACE = r"[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATELINE = re.compile(
    rf"^{_PLACE},\s*"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>{_DAY})|"
    rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\.?)"
    rf"(?:,?\s+(?P<year>\d{{4}}))?"
    rf"\s*(?:\([^)\n]{{1,40}}\)\s*)?(?:/[^/\n]{{1,40}}/\s*)?[-–—]"
)


def plausible(day: dt.date | None) -> dt.date | None:
    """``day`` when it could be a publication date, else None."""
    latest = dt.date.today() + LATEST_AHEAD
    return day if day is not None and EARLIEST <= day <= latest else None


def parse_published(value: object) -> dt.date | None:
    """A metadata value (date, ISO string, "20 December 2024", timestamp) as a date, or None."""
    if isinstance(value, dt.datetime):
        return plausible(value.date())
    if isinstance(value, dt.date):
        return plausible(value)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    if not text or len(text) > _MAX_FREE_TEXT:
        return None
    if m := _ISO.match(text):
        return plausible(_date(*map(int, m.groups())))
    return plausible(_free_text_date(text))


def date_in_name(name: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` (or ``YYYY_MM_DD``) date in a file name."""
    m = _NAME_DATE.search(name.replace("\\", "/").rsplit("/", 1)[-1])
    return plausible(_date(*map(int, m.groups()))) if m else None


def dateline_date(body: str, year_from: dt.date | None = None) -> dt.date | None:
    """The date of a dateline opening ``body``.

    A dateline without a year ("LONDON, Dec 4 -") takes the year that puts it on or before
    ``year_from`` (the user's date); without ``year_from`` it is not used.
    """
    m = _DATELINE.match(body.lstrip()[:160])
    if not m:
        return None
    month = MONTHS[(m["m1"] or m["m2"]).lower()]
    day = int(re.match(r"\d+", m["d1"] or m["d2"]).group())
    if m["year"]:
        return plausible(_date(int(m["year"]), month, day))
    if year_from is None:
        return None
    for year in (year_from.year, year_from.year - 1):
        found = _date(year, month, day)
        if found is not None and found <= year_from:
            return plausible(found)
    return None


def resolve_published(
    metadata: object = None,
    *,
    name: str | None = None,
    body: str = "",
    fallback: dt.date | None = None,
) -> tuple[dt.date | None, str]:
    """The publication date and its source, by the rules of this module.

    ``name`` is given only for single-article files: the name of a csv or json file of many
    articles says nothing about when each was published.
    """
    if day := parse_published(metadata):
        return day, "metadata"
    if name and (day := date_in_name(name)):
        return day, "filename"
    if day := dateline_date(body, fallback):
        return day, "dateline"
    if fallback:
        return fallback, "user"
    return None, "unknown"


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _free_text_date(text: str) -> dt.date | None:
    import dateparser  # slow to import; most metadata dates are ISO

    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={
                "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
                "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    except Exception:  # dateparser raises assorted errors on odd input; a bad date is no date
        return None
    return parsed.date() if parsed else None
