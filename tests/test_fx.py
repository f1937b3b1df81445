"""US-dollar values at ECB reference rates: nearest earlier business day, no invented rates."""

import datetime as dt

import pytest

from dashboard.extract.fx import to_usd, usd_rate

RATES = [
    pytest.param("GBP", dt.date(2024, 12, 20), 1.2523, dt.date(2024, 12, 20), id="friday"),
    pytest.param("GBP", dt.date(2024, 12, 22), 1.2523, dt.date(2024, 12, 20), id="sunday-friday"),
    pytest.param("EUR", dt.date(2024, 12, 25), 1.0395, dt.date(2024, 12, 24), id="christmas"),
    pytest.param("EUR", dt.date(1999, 1, 4), 1.1789, dt.date(1999, 1, 4), id="first-day"),
    pytest.param("USD", dt.date(2024, 12, 22), 1.0, dt.date(2024, 12, 22), id="usd-any-day"),
]


@pytest.mark.parametrize(("currency", "date", "rate", "rate_date"), RATES)
def test_rate_of_the_nearest_earlier_business_day(currency, date, rate, rate_date):
    found_rate, found_date = usd_rate(currency, date)
    assert found_rate == pytest.approx(rate, abs=1e-4)
    assert found_date == rate_date


NO_RATE = [
    pytest.param("UAH", dt.date(2024, 1, 2), id="hryvnia-not-in-ecb-data"),
    pytest.param("XDR", dt.date(2024, 1, 2), id="sdr-not-in-ecb-data"),
    pytest.param("RUB", dt.date(2023, 1, 2), id="rouble-after-march-2022"),
    pytest.param("GBP", dt.date(1998, 6, 1), id="before-the-data"),
    pytest.param("GBP", dt.date(2026, 11, 25), id="after-the-data"),
    pytest.param("EUR", dt.date(1999, 1, 3), id="no-earlier-business-day"),
    pytest.param("GBP", None, id="no-date"),
]


@pytest.mark.parametrize(("currency", "date"), NO_RATE)
def test_no_rate_no_value(currency, date):
    assert usd_rate(currency, date) is None
    assert to_usd(100.0, currency, date) is None


def test_amount_in_usd_records_rate_and_day():
    value = to_usd(225e6, "GBP", dt.date(2024, 12, 21))
    assert value.amount_usd == pytest.approx(225e6 * 1.2523, rel=1e-4)
    assert value.fx_date == dt.date(2024, 12, 20)
    assert value.amount_usd == pytest.approx(225e6 * value.fx_rate)
