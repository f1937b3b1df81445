"""Consolidation: commitment mentions across articles grouped into distinct pledges.

Ten outlets report the same £2.26 billion loan; an aid tracker counts it once. Two mentions are
the same pledge when:
- neither is a running total, or both are (``is_total`` rows never join new commitments);
- donor and recipient agree, or one side is unknown;
- the amounts agree within ``SAME_AMOUNT`` (1 %), compared in the same currency, or in USD at
  each mention's own rate when the currencies differ ("€1.9 billion" and "£1.6 billion");
- their dates are within ``WINDOW_DAYS`` (150 days: a pledge announced at a summit is reported
  again when it is signed and when it is paid, months apart; the G7's $50 billion loan was agreed
  in June 2024 and signed in October), or ``LARGE_WINDOW_DAYS`` (three years) for amounts of ten
  billion dollars or more that both mentions say the same donor gave: multi-year programmes
  (the EU's €50 billion Ukraine Facility, the IMF's $15.6 billion programme) are cited for
  years, and equal new pledges that large from the same donor are rare. Known limit: two equal
  smaller packages from one donor to one recipient within 150 days (repeated $250 million
  drawdowns) are merged.
Mentions with the same donor, recipient and instrument, reported within ``CONFLICT_DAYS`` (60)
of each other, whose amounts differ by more than 1 % but less than ``CONFLICT_AMOUNT`` (10 %) are
grouped too and the pledge is flagged ``conflicting``,
with every amount kept in ``amounts_seen``: sources that disagree are shown, never silently
reconciled.

Matching indexes pledges by amount buckets of 1 % (in the stated currency and in USD) and compares
each mention only with the first mention of the pledges in nearby buckets (no all-pairs loop),
so it stays fast at 10,000 articles.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from dashboard.frames.schemas import validate

SAME_AMOUNT = 0.01
CONFLICT_AMOUNT = 0.10
CONFLICT_DAYS = 60
WINDOW_DAYS = 150
LARGE_AMOUNT_USD = 10e9
LARGE_WINDOW_DAYS = 3 * 365
_LOG_STEP = math.log(1 + SAME_AMOUNT)
_STAGE_ORDER = ["unspecified", "announced", "pledged", "committed", "allocated", "disbursed"]


def _agree(a, b) -> bool:
    return a is None or b is None or a == b


def _window(a: dict, b: dict) -> int:
    """Days two mentions may lie apart: longer for a large amount both say the same donor gave."""
    value = a["usd"] if a["usd"] is not None else a["amount"]
    same_donor = a["donor"] is not None and a["donor"] == b["donor"]
    return LARGE_WINDOW_DAYS if value >= LARGE_AMOUNT_USD and same_donor else WINDOW_DAYS


def _close(x: float, y: float, tolerance: float) -> bool:
    return abs(x - y) <= tolerance * max(abs(x), abs(y))


def _relation(a: dict, b: dict) -> str | None:
    """'same', 'conflict' or None for two commitment mentions."""
    if a["is_total"] != b["is_total"]:
        return None
    if not (_agree(a["donor"], b["donor"]) and _agree(a["recipient"], b["recipient"])):
        return None
    apart = abs(a["day"] - b["day"]) if a["day"] is not None and b["day"] is not None else 0
    if apart > _window(a, b):
        return None
    if a["currency"] == b["currency"]:
        x, y = a["amount"], b["amount"]
    elif a["usd"] is not None and b["usd"] is not None:
        x, y = a["usd"], b["usd"]
    else:
        return None
    if _close(x, y, SAME_AMOUNT):
        return "same"
    parties = (a["donor"], a["recipient"])
    same_parties = None not in parties and parties == (b["donor"], b["recipient"])
    same_kind = a["instrument"] == b["instrument"] != "unspecified"
    near = apart <= CONFLICT_DAYS
    return (
        "conflict"
        if same_parties and same_kind and near and _close(x, y, CONFLICT_AMOUNT)
        else None
    )


_ROW_COLUMNS = [
    "commitment_id", "article_id", "char_start", "amount_text", "amount", "currency",
    "amount_usd", "donor", "recipient", "aid_type", "instrument", "stage", "is_total", "date",
]  # fmt: skip


def _rows(commitments: pd.DataFrame) -> list[dict]:
    """The columns matching needs, as plain dicts with None for missing values."""
    table = commitments[_ROW_COLUMNS].astype(object)
    table = table.where(table.notna(), None)
    rows = table.to_dict("records")
    for r in rows:
        r["usd"] = r["amount_usd"]
        r["day"] = r["date"].toordinal() if r["date"] is not None else None
    return rows


@dataclass
class _Pledge:
    """A pledge being built: a copy of its first mention, whose donor and recipient fill in from
    later mentions when it did not name them."""

    number: int
    leader: dict
    conflicting: bool = False


def _bucket(value: float) -> int:
    return math.floor(math.log(max(value, 1.0)) / _LOG_STEP)


def _keys(row: dict) -> list[tuple]:
    """Index keys of a mention: its amount in its currency, and its value in USD."""
    keys = [(row["is_total"], row["currency"], _bucket(row["amount"]))]
    if row["usd"] is not None:
        keys.append((row["is_total"], "value in USD", _bucket(row["usd"])))
    return keys


def group_mentions(commitments: pd.DataFrame) -> tuple[list[int], set[int]]:
    """A pledge number per commitment row, and the pledges whose sources conflict."""
    return _group(_rows(commitments))


def _group(rows: list[dict]) -> tuple[list[int], set[int]]:
    """``group_mentions`` on rows already taken out of the frame.

    Mentions are taken in date order; each is compared with the first mention of the pledges
    indexed under nearby amounts (never with every mention, so groups cannot drift by chaining).
    """
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["date"] or pd.Timestamp.min, i))
    index: dict[tuple, list[_Pledge]] = defaultdict(list)
    pledges: list[_Pledge] = []
    numbers = [0] * len(rows)
    reach = math.ceil(CONFLICT_AMOUNT / SAME_AMOUNT) + 1
    for i in order:
        row = rows[i]
        best, best_relation = None, None
        for kind, currency, bucket in _keys(row):
            for b in range(bucket - reach, bucket + reach + 1):
                for pledge in index.get((kind, currency, b), ()):
                    relation = _relation(pledge.leader, row)
                    if relation == "same":
                        best, best_relation = pledge, relation
                        break
                    if relation == "conflict" and best is None:
                        best, best_relation = pledge, relation
                if best_relation == "same":
                    break
            if best_relation == "same":
                break
        if best is None:
            best = _Pledge(len(pledges), dict(row))
            pledges.append(best)
            for key in _keys(row):
                index[key].append(best)
        else:
            for party in ("donor", "recipient"):
                best.leader[party] = best.leader[party] or row[party]
            best.conflicting = best.conflicting or best_relation == "conflict"
        numbers[i] = best.number
    return numbers, {p.number for p in pledges if p.conflicting}


def _most_common(values) -> object:
    values = [v for v in values if v is not None and v == v]
    return Counter(values).most_common(1)[0][0] if values else None


def _specific(values) -> str:
    known = [v for v in values if v != "unspecified"]
    return _most_common(known) or "unspecified"


COLUMNS = [
    "pledge_id",
    "donor",
    "recipient",
    "amount",
    "currency",
    "amount_usd",
    "aid_type",
    "instrument",
    "stage",
    "is_total",
    "first_reported",
    "commitment_ids",
    "article_ids",
    "outlets",
    "source_count",
    "amounts_seen",
    "conflicting",
]


def build_pledges(commitments: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct pledge, with every source that reported it."""
    if commitments.empty:
        return validate("pledges", pd.DataFrame(columns=COLUMNS))
    rows = _rows(commitments)
    numbers, conflicting = _group(rows)
    outlet_of = {
        a: o
        for a, o in zip(articles["article_id"], articles["outlet"], strict=False)
        if isinstance(o, str)
    }
    members: dict[int, list[dict]] = defaultdict(list)
    order = sorted(
        range(len(rows)),
        key=lambda i: (rows[i]["date"] is None, rows[i]["date"] or 0, rows[i]["char_start"]),
    )
    for i in order:
        members[numbers[i]].append(rows[i])
    pledges = [
        _pledge(group, mine, outlet_of, group in conflicting) for group, mine in members.items()
    ]
    return validate("pledges", pd.DataFrame(pledges, columns=COLUMNS))


def _pledge(group: int, rows: list[dict], outlet_of: dict[str, str], conflicting: bool) -> dict:
    """A pledge from its mentions, earliest first: the first report gives amount and date."""
    first = rows[0]
    ids = sorted(r["commitment_id"] for r in rows)
    article_ids = list(dict.fromkeys(r["article_id"] for r in rows))
    stages = [r["stage"] for r in rows if r["stage"] in _STAGE_ORDER]
    dates = [r["date"] for r in rows if r["date"] is not None]
    return {
        "pledge_id": "pl-" + hashlib.blake2b("|".join(ids).encode(), digest_size=8).hexdigest(),
        "donor": _most_common(r["donor"] for r in rows),
        "recipient": _most_common(r["recipient"] for r in rows),
        "amount": float(first["amount"]),
        "currency": first["currency"],
        "amount_usd": first["usd"],
        "aid_type": _specific(r["aid_type"] for r in rows),
        "instrument": _specific(r["instrument"] for r in rows),
        "stage": max(stages, key=_STAGE_ORDER.index) if stages else "unspecified",
        "is_total": bool(first["is_total"]),
        "first_reported": min(dates) if dates else None,
        "commitment_ids": ids,
        "article_ids": article_ids,
        "outlets": list(dict.fromkeys(outlet_of[a] for a in article_ids if a in outlet_of)),
        "source_count": len(article_ids),
        "amounts_seen": list(dict.fromkeys(r["amount_text"] for r in rows)),
        "conflicting": conflicting,
    }
