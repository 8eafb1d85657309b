"""Overlegtafel rules of the core: every admission refusal, the status flow (all allowed moves,
the refused ones, the secretary's), the session calendar of each cadence, capacity, agenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from casedesk.domain.tables import (
    SECRETARY_STATUSES,
    AdmissionIssue,
    Agenda,
    Cadence,
    Capacity,
    Refusal,
    Submission,
    TableDefinition,
    admission_issues,
    check_transition,
    session_dates,
    slot_times,
)
from casedesk.domain.vocabulary import AanmeldingStatus, Role
from casedesk.errors import RuleViolation

S = AanmeldingStatus
JBT = TableDefinition(
    code="JBT",
    name="Jeugdbeschermingstafel",
    purpose="Beslissen over een verzoek tot onderzoek door de Raad",
    submitters=("veilig_thuis", "lokale_toegang", "gi"),
    min_age=0,
    max_age=17,
    required_documents=("verklarende analyse", "perspectiefplan"),
    cadence=Cadence.WEKELIJKS,
    weekday=2,  # Wednesday
    start_time=time(13, 30),
)
OK = Submission(
    submitter_roles=frozenset({"casusregisseur", "lokale_toegang"}),
    child_age=14,
    documents=frozenset({"verklarende analyse", "perspectiefplan", "extra"}),
    sharing_allowed=True,
    question="Is een verzoek tot onderzoek nodig?",
)


# --- admission ---------------------------------------------------------------------------------


def test_a_complete_submission_is_admissible() -> None:
    assert admission_issues(JBT, OK) == []


@pytest.mark.parametrize(
    ("change", "issues"),
    [
        (
            {"submitter_roles": frozenset({"casusregisseur", "school"})},
            [AdmissionIssue(Refusal.ROLE_NOT_ALLOWED, "veilig_thuis, lokale_toegang, gi")],
        ),
        ({"child_age": 18}, [AdmissionIssue(Refusal.AGE_ABOVE_RANGE, "17")]),
        ({"child_age": None}, [AdmissionIssue(Refusal.AGE_UNKNOWN)]),
        (
            {"documents": frozenset({"perspectiefplan"})},
            [AdmissionIssue(Refusal.DOCUMENT_MISSING, "verklarende analyse")],
        ),
        ({"sharing_allowed": False}, [AdmissionIssue(Refusal.NO_CONSENT_OR_GROUND)]),
        ({"question": "  "}, [AdmissionIssue(Refusal.NO_QUESTION)]),
    ],
)
def test_each_refusal_names_its_reason(change: dict[str, object], issues: object) -> None:
    assert admission_issues(JBT, replace(OK, **change)) == issues


def test_a_child_below_the_minimum_age_is_refused() -> None:
    vroeghulp = replace(JBT, min_age=0, max_age=7)
    assert admission_issues(vroeghulp, replace(OK, child_age=7)) == []
    assert admission_issues(vroeghulp, replace(OK, child_age=8)) == [
        AdmissionIssue(Refusal.AGE_ABOVE_RANGE, "7")
    ]
    tws = replace(JBT, min_age=16, max_age=None)
    assert admission_issues(tws, replace(OK, child_age=16)) == []
    assert admission_issues(tws, replace(OK, child_age=15)) == [
        AdmissionIssue(Refusal.AGE_BELOW_RANGE, "16")
    ]
    assert admission_issues(tws, replace(OK, child_age=40)) == []


def test_every_refusal_reason_can_occur_and_all_are_reported_together() -> None:
    empty = Submission(frozenset(), None, frozenset(), sharing_allowed=False, question="")
    reasons = {issue.refusal for issue in admission_issues(JBT, empty)}
    assert reasons == set(Refusal) - {Refusal.AGE_BELOW_RANGE, Refusal.AGE_ABOVE_RANGE}
    young = replace(empty, child_age=3)
    assert Refusal.AGE_BELOW_RANGE in {
        i.refusal for i in admission_issues(replace(JBT, min_age=12), young)
    }


def test_a_table_without_rules_admits_any_question() -> None:
    open_table = TableDefinition(code="X", name="Casusoverleg", purpose="", submitters=())
    sub = Submission(frozenset(), None, frozenset(), sharing_allowed=True, question="Hulp?")
    assert admission_issues(open_table, sub) == []


# --- status flow ---------------------------------------------------------------------------

ALLOWED = {
    (S.CONCEPT, S.INGEDIEND),
    (S.INGEDIEND, S.ONTVANKELIJK),
    (S.INGEDIEND, S.NIET_ONTVANKELIJK),
    (S.NIET_ONTVANKELIJK, S.CONCEPT),
    (S.ONTVANKELIJK, S.INGEPLAND),
    (S.INGEPLAND, S.BESPROKEN),
    (S.INGEPLAND, S.ONTVANKELIJK),
    (S.BESPROKEN, S.AFGEROND),
}
SECRETARY = {Role.TAFELSECRETARIS}


@pytest.mark.parametrize(("old", "new"), sorted(ALLOWED))
def test_every_allowed_move_is_allowed_for_the_secretary(old: S, new: S) -> None:
    check_transition(old, new, SECRETARY)


@pytest.mark.parametrize(("old", "new"), sorted({(a, b) for a in S for b in S} - ALLOWED))
def test_every_other_move_is_refused_even_for_the_secretary(old: S, new: S) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(old, new, SECRETARY | {Role.ADMIN})
    assert caught.value.code == "bad-transition"


@pytest.mark.parametrize(
    ("old", "new"), sorted((a, b) for a, b in ALLOWED if b in SECRETARY_STATUSES)
)
def test_moves_past_ingediend_are_the_secretarys(old: S, new: S) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(old, new, {Role.CASUSREGISSEUR, Role.TEAMLEIDER, Role.ADMIN})
    assert caught.value.code == "not-secretary"


@pytest.mark.parametrize(
    ("old", "new"), [(S.CONCEPT, S.INGEDIEND), (S.NIET_ONTVANKELIJK, S.CONCEPT)]
)
def test_the_casusregisseur_submits_and_reworks_a_refused_aanmelding(old: S, new: S) -> None:
    check_transition(old, new, {Role.CASUSREGISSEUR})


def test_the_secretary_statuses_are_everything_after_ingediend() -> None:
    assert frozenset(S) - SECRETARY_STATUSES == {S.CONCEPT, S.INGEDIEND}


# --- the session calendar ----------------------------------------------------------------------


def _days(table: TableDefinition, start: date, until: date) -> list[date]:
    return [moment.date() for moment in session_dates(table, start, until)]


def test_weekly_sessions_on_the_weekday_from_the_start_at_the_start_time() -> None:
    moments = list(session_dates(JBT, date(2026, 11, 2), date(2026, 11, 25)))
    assert moments == [
        datetime(2026, 11, 4, 13, 30),
        datetime(2026, 11, 11, 13, 30),
        datetime(2026, 11, 18, 13, 30),
        datetime(2026, 11, 25, 13, 30),  # the last day counts
    ]


def test_a_start_on_the_weekday_itself_is_the_first_session() -> None:
    assert _days(JBT, date(2026, 11, 4), date(2026, 11, 10)) == [date(2026, 11, 4)]


def test_biweekly_sessions_skip_a_week() -> None:
    biweekly = replace(JBT, cadence=Cadence.TWEEWEKELIJKS, weekday=0)
    assert _days(biweekly, date(2026, 12, 20), date(2027, 1, 31)) == [
        date(2026, 12, 21),
        date(2027, 1, 4),
        date(2027, 1, 18),
    ]


def test_monthly_sessions_meet_on_the_first_weekday_of_each_month() -> None:
    monthly = replace(JBT, cadence=Cadence.MAANDELIJKS, weekday=1)  # every first Tuesday
    assert _days(monthly, date(2026, 11, 1), date(2027, 3, 31)) == [
        date(2026, 11, 3),
        date(2026, 12, 1),
        date(2027, 1, 5),
        date(2027, 2, 2),
        date(2027, 3, 2),
    ]


def test_monthly_sessions_starting_mid_month_begin_with_next_months_first() -> None:
    """From 15 November the first Tuesday still to come is 1 December, not 17 November."""
    monthly = replace(JBT, cadence=Cadence.MAANDELIJKS, weekday=1)
    assert _days(monthly, date(2026, 11, 15), date(2027, 1, 31)) == [
        date(2026, 12, 1),
        date(2027, 1, 5),
    ]


def test_on_call_tables_have_no_calendar() -> None:
    on_call = replace(JBT, cadence=Cadence.OP_AFROEP)
    assert _days(on_call, date(2026, 1, 1), date(2027, 12, 31)) == []


def test_an_empty_period_has_no_sessions() -> None:
    assert _days(JBT, date(2026, 11, 5), date(2026, 11, 10)) == []


# --- capacity and agenda -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slots", "planned", "free", "full"),
    [(6, 0, 6, False), (6, 5, 1, False), (6, 6, 0, True), (6, 8, 0, True), (0, 0, 0, True)],
)
def test_capacity(slots: int, planned: int, free: int, full: bool) -> None:
    capacity = Capacity(slots, planned)
    assert (capacity.free, capacity.full) == (free, full)


def test_slot_times_follow_the_minutes_per_slot() -> None:
    assert slot_times(datetime(2026, 11, 4, 13, 30), 45, 3) == [
        datetime(2026, 11, 4, 13, 30),
        datetime(2026, 11, 4, 14, 15),
        datetime(2026, 11, 4, 15, 0),
    ]


@pytest.mark.parametrize(
    ("item", "position", "order"),
    [
        ("c", 0, ["c", "a", "b", "d"]),
        ("a", 3, ["b", "c", "d", "a"]),
        ("a", 99, ["b", "c", "d", "a"]),  # past the end: last
        ("d", -5, ["d", "a", "b", "c"]),  # before the start: first
        ("b", 1, ["a", "b", "c", "d"]),  # where it is: nothing changes
    ],
)
def test_moving_an_agenda_item(item: str, position: int, order: list[str]) -> None:
    agenda = Agenda(["a", "b", "c", "d"])
    agenda.move(item, position)
    assert agenda.items == order


def test_moving_an_item_that_is_not_on_the_agenda_is_an_error() -> None:
    agenda = Agenda(["a"])
    with pytest.raises(ValueError):
        agenda.move("z", 0)
    assert agenda.items == ["a"]
