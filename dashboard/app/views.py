"""Tables the pages show, built from frames (no streamlit here, so they can be tested)."""

from __future__ import annotations

import pandas as pd

from dashboard.frames import Frames


def article_table(frames: Frames) -> pd.DataFrame:
    """One row per article: title, outlet, date and how many facts were extracted from it."""
    table = frames.articles[["article_id", "title", "outlet", "published"]].copy()
    for name in ("events", "commitments", "quotes"):
        counts = getattr(frames, name).groupby("article_id").size()
        table[name] = table["article_id"].map(counts).fillna(0).astype(int)
    return table.sort_values("published", ascending=False, na_position="last")
