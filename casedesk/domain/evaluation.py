"""When the next toetsing is due. A reminder with a colour, never a lock."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from casedesk.domain.dates import add_months

DEFAULT_INTERVAL_MONTHS = 3  # common practice (004 l.3669, 4137); configurable per gemeente
DUE_SOON_DAYS = 14


class EvaluationState(StrEnum):
    NONE = "none"  # no evaluation planned
    PLANNED = "planned"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def next_evaluation(last: date, interval_months: int = DEFAULT_INTERVAL_MONTHS) -> date:
    return add_months(last, interval_months)


def evaluation_state(due: date | None, today: date) -> EvaluationState:
    if due is None:
        return EvaluationState.NONE
    if due < today:
        return EvaluationState.OVERDUE
    if due <= today + timedelta(days=DUE_SOON_DAYS):
        return EvaluationState.DUE_SOON
    return EvaluationState.PLANNED
