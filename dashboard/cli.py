"""The command line: ``python -m dashboard extract|app ...``.

Exit codes (data contract): 0 every input read, 1 some inputs rejected (each named on stderr,
the rest still written), 2 a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

from dashboard.ingest import DEFAULT_MAX_BYTES

PACKAGE_DIR = Path(__file__).resolve().parent
APP_MAIN = PACKAGE_DIR / "app" / "main.py"
STREAMLIT_CONFIG = PACKAGE_DIR / "app" / "streamlit_config.toml"
DEMO_DATA = PACKAGE_DIR.parent / "data"


# Subcommands that live with their feature: each module has HELP, DESCRIPTION,
# configure(parser) and run(args) -> exit code, and raises UsageError on bad usage.
PLUGGED_COMMANDS = {
    "evaluate": "dashboard.evaluate.command",
    "ingest": "dashboard.store.command",
}


class UsageError(Exception):
    pass


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _size(value: str) -> int:
    try:
        size = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of bytes: {value!r}") from None
    if size <= 0:
        raise argparse.ArgumentTypeError("the size limit must be positive")
    return size


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Options every command that reads articles shares."""
    parser.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date for articles that carry none",
    )
    parser.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"reject files larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Aid & Policy Timelines: extract dated events, money commitments and quotes "
        "from news articles, and explore them in a dashboard.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ext = sub.add_parser(
        "extract",
        help="read articles and write the frames (articles, events, commitments, quotes, "
        "people, mentions) to a folder",
        description="Read files or folders of articles (.txt .md .html .json .jsonl .csv) and "
        "write one file per frame into --out. Exit 0 when every input was read, 1 when some "
        "were rejected (each named on stderr, the rest still written), 2 on a usage error.",
    )
    ext.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    ext.add_argument("--out", required=True, metavar="DIR", help="folder for the frame files")
    ext.add_argument("--format", choices=("parquet", "csv", "jsonl"), default="parquet")
    add_input_options(ext)
    ext.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="extraction processes for the local engine (default: one per core; corpora under "
        "100 articles use one)",
    )
    ext.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine; dask: partitions on a Dask cluster, written as partitioned "
        "parquet (<out>/<frame>/part-NNNNN.parquet)",
    )
    ext.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: a distributed scheduler (tcp://host:8786); default: a local "
        "cluster of one worker process per core",
    )
    ext.set_defaults(func=cmd_extract)

    app = sub.add_parser(
        "app",
        help="open the dashboard in a browser (default corpus: the bundled demo articles)",
        description="Serve the dashboard with Streamlit at http://localhost:PORT.",
    )
    source = app.add_mutually_exclusive_group()
    source.add_argument(
        "--data", nargs="+", metavar="PATH", help="article files or folders (default: data/)"
    )
    source.add_argument(
        "--store",
        metavar="PATH",
        help="read a DuckDB store written by `ingest` instead (the filters run as SQL)",
    )
    app.add_argument("--port", type=int, default=8501)
    app.set_defaults(func=cmd_app)

    for name, module_name in PLUGGED_COMMANDS.items():
        module = importlib.import_module(module_name)
        cmd = sub.add_parser(name, help=module.HELP, description=module.DESCRIPTION)
        module.configure(cmd)
        cmd.set_defaults(func=module.run)
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from dashboard.corpus import default_workers, extract_paths
    from dashboard.frames import write_frames

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    if args.engine == "dask":
        return _extract_with_dask(args)
    if args.scheduler:
        raise UsageError("--scheduler needs --engine dask")
    skipped: list = []  # reported, but not an error (exit code unchanged)
    result = extract_paths(
        args.paths,
        published=args.published,
        max_bytes=args.max_bytes,
        workers=args.workers or default_workers(),
        skipped=skipped,
        progress=lambda it, total: tqdm(
            it,
            total=total,
            desc="extracting",
            unit="article",
            file=sys.stderr,
            disable=None,
            leave=False,
        ),
    )
    written = write_frames(result.frames, args.out, args.format)
    for item in skipped:
        print(f"skipped {item}", file=sys.stderr)
    for rejection in result.rejections:
        print(f"rejected {rejection}", file=sys.stderr)
    n_articles = len(result.frames.articles)
    print(
        f"{n_articles} articles read, {len(result.rejections)} inputs rejected, "
        f"{result.duplicates} duplicates skipped, {len(skipped)} non-article files skipped; "
        f"wrote {len(written)} files to {args.out}",
        file=sys.stderr,
    )
    return 1 if result.rejections else 0


def _extract_with_dask(args: argparse.Namespace) -> int:
    from dashboard.scale.dask_engine import extract_with_dask

    if args.format != "parquet":
        raise UsageError("--engine dask writes partitioned parquet: drop --format or use parquet")
    rejections, written, duplicates = extract_with_dask(
        args.paths,
        args.out,
        published=args.published,
        max_bytes=args.max_bytes,
        scheduler=args.scheduler,
    )
    for rejection in rejections:
        print(f"rejected {rejection}", file=sys.stderr)
    print(
        f"{written} articles read, {len(rejections)} inputs rejected, {duplicates} duplicates "
        f"skipped; wrote partitioned parquet to {args.out}",
        file=sys.stderr,
    )
    return 1 if rejections else 0


def streamlit_flags(config_path: Path = STREAMLIT_CONFIG) -> list[str]:
    """The app's Streamlit config as command-line flags, so it applies from any folder."""
    config = tomllib.loads(config_path.read_text())
    return [
        f"--{section}.{key}={value if not isinstance(value, bool) else str(value).lower()}"
        for section, values in config.items()
        for key, value in values.items()
    ]


def cmd_app(args: argparse.Namespace) -> int:
    data = args.data or [str(DEMO_DATA)]
    missing = [p for p in ([args.store] if args.store else data) if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    source = (
        ["--store", str(Path(args.store).resolve())]
        if args.store
        else ["--data", *[str(Path(p).resolve()) for p in data]]
    )
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP_MAIN),
        *streamlit_flags(),
        f"--server.port={args.port}",
        "--",
        *source,
    ]
    print(f"Serving the dashboard at http://localhost:{args.port}", file=sys.stderr)
    sys.stderr.flush()
    # Streamlit replaces this process, so stopping it (a signal to this pid) stops the server;
    # a child process would outlive a terminated parent.
    os.execve(sys.executable, command, {**os.environ, "PYTHONUNBUFFERED": "1"})


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return args.func(args)
    except UsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
