"""``python -m dashboard extract``: exit codes, messages on stderr, the frames written."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from ingest_samples import TEXT, TITLE, write

from dashboard.cli import main

REPO = Path(__file__).resolve().parents[1]


def articles_written(out: Path) -> list[dict]:
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture
def good(tmp_path) -> Path:
    folder = tmp_path / "articles"
    write(folder, "2024-03-12-grid.txt", TEXT)
    write(folder, "README.md", "# How these files were collected\n\nBy hand.")
    return folder


def test_all_read_exits_0_and_reports_skipped_files(good, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(good), "--out", str(out), "--format", "jsonl"]) == 0
    [row] = articles_written(out)
    assert (row["title"], row["published"], row["published_source"]) == (
        TITLE,
        "2024-03-12",
        "filename",
    )
    err = capsys.readouterr().err
    assert f"skipped {good / 'README.md'}: readme or licence file, not an article" in err
    assert "1 articles read, 0 inputs rejected" in err
    assert "rejected" not in err.replace("0 inputs rejected", "")


def test_some_rejected_exits_1_and_writes_the_rest(good, tmp_path, capsys):
    write(good, "broken.jsonl", '{"title": "Aid", "text": "Tents."}\n{"title": \n')
    empty = write(good, "empty.txt", "")
    out = tmp_path / "out"
    assert main(["extract", str(good), "--out", str(out), "--format", "jsonl"]) == 1
    assert sorted(r["title"] for r in articles_written(out)) == ["Aid", TITLE]
    err = capsys.readouterr().err
    assert f"rejected {good / 'broken.jsonl'}: line 2: not valid JSON (Expecting value)" in err
    assert f"rejected {empty}: empty file" in err
    assert "2 articles read, 2 inputs rejected" in err


def test_published_fallback_and_size_limit(tmp_path, capsys):
    path = write(tmp_path, "grid.txt", TEXT)
    out = tmp_path / "out"
    args = ["extract", str(path), "--out", str(out), "--format", "jsonl", "--published"]
    assert main([*args, "2024-03-15"]) == 0
    [row] = articles_written(out)
    assert (row["published"], row["published_source"]) == ("2024-03-15", "user")
    assert main([*args, "2024-03-15", "--max-bytes", "100"]) == 1
    assert articles_written(out) == []
    assert f"rejected {path}: larger than the 100-byte limit" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["extract", "{missing}", "--out", "{out}"], "no such file", id="missing-path"),
        pytest.param(["extract", "{good}"], "--out", id="no-out"),
        pytest.param(["extract", "--out", "{out}"], "PATH", id="no-path"),
        pytest.param(
            ["extract", "{good}", "--out", "{out}", "--published", "20/12/2024"],
            "not a date in YYYY-MM-DD form",
            id="bad-published",
        ),
        pytest.param(
            ["extract", "{good}", "--out", "{out}", "--max-bytes", "0"],
            "the size limit must be positive",
            id="bad-max-bytes",
        ),
        pytest.param(
            ["extract", "{good}", "--out", "{out}", "--format", "xlsx"],
            "invalid choice",
            id="bad-format",
        ),
    ],
)
def test_usage_errors_exit_2(good, tmp_path, capsys, args, message):
    paths = {"good": good, "out": tmp_path / "out", "missing": tmp_path / "nowhere"}
    assert main([a.format(**paths) for a in args]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_module_entry_point_exit_code(good, tmp_path):
    write(good, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "extract", str(good), "--out", str(tmp_path / "o")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert f"rejected {good / 'photo.txt'}: binary file (PNG image), not text" in result.stderr
    assert (tmp_path / "o" / "articles.parquet").is_file()
