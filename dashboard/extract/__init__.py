"""Extractors: pure functions from an article to records. Nothing here imports streamlit."""

from dashboard.extract.actors import actor_name, find_actor_mentions, resolve_actor
from dashboard.extract.dates import extract_events
from dashboard.extract.doc import Doc, make_doc
from dashboard.extract.money import extract_commitments
from dashboard.extract.people import find_people
from dashboard.extract.pipeline import extract_article
from dashboard.extract.quotes import extract_quotes
from dashboard.extract.records import (
    ArticleFacts,
    Commitment,
    Event,
    Mention,
    Person,
    Quote,
    Span,
)
from dashboard.extract.sentences import split_sentences

__all__ = [
    "ArticleFacts",
    "Commitment",
    "Doc",
    "Event",
    "Mention",
    "Person",
    "Quote",
    "Span",
    "actor_name",
    "extract_article",
    "extract_commitments",
    "extract_events",
    "extract_quotes",
    "find_actor_mentions",
    "find_people",
    "make_doc",
    "resolve_actor",
    "split_sentences",
]
