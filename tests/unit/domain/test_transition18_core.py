"""The 18+ timeline on an injected day, walked through one young person's life from 16 to 23:
leap-day and unknown birth dates, the at-risk window, extension to 21 or 23, the handover."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casedesk.domain.dates import add_months
from casedesk.domain.transition18 import (
    AT_RISK_MONTHS,
    TimelinePhase,
    TimelinePosition,
    Transition18Policy,
    timeline_position,
    turns_18_within,
)
from casedesk.domain.vocabulary import Plan18Status

P, S = TimelinePhase, Plan18Status
BORN = date(2009, 8, 31)  # 16.5 on 28 Feb 2026 (clamped), 18 on 31 Aug 2027


def phase_on(
    day: date,
    status: Plan18Status = S.IN_UITVOERING,
    *,
    born: date | None = BORN,
    extended: bool = False,
    until: int = 21,
) -> TimelinePhase:
    policy = Transition18Policy(extended_until_age=until)
    return timeline_position(born, day, status, extended=extended, policy=policy).phase


def test_an_unknown_birth_date_is_shown_not_placed() -> None:
    for status in S:
        position = timeline_position(None, date(2026, 11, 2), status)
        assert position == TimelinePosition(P.UNKNOWN, None, None)
    assert not turns_18_within(None, date(2026, 11, 2), 12)


def test_the_start_age_is_reached_on_the_clamped_day() -> None:
    assert phase_on(date(2026, 2, 27)) is P.TOO_EARLY
    assert phase_on(date(2026, 2, 28)) is P.DUE  # 31 Aug + 198 months, clamped to February


def test_the_at_risk_window_opens_six_months_before_18() -> None:
    opens = add_months(date(2027, 8, 31), -AT_RISK_MONTHS)
    assert opens == date(2027, 2, 28)
    assert phase_on(opens - timedelta(days=1)) is P.DUE
    assert phase_on(opens) is P.AT_RISK
    assert phase_on(opens, S.NIET_GESTART) is P.AT_RISK
    assert phase_on(opens, S.AFGESPROKEN) is P.DUE  # agreed in time: on schedule


@pytest.mark.parametrize("status", [S.NIET_GESTART, S.IN_UITVOERING, S.AFGESPROKEN])
def test_the_18th_birthday_without_handover_or_extension_is_overdue(status: Plan18Status) -> None:
    assert phase_on(date(2027, 8, 30), status) is not P.OVERDUE
    assert phase_on(date(2027, 8, 31), status) is P.OVERDUE


@pytest.mark.parametrize("until", [21, 23])
def test_extended_youth_care_runs_to_the_horizon(until: int) -> None:
    horizon = date(2009 + until, 8, 31)
    closing = add_months(horizon, -AT_RISK_MONTHS)
    assert phase_on(date(2027, 8, 31), extended=True, until=until) is P.EXTENDED
    assert phase_on(closing - timedelta(days=1), extended=True, until=until) is P.EXTENDED
    assert phase_on(closing, extended=True, until=until) is P.AT_RISK
    assert phase_on(horizon - timedelta(days=1), extended=True, until=until) is P.AT_RISK
    assert phase_on(horizon, extended=True, until=until) is P.BEYOND


def test_extension_does_not_change_the_time_before_18() -> None:
    for day in (date(2026, 1, 1), date(2026, 6, 1), date(2027, 5, 1)):
        assert phase_on(day, extended=True) is phase_on(day)


@pytest.mark.parametrize(
    "day", [date(2025, 1, 1), date(2027, 3, 1), date(2027, 8, 31), date(2032, 1, 1)]
)
def test_a_handed_over_plan_is_done_whatever_the_day(day: date) -> None:
    assert phase_on(day, S.OVERGEDRAGEN) is P.DONE
    assert phase_on(day, S.OVERGEDRAGEN, extended=True) is P.DONE


def test_months_to_18_and_the_birthday_are_reported() -> None:
    position = timeline_position(BORN, date(2026, 11, 2), S.IN_UITVOERING)
    assert position.turns_18_on == date(2027, 8, 31)
    assert position.months_to_18 == 10  # 206 whole months old: 216 - 206
    after = timeline_position(BORN, date(2028, 1, 1), S.IN_UITVOERING, extended=True)
    assert after.months_to_18 == -4


LEAP = date(2008, 2, 29)  # turns 18 on 1 March 2026 (a non-leap year)


def test_a_leap_day_child_turns_18_on_1_march() -> None:
    position = timeline_position(LEAP, date(2026, 2, 28), S.AFGESPROKEN)
    assert position.turns_18_on == date(2026, 3, 1)
    assert position.phase is P.DUE
    assert position.months_to_18 == 1  # whole months: 215 of 216 reached
    assert phase_on(date(2026, 3, 1), S.AFGESPROKEN, born=LEAP) is P.OVERDUE
    assert phase_on(date(2026, 3, 1), S.AFGESPROKEN, born=LEAP, extended=True) is P.EXTENDED


def test_a_leap_day_child_in_a_leap_year_of_18() -> None:
    born = date(2012, 2, 29)
    assert timeline_position(born, date(2029, 1, 1), S.NIET_GESTART).turns_18_on == date(2030, 3, 1)
    # Horizon 21 is 1 March 2029; the closing half year opens on 1 September 2028.
    assert phase_on(date(2028, 8, 31), born=LEAP, extended=True) is P.EXTENDED
    assert phase_on(date(2028, 9, 1), born=LEAP, extended=True) is P.AT_RISK
    assert phase_on(date(2029, 2, 28), born=LEAP, extended=True) is P.AT_RISK
    assert phase_on(date(2029, 3, 1), born=LEAP, extended=True) is P.BEYOND


def test_the_leap_day_at_risk_window_opens_on_the_first() -> None:
    assert phase_on(date(2025, 8, 31), born=LEAP) is P.DUE
    assert phase_on(date(2025, 9, 1), born=LEAP) is P.AT_RISK


@pytest.mark.parametrize(
    ("day", "within"),
    [
        (date(2026, 8, 30), False),
        (date(2026, 8, 31), True),  # exactly a year before
        (date(2027, 8, 31), True),  # the birthday itself
        (date(2027, 9, 1), False),  # 18 already
    ],
)
def test_turning_18_within_a_year(day: date, within: bool) -> None:
    assert turns_18_within(BORN, day, 12) is within


def test_a_gemeente_may_start_earlier() -> None:
    early = Transition18Policy(start_age_months=16 * 12)
    assert timeline_position(BORN, date(2025, 8, 31), S.NIET_GESTART, policy=early).phase is P.DUE
    assert phase_on(date(2025, 8, 31), S.NIET_GESTART) is P.TOO_EARLY
