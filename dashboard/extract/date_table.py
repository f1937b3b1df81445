"""Word tables for the dates extractor: calendar words, tense cues and event-kind cues."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}

# Abbreviations, used only next to a day number or a year ("Dec. 18", "Nov 1", "Jan 2024").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# Seasons (northern hemisphere) as (first month, last month); winter straddles two years
# and is left out.
SEASONS: dict[str, tuple[int, int]] = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}

# Ordinal words for quarters and halves ("the first quarter", "the second half").
ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}

# Days relative to publication, as an offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
}

# "last week", "this month", "next year": the step from the publication period.
RELATIVE_STEPS: dict[str, int] = {
    "last": -1,
    "this": 0,
    "earlier this": 0,
    "later this": 0,
    "next": 1,
}

# Words after a number that make it a count or an amount, not a year ("2000 troops").
COUNT_NOUNS = tuple(
    """
    people persons troops soldiers civilians children men women refugees families homes houses
    tonnes tons rounds shells missiles drones vehicles tanks units pieces items jobs deaths
    cases staff personnel patients beds schools km kilometres miles hectares kg m bn k million
    billion euros dollars pounds hours days weeks months years times projects
    """.split()
)

# Words before a number that make it a count ("some 2000", "nearly 2025", "No. 2024").
COUNT_WORDS = tuple(
    "about around approximately nearly almost roughly some over than least no".split()
)

# Prepositions kept in the span of an expression ("on Wednesday", "throughout 2025").
PREPOSITIONS = (
    "throughout",
    "through",
    "during",
    "since",
    "until",
    "till",
    "from",
    "before",
    "after",
    "as of",
    "in",
    "on",
    "at",
    "by",
)

# Words that point a bare weekday, month or day forward from publication.
FORWARD_CUES = frozenset(
    """
    will shall due scheduled expected expects expect going plans planned upcoming intends
    aims aim hopes hope
    """.split()
)

# Words that fix the reference in the past, with every word in "-ed" that is not a forward
# cue (the nearest cue wins; after "be"/"been" a participle is passive, not past: "will be
# held on Thursday").
PAST_CUES = frozenset(
    """
    said says told was were had did met made held saw took gave came went began spoke wrote
    sent brought led left won got
    """.split()
)

# Event kinds from the words of the sentence, in order of precedence: the first kind with a
# cue in the sentence wins. Legislation and commitment first (their cues are specific),
# statement last (a "said" is in almost every sentence of a news article).
KIND_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "legislation",
        frozenset(
            """
            Bill Act Congress Senate law laws legislation regulation vote voted ratified adopted
            """.split()
        ),
    ),
    (
        "commitment",
        frozenset(
            """
            pledged pledge pledges committed commit commits commitment announced announces
            announcement loan loans lend lent package packages allocated disbursed disburses
            disbursement disbursements payment payments tranche tranches drawdown provide
            provides provided providing donated donation invested
            """.split()
        ),
    ),
    (
        "meeting",
        frozenset(
            """
            summit meeting meetings talks met meet meets conference discussion session host
            hosts hosted
            """.split()
        ),
    ),
    ("visit", frozenset("visit visited visits visiting trip travelled traveled".split())),
    (
        "military",
        frozenset(
            "strike strikes attack attacked attacks invasion invaded offensive troops".split()
        ),
    ),
    (
        "statement",
        frozenset(
            """
            said says told stated added warned tweeted noted urged stressed underlined
            statement remarks
            """.split()
        ),
    ),
)

# Cue words compared case-sensitively (a "bill" can be money, an "act" a deed). "passed" is
# no cue: a danger, a deadline and a person pass too; the Bill or the chamber names the law.
CASED_CUES = frozenset({"Bill", "Act", "Congress", "Senate"})
