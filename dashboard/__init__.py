"""Aid & Policy Timelines: news about aid and policy turned into dated, sourced facts.

The package reads as a pipeline: ``ingest`` (files to articles) -> ``extract`` (articles to
records) -> ``frames`` (records to validated pandas frames) -> ``charts`` (frames to Plotly
figures) -> ``app`` (the Streamlit pages that wire widgets to them).
"""

__version__ = "0.1.0"
