"""Calendar arithmetic: month steps clamp to the month's end, leap-day birthdays fall on
1 March in other years, and ages in years and months agree with each other."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.dates import add_months, age_months_on, age_on, birthday


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 11, 15), 2, date(2027, 1, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2010, 8, 31), 198, date(2027, 2, 28)),  # the default 16.5-year start
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_a_leap_day_birthday_is_on_29_february_in_leap_years() -> None:
    assert birthday(date(2008, 2, 29), 16) == date(2024, 2, 29)


def test_a_leap_day_birthday_is_on_1_march_in_other_years() -> None:
    assert birthday(date(2008, 2, 29), 18) == date(2026, 3, 1)
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


def test_age_changes_on_the_birthday_itself() -> None:
    born = date(2010, 11, 2)
    assert age_on(born, date(2028, 11, 1)) == 17
    assert age_on(born, date(2028, 11, 2)) == 18
    assert age_on(born, born) == 0


def test_age_in_months_counts_whole_months() -> None:
    born = date(2010, 5, 20)
    assert age_months_on(born, date(2010, 6, 19)) == 0
    assert age_months_on(born, date(2010, 6, 20)) == 1
    assert age_months_on(born, date(2026, 11, 19)) == 197
    assert age_months_on(born, date(2026, 11, 20)) == 198


def test_age_in_months_after_a_31st_uses_the_clamped_day() -> None:
    born = date(2010, 1, 31)
    assert age_months_on(born, date(2010, 2, 27)) == 0
    assert age_months_on(born, date(2010, 2, 28)) == 1
    assert age_months_on(born, date(2010, 3, 30)) == 1
    assert age_months_on(born, date(2010, 3, 31)) == 2


def test_a_leap_day_child_is_not_a_month_older_than_a_year_older() -> None:
    """Whole years in months follow the birthday: 216 months on the 18th birthday, 1 March."""
    born = date(2008, 2, 29)
    assert age_months_on(born, date(2026, 2, 28)) == 215
    assert age_months_on(born, date(2026, 3, 1)) == 216
    assert age_months_on(born, date(2025, 3, 28)) == 204
    assert age_months_on(born, date(2025, 3, 29)) == 205


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2150, 12, 31))


@given(days, st.integers(-1200, 1200))
def test_add_months_lands_in_the_right_month_never_after_the_day(day: date, months: int) -> None:
    result = add_months(day, months)
    assert result.year * 12 + result.month == day.year * 12 + day.month + months
    assert result.day <= day.day
    assert result.day == day.day or (result + timedelta(days=1)).month != result.month


@given(days, st.integers(0, 600), st.integers(0, 600))
def test_add_months_is_monotonic(day: date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert add_months(day, low) <= add_months(day, high)


@given(days, st.integers(-600, 600))
def test_add_months_round_trips_from_a_day_that_exists_in_every_month(
    day: date, months: int
) -> None:
    start = day.replace(day=min(day.day, 28))
    assert add_months(add_months(start, months), -months) == start


@given(days, days)
def test_age_on_is_the_number_of_birthdays_passed(born: date, day: date) -> None:
    age = age_on(born, day)
    if day >= born:
        assert birthday(born, age) <= day < birthday(born, age + 1)


@given(days, days)
def test_age_in_months_agrees_with_age_in_years(born: date, day: date) -> None:
    if day >= born:
        assert age_months_on(born, day) // 12 == age_on(born, day)


@given(days, st.integers(0, 30_000))
def test_ages_never_go_down_as_days_pass(born: date, offset: int) -> None:
    day = born + timedelta(days=offset)
    later = day + timedelta(days=1)
    if later.year <= 9999:
        assert age_on(born, day) <= age_on(born, later) <= age_on(born, day) + 1
        assert age_months_on(born, day) <= age_months_on(born, later)
