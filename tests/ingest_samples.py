"""A small news article written for the ingest tests (no corpus text), and helpers."""

from __future__ import annotations

from pathlib import Path

from dashboard.ingest import Article, Rejection, read_paths

TITLE = "Norway pledges €40 million to repair Ukraine's power grid"
PARAGRAPHS = [
    "Norway will give €40 million to help Ukraine repair power stations damaged by drone "
    "strikes, the foreign ministry said on Tuesday.",
    "The money goes to a fund run by the Energy Community, which buys transformers and "
    "cables for the country's grid operators.",
    "“Every repaired substation keeps a hospital running through the winter,” the foreign "
    'minister told reporters. "We will not wait for spring."',
    "The pledge brings Norway's energy aid to Ukraine since 2022 to more than €300 million.",
]
BODY = "\n".join(PARAGRAPHS)
TEXT = f"{TITLE}\n\n{BODY}"
OUTLET = "Nordic Wire"
URL = "https://news.example.org/2024/03/12/norway-grid-aid"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8) to ``folder/name``, creating folders on the way."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def read(*paths: Path, **kwargs) -> tuple[list[Article], list[Rejection]]:
    """Articles and rejections of ``read_paths(paths)``."""
    items = list(read_paths(paths, **kwargs))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Rejection)],
    )


def only_article(*paths: Path, **kwargs) -> Article:
    articles, rejections = read(*paths, **kwargs)
    assert rejections == []
    assert len(articles) == 1
    return articles[0]


def only_rejection(*paths: Path, **kwargs) -> Rejection:
    articles, rejections = read(*paths, **kwargs)
    assert articles == []
    assert len(rejections) == 1
    return rejections[0]
