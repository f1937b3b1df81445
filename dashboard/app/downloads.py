"""Files to download: the filtered frames (CSV, Excel, Parquet) and charts (HTML, PNG, SVG).

CSV and Excel cells that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) get a leading single quote (OWASP "CSV injection");
Parquet keeps the raw values, since no spreadsheet evaluates it.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go

from dashboard.frames import Frames

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_CHARS = 32_767  # longest string an Excel cell holds
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def neutralise(value):
    """A string a spreadsheet would evaluate, made inert with a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_table(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with list columns joined by ``; `` and every text cell neutralised."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = (
                out[col]
                .map(lambda v: "; ".join(map(str, v)) if isinstance(v, list | tuple) else v)
                .map(neutralise)
                .astype(object)
            )
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    return spreadsheet_table(df).to_csv(index=False).encode("utf-8-sig")


def excel_bytes(frames: Frames) -> bytes:
    """One sheet per frame; no string is ever written as a formula or a link."""
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": options}) as xl:
        for name, df in frames.items():
            table = spreadsheet_table(df)
            for col in table.select_dtypes(include="object").columns:
                table[col] = table[col].map(
                    lambda v: v[:EXCEL_MAX_CHARS] if isinstance(v, str) else v
                )
            table.to_excel(xl, sheet_name=name, index=False)
    return buffer.getvalue()


def parquet_bytes(df: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    df.to_parquet(buffer, index=False)
    return buffer.getvalue()


def parquet_zip(frames: Frames) -> bytes:
    """Every frame as ``<name>.parquet`` in one zip file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, df in frames.items():
            zf.writestr(f"{name}.parquet", parquet_bytes(df))
    return buffer.getvalue()


def chart_html(fig: go.Figure, name: str = "chart") -> bytes:
    """A standalone interactive page: plotly.js embedded, works offline (no CDN). Its toolbar
    camera saves an SVG (the app's own toolbar saves a PNG), so both need no server."""
    config = {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "svg", "filename": name},
    }
    return fig.to_html(include_plotlyjs=True, full_html=True, config=config).encode("utf-8")


@lru_cache(maxsize=1)
def chromium_path() -> str | None:
    """The browser kaleido renders images with, or None when there is none."""
    found = next((p for p in CHROMIUM_PATHS if shutil.which(p)), None)
    return found or shutil.which("chromium") or shutil.which("google-chrome")


def chart_image(fig: go.Figure, fmt: str = "png") -> bytes:
    """The chart rendered by kaleido on the server (needs a Chromium; see ``chromium_path``)."""
    return fig.to_image(format=fmt, width=1200, height=max(500, fig.layout.height or 500), scale=2)
