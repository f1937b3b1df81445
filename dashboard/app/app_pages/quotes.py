"""Quotes: every quotation, searchable, with who said it and how the speaker was found.

The same quotation reported by several articles (same speaker, same words or one text inside
the other) is one card listing every source.
"""

import html

import pandas as pd
import streamlit as st

from dashboard.app.filters import to_query
from dashboard.app.views import quote_groups
from dashboard.app.widgets import md_text
from dashboard.charts.common import actor_label

PER_PAGE = 20
QUOTE_STYLE = "font-size:1.1em;margin:0;color:inherit"
METHOD_NOTES = {
    "pronoun": "speaker found through a pronoun (he or she), not by name",
    "role": "speaker found through a role (such as “the Prime Minister”), not by name",
    "carried": "speaker carried over from the previous quote",
    "none": "speaker unknown",
}

frames = st.session_state["frames"]
filters = st.session_state["filters"]

st.title("Quotes")
quotes = frames.quotes
if quotes.empty:
    st.info(
        "No quotes to show. Clear some filters in the sidebar, or add articles with quotations "
        "(upload box in the sidebar)."
    )
    st.stop()

search, speaker_col, country_col = st.columns([2, 1, 1])
text = search.text_input("Search the quotes", key="quotes_search", placeholder="e.g. lights")
speakers = speaker_col.multiselect(
    "Speaker", sorted(quotes["speaker"].dropna().unique()), key="quotes_speaker"
)
countries = country_col.multiselect(
    "Speaker's country",
    sorted(quotes["speaker_country"].dropna().unique()),
    format_func=actor_label,
    key="quotes_country",
)
dated = quotes["date"].dropna()
if len(dated):
    first, last = dated.min().date(), dated.max().date()
    if first < last:
        span = st.slider("Said between", first, last, (first, last), key="quotes_dates",
                         format="YYYY-MM-DD")  # fmt: skip
        quotes = quotes[quotes["date"].isna() | quotes["date"].dt.date.between(*span)]
if text:
    quotes = quotes[quotes["text"].str.contains(text, case=False, regex=False)]
if speakers:
    quotes = quotes[quotes["speaker"].isin(speakers)]
if countries:
    quotes = quotes[quotes["speaker_country"].isin(countries)]

groups = quote_groups(quotes)
quotes = quotes.assign(
    quote_group=groups,
    named_speaker=quotes["speaker_method"] == "named",
    text_length=quotes["text"].str.len(),
)
# A card per quotation: the longest text, first reported; every source listed under it.
cards = quotes.sort_values(["text_length", "date"], ascending=[False, True], na_position="last")
cards = cards.drop_duplicates("quote_group").sort_values(
    "date", ascending=False, na_position="last"
)
st.caption(
    f"{len(cards)} quotation{'s' if len(cards) != 1 else ''} ({len(quotes)} of "
    f"{len(frames.quotes)} quotes; the same quotation reported by several articles is shown "
    "once, with its sources)"
)
if cards.empty:
    st.info("No quote matches the search. Try fewer words or clear the speaker filters.")
    st.stop()

pages = (len(cards) - 1) // PER_PAGE + 1
page = (
    st.columns([1, 4])[0].number_input("Page", 1, pages, 1, key="quotes_page") if pages > 1 else 1
)
articles = frames.articles.set_index("article_id")
members = quotes.sort_values(["date", "article_id"], na_position="last").groupby("quote_group")
for q in cards.iloc[(page - 1) * PER_PAGE : page * PER_PAGE].itertuples():
    sources = members.get_group(q.quote_group)
    with st.container(border=True):
        st.markdown(
            f'<blockquote style="{QUOTE_STYLE}">“{html.escape(q.text)}”</blockquote>',
            unsafe_allow_html=True,
        )
        who = md_text(q.speaker) if isinstance(q.speaker, str) else "Unknown speaker"
        details = [
            f"<b>{who}</b>",
            *(md_text(v) for v in (q.speaker_role,) if isinstance(v, str)),
            *(actor_label(v) for v in (q.speaker_country,) if isinstance(v, str)),
            *(md_text(v) for v in (q.cue,) if isinstance(v, str)),
            *(f"in {md_text(v)}" for v in (q.venue,) if isinstance(v, str)),
            "undated" if pd.isna(q.date) else f"{q.date:%d %b %Y}",
        ]
        if len(sources) > 1:
            details.append(f"reported by {len(sources)} sources")
        st.markdown(" · ".join(details), unsafe_allow_html=True)
        if not sources["named_speaker"].any():
            method = sources["speaker_method"].iloc[0]
            st.markdown(f":orange-badge[:material/help: {METHOD_NOTES[method]}]")
        for source in sources.itertuples():
            left, right = st.columns([3, 1])
            title = articles["title"].get(source.article_id, source.article_id)
            outlet = articles["outlet"].get(source.article_id)
            differs = "" if source.text == q.text else f" (as “{md_text(source.text)}”)"
            left.caption(
                f"From: {md_text(title)}"
                + (f" ({md_text(outlet)})" if isinstance(outlet, str) else "")
                + differs
            )
            with right:
                st.page_link(
                    "app_pages/sources.py",
                    label="Show in the article",
                    icon=":material/open_in_new:",
                    query_params={**to_query(filters), "article": source.article_id,
                                  "start": str(source.char_start)},
                )  # fmt: skip
