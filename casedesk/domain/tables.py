"""Overlegtafels: table definitions (configuration), admission of an aanmelding, its status
flow, and the session calendar a table's cadence produces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from casedesk.domain.consent import ConsentRecord, required_consent_giver
from casedesk.domain.dates import add_months
from casedesk.domain.vocabulary import AanmeldingStatus, LegalGround, Role
from casedesk.errors import RuleViolation, ValidationError


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
    if table.cadence is Cadence.MAANDELIJKS:
        # Every first <weekday> of the month: from the first one on or after ``start``.
        month = start.replace(day=1)
        while (day := _nth_weekday_of_month(month, table.weekday)) <= until:
            if day >= start:
                yield datetime.combine(day, table.start_time)
            month = add_months(month, 1)
        return
    day = start + timedelta(days=(table.weekday - start.weekday()) % 7)
    while day <= until:
        yield datetime.combine(day, table.start_time)
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

    def shift(self, item: str, delta: int) -> int:
        """Move ``item`` up (negative) or down; returns its new position."""
        self.move(item, self.items.index(item) + delta)
        return self.items.index(item)


# --- configuration ---------------------------------------------------------------------------

# Youth care runs to 18, extended to 23, young-adult support to 27 (domain brief); an age past
# this in a table's configuration is a typing error, not a policy.
MAX_CONFIG_AGE = 30
MINUTES_PER_DAY = 24 * 60


def definition_errors(table: TableDefinition) -> list[ValidationError]:
    """Every field of a parsed definition the region's rules cannot work with.

    Field names are the ``TableDefinition`` attribute names, so an editor can put each message
    next to its input.
    """
    errors: list[ValidationError] = []

    def bad(name: str, code: str, message: str) -> None:
        errors.append(ValidationError(name, code, message))

    if not table.code.strip():
        bad("code", "required", "a table needs a code")
    if not table.name.strip():
        bad("name", "required", "a table needs a name")
    if not 0 <= table.weekday <= 6:
        bad("weekday", "invalid-weekday", f"weekday must be 0 (Monday) to 6, not {table.weekday}")
    if table.slots < 1:
        bad("slots", "not-positive", f"slots must be at least 1, not {table.slots}")
    if table.minutes_per_slot < 1:
        bad(
            "minutes_per_slot",
            "not-positive",
            f"minutes per slot must be at least 1, not {table.minutes_per_slot}",
        )
    for name in ("min_age", "max_age", "children_attend_from"):
        age = getattr(table, name)
        if age is not None and not 0 <= age <= MAX_CONFIG_AGE:
            bad(name, "age-out-of-range", f"{name} must be 0 to {MAX_CONFIG_AGE}, not {age}")
    if table.min_age is not None and table.max_age is not None and table.min_age > table.max_age:
        bad(
            "max_age",
            "age-range-inverted",
            f"max_age {table.max_age} is below min_age {table.min_age}",
        )
    if any(not role.strip() or not who.strip() for role, who in table.participants):
        bad("participants", "participant-incomplete", "every participant needs a role and a name")
    if any(not doc.strip() for doc in table.required_documents):
        bad("required_documents", "required", "a required document needs a name")
    if any(not who.strip() for who in table.submitters):
        bad("submitters", "required", "a submitter role needs a name")
    end = table.start_time.hour * 60 + table.start_time.minute
    if table.slots >= 1 and table.minutes_per_slot >= 1:
        end += table.slots * table.minutes_per_slot
        if end > MINUTES_PER_DAY:
            bad(
                "slots",
                "session-past-midnight",
                "the session's slots run past midnight: fewer slots or shorter ones",
            )
    return errors


# --- sharing with a table: consent or a legal ground -----------------------------------------


def consent_issue(record: ConsentRecord, recipient: str, day: date, age: int | None) -> str | None:
    """Why a recorded consent does not allow sharing with ``recipient`` on ``day``, as a code;
    None when it does. ``age`` is the jeugdige's, which decides who must consent."""
    if record.recipient != recipient:
        return "consent-other-recipient"
    if day < record.given_on:
        return "consent-not-yet-given"
    if record.withdrawn_on is not None and day >= record.withdrawn_on:
        return "consent-withdrawn"
    if record.expires_on is not None and day > record.expires_on:
        return "consent-expired"
    if record.given_by is not required_consent_giver(age):
        return "consent-wrong-giver"
    return None


def sharing_issue(
    consent: ConsentRecord | None,
    ground: LegalGround | None,
    reason: str,
    *,
    recipient: str,
    day: date,
    age: int | None,
) -> ValidationError | None:
    """The one thing wrong with the basis for sharing an aanmelding, or None when it holds.

    A legal ground needs a written reason; without a ground, the consent must hold for this
    table on this day and come from the person(s) the jeugdige's age requires.
    """
    if ground is not None:
        if reason.strip():
            return None
        return ValidationError(
            "grondslag_reden", "ground-without-reason", "a legal ground needs a reason"
        )
    if consent is None:
        return ValidationError(
            "toestemming",
            Refusal.NO_CONSENT_OR_GROUND.value,
            "neither consent nor a legal ground is recorded",
        )
    code = consent_issue(consent, recipient, day, age)
    if code is None:
        return None
    return ValidationError("toestemming", code, f"the consent does not hold: {code}")


# --- planning and outcome --------------------------------------------------------------------


def check_plannable(capacity: Capacity, session_start: datetime, now: datetime) -> None:
    """A zitting takes an aanmelding only before it starts and while it has a free slot."""
    if session_start < now:
        raise RuleViolation("zitting-past", "the zitting has already taken place")
    if capacity.full:
        raise RuleViolation("zitting-full", f"all {capacity.slots} slots are taken")


def agenda_times(start: datetime, minutes_per_slot: int, count: int) -> list[tuple[time, time]]:
    """Begin and end of each agenda item, one slot each, in agenda order."""
    return [
        (begin.time(), (begin + timedelta(minutes=minutes_per_slot)).time())
        for begin in slot_times(start, minutes_per_slot, count)
    ]


@dataclass(frozen=True)
class Action:
    """One afspraak of a table's outcome: who does what by when."""

    wie: str
    wat: str
    wanneer: date | None


def outcome_errors(
    advies: str, conclusie_gezin: str, actions: Sequence[Action], *, closing: bool
) -> list[ValidationError]:
    """What is missing from an outcome. Saving accepts a draft without advice; closing it
    (so it flows back to the casus) needs the advice and the family's conclusion. Every
    afspraak always needs an owner, an action and a due date: the werkoverzicht lists it."""
    errors: list[ValidationError] = []
    if closing and not advies.strip():
        errors.append(ValidationError("advies", "required", "closing needs the advice"))
    if closing and not conclusie_gezin.strip():
        errors.append(
            ValidationError(
                "conclusie_gezin", "required", "closing needs the conclusion for the family"
            )
        )
    for i, action in enumerate(actions):
        for name in ("wie", "wat"):
            if not getattr(action, name).strip():
                errors.append(
                    ValidationError(
                        f"afspraken.{i}.{name}", "required", f"afspraak {i + 1} needs '{name}'"
                    )
                )
        if action.wanneer is None:
            errors.append(
                ValidationError(
                    f"afspraken.{i}.wanneer", "required", f"afspraak {i + 1} needs a due date"
                )
            )
    return errors


# --- anonymised pre-screening ----------------------------------------------------------------

ANONYMOUS_NAME = "[naam]"


def scrub_names(text: str, names: Iterable[str]) -> str:
    """``text`` with every whole-word occurrence of ``names`` (any case) replaced, for tables
    that pre-screen anonymously (004 l.3736-3739). Longer names go first, so "van den Berg"
    is replaced whole before "Berg" could be."""
    words = sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True)
    if not words:
        return text
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)"
    return re.sub(pattern, ANONYMOUS_NAME, text, flags=re.IGNORECASE)
