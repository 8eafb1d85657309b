"""The 18+ timeline: when a toekomstplan is due, at risk, overdue, or extended to 21/23.

Sources: start around 16-16.5 (configurable), 18th birthday as the hard milestone, extended
youth care up to 21 or 23 (001 l.549-556; 004 l.2614, 3574-3585). Jeugdhulp can be extended
"tot de jeugdige uiterlijk 23 jaar is" (001:245), so 23 is the legal limit of every horizon.
Lead times and the at-risk window are our inference, kept here so they are easy to change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.dates import add_months, age_months_on, age_on, birthday
from casedesk.domain.vocabulary import Plan18Status, Theme18, ThemeStatus
from casedesk.errors import RuleViolation, ValidationError

AT_RISK_MONTHS = 6  # less than this before 18 and not yet agreed: at risk (our inference)
VISIBLE_FROM_AGE = 16  # the timeline shows every young person from 16 on (issue 4)
LEGAL_LIMIT_AGE = 23  # verlengde jeugdhulp ends at 23 at the latest (001:245)
MIN_START_AGE_MONTHS = 15 * 12  # a gemeente may start earlier than 16.5, not absurdly early
MAX_START_AGE_MONTHS = 17 * 12 + 6  # a later start leaves no time before 18
MIN_HORIZON_AGE = 19


@dataclass(frozen=True)
class Transition18Policy:
    """Per-gemeente settings."""

    start_age_months: int = 16 * 12 + 6
    extended_until_age: int = 21  # verlengde jeugdhulp; some gemeenten 23


def policy_errors(start_age_months: int, extended_until_age: int) -> list[ValidationError]:
    """What is wrong with a gemeente's settings; empty when they can be stored."""
    errors: list[ValidationError] = []
    if not MIN_START_AGE_MONTHS <= start_age_months <= MAX_START_AGE_MONTHS:
        errors.append(
            ValidationError(
                "start_age_months",
                "start-age-out-of-range",
                f"start age must be {MIN_START_AGE_MONTHS}..{MAX_START_AGE_MONTHS} months",
            )
        )
    if not MIN_HORIZON_AGE <= extended_until_age <= LEGAL_LIMIT_AGE:
        errors.append(
            ValidationError(
                "extended_until_age",
                "horizon-out-of-range",
                f"extended youth care ends between {MIN_HORIZON_AGE} and {LEGAL_LIMIT_AGE}",
            )
        )
    return errors


class TimelinePhase(StrEnum):
    UNKNOWN = "unknown"  # no birth date: cannot be placed; shown so nobody is forgotten
    TOO_EARLY = "too_early"
    DUE = "due"  # should be started (or is running, on time)
    AT_RISK = "at_risk"
    OVERDUE = "overdue"  # 18 passed without a handover and no extension
    EXTENDED = "extended"  # verlengde jeugdhulp until the horizon
    DONE = "done"  # handed over
    BEYOND = "beyond"  # past the horizon


# Most urgent first: the order a list of young people is worked through.
URGENCY: dict[TimelinePhase, int] = {
    phase: rank
    for rank, phase in enumerate(
        (
            TimelinePhase.OVERDUE,
            TimelinePhase.BEYOND,
            TimelinePhase.AT_RISK,
            TimelinePhase.UNKNOWN,
            TimelinePhase.DUE,
            TimelinePhase.EXTENDED,
            TimelinePhase.TOO_EARLY,
            TimelinePhase.DONE,
        )
    )
}


@dataclass(frozen=True)
class TimelinePosition:
    phase: TimelinePhase
    months_to_18: int | None  # negative after the birthday
    turns_18_on: date | None


@dataclass(frozen=True)
class Milestones:
    """The dates one young person's toekomstplan is measured against."""

    plan_start: date  # the plan is due from here (the gemeente's start age)
    agreed_by: date  # not agreed by then: at risk
    eighteen: date  # the hard milestone
    horizon: date  # end of verlengde jeugdhulp (the gemeente's 21 or 23)


def plan_start_date(born: date, policy: Transition18Policy) -> date:
    return add_months(born, policy.start_age_months)


@lru_cache(maxsize=16_384)  # pure; a timeline asks for the same young person several times
def milestones(born: date, policy: Transition18Policy) -> Milestones:
    eighteen = birthday(born, 18)
    return Milestones(
        plan_start=plan_start_date(born, policy),
        agreed_by=add_months(eighteen, -AT_RISK_MONTHS),
        eighteen=eighteen,
        horizon=birthday(born, policy.extended_until_age),
    )


def timeline_position(
    born: date | None,
    today: date,
    status: Plan18Status,
    *,
    extended: bool = False,
    policy: Transition18Policy | None = None,
) -> TimelinePosition:
    policy = policy or Transition18Policy()
    if born is None:
        return TimelinePosition(TimelinePhase.UNKNOWN, None, None)
    m = milestones(born, policy)
    months_to_18 = 18 * 12 - age_months_on(born, today)
    if status is Plan18Status.OVERGEDRAGEN:
        return TimelinePosition(TimelinePhase.DONE, months_to_18, m.eighteen)
    if today >= (m.horizon if extended else m.eighteen):
        phase = TimelinePhase.BEYOND if extended else TimelinePhase.OVERDUE
        return TimelinePosition(phase, months_to_18, m.eighteen)
    if today >= m.eighteen:
        # Verlengde jeugdhulp ends too: the handover must be ready before the horizon.
        closing = today >= add_months(m.horizon, -AT_RISK_MONTHS)
        phase = TimelinePhase.AT_RISK if closing else TimelinePhase.EXTENDED
        return TimelinePosition(phase, months_to_18, m.eighteen)
    if today < m.plan_start:
        return TimelinePosition(TimelinePhase.TOO_EARLY, months_to_18, m.eighteen)
    at_risk = today >= m.agreed_by and status in (
        Plan18Status.NIET_GESTART,
        Plan18Status.IN_UITVOERING,
    )
    phase = TimelinePhase.AT_RISK if at_risk else TimelinePhase.DUE
    return TimelinePosition(phase, months_to_18, m.eighteen)


def timeline_window(
    born: date,
    policy: Transition18Policy,
    *,
    extended: bool,
    handed_over: bool,
    waakvlam_until: date | None = None,
) -> tuple[date, date]:
    """From when until when (exclusive) a young person stands on the timeline.

    Everyone from 16 (or half a year before an earlier start age). A handed-over plan stays
    until the end of its own horizon or waakvlam; one that is not handed over stays until 23,
    the legal limit, so an overdue young person never drops off silently.
    """
    m = milestones(born, policy)
    start = min(birthday(born, VISIBLE_FROM_AGE), add_months(m.plan_start, -AT_RISK_MONTHS))
    if not handed_over:
        return start, birthday(born, LEGAL_LIMIT_AGE)
    end = m.horizon if extended else m.eighteen
    if waakvlam_until is not None and waakvlam_until >= end:
        end = date.fromordinal(waakvlam_until.toordinal() + 1)
    return start, end


def on_timeline(
    born: date | None,
    today: date,
    policy: Transition18Policy,
    *,
    extended: bool,
    handed_over: bool,
    waakvlam_until: date | None = None,
) -> bool:
    """A young person without a birth date is always shown: nobody may be forgotten."""
    if born is None:
        return True
    start, end = timeline_window(
        born, policy, extended=extended, handed_over=handed_over, waakvlam_until=waakvlam_until
    )
    return start <= today < end


def turns_18_within(born: date | None, today: date, months: int) -> bool:
    if born is None:
        return False
    eighteen = birthday(born, 18)
    return today <= eighteen <= add_months(today, months)


def status_after_edit(status: Plan18Status) -> Plan18Status:
    """Writing in a plan that was not started starts it; later statuses stay as they are."""
    return Plan18Status.IN_UITVOERING if status is Plan18Status.NIET_GESTART else status


# --- what changes at 18 -----------------------------------------------------------------------


class ChecklistItem(StrEnum):
    """What the young person must have arranged at 18 (domain brief, "Transition at 18")."""

    ZORGVERZEKERING = "zorgverzekering"
    TOESLAGEN = "toeslagen"
    DIGID = "digid"
    BANKREKENING = "bankrekening"
    TOESTEMMING = "toestemming"  # consent, and who may see the file from 18


# How long before the 18th birthday an open item starts to warn (our inference): DigiD comes
# first because toeslagen and the insurer's portal need it; a bank account receives toeslagen.
LEAD_MONTHS: dict[ChecklistItem, int] = {
    ChecklistItem.DIGID: 6,
    ChecklistItem.BANKREKENING: 4,
    ChecklistItem.ZORGVERZEKERING: 3,
    ChecklistItem.TOESTEMMING: 3,
    ChecklistItem.TOESLAGEN: 2,
}


class ChecklistAlert(StrEnum):
    # Values unlike any other enum's: ``casedesk.labels`` looks labels up by value.
    SOON = "before_18"  # open, and the birthday is within the item's lead time
    OVERDUE = "after_18"  # open, and the young person is 18 already


@dataclass(frozen=True)
class ChecklistState:
    item: ChecklistItem
    owner: str = ""
    done: bool = False


@dataclass(frozen=True)
class ChecklistWarning:
    item: ChecklistItem
    alert: ChecklistAlert
    due: date
    no_owner: bool  # nobody is named to arrange it


def checklist_warnings(
    born: date | None, today: date, states: Iterable[ChecklistState]
) -> list[ChecklistWarning]:
    """Open items close to (or past) the 18th birthday, in checklist order.

    Without a birth date nothing can be timed; the timeline flags the missing date instead.
    """
    if born is None:
        return []
    eighteen = birthday(born, 18)
    if today < add_months(eighteen, -max(LEAD_MONTHS.values())):
        return []  # too early for any item (``states`` is not even read)
    warnings: list[ChecklistWarning] = []
    by_item = {s.item: s for s in states}
    for item in ChecklistItem:
        state = by_item.get(item, ChecklistState(item))
        if state.done:
            continue
        if today >= eighteen:
            alert = ChecklistAlert.OVERDUE
        elif today >= add_months(eighteen, -LEAD_MONTHS[item]):
            alert = ChecklistAlert.SOON
        else:
            continue
        warnings.append(ChecklistWarning(item, alert, eighteen, not state.owner.strip()))
    return warnings


# --- the young person's agreement ------------------------------------------------------------


def agreement_giver(born: date | None, on: date, *, parents_also: bool) -> ConsentGiver:
    """Who agreed to the plan, as it may be recorded.

    From 18 the young person decides alone and parents are not asked: recording them is refused.
    From 16 the young person's own agreement suffices; parents with gezag may agree as well.
    Younger (or of unknown age, the safe side) the parents with gezag must agree too.
    """
    age = age_on(born, on) if born is not None else None
    if age is not None and age >= 18:
        if parents_also:
            raise RuleViolation("adult-decides-alone", "from 18 parents are not asked to agree")
        return ConsentGiver.JEUGDIGE
    if age is not None and age >= 16:
        return ConsentGiver.JEUGDIGE_EN_OUDERS if parents_also else ConsentGiver.JEUGDIGE
    if not parents_also:
        raise RuleViolation("parents-must-agree", "under 16 the parents with gezag agree too")
    return ConsentGiver.JEUGDIGE_EN_OUDERS


# --- when to bring the young person to the Tussen wal en schip table ------------------------


def stuck_themes(statuses: Mapping[Theme18, ThemeStatus]) -> tuple[Theme18, ...]:
    """The leefthema's that are stuck, in the network's order: each one is a reason to bring
    the young person to the Tussen wal en schip table (001 §5.4.8)."""
    return tuple(t for t in Theme18 if statuses.get(t) is ThemeStatus.VASTGELOPEN)
