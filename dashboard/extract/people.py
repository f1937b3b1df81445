"""Officials: person mentions resolved to one canonical full name (issue: quotes extractor)."""

from __future__ import annotations

from dashboard.extract.doc import Doc
from dashboard.extract.records import Mention, Person


def find_people(doc: Doc) -> tuple[list[Person], list[Mention]]:
    """The officials of ``doc`` and their mentions. Not written yet: returns nothing."""
    return [], []
