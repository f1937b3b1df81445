"""Bad input, end to end: ``python -m dashboard extract`` and the upload reader ``read_bytes``.

Each bad input sits beside a good article. Contract: exit 0 when all was read, 1 when some
input was rejected (named on stderr with its line and the reason), the good article fully
extracted either way, no traceback, and bounded work per input.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from ingest_samples import BODY, PARAGRAPHS, TEXT, TITLE, write

from dashboard.cli import main
from dashboard.extract import extract_article
from dashboard.frames import read_frames
from dashboard.ingest import DEFAULT_MAX_BYTES, Article, Rejection, make_article, read_bytes
from dashboard.ingest.article import MAX_ARTICLE_CHARS
from dashboard.store.db import open_store
from dashboard.store.db import read_frames as store_frames

REPO = Path(__file__).resolve().parents[1]
GOOD_NAME = "0-good.txt"
FRAMES = ("events", "commitments", "quotes", "mentions")
# Generous for CI: the pathological inputs take at most 0.7 s here (the 5 MB line; the 10,000
# quote marks took 7.9 s until quotes became linear in marks).
MAX_SECONDS = 2.0
BIG = 1_000_000  # files this large are deleted after their test


@dataclass(frozen=True)
class Case:
    """One bad input: its file and what the run must say about it.

    ``data`` gives the file's bytes (a function, so big inputs exist only while their test
    runs); ``setup(folder, monkeypatch)`` instead makes inputs that are not plain files and
    returns the path the message must name (these do not go through ``read_bytes``).
    """

    name: str
    data: Callable[[], bytes] | None = None
    setup: Callable[[Path, pytest.MonkeyPatch], Path] | None = None
    reason: str | None = None  # start of the rejection reason; None: the input is read
    line: int | None = None
    titles: tuple[str, ...] = ()  # articles read from this input
    text_has: tuple[str, ...] = ()
    published: tuple[str | None, str] | None = None  # (ISO date, source) of its one article
    timed: bool = False


def utf8(text: str) -> Callable[[], bytes]:
    return lambda: text.encode("utf-8")


def article_file(title: str, body: str = BODY, header: str = "") -> Callable[[], bytes]:
    return utf8(f"{title}\n{header}\n{body}\n")


def page(body: str) -> Callable[[], bytes]:
    return utf8(f"<!DOCTYPE html><html><head><title>{PAGE_TITLE}</title></head><body>{body}</body>")


PAGE_TITLE = "Grid repairs page"
PARAS_HTML = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
SCRIPTS = (
    "<script>document.write('Subscribe now to read');alert('x')</script>"
    "<iframe src='https://ads.example.com/frame'>Your browser has no frames</iframe>"
    "<noscript>Enable JavaScript</noscript><style>p{color:red}</style>"
)
FORMULAS = (
    '=HYPERLINK("http://evil.example/","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
)
CSV_FORMULAS = "title,text\n" + '"Formulas stay text","{}"\n'.format(
    "\n".join(FORMULAS).replace('"', '""')
)
RECORD = json.dumps({"title": "Denmark adds aid", "text": "Denmark gave €10 million on Friday."})
RECORD_2 = json.dumps({"title": "Sweden adds aid", "text": "Sweden gave €5 million on Friday."})
ONE_LINE = (" ".join(BODY.split("\n")) + " ").encode()
LINE_UNDER = ONE_LINE * (DEFAULT_MAX_BYTES // len(ONE_LINE) - 1)  # one line of just under 5 MB
LINE_UNDER_CHARS = len("One line\n\n") + len(LINE_UNDER.decode().strip())
QUOTE_MARKS = "Quote marks\n\n" + ("He said “" + "„«\"'") * 2_000  # 10,000 marks
NO_SENTENCE_END = "No full stop\n\n" + " ".join(
    p.rstrip(".").replace(". ", " and ").replace('"', "") for p in PARAGRAPHS * 30
)
GIANT_NUMBER = "Giant number\n\n" + "7" * 90_000
NESTED = "<div>" * 5000 + PARAS_HTML + "</div>" * 5000
YAML_BOMB = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefg", "bcdefgh", strict=True)
)


def sparse(size: int) -> Callable[[Path, pytest.MonkeyPatch], Path]:
    def make(folder: Path, _) -> Path:
        path = folder / "huge.txt"
        with path.open("wb") as f:
            f.truncate(size)  # a sparse file: no disk space, no time
        return path

    return make


def symlink_loop(folder: Path, _) -> Path:
    write(folder, "outlet/1-aid.txt", "Aid\n\nNorway gave €5 million on Friday.")
    (folder / "outlet" / "again").symlink_to(folder, target_is_directory=True)
    return folder / "outlet" / "again"


def unreadable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Root reads a chmod 000 file, so the read itself is made to fail as it would for a user."""
    path = write(folder, "locked.txt", TEXT.replace("Norway", "Finland"))
    original = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    return path


def named_pipe(folder: Path, _) -> Path:
    os.mkfifo(folder / "feed.txt")
    return folder / "feed.txt"


CASES = [
    pytest.param(Case("empty.txt", utf8(""), reason="empty file"), id="empty"),
    pytest.param(
        Case("blank.md", utf8(" \n\t\r\n   \n"), reason="only whitespace, no text"), id="whitespace"
    ),
    pytest.param(
        Case(
            "photo.txt",
            lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
            reason="binary file (PNG image), not text",
        ),
        id="png-renamed",
    ),
    pytest.param(
        Case(
            "archive.csv",
            lambda: b"PK\x03\x04\x14\x00\x06\x00" + bytes(200),
            reason="binary file (ZIP archive (or an Office document)), not text",
        ),
        id="zip-renamed",
    ),
    pytest.param(
        Case(
            "report.txt",
            lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            reason="binary file (PDF document), not text",
        ),
        id="pdf-renamed",
    ),
    pytest.param(
        Case("le.txt", lambda: f"UTF-16 LE\n\n{BODY}".encode("utf-16-le"), titles=("UTF-16 LE",)),
        id="utf-16-le-without-bom",
    ),
    pytest.param(
        Case(
            "be.txt",
            lambda: "Заява МЗС України\n\nНорвегія дасть Україні 40 мільйонів євро.".encode(
                "utf-16-be"
            ),
            titles=("Заява МЗС України",),
        ),
        id="utf-16-be-cyrillic-without-bom",
    ),
    pytest.param(
        Case(
            "cp1252.txt",
            lambda: "Aid chief’s plan\n\nThe “winter plan” costs €12 million.".encode("cp1252"),
            titles=("Aid chief’s plan",),
            text_has=("The “winter plan” costs €12 million.",),
        ),
        id="cp1252",
    ),
    pytest.param(
        Case(
            "latin1.txt",
            lambda: "Café grants\n\nCafé owners in Lviv got grants.\x81".encode("latin-1"),
            titles=("Café grants",),
            text_has=("Café owners in Lviv got grants.\x81",),
        ),
        id="latin-1",
    ),
    pytest.param(
        Case(
            "bom.txt",
            lambda: codecs.BOM_UTF8 + b"With a BOM\n\nDenmark gave aid.",
            titles=("With a BOM",),
        ),
        id="utf-8-bom",
    ),
    pytest.param(
        Case(
            "invisible.jsonl",
            utf8(f'{RECORD}\n{{"title": "Blank", "text": "\\u200b\\ufeff\\u2060"}}\n'),
            reason="no text after the title",
            line=2,
            titles=("Denmark adds aid",),
        ),
        id="body-of-zero-width-characters",
    ),
    pytest.param(
        Case(
            "huge.txt",
            setup=sparse(50 * 2**20),
            reason=f"larger than the {DEFAULT_MAX_BYTES:,}-byte limit (52,428,800 bytes)",
        ),
        id="50-mb-file",
    ),
    pytest.param(
        Case(
            "line-over.txt",
            lambda: b"One line\n\n" + ONE_LINE * (DEFAULT_MAX_BYTES // len(ONE_LINE) + 1),
            reason=f"larger than the {DEFAULT_MAX_BYTES:,}-byte limit",
            timed=True,
        ),
        id="5-mb-line-over-the-byte-limit",
    ),
    pytest.param(
        Case(
            "line-under.txt",
            lambda: b"One line\n\n" + LINE_UNDER,
            reason=f"{LINE_UNDER_CHARS:,} characters, longer than the {MAX_ARTICLE_CHARS:,} of "
            "one article (split it into articles)",
            timed=True,
        ),
        id="5-mb-line-under-the-byte-limit",
    ),
    pytest.param(
        Case(
            "head.html",
            utf8("<html><head><title>Aid</title><meta charset='utf-8'></head></html>"),
            reason="no main text found in the HTML page",
        ),
        id="html-without-body",
    ),
    pytest.param(
        Case(
            "scripts.html",
            page(SCRIPTS * 20 + f"<article><h1>{PAGE_TITLE}</h1>{PARAS_HTML}</article>" + SCRIPTS),
            titles=(PAGE_TITLE,),
            text_has=(PARAGRAPHS[0],),
        ),
        id="html-full-of-scripts-and-iframes",
    ),
    pytest.param(
        Case(
            "cut.html",
            lambda: page(f"<article><h1>{PAGE_TITLE}</h1>{PARAS_HTML}")()[:-300],
            titles=(PAGE_TITLE,),
            text_has=(PARAGRAPHS[0],),
        ),
        id="html-truncated",
    ),
    pytest.param(
        Case(
            "nested.html",
            page(NESTED),
            reason="no main text found in the HTML page (elements nested deeper than the 256 "
            "levels the HTML parser reads)",
            timed=True,
        ),
        id="html-5000-nested-divs",
    ),
    pytest.param(
        Case(
            "number.json",
            utf8("42"),
            reason="JSON is neither an object nor a list of objects (a number)",
        ),
        id="json-number",
    ),
    pytest.param(
        Case("deep.json", utf8("[" * 100_000 + "]" * 100_000), reason="JSON nested too deeply"),
        id="json-nested-too-deep",
    ),
    pytest.param(
        Case(
            "feed.jsonl",
            utf8(f'{RECORD}\n{{"title": "cut off", "text": "Norw\n{RECORD_2}\n'),
            reason="not valid JSON (Unterminated string starting at)",
            line=2,
            titles=("Denmark adds aid", "Sweden adds aid"),
        ),
        id="jsonl-broken-line-in-the-middle",
    ),
    pytest.param(
        Case(
            "feed-deep.jsonl",
            utf8(f"{RECORD}\n{'[' * 50_000}{']' * 50_000}\n{RECORD_2}\n"),
            reason="JSON nested too deeply",
            line=2,
            titles=("Denmark adds aid", "Sweden adds aid"),
        ),
        id="jsonl-line-nested-too-deep",
    ),
    pytest.param(
        Case(
            "table.csv",
            utf8("id,headline,summary\n1,Aid rises,Short\n"),
            reason="no text column (text, body, content, article, ...) in: id,headline,summary",
            line=1,
        ),
        id="csv-without-text-column",
    ),
    pytest.param(
        Case(
            "open-quote.csv",
            utf8('\n"title,text\nAid,Norway gave aid.\n'),
            reason="not valid CSV (unexpected end of data) in the header row",
            line=2,
        ),
        id="csv-header-with-an-open-quote",
    ),
    pytest.param(
        Case(
            "formulas.csv",
            utf8(CSV_FORMULAS),
            titles=("Formulas stay text",),
            text_has=("\n".join(FORMULAS),),
        ),
        id="csv-quoted-newlines-and-formulas",
    ),
    pytest.param(
        Case(
            "2024-03-01-old.txt",
            article_file("Very old", header="published: 1800-05-01"),
            titles=("Very old",),
            published=("2024-03-01", "filename"),
        ),
        id="published-1800",
    ),
    pytest.param(
        Case(
            "far.txt",
            article_file("Far ahead", header="published: 2100-01-01"),
            titles=("Far ahead",),
            published=(None, "unknown"),
        ),
        id="published-2100",
    ),
    pytest.param(
        Case(
            "relative.txt",
            article_file(
                "Relative", "KYIV, 18 December 2024 - " + BODY, header="published: yesterday"
            ),
            titles=("Relative",),
            published=("2024-12-18", "dateline"),
        ),
        id="published-yesterday",
    ),
    pytest.param(
        Case(
            "front.md",
            utf8(f"---\ntitle: [unclosed\npublished: 2024-03-01\n---\n{BODY}"),
            reason="front matter is not valid YAML at line 3",
        ),
        id="front-matter-not-yaml",
    ),
    pytest.param(
        Case(
            "bomb.md",
            utf8(f"{YAML_BOMB}title: [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n---\nBomb\n\n{BODY}"),
            titles=("Bomb",),
            timed=True,
        ),
        id="front-matter-alias-bomb",
    ),
    pytest.param(
        Case(
            'Заява "МЗС" 2024-03-01.txt',
            article_file("Заява МЗС"),
            titles=("Заява МЗС",),
            published=("2024-03-01", "filename"),
        ),
        id="name-with-spaces-quotes-cyrillic",
    ),
    pytest.param(
        Case("again", setup=symlink_loop, reason="symlink loop (leads back to", titles=("Aid",)),
        id="folder-symlink-loop",
    ),
    pytest.param(
        Case("locked.txt", setup=unreadable, reason="cannot read (Permission denied)"),
        id="unreadable-file",
    ),
    pytest.param(Case("feed.txt", setup=named_pipe, reason="not a regular file"), id="named-pipe"),
    pytest.param(
        Case("quotes.txt", utf8(QUOTE_MARKS), titles=("Quote marks",), timed=True),
        id="10000-quote-marks",
    ),
    pytest.param(
        Case("run-on.txt", utf8(NO_SENTENCE_END), titles=("No full stop",), timed=True),
        id="no-sentence-end",
    ),
    pytest.param(
        Case("number.txt", utf8(GIANT_NUMBER), titles=("Giant number",), timed=True),
        id="one-giant-number",
    ),
]


@pytest.fixture(scope="module")
def good_facts() -> dict[str, int]:
    """Rows per frame of the good article extracted on its own."""
    facts = extract_article(make_article(TITLE, BODY))
    counts = {frame: len(getattr(facts, frame)) for frame in FRAMES}
    assert counts["commitments"] > 0 and counts["quotes"] > 0  # so a loss would show
    return counts


def frame_rows(out: Path, frame: str) -> list[dict]:
    lines = (out / f"{frame}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def make_input(case: Case, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if case.setup:
        return case.setup(folder, monkeypatch)
    return write(folder, case.name, case.data())


def message_line(err: str, path: Path) -> str:
    [line] = [x for x in err.splitlines() if x.startswith(f"rejected {path}: ")]
    return line.removeprefix(f"rejected {path}: ")


@pytest.mark.parametrize("case", CASES)
def test_command_line(case, tmp_path, monkeypatch, capsys, good_facts, request):
    folder = tmp_path / "in"
    write(folder, GOOD_NAME, TEXT)
    path = make_input(case, folder, monkeypatch)
    if path.is_file() and path.stat().st_size > BIG:
        request.addfinalizer(path.unlink)
    out = tmp_path / "out"

    code = main(["extract", str(folder), "--out", str(out), "--format", "jsonl"])
    err = capsys.readouterr().err

    assert "Traceback" not in err
    assert code == (1 if case.reason else 0)
    if case.reason:
        where = f"line {case.line}: " if case.line else ""
        assert message_line(err, path).startswith(where + case.reason)
    articles = {row["title"]: row for row in frame_rows(out, "articles")}
    assert set(articles) == {TITLE, *case.titles}
    good_id = articles[TITLE]["article_id"]
    for frame, count in good_facts.items():
        assert sum(row["article_id"] == good_id for row in frame_rows(out, frame)) == count
    for title in case.titles:
        assert all(part in articles[title]["text"] for part in case.text_has)
    if case.published:
        [title] = case.titles
        assert (articles[title]["published"], articles[title]["published_source"]) == (
            case.published
        )


UPLOADS = [p for p in CASES if p.values[0].data is not None]


@pytest.mark.parametrize("case", UPLOADS)
def test_upload(case):
    items = read_bytes(case.name, case.data())

    rejections = [r for r in items if isinstance(r, Rejection)]
    assert [a.title for a in items if isinstance(a, Article)] == list(case.titles)
    if case.reason:
        [rejection] = rejections
        assert (rejection.path, rejection.line) == (case.name, case.line)
        assert rejection.reason.startswith(case.reason)
    else:
        assert rejections == []


@pytest.mark.parametrize(
    "case",
    [p for p in CASES if p.values[0].timed],
)
def test_pathological_input_read_and_extracted_in_bounded_time(case):
    data = case.data()
    start = time.perf_counter()
    items = read_bytes(case.name, data)
    for article in items:
        if isinstance(article, Article):
            extract_article(article)
    seconds = time.perf_counter() - start
    assert seconds < MAX_SECONDS, f"{case.name}: {seconds:.2f} s"


SUBPROCESS_IDS = {"png-renamed", "jsonl-line-nested-too-deep", "name-with-spaces-quotes-cyrillic"}


@pytest.mark.parametrize("case", [p for p in CASES if p.id in SUBPROCESS_IDS])
def test_real_process(case, tmp_path):
    folder = tmp_path / "in"
    write(folder, GOOD_NAME, TEXT)
    path = write(folder, case.name, case.data())
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "extract", str(folder), "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == (1 if case.reason else 0)
    if case.reason:
        where = f"line {case.line}: " if case.line else ""
        assert message_line(result.stderr, path).startswith(where + case.reason)
    titles = set(pd.read_parquet(out / "articles.parquet")["title"])
    assert titles == {TITLE, *case.titles}


def test_many_amounts_in_one_sentence_within_the_time_bound():
    """333 amounts in one 25,000-character sentence took 43 s before money.py bounded its
    window per amount (3b6a13e)."""
    body = " ".join(["Norway will give €40 million to Ukraine, the minister said and"] * 333)
    article = make_article("Run-on", body)
    start = time.perf_counter()
    facts = extract_article(article)
    seconds = time.perf_counter() - start
    assert len(facts.commitments) == 333
    assert seconds < MAX_SECONDS, f"{seconds:.2f} s"


def test_giant_amount_is_finite():
    article = make_article("Giant", "Norway pledged $" + "9" * 400 + " million to Ukraine.")
    assert all(math.isfinite(c.amount) for c in extract_article(article).commitments)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_formulas_written_and_read_back_as_text(tmp_path, fmt):
    """Cells like =HYPERLINK(...) are article text: written verbatim, read back verbatim."""
    path = write(tmp_path, "formulas.csv", CSV_FORMULAS)
    assert main(["extract", str(path), "--out", str(tmp_path / "out"), "--format", fmt]) == 0
    [text] = read_frames(tmp_path / "out", fmt).articles["text"]
    assert text == "Formulas stay text\n\n" + "\n".join(FORMULAS)


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_every_bad_input_in_one_run(tmp_path, capsys, command, request):
    """All the bad files of the matrix in one folder: each rejection named once, every article
    read, through both commands that read articles."""
    cases = [p.values[0] for p in UPLOADS]
    folder = tmp_path / "in"
    write(folder, GOOD_NAME, TEXT)
    for number, case in enumerate(cases):
        path = write(folder / f"{number:02d}", case.name, case.data())
        if path.stat().st_size > BIG:
            request.addfinalizer(path.unlink)
    out = ["--out", str(tmp_path / "out")] if command == "extract" else []
    store = ["--store", str(tmp_path / "s.duckdb")] if command == "ingest" else []
    code = main([command, str(folder), *out, *store, "--workers", "1"])
    err = capsys.readouterr().err

    assert "Traceback" not in err
    assert code == 1
    assert err.count("rejected ") == sum(1 for c in cases if c.reason)
    if command == "extract":
        titles = read_frames(tmp_path / "out").articles["title"]
    else:
        with open_store(tmp_path / "s.duckdb", read_only=True) as con:
            titles = store_frames(con).articles["title"]
    assert set(titles) == {TITLE, *(t for c in cases for t in c.titles)}
