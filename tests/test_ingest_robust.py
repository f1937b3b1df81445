"""Any bytes under any readable name: ingest answers with articles or rejections, never raises."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.ingest import SUFFIXES, Article, Rejection, read_bytes

FRAGMENTS = st.sampled_from(
    [
        "---\n",
        "title: ",
        "published: ",
        "yesterday",
        "2024-02-30",
        "\n",
        "\r\n",
        "{",
        "}",
        "[",
        "]",
        '"',
        ",",
        ";",
        "\t",
        "<p>",
        "</p>",
        "<html>",
        "LONDON, Dec 4 (Reuters) - ",
        "text",
        "body",
        "\ufeff",
        "\x00",
        "é",
        "“",
        "#",
        ": ",
        "null",
    ]
)
LIKELY_TEXT = st.lists(FRAGMENTS | st.text(max_size=20), max_size=40).map("".join)


def assert_answered(items, name):
    assert items, "every input gives at least one article or rejection"
    for item in items:
        assert isinstance(item, Article | Rejection)
        if isinstance(item, Article):
            assert item.text.strip() and item.text.startswith(item.title)
        if isinstance(item, Rejection):
            assert item.path == name and item.reason


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=600))
def test_random_bytes(suffix, data):
    name = f"upload{suffix}"
    assert_answered(read_bytes(name, data), name)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from(SUFFIXES), text=LIKELY_TEXT)
def test_text_made_of_format_fragments(suffix, text):
    name = f"2024-12-20-upload{suffix}"
    assert_answered(read_bytes(name, text.encode("utf-8")), name)
