"""The DuckDB store: idempotent, incremental ingest in whole batches."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.store import db
from dashboard.store.ingest import ingest_paths

ARTICLE = """Norway adds {n} million kroner for Ukraine's power grid
published: 2024-0{m}-1{d}
outlet: Test Wire

Norway's government said on Tuesday it would add support number {n} for repairs to Ukraine's
power grid, after strikes on substations in Kharkiv.
Prime Minister Jonas Gahr Store told reporters in Oslo that the money would be paid through the
Nansen programme.
"""


def write_corpus(folder: Path, count: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        text = ARTICLE.format(n=i, m=1 + i % 9, d=i % 10)
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def stored_ids(store: Path) -> list[str]:
    con = db.open_store(store, read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
    finally:
        con.close()


def test_ingest_is_idempotent_and_incremental(tmp_path):
    corpus = write_corpus(tmp_path / "in", 12)
    store = tmp_path / "s.duckdb"
    first = ingest_paths([corpus], store, batch_size=5, workers=1)
    assert (first.added, first.skipped, first.batches) == (12, 0, 3)
    again = ingest_paths([corpus], store, batch_size=5, workers=1)
    assert (again.added, again.skipped, again.batches) == (0, 12, 0)
    write_corpus(corpus, 3, start=12)
    more = ingest_paths([corpus], store, batch_size=5, workers=1)
    assert (more.added, more.skipped) == (3, 12)
    ids = stored_ids(store)
    assert len(ids) == len(set(ids)) == 15


def test_reextract_replaces_rows_without_duplicates(tmp_path):
    corpus = write_corpus(tmp_path / "in", 4)
    store = tmp_path / "s.duckdb"
    ingest_paths([corpus], store, workers=1)
    con = db.open_store(store)
    mentions_before = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    con.close()
    report = ingest_paths([corpus], store, reextract=True, workers=1)
    assert (report.added, report.replaced) == (0, 4)
    con = db.open_store(store)
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == mentions_before > 0
    con.close()


def test_worker_processes_give_the_same_store_as_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr("dashboard.corpus.MIN_PARALLEL", 1)  # use the pool even on 7 articles
    corpus = write_corpus(tmp_path / "in", 30)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest_paths([corpus], one, workers=1)
    ingest_paths([corpus], two, workers=2, batch_size=7)
    read = [db.read_frames(db.open_store(p, read_only=True)) for p in (one, two)]
    for name, frame in read[0].items():
        other = getattr(read[1], name)
        key = [c for c in ("article_id", "char_start", "name") if c in frame.columns]
        assert (
            frame.sort_values(key)
            .reset_index(drop=True)
            .equals(other.sort_values(key).reset_index(drop=True))
        ), name


def test_a_failed_batch_leaves_nothing_behind(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "in", 10)
    store = tmp_path / "s.duckdb"
    calls = {"n": 0}
    real_write = db.write_batch

    def write_then_fail_on_second_batch(con, frames, people, *, replace):
        calls["n"] += 1
        if calls["n"] == 2:  # articles go in first, then mentions fail to cast: roll back all
            frames.mentions = frames.mentions.astype({"char_start": object})
            frames.mentions.loc[0, "char_start"] = "not a number"
        real_write(con, frames, people, replace=replace)

    monkeypatch.setattr("dashboard.store.ingest.write_batch", write_then_fail_on_second_batch)
    with pytest.raises(Exception, match="not a number"):
        ingest_paths([corpus], store, batch_size=4, workers=1)
    assert len(stored_ids(store)) == 4
    monkeypatch.setattr("dashboard.store.ingest.write_batch", real_write)
    report = ingest_paths([corpus], store, batch_size=4, workers=1)
    assert (report.added, report.skipped) == (6, 4)
    assert len(set(stored_ids(store))) == 10


def test_read_frames_filters_in_sql(tmp_path):
    corpus = write_corpus(tmp_path / "in", 6)
    store = tmp_path / "s.duckdb"
    ingest_paths([corpus], store, workers=1)
    con = db.open_store(store, read_only=True)
    frames = db.read_frames(con, "a.published >= ?", ["2024-04-01"])
    assert len(frames.articles) == 3
    assert set(frames.mentions["article_id"]) <= set(frames.articles["article_id"])
    assert {"NOR", "UKR"} <= set(frames.mentions["entity"])


def test_sigkill_midway_leaves_whole_batches(tmp_path):
    corpus = write_corpus(tmp_path / "in", 400)
    store = tmp_path / "s.duckdb"
    cmd = [
        sys.executable,
        "-m",
        "dashboard",
        "ingest",
        str(corpus),
        "--store",
        str(store),
        "--batch-size",
        "20",
        "--workers",
        "1",
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True)
    for line in proc.stderr:  # one line per committed batch
        if line.startswith("batch 2:"):
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = len(stored_ids(store))
    assert partial % 20 == 0 and partial < 400
    assert main(["ingest", str(corpus), "--store", str(store), "--workers", "1"]) == 0
    ids = stored_ids(store)
    assert len(ids) == len(set(ids)) == 400


def test_ingest_command_exit_codes(tmp_path):
    corpus = write_corpus(tmp_path / "in", 2)
    (corpus / "empty.txt").write_text("")
    store = str(tmp_path / "s.duckdb")
    assert main(["ingest", str(corpus), "--store", store, "--workers", "1"]) == 1
    assert main(["ingest", str(tmp_path / "missing"), "--store", store]) == 2
