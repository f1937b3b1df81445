"""A small, realistic corpus as frames, for the app and chart tests.

The articles are written for these tests (not taken from the shared corpus); every fact's span
is found in the text, so highlighting and links point at the right characters.
"""

from __future__ import annotations

import datetime as dt

from dashboard.corpus import CorpusResult
from dashboard.extract.records import Commitment, Event, Mention, Person, Quote, make_id
from dashboard.frames import Frames, frame_from_records
from dashboard.ingest import Article, Rejection, make_article

LONDON = make_article(
    "Britain pledges £225 million in military aid to Ukraine",
    "Defence Secretary John Healey announced £225 million of military aid for Ukraine on "
    'Wednesday. "We will stand with Ukraine throughout 2025," he told reporters in London. '
    "Britain has now given £12.8 billion since 2022.",
    published=dt.date(2024, 12, 20),
    published_source="metadata",
    outlet="The Example Times",
    url="https://example.org/uk-aid",
)
BRUSSELS = make_article(
    "EU agrees €1.5 billion loan for Kyiv",
    "On 3 March 2025 the European Commission approved a €1.5 billion loan to Ukraine. "
    'Ursula von der Leyen said the money "will keep the lights on" in Kyiv. '
    'A further =HYPERLINK("http://evil") note <script>alert(1)</script> closes the text.',
    published=dt.date(2025, 3, 4),
    published_source="metadata",
    outlet="Example Wire",
    url="https://example.org/eu-loan",
)
WASHINGTON = make_article(
    "US sends $500 million in humanitarian aid",
    "The United States announced $500 million of humanitarian aid for Ukraine in January 2025. "
    '"This is about people," Antony Blinken said.',
    published=dt.date(2025, 1, 20),
    published_source="metadata",
    outlet="Example Wire",
    url=None,
)
ARTICLES = [LONDON, BRUSSELS, WASHINGTON]


def span(article: Article, needle: str, nth: int = 0) -> tuple[int, int]:
    """The (start, end) of the ``nth`` occurrence of ``needle`` in the article's body."""
    start = article.body_start - 1
    for _ in range(nth + 1):
        start = article.text.index(needle, start + 1)
    return start, start + len(needle)


def sentence_of(article: Article, needle: str) -> str:
    start, _ = span(article, needle)
    left = max(article.text.rfind(". ", 0, start) + 2, article.text.rfind("\n", 0, start) + 1)
    right = article.text.find(". ", start)
    return article.text[left : right + 1 if right != -1 else len(article.text)]


def event(article, needle, start, end, granularity, anchor, kind, people, countries) -> Event:
    s, e = span(article, needle)
    return Event(
        make_id(article.article_id, "event", s, e),
        article.article_id,
        s,
        e,
        needle,
        start,
        end,
        granularity,
        anchor,
        kind,
        sentence_of(article, needle),
        people,
        countries,
    )


def commitment(article, needle, amount, currency, usd, donor, aid, instrument, day, total,
               donor_method="sentence"):  # fmt: skip
    s, e = span(article, needle)
    return Commitment(
        make_id(article.article_id, "commitment", s, e),
        article.article_id,
        s,
        e,
        needle,
        amount,
        currency,
        usd,
        donor,
        "UKR",
        aid,
        instrument,
        day,
        "published",
        "pledged",
        "exact",
        total,
        usd / amount,
        day,
        sentence_of(article, needle),
        donor_method=donor_method,
        recipient_method="sentence",
    )


def quote(article, needle, speaker, method, role, country, cue, day) -> Quote:
    s, e = span(article, needle)
    return Quote(
        make_id(article.article_id, "quote", s, e),
        article.article_id,
        s,
        e,
        needle,
        speaker,
        method,
        role,
        country,
        cue,
        None,
        "direct",
        day,
        sentence_of(article, needle),
    )


def mention(article, needle, entity, entity_type, nth=0) -> Mention:
    s, e = span(article, needle, nth)
    return Mention(article.article_id, s, e, needle, entity, entity_type)


D = dt.date
EVENTS = [
    event(LONDON, "on Wednesday", D(2024, 12, 18), D(2024, 12, 18), "day", "relative",
          "commitment", ["John Healey"], ["UKR"]),
    event(LONDON, "throughout 2025", D(2025, 1, 1), D(2025, 12, 31), "year", "absolute",
          "statement", ["John Healey"], ["UKR", "GBR"]),
    event(BRUSSELS, "On 3 March 2025", D(2025, 3, 3), D(2025, 3, 3), "day", "absolute",
          "commitment", [], ["EU", "UKR"]),
    event(WASHINGTON, "in January 2025", D(2025, 1, 1), D(2025, 1, 31), "month", "absolute",
          "commitment", [], ["USA", "UKR"]),
]  # fmt: skip
COMMITMENTS = [
    commitment(LONDON, "£225 million", 225e6, "GBP", 282.6e6, "GBR", "military", "package",
               D(2024, 12, 20), False),
    commitment(LONDON, "£12.8 billion", 12.8e9, "GBP", 16.1e9, "GBR", "unspecified",
               "unspecified", D(2024, 12, 20), True),
    commitment(BRUSSELS, "€1.5 billion", 1.5e9, "EUR", 1.62e9, "EU", "financial", "loan",
               D(2025, 3, 3), False),
    commitment(WASHINGTON, "$500 million", 500e6, "USD", 500e6, "USA", "humanitarian",
               "grant", D(2025, 1, 20), False),
]  # fmt: skip
QUOTES = [
    quote(LONDON, "We will stand with Ukraine throughout 2025,", "John Healey", "pronoun",
          "Defence Secretary", "GBR", "told", D(2024, 12, 20)),
    quote(BRUSSELS, "will keep the lights on", "Ursula von der Leyen", "named",
          "President of the European Commission", "EU", "said", D(2025, 3, 4)),
    quote(WASHINGTON, "This is about people,", "Antony Blinken", "named", "Secretary of State",
          "USA", "said", D(2025, 1, 20)),
]  # fmt: skip
PEOPLE = [
    Person("John Healey", ["Defence Secretary"], "GBR", ["Healey"]),
    Person("Ursula von der Leyen", ["President of the European Commission"], "EU", []),
    Person("Antony Blinken", ["Secretary of State"], "USA", ["Blinken"]),
]
MENTIONS = [
    mention(LONDON, "Britain", "GBR", "country"),
    mention(LONDON, "Ukraine", "UKR", "country"),
    mention(LONDON, "John Healey", "John Healey", "person"),
    mention(LONDON, "Ukraine", "UKR", "country", 1),
    mention(LONDON, "London", "GBR", "country"),
    mention(BRUSSELS, "European Commission", "EU", "org"),
    mention(BRUSSELS, "Kyiv", "UKR", "country"),
    mention(BRUSSELS, "Ursula von der Leyen", "Ursula von der Leyen", "person"),
    mention(WASHINGTON, "United States", "USA", "country"),
    mention(WASHINGTON, "Antony Blinken", "Antony Blinken", "person"),
]


def example_frames() -> Frames:
    return Frames(
        articles=frame_from_records("articles", ARTICLES),
        events=frame_from_records("events", EVENTS),
        commitments=frame_from_records("commitments", COMMITMENTS),
        quotes=frame_from_records("quotes", QUOTES),
        people=frame_from_records("people", PEOPLE),
        mentions=frame_from_records("mentions", MENTIONS),
    )


def example_corpus() -> CorpusResult:
    return CorpusResult(example_frames(), [Rejection("broken.json", "not valid JSON", 3)], 0)


# A fourth article reporting two of the same pledges again: the EU loan as written before, and
# the US grant with a different amount (sources that disagree), its donor from the headline.
KYIV = make_article(
    "Kyiv welcomes EU loan and American aid",
    "Ukraine's finance ministry welcomed the €1.5 billion loan on Tuesday. "
    'Ursula von der Leyen repeated that the money "will keep the lights on". '
    "Officials also confirmed a $530 million humanitarian grant from Washington.",
    published=dt.date(2025, 3, 5),
    published_source="metadata",
    outlet="Kyiv Example Post",
    url="https://example.org/kyiv",
)
REPORTS = [
    commitment(KYIV, "€1.5 billion", 1.5e9, "EUR", 1.62e9, "EU", "financial", "loan",
               D(2025, 3, 4), False, donor_method="article"),
    commitment(KYIV, "$530 million", 530e6, "USD", 530e6, "USA", "humanitarian", "grant",
               D(2025, 3, 5), False, donor_method="article"),
]  # fmt: skip
REPORTED_QUOTES = [
    quote(KYIV, "will keep the lights on", "Ursula von der Leyen", "named",
          "President of the European Commission", "EU", "repeated", D(2025, 3, 5)),
]  # fmt: skip
REPORTED_MENTIONS = [
    mention(KYIV, "Ukraine", "UKR", "country"),
    mention(KYIV, "Ursula von der Leyen", "Ursula von der Leyen", "person"),
    mention(KYIV, "Washington", "USA", "country"),
]


def reports_corpus() -> CorpusResult:
    """The example corpus and a fourth article that reports two of its pledges again."""
    return CorpusResult(
        Frames(
            articles=frame_from_records("articles", [*ARTICLES, KYIV]),
            events=frame_from_records("events", EVENTS),
            commitments=frame_from_records("commitments", [*COMMITMENTS, *REPORTS]),
            quotes=frame_from_records("quotes", [*QUOTES, *REPORTED_QUOTES]),
            people=frame_from_records("people", PEOPLE),
            mentions=frame_from_records("mentions", [*MENTIONS, *REPORTED_MENTIONS]),
        ),
        [],
        0,
    )
