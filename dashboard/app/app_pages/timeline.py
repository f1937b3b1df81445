"""Timeline: every dated event; select marks on the chart to narrow the table below."""

import streamlit as st

from dashboard.app.views import event_table
from dashboard.app.widgets import show_chart
from dashboard.charts.timeline import GROUPINGS, timeline_figure

frames = st.session_state["frames"]
filters = st.session_state["filters"]

st.title("Timeline")
events = frames.events
if events.empty:
    st.info(
        "No events to show. Clear some filters in the sidebar, or add articles that mention "
        "dates (upload box in the sidebar)."
    )
    st.stop()

by = st.segmented_control(
    "Rows", list(GROUPINGS), format_func=GROUPINGS.get, default="country", key="timeline_by"
)
undated = int(events["date_start"].isna().sum())
if undated:
    st.caption(f"{undated} events have no date that could be resolved: they are in the table only.")
selection = show_chart(timeline_figure(events, by or "country"), "timeline", selectable=True)

chosen = {p["customdata"][0] for p in selection.selection.points if p.get("customdata")}
table = event_table(frames, filters)
if chosen:
    table = table[table["event_id"].isin(chosen)]
    st.caption(f"{len(table)} selected events (double-click the chart to clear the selection)")
st.dataframe(
    table.drop(columns=["event_id"]),
    hide_index=True,
    width="stretch",
    column_config={
        "source": st.column_config.LinkColumn("source", display_text="open ↗"),
        "sentence": st.column_config.TextColumn(width="large"),
    },
)
