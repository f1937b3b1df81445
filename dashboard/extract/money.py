"""Money commitments: every amount pledged, given, lent or spent (issue: money extractor)."""

from __future__ import annotations

from dashboard.extract.doc import Doc
from dashboard.extract.records import Commitment


def extract_commitments(doc: Doc) -> list[Commitment]:
    """Every money commitment in ``doc``. Not written yet: returns nothing."""
    return []
