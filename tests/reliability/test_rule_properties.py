"""Property tests of rules the app leans on: table admission and the 18+ timeline."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.dates import add_months, birthday
from casedesk.domain.tables import Refusal, Submission, TableDefinition, admission_issues
from casedesk.domain.transition18 import (
    TimelinePhase,
    Transition18Policy,
    milestones,
    timeline_position,
)
from casedesk.domain.vocabulary import Plan18Status

words = st.text("abcdef", min_size=1, max_size=3)
tables = st.builds(
    lambda lo, span, subs, docs: TableDefinition(
        code="T", name="T", purpose="p", submitters=tuple(subs), required_documents=tuple(docs),
        min_age=lo, max_age=None if lo is None or span is None else lo + span),
    st.none() | st.integers(0, 23), st.none() | st.integers(0, 10),
    st.lists(words, max_size=3), st.lists(words, max_size=3))
submissions = st.builds(
    Submission, st.frozensets(words, max_size=4), st.none() | st.integers(0, 30),
    st.frozensets(words, max_size=4), st.booleans(), st.sampled_from(["", "  ", "Welke hulp?"]))


@given(tables, submissions)
def test_admission_names_exactly_the_rules_a_submission_breaks(
    table: TableDefinition, sub: Submission
) -> None:
    refusals = {i.refusal for i in admission_issues(table, sub)}
    assert (Refusal.NO_QUESTION in refusals) == (not sub.question.strip())
    assert (Refusal.NO_CONSENT_OR_GROUND in refusals) == (not sub.sharing_allowed)
    assert (Refusal.ROLE_NOT_ALLOWED in refusals) == bool(
        table.submitters and not sub.submitter_roles & set(table.submitters))
    missing = {i.detail for i in admission_issues(table, sub)
               if i.refusal is Refusal.DOCUMENT_MISSING}
    assert missing == set(table.required_documents) - sub.documents
    in_range = sub.child_age is not None and (
        (table.min_age is None or sub.child_age >= table.min_age)
        and (table.max_age is None or sub.child_age <= table.max_age))
    age_rule = table.min_age is not None or table.max_age is not None
    age_refused = refusals & {Refusal.AGE_BELOW_RANGE, Refusal.AGE_ABOVE_RANGE,
                              Refusal.AGE_UNKNOWN}
    assert bool(age_refused) == (age_rule and not in_range)


@given(tables, submissions, words)
def test_an_extra_document_or_role_never_makes_admission_worse(
    table: TableDefinition, sub: Submission, extra: str
) -> None:
    more = Submission(sub.submitter_roles | {extra}, sub.child_age, sub.documents | {extra},
                      sub.sharing_allowed, sub.question)
    assert set(admission_issues(table, more)) <= set(admission_issues(table, sub))


policies = st.builds(Transition18Policy, st.integers(15 * 12, 17 * 12 + 6), st.integers(19, 23))
births = st.dates(date(1990, 1, 1), date(2020, 12, 31))


@given(births, policies)
def test_milestones_come_in_order(born: date, policy: Transition18Policy) -> None:
    m = milestones(born, policy)
    assert m.plan_start <= m.agreed_by < m.eighteen < m.horizon  # 17.5 is the latest start
    assert m.eighteen == birthday(born, 18) and m.agreed_by == add_months(m.eighteen, -6)


@given(births, policies, st.integers(0, 25 * 366), st.sampled_from(list(Plan18Status)),
       st.booleans())
def test_every_day_has_one_phase_and_a_handed_over_plan_is_done(
    born: date, policy: Transition18Policy, days: int, status: Plan18Status, extended: bool
) -> None:
    today = date.fromordinal(born.toordinal() + days)
    pos = timeline_position(born, today, status, extended=extended, policy=policy)
    m = milestones(born, policy)
    if status is Plan18Status.OVERGEDRAGEN:
        assert pos.phase is TimelinePhase.DONE
    elif today < m.plan_start:
        assert pos.phase is TimelinePhase.TOO_EARLY
    elif today >= m.eighteen and not extended:
        assert pos.phase is TimelinePhase.OVERDUE
    elif today >= m.horizon:
        assert pos.phase is TimelinePhase.BEYOND
    assert pos.turns_18_on == m.eighteen
    assert (pos.months_to_18 is not None and pos.months_to_18 <= 0) == (today >= m.eighteen)
