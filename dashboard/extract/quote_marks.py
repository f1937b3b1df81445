"""Quotation marks paired into quoted spans, and the reporting verbs that attribute them.

Marks are paired within a paragraph only, so one unbalanced mark (a page cut mid-quote, a
missing opening mark) never shifts the quotes after it:

- double marks: “ ” and straight " (and „ « »), mixed freely (“...").
- single marks ‘ ’ and straight ' count as quotation marks only outside a double quotation;
  a mark between two letters or digits is an apostrophe ("can't", "Ukraine‘s", 5'10").
- ’ or ' after a letter with no single quotation open is an apostrophe ("euros’ worth").
- a straight " after a digit with no quotation open is an inch mark (10" screen).
- a quotation still open at the end of its paragraph ends there (``closed`` False); when the
  next paragraph opens with a mark, that piece ``continues`` the same quotation. One still open
  at the next opening double mark ends before that mark (also ``closed`` False): spans never
  overlap, so a paragraph's quoted text is at most the paragraph, whatever its marks. A single
  mark left open counts only when it opens the paragraph (elsewhere it is an apostrophe: '90s).
- a closing mark with no opening mark before it in the paragraph quotes the paragraph from its
  start (the opening mark was lost: ``opened`` False).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
MARKS = re.compile("[“”„«»\"‘’']")

# Reporting verbs (lower case, whole words): what makes a sentence attribute a quotation.
CUE_WORDS = """
said says say saying told tells tell telling stated states stating added adds adding
stressed stresses stressing warned warns warning emphasized emphasised emphasizes emphasises
emphasizing emphasising noted notes noting explained explains explaining replied replies
wrote writes tweeted posted announced announces pledged vowed claimed claims argued argues
insisted insists highlighted highlights underlined underscored urged declared promised
suggested confirmed concluded concludes reads acknowledged admitted continued commented
remarked observed asserted recalled reiterated cautioned called urging described asked
asks declaring noting announcing
""".split()
CUE_PHRASES = ["pointed out", "set out", "according to", "went on"]
CUE = re.compile(r"\b(?:" + "|".join(CUE_PHRASES + CUE_WORDS) + r")\b")


@dataclass(slots=True)
class QuotedSpan:
    """The words between a pair of marks (marks excluded, white space trimmed)."""

    start: int
    end: int
    open_mark: int | None  # offset of the opening mark; None when it was lost
    close_mark: int | None  # offset of the closing mark; None when the paragraph ended first
    paragraph: int  # index of the paragraph (line) in the text
    continues: bool = False  # the paragraph piece of a quotation opened in an earlier paragraph

    @property
    def closed(self) -> bool:
        return self.close_mark is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty line: the paragraphs of ``Article.text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted span of ``text`` in order, paired paragraph by paragraph."""
    spans: list[QuotedSpan] = []
    previous_open = False
    for index, (start, end) in enumerate(paragraphs(text)):
        found = _pair_marks(text, start, end, index)
        if found and previous_open and found[0].open_mark == _first_char(text, start, end):
            found[0].continues = True
        previous_open = bool(found) and not found[-1].closed
        spans.extend(found)
    return spans


class QuotedRegions:
    """Where quoted text is (marks included), for fast "is this offset quoted?" checks."""

    def __init__(self, spans: list[QuotedSpan]) -> None:
        regions = [
            (
                span.open_mark if span.open_mark is not None else span.start,
                span.close_mark if span.close_mark is not None else span.end,
            )
            for span in spans
        ]
        self._lefts = [left for left, _ in regions]
        self._rights = [right for _, right in regions]

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self._lefts, offset) - 1
        return i >= 0 and offset <= self._rights[i]


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _pair_marks(text: str, start: int, end: int, index: int) -> list[QuotedSpan]:
    found: list[QuotedSpan] = []
    double: int | None = None  # offset of the open double mark
    single: int | None = None

    def emit(open_mark: int | None, close_mark: int | None, stop: int = end) -> None:
        left = open_mark + 1 if open_mark is not None else start
        right = close_mark if close_mark is not None else stop
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if right > left:
            found.append(QuotedSpan(left, right, open_mark, close_mark, index))

    for m in MARKS.finditer(text, start, end):
        i, mark = m.start(), m.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue  # apostrophe inside a word, or feet/inches between digits
        if mark in "“„«" or (
            mark in '”"' and double is None and single is None and _opens(before, after)
        ):
            if double is not None:
                emit(double, None, i)  # an opening mark while one is open: the first never closed
            if single is None:
                double = i
        elif mark in '”»"':
            if double is not None:
                emit(double, i)
                double = None
            elif single is None and not found and not before.isdigit():
                emit(None, i)  # the opening mark was lost: quote from the paragraph start
        elif double is not None:
            continue  # single marks inside a double quotation are nested quotes or apostrophes
        elif single is None:
            if (mark == "‘" or mark == "'") and _opens(before, after):
                single = i
        elif not before.isspace():
            emit(single, i)
            single = None
    if double is not None:
        emit(double, None)
    elif single is not None and single == _first_char(text, start, end):
        emit(single, None)  # elsewhere an unclosed single mark is an apostrophe ('90s)
    return found


def _opens(before: str, after: str) -> bool:
    """A mark opens a quotation after a space or bracket and before a word."""
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()
