"""Dated events: temporal expressions resolved to intervals against the publication date.

Rules, not dateparser: each expression is matched by a small regex over calendar words
(``date_table``) and turned into an interval by calendar arithmetic (``date_resolve``).
dateparser is not used: its ``search_dates`` reads "We" as Wednesday and "$50" as 1950, and
returns one day for a month or a year; once our patterns have split an expression into day,
month and year, parsing it again would add nothing but those risks and ~2 ms a call.

How an expression is read, in order:
1. atoms: "18 December 2024", "Dec. 18", "March 2022", "Q1 2024", "2025", "the 1990s",
   "Wednesday", "today (2nd)", "last week", "the end of the year" ... (overlaps: longest wins);
2. modifiers on the left: "the end of" / "the beginning of" (a year becomes its last or
   first month), "early" / "mid" / "late" (the span grows, the interval stays the month;
   "early 2025" is the whole year: the text keeps the nuance, the interval is never a
   guess), "last" / "next" (the direction of a weekday or month), a weekday before a date
   ("Saturday, Jan. 1"), "the week of" (the date becomes its Monday-to-Sunday week);
3. ranges: "from 2024 to 2027", "between 2024 and 2027", "2024-2027" become one interval;
4. the preposition joins the span: "since X" = start of X to publication, "until X" /
   "by X" / "through X" = publication to the end of X (when X ends after publication).

A weekday, a month or a day without a year is resolved against publication: the nearest one
on or before it, or on or after it when the tense cue of the sentence points forward ("will",
"due", "scheduled", "next"); with no cue at all, a month or day more than six months back is
taken as the coming one. Without a publication date such expressions (and
"since"/"until" intervals) stay ``unresolved`` with null dates, never resolved against today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dashboard.extract import date_resolve as cal
from dashboard.extract.date_table import (
    CASED_CUES,
    COUNT_NOUNS,
    COUNT_WORDS,
    FORWARD_CUES,
    KIND_CUES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORDINALS,
    PAST_CUES,
    PREPOSITIONS,
    RELATIVE_DAYS,
    RELATIVE_STEPS,
    SEASONS,
    WEEKDAYS,
)
from dashboard.extract.doc import Doc
from dashboard.extract.records import Event, make_id

Interval = cal.Interval
# Dates are read in the first MAX_CHARS characters of an article (a long news article has
# 20,000): the work per article stays bounded whatever the input.
MAX_CHARS = 100_000
# value(published, forward) -> interval; ``published`` is None only for absolute atoms,
# ``forward`` None when the sentence has no tense cue.
Value = Callable[[dt.date | None, bool | None], Interval | None]

# A month name starts with a capital ("may" is a verb); the rest may be any case ("MAy").
_FULL = r"(?=[A-Z])(?i:" + "|".join(MONTHS) + ")"
_ABBR = "|".join(sorted((a.capitalize() for a in MONTH_ABBREVIATIONS), key=len, reverse=True))
_MONTH = rf"(?P<month>(?:{_FULL})\b|(?:{_ABBR})\b\.?)"
_DAY = r"(?<![\d$£€¥.,:/])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR_BODY = r"(?P<year>(?:19|20)\d\d)\b"
_YEAR_BEFORE = r"(?<![\w$£€¥#/.,-])"
_YEAR_AFTER = r"(?![%/]|[.,]\d|-\d)"
_YEAR = _YEAR_BEFORE + _YEAR_BODY + _YEAR_AFTER
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
_NOT_AMOUNT = r"(?![\d%]|[.,]\d|\s*(?:million|billion|bn|per\s?cent)\b)"
_REL_YEAR = r"(?P<rel>this|last|next|the)\s+year"

# A count, not a year: "2000 troops", "some 2000", digit groups ("0800 2024 1999").
_UNIT_AFTER = re.compile(r"\s*(?:" + "|".join(COUNT_NOUNS) + r")\b|[ ]\d", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?:\b(?:" + "|".join(COUNT_WORDS) + r")\.?\s+|\d[ ])$", re.IGNORECASE)
_PREP_BEFORE = re.compile(
    r"\b(?P<prep>"
    + "|".join(p.replace(" ", r"\s+") for p in PREPOSITIONS)
    + r"|up\s+to)\s+(?:[Tt]he\s+)?$",
    re.IGNORECASE,
)
_EDGE_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+)?\b(?P<edge>end|beginning|start|middle)\s+of\s+$", re.IGNORECASE
)
_DATE_PREFIX_BEFORE = re.compile(rf"(?:\b(?P<weekday>{_WEEKDAY}),?\s+)?(?:\b[Tt]he\s+)?$")
_WEEK_OF_BEFORE = re.compile(r"\b[Tt]he\s+week\s+of\s+$")
_PART_BEFORE = re.compile(r"\b(?P<part>early|mid|late)(?:\s+|-)$", re.IGNORECASE)
_STEP_BEFORE = re.compile(r"\b(?P<step>last|next|this)\s+$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?P<join>to|until|till|through|and|-|–)\s*")
_RANGE_START = re.compile(r"\b(?P<word>from|between)\s+$", re.IGNORECASE)
_PREPOSITION_WORDS = frozenset(p.split()[-1] for p in PREPOSITIONS) | {"last", "next", "this"}
_TENSE_WINDOW = 120  # characters either side of an expression searched for a tense cue
_TENSE_CUE = re.compile(
    r"\b(?P<passive>(?:be|been|being)\s+)?(?:(?P<forward>"
    + "|".join(sorted(FORWARD_CUES))
    + r"|[a-z]+['’]ll)|"
    + "|".join(sorted(PAST_CUES))
    + r"|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: Value
    granularity: str
    relative: bool  # needs the publication date
    unit: str  # date, day, weekday, month, year, period, range: what modifiers apply to
    forward: bool | None = None  # set by "last"/"next"; None: from the tense of the sentence
    needs_prep: bool = False  # a bare month: only after a preposition or a modifier


def extract_events(doc: Doc) -> list[Event]:
    """Every dated expression in ``doc`` with its interval, granularity, anchor and kind."""
    text = doc.text
    published = doc.article.published
    atoms = _modify(text, _select(_find_atoms(text)))
    atoms = _prepositions(text, _ranges(text, atoms))
    sentences: dict[int, tuple[str, str]] = {}  # sentence index -> (text, kind), once each
    events = []
    for atom, prep in atoms:
        if atom.needs_prep and prep is None:
            continue
        index = doc.sentence_index(atom.start)
        if index not in sentences:
            sentence = doc.sentence_text(atom.start)
            sentences[index] = (sentence, event_kind(sentence))
        event = _event(doc, atom, prep, published, *sentences[index])
        if event is not None:
            events.append(event)
    return events


# --- atoms -----------------------------------------------------------------------------------


def _month_of(match: re.Match) -> int:
    word = match.group("month").rstrip(".").lower()
    return MONTHS.get(word) or MONTH_ABBREVIATIONS[word]


def _day_month_year(m: re.Match, text: str) -> _Atom | None:
    interval = cal.day(int(m.group("year")), _month_of(m), int(m.group("day")))
    if interval is None:
        return None
    return _Atom(m.start(), m.end(), lambda p, f: interval, "day", False, "date")


def _iso(m: re.Match, text: str) -> _Atom | None:
    interval = cal.day(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    if interval is None:
        return None
    return _Atom(m.start(), m.end(), lambda p, f: interval, "day", False, "date")


def _day_month(m: re.Match, text: str) -> _Atom | None:
    month, day = _month_of(m), int(m.group("day"))
    if cal.day(2024, month, day) is None:  # a leap year: 29 February exists
        return None
    return _Atom(
        m.start(), m.end(), lambda p, f: cal.nearest_day(p, month, day, f), "day", True, "date"
    )


def _month_year(m: re.Match, text: str) -> _Atom | None:
    interval = cal.month(int(m.group("year")), _month_of(m))
    return _Atom(m.start(), m.end(), lambda p, f: interval, "month", False, "month")


def _bare_month(m: re.Match, text: str) -> _Atom | None:
    month = _month_of(m)
    atom = _Atom(
        m.start(),
        m.end(),
        lambda p, f: cal.month(cal.nearest_month_year(p, month, f), month),
        "month",
        True,
        "month",
    )
    atom.needs_prep = True
    return atom


def _rel_year(m: re.Match, published: dt.date | None) -> int | None:
    """The year of "this year" / "last year" / "next year" / "the year", or a written year."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if published is None:
        return None
    return published.year + RELATIVE_STEPS.get((groups.get("rel") or "this").lower(), 0)


def _quarter(m: re.Match, text: str) -> _Atom | None:
    groups = m.groupdict()
    number = ORDINALS[groups["ord"].lower()] if groups.get("ord") else int(groups["q"])

    def value(p: dt.date | None, f: bool | None) -> Interval | None:
        year = _rel_year(m, p)
        return cal.quarter(year, number) if year else None

    return _Atom(m.start(), m.end(), value, "quarter", not m.group("year"), "period")


def _half(m: re.Match, text: str) -> _Atom | None:
    half = ORDINALS[m.group("ord").lower()]

    def value(p: dt.date | None, f: bool | None) -> Interval | None:
        year = _rel_year(m, p)
        return cal.months(year, 6 * half - 5, 6 * half) if year else None

    return _Atom(m.start(), m.end(), value, "quarter", not m.group("year"), "period")


def _season(m: re.Match, text: str) -> _Atom | None:
    first, last = SEASONS[m.group("season").lower()]

    def value(p: dt.date | None, f: bool | None) -> Interval | None:
        year = _rel_year(m, p)
        return cal.months(year, first, last) if year else None

    return _Atom(m.start(), m.end(), value, "quarter", not m.groupdict().get("year"), "period")


def _decade(m: re.Match, text: str) -> _Atom | None:
    interval = cal.decade(int(m.group("decade")))
    return _Atom(m.start(), m.end(), lambda p, f: interval, "decade", False, "period")


def _year_part(m: re.Match, text: str) -> _Atom | None:
    """ "early 2025", "mid-2023", "late 2024": the whole year (the text keeps the nuance)."""
    if _not_a_year(m, text):
        return None
    interval = cal.year(int(m.group("year")))
    return _Atom(m.start(), m.end(), lambda p, f: interval, "year", False, "period")


def _year_range(m: re.Match, text: str) -> _Atom | None:
    first = int(m.group("year"))
    last = (
        int(m.group("year2"))
        if len(m.group("year2")) == 4
        else first // 100 * 100 + int(m.group("year2"))
    )
    if not first < last <= first + 50 or _not_a_year(m, text):
        return None
    interval = (cal.year(first)[0], cal.year(last)[1])
    return _Atom(m.start(), m.end(), lambda p, f: interval, "year", False, "period")


def _year(m: re.Match, text: str) -> _Atom | None:
    if _not_a_year(m, text):
        return None
    interval = cal.year(int(m.group("year")))
    return _Atom(m.start(), m.end(), lambda p, f: interval, "year", False, "year")


def _not_a_year(m: re.Match, text: str) -> bool:
    """A count or an amount: "some 2000 troops", "2024 km"."""
    return bool(
        _UNIT_AFTER.match(text, m.end())
        or _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start())
    )


def _weekday(m: re.Match, text: str) -> _Atom | None:
    if _is_name_part(text, m.start(), m.end()):
        return None
    weekday = WEEKDAYS[m.group("weekday").lower()]
    day = int(m.group("day")) if m.group("day") else None

    def value(p: dt.date | None, f: bool | None) -> Interval | None:
        date = cal.nearest_weekday(p, weekday, bool(f))
        if day is not None and date.day != day:  # "Sunday (2nd)": trust the written day
            return cal.nearest_day(p, p.month, day, f) or cal.nearest_day(p, p.month, day, not f)
        return date, date

    return _Atom(m.start(), m.end(), value, "day", True, "weekday")


def _relative_day(m: re.Match, text: str) -> _Atom | None:
    word = " ".join(m.group("rel").lower().split())
    if m.group("rel")[0] == "T" and _is_name_part(text, m.start(), m.end()):  # USA Today
        return None
    offset = RELATIVE_DAYS[word]
    day = int(m.group("day")) if m.group("day") else None

    def value(p: dt.date | None, f: bool | None) -> Interval | None:
        if day is None:
            date = p + dt.timedelta(days=offset)
            return date, date
        # "today (2nd)": the written day of the month, nearest to publication.
        return cal.nearest_day(p, p.month, day, False) or cal.nearest_day(p, p.month, day, True)

    return _Atom(m.start(), m.end(), value, "day", True, "day")


def _relative_period(m: re.Match, text: str) -> _Atom | None:
    step = RELATIVE_STEPS[" ".join(m.group("step").lower().split())]
    unit = m.group("unit").lower()

    def value(p: dt.date | None, f: bool | None) -> Interval | None:
        if unit == "week":
            return cal.week(p, step)
        if unit == "month":
            return cal.month(*cal.shift_month(p, step))
        if unit == "quarter":
            year, month = cal.shift_month(p, 3 * step)
            return cal.quarter(year, (month - 1) // 3 + 1)
        return cal.year(p.year + step)

    return _Atom(m.start(), m.end(), value, unit, True, "period")


def _period_edge(m: re.Match, text: str) -> _Atom | None:
    """ "the end of the year", "the beginning of next month": the last or first month/day."""
    step = RELATIVE_STEPS.get(m.group("rel").lower(), 0)
    unit = m.group("unit").lower()
    edge = m.group("edge").lower()

    def value(p: dt.date | None, f: bool | None) -> Interval | None:
        if unit == "year":
            return cal.month(p.year + step, 12 if edge == "end" else 1)
        year, month = cal.shift_month(p, step)
        date = cal.month(year, month)[1 if edge == "end" else 0]
        return date, date

    granularity = "month" if unit == "year" else "day"
    return _Atom(m.start(), m.end(), value, granularity, True, "period")


_PATTERNS: tuple[tuple[re.Pattern, Callable[[re.Match, str], _Atom | None]], ...] = tuple(
    (re.compile(pattern), builder)
    for pattern, builder in (
        (rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", _day_month_year),
        (rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", _day_month_year),
        (
            r"(?<![\w/-])(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-"
            r"(?P<day>0[1-9]|[12]\d|3[01])(?![\d/])",
            _iso,
        ),
        (rf"{_DAY}\s+(?:of\s+)?{_MONTH}", _day_month),
        # The first of two days sharing a month: "on 20 and 27 February", "from 20 to 27 May".
        (
            rf"{_DAY}(?=\s*(?:and|or|to|-|–)\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+"
            rf"{_MONTH})",
            _day_month,
        ),
        (rf"{_MONTH}\s+{_DAY}{_NOT_AMOUNT}", _day_month),
        (rf"{_MONTH},?\s+{_YEAR}", _month_year),
        (rf"(?P<month>{_FULL})\b", _bare_month),
        (
            r"(?:\b[Tt]he\s+)?\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
            rf"(?:\s+of\s+(?:{_YEAR}|{_REL_YEAR}))?",
            _quarter,
        ),
        (rf"\bQ(?P<q>[1-4])\b(?:\s+(?:of\s+)?{_YEAR})?", _quarter),
        (
            r"(?:\b[Tt]he\s+)?\b(?P<ord>first|second)\s+half\s+of\s+"
            rf"(?:{_YEAR}|{_REL_YEAR})",
            _half,
        ),
        (rf"\b(?P<season>(?i:spring|summer|autumn))\s+(?:of\s+)?{_YEAR}", _season),
        (r"\b(?P<rel>(?i:this|last|next))\s+(?P<season>(?i:spring|summer|autumn))\b", _season),
        (
            r"(?:\b[Tt]he\s+)?(?:(?i:early|mid|late)[\s-]+)?\b(?P<decade>(?:19|20)\d0)s\b",
            _decade,
        ),
        (rf"\b(?i:early|mid|late)(?:\s+|-){_YEAR_BODY}{_YEAR_AFTER}", _year_part),
        (
            rf"{_YEAR_BEFORE}{_YEAR_BODY}\s*[-–]\s*(?P<year2>(?:19|20)\d\d|\d\d)\b(?![\d/%]|[.,]\d)",
            _year_range,
        ),
        (_YEAR, _year),
        (
            rf"\b(?P<weekday>{_WEEKDAY})\b"
            r"(?:\s*\((?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\))?",
            _weekday,
        ),
        (
            r"\b(?P<rel>(?i:earlier|later)\s+today|[Tt]oday|[Tt]onight|[Yy]esterday|"
            r"[Tt]omorrow|[Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+night)\b"
            r"(?:\s*\((?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\))?",
            _relative_day,
        ),
        (
            r"(?<![Tt]he\s)\b(?P<step>(?i:earlier\s+this|later\s+this|last|this|next))\s+"
            r"(?P<unit>week|month|year|quarter)\b",
            _relative_period,
        ),
        (
            r"(?:\b[Tt]he\s+)?\b(?P<edge>end|beginning|start)\s+of\s+"
            r"(?P<rel>the|this|next|last)\s+(?P<unit>year|month)\b",
            _period_edge,
        ),
    )
)


def _find_atoms(text: str) -> list[_Atom]:
    atoms = []
    for pattern, builder in _PATTERNS:
        for m in pattern.finditer(text, 0, MAX_CHARS):
            atom = builder(m, text)
            if atom is not None:
                atoms.append(atom)
    return atoms


def _select(atoms: list[_Atom]) -> list[_Atom]:
    """Non-overlapping atoms, the longest first (ties: the earliest pattern, then position)."""
    chosen: list[_Atom] = []
    taken = bytearray(max((a.end for a in atoms), default=0))
    for atom in sorted(atoms, key=lambda a: a.start - a.end):
        if not any(taken[atom.start : atom.end]):
            chosen.append(atom)
            taken[atom.start : atom.end] = b"\x01" * (atom.end - atom.start)
    return sorted(chosen, key=lambda a: a.start)


# --- modifiers, ranges, prepositions --------------------------------------------------------


def _before(pattern: re.Pattern, text: str, start: int) -> re.Match | None:
    return pattern.search(text, max(0, start - 30), start)


def _modify(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Grow atoms leftwards over "the end of", "early", "last"/"next", a weekday before a date."""
    out: list[_Atom] = []
    for atom in atoms:
        out.append(atom)
        if atom.unit == "date" and (m := _before(_WEEK_OF_BEFORE, text, atom.start)):
            atom.start = m.start()
            atom.value = _week_of(atom.value)
            atom.granularity = "week"
        elif atom.unit == "date" and (m := _before(_DATE_PREFIX_BEFORE, text, atom.start)):
            atom.start = m.start()
            if m.group("weekday") and len(out) > 1 and out[-2].start == atom.start:
                del out[-2]  # "Saturday, Jan. 1": the weekday is part of the date
        elif atom.unit in ("year", "month") and (m := _before(_EDGE_BEFORE, text, atom.start)):
            atom.start = m.start()
            atom.needs_prep = False
            if atom.unit == "year":
                atom.value = _year_edge(atom.value, m.group("edge").lower())
                atom.granularity = "month"
        elif atom.unit == "month" and (m := _before(_PART_BEFORE, text, atom.start)):
            atom.start = m.start()
            atom.needs_prep = False
        elif atom.unit in ("weekday", "month") and (m := _before(_STEP_BEFORE, text, atom.start)):
            step = m.group("step").lower()
            if step != "this":
                atom.forward = step == "next"
                atom.value = _strictly(atom.value, atom.forward)
            atom.start = m.start()
            atom.needs_prep = False
    return out


def _week_of(value: Value) -> Value:
    """ "the week of June 27": Monday to Sunday of the week holding the day."""

    def week(p: dt.date | None, f: bool | None) -> Interval | None:
        interval = value(p, f)
        return cal.week(interval[0]) if interval else None

    return week


def _year_edge(value: Value, edge: str) -> Value:
    def edged(p: dt.date | None, f: bool | None) -> Interval | None:
        interval = value(p, f)
        if interval is None or edge == "middle":
            return interval
        return cal.month(interval[0].year, 12 if edge == "end" else 1)

    return edged


def _strictly(value: Value, forward: bool) -> Value:
    """ "last Friday" in a Friday article is a week ago; "next June" in June is a year on."""

    def strict(p: dt.date | None, f: bool | None) -> Interval | None:
        interval = value(p, forward)
        if interval and p and interval[0] <= p <= interval[1]:
            nudge = dt.timedelta(days=7 if interval[0] == interval[1] else 32)
            return value(p + nudge if forward else p - nudge, forward)
        return interval

    return strict


def _ranges(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join "from A to B", "between A and B", "A-B" into one atom spanning both."""
    merged: list[_Atom] = []
    for atom in atoms:
        prev = merged[-1] if merged else None
        gap = _RANGE_GAP.fullmatch(text, prev.end, atom.start) if prev else None
        if prev and gap and prev.unit != "weekday" and atom.unit != "weekday":
            opener = _before(_RANGE_START, text, prev.start)
            join = gap.group("join")
            wanted = "between" if join == "and" else "from"
            if (opener and opener.group("word").lower() == wanted) or (
                opener is None and join in ("-", "–", "to") and prev.granularity == atom.granularity
            ):
                merged[-1] = _span_of(prev, atom, opener.start() if opener else prev.start)
                continue
        merged.append(atom)
    return merged


def _span_of(first: _Atom, last: _Atom, start: int) -> _Atom:
    """One interval from the start of ``first`` to the end of ``last``.

    A first end without a year takes it from the second: "from January to March 2024", "from
    December to March 2024" (December 2023): the nearest before the end of the range.
    """
    borrows = first.relative and not last.relative

    def value(p: dt.date | None, f: bool | None) -> Interval | None:
        b = last.value(p, f)
        a = first.value(b[1], False) if borrows and b else first.value(p, f)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None

    return _Atom(
        start,
        last.end,
        value,
        first.granularity,
        last.relative,
        "range",
        first.forward,
    )


def _prepositions(text: str, atoms: list[_Atom]) -> list[tuple[_Atom, str | None]]:
    """Each atom with the preposition before it (joined to its span), or None."""
    out = []
    for atom in atoms:
        prep = None
        if m := _before(_PREP_BEFORE, text, atom.start):
            prep = " ".join(m.group("prep").lower().split())
            atom.start = m.start()
        out.append((atom, prep))
    return out


# --- events ---------------------------------------------------------------------------------


def _event(
    doc: Doc, atom: _Atom, prep: str | None, published: dt.date | None, sentence: str, kind: str
) -> Event | None:
    text = doc.text
    open_ended = prep in ("since", "until", "till", "by", "up to", "through")
    relative = atom.relative or open_ended
    start = end = None
    if not relative or published is not None:
        forward = atom.forward
        if forward is None and atom.relative:  # absolute dates have no tense
            forward = _forward(doc, atom)
        interval = atom.value(published, forward)
        if interval is None:
            return None
        start, end = interval
        if prep == "since" and published and start <= published:
            end = published
        elif open_ended and prep != "since" and published and published <= end:
            start = published
        else:
            relative = atom.relative
    return Event(
        event_id=make_id(doc.article.article_id, "event", atom.start, atom.end),
        article_id=doc.article.article_id,
        char_start=atom.start,
        char_end=atom.end,
        date_text=text[atom.start : atom.end],
        date_start=start,
        date_end=end,
        granularity=atom.granularity,
        anchor=("relative" if published else "unresolved") if relative else "absolute",
        kind=kind,
        sentence=sentence,
    )


def _forward(doc: Doc, atom: _Atom) -> bool | None:
    """True when the tense cue of the expression's sentence points forward, None if none.

    The cue is the last one before the expression ("will meet on Thursday", "said on
    Wednesday"), or else the first one after it ("On Thursday, ministers will meet").
    """
    span = doc.sentence_of(atom.start)
    window = max(span.start, atom.start - _TENSE_WINDOW), min(span.end, atom.end + _TENSE_WINDOW)
    before: bool | None = None
    for cue in _TENSE_CUE.finditer(doc.text, *window):
        if cue.group("passive") and not cue.group("forward"):
            continue  # "will be held": a participle, not a past tense
        if cue.end() <= atom.start:
            before = bool(cue.group("forward"))
        elif cue.start() >= atom.end:
            return before if before is not None else bool(cue.group("forward"))
    return before


def event_kind(sentence: str) -> str:
    """The kind of event a sentence reports, by cue words (precedence: ``KIND_CUES`` order)."""
    words = set(_WORD.findall(sentence))
    lower = {w.lower() for w in words}
    for kind, cues in KIND_CUES:
        if any(cue in words if cue in CASED_CUES else cue in lower for cue in cues):
            return kind
    return "other"


def _is_name_part(text: str, start: int, end: int) -> bool:
    """A weekday or "Today" inside a name: "Good Friday Agreement", "The Sunday Times".

    After a preposition it is a date whatever follows: "on Friday Zelensky said".
    """
    before = re.search(r"([A-Za-z]+)[ ]+$", text[max(0, start - 20) : start])
    if before and before.group(1).lower() in _PREPOSITION_WORDS:
        return False
    after = re.match(r"[ ]+([A-Z][a-z]+)", text[end : end + 20])
    if after and after.group(1).lower() not in MONTHS:
        return True
    return bool(
        before
        and before.group(1)[0].isupper()
        and not _sentence_start(text, before.start() + max(0, start - 20))
    )


def _sentence_start(text: str, offset: int) -> bool:
    head = text[:offset].rstrip(" \"'“‘(")
    return not head or head[-1] in ".!?\n:"
