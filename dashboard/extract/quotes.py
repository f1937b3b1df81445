"""Quotations and their speakers (issue: quotes extractor)."""

from __future__ import annotations

from dashboard.extract.doc import Doc
from dashboard.extract.records import Quote


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every quotation in ``doc``. Not written yet: returns nothing."""
    return []
