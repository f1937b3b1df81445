"""People and countries: officials with their roles, and how often each person and country
appears; each row links to the other pages filtered to it."""

from dataclasses import replace

import streamlit as st

from dashboard.app.links import page_url
from dashboard.app.views import country_table, people_table

LINKED_PAGES = ("timeline", "money", "quotes", "sources")

frames = st.session_state["frames"]
filters = st.session_state["filters"]

st.title("People and countries")
if frames.mentions.empty and frames.people.empty:
    st.info(
        "Nobody and no country is mentioned in the filtered articles. Clear some filters in "
        "the sidebar, or add articles (upload box in the sidebar)."
    )
    st.stop()


def show_with_links(table, filter_name: str, column: str) -> None:
    """The table with, per row, links to the other pages filtered to that row's entity."""
    config = {}
    for page in LINKED_PAGES:
        table[page] = [
            page_url(page, replace(filters, **{filter_name: (v,)})) for v in table[column]
        ]
        config[page] = st.column_config.LinkColumn(page, display_text=f"{page} ↗")
    st.dataframe(table, hide_index=True, width="stretch", column_config=config)


st.subheader("Officials")
people = people_table(frames)
if people.empty:
    st.caption("No officials in the filtered articles.")
else:
    show_with_links(people, "officials", "official")

st.subheader("Countries and organisations")
countries = country_table(frames)
if countries.empty:
    st.caption("No countries in the filtered articles.")
else:
    show_with_links(countries, "countries", "code")
