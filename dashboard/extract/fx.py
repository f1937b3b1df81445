"""US-dollar values of amounts, at the ECB reference rate of the day.

Rates are the European Central Bank euro foreign exchange reference rates bundled with the
``currencyconverter`` package (offline; data 1999-01-04 .. 2026-10-30, 42 currencies, no UAH,
no XDR/SDR, RUB only until 2022-03-01). The converter is built without interpolation: a day
without a published rate (weekend, holiday) is skipped and the nearest earlier business day
within a week is used and recorded as ``fx_date``. A currency or date the data does not cover
gives no value rather than an invented rate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from currency_converter import CurrencyConverter, RateNotFoundError

# How many days to walk back from the commitment date to find a published rate.
MAX_DAYS_BACK = 7


@dataclass(frozen=True, slots=True)
class UsdValue:
    amount_usd: float
    fx_rate: float  # US dollars per unit of the currency
    fx_date: dt.date  # the day whose rate was used


@lru_cache(maxsize=1)
def converter() -> CurrencyConverter:
    """The bundled ECB rates, loaded once (about half a second)."""
    return CurrencyConverter(
        fallback_on_missing_rate=False, fallback_on_wrong_date=False, decimal=False
    )


@lru_cache(maxsize=4096)
def usd_rate(currency: str, date: dt.date | None) -> tuple[float, dt.date] | None:
    """US dollars per unit of ``currency`` on ``date`` or the nearest earlier business day."""
    if date is None:
        return None
    if currency == "USD":
        return 1.0, date
    conv = converter()
    if currency not in conv.currencies:
        return None
    for back in range(MAX_DAYS_BACK + 1):
        day = date - dt.timedelta(days=back)
        try:
            return conv.convert(1.0, currency, "USD", date=day), day
        except RateNotFoundError:
            continue
    return None


def to_usd(amount: float, currency: str, date: dt.date | None) -> UsdValue | None:
    """``amount`` of ``currency`` in US dollars, or None when no rate covers it."""
    found = usd_rate(currency, date)
    if found is None:
        return None
    rate, day = found
    return UsdValue(amount * rate, rate, day)
