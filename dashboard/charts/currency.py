"""Amounts shown in the currency the reader picks, converted at the commitment date's rate.

Extraction converts every amount to USD (``amount_usd`` at ``fx_rate`` of ``fx_date``, see
``dashboard.extract.fx``). EUR and GBP are derived from that USD value with the same rate
source on the same day. An amount already written in the chosen currency is shown as written,
never converted there and back.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pandas as pd

from dashboard.extract.fx import usd_rate

DISPLAY_CURRENCIES = ("USD", "EUR", "GBP")


@lru_cache(maxsize=4096)
def _usd_per_unit(currency: str, day: dt.date | None) -> float:
    found = usd_rate(currency, day)
    return found[0] if found else float("nan")


def display_amounts(commitments: pd.DataFrame, currency: str) -> pd.Series:
    """Each commitment's value in ``currency`` (NaN when no value or no rate is known)."""
    if currency not in DISPLAY_CURRENCIES:
        raise ValueError(f"cannot display {currency!r}; choose one of {DISPLAY_CURRENCIES}")
    if commitments.empty:
        return pd.Series(dtype=float, index=commitments.index)
    usd = commitments["amount_usd"].astype(float)
    if currency == "USD":
        converted = usd
    else:
        days = commitments["fx_date"].fillna(commitments["date"])
        per_unit = [_usd_per_unit(currency, None if pd.isna(d) else d.date()) for d in days]
        converted = usd / per_unit
    as_written = commitments["currency"] == currency
    return converted.where(~as_written, commitments["amount"].astype(float))
