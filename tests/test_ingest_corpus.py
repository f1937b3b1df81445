"""The shared corpus reads whole, with the very article ids its labels were made against."""

import json
from pathlib import Path

from conftest import corpus_files

from dashboard.ingest import read_paths, skipped_files

RECORDED_IDS = Path(__file__).parent / "data" / "corpus_article_ids.json"


def test_all_34_read_none_rejected(corpus_dir):
    items = list(read_paths([corpus_dir]))
    assert [str(i) for i in items if not hasattr(i, "article_id")] == []
    assert len(items) == len(corpus_files()) == 34


def test_article_ids_unchanged(corpus_dir):
    """Gold labels are character offsets into these texts: the texts must never change."""
    ids = {
        Path(a.path).relative_to(corpus_dir).as_posix(): a.article_id
        for a in read_paths([corpus_dir])
    }
    assert ids == json.loads(RECORDED_IDS.read_text())


def test_metadata_from_the_header_lines(corpus_dir):
    for article in read_paths([corpus_dir]):
        name = Path(article.path).name
        assert (article.published.isoformat(), article.published_source) == (name[:10], "metadata")
        assert article.outlet and article.url.startswith("https://")
        assert "licence:" not in article.text


def test_licences_file_is_skipped_not_read(corpus_dir):
    assert [(Path(s.path).name, s.reason) for s in skipped_files([corpus_dir])] == [
        ("LICENSES.md", "readme or licence file, not an article")
    ]
