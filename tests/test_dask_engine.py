"""``extract --engine dask`` on a real 2-process cluster gives the local engine's frames."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.cli import main
from dashboard.frames import read_frames
from dashboard.scale.dask_engine import split

distributed = pytest.importorskip("distributed")
REPO = Path(__file__).resolve().parents[1]


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    key = [c for c in ("article_id", "char_start", "char_end", "name") if c in df.columns]
    return df.sort_values(key).reset_index(drop=True)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def test_same_frames_as_the_local_engine(tmp_path, cluster):
    corpus = tmp_path / "in"
    shutil.copytree(REPO / "data", corpus)
    first = sorted(corpus.glob("*.txt"))[0]
    shutil.copy(first, corpus / "zz-same-text-other-name.txt")  # a duplicate in another part
    (corpus / "empty.txt").write_text("")
    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    assert main(["extract", str(corpus), "--out", str(local_out)]) == 1
    code = main(
        [
            "extract",
            str(corpus),
            "--out",
            str(dask_out),
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
        ]
    )
    assert code == 1
    assert len(list((dask_out / "articles").glob("part-*.parquet"))) > 1
    local, dask = read_frames(local_out), read_frames(dask_out)
    assert len(dask.articles) == len(local.articles) >= 20
    for name, frame in local.items():
        pd.testing.assert_frame_equal(_sorted(getattr(dask, name)), _sorted(frame), obj=name)


def test_dask_engine_needs_parquet(tmp_path):
    assert (
        main(
            [
                "extract",
                str(REPO / "data"),
                "--out",
                str(tmp_path),
                "--engine",
                "dask",
                "--format",
                "csv",
            ]
        )
        == 2
    )
    assert (
        main(
            [
                "extract",
                str(REPO / "data"),
                "--out",
                str(tmp_path),
                "--scheduler",
                "tcp://127.0.0.1:1",
            ]
        )
        == 2
    )


@pytest.mark.parametrize(
    ("n", "parts", "sizes"),
    [(10, 3, [4, 4, 2]), (2, 8, [1, 1]), (0, 4, []), (9, 3, [3, 3, 3])],
)
def test_split_keeps_order_in_near_equal_parts(n, parts, sizes):
    files = [f"f{i}" for i in range(n)]
    chunks = split(files, parts)
    assert [len(c) for c in chunks] == sizes
    assert [f for c in chunks for f in c] == files
