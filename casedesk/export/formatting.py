"""Dutch forms of dates, times, amounts and yes/no for documents (babel, nl_NL)."""

from __future__ import annotations

from datetime import date, datetime, time

from babel.dates import format_date, format_time
from babel.numbers import format_currency

LOCALE = "nl_NL"
NONE = "—"


def datum(day: date | None) -> str:
    """"2 november 2026"."""
    return format_date(day, "d MMMM y", locale=LOCALE) if day else NONE


def datum_kort(day: date | None) -> str:
    """"02-11-2026", for table cells."""
    return format_date(day, "dd-MM-y", locale=LOCALE) if day else NONE


def dag_datum(day: date) -> str:
    """"maandag 2 november 2026"."""
    return str(format_date(day, "EEEE d MMMM y", locale=LOCALE))


def tijd(moment: time | datetime) -> str:
    return str(format_time(moment, "HH:mm", locale=LOCALE))


def datum_tijd(moment: datetime) -> str:
    return f"{datum_kort(moment.date())} {tijd(moment)}"


def bedrag(cent: int | None) -> str:
    """"€ 1.234,50"."""
    if cent is None:
        return NONE
    return str(format_currency(cent / 100, "EUR", locale=LOCALE))


def ja_nee(value: bool) -> str:
    return "ja" if value else "nee"


def opsomming(items: list[str]) -> str:
    """"a, b en c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]
