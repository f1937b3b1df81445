"""Sentence splitting: offsets, abbreviations, quotes and paragraphs."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.extract.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


EXAMPLES = [
    pytest.param(
        "Mr. Healey met U.S. officials on Jan. 5. He pledged more support.",
        ["Mr. Healey met U.S. officials on Jan. 5.", "He pledged more support."],
        id="abbreviations-do-not-end-sentences",
    ),
    pytest.param(
        'He said: "We will help. It is vital." Then he left.',
        ['He said: "We will help.', 'It is vital."', "Then he left."],
        id="closing-quote-stays-with-its-sentence",
    ),
    pytest.param(
        '"Why now?" he asked. Nobody answered.',
        ['"Why now?" he asked.', "Nobody answered."],
        id="question-inside-quote-before-attribution",
    ),
    pytest.param(
        "Prices rose 2.5 per cent. The Bank of England held rates.",
        ["Prices rose 2.5 per cent.", "The Bank of England held rates."],
        id="decimal-point-is-not-an-end",
    ),
    pytest.param(
        "President John F. Kennedy spoke. The crowd cheered.",
        ["President John F. Kennedy spoke.", "The crowd cheered."],
        id="middle-initial",
    ),
    pytest.param(
        "Title without a stop\n\nFirst paragraph ends here.\nSecond paragraph without stop",
        ["Title without a stop", "First paragraph ends here.", "Second paragraph without stop"],
        id="paragraphs-always-split",
    ),
    pytest.param(
        "The package is worth £225 million. “It matters,” she said.",
        ["The package is worth £225 million.", "“It matters,” she said."],
        id="curly-quote-opens-next-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_split(text, expected):
    assert sentences(text) == expected


def test_seed_sentences(seed_article):
    found = sentences(seed_article.text)
    assert found[0] == "UK mulls sending troops to Ukraine under guise of 'training'"
    assert len(found) == 21
    assert found[-1].endswith("Canada, and Japan.")


@given(st.text(alphabet=st.sampled_from(list("ab .?!\"'“”\n A1")), max_size=200))
def test_spans_are_inside_and_ordered(text):
    previous_end = 0
    for span in split_sentences(text):
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end
