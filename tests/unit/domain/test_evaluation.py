"""When the next toetsing is due: a coloured reminder with exact boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casedesk.domain.evaluation import (
    DEFAULT_INTERVAL_MONTHS,
    DUE_SOON_DAYS,
    EvaluationState,
    evaluation_state,
    next_evaluation,
)

TODAY = date(2026, 11, 2)


def test_the_next_evaluation_is_three_months_on_by_default() -> None:
    assert DEFAULT_INTERVAL_MONTHS == 3
    assert next_evaluation(date(2026, 11, 2)) == date(2027, 2, 2)
    assert next_evaluation(date(2026, 11, 30)) == date(2027, 2, 28)


def test_a_gemeente_may_evaluate_at_another_interval() -> None:
    assert next_evaluation(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert next_evaluation(date(2026, 1, 15), 1) == date(2026, 2, 15)


@pytest.mark.parametrize(
    ("offset", "state"),
    [
        (-365, EvaluationState.OVERDUE),
        (-1, EvaluationState.OVERDUE),
        (0, EvaluationState.DUE_SOON),  # due today is not overdue yet
        (1, EvaluationState.DUE_SOON),
        (DUE_SOON_DAYS, EvaluationState.DUE_SOON),
        (DUE_SOON_DAYS + 1, EvaluationState.PLANNED),
        (90, EvaluationState.PLANNED),
    ],
)
def test_the_state_changes_exactly_at_its_boundaries(offset: int, state: EvaluationState) -> None:
    assert evaluation_state(TODAY + timedelta(days=offset), TODAY) is state


def test_no_planned_evaluation_is_its_own_state() -> None:
    assert evaluation_state(None, TODAY) is EvaluationState.NONE
