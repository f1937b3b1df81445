"""Folders: recursive walks, skipped files, unknown suffixes, unreadable files, symlink loops."""

import json
import os
from pathlib import Path

import pytest
from ingest_samples import BODY, TEXT, TITLE, read, write

from dashboard.ingest import Skipped, skipped_files

needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder like the shared corpus: articles in outlet folders, and its documentation."""
    write(tmp_path, "nordic-wire/2024-03-12-grid.txt", TEXT)
    write(tmp_path, "nordic-wire/feeds/more.jsonl", json.dumps({"title": "Aid", "text": "Tents."}))
    write(tmp_path, "archive/2024/page.HTM", "<html><body><p>tiny</p></body></html>")
    write(tmp_path, "LICENSES.md", "# Licences\n\n| file | licence |\n")
    write(tmp_path, "nordic-wire/README.txt", "About this folder\n\nNotes.")
    write(tmp_path, "nordic-wire/photo.jpg", b"\xff\xd8\xff\xe0")
    write(tmp_path, ".git/HEAD.txt", "ref: refs/heads/main")
    write(tmp_path, ".DS_Store.txt", "junk")
    return tmp_path


def test_folder_read_recursively_in_name_order(corpus):
    articles, rejections = read(corpus)
    assert [Path(a.path).relative_to(corpus).as_posix() for a in articles] == [
        "nordic-wire/2024-03-12-grid.txt",
        "nordic-wire/feeds/more.jsonl",
    ]
    assert [(Path(r.path).name, r.reason) for r in rejections] == [
        ("page.HTM", "no main text found in the HTML page")
    ]


def test_readmes_licences_and_other_types_are_skipped_not_rejected(corpus):
    assert skipped_files([corpus]) == [
        Skipped(str(corpus / "LICENSES.md"), "readme or licence file, not an article"),
        Skipped(str(corpus / "nordic-wire/README.txt"), "readme or licence file, not an article"),
        Skipped(str(corpus / "nordic-wire/photo.jpg"), "not an article file type (.jpg)"),
    ]


def test_a_readme_named_explicitly_is_read(corpus):
    [article], _ = read(corpus / "nordic-wire/README.txt")
    assert article.title == "About this folder"
    assert skipped_files([corpus / "nordic-wire/README.txt"]) == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        pytest.param("photo.jpg", "unknown file type ('.jpg'); readable: ", id="jpg"),
        pytest.param("notes", "unknown file type (no suffix); readable: ", id="no-suffix"),
    ],
)
def test_a_file_named_explicitly_needs_a_known_suffix(corpus, tmp_path, name, reason):
    path = write(tmp_path, name, b"\xff\xd8\xff\xe0")
    _, [rejection] = read(path)
    assert rejection.reason.startswith(reason)
    assert ".txt .md .html .htm .json .jsonl .csv" in rejection.reason


def test_missing_path_is_a_rejection(tmp_path):
    _, [rejection] = read(tmp_path / "nowhere.txt")
    assert rejection.reason == "cannot read (No such file or directory)"


def test_bad_files_do_not_stop_the_run(tmp_path):
    write(tmp_path, "a-empty.txt", "")
    write(tmp_path, "b-good.txt", TEXT)
    write(tmp_path, "c-binary.txt", b"\x89PNG\r\n\x1a\n")
    write(tmp_path, "d-good.md", f"# Second\n\n{BODY}")
    articles, rejections = read(tmp_path)
    assert [a.title for a in articles] == [TITLE, "Second"]
    assert [Path(r.path).name for r in rejections] == ["a-empty.txt", "c-binary.txt"]


def test_unreadable_file_is_a_rejection(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", TEXT)
    write(tmp_path, "open.txt", "Open\n\nText.")

    def refuse(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", refuse)
    articles, [rejection] = read(tmp_path)
    assert [a.title for a in articles] == ["Open"]
    assert (rejection.path, rejection.reason) == (str(path), "cannot read (Permission denied)")


def test_unreadable_folder_is_a_rejection(tmp_path, monkeypatch):
    write(tmp_path, "private/a.txt", TEXT)
    write(tmp_path, "public/b.txt", "Public\n\nText.")

    def refuse(path):
        if Path(path).name == "private":
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)

    original = os.scandir
    monkeypatch.setattr(os, "scandir", refuse)
    articles, [rejection] = read(tmp_path)
    assert [a.title for a in articles] == ["Public"]
    assert (rejection.path, rejection.reason) == (
        str(tmp_path / "private"),
        "cannot read folder (Permission denied)",
    )


@needs_symlinks
def test_symlink_loops_are_rejections(tmp_path):
    write(tmp_path, "outlet/grid.txt", TEXT)
    (tmp_path / "outlet" / "again").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    articles, rejections = read(tmp_path)
    assert [a.title for a in articles] == [TITLE]
    assert [(Path(r.path).name, r.reason.split(" (")[0]) for r in rejections] == [
        ("gone.txt", "broken or looping symlink"),
        ("again", "symlink loop"),
        ("self.txt", "broken or looping symlink"),
    ]


@needs_symlinks
def test_symlinked_folder_that_is_not_a_loop_is_read(tmp_path):
    write(tmp_path, "real/grid.txt", TEXT)
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    articles, rejections = read(tmp_path / "link")
    assert rejections == []
    assert [a.text for a in articles] == [TEXT]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_in_a_folder_is_a_rejection_not_a_hang(tmp_path):
    write(tmp_path, "grid.txt", TEXT)
    os.mkfifo(tmp_path / "feed.txt")
    articles, [rejection] = read(tmp_path)
    assert [a.title for a in articles] == [TITLE]
    assert (Path(rejection.path).name, rejection.reason) == ("feed.txt", "not a regular file")
