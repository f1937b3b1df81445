"""One article in, every fact out: the order in which the extractors run."""

from __future__ import annotations

from dashboard.extract.dates import extract_events
from dashboard.extract.doc import Doc, make_doc
from dashboard.extract.money import extract_commitments
from dashboard.extract.people import find_people
from dashboard.extract.quotes import extract_quotes
from dashboard.extract.records import ArticleFacts, Event
from dashboard.ingest.model import Article


def extract_article(article: Article) -> ArticleFacts:
    """Run every extractor on one article. Pure: same article, same facts."""
    doc = make_doc(article)
    doc.people, doc.persons = find_people(doc)
    events = extract_events(doc)
    _add_sentence_actors(doc, events)
    return ArticleFacts(
        events=events,
        commitments=extract_commitments(doc, events),
        quotes=extract_quotes(doc),
        people=doc.people,
        mentions=sorted(doc.actors + doc.persons, key=lambda m: (m.char_start, m.char_end)),
    )


def _add_sentence_actors(doc: Doc, events: list[Event]) -> None:
    """Fill each event's ``people`` and ``countries`` from the sentence that carries it."""
    for event in events:
        span = doc.sentence_of(event.char_start)
        if not event.people:
            event.people = _unique(m.entity for m in doc.persons_in(span.start, span.end))
        if not event.countries:
            event.countries = _unique(m.entity for m in doc.actors_in(span.start, span.end))


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))
