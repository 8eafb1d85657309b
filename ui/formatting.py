"""Dates, ages and amounts in Dutch form."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency

LOCALE = "nl_NL"


def short_date(value: date | None) -> str:
    """12-03-2026: what Dutch forms use."""
    return value.strftime("%d-%m-%Y") if value else ""


def long_date(value: date | None) -> str:
    """12 maart 2026."""
    return format_date(value, "d MMMM y", locale=LOCALE) if value else ""


def date_time(value: datetime | None) -> str:
    return format_datetime(value, "d MMM y HH:mm", locale=LOCALE) if value else ""


def euro(cents: int | None) -> str:
    return format_currency(cents / 100, "EUR", locale=LOCALE) if cents is not None else ""
