"""Dated events: expressions, the intervals they resolve to, and the traps that are not dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.extract.dates import event_kind, extract_events
from dashboard.extract.doc import make_doc
from dashboard.ingest import make_article

D = dt.date
FRIDAY = D(2024, 12, 20)  # the seed's publication date
NEW_YEAR = D(2025, 1, 2)  # a Thursday, just after a new year


def _events(body: str, published: dt.date | None):
    return extract_events(make_doc(make_article("Aid update", body, published=published)))


def _found(body: str, published: dt.date | None) -> list[tuple]:
    return [(e.date_text, e.date_start, e.date_end) for e in _events(body, published)]


RESOLVED = [
    # (body, published, date_text, start, end, granularity, anchor)
    pytest.param(
        "The Bill passed the Commons on Wednesday.",
        FRIDAY,
        "on Wednesday",
        D(2024, 12, 18),
        D(2024, 12, 18),
        "day",
        "relative",
        id="weekday-before-publication",
    ),
    pytest.param(
        "Ministers met on Friday in Brussels.",
        FRIDAY,
        "on Friday",
        FRIDAY,
        FRIDAY,
        "day",
        "relative",
        id="weekday-is-publication-day",
    ),
    pytest.param(
        "Ministers will meet on Thursday to agree the package.",
        FRIDAY,
        "on Thursday",
        D(2024, 12, 26),
        D(2024, 12, 26),
        "day",
        "relative",
        id="weekday-forward-will",
    ),
    pytest.param(
        "The vote is due to take place on Monday.",
        FRIDAY,
        "on Monday",
        D(2024, 12, 23),
        D(2024, 12, 23),
        "day",
        "relative",
        id="weekday-forward-due",
    ),
    pytest.param(
        "The package will be held on Friday.",
        FRIDAY,
        "on Friday",
        D(2024, 12, 27),
        D(2024, 12, 27),
        "day",
        "relative",
        id="weekday-forward-passive-same-weekday",
    ),
    pytest.param(
        "He said on Friday Zelensky would come.",
        FRIDAY,
        "on Friday",
        FRIDAY,
        FRIDAY,
        "day",
        "relative",
        id="weekday-before-a-name",
    ),
    pytest.param(
        "Talks resume next Tuesday.",
        FRIDAY,
        "next Tuesday",
        D(2024, 12, 24),
        D(2024, 12, 24),
        "day",
        "relative",
        id="next-weekday",
    ),
    pytest.param(
        "They last met last Friday.",
        FRIDAY,
        "last Friday",
        D(2024, 12, 13),
        D(2024, 12, 13),
        "day",
        "relative",
        id="last-weekday-on-that-weekday",
    ),
    pytest.param(
        "The agreement was signed on 18 December 2024.",
        FRIDAY,
        "on 18 December 2024",
        D(2024, 12, 18),
        D(2024, 12, 18),
        "day",
        "absolute",
        id="day-month-year",
    ),
    pytest.param(
        "The agreement was signed on December 18, 2024, in Kyiv.",
        FRIDAY,
        "on December 18, 2024",
        D(2024, 12, 18),
        D(2024, 12, 18),
        "day",
        "absolute",
        id="month-day-year",
    ),
    pytest.param(
        "The previous one was made on 23 MAy 2023.",
        FRIDAY,
        "on 23 MAy 2023",
        D(2023, 5, 23),
        D(2023, 5, 23),
        "day",
        "absolute",
        id="month-typo-case",
    ),
    pytest.param(
        "Saturday, January 1, 2005 In an abrupt about-face, Japan pledged more.",
        FRIDAY,
        "Saturday, January 1, 2005",
        D(2005, 1, 1),
        D(2005, 1, 1),
        "day",
        "absolute",
        id="weekday-month-day-year",
    ),
    pytest.param(
        "Russia attacked Ukraine Feb. 24.",
        FRIDAY,
        "Feb. 24",
        D(2024, 2, 24),
        D(2024, 2, 24),
        "day",
        "relative",
        id="abbreviated-month-day",
    ),
    pytest.param(
        "The fund opened on Nov. 1 with new money.",
        FRIDAY,
        "on Nov. 1",
        D(2024, 11, 1),
        D(2024, 11, 1),
        "day",
        "relative",
        id="abbreviation-dot-not-split",
    ),
    pytest.param(
        "Russia invaded in March 2022.",
        FRIDAY,
        "in March 2022",
        D(2022, 3, 1),
        D(2022, 3, 31),
        "month",
        "absolute",
        id="month-year",
    ),
    pytest.param(
        "The loan was agreed in June.",
        FRIDAY,
        "in June",
        D(2024, 6, 1),
        D(2024, 6, 30),
        "month",
        "relative",
        id="month-past",
    ),
    pytest.param(
        "The summit will take place in June.",
        FRIDAY,
        "in June",
        D(2025, 6, 1),
        D(2025, 6, 30),
        "month",
        "relative",
        id="month-forward",
    ),
    pytest.param(
        "Von der Leyen in Kyiv: EUR 3.5 billion to arrive in March",
        D(2025, 2, 24),
        "in March",
        D(2025, 3, 1),
        D(2025, 3, 31),
        "month",
        "relative",
        id="month-no-cue-nearest-is-next",
    ),
    pytest.param(
        "Trump is sworn in on 20 January.",
        D(2025, 1, 9),
        "on 20 January",
        D(2025, 1, 20),
        D(2025, 1, 20),
        "day",
        "relative",
        id="day-no-cue-nearest-is-next",
    ),
    pytest.param(
        "The deal was signed with Thales in September.",
        D(2025, 3, 3),
        "in September",
        D(2024, 9, 1),
        D(2024, 9, 30),
        "month",
        "relative",
        id="month-past-cue-six-months-back",
    ),
    pytest.param(
        "The UK will step up its leadership throughout 2025.",
        FRIDAY,
        "throughout 2025",
        D(2025, 1, 1),
        D(2025, 12, 31),
        "year",
        "absolute",
        id="throughout-year",
    ),
    pytest.param(
        "2025 will be decisive.",
        FRIDAY,
        "2025",
        D(2025, 1, 1),
        D(2025, 12, 31),
        "year",
        "absolute",
        id="bare-year",
    ),
    pytest.param(
        "Payments start in the first quarter of 2024.",
        FRIDAY,
        "in the first quarter of 2024",
        D(2024, 1, 1),
        D(2024, 3, 31),
        "quarter",
        "absolute",
        id="ordinal-quarter",
    ),
    pytest.param(
        "Deliveries slipped to Q3 2024.",
        FRIDAY,
        "Q3 2024",
        D(2024, 7, 1),
        D(2024, 9, 30),
        "quarter",
        "absolute",
        id="q-quarter",
    ),
    pytest.param(
        "Output recovered by mid-2023 at the plant.",
        D(2022, 1, 1),
        "by mid-2023",
        D(2022, 1, 1),
        D(2023, 12, 31),
        "year",
        "relative",
        id="by-mid-year-from-publication",
    ),
    pytest.param(
        "Deliveries begin in early 2025.",
        FRIDAY,
        "in early 2025",
        D(2025, 1, 1),
        D(2025, 12, 31),
        "year",
        "absolute",
        id="early-year-is-the-year",
    ),
    pytest.param(
        "The line was built in the 1990s.",
        FRIDAY,
        "in the 1990s",
        D(1990, 1, 1),
        D(1999, 12, 31),
        "decade",
        "absolute",
        id="decade",
    ),
    pytest.param(
        "The ministry said yesterday it would help.",
        FRIDAY,
        "yesterday",
        D(2024, 12, 19),
        D(2024, 12, 19),
        "day",
        "relative",
        id="yesterday",
    ),
    pytest.param(
        "The talks continue tomorrow.",
        FRIDAY,
        "tomorrow",
        D(2024, 12, 21),
        D(2024, 12, 21),
        "day",
        "relative",
        id="tomorrow",
    ),
    pytest.param(
        "The deal was announced by Sir Keir Starmer today (2nd).",
        D(2025, 3, 2),
        "today (2nd)",
        D(2025, 3, 2),
        D(2025, 3, 2),
        "day",
        "relative",
        id="today-with-day",
    ),
    pytest.param(
        "The plan was agreed last week.",
        FRIDAY,
        "last week",
        D(2024, 12, 9),
        D(2024, 12, 15),
        "week",
        "relative",
        id="last-week",
    ),
    pytest.param(
        "The first shipments arrived in Kyiv this week.",
        FRIDAY,
        "this week",
        D(2024, 12, 16),
        D(2024, 12, 22),
        "week",
        "relative",
        id="this-week",
    ),
    pytest.param(
        "The fund raised more earlier this month.",
        FRIDAY,
        "earlier this month",
        D(2024, 12, 1),
        D(2024, 12, 31),
        "month",
        "relative",
        id="earlier-this-month",
    ),
    pytest.param(
        "Spending rises next year.",
        FRIDAY,
        "next year",
        D(2025, 1, 1),
        D(2025, 12, 31),
        "year",
        "relative",
        id="next-year",
    ),
    pytest.param(
        "The facility runs from 2024 to 2027.",
        FRIDAY,
        "from 2024 to 2027",
        D(2024, 1, 1),
        D(2027, 12, 31),
        "year",
        "absolute",
        id="from-to",
    ),
    pytest.param(
        "The facility runs between 2024 and 2027.",
        FRIDAY,
        "between 2024 and 2027",
        D(2024, 1, 1),
        D(2027, 12, 31),
        "year",
        "absolute",
        id="between-and",
    ),
    pytest.param(
        "The first pillar of the Ukraine Facility for 2024-2027.",
        FRIDAY,
        "2024-2027",
        D(2024, 1, 1),
        D(2027, 12, 31),
        "year",
        "absolute",
        id="year-dash-year",
    ),
    pytest.param(
        "From December to March 2024, the pledges doubled.",
        None,
        "From December to March 2024",
        D(2023, 12, 1),
        D(2024, 3, 31),
        "month",
        "absolute",
        id="range-borrows-year",
    ),
    pytest.param(
        "The sanctions stay until 2030.",
        FRIDAY,
        "until 2030",
        FRIDAY,
        D(2030, 12, 31),
        "year",
        "relative",
        id="until-from-publication",
    ),
    pytest.param(
        "Funds arrive by the end of the year.",
        FRIDAY,
        "by the end of the year",
        FRIDAY,
        D(2024, 12, 31),
        "month",
        "relative",
        id="by-end-of-year",
    ),
    pytest.param(
        "Britain has given £12.8 billion since February 2022.",
        FRIDAY,
        "since February 2022",
        D(2022, 2, 1),
        FRIDAY,
        "month",
        "relative",
        id="since-month-to-publication",
    ),
    pytest.param(
        "Britain has trained recruits since the summer of 2022.",
        FRIDAY,
        "since the summer of 2022",
        D(2022, 6, 1),
        FRIDAY,
        "quarter",
        "relative",
        id="since-the-season",
    ),
    pytest.param(
        "Since 2014, the United States has committed more.",
        FRIDAY,
        "Since 2014",
        D(2014, 1, 1),
        FRIDAY,
        "year",
        "relative",
        id="since-year",
    ),
    pytest.param(
        "The IMF approved it at the end of March 2023.",
        FRIDAY,
        "at the end of March 2023",
        D(2023, 3, 1),
        D(2023, 3, 31),
        "month",
        "absolute",
        id="end-of-month",
    ),
    # Across a new year: published Thursday 2 January 2025.
    pytest.param(
        "The package was agreed last week.",
        NEW_YEAR,
        "last week",
        D(2024, 12, 23),
        D(2024, 12, 29),
        "week",
        "relative",
        id="new-year-last-week",
    ),
    pytest.param(
        "Exports fell last month.",
        NEW_YEAR,
        "last month",
        D(2024, 12, 1),
        D(2024, 12, 31),
        "month",
        "relative",
        id="new-year-last-month",
    ),
    pytest.param(
        "The minister visited Kyiv on Monday.",
        NEW_YEAR,
        "on Monday",
        D(2024, 12, 30),
        D(2024, 12, 30),
        "day",
        "relative",
        id="new-year-monday",
    ),
    pytest.param(
        "He discussed the plan with Umerov in Kyiv in December.",
        NEW_YEAR,
        "in December",
        D(2024, 12, 1),
        D(2024, 12, 31),
        "month",
        "relative",
        id="new-year-december",
    ),
    # No publication date: relative expressions stay unresolved, absolute ones do not.
    pytest.param(
        "The Bill passed the Commons on Wednesday.",
        None,
        "on Wednesday",
        None,
        None,
        "day",
        "unresolved",
        id="no-publication-weekday",
    ),
    pytest.param(
        "Britain has given £12.8 billion since February 2022.",
        None,
        "since February 2022",
        None,
        None,
        "month",
        "unresolved",
        id="no-publication-since",
    ),
    pytest.param(
        "Russia invaded in March 2022.",
        None,
        "in March 2022",
        D(2022, 3, 1),
        D(2022, 3, 31),
        "month",
        "absolute",
        id="no-publication-absolute",
    ),
    pytest.param(
        "Ministers met last week.",
        None,
        "last week",
        None,
        None,
        "week",
        "unresolved",
        id="no-publication-last-week",
    ),
    pytest.param(
        "Zelensky said he had accepted an invitation to the summit in Hiroshima in May.",
        D(2023, 3, 22),
        "in May",
        D(2023, 5, 1),
        D(2023, 5, 31),
        "month",
        "relative",
        id="future-event-in-a-past-tense-sentence",
        marks=pytest.mark.xfail(strict=True, reason="tense from the nearest verb: 'accepted'"),
    ),
    pytest.param(
        "The conference met in Madrid the week of June 27.",
        D(2022, 6, 27),
        "the week of June 27",
        D(2022, 6, 27),
        D(2022, 7, 3),
        "week",
        "relative",
        id="week-of-day",
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "text", "start", "end", "granularity", "anchor"), RESOLVED
)
def test_expression_resolves(body, published, text, start, end, granularity, anchor):
    events = _events(body, published)
    assert [(e.date_text, e.date_start, e.date_end, e.granularity, e.anchor) for e in events] == [
        (text, start, end, granularity, anchor)
    ]


NOTHING = [
    pytest.param("We will look wherever we can to respond.", id="we-is-not-wednesday"),
    pytest.param("The £225m package is worth 100M to industry.", id="amount-100m"),
    pytest.param("He won by a margin of 629 votes.", id="of-629"),
    pytest.param("Each shell costs $725 to make.", id="dollar-725"),
    pytest.param("The deal covers 5,000 missiles and 1,000 drones.", id="thousands"),
    pytest.param("Britain contributes £2.26 billion to a G7 loan.", id="amount-and-g7"),
    pytest.param("Some 2000 troops were deployed.", id="count-after-some"),
    pytest.param("The factory employs 2024 people.", id="count-before-unit"),
    pytest.param("It costs £2025 a head.", id="currency-year-like"),
    pytest.param("Regulation 2024/792 sets the rules.", id="regulation-number"),
    pytest.param("Call 0800 2024 1999 for help.", id="digit-groups"),
    pytest.param("No. 2024 was the call sign.", id="number-abbreviation"),
    pytest.param("Nearly three years after Putin launched his invasion.", id="duration-after"),
    pytest.param("Aid must arrive within 100 days.", id="duration-days"),
    pytest.param("The strikes went on for 24 hours.", id="duration-hours"),
    pytest.param("The IMF approved a four-year programme.", id="four-year-programme"),
    pytest.param("Officials may approve it.", id="may-verb"),
    pytest.param("May the talks succeed.", id="may-sentence-start"),
    pytest.param("Thousands joined the march. March on, they said.", id="march-noun"),
    pytest.param("Le 18 décembre, le Conseil s'est réuni.", id="french"),
    pytest.param("Am Mittwoch tagte der Rat im Mai.", id="german"),
    pytest.param("Prices rose recently and will rise soon.", id="vague-recently-soon"),
    pytest.param("More aid comes in the coming weeks.", id="vague-coming-weeks"),
    pytest.param("We will stand by Ukraine for as long as it takes.", id="vague-as-long"),
    pytest.param("Reforms will matter in the future.", id="vague-future"),
    pytest.param("Spending grew over the past year and in the last year.", id="the-past-year"),
    pytest.param("He told The Sunday Times of the plan.", id="sunday-in-a-title"),
    pytest.param("The Good Friday Agreement was cited.", id="good-friday"),
]


@pytest.mark.parametrize("body", NOTHING)
def test_not_a_date(body):
    assert _found(body, FRIDAY) == []


def test_two_days_sharing_a_month():
    body = "The further earthquakes on 20 and 27 February killed more."
    assert _found(body, D(2023, 3, 1)) == [
        ("on 20", D(2023, 2, 20), D(2023, 2, 20)),
        ("27 February", D(2023, 2, 27), D(2023, 2, 27)),
    ]


def test_day_range_sharing_a_month():
    body = "The summit ran from 20 to 27 May 2023 in Hiroshima."
    assert _found(body, None) == [("from 20 to 27 May 2023", D(2023, 5, 20), D(2023, 5, 27))]


def test_today_bracketed_day_is_two_expressions():
    body = "The Contact Group met at Ramstein Air Base today [Thursday 9 January]."
    assert _found(body, D(2025, 1, 9)) == [
        ("today", D(2025, 1, 9), D(2025, 1, 9)),
        ("Thursday 9 January", D(2025, 1, 9), D(2025, 1, 9)),
    ]


KINDS = [
    pytest.param("The Bill passed the Commons on Wednesday.", "legislation", id="legislation"),
    pytest.param("Healey committed Britain to a £225 million package.", "commitment", id="pledge"),
    pytest.param("Leaders met at the summit in Rome.", "meeting", id="meeting"),
    pytest.param("The Foreign Secretary visited Kyiv.", "visit", id="visit"),
    pytest.param("Russia launched a missile strike on Kharkiv.", "military", id="military"),
    pytest.param("The minister said Ukraine must win.", "statement", id="statement"),
    pytest.param("The weather was cold.", "other", id="other"),
    pytest.param("He said the package was a loan.", "commitment", id="commitment-beats-said"),
    pytest.param("The vote came after talks with troops.", "legislation", id="legislation-first"),
    pytest.param("The bill for the dinner was paid.", "other", id="lowercase-bill-is-money"),
    pytest.param("Congress approved the aid bill in 2022.", "legislation", id="congress"),
    pytest.param("The danger has not passed.", "other", id="passed-is-no-cue"),
    pytest.param("The IMF paid the next tranche.", "commitment", id="tranche"),
    pytest.param("Sunak travelled to Kyiv on Friday.", "visit", id="travelled"),
]


@pytest.mark.parametrize(("sentence", "kind"), KINDS)
def test_event_kind(sentence, kind):
    assert event_kind(sentence) == kind


def test_event_row_fields():
    body = "Britain pledged £225 million on Wednesday."
    (event,) = _events(body, FRIDAY)
    text = make_article("Aid update", body).text
    assert text[event.char_start : event.char_end] == "on Wednesday"
    assert event.sentence == body
    assert event.kind == "commitment"
    assert event.people == [] and event.countries == []


def test_seed_article(seed_article):
    events = extract_events(make_doc(seed_article))
    assert [(e.date_text, e.date_start, e.date_end, e.granularity, e.anchor) for e in events] == [
        ("throughout 2025", D(2025, 1, 1), D(2025, 12, 31), "year", "absolute"),
        ("on Wednesday", D(2024, 12, 18), D(2024, 12, 18), "day", "relative"),
    ]
    assert events[1].kind == "legislation"


_PIECES = st.sampled_from(
    [
        "on", "in", "since", "until", "from", "to", "between", "and", "by the end of", "the",
        "Wednesday", "We", "May", "may", "March", "Dec.", "18", "2nd", "(2nd)", "[", "]", "2024",
        "2027", "1,000", "$725", "100M", "Q1", "first quarter of", "mid-", "early", "last",
        "next", "week", "month", "year", "today", "yesterday", "1990s", "-", ",", ".", "will",
        "said", "\n", "Saturday,", "January", "31", "30", "February", "29", "Feb", "1899", "2101",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=30).map(" ".join),
    st.one_of(st.none(), st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31))),
)
def test_never_breaks(body, published):
    article = make_article("Aid", body, published=published)
    for event in extract_events(make_doc(article)):
        assert 0 <= event.char_start < event.char_end <= len(article.text)
        assert event.date_text == article.text[event.char_start : event.char_end]
        assert (event.date_start is None) == (event.date_end is None)
        if event.date_start is not None:
            assert event.date_start <= event.date_end
        if published is None:
            assert event.anchor in ("absolute", "unresolved")
