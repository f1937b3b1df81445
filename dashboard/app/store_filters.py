"""The sidebar filters pushed down to the DuckDB store as SQL on the articles table (alias ``a``).

``where_clause`` selects every article that can contribute a row to the filtered frames: for
each filter, the articles whose own data (publication date, outlet, mentions, events,
commitments, quotes) can pass it, as ``filters.apply_filters`` decides. Only those articles'
rows are read into pandas, and ``apply_filters`` then trims them exactly as it trims the whole
corpus, so the store and the in-memory path show the same frames.
"""

from __future__ import annotations

from dashboard.app.filters import FilterOptions, Filters

_IN = "IN (SELECT UNNEST(?::VARCHAR[]))"


def _from(table: str, condition: str) -> str:
    return f"a.article_id IN (SELECT article_id FROM {table} WHERE {condition})"


def _dated(column_start: str, column_end: str, date_from, date_to) -> tuple[str, list]:
    """``[start, end]`` overlaps the range (undated rows never do)."""
    parts, params = [], []
    if date_from:
        parts.append(f"{column_end} >= ?")
        params.append(date_from)
    if date_to:
        parts.append(f"{column_start} <= ?")
        params.append(date_to)
    return " AND ".join(parts), params


def where_clause(filters: Filters) -> tuple[str, list]:
    """SQL condition on ``articles a`` and its parameters ('' when no filter is set)."""
    parts: list[str] = []
    params: list = []

    def add(sql: str, *values) -> None:
        parts.append(sql)
        params.extend(values)

    if filters.outlets:
        add(f"a.outlet {_IN}", list(filters.outlets))
    if filters.kinds:
        add(_from("events", f"kind {_IN}"), list(filters.kinds))
    if filters.aid_types:
        add(_from("commitments", f"aid_type {_IN}"), list(filters.aid_types))
    if filters.countries:
        wanted = list(filters.countries)
        add(
            "("
            + " OR ".join(
                [
                    _from("mentions", f"entity {_IN}"),
                    _from("commitments", f"donor {_IN} OR recipient {_IN}"),
                    _from("events", "list_has_any(countries, ?::VARCHAR[])"),
                    _from("quotes", f"speaker_country {_IN}"),
                ]
            )
            + ")",
            *[wanted] * 5,
        )
    if filters.officials:
        wanted = list(filters.officials)
        add(
            "("
            + " OR ".join(
                [
                    _from("mentions", f"entity {_IN}"),
                    _from("events", "list_has_any(people, ?::VARCHAR[])"),
                    _from("quotes", f"speaker {_IN}"),
                ]
            )
            + ")",
            *[wanted] * 3,
        )
    if filters.date_from or filters.date_to:
        ranges = [
            ("a.published", "a.published", None),
            ("date_start", "COALESCE(date_end, date_start)", "events"),
            ("date", "date", "commitments"),
            ("date", "date", "quotes"),
        ]
        alternatives, values = [], []
        for start, end, table in ranges:
            sql, dated = _dated(start, end, filters.date_from, filters.date_to)
            alternatives.append(_from(table, sql) if table else f"({sql})")
            values += dated
        add("(" + " OR ".join(alternatives) + ")", *values)
    return " AND ".join(parts), params


def store_options(con) -> FilterOptions:
    """Every filter value the store holds, read in SQL (no frame is loaded)."""

    def column(sql: str) -> frozenset[str]:
        return frozenset(r[0] for r in con.execute(sql).fetchall() if r[0])

    return FilterOptions(
        countries=column(
            "SELECT entity FROM mentions WHERE entity_type <> 'person' "
            "UNION SELECT donor FROM commitments UNION SELECT recipient FROM commitments "
            "UNION SELECT UNNEST(countries) FROM events"
        ),
        officials=column("SELECT DISTINCT name FROM people_seen"),
        outlets=column("SELECT DISTINCT outlet FROM articles"),
    )
