"""HTML pages: main text and metadata through trafilatura, with no network access."""

import datetime as dt
import socket

import pytest
from ingest_samples import OUTLET, PARAGRAPHS, TITLE, URL, only_article, only_rejection, write

from dashboard.ingest import read_bytes


def page(head: str = "", paragraphs: list[str] = PARAGRAPHS, h1: str = TITLE) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE} | {OUTLET}</title>"
        f"{head}</head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"
        f"<main><article><h1>{h1}</h1>{body}</article></main>"
        "<footer>Copyright 2024 Nordic Wire. All rights reserved. Subscribe to our newsletter."
        "</footer></body></html>"
    )


FULL_HEAD = (
    f"<meta property='og:title' content=\"{TITLE}\">"
    f"<meta property='og:site_name' content='{OUTLET}'>"
    "<meta property='article:published_time' content='2024-03-12T08:15:00+01:00'>"
    f"<link rel='canonical' href='{URL}'>"
)


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_page_with_metadata(tmp_path, no_network, suffix):
    article = only_article(write(tmp_path, f"grid{suffix}", page(FULL_HEAD)))
    assert article.title == TITLE
    assert article.text == f"{TITLE}\n\n" + "\n".join(PARAGRAPHS)
    assert (article.published, article.published_source) == (dt.date(2024, 3, 12), "metadata")
    assert (article.outlet, article.url) == (OUTLET, URL)


def test_menus_and_footer_are_not_text(tmp_path, no_network):
    article = only_article(write(tmp_path, "grid.html", page(FULL_HEAD)))
    assert "Home" not in article.text
    assert "Subscribe" not in article.text


def test_page_without_metadata_takes_the_date_from_its_name(tmp_path, no_network):
    article = only_article(write(tmp_path, "2024-03-12-grid.html", page()))
    assert article.title == TITLE
    assert (article.published, article.published_source) == (dt.date(2024, 3, 12), "filename")
    assert article.url is None


def test_upload_of_a_page(no_network):
    [article] = read_bytes("grid.html", page(FULL_HEAD).encode("utf-8"))
    assert article.title == TITLE
    assert article.path == "grid.html"


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(page(paragraphs=[]), id="heading-and-menus-only"),
        pytest.param("<html><head><title>Login</title></head><body></body></html>", id="empty"),
        pytest.param("<html><body><img src='chart.png'></body></html>", id="image-only"),
        pytest.param("<<<>>> <? not html", id="garbage-markup"),
    ],
)
def test_no_main_text_is_rejected(tmp_path, no_network, html):
    rejection = only_rejection(write(tmp_path, "login.html", html))
    assert rejection.reason == "no main text found in the HTML page"


def test_markup_trafilatura_cannot_parse_is_rejected(tmp_path, no_network, monkeypatch):
    import trafilatura

    def fail(*args, **kwargs):
        raise ValueError("unbalanced tags")

    monkeypatch.setattr(trafilatura, "bare_extraction", fail)
    rejection = only_rejection(write(tmp_path, "broken.html", page(FULL_HEAD)))
    assert rejection.reason == "could not parse the HTML (ValueError: unbalanced tags)"
