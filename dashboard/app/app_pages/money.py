"""Money: committed amounts over time, by donor, recipient, aid type and instrument."""

import streamlit as st

from dashboard.app.views import commitment_table
from dashboard.app.widgets import show_chart
from dashboard.charts.currency import DISPLAY_CURRENCIES
from dashboard.charts.money import (
    aid_type_figure,
    by_actor_figure,
    monthly_figure,
    treemap_figure,
)

frames = st.session_state["frames"]
filters = st.session_state["filters"]

st.title("Money")
commitments = frames.commitments
if commitments.empty:
    st.info(
        "No commitments to show. Clear some filters in the sidebar, or add articles that "
        "report amounts of aid (upload box in the sidebar)."
    )
    st.stop()

left, right = st.columns([1, 3])
currency = (
    left.segmented_control("Currency", DISPLAY_CURRENCIES, default="USD", key="money_currency")
    or "USD"
)
cumulative = right.toggle("Cumulative", key="money_cumulative")
st.caption(
    "Converted at the rate of each commitment's date (European Central Bank reference rates). "
    "Running totals (“£12.8bn since 2022”) restate earlier money: they are listed apart and "
    "never added to the charts."
)

show_chart(monthly_figure(commitments, currency, cumulative), "money-over-time")
show_chart(by_actor_figure(commitments, "donor", currency), "money-by-donor")
show_chart(by_actor_figure(commitments, "recipient", currency), "money-by-recipient")
left, right = st.columns(2)
with left:
    show_chart(aid_type_figure(commitments, currency), "money-by-aid-type")
with right:
    show_chart(treemap_figure(commitments, currency), "money-treemap")

table = commitment_table(frames, currency, filters)
links = {
    "source": st.column_config.LinkColumn("source", display_text="open ↗"),
    "sentence": st.column_config.TextColumn(width="large"),
    "date": st.column_config.DateColumn(format="YYYY-MM-DD"),
    "rate date": st.column_config.DateColumn(format="YYYY-MM-DD"),
    "USD per unit": st.column_config.NumberColumn(format="%.4f"),
}
totals = table[table["running total"] == "yes"]
st.subheader("Every commitment")
st.dataframe(table[table["running total"] != "yes"].drop(columns=["running total"]),
             hide_index=True, width="stretch", column_config=links)  # fmt: skip
st.subheader("Running totals")
if totals.empty:
    st.caption("No running totals among the filtered commitments.")
else:
    st.caption("Cumulative figures as reported; not added to any chart or sum above.")
    st.dataframe(totals.drop(columns=["running total"]), hide_index=True, width="stretch",
                 column_config=links)  # fmt: skip
