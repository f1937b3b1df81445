"""Articles: every article of the corpus with its facts counted, and its text readable."""

import streamlit as st

from dashboard.app.views import article_table

corpus = st.session_state["corpus"]
frames = corpus.frames

st.title("Articles")
st.caption(f"{len(frames.articles)} articles in the corpus")
if corpus.rejections:
    with st.expander(f"{len(corpus.rejections)} inputs could not be read"):
        for rejection in corpus.rejections:
            st.text(str(rejection))

table = article_table(frames)
if table.empty:
    st.info("No articles yet. Start the app with `--data PATH` pointing at a folder of articles.")
    st.stop()
st.dataframe(table.drop(columns=["article_id"]), hide_index=True, width="stretch")

choice = st.selectbox(
    "Read an article",
    table["article_id"],
    format_func=dict(zip(table["article_id"], table["title"], strict=True)).get,
)
article = frames.articles.set_index("article_id").loc[choice]
st.subheader(article["title"])
st.text(article["text"][len(article["title"]) + 2 :])
