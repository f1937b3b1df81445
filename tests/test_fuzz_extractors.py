"""Every extractor on random and adversarial text: no exception, every span inside the text and
pointing at what the record says it is, and frames that pass their schemas."""

from __future__ import annotations

import datetime as dt

from fuzz_text import ARTICLE_BODIES, TITLES
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dashboard.extract import extract_article
from dashboard.frames import build_frames
from dashboard.ingest import make_article

PUBLISHED = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
# Fields whose value is the text of the record's own span.
SURFACE = {"events": "date_text", "commitments": "amount_text", "quotes": "text"}


def facts_of(title: str, body: str, published: dt.date | None):
    article = make_article(title, body, published=published)
    return article, extract_article(article)


def spans(facts) -> list[tuple[str, object]]:
    kinds = ("events", "commitments", "quotes", "mentions")
    return [(kind, record) for kind in kinds for record in getattr(facts, kind)]


def assert_spans_inside(article, facts) -> None:
    for kind, record in spans(facts):
        assert 0 <= record.char_start < record.char_end <= len(article.text), (kind, record)
        assert record.article_id == article.article_id
        if kind != "mentions":
            assert record.sentence in article.text, (kind, record)


@settings(max_examples=1000, deadline=None)
@given(title=TITLES, body=ARTICLE_BODIES | st.text(max_size=300), published=PUBLISHED)
@example(title="Aid", body="“" * 50 + "Norway pledged $" + "9" * 30 + " million", published=None)
@example(title="", body="He said „Yes“ and «non» ‹x› on Monday.", published=dt.date(2024, 12, 20))
@example(title="مساعدات", body="\u202eNorway\u202c pledged €5\u200b million.", published=None)
def test_spans_inside_the_text_and_pointing_at_their_words(title, body, published):
    article, facts = facts_of(title, body, published)
    assert_spans_inside(article, facts)
    for kind, field in SURFACE.items():
        for record in getattr(facts, kind):
            assert getattr(record, field) == article.text[record.char_start : record.char_end]
    for mention in facts.mentions:
        assert mention.surface == article.text[mention.char_start : mention.char_end]


# Building frames validates each one with pandera (a fifth of a second): fewer examples.
@settings(max_examples=60, deadline=None)
@given(title=TITLES, body=ARTICLE_BODIES | st.text(max_size=300), published=PUBLISHED)
def test_frames_valid(title, body, published):
    article, facts = facts_of(title, body, published)
    frames = build_frames([(article, facts)])
    assert len(frames.articles) == 1
    assert len(frames.commitments) == len(facts.commitments)
