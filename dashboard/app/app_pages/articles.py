"""Articles: every article of the (filtered) corpus with its facts counted."""

import streamlit as st

from dashboard.app.links import page_url
from dashboard.app.views import article_table

corpus = st.session_state["corpus"]
frames = st.session_state["frames"]
filters = st.session_state["filters"]

st.title("Articles")
st.caption(f"{len(frames.articles):,} of {st.session_state['total_articles']:,} articles")
if corpus.rejections:
    with st.expander(f"{len(corpus.rejections)} inputs could not be read"):
        for rejection in corpus.rejections:
            st.text(str(rejection))

table = article_table(frames)
if table.empty:
    st.info(
        "No articles to list. Clear the filters in the sidebar, add articles with the upload "
        "box, or start the app with `--data PATH` pointing at a folder of articles."
    )
    st.stop()
table["text"] = [page_url("sources", filters, article=a) for a in table["article_id"]]
st.dataframe(
    table.drop(columns=["article_id"]),
    hide_index=True,
    width="stretch",
    column_config={
        "text": st.column_config.LinkColumn("text", display_text="read ↗"),
        "published": st.column_config.DateColumn(format="YYYY-MM-DD"),
    },
)
