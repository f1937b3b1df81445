"""Money: committed amounts over time, by donor, recipient, aid type and instrument.

Counted in distinct pledges by default (the same loan reported by six outlets is one pledge,
``frames.pledges``); the switch shows every mention instead.
"""

import streamlit as st

from dashboard.app.views import (
    INFERRED_NOTE,
    commitment_table,
    pledge_commitments,
    pledge_sources,
    pledge_table,
)
from dashboard.app.widgets import show_chart
from dashboard.charts.common import actor_label, format_money
from dashboard.charts.currency import DISPLAY_CURRENCIES
from dashboard.charts.money import (
    aid_type_figure,
    by_actor_figure,
    monthly_figure,
    treemap_figure,
)

COUNTS = {"pledges": "Pledges", "mentions": "Mentions"}

frames = st.session_state["frames"]
filters = st.session_state["filters"]

st.title("Money")
if frames.commitments.empty:
    st.info(
        "No commitments to show. Clear some filters in the sidebar, or add articles that "
        "report amounts of aid (upload box in the sidebar)."
    )
    st.stop()

left, middle, right = st.columns([1, 1, 2])
currency = (
    left.segmented_control("Currency", DISPLAY_CURRENCIES, default="USD", key="money_currency")
    or "USD"
)
count = (
    middle.segmented_control(
        "Count",
        list(COUNTS),
        format_func=COUNTS.get,
        default="pledges",
        key="money_count",
        help="Pledges: each distinct pledge once, however many articles report it. "
        "Mentions: every amount as reported, so a pledge reported six times counts six times.",
    )
    or "pledges"
)
cumulative = right.toggle("Cumulative", key="money_cumulative")
pledges = frames.pledges
new_pledges = pledges[~pledges["is_total"]]
mentions = frames.commitments[~frames.commitments["is_total"].astype(bool)]
st.caption(
    f"{len(new_pledges):,} distinct pledges reported in {len(mentions):,} mentions. "
    "Converted at the rate of each commitment's date (European Central Bank reference rates). "
    "Running totals (“£12.8bn since 2022”) restate earlier money: they are listed apart and "
    "never added to the charts."
)
commitments = pledge_commitments(frames) if count == "pledges" else frames.commitments

show_chart(monthly_figure(commitments, currency, cumulative), "money-over-time")
show_chart(by_actor_figure(commitments, "donor", currency), "money-by-donor")
show_chart(by_actor_figure(commitments, "recipient", currency), "money-by-recipient")
left, right = st.columns(2)
with left:
    show_chart(aid_type_figure(commitments, currency), "money-by-aid-type")
with right:
    show_chart(treemap_figure(commitments, currency), "money-treemap")

columns = {
    "source": st.column_config.LinkColumn("source", display_text="open ↗"),
    "sentence": st.column_config.TextColumn(width="large"),
    "date": st.column_config.DateColumn(format="YYYY-MM-DD"),
    "first reported": st.column_config.DateColumn(format="YYYY-MM-DD"),
    "rate date": st.column_config.DateColumn(format="YYYY-MM-DD"),
    "USD per unit": st.column_config.NumberColumn(format="%.4f"),
    "sources disagree": st.column_config.TextColumn(
        help="The sources give different amounts for this pledge: every amount is listed"
    ),
    "pledge_id": None,
}


def show_table(table, empty: str) -> None:
    if table.empty:
        st.caption(empty)
    else:
        st.dataframe(table.drop(columns=["running total"]), hide_index=True, width="stretch",
                     column_config=columns)  # fmt: skip


if count == "pledges":
    table = pledge_table(frames, currency)
    new, totals = table[~table["running total"]], table[table["running total"]]
    st.subheader("Every pledge")
    conflicts = int(new_pledges["conflicting"].sum())
    st.caption(
        "One row per distinct pledge, however many articles report it. "
        + (
            f"**⚠ {conflicts} pledge{'s' if conflicts != 1 else ''} with sources that disagree "
            "on the amount**: every amount reported is listed, and the first one is counted. "
            if conflicts
            else ""
        )
        + INFERRED_NOTE
        + "."
    )
    show_table(new, "No new pledges among the filtered commitments.")
    st.subheader("Sources of a pledge")
    # Pledges whose sources disagree first, then the most reported.
    order = pledges.sort_values(["conflicting", "source_count"], ascending=False)
    options = list(order["pledge_id"])
    described = pledges.set_index("pledge_id")

    def describe(pledge_id: str) -> str:
        p = described.loc[pledge_id]
        flag = "⚠ " if p["conflicting"] else ""
        return (
            f"{flag}{format_money(p['amount'], p['currency'])}: {actor_label(p['donor'])} → "
            f"{actor_label(p['recipient'])}, {p['source_count']} source"
            f"{'s' if p['source_count'] != 1 else ''}"
            + (" (running total)" if p["is_total"] else "")
        )

    chosen = st.selectbox("Pledge", options, format_func=describe, key="money_pledge")
    if chosen in described.index:
        if described.at[chosen, "conflicting"]:
            st.warning(
                "The sources disagree on this pledge's amount: "
                + " / ".join(described.at[chosen, "amounts_seen"])
            )
        st.dataframe(pledge_sources(frames, chosen, filters), hide_index=True, width="stretch",
                     column_config=columns)  # fmt: skip
    st.subheader("Running totals")
    st.caption("Cumulative figures as reported; not added to any chart or sum above.")
    show_table(totals, "No running totals among the filtered commitments.")
else:
    table = commitment_table(frames, currency, filters)
    st.subheader("Every commitment")
    st.caption("Every amount as reported: one pledge reported by several articles appears "
               f"once per article. {INFERRED_NOTE}.")  # fmt: skip
    show_table(table[table["running total"] != "yes"], "No new commitments.")
    st.subheader("Running totals")
    st.caption("Cumulative figures as reported; not added to any chart or sum above.")
    show_table(table[table["running total"] == "yes"], "No running totals among the filtered "
               "commitments.")  # fmt: skip
