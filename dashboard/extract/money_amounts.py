"""Money amounts in text: where they are, their value in full units and their currency.

Three written forms, each one regular expression without nested repetition (linear time):
a currency before the number ("£2.26bn", "US$15.6 billion", "GBP15 million", "$1-2 billion"),
a currency after it ("2.26 billion pounds", "500,000,000 USD") and number words ("half a
billion dollars"). A number with no currency is never money. A bracketed conversion right
after an amount ("€1.9 billion (£1.6 billion)") is the same amount: only the first is kept.
Ranges keep the lower bound as ``value``, the upper as ``high``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.extract.money_table import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    GLUED_SCALES,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALES,
    TRAILING_QUALIFIERS,
)


@dataclass(slots=True)
class Amount:
    start: int
    end: int
    value: float
    currency: str  # ISO 4217, or a key of AMBIGUOUS_CURRENCIES ("$", "Rs", "kr")
    qualifier: str  # exact, at_least, at_most, approximately
    high: float | None = None  # upper bound of a range
    scaled: bool = True  # a scale word was written ("million"): not a price


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A scale word ("{s}") or a letter glued to the number ("{g}"); formatted per group name.
_SCALE = (
    rf"[\s-]?(?i:(?P<{{s}}>{_alternatives(SCALES)}))(?![A-Za-z])"
    r"|(?P<{g}>[kmbKMB])(?![A-Za-z])"
)
_SYMBOL = (
    rf"(?<![A-Za-z])(?:{_alternatives(CURRENCY_SYMBOLS)})"
    rf"|(?<![A-Za-z$])(?:{_alternatives(CURRENCY_CODES)})(?![A-Za-z])"
)
_SEP = r"\s?[-–—]\s?|\s+to\s+|\s+and\s+"

_PREFIXED = re.compile(
    rf"(?P<cur>{_SYMBOL})\s?(?P<num>{_NUM})(?:{_SCALE.format(s='scale', g='glued')})?"
    rf"(?:(?P<sep>{_SEP})(?:{_SYMBOL})?\s?(?P<num2>{_NUM})"
    rf"(?:{_SCALE.format(s='scale2', g='glued2')})?)?"
)
_SUFFIXED = re.compile(
    rf"(?<![\d.,])(?P<num>{_NUM})(?:{_SCALE.format(s='scale', g='glued')})?"
    rf"\s?(?P<cur>(?i:{_alternatives(CURRENCY_WORDS)})(?![A-Za-z])|"
    rf"(?:{_alternatives(CURRENCY_CODES)})(?![A-Za-z]))"
)
_WORDED = re.compile(
    rf"(?<![A-Za-z])(?i:(?P<words>{_alternatives(NUMBER_WORDS)}))[\s-]+"
    r"(?i:(?P<scale>thousand|million|billion|trillion))[\s-]+"
    rf"(?P<cur>(?i:{_alternatives(CURRENCY_WORDS)}))(?![A-Za-z])"
)
_BETWEEN = re.compile(r"(?<![A-Za-z])between\s*$", re.IGNORECASE)
_LOWER_WORDS = {w.lower(): c for w, c in CURRENCY_WORDS.items()}
_DIGITS = re.compile(r"\d+")
_PREFIX_FIRST = frozenset(w[0] for w in (*CURRENCY_SYMBOLS, *CURRENCY_CODES))
_LONGEST_PREFIX = max(map(len, (*CURRENCY_SYMBOLS, *CURRENCY_CODES))) + 1
_SCALE_WORD = re.compile(r"(?i:thousand|million|billion|trillion)")
_CURRENCY_WORD_AFTER = re.compile(rf"[\s-]+(?i:{_alternatives(CURRENCY_WORDS)})(?![A-Za-z])")
_LONGEST_NUMBER_WORDS = max(map(len, NUMBER_WORDS)) + 2
_QUALIFIER_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{_alternatives(QUALIFIERS)})\s*$")
_QUALIFIER_AFTER = re.compile(rf"\s*-?(?i:{_alternatives(TRAILING_QUALIFIERS)})(?![A-Za-z])")
_CONVERSION_OPEN = re.compile(
    r"\s*\(\s*(?:(?i:about|around|approximately|approx\.|roughly|some|c\.)\s*)?$"
)
_CONVERSION_CLOSE = re.compile(r"\s*\)")


def _currency(written: str) -> str:
    if written in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[written]
    if written in CURRENCY_CODES:
        return CURRENCY_CODES[written]
    return _LOWER_WORDS[" ".join(written.lower().split())]


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _scale(m: re.Match, scale: str, glued: str) -> float | None:
    if m.group(scale):
        return SCALES[m.group(scale).lower()]
    if m.group(glued):
        return GLUED_SCALES[m.group(glued).lower()]
    return None


def _prefixed(text: str, m: re.Match) -> Amount:
    scale = _scale(m, "scale", "glued")
    end = m.end("num") if scale is None else m.end("scale") if m.group("scale") else m.end("glued")
    value = _number(m.group("num"))
    amount = Amount(m.start(), end, value * (scale or 1), _currency(m.group("cur")), "exact")
    amount.scaled = scale is not None
    if m.group("num2"):
        sep = m.group("sep").strip()
        scale2 = _scale(m, "scale2", "glued2")
        is_range = sep in "-–—" or (sep == "to" and scale is None)
        after_between = _BETWEEN.search(text, max(0, m.start() - 12), m.start()) is not None
        is_range = is_range or (sep == "and" and after_between)
        if is_range and (scale is None or scale2 is not None):
            low = value * (scale or scale2 or 1)
            high = _number(m.group("num2")) * (scale2 or 1)
            if high > low:
                amount.value, amount.high, amount.end = low, high, m.end()
                amount.scaled = (scale or scale2) is not None
    return amount


def _suffixed(m: re.Match) -> Amount:
    scale = _scale(m, "scale", "glued")
    value = _number(m.group("num")) * (scale or 1)
    return Amount(m.start(), m.end(), value, _currency(m.group("cur")), "exact", None, bool(scale))


def _worded(m: re.Match) -> Amount:
    value = NUMBER_WORDS[" ".join(m.group("words").lower().split())]
    value *= SCALES[m.group("scale").lower()]
    return Amount(m.start(), m.end(), value, _currency(m.group("cur")), "exact")


def _qualify(text: str, amount: Amount) -> None:
    before = _QUALIFIER_BEFORE.search(text, max(0, amount.start - 20), amount.start)
    after = _QUALIFIER_AFTER.match(text, amount.end)
    if before:
        amount.qualifier = QUALIFIERS[" ".join(before.group().lower().split())]
    elif after:
        amount.qualifier = TRAILING_QUALIFIERS[after.group().strip(" -").lower()]
    elif amount.high is not None:
        amount.qualifier = "at_least"


def _drop_conversions(text: str, amounts: list[Amount]) -> list[Amount]:
    """Keep the first of "€1.9 billion (£1.6 billion)"; an unscaled first borrows the scale."""
    kept: list[Amount] = []
    for amount in amounts:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and prev.currency != amount.currency
            and _CONVERSION_OPEN.fullmatch(text, prev.end, amount.start)
            and _CONVERSION_CLOSE.match(text, amount.end)
        ):
            if not prev.scaled and amount.scaled:
                factor = next(f for f in (1e12, 1e9, 1e6, 1e3) if amount.value >= f)
                prev.value *= factor
                prev.scaled = True
            continue
        kept.append(amount)
    return kept


def _candidates(text: str):
    """Amounts anchored on each number (prefixed and suffixed forms) and on each scale word
    (number words): the full patterns are tried only there, which keeps a long text cheap."""
    pos = 0
    for run in _DIGITS.finditer(text):
        start = run.start()
        if start < pos:
            continue
        # A prefixed amount whose number is this one; a failed range ("$5m to $3m") ends
        # before its second number, which is then tried on its own.
        lo = max(pos, start - _LONGEST_PREFIX)
        for first in range(lo, start) if not _PREFIX_FIRST.isdisjoint(text[lo:start]) else ():
            if text[first] in _PREFIX_FIRST:
                m = _PREFIXED.match(text, first)
                if m and m.start("num") == start:
                    amount = _prefixed(text, m)
                    pos = amount.end
                    yield amount
                    break
        else:
            m = _SUFFIXED.match(text, start)
            if m:
                pos = m.end()
                yield _suffixed(m)
    for scale in _SCALE_WORD.finditer(text):
        if not _CURRENCY_WORD_AFTER.match(text, scale.end()):
            continue
        for first in range(max(0, scale.start() - _LONGEST_NUMBER_WORDS), scale.start()):
            if text[first].isalpha() and not (first and text[first - 1].isalpha()):
                m = _WORDED.match(text, first)
                if m and m.start("scale") == scale.start():
                    yield _worded(m)
                    break


# A quadrillion: larger than any aid commitment (world GDP is about a tenth of it).
LARGEST_AMOUNT = 1e15


def find_amounts(text: str) -> list[Amount]:
    """Every money amount in ``text``, in order, overlaps resolved to the earliest, longest."""
    found = sorted(_candidates(text), key=lambda a: (a.start, -a.end))
    amounts: list[Amount] = []
    for amount in found:
        if amounts and amount.start < amounts[-1].end:
            continue
        amounts.append(amount)
    # A run of hundreds of digits is a number, not money anyone pledged.
    amounts = [a for a in amounts if a.value <= LARGEST_AMOUNT]
    for amount in amounts:
        _qualify(text, amount)
    return _drop_conversions(text, amounts)
