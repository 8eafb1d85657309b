"""Overlegtafels: table definitions (configuration), admission of an aanmelding, its status
flow, and the session calendar a table's cadence produces.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from casedesk.domain.dates import add_months
from casedesk.domain.vocabulary import AanmeldingStatus, Role
from casedesk.errors import RuleViolation


class Cadence(StrEnum):
    WEKELIJKS = "wekelijks"
    TWEEWEKELIJKS = "tweewekelijks"
    MAANDELIJKS = "maandelijks"
    OP_AFROEP = "op_afroep"


@dataclass(frozen=True)
class TableDefinition:
    """One overlegtafel as configured by the region; loaded from JSON, never hard-coded."""

    code: str
    name: str
    purpose: str
    submitters: tuple[str, ...]  # roles or organisations that may submit
    participants: tuple[tuple[str, str], ...] = ()  # (role at the table, who)
    min_age: int | None = None
    max_age: int | None = None
    required_documents: tuple[str, ...] = ()
    family_attends: bool = False
    children_attend_from: int | None = None
    cadence: Cadence = Cadence.WEKELIJKS
    weekday: int = 1  # Monday = 0
    start_time: time = time(9, 0)
    slots: int = 6
    minutes_per_slot: int = 30
    anonymised: bool = False
    notes: str = ""


class Refusal(StrEnum):
    ROLE_NOT_ALLOWED = "role_not_allowed"
    AGE_BELOW_RANGE = "age_below_range"
    AGE_ABOVE_RANGE = "age_above_range"
    AGE_UNKNOWN = "age_unknown"
    DOCUMENT_MISSING = "document_missing"
    NO_CONSENT_OR_GROUND = "no_consent_or_ground"
    NO_QUESTION = "no_question"


@dataclass(frozen=True)
class AdmissionIssue:
    refusal: Refusal
    detail: str = ""  # e.g. the missing document's name


@dataclass(frozen=True)
class Submission:
    """What the admission rules look at."""

    submitter_roles: frozenset[str]  # roles and organisation of the submitter
    child_age: int | None
    documents: frozenset[str]
    sharing_allowed: bool  # consent for this table, or a legal ground with reason
    question: str = ""


def admission_issues(table: TableDefinition, sub: Submission) -> list[AdmissionIssue]:
    """Every reason the table's rules refuse ``sub``; empty means admissible."""
    issues: list[AdmissionIssue] = []
    if not sub.question.strip():
        issues.append(AdmissionIssue(Refusal.NO_QUESTION))
    if table.submitters and not (sub.submitter_roles & set(table.submitters)):
        issues.append(AdmissionIssue(Refusal.ROLE_NOT_ALLOWED, ", ".join(table.submitters)))
    if table.min_age is not None or table.max_age is not None:
        if sub.child_age is None:
            issues.append(AdmissionIssue(Refusal.AGE_UNKNOWN))
        elif table.min_age is not None and sub.child_age < table.min_age:
            issues.append(AdmissionIssue(Refusal.AGE_BELOW_RANGE, str(table.min_age)))
        elif table.max_age is not None and sub.child_age > table.max_age:
            issues.append(AdmissionIssue(Refusal.AGE_ABOVE_RANGE, str(table.max_age)))
    issues.extend(
        AdmissionIssue(Refusal.DOCUMENT_MISSING, doc)
        for doc in table.required_documents
        if doc not in sub.documents
    )
    if not sub.sharing_allowed:
        issues.append(AdmissionIssue(Refusal.NO_CONSENT_OR_GROUND))
    return issues


# Which status may follow which; the secretary drives everything after "ingediend".
_TRANSITIONS: dict[AanmeldingStatus, frozenset[AanmeldingStatus]] = {
    AanmeldingStatus.CONCEPT: frozenset({AanmeldingStatus.INGEDIEND}),
    AanmeldingStatus.INGEDIEND: frozenset(
        {AanmeldingStatus.ONTVANKELIJK, AanmeldingStatus.NIET_ONTVANKELIJK}
    ),
    AanmeldingStatus.NIET_ONTVANKELIJK: frozenset({AanmeldingStatus.CONCEPT}),
    AanmeldingStatus.ONTVANKELIJK: frozenset({AanmeldingStatus.INGEPLAND}),
    AanmeldingStatus.INGEPLAND: frozenset(
        {AanmeldingStatus.BESPROKEN, AanmeldingStatus.ONTVANKELIJK}
    ),
    AanmeldingStatus.BESPROKEN: frozenset({AanmeldingStatus.AFGEROND}),
    AanmeldingStatus.AFGEROND: frozenset(),
}

SECRETARY_STATUSES = frozenset(AanmeldingStatus) - {
    AanmeldingStatus.CONCEPT,
    AanmeldingStatus.INGEDIEND,
}


def check_transition(old: AanmeldingStatus, new: AanmeldingStatus, actor_roles: set[Role]) -> None:
    if new not in _TRANSITIONS[old]:
        raise RuleViolation("bad-transition", f"an aanmelding cannot go from {old} to {new}")
    if new in SECRETARY_STATUSES and Role.TAFELSECRETARIS not in actor_roles:
        raise RuleViolation("not-secretary", "only the tafelsecretaris moves it past ingediend")


def session_dates(table: TableDefinition, start: date, until: date) -> Iterator[datetime]:
    """Session times from the cadence, on the table's weekday, between two dates."""
    if table.cadence is Cadence.OP_AFROEP:
        return
    first = start + timedelta(days=(table.weekday - start.weekday()) % 7)
    day, n = first, 0
    while day <= until:
        yield datetime.combine(day, table.start_time)
        n += 1
        if table.cadence is Cadence.MAANDELIJKS:
            day = _nth_weekday_of_month(add_months(first, n), table.weekday)
        else:
            day += timedelta(weeks=1 if table.cadence is Cadence.WEKELIJKS else 2)


def _nth_weekday_of_month(day: date, weekday: int) -> date:
    """The first ``weekday`` of ``day``'s month: monthly tables meet e.g. every first Tuesday."""
    first = day.replace(day=1)
    return first + timedelta(days=(weekday - first.weekday()) % 7)


@dataclass(frozen=True)
class Capacity:
    slots: int
    planned: int

    @property
    def free(self) -> int:
        return max(self.slots - self.planned, 0)

    @property
    def full(self) -> bool:
        return self.planned >= self.slots


def slot_times(start: datetime, minutes_per_slot: int, count: int) -> list[datetime]:
    return [start + timedelta(minutes=minutes_per_slot * i) for i in range(count)]


@dataclass
class Agenda:
    """The ordered aanmelding ids of one zitting; reordering keeps every entry exactly once."""

    items: list[str] = field(default_factory=list)

    def move(self, item: str, position: int) -> None:
        self.items.remove(item)
        self.items.insert(max(0, min(position, len(self.items))), item)
