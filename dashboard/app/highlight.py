"""An article's text as HTML with every extracted fact highlighted in place.

The text is escaped before any markup is added, so nothing in an article can inject HTML or
script. Spans may overlap (a date inside a quote): tags always nest, and a span that crosses
another's end is closed and reopened around it, so the markup stays well formed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from dashboard.charts.common import OKABE_ITO

# Fact kind -> (legend label, colour, background opacity as hex). Light tints keep the text
# readable; a quote (long, often holding other facts) is a pale yellow highlighter stroke.
FACT_STYLES = {
    "quote": ("Quote", OKABE_ITO[6], "66"),
    "amount": ("Amount", OKABE_ITO[1], "40"),
    "date": ("Date", OKABE_ITO[2], "33"),
    "person": ("Person", OKABE_ITO[3], "33"),
    "country": ("Country or organisation", OKABE_ITO[4], "33"),
}
TARGET_STYLE = f"outline:3px solid {OKABE_ITO[5]};outline-offset:2px"
TARGET_ID = "fact-target"


@dataclass(frozen=True, slots=True)
class Fact:
    start: int
    end: int
    kind: str  # a key of FACT_STYLES
    label: str  # hover text


def article_facts(frames, article_id: str) -> list[Fact]:
    """Every fact of one article (amounts, dates, quotes, people, countries) as spans."""

    def rows(df: pd.DataFrame) -> pd.DataFrame:
        return df[df["article_id"] == article_id]

    facts = [
        Fact(r.char_start, r.char_end, "amount", f"{r.amount_text}: {r.aid_type}, {r.stage}")
        for r in rows(frames.commitments).itertuples()
    ]
    for r in rows(frames.events).itertuples():
        when = _interval(r.date_start, r.date_end)
        facts.append(Fact(r.char_start, r.char_end, "date", f"{r.kind}: {when} ({r.anchor})"))
    for r in rows(frames.quotes).itertuples():
        who = r.speaker if isinstance(r.speaker, str) else "speaker unknown"
        facts.append(Fact(r.char_start, r.char_end, "quote", f"{who} ({r.speaker_method})"))
    for r in rows(frames.mentions).itertuples():
        kind = "person" if r.entity_type == "person" else "country"
        facts.append(Fact(r.char_start, r.char_end, kind, r.entity))
    return facts


def _interval(start, end) -> str:
    if pd.isna(start):
        return "unresolved"
    if pd.isna(end) or start == end:
        return f"{start:%d %b %Y}"
    return f"{start:%d %b %Y} – {end:%d %b %Y}"


def _style(kind: str) -> str:
    _, colour, alpha = FACT_STYLES[kind]
    return f"background:{colour}{alpha};border-bottom:2px solid {colour};color:inherit"


def _open(fact: Fact, first: bool, target: bool) -> str:
    """The opening tag of one piece of a fact; the linked fact is outlined (every piece) and
    its first piece carries the id the page scrolls to."""
    style = _style(fact.kind) + (f";{TARGET_STYLE}" if target else "")
    attrs = f' class="fact fact-{fact.kind}" title="{html.escape(fact.label)}" style="{style}"'
    if first and target:
        attrs += f' id="{TARGET_ID}"'
    return f"<mark{attrs}>"


def highlight_html(text: str, facts: list[Fact], target_start: int | None = None) -> str:
    """``text`` escaped, with each fact wrapped in a ``<mark>``; the first fact starting at
    ``target_start`` gets the id ``fact-target`` (to scroll to it)."""
    spans = sorted(
        {f for f in facts if 0 <= f.start < f.end <= len(text)},
        key=lambda f: (f.start, -f.end, f.kind),
    )
    target = next((f for f in spans if f.start == target_start), None)
    cuts = sorted({0, len(text)} | {f.start for f in spans} | {f.end for f in spans})
    out: list[str] = []
    stack: list[Fact] = []
    opened: set[Fact] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [f for f in spans if f.start <= a and f.end >= b]
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] == active[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        for fact in active[keep:]:
            out.append(_open(fact, fact not in opened, fact == target))
            opened.add(fact)
        out.append(html.escape(text[a:b]))
        stack = active
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def legend_html() -> str:
    items = (
        f'<span style="{_style(kind)};padding:0 .3em;margin-right:.8em">{label}</span>'
        for kind, (label, _, _) in FACT_STYLES.items()
    )
    return f'<div class="fact-legend">{"".join(items)}</div>'
