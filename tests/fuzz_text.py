"""Hypothesis strategies for adversarial article text, shared by the fuzz tests."""

from __future__ import annotations

from hypothesis import strategies as st

# What trips text rules: quote marks of every language, right-to-left text and direction
# marks, combining and zero-width characters, huge numbers, currency signs and codes, date
# words, sentence ends, abbreviations, line breaks, names the extractors look for.
PIECES = [
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‹",
    '"',
    "'",
    "مساعدات لأوكرانيا",
    "סיוע",
    "\u200f",
    "\u200e",
    "\u202e",
    "\u2066",
    "e\u0301",
    "\u0301",
    "\u0308\u0308",
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00a0",
    "9" * 40,
    "1,000,000,000,000,000",
    "1e308",
    "0.000001",
    "½",
    "٣٤",
    "１２",
    "$",
    "US$",
    "€",
    "£",
    "¥",
    "₴",
    "UAH",
    "CHF",
    " million",
    " billion",
    "bn",
    "January",
    "Dec.",
    "Monday",
    "on Wednesday",
    "last week",
    "yesterday",
    "next year",
    "2024",
    "1800",
    "2100",
    "31",
    "\n",
    "\n\n",
    ". ",
    "! ",
    "? ",
    "…",
    "Mr. ",
    "U.S.",
    "Ukraine",
    "Norway",
    "the EU",
    "Zelensky",
    "President",
    "Foreign Minister",
    "He",
    " said",
    " told reporters",
    " pledged",
    " will give",
    " to ",
    " ",
    ",",
    "-",
    "—",
    "(",
    ")",
    ":",
    "%",
]
# Printable characters only: control characters are a decoding matter (tested elsewhere).
CHARS = st.characters(blacklist_categories=("Cs", "Cc"))
ADVERSARIAL = st.lists(st.sampled_from(PIECES) | st.text(CHARS, max_size=12), max_size=60).map(
    "".join
)
TITLES = st.lists(st.sampled_from(PIECES) | st.text(CHARS, max_size=8), max_size=8).map("".join)

# Sentences shaped like the facts the extractors look for, with adversarial values in the
# slots, so that amounts, dates and quotes are found and then stressed.
NUMBERS = st.one_of(
    st.integers(0, 10**30).map(str),
    st.integers(0, 10**12).map("{:,}".format),
    st.floats(0, 1e12, allow_nan=False).map("{:.2f}".format),
    st.integers(1, 400).map(lambda n: "9" * n),
    st.sampled_from(["½", "１２", "٣٤", "1.5", "0", "-5", "1e308", "2,5"]),
)
FACT = st.builds(
    "{}{}{}{}{}{}{}{}{}".format,
    st.sampled_from(["Norway", "The EU", "He", "Zelensky", "President Biden", "Britain", ""]),
    st.sampled_from([" pledged ", " will give ", " said ", " announced ", " "]),
    st.sampled_from(["$", "€", "£", "US$", "UAH ", "₴", "CHF ", ""]),
    NUMBERS,
    st.sampled_from([" million", " billion", "bn", " trillion", "m", ""]),
    st.sampled_from([" to Ukraine", " for Kyiv", " in aid", ""]),
    st.sampled_from([" on Monday", " last week", " in December 2024", " on 31 February", ""]),
    st.sampled_from([". ", ", he said. “", "” ", "\n", "; ", "« ", " » ", ""]),
    st.sampled_from(PIECES + [""]),
)
ARTICLE_BODIES = st.lists(FACT | ADVERSARIAL, max_size=12).map("".join)
