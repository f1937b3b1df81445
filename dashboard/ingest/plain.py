"""Text and Markdown articles: the first non-empty line is the title.

Metadata comes from ``Key: value`` lines right after the title (published, outlet, url and
their synonyms; licence and author lines are dropped from the body too), or from YAML front
matter (``---`` lines around it) at the top of the file, whose ``title`` replaces the line.
Front-matter lists and mappings (tags, authors) are not used: no field of an article is one.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from dashboard.ingest.article import checked, field_key, make_article, pick, text_or_none
from dashboard.ingest.model import Article, Rejection
from dashboard.ingest.published import resolve_published
from dashboard.ingest.tables import HEADER_KEYS

_HEADER = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s*(.*)$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_HEADING = re.compile(r"^#{1,6}\s+")


def split_headers(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Leading ``Key: value`` lines (known keys only) and the lines after them."""
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := _HEADER.match(lines[i].strip())):
        key = field_key(m.group(1))
        if key not in HEADER_KEYS:
            break
        headers.setdefault(key, m.group(2).strip())
        i += 1
    return headers, lines[i:]


def read_plain(text: str, name: str, fallback: dt.date | None) -> list[Article | Rejection]:
    """A ``.txt`` or ``.md`` file: one article."""
    fields: dict[str, object] = {}
    if m := _FRONT_MATTER.match(text.lstrip("\n")):
        try:
            loaded = yaml.safe_load(m.group(1) or "")
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark else ""
            return [Rejection(name, f"front matter is not valid YAML{where}")]
        except RecursionError:
            return [Rejection(name, "front matter nested too deeply to read")]
        if loaded is not None and not isinstance(loaded, dict):
            return [Rejection(name, "front matter is not a set of 'key: value' lines")]
        # Aliases can make a short list expand to billions of items when printed.
        fields = {
            field_key(str(k)): v
            for k, v in (loaded or {}).items()
            if not isinstance(v, list | dict)
        }
        text = text.lstrip("\n")[m.end() :]
    lines = text.strip().split("\n")
    title = pick(fields, "title")
    if title is None:
        title, lines = lines[0], lines[1:]
        if name.lower().endswith(".md"):
            title = _MD_HEADING.sub("", title)
    headers, body_lines = split_headers(lines)
    fields = {**headers, **fields}
    body = "\n".join(body_lines)
    if not body.strip():
        return [Rejection(name, "no text after the title")]
    published, source = resolve_published(
        pick(fields, "published"), name=name, body=body, fallback=fallback
    )
    article = make_article(
        str(title),
        body,
        published=published,
        published_source=source,
        outlet=text_or_none(pick(fields, "outlet")),
        url=text_or_none(pick(fields, "url")),
        path=name,
    )
    return [checked(article)]
