"""Text and Markdown articles: title line, ``Key: value`` headers, YAML front matter."""

import datetime as dt

import pytest
from ingest_samples import BODY, OUTLET, TEXT, TITLE, URL, only_article, only_rejection, write

HEADERS = f"published: 2024-03-12\noutlet: {OUTLET}\nurl: {URL}\nlicence: CC BY 4.0\n"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("grid.txt", f"{TITLE}\n{HEADERS}\n{BODY}\n", id="txt-with-headers"),
        pytest.param("grid.md", f"# {TITLE}\n{HEADERS}\n{BODY}\n", id="md-heading-with-headers"),
        pytest.param(
            "grid.md",
            f"---\ntitle: {TITLE}\npublished: 2024-03-12\noutlet: {OUTLET}\nurl: {URL}\n---\n"
            f"{BODY}\n",
            id="md-front-matter-with-title",
        ),
        pytest.param(
            "grid.md",
            f"---\npublished: 2024-03-12\noutlet: {OUTLET}\nurl: '{URL}'\n---\n# {TITLE}\n\n{BODY}",
            id="md-front-matter-then-heading",
        ),
        pytest.param(
            "grid.txt",
            f"\n\n  {TITLE}  \nDate: 12 March 2024\nPublisher: {OUTLET}\nLink: {URL}\n\n{BODY}",
            id="txt-synonym-headers-after-blank-lines",
        ),
        pytest.param(
            "grid.txt",
            f"{TITLE}\nPublished at: 2024-03-12T09:30:00Z\nSource: {OUTLET}\nURL: {URL}\n{BODY}",
            id="txt-headers-with-time-and-no-blank-line",
        ),
    ],
)
def test_title_metadata_and_body(tmp_path, name, content):
    article = only_article(write(tmp_path, name, content))
    assert article.title == TITLE
    assert article.text == TEXT
    assert article.text[article.body_start :] == BODY
    assert (article.published, article.published_source) == (dt.date(2024, 3, 12), "metadata")
    assert (article.outlet, article.url) == (OUTLET, URL)
    assert article.path == str(tmp_path / name)


def test_header_lines_count_only_right_after_the_title(tmp_path):
    body = f"{BODY}\nSource: the Norwegian foreign ministry"
    article = only_article(write(tmp_path, "grid.txt", f"{TITLE}\n\n{body}"))
    assert article.outlet is None
    assert article.text.endswith("Source: the Norwegian foreign ministry")


def test_unknown_key_ends_the_headers(tmp_path):
    content = f"{TITLE}\noutlet: {OUTLET}\nOSLO: Norway will give more.\nurl: {URL}\n"
    article = only_article(write(tmp_path, "grid.txt", content))
    assert article.outlet == OUTLET
    assert article.url is None
    assert article.text == f"{TITLE}\n\nOSLO: Norway will give more.\nurl: {URL}"


def test_txt_title_keeps_a_leading_hash(tmp_path):
    article = only_article(write(tmp_path, "tags.txt", f"#1 donor: Norway\n\n{BODY}"))
    assert article.title == "#1 donor: Norway"


def test_quote_marks_kept_as_written_and_text_in_nfc(tmp_path):
    decomposed = "Cafe\u0301 owners in Kharkiv got grants."
    article = only_article(write(tmp_path, "nfc.txt", f"{TITLE}\n\n{BODY}\n{decomposed}"))
    assert "“Every repaired substation" in article.text
    assert '"We will not wait for spring."' in article.text
    assert "Café owners" in article.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(f"{TITLE}\n", "no text after the title", id="title-only"),
        pytest.param(f"{TITLE}\n{HEADERS}\n", "no text after the title", id="title-and-headers"),
        pytest.param(
            f"---\ntitle: [unclosed\n---\n{BODY}",
            "front matter is not valid YAML at line 3",
            id="broken-yaml",
        ),
        pytest.param(
            f"---\n- a list\n- not fields\n---\n{BODY}",
            "front matter is not a set of 'key: value' lines",
            id="yaml-list",
        ),
    ],
)
def test_rejected(tmp_path, content, reason):
    path = write(tmp_path, "bad.md", content)
    assert only_rejection(path).reason == reason
