"""Calendar arithmetic the rules share: ages, birthdays, month steps."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def birthday(born: date, age: int) -> date:
    """The day someone born on ``born`` turns ``age``.

    Someone born on 29 February turns a year older on 1 March in a non-leap year: only then has
    the full year passed (our reading; the Dutch civil code is silent and practice varies).
    """
    year = born.year + age
    if born.month == 2 and born.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return born.replace(year=year)


def age_on(born: date, day: date) -> int:
    """Age in whole years on ``day``."""
    age = day.year - born.year
    return age if day >= birthday(born, age) else age - 1


def age_months_on(born: date, day: date) -> int:
    """Age in whole months on ``day`` (used for the 16.5-year start of the 18+ plan).

    Whole years follow ``birthday``, so ``age_months_on // 12 == age_on`` also for someone born
    on 29 February (216 months on 1 March, not on 28 February, of a non-leap 18th year).
    """
    months = (day.year - born.year) * 12 + day.month - born.month
    return months if day >= _month_anniversary(born, months) else months - 1


def _month_anniversary(born: date, months: int) -> date:
    return birthday(born, months // 12) if months % 12 == 0 else add_months(born, months)
