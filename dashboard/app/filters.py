"""The sidebar filters as pure functions on frames, and their form in the URL query string.

What each filter keeps:

- country: events naming it, commitments with it as donor or recipient, quotes whose speaker
  is from it or that mention it, and articles that mention it;
- official: events naming them and their quotes; commitments only from articles mentioning them
  (a commitment names no people);
- date range: each fact by its own date (an event when its interval overlaps the range, a
  commitment or quote by its date) and articles by their publication date;
- event kind: events of that kind, and articles reporting one (with every fact from them);
- aid type: commitments of that type, and articles reporting one (with every fact from them);
- outlet: articles and every fact from them.

Facts with no date are dropped by a date range; everything else is kept when a filter is empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields

import pandas as pd

from dashboard.frames import Frames

# Query-string key of each filter field (repeated keys for several values).
QUERY_KEYS = {
    "countries": "country",
    "officials": "official",
    "date_from": "from",
    "date_to": "to",
    "kinds": "kind",
    "aid_types": "aid",
    "outlets": "outlet",
}


@dataclass(frozen=True)
class Filters:
    countries: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: tuple[str, ...] = ()
    aid_types: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class FilterOptions:
    """The values the sidebar offers: countries and organisations, officials, outlets."""

    countries: frozenset[str] = frozenset()
    officials: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()

    def __or__(self, other: FilterOptions) -> FilterOptions:
        return FilterOptions(
            self.countries | other.countries,
            self.officials | other.officials,
            self.outlets | other.outlets,
        )


def _names(values) -> frozenset[str]:
    return frozenset(v for v in values if isinstance(v, str) and v)


def filter_options(frames: Frames) -> FilterOptions:
    """The filter values found in ``frames``."""
    actors = frames.mentions.loc[frames.mentions["entity_type"] != "person", "entity"]
    return FilterOptions(
        countries=_names(
            [
                *actors,
                *frames.commitments["donor"],
                *frames.commitments["recipient"],
                *(c for cs in frames.events["countries"] for c in cs),
            ]
        ),  # fmt: skip
        officials=_names(frames.people["name"]),
        outlets=_names(frames.articles["outlet"]),
    )


def _date(values: Sequence[str]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(values[-1]) if values else None
    except ValueError:
        return None


def from_query(params: Mapping[str, Sequence[str]]) -> Filters:
    """Filters from query-string values (each key to its list of values); bad dates ignored."""

    def values(name: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v for v in params.get(QUERY_KEYS[name], ()) if v))

    return Filters(
        countries=values("countries"),
        officials=values("officials"),
        date_from=_date(params.get("from", ())),
        date_to=_date(params.get("to", ())),
        kinds=values("kinds"),
        aid_types=values("aid_types"),
        outlets=values("outlets"),
    )


def to_query(filters: Filters) -> dict[str, list[str]]:
    """The query-string form of ``filters`` (empty filters left out)."""
    query: dict[str, list[str]] = {}
    for f in fields(filters):
        value = getattr(filters, f.name)
        if isinstance(value, dt.date):
            query[QUERY_KEYS[f.name]] = [value.isoformat()]
        elif value:
            query[QUERY_KEYS[f.name]] = list(value)
    return query


def _in_range(start: pd.Series, end: pd.Series, filters: Filters) -> pd.Series:
    """Rows whose [start, end] overlaps the filter's range (undated rows out when it is set)."""
    keep = pd.Series(True, index=start.index)
    if filters.date_from:
        keep &= end >= pd.Timestamp(filters.date_from)
    if filters.date_to:
        keep &= start <= pd.Timestamp(filters.date_to)
    return keep


def _any_in(lists: pd.Series, wanted: set[str]) -> pd.Series:
    return lists.map(lambda xs: bool(wanted.intersection(xs))).astype(bool)  # bool when empty


def _mentioned_within(mentions: pd.DataFrame, facts: pd.DataFrame, wanted: set[str]) -> pd.Series:
    """Facts whose span contains a mention of one of ``wanted``."""
    hits = mentions[mentions["entity"].isin(wanted)]
    if hits.empty or facts.empty:
        return pd.Series(False, index=facts.index)
    pairs = facts.reset_index().merge(hits, on="article_id", suffixes=("", "_m"))
    inside = pairs[
        (pairs["char_start_m"] >= pairs["char_start"]) & (pairs["char_end_m"] <= pairs["char_end"])
    ]
    return pd.Series(facts.index.isin(inside["index"]), index=facts.index)


def articles_mentioning(mentions: pd.DataFrame, entities: Sequence[str]) -> set[str]:
    return set(mentions.loc[mentions["entity"].isin(set(entities)), "article_id"])


def apply_filters(frames: Frames, filters: Filters) -> Frames:
    """The frames restricted by ``filters`` (see the module docstring for what each keeps)."""
    if not filters.active:
        return frames
    articles, events = frames.articles, frames.events
    commitments, quotes, mentions = frames.commitments, frames.quotes, frames.mentions

    keep_articles = pd.Series(True, index=articles.index)
    if filters.outlets:
        keep_articles &= articles["outlet"].isin(filters.outlets)
    if filters.kinds:
        reporting = events.loc[events["kind"].isin(filters.kinds), "article_id"]
        keep_articles &= articles["article_id"].isin(set(reporting))
    if filters.aid_types:
        reporting = commitments.loc[commitments["aid_type"].isin(filters.aid_types), "article_id"]
        keep_articles &= articles["article_id"].isin(set(reporting))
    from_kept = set(articles.loc[keep_articles, "article_id"])
    for entities in (filters.countries, filters.officials):
        if entities:
            keep_articles &= articles["article_id"].isin(articles_mentioning(mentions, entities))
    if filters.date_from or filters.date_to:
        published = articles["published"]
        keep_articles &= _in_range(published, published, filters)

    events = events[events["article_id"].isin(from_kept)]
    commitments = commitments[commitments["article_id"].isin(from_kept)]
    quotes = quotes[quotes["article_id"].isin(from_kept)]
    if filters.countries:
        wanted = set(filters.countries)
        events = events[_any_in(events["countries"], wanted)]
        commitments = commitments[
            commitments["donor"].isin(wanted) | commitments["recipient"].isin(wanted)
        ]
        quotes = quotes[
            quotes["speaker_country"].isin(wanted) | _mentioned_within(mentions, quotes, wanted)
        ]
    if filters.officials:
        wanted = set(filters.officials)
        events = events[_any_in(events["people"], wanted)]
        quotes = quotes[quotes["speaker"].isin(wanted)]
        commitments = commitments[
            commitments["article_id"].isin(articles_mentioning(mentions, filters.officials))
        ]
    if filters.date_from or filters.date_to:
        ends = events["date_end"].fillna(events["date_start"])
        events = events[_in_range(events["date_start"], ends, filters)]
        commitments = commitments[_in_range(commitments["date"], commitments["date"], filters)]
        quotes = quotes[_in_range(quotes["date"], quotes["date"], filters)]
    if filters.kinds:
        events = events[events["kind"].isin(filters.kinds)]
    if filters.aid_types:
        commitments = commitments[commitments["aid_type"].isin(filters.aid_types)]

    articles = articles[keep_articles]
    mentions = mentions[mentions["article_id"].isin(set(articles["article_id"]))]
    people = frames.people
    if filters.officials:
        people = people[people["name"].isin(filters.officials)]
    else:
        named = set(mentions["entity"]) | set(quotes["speaker"].dropna())
        named.update(name for names in events["people"] for name in names)
        people = people[people["name"].isin(named)]
    return Frames(articles, events, commitments, quotes, people, mentions)
