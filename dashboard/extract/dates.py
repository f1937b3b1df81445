"""Dated events: temporal expressions resolved to intervals (issue: dates extractor)."""

from __future__ import annotations

from dashboard.extract.doc import Doc
from dashboard.extract.records import Event


def extract_events(doc: Doc) -> list[Event]:
    """Every dated event in ``doc``. Not written yet: returns nothing."""
    return []
