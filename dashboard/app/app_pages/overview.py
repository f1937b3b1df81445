"""Overview: the headline numbers of the filtered corpus and the main charts in small."""

import streamlit as st

from dashboard.app.views import date_span, overview_counts, pledge_commitments
from dashboard.app.widgets import show_chart
from dashboard.charts.common import format_money, format_money_full
from dashboard.charts.money import by_actor_figure, monthly_figure
from dashboard.charts.timeline import timeline_figure

frames = st.session_state["frames"]
filters = st.session_state["filters"]

st.title("Aid & Policy Timelines")
if not st.session_state["total_articles"]:
    st.info(
        "The corpus is empty. Add articles with the upload box in the sidebar, or start the "
        "app with `python -m dashboard app --data PATH` pointing at a folder of articles."
    )
    st.stop()
if frames.articles.empty and filters.active:
    st.warning("No article matches the filters. Remove some in the sidebar to see more.")

counts = overview_counts(frames)
start, end = date_span(frames)
st.caption(
    f"Facts dated {start:%d %b %Y} to {end:%d %b %Y}" if start is not None else "No dated facts"
)
cols = st.columns([1, 1, 1.5, 1, 1, 1])  # the amount needs room: "$861bn"
cols[0].metric("Articles", f"{counts['articles']:,}")
cols[1].metric(
    "Pledges",
    f"{counts['pledges']:,}",
    help=f"Distinct new pledges, each counted once however many articles report it "
    f"({counts['commitments']:,} mentions); running totals are counted apart"
    + (f"; {counts['conflicting']} with sources that disagree on the amount"
       if counts["conflicting"] else ""),
)  # fmt: skip
cols[2].metric(
    "Committed",
    format_money(counts["usd"], "USD"),
    help=f"{format_money_full(counts['usd'], 'USD')}: the sum of distinct new pledges; "
    f"{counts['running_totals']} running totals left out",
)
cols[3].metric("Quotes", f"{counts['quotes']:,}")
cols[4].metric("Officials", f"{counts['officials']:,}")
cols[5].metric("Countries", f"{counts['countries']:,}")

pledges = pledge_commitments(frames)
show_chart(timeline_figure(frames.events, "country", max_lanes=8), "overview-timeline")
left, right = st.columns(2)
with left:
    show_chart(monthly_figure(pledges, "USD"), "overview-money")
with right:
    donors = by_actor_figure(pledges, "donor", "USD", top=8)
    donors.update_layout(showlegend=False)  # same aid-type colours as the chart beside it
    show_chart(donors, "overview-donors")
