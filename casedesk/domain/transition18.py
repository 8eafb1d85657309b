"""The 18+ timeline: when a toekomstplan is due, at risk, overdue, or extended to 21/23.

Sources: start around 16-16.5 (configurable), 18th birthday as the hard milestone, extended
youth care up to 21 or 23 (001 l.549-556; 004 l.2614, 3574-3585).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from casedesk.domain.dates import add_months, age_months_on, birthday
from casedesk.domain.vocabulary import Plan18Status

AT_RISK_MONTHS = 6  # less than this before 18 and not yet agreed: at risk (our inference)


@dataclass(frozen=True)
class Transition18Policy:
    """Per-gemeente settings."""

    start_age_months: int = 16 * 12 + 6
    extended_until_age: int = 21  # verlengde jeugdhulp; some gemeenten 23


class TimelinePhase(StrEnum):
    UNKNOWN = "unknown"  # no birth date: cannot be placed; shown so nobody is forgotten
    TOO_EARLY = "too_early"
    DUE = "due"  # should be started (or is running, on time)
    AT_RISK = "at_risk"
    OVERDUE = "overdue"  # 18 passed without a handover and no extension
    EXTENDED = "extended"  # verlengde jeugdhulp until the horizon
    DONE = "done"  # handed over
    BEYOND = "beyond"  # past the horizon


@dataclass(frozen=True)
class TimelinePosition:
    phase: TimelinePhase
    months_to_18: int | None  # negative after the birthday
    turns_18_on: date | None


def plan_start_date(born: date, policy: Transition18Policy) -> date:
    return add_months(born, policy.start_age_months)


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
    eighteen = birthday(born, 18)
    months_to_18 = 18 * 12 - age_months_on(born, today)
    if status is Plan18Status.OVERGEDRAGEN:
        return TimelinePosition(TimelinePhase.DONE, months_to_18, eighteen)
    if today >= birthday(born, policy.extended_until_age if extended else 18):
        phase = TimelinePhase.BEYOND if extended else TimelinePhase.OVERDUE
        return TimelinePosition(phase, months_to_18, eighteen)
    if today >= eighteen:
        return TimelinePosition(TimelinePhase.EXTENDED, months_to_18, eighteen)
    if today < plan_start_date(born, policy):
        return TimelinePosition(TimelinePhase.TOO_EARLY, months_to_18, eighteen)
    at_risk = today >= add_months(eighteen, -AT_RISK_MONTHS) and status in (
        Plan18Status.NIET_GESTART,
        Plan18Status.IN_UITVOERING,
    )
    phase = TimelinePhase.AT_RISK if at_risk else TimelinePhase.DUE
    return TimelinePosition(phase, months_to_18, eighteen)


def turns_18_within(born: date | None, today: date, months: int) -> bool:
    if born is None:
        return False
    eighteen = birthday(born, 18)
    return today <= eighteen <= add_months(today, months)
