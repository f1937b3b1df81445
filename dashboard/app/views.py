"""Tables and counts the pages show, built from frames (no streamlit: they can be tested)."""

from __future__ import annotations

import pandas as pd

from dashboard.app.filters import Filters
from dashboard.app.links import source_url
from dashboard.charts.common import actor_label, format_money, format_money_full
from dashboard.charts.currency import display_amounts
from dashboard.frames import Frames


def article_table(frames: Frames) -> pd.DataFrame:
    """One row per article: title, outlet, date and how many facts were extracted from it."""
    table = frames.articles[["article_id", "title", "outlet", "published"]].copy()
    for name in ("events", "commitments", "quotes"):
        counts = getattr(frames, name).groupby("article_id").size()
        table[name] = table["article_id"].map(counts).fillna(0).astype(int)
    return table.sort_values("published", ascending=False, na_position="last")


def date_span(frames: Frames) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Earliest and latest date of any fact or article (None when there is none)."""
    dates = pd.concat(
        [
            frames.events["date_start"],
            frames.events["date_end"],
            frames.commitments["date"],
            frames.quotes["date"],
            frames.articles["published"],
        ]
    ).dropna()
    return (dates.min(), dates.max()) if len(dates) else (None, None)


def overview_counts(frames: Frames) -> dict[str, int | float]:
    """Headline numbers; the USD sum leaves running totals out (they restate earlier money)."""
    new = frames.commitments[~frames.commitments["is_total"].astype(bool)]
    countries = frames.mentions.loc[frames.mentions["entity_type"] == "country", "entity"]
    return {
        "articles": len(frames.articles),
        "events": len(frames.events),
        "commitments": len(new),
        "running_totals": int(frames.commitments["is_total"].sum()),
        "usd": float(new["amount_usd"].sum()),
        "quotes": len(frames.quotes),
        "officials": len(frames.people),
        "countries": countries.nunique(),
    }


def _titles(frames: Frames) -> pd.Series:
    return frames.articles.set_index("article_id")["title"]


def _interval(start: pd.Series, end: pd.Series) -> pd.Series:
    end = end.fillna(start)
    same = start == end
    text = start.dt.strftime("%Y-%m-%d") + " – " + end.dt.strftime("%Y-%m-%d")
    return text.where(~same, start.dt.strftime("%Y-%m-%d")).fillna("unresolved")


def event_table(frames: Frames, filters: Filters) -> pd.DataFrame:
    """Events for a table: the date as written, the interval, how it was found, the source."""
    ev = frames.events.sort_values("date_start", na_position="last")
    return pd.DataFrame(
        {
            "date as written": ev["date_text"],
            "interval": _interval(ev["date_start"], ev["date_end"]),
            "date": ev["anchor"].map(
                {"absolute": "stated", "relative": "inferred", "unresolved": "unresolved"}
            ),
            "kind": ev["kind"],
            "countries": ev["countries"].map(lambda cs: ", ".join(map(actor_label, cs))),
            "people": ev["people"].map(", ".join),
            "sentence": ev["sentence"],
            "article": ev["article_id"].map(_titles(frames)),
            "source": [
                source_url(a, s, filters)
                for a, s in zip(ev["article_id"], ev["char_start"], strict=True)
            ],
            "event_id": ev["event_id"],
        }
    )


def commitment_table(frames: Frames, currency: str, filters: Filters) -> pd.DataFrame:
    """Every commitment: the amount as written, its value in ``currency``, the rate used."""
    cm = frames.commitments.sort_values("date", na_position="last")
    value = display_amounts(cm, currency)
    return pd.DataFrame(
        {
            "date": cm["date"],
            "amount as written": cm["amount_text"],
            "qualifier": cm["qualifier"],
            f"value ({currency})": value.map(lambda v: format_money(v, currency)),
            f"full value ({currency})": value.map(lambda v: format_money_full(v, currency)),
            "USD per unit": cm["fx_rate"],
            "rate date": cm["fx_date"],
            "running total": cm["is_total"].map({True: "yes", False: ""}),
            "donor": cm["donor"].map(actor_label),
            "recipient": cm["recipient"].map(actor_label),
            "aid type": cm["aid_type"],
            "instrument": cm["instrument"],
            "stage": cm["stage"],
            "date from": cm["date_source"],
            "sentence": cm["sentence"],
            "source": [
                source_url(a, s, filters)
                for a, s in zip(cm["article_id"], cm["char_start"], strict=True)
            ],
        }
    )


def people_table(frames: Frames) -> pd.DataFrame:
    """Officials with their roles and country, and how often each appears."""
    people = frames.people
    persons = frames.mentions[frames.mentions["entity_type"] == "person"]
    mentions = persons.groupby("entity").size()
    quotes = frames.quotes.groupby("speaker").size()
    articles = persons.groupby("entity")["article_id"].nunique()
    table = pd.DataFrame(
        {
            "official": people["name"],
            "roles": people["roles"].map("; ".join),
            "country": people["country"].map(lambda c: actor_label(c) if c else ""),
            "mentions": people["name"].map(mentions).fillna(0).astype(int),
            "articles": people["name"].map(articles).fillna(0).astype(int),
            "quotes": people["name"].map(quotes).fillna(0).astype(int),
        }
    )
    return table.sort_values(["mentions", "quotes"], ascending=False).reset_index(drop=True)


def country_table(frames: Frames) -> pd.DataFrame:
    """Countries and organisations: mentions, articles, and commitments as donor or recipient."""
    actors = frames.mentions[frames.mentions["entity_type"] != "person"]
    new = frames.commitments[~frames.commitments["is_total"].astype(bool)]
    codes = sorted(
        set(actors["entity"]) | set(new["donor"].dropna()) | set(new["recipient"].dropna())
    )
    mentions = actors.groupby("entity").size()
    articles = actors.groupby("entity")["article_id"].nunique()
    donor = new.groupby("donor").size()
    recipient = new.groupby("recipient").size()
    table = pd.DataFrame({"code": codes})
    table["name"] = table["code"].map(actor_label)
    for column, counts in (
        ("mentions", mentions),
        ("articles", articles),
        ("as donor", donor),
        ("as recipient", recipient),
    ):
        table[column] = table["code"].map(counts).fillna(0).astype(int)
    return table.sort_values("mentions", ascending=False).reset_index(drop=True)
