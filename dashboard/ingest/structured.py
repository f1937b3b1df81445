"""Files of records: ``.json`` (an object or a list of objects), ``.jsonl``, ``.csv``.

Each record is one article with the fields title, text, published, outlet and url, under
these names or a common synonym (see ``tables.FIELD_NAMES``). A record without text is
rejected with its line (jsonl, csv) or item number (json); the other records are kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from dashboard.ingest.article import checked, field_key, make_article, pick, text_or_none
from dashboard.ingest.model import Article, Rejection
from dashboard.ingest.published import resolve_published
from dashboard.ingest.tables import FIELD_NAMES

_TEXT_NAMES = ", ".join(FIELD_NAMES["text"][:4])
_JSON_TYPES = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}
# json.loads recurses once per nesting level: "[[[[...]]]]" exhausts Python's stack.
_TOO_DEEP = "JSON nested too deeply to read"


def record_article(
    record: dict, name: str, fallback: dt.date | None, line: int | None = None, where: str = ""
) -> Article | Rejection:
    """One record (keys in any case and spelling of the synonyms) as an article."""
    fields = {field_key(str(k)): v for k, v in record.items()}
    text, title = pick(fields, "text"), pick(fields, "title")
    if not isinstance(text, str) or not text.strip():
        problem = "no text" if text is None or isinstance(text, str) else "text that is not text"
        return Rejection(name, f"{where}record has {problem} (field {_TEXT_NAMES}, ...)", line)
    body = text.strip()
    if title is None and "\n" in body:  # like a text file: the first line is the title
        title, body = body.split("\n", 1)
    published, source = resolve_published(pick(fields, "published"), body=body, fallback=fallback)
    article = make_article(
        "" if title is None else str(title),
        body,
        published=published,
        published_source=source,
        outlet=text_or_none(pick(fields, "outlet")),
        url=text_or_none(pick(fields, "url")),
        path=name,
    )
    return checked(article, line, where)


def read_json(text: str, name: str, fallback: dt.date | None) -> list[Article | Rejection]:
    """A JSON object (one article) or a list of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        return [Rejection(name, f"not valid JSON ({err.msg})", err.lineno)]
    except RecursionError:
        return [Rejection(name, _TOO_DEEP)]
    if isinstance(data, dict):
        return [record_article(data, name, fallback)]
    if not isinstance(data, list):
        found = _JSON_TYPES[type(data)]
        return [Rejection(name, f"JSON is neither an object nor a list of objects (a {found})")]
    if not data:
        return [Rejection(name, "an empty JSON list, no articles")]
    return [
        record_article(item, name, fallback, where=f"item {i}: ")
        if isinstance(item, dict)
        else Rejection(name, f"item {i}: not a JSON object")
        for i, item in enumerate(data, start=1)
    ]


def read_jsonl(text: str, name: str, fallback: dt.date | None) -> list[Article | Rejection]:
    """JSON lines: one object per line; blank lines are ignored, bad lines rejected."""
    items: list[Article | Rejection] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            items.append(Rejection(name, f"not valid JSON ({err.msg})", number))
            continue
        except RecursionError:
            items.append(Rejection(name, _TOO_DEEP, number))
            continue
        if isinstance(data, dict):
            items.append(record_article(data, name, fallback, number))
        else:
            items.append(Rejection(name, "not a JSON object", number))
    return items


def read_csv(text: str, name: str, fallback: dt.date | None) -> list[Article | Rejection]:
    """A CSV table with a header row; comma, semicolon or tab separated."""
    table = text.lstrip("\n")
    skipped_lines = len(text) - len(table)
    header = table.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)  # the separator the header row uses most
    # The csv module refuses cells over 128 KiB; the file already passed the size limit.
    csv.field_size_limit(max(csv.field_size_limit(), len(table)))
    # strict: an unclosed quote is an error, not a cell that swallows the rest of the file
    reader = csv.DictReader(io.StringIO(table), delimiter=delimiter, strict=True)
    try:
        columns = [field_key(c) for c in reader.fieldnames or []]
    except csv.Error as err:  # a quote left open in the header row
        return [Rejection(name, f"not valid CSV ({err}) in the header row", 1 + skipped_lines)]
    if not set(columns) & set(FIELD_NAMES["text"]):
        return [
            Rejection(
                name, f"no text column ({_TEXT_NAMES}, ...) in: {header[:80]}", 1 + skipped_lines
            )
        ]
    items: list[Article | Rejection] = []
    while True:
        line = skipped_lines + reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            reason = f"not valid CSV ({err}); this row and the rest of the file not read"
            items.append(Rejection(name, reason, line))
            break
        row.pop(None, None)  # cells beyond the header
        items.append(record_article(row, name, fallback, line))
    return items or [Rejection(name, "a header row and no articles")]
