"""Bytes to text: encodings, binary files, empty files and the size limit."""

import codecs
import os

import pytest
from ingest_samples import BODY, TEXT, TITLE, only_article, only_rejection, write

from dashboard.ingest import DEFAULT_MAX_BYTES, read_bytes

CP1252_TEXT = "Aid chief’s “winter plan” costs €12 million for Kharkiv’s schools."
LATIN1_ONLY = "Café owners in Lviv got grants.\x81"  # \x81 has no cp1252 character


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(TEXT.encode("utf-16"), id="utf-16-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(TEXT.encode("utf-32"), id="utf-32-bom"),
        pytest.param(TEXT.replace("\n", "\r\n").encode("utf-8"), id="windows-line-ends"),
    ],
)
def test_unicode_files_read_to_the_same_article(tmp_path, data):
    article = only_article(write(tmp_path, "grid.txt", data))
    assert article.text == TEXT
    assert article.title == TITLE


def test_cp1252_file(tmp_path):
    data = f"{TITLE}\n\n{CP1252_TEXT}".encode("cp1252", errors="replace")
    article = only_article(write(tmp_path, "old.txt", data))
    assert article.text.endswith(CP1252_TEXT)


def test_latin1_when_cp1252_fails(tmp_path):
    article = only_article(write(tmp_path, "old.txt", f"Grants\n\n{LATIN1_ONLY}".encode("latin-1")))
    assert article.text == f"Grants\n\n{LATIN1_ONLY}"


def test_same_text_in_utf8_and_cp1252_is_one_article(tmp_path):
    content = f"Aid\n\n{CP1252_TEXT}"
    a = only_article(write(tmp_path, "a.txt", content.encode("utf-8")))
    b = only_article(write(tmp_path, "b.txt", content.encode("cp1252")))
    assert a.article_id == b.article_id


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b" \n\t\r\n  \n", "only whitespace, no text", id="whitespace"),
        pytest.param(
            b"\x89PNG\r\n\x1a\n" + os.urandom(64), "binary file (PNG image), not text", id="png"
        ),
        pytest.param(
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF document), not text", id="pdf"
        ),
        pytest.param(
            b"PK\x03\x04\x14\x00\x06\x00" + bytes(30),
            "binary file (ZIP archive (or an Office document)), not text",
            id="zip-or-docx",
        ),
        pytest.param(
            TITLE.encode() + b"\n\x00\x00\x01\x00body",
            "binary file (NUL bytes), not text",
            id="nul",
        ),
        pytest.param(
            bytes(range(1, 32)) * 20 + b"text",
            "binary file (control characters throughout), not text",
            id="control-characters",
        ),
        pytest.param(
            codecs.BOM_UTF8 + b"Title\n\n\xff\xfe broken",
            "not valid UTF-8-SIG despite its byte-order mark",
            id="utf-8-bom-then-invalid",
        ),
    ],
)
def test_not_text_is_rejected(tmp_path, data, reason):
    assert only_rejection(write(tmp_path, "article.txt", data)).reason == reason


def test_file_above_the_default_limit(tmp_path):
    path = write(tmp_path, "huge.txt", b"Title\n\n" + b"a" * (7_340_032 - 7))
    assert path.stat().st_size > DEFAULT_MAX_BYTES
    rejection = only_rejection(path)
    assert rejection.reason == "larger than the 5,000,000-byte limit (7,340,032 bytes)"


def test_limit_is_configurable_and_inclusive(tmp_path):
    path = write(tmp_path, "grid.txt", TEXT)
    size = path.stat().st_size
    only_article(path, max_bytes=size)
    rejection = only_rejection(path, max_bytes=size - 1)
    assert rejection.reason == f"larger than the {size - 1:,}-byte limit ({size:,} bytes)"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param("a.txt", b"", "empty file", id="empty"),
        pytest.param("a.pdf", b"%PDF-1.4", "unknown file type ('.pdf'); readable: ", id="pdf"),
        pytest.param("notes", b"text", "unknown file type (no suffix); readable: ", id="no-suffix"),
        pytest.param(
            "a.txt", b"x" * 11, "larger than the 10-byte limit (11 bytes)", id="too-large"
        ),
    ],
)
def test_uploads_rejected(name, data, reason):
    [rejection] = read_bytes(name, data, max_bytes=10 if reason.startswith("larger") else 100)
    assert rejection.path == name
    assert rejection.reason.startswith(reason)


def test_upload_read_like_a_file():
    [article] = read_bytes("2024-03-12-grid.txt", f"{TITLE}\n\n{BODY}".encode("utf-16"))
    assert article.text == TEXT
    assert article.path == "2024-03-12-grid.txt"
    assert article.published_source == "filename"
