"""The 18+ timeline rules: due, at risk, overdue, extended to 21/23, leap days, no birth date.

Every rule takes "today" as an argument: the clock is injected, never read.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.transition18 import (
    Milestones,
    TimelinePhase,
    Transition18Policy,
    milestones,
    on_timeline,
    policy_errors,
    status_after_edit,
    stuck_themes,
    timeline_position,
    timeline_window,
)
from casedesk.domain.vocabulary import Plan18Status, Theme18, ThemeStatus

BORN = date(2010, 5, 15)  # plan due 2026-11-15, at risk from 2027-11-15, 18 on 2028-05-15
LEAP_BORN = date(2008, 2, 29)  # turns 18 on 1 March 2026: 2026 has no 29 February
DEFAULT = Transition18Policy()
S = Plan18Status
P = TimelinePhase


def phase(
    today: date,
    status: Plan18Status = S.IN_UITVOERING,
    *,
    born: date | None = BORN,
    extended: bool = False,
    policy: Transition18Policy = DEFAULT,
) -> TimelinePhase:
    return timeline_position(born, today, status, extended=extended, policy=policy).phase


def day_before(d: date) -> date:
    return d - timedelta(days=1)


def test_milestones_of_the_default_policy() -> None:
    assert milestones(BORN, DEFAULT) == Milestones(
        plan_start=date(2026, 11, 15),
        agreed_by=date(2027, 11, 15),
        eighteen=date(2028, 5, 15),
        horizon=date(2031, 5, 15),
    )


def test_the_plan_is_due_from_the_start_age_to_the_day() -> None:
    assert phase(date(2026, 11, 14), S.NIET_GESTART) is P.TOO_EARLY
    assert phase(date(2026, 11, 15), S.NIET_GESTART) is P.DUE


@pytest.mark.parametrize("status", [S.NIET_GESTART, S.IN_UITVOERING])
def test_a_plan_not_agreed_half_a_year_before_18_is_at_risk(status: Plan18Status) -> None:
    assert phase(date(2027, 11, 14), status) is P.DUE
    assert phase(date(2027, 11, 15), status) is P.AT_RISK
    assert phase(day_before(date(2028, 5, 15)), status) is P.AT_RISK


def test_an_agreed_plan_is_on_schedule_until_18() -> None:
    assert phase(date(2028, 5, 14), S.AFGESPROKEN) is P.DUE


@pytest.mark.parametrize("status", [S.NIET_GESTART, S.IN_UITVOERING, S.AFGESPROKEN])
def test_not_handed_over_at_18_without_extension_is_overdue(status: Plan18Status) -> None:
    assert phase(date(2028, 5, 15), status) is P.OVERDUE
    assert phase(date(2030, 1, 1), status) is P.OVERDUE


def test_a_handed_over_plan_is_done_at_any_age() -> None:
    for today in (date(2027, 1, 1), date(2028, 5, 15), date(2032, 1, 1)):
        assert phase(today, S.OVERGEDRAGEN) is P.DONE
        assert phase(today, S.OVERGEDRAGEN, extended=True) is P.DONE


def test_extended_youth_care_runs_to_the_gemeentes_horizon() -> None:
    assert phase(date(2028, 5, 15), extended=True) is P.EXTENDED
    # The handover must be ready before verlengde jeugdhulp ends as well.
    assert phase(date(2030, 11, 14), extended=True) is P.EXTENDED
    assert phase(date(2030, 11, 15), extended=True) is P.AT_RISK
    assert phase(date(2031, 5, 15), extended=True) is P.BEYOND


def test_a_horizon_of_23() -> None:
    policy = Transition18Policy(extended_until_age=23)
    assert phase(date(2031, 5, 15), extended=True, policy=policy) is P.EXTENDED
    assert phase(date(2032, 11, 15), extended=True, policy=policy) is P.AT_RISK
    assert phase(date(2033, 5, 15), extended=True, policy=policy) is P.BEYOND


def test_a_gemeente_starting_at_17() -> None:
    policy = Transition18Policy(start_age_months=17 * 12)
    assert phase(date(2027, 5, 14), S.NIET_GESTART, policy=policy) is P.TOO_EARLY
    assert phase(date(2027, 5, 15), S.NIET_GESTART, policy=policy) is P.DUE


def test_months_to_18_count_down_and_go_negative() -> None:
    def months(today: date) -> int | None:
        return timeline_position(BORN, today, S.IN_UITVOERING).months_to_18

    assert months(date(2026, 11, 15)) == 18
    assert months(date(2028, 4, 15)) == 1
    assert months(date(2028, 5, 14)) == 1  # not yet a full month less
    assert months(date(2028, 5, 15)) == 0
    assert months(date(2028, 7, 15)) == -2


class TestLeapDayBirthday:
    def test_turns_18_on_the_first_of_march_in_a_common_year(self) -> None:
        m = milestones(LEAP_BORN, DEFAULT)
        assert m.eighteen == date(2026, 3, 1)
        assert m.plan_start == date(2024, 8, 29)
        assert m.agreed_by == date(2025, 9, 1)
        assert m.horizon == date(2029, 3, 1)

    def test_still_17_on_28_february(self) -> None:
        assert phase(date(2026, 2, 28), born=LEAP_BORN) is P.AT_RISK
        assert phase(date(2026, 3, 1), born=LEAP_BORN) is P.OVERDUE
        assert phase(date(2026, 3, 1), born=LEAP_BORN, extended=True) is P.EXTENDED

    def test_a_leap_year_horizon_keeps_29_february(self) -> None:
        born = date(2004, 2, 29)
        policy = Transition18Policy(extended_until_age=20)  # 2024 is a leap year
        assert milestones(born, policy).horizon == date(2024, 2, 29)
        assert phase(date(2024, 2, 28), extended=True, born=born, policy=policy) is P.AT_RISK
        assert phase(date(2024, 2, 29), extended=True, born=born, policy=policy) is P.BEYOND


class TestMissingBirthDate:
    def test_cannot_be_placed_but_is_shown(self) -> None:
        position = timeline_position(None, date(2026, 11, 2), S.IN_UITVOERING)
        assert position.phase is P.UNKNOWN
        assert position.months_to_18 is None and position.turns_18_on is None
        assert on_timeline(None, date(2026, 11, 2), DEFAULT, extended=False, handed_over=True)

    def test_stays_unknown_whatever_the_status(self) -> None:
        assert phase(date(2026, 11, 2), S.OVERGEDRAGEN, born=None) is P.UNKNOWN


class TestWhoIsOnTheTimeline:
    def test_from_16_on(self) -> None:
        assert not on_timeline(BORN, date(2026, 5, 14), DEFAULT, extended=False, handed_over=False)
        assert on_timeline(BORN, date(2026, 5, 15), DEFAULT, extended=False, handed_over=False)

    def test_half_a_year_before_an_earlier_start(self) -> None:
        policy = Transition18Policy(start_age_months=15 * 12 + 6)
        start, _ = timeline_window(BORN, policy, extended=False, handed_over=False)
        assert start == date(2025, 5, 15)

    def test_not_handed_over_stays_until_23(self) -> None:
        _, end = timeline_window(BORN, DEFAULT, extended=False, handed_over=False)
        assert end == date(2033, 5, 15)

    def test_handed_over_leaves_at_18_or_at_the_horizon(self) -> None:
        assert timeline_window(BORN, DEFAULT, extended=False, handed_over=True)[1] == date(
            2028, 5, 15
        )
        assert timeline_window(BORN, DEFAULT, extended=True, handed_over=True)[1] == date(
            2031, 5, 15
        )

    def test_waakvlam_keeps_a_handed_over_young_person_in_view_through_its_last_day(self) -> None:
        until = date(2028, 11, 30)
        assert on_timeline(
            BORN, until, DEFAULT, extended=False, handed_over=True, waakvlam_until=until
        )
        assert not on_timeline(
            BORN,
            until + timedelta(days=1),
            DEFAULT,
            extended=False,
            handed_over=True,
            waakvlam_until=until,
        )


class TestPolicy:
    def test_the_default_is_valid(self) -> None:
        assert policy_errors(DEFAULT.start_age_months, DEFAULT.extended_until_age) == []

    @pytest.mark.parametrize(
        ("start", "horizon", "fields"),
        [
            (14 * 12, 21, ["start_age_months"]),
            (18 * 12, 21, ["start_age_months"]),
            (198, 24, ["extended_until_age"]),
            (198, 18, ["extended_until_age"]),
            (0, 99, ["start_age_months", "extended_until_age"]),
        ],
    )
    def test_out_of_range(self, start: int, horizon: int, fields: list[str]) -> None:
        assert [e.field for e in policy_errors(start, horizon)] == fields

    def test_the_edges_are_allowed(self) -> None:
        assert policy_errors(15 * 12, 19) == []
        assert policy_errors(17 * 12 + 6, 23) == []


def test_writing_in_a_plan_starts_it() -> None:
    assert status_after_edit(S.NIET_GESTART) is S.IN_UITVOERING
    for status in (S.IN_UITVOERING, S.AFGESPROKEN, S.OVERGEDRAGEN):
        assert status_after_edit(status) is status


def test_stuck_themes_in_the_networks_order() -> None:
    statuses = {
        Theme18.ZORG_WELZIJN: ThemeStatus.VASTGELOPEN,
        Theme18.WONEN: ThemeStatus.VASTGELOPEN,
        Theme18.INKOMEN: ThemeStatus.LOOPT,
    }
    assert stuck_themes(statuses) == (Theme18.WONEN, Theme18.ZORG_WELZIJN)
    assert stuck_themes({}) == ()


@given(
    born=st.dates(min_value=date(1996, 1, 1), max_value=date(2012, 12, 31)),
    extended=st.booleans(),
)
def test_the_18th_birthday_is_the_hard_line_for_every_birth_date(
    born: date, extended: bool
) -> None:
    eighteen = milestones(born, DEFAULT).eighteen
    before = phase(day_before(eighteen), S.IN_UITVOERING, born=born, extended=extended)
    on = phase(eighteen, S.IN_UITVOERING, born=born, extended=extended)
    assert before is P.AT_RISK
    assert on is (P.EXTENDED if extended else P.OVERDUE)
