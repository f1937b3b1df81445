"""The article id: a hash of the normalised text, whatever the file's name, format or layout."""

import json

import pytest
from ingest_samples import BODY, PARAGRAPHS, TEXT, TITLE, only_article, read, write

from dashboard.corpus import unique_articles
from dashboard.ingest import make_article, read_paths

VARIANTS = [
    pytest.param(TEXT.replace("\n", "\r\n"), id="crlf"),
    pytest.param(f"\n\n{TITLE}   \n\n\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n", id="blank-lines"),
    pytest.param(TEXT.replace(" ", "  ").replace("Norway ", "Norway\t"), id="spaces-and-tabs"),
    pytest.param(TEXT.replace("€40 million", "€40\u00a0million"), id="no-break-space"),
    pytest.param(TEXT.replace("\n", " \n"), id="trailing-spaces"),
    pytest.param("\ufeff" + TEXT.replace("power", "po\u200bwer"), id="bom-and-zero-width-space"),
]


@pytest.mark.parametrize("variant", VARIANTS)
def test_whitespace_variants_are_one_article(tmp_path, variant):
    original = only_article(write(tmp_path, "a.txt", TEXT))
    varied = only_article(write(tmp_path, "b.txt", variant))
    assert varied.text == original.text
    assert varied.article_id == original.article_id


def test_nfc_and_nfd_are_one_article():
    nfc = make_article("Café aid", "Grants for Kyiv cafés.")
    nfd = make_article("Cafe\u0301 aid", "Grants for Kyiv cafe\u0301s.")
    assert nfd.text == nfc.text
    assert nfd.article_id == nfc.article_id


def test_quote_marks_are_not_normalised_so_ids_differ():
    curly = make_article(TITLE, "“We will not wait,” she said.")
    straight = make_article(TITLE, '"We will not wait," she said.')
    assert curly.article_id != straight.article_id


def test_same_text_under_two_names_is_one_article(tmp_path):
    write(tmp_path, "outlet-a/grid.txt", TEXT)
    write(tmp_path, "outlet-b/2024-03-12-norway-grid.txt", TEXT)
    articles, duplicates = unique_articles(read_paths([tmp_path]))[0::2]
    assert [a.path for a in articles] == [str(tmp_path / "outlet-a/grid.txt")]
    assert duplicates == 1


def test_same_article_in_three_formats_has_one_id(tmp_path):
    write(tmp_path, "a.txt", f"{TITLE}\noutlet: Nordic Wire\n\n{BODY}")
    write(tmp_path, "b.json", json.dumps({"headline": TITLE, "body": BODY}))
    write(tmp_path, "c.md", f'---\ntitle: "{TITLE}"\n---\n{BODY}')
    articles, rejections = read(tmp_path)
    assert rejections == []
    assert len({a.article_id for a in articles}) == 1


def test_different_text_different_id():
    assert make_article(TITLE, BODY).article_id != make_article(TITLE, BODY + " More.").article_id
