"""Tables and counts the pages show, built from frames (no streamlit: they can be tested)."""

from __future__ import annotations

import re

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
    """Headline numbers. Money is counted in distinct pledges (the same loan reported by six
    outlets counts once), and running totals are left out (they restate earlier money)."""
    new = frames.commitments[~frames.commitments["is_total"].astype(bool)]
    pledges = frames.pledges[~frames.pledges["is_total"]]
    countries = frames.mentions.loc[frames.mentions["entity_type"] == "country", "entity"]
    return {
        "articles": len(frames.articles),
        "events": len(frames.events),
        "pledges": len(pledges),
        "commitments": len(new),
        "conflicting": int(pledges["conflicting"].sum()),
        "running_totals": int(frames.pledges["is_total"].sum()),
        "usd": float(pledges["amount_usd"].sum()),
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


INFERRED_MARK = "†"
INFERRED_NOTE = (
    f"{INFERRED_MARK} party taken from elsewhere in the article, not from the sentence that "
    "states the amount"
)


def party(codes: pd.Series, methods: pd.Series) -> pd.Series:
    """Actor names, marked when the party was not found in the amount's own sentence."""
    inferred = codes.notna() & (methods != "sentence")
    return codes.map(actor_label) + inferred.map({True: f" {INFERRED_MARK}", False: ""})


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
            "donor": party(cm["donor"], cm["donor_method"]),
            "recipient": party(cm["recipient"], cm["recipient_method"]),
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


def pledge_commitments(frames: Frames) -> pd.DataFrame:
    """One commitment-shaped row per pledge (its first report, with the pledge's donor,
    recipient, aid type, instrument and stage), for the money charts; indexed by pledge_id."""
    pledges = frames.pledges.set_index("pledge_id")
    if pledges.empty:
        return frames.commitments.iloc[0:0]
    pledge_of = {c: p for p, ids in pledges["commitment_ids"].items() for c in ids}
    cm = frames.commitments.assign(pledge_id=frames.commitments["commitment_id"].map(pledge_of))
    first = (
        cm.sort_values(["date", "char_start"]).drop_duplicates("pledge_id").set_index("pledge_id")
    )
    fields = ["donor", "recipient", "aid_type", "instrument", "stage", "amount", "currency"]
    first[fields] = pledges.loc[first.index, fields]
    first["amount_usd"] = pledges.loc[first.index, "amount_usd"].astype(float)
    return first


def _pledge_party(frames: Frames, pledges: pd.DataFrame, role: str) -> pd.Series:
    """The pledge's donor (or recipient), marked when no source found it in its sentence."""
    cm = frames.commitments
    in_sentence = set(
        zip(cm["commitment_id"], cm[role].where(cm[f"{role}_method"] == "sentence"), strict=True)
    )
    marked = [
        isinstance(code, str) and not any((c, code) in in_sentence for c in ids)
        for code, ids in zip(pledges[role], pledges["commitment_ids"], strict=True)
    ]
    labels = pledges[role].map(actor_label)
    return labels.where(~pd.Series(marked, index=pledges.index), labels + f" {INFERRED_MARK}")


def pledge_table(frames: Frames, currency: str) -> pd.DataFrame:
    """One row per distinct pledge: its amount, value, how many sources reported it, and the
    amounts they disagree on (``conflicting``)."""
    pledges = frames.pledges.sort_values("first_reported", na_position="last")
    value = display_amounts(pledge_commitments(frames).loc[pledges["pledge_id"]], currency)
    value.index = pledges.index
    return pd.DataFrame(
        {
            "first reported": pledges["first_reported"],
            "amount": [format_money(a, c) for a, c in
                       zip(pledges["amount"], pledges["currency"], strict=True)],
            f"value ({currency})": value.map(lambda v: format_money(v, currency)),
            "sources": pledges["source_count"],
            "sources disagree": [
                "⚠ " + " / ".join(seen) if bad else ""
                for bad, seen in zip(pledges["conflicting"], pledges["amounts_seen"], strict=True)
            ],
            "donor": _pledge_party(frames, pledges, "donor"),
            "recipient": _pledge_party(frames, pledges, "recipient"),
            "aid type": pledges["aid_type"],
            "instrument": pledges["instrument"],
            "stage": pledges["stage"],
            "outlets": pledges["outlets"].map(", ".join),
            "running total": pledges["is_total"],
            "pledge_id": pledges["pledge_id"],
        }
    )  # fmt: skip


def pledge_sources(frames: Frames, pledge_id: str, filters: Filters) -> pd.DataFrame:
    """Every report of one pledge: article, outlet, the amount as written, and a link to the
    sentence highlighted on the Sources page."""
    ids = frames.pledges.set_index("pledge_id").at[pledge_id, "commitment_ids"]
    cm = frames.commitments[frames.commitments["commitment_id"].isin(ids)]
    cm = cm.sort_values(["date", "char_start"], na_position="last")
    articles = frames.articles.set_index("article_id")
    return pd.DataFrame(
        {
            "date": cm["date"],
            "amount as written": cm["amount_text"],
            "article": cm["article_id"].map(articles["title"]),
            "outlet": cm["article_id"].map(articles["outlet"]),
            "donor": party(cm["donor"], cm["donor_method"]),
            "recipient": party(cm["recipient"], cm["recipient_method"]),
            "sentence": cm["sentence"],
            "source": [
                source_url(a, s, filters)
                for a, s in zip(cm["article_id"], cm["char_start"], strict=True)
            ],
        }
    )


# Quotes shorter than this (in normalised characters) join another only when equal to it.
_MIN_CONTAINED = 20


def _normal(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def quote_groups(quotes: pd.DataFrame) -> pd.Series:
    """A group number per quote: the same speaker and the same words (case and punctuation
    aside), or one text inside the other, is one quotation reported by several sources."""
    group = pd.Series(-1, index=quotes.index, dtype=int)
    normal = quotes["text"].map(_normal)
    order = normal.str.len().sort_values(ascending=False, kind="stable").index
    leaders: dict[str, list[tuple[str, int]]] = {}
    exact: dict[tuple[str, str], int] = {}
    speakers = quotes["speaker"].fillna("")
    groups = 0
    for i in order:
        speaker, text = speakers[i], normal[i]
        found = exact.get((speaker, text))
        if found is None and len(text) >= _MIN_CONTAINED:
            found = next((g for lead, g in leaders.get(speaker, ()) if text in lead), None)
        if found is None:
            found, groups = groups, groups + 1
            leaders.setdefault(speaker, []).append((text, found))
        exact.setdefault((speaker, text), found)
        group[i] = found
    return group


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
