"""Sources: an article's text with every extracted fact highlighted in place.

Links from the other pages open it at ``?article=<id>&start=<offset>``, scrolled to the fact.
"""

from urllib.parse import quote

import pandas as pd
import streamlit as st

from dashboard.app.corpus import combine, store_article
from dashboard.app.highlight import TARGET_ID, article_facts, highlight_html, legend_html
from dashboard.app.widgets import md_text
from dashboard.corpus import CorpusResult

# Characters kept as they are in a linked url; others (brackets, spaces) are %-encoded, so the
# url stays one markdown link target.
URL_SAFE = ":/?#@!$&'*+,;=%~"
# Scrolls the highlighted fact into view once the text is drawn (our script, not the article's).
SCROLL = f"""<script>
(function scroll(tries) {{
  const el = window.parent.document.getElementById("{TARGET_ID}")
    || document.getElementById("{TARGET_ID}");
  if (el) {{ el.scrollIntoView({{block: "center"}}); }}
  else if (tries > 0) {{ setTimeout(() => scroll(tries - 1), 200); }}
}})(15);
</script>"""

corpus_frames = st.session_state["corpus"].frames
frames = st.session_state["frames"]
store = st.session_state["store"]

st.title("Sources")
if not st.session_state["total_articles"]:
    st.info("No articles yet. Add some with the upload box in the sidebar.")
    st.stop()

requested = st.query_params.get("article")
if store and requested and requested not in set(corpus_frames.articles["article_id"]):
    # Read from a store, the corpus holds the filtered articles only: fetch the linked one.
    corpus_frames = combine(
        [CorpusResult(corpus_frames, [], 0), CorpusResult(store_article(store, requested), [], 0)]
    ).frames
try:
    target = int(st.query_params.get("start", ""))
except ValueError:
    target = None
options = list(frames.articles.sort_values("published", ascending=False)["article_id"])
known = set(corpus_frames.articles["article_id"])
if requested in known and requested not in options:
    options.insert(0, requested)
if requested and requested not in known:
    st.warning(f"No article with id {md_text(requested)} in this corpus; showing another one.")
if not options:
    st.info("No article matches the filters. Remove some in the sidebar.")
    st.stop()

articles = corpus_frames.articles.set_index("article_id")
choice = st.selectbox(
    "Article",
    options,
    index=options.index(requested) if requested in options else 0,
    format_func=lambda a: f"{articles.at[a, 'title']} ({articles.at[a, 'outlet'] or 'no outlet'})",
)
if choice != requested:
    st.query_params["article"] = choice
    if "start" in st.query_params:
        del st.query_params["start"]
    target = None

article = articles.loc[choice]
published = article["published"]
meta = [
    md_text(article["outlet"]) if isinstance(article["outlet"], str) else "Outlet unknown",
    "date unknown" if pd.isna(published) else f"published {published:%d %B %Y}",
    f"date from {article['published_source']}",
]
st.caption(" · ".join(meta))
if isinstance(article["url"], str) and article["url"].startswith(("http://", "https://")):
    st.markdown(f"[Original article ↗]({quote(article['url'], safe=URL_SAFE)})")

facts = article_facts(corpus_frames, choice)
at_target = [f for f in facts if f.start == target]
if at_target:
    st.info("Linked fact: " + "; ".join(f"{f.kind}: {md_text(f.label)}" for f in at_target))
elif target is not None:
    st.warning("No extracted fact starts at the linked position; showing the whole article.")

st.html(legend_html())
with st.container(height=560, border=True):
    body = highlight_html(article["text"], facts, target if at_target else None)
    st.html(f'<div style="white-space:pre-wrap;line-height:1.7;font-size:1.02em">{body}</div>')
if at_target:
    st.html(SCROLL, unsafe_allow_javascript=True)
st.caption(f"{len(facts)} highlighted facts. Hover a highlight to see what was extracted.")
