"""Calendar arithmetic for the dates extractor: periods as ``(start, end)`` day intervals.

Every function returns an inclusive interval of ``datetime.date`` (a day: start == end), or
``None`` when the date does not exist (30 February).
"""

from __future__ import annotations

import calendar
import datetime as dt

Interval = tuple[dt.date, dt.date]


def day(year: int, month: int, day_: int) -> Interval | None:
    try:
        date = dt.date(year, month, day_)
    except ValueError:
        return None
    return date, date


def week(date: dt.date, step: int = 0) -> Interval:
    """Monday to Sunday of the week ``step`` weeks away from the one holding ``date``."""
    monday = date - dt.timedelta(days=date.weekday()) + dt.timedelta(weeks=step)
    return monday, monday + dt.timedelta(days=6)


def month(year: int, month_: int) -> Interval:
    return dt.date(year, month_, 1), dt.date(year, month_, calendar.monthrange(year, month_)[1])


def months(year: int, first: int, last: int) -> Interval:
    """From the first day of month ``first`` to the last day of month ``last`` of ``year``."""
    return month(year, first)[0], month(year, last)[1]


def quarter(year: int, number: int) -> Interval:
    return months(year, 3 * number - 2, 3 * number)


def year(year_: int) -> Interval:
    return dt.date(year_, 1, 1), dt.date(year_, 12, 31)


def decade(first_year: int) -> Interval:
    return dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31)


def shift_month(date: dt.date, step: int) -> tuple[int, int]:
    """(year, month) ``step`` months away from the month of ``date``."""
    index = date.year * 12 + date.month - 1 + step
    return index // 12, index % 12 + 1


def nearest_weekday(published: dt.date, weekday: int, forward: bool) -> dt.date:
    """The weekday on or before publication, or (forward) the next one after it.

    A past weekday equal to the publication's own weekday is the publication day itself;
    a forward one is a week later ("will meet on Friday" in a Friday article).
    """
    if forward:
        return published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def nearest_month_year(published: dt.date, month_: int, forward: bool | None) -> int:
    """The year of the nearest ``month_`` on or before (forward: on or after) publication.

    ``forward`` None (no tense cue): the past one unless it is more than six months back
    ("to arrive in March" in a February headline is next month, not last year's March).
    """
    back = (published.month - month_) % 12
    if forward or (forward is None and back > 6):
        return published.year if month_ >= published.month else published.year + 1
    return published.year if month_ <= published.month else published.year - 1


def nearest_day(
    published: dt.date, month_: int, day_: int, forward: bool | None
) -> Interval | None:
    """The nearest ``day_ month_`` on or before (forward: on or after) publication.

    ``forward`` None (no tense cue): the past one unless it is more than half a year back.
    """
    if forward is None:
        past = nearest_day(published, month_, day_, False)
        if past and (published - past[0]).days <= 183:
            return past
        return nearest_day(published, month_, day_, True) or past
    step = 1 if forward else -1
    for candidate in (published.year, published.year + step):
        found = day(candidate, month_, day_)
        if found and (found[0] >= published if forward else found[0] <= published):
            return found
    return None
