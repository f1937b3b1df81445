"""Sentence splitting with character offsets.

Rules, not a model: a sentence ends at ``.``, ``!`` or ``?`` (with any closing quote marks or
brackets after it) when the next word starts a new sentence: a capital letter, a digit or an
opening quote mark. A full stop after a known abbreviation ("Mr.", "U.S.", "Jan.") or a single
initial does not end a sentence. A line break always does: paragraphs are never joined.
"""

from __future__ import annotations

import re

from dashboard.extract.records import Span

# Abbreviations after which a full stop is not a sentence end (compared without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr st rev hon sr jr
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol fig art para sec ch pp op approx est dept univ corp inc ltd co bros
    vs etc cf al ave blvd mt ft
    u.s u.k u.n e.u u.s.a d.c a.m p.m e.g i.e
    """.split()
)

_CLOSERS = "\"'”’»)]"
_END = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s)")
_NEXT_START = re.compile(r"\s+([\"'“‘«(\[]*)([A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    # Single initial ("John F. Kennedy") or dotted initials ("U.S.", "D.C.").
    return len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans, trimmed of surrounding white space."""
    spans: list[Span] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        line = para.group()
        base = para.start()
        for end in _END.finditer(line):
            stop = end.end()
            single_dot = end.group().rstrip(_CLOSERS) == "."
            if single_dot and _is_abbreviation(line, end.start()):
                continue
            nxt = _NEXT_START.match(line, stop)
            if not nxt:
                continue
            _add(spans, text, start, base + stop)
            start = base + stop
        _add(spans, text, start, para.end())
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
