"""Overlegtafel rules: admission (every refusal reason), the basis for sharing, the status
flow, capacity and planning, the agenda order, the outcome, anonymised summaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from casedesk.domain.consent import ConsentGiver, ConsentRecord
from casedesk.domain.tables import (
    Action,
    Agenda,
    Cadence,
    Capacity,
    Refusal,
    Submission,
    TableDefinition,
    admission_issues,
    agenda_times,
    check_plannable,
    check_transition,
    consent_issue,
    outcome_errors,
    scrub_names,
    session_dates,
    sharing_issue,
)
from casedesk.domain.vocabulary import AanmeldingStatus as S
from casedesk.domain.vocabulary import LegalGround, Role
from casedesk.errors import RuleViolation

OPH = TableDefinition(
    code="OPH",
    name="Overleg Passende Hulp",
    purpose="Advies bij dreigende uithuisplaatsing",
    submitters=("casusregisseur", "GI"),
    min_age=0,
    max_age=18,
    required_documents=("verklarende analyse", "perspectiefplan"),
    slots=6,
    minutes_per_slot=30,
    start_time=time(9, 0),
    weekday=1,
)
GOOD = Submission(
    submitter_roles=frozenset({"casusregisseur"}),
    child_age=14,
    documents=frozenset({"verklarende analyse", "perspectiefplan"}),
    sharing_allowed=True,
    question="Welke hulp past zonder uithuisplaatsing?",
)
DAY = date(2026, 11, 2)


# --- admission -------------------------------------------------------------------------------


def refusals(sub: Submission, table: TableDefinition = OPH) -> list[tuple[Refusal, str]]:
    return [(i.refusal, i.detail) for i in admission_issues(table, sub)]


def test_a_complete_submission_is_admitted() -> None:
    assert refusals(GOOD) == []


def test_a_submitter_whose_roles_the_table_does_not_list_is_refused() -> None:
    sub = replace(GOOD, submitter_roles=frozenset({"teamleider", "Sociaal wijkteam"}))
    assert refusals(sub) == [(Refusal.ROLE_NOT_ALLOWED, "casusregisseur, GI")]


def test_the_organisation_counts_as_a_submitter_role() -> None:
    assert refusals(replace(GOOD, submitter_roles=frozenset({"GI"}))) == []


def test_a_table_without_submitters_admits_anyone() -> None:
    open_table = replace(OPH, submitters=())
    assert refusals(replace(GOOD, submitter_roles=frozenset()), open_table) == []


def test_a_child_below_the_range_is_refused() -> None:
    rtiv = replace(OPH, min_age=0, max_age=7, required_documents=())
    kbw = replace(OPH, min_age=16, max_age=None, required_documents=())
    assert refusals(replace(GOOD, child_age=15), kbw) == [(Refusal.AGE_BELOW_RANGE, "16")]
    assert refusals(replace(GOOD, child_age=8), rtiv) == [(Refusal.AGE_ABOVE_RANGE, "7")]


def test_the_age_bounds_themselves_are_inside_the_range() -> None:
    assert refusals(replace(GOOD, child_age=0)) == []
    assert refusals(replace(GOOD, child_age=18)) == []
    assert refusals(replace(GOOD, child_age=19)) == [(Refusal.AGE_ABOVE_RANGE, "18")]


def test_an_unknown_age_is_refused_only_by_tables_with_an_age_range() -> None:
    assert refusals(replace(GOOD, child_age=None)) == [(Refusal.AGE_UNKNOWN, "")]
    no_range = replace(OPH, min_age=None, max_age=None)
    assert refusals(replace(GOOD, child_age=None), no_range) == []


def test_each_missing_required_document_is_named() -> None:
    sub = replace(GOOD, documents=frozenset({"perspectiefplan", "brief huisarts"}))
    assert refusals(sub) == [(Refusal.DOCUMENT_MISSING, "verklarende analyse")]
    none = replace(GOOD, documents=frozenset())
    assert refusals(none) == [
        (Refusal.DOCUMENT_MISSING, "verklarende analyse"),
        (Refusal.DOCUMENT_MISSING, "perspectiefplan"),
    ]


def test_no_consent_or_ground_is_refused() -> None:
    assert refusals(replace(GOOD, sharing_allowed=False)) == [(Refusal.NO_CONSENT_OR_GROUND, "")]


def test_a_blank_question_is_refused() -> None:
    assert refusals(replace(GOOD, question="  \n")) == [(Refusal.NO_QUESTION, "")]


def test_every_reason_is_reported_at_once() -> None:
    bad = Submission(frozenset({"teamleider"}), 30, frozenset(), False, "")
    assert {r for r, _ in refusals(bad)} == set(Refusal) - {
        Refusal.AGE_BELOW_RANGE,
        Refusal.AGE_UNKNOWN,
    }


# --- the basis for sharing -------------------------------------------------------------------


def consent(**changes: object) -> ConsentRecord:
    base = ConsentRecord(
        purpose="bespreken in OPH",
        recipient="OPH",
        given_by=ConsentGiver.JEUGDIGE_EN_OUDERS,
        given_on=date(2026, 10, 1),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_consent_for_this_table_from_the_right_people_holds() -> None:
    assert consent_issue(consent(), "OPH", DAY, 14) is None
    assert sharing_issue(consent(), None, "", recipient="OPH", day=DAY, age=14) is None


@pytest.mark.parametrize(
    ("changes", "age", "code"),
    [
        ({"recipient": "huisarts"}, 14, "consent-other-recipient"),
        ({"given_on": date(2026, 11, 3)}, 14, "consent-not-yet-given"),
        ({"withdrawn_on": date(2026, 11, 2)}, 14, "consent-withdrawn"),
        ({"expires_on": date(2026, 11, 1)}, 14, "consent-expired"),
        ({}, 9, "consent-wrong-giver"),  # under 12: the parents decide
        ({}, 16, "consent-wrong-giver"),  # from 16: the young person alone
    ],
)
def test_each_reason_a_consent_does_not_hold(
    changes: dict[str, object], age: int, code: str
) -> None:
    assert consent_issue(consent(**changes), "OPH", DAY, age) == code
    issue = sharing_issue(consent(**changes), None, "", recipient="OPH", day=DAY, age=age)
    assert issue is not None and (issue.field, issue.code) == ("toestemming", code)


def test_consent_holds_on_its_last_day() -> None:
    assert consent_issue(consent(expires_on=DAY), "OPH", DAY, 14) is None


def test_a_legal_ground_needs_a_reason_and_then_replaces_consent() -> None:
    ground = LegalGround.VEILIGHEID
    issue = sharing_issue(None, ground, " ", recipient="OPH", day=DAY, age=14)
    assert issue is not None and (issue.field, issue.code) == (
        "grondslag_reden",
        "ground-without-reason",
    )
    reason = "Acute zorgen over de veiligheid"
    assert sharing_issue(None, ground, reason, recipient="OPH", day=DAY, age=14) is None


def test_neither_consent_nor_ground_is_refused() -> None:
    issue = sharing_issue(None, None, "", recipient="OPH", day=DAY, age=14)
    assert issue is not None and (issue.field, issue.code) == (
        "toestemming",
        "no_consent_or_ground",
    )


# --- status flow -----------------------------------------------------------------------------

SECRETARY = {Role.TAFELSECRETARIS}
REGISSEUR = {Role.CASUSREGISSEUR}

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


@pytest.mark.parametrize("old", list(S))
@pytest.mark.parametrize("new", list(S))
def test_only_the_listed_transitions_are_allowed(old: S, new: S) -> None:
    if (old, new) in ALLOWED:
        check_transition(old, new, SECRETARY | REGISSEUR)
    else:
        with pytest.raises(RuleViolation) as refused:
            check_transition(old, new, SECRETARY | REGISSEUR)
        assert refused.value.code == "bad-transition"


@pytest.mark.parametrize(("old", "new"), sorted(ALLOWED))
def test_past_ingediend_only_the_secretary_moves_an_aanmelding(old: S, new: S) -> None:
    if new in (S.INGEDIEND, S.CONCEPT):
        check_transition(old, new, REGISSEUR)
        return
    with pytest.raises(RuleViolation) as refused:
        check_transition(old, new, REGISSEUR)
    assert refused.value.code == "not-secretary"


def test_nothing_follows_afgerond() -> None:
    for new in S:
        with pytest.raises(RuleViolation):
            check_transition(S.AFGEROND, new, SECRETARY)


# --- capacity and planning -------------------------------------------------------------------

NOW = datetime(2026, 11, 2, 10, 30)


def test_capacity_counts_free_slots() -> None:
    assert (Capacity(6, 4).free, Capacity(6, 4).full) == (2, False)
    assert (Capacity(6, 6).free, Capacity(6, 6).full) == (0, True)
    assert Capacity(6, 7).free == 0  # over-booked by hand: never negative


def test_a_zitting_with_a_free_slot_in_the_future_can_be_planned() -> None:
    check_plannable(Capacity(6, 5), datetime(2026, 11, 3, 9, 0), NOW)


def test_a_full_zitting_is_refused() -> None:
    with pytest.raises(RuleViolation) as refused:
        check_plannable(Capacity(6, 6), datetime(2026, 11, 3, 9, 0), NOW)
    assert refused.value.code == "zitting-full"


def test_a_zitting_that_has_started_is_refused() -> None:
    with pytest.raises(RuleViolation) as refused:
        check_plannable(Capacity(6, 0), datetime(2026, 11, 2, 9, 0), NOW)
    assert refused.value.code == "zitting-past"


def test_agenda_times_follow_the_minutes_per_slot() -> None:
    times = agenda_times(datetime(2026, 11, 3, 9, 0), 30, 3)
    assert times == [
        (time(9, 0), time(9, 30)),
        (time(9, 30), time(10, 0)),
        (time(10, 0), time(10, 30)),
    ]


def test_moving_an_agenda_item_keeps_every_item_once() -> None:
    agenda = Agenda(["a", "b", "c", "d"])
    assert agenda.shift("c", -1) == 1
    assert agenda.items == ["a", "c", "b", "d"]
    assert agenda.shift("a", -1) == 0  # already first: stays
    assert agenda.shift("d", 5) == 3
    agenda.move("d", 0)
    assert agenda.items == ["d", "a", "c", "b"]


def test_weekly_sessions_fall_on_the_tables_weekday() -> None:
    days = list(session_dates(OPH, date(2026, 11, 2), date(2026, 11, 30)))
    assert [d.day for d in days] == [3, 10, 17, 24]
    assert all(d.weekday() == 1 and d.time() == time(9, 0) for d in days)


def test_two_weekly_and_monthly_sessions() -> None:
    every_two = replace(OPH, cadence=Cadence.TWEEWEKELIJKS, weekday=3)
    assert [d.day for d in session_dates(every_two, date(2026, 11, 2), date(2026, 11, 30))] == [
        5,
        19,
    ]
    monthly = replace(OPH, cadence=Cadence.MAANDELIJKS, weekday=1)
    firsts = [d.date() for d in session_dates(monthly, date(2026, 11, 2), date(2027, 1, 31))]
    assert firsts == [date(2026, 11, 3), date(2026, 12, 1), date(2027, 1, 5)]
    on_call = replace(OPH, cadence=Cadence.OP_AFROEP)
    assert list(session_dates(on_call, date(2026, 11, 2), date(2027, 11, 2))) == []


# --- outcome ---------------------------------------------------------------------------------


def test_a_draft_outcome_may_lack_advice_but_not_complete_afspraken() -> None:
    assert outcome_errors("", "", [], closing=False) == []
    errors = outcome_errors("", "", [Action("", "Belt school", None)], closing=False)
    assert [(e.field, e.code) for e in errors] == [
        ("afspraken.0.wie", "required"),
        ("afspraken.0.wanneer", "required"),
    ]


def test_closing_needs_advice_and_the_familys_conclusion() -> None:
    errors = outcome_errors(" ", "", [], closing=True)
    assert [e.field for e in errors] == ["advies", "conclusie_gezin"]
    action = Action("Casusregisseur", "Vraagt behandeling aan", date(2026, 11, 20))
    assert outcome_errors("Start behandeling", "Er komt hulp thuis.", [action], closing=True) == []


# --- anonymised summaries --------------------------------------------------------------------


def test_names_are_scrubbed_as_whole_words_in_any_case() -> None:
    text = "Sophie en haar moeder van den Berg; SOPHIE's broer Sem. Bergen blijft."
    scrubbed = scrub_names(text, ["Sophie", "van den Berg", "Berg", "Sem", "", "x"])
    assert scrubbed == "[naam] en haar moeder [naam]; [naam]'s broer [naam]. Bergen blijft."


def test_scrubbing_without_names_changes_nothing() -> None:
    assert scrub_names("Niets te doen.", []) == "Niets te doen."
