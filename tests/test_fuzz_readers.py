"""Every reader on adversarial text in a well-formed file of its format: no exception, and each
article normalised the same way whatever the format (test_ingest_robust.py fuzzes raw bytes).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from html import escape

import pytest
from fuzz_text import ADVERSARIAL, TITLES
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dashboard.frames import frame_from_records
from dashboard.ingest import Article, Rejection, make_article, read_bytes
from dashboard.ingest.normalize import article_id, normalize_text

# A title the record readers take as given: "" is a missing title (the first line is used).
RECORD_TITLES = TITLES.filter(bool)


def as_json(title: str, body: str) -> str:
    return json.dumps({"title": title, "text": body}, ensure_ascii=False)


def as_jsonl(title: str, body: str) -> str:
    return as_json("Other", "Another record.") + "\n" + as_json(title, body) + "\n"


def as_csv(title: str, body: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([["title", "text"], [title, body]])
    return out.getvalue()


def as_txt(title: str, body: str) -> str:
    return f"{title}\n\n{body}"


def as_md(title: str, body: str) -> str:
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n{body}"


def as_html(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n"))
    return (
        f"<html><head><title>{escape(title)}</title></head><body><article>"
        f"<h1>{escape(title)}</h1>{paragraphs}</article></body></html>"
    )


RECORD_FORMATS = [
    pytest.param(".json", as_json, id="json"),
    pytest.param(".jsonl", as_jsonl, id="jsonl"),
    pytest.param(".csv", as_csv, id="csv"),
]


def assert_well_formed(items: list[Article | Rejection], name: str) -> list[Article]:
    """The invariants every article meets, and an articles frame that passes its schema."""
    assert items
    articles = [a for a in items if isinstance(a, Article)]
    for item in items:
        if isinstance(item, Rejection):
            assert item.path == name and item.reason
            continue
        body = item.text[item.body_start :]
        assert item.text == (f"{item.title}\n\n{body}" if item.title else body)
        assert item.title == " ".join(normalize_text(item.title).split())
        assert body == normalize_text(body) and body.strip()
        assert unicodedata.is_normalized("NFC", item.text)
        assert not set(item.text) & set("\r\x00\ufeff\u200b")
        assert item.article_id == article_id(item.text)
    frame_from_records("articles", articles)
    return articles


@pytest.mark.parametrize(("suffix", "wrap"), RECORD_FORMATS)
@settings(max_examples=150, deadline=None)
@given(title=RECORD_TITLES, body=ADVERSARIAL)
@example(title="“Aid”", body='He said "yes,\nno"; =SUM(A1)\n\n\u202eטקסט')
@example(title="x", body="\u200b\u2060\u200e")
def test_record_readers_agree_with_make_article(suffix, wrap, title, body):
    """A record holds its title and text as given: the article is ``make_article`` of them."""
    name = f"records{suffix}"
    items = assert_well_formed(read_bytes(name, wrap(title, body).encode("utf-8")), name)
    found = [a for a in items if a.title != "Other"] if suffix == ".jsonl" else items
    expected = make_article(title, body.strip())
    if any(c.isprintable() and not c.isspace() for c in expected.text[expected.body_start :]):
        assert [a.text for a in found] == [expected.text]
    else:
        assert found == []


@pytest.mark.parametrize("wrap", [as_txt, as_md], ids=["txt", "md"])
@settings(max_examples=150, deadline=None)
@given(title=TITLES.map(lambda t: " ".join(t.split())), body=ADVERSARIAL)
@example(title="Aid", body="published: yesterday\nurl: x\n\u200f")
def test_text_readers(wrap, title, body):
    name = f"article{'.txt' if wrap is as_txt else '.md'}"
    assert_well_formed(read_bytes(name, wrap(title, body).encode("utf-8")), name)


@settings(max_examples=60, deadline=None)
@given(title=TITLES, body=st.lists(ADVERSARIAL, min_size=1, max_size=6).map("\n".join))
def test_html_reader(title, body):
    assert_well_formed(read_bytes("page.html", as_html(title, body).encode("utf-8")), "page.html")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "utf-32"])
@settings(max_examples=60, deadline=None)
@given(title=RECORD_TITLES, body=ADVERSARIAL)
def test_unicode_encodings_read_like_utf8(encoding, title, body):
    content = as_jsonl(title, body)
    expected = read_bytes("feed.jsonl", content.encode("utf-8"))
    assert read_bytes("feed.jsonl", content.encode(encoding)) == expected
