"""The young person's own agreement: from 18 parents are no longer asked."""

from __future__ import annotations

from datetime import date

import pytest

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.transition18 import agreement_giver
from casedesk.errors import RuleViolation

BORN = date(2010, 5, 15)
LEAP_BORN = date(2008, 2, 29)


def test_from_18_only_the_young_person() -> None:
    assert agreement_giver(BORN, date(2028, 5, 15), parents_also=False) is ConsentGiver.JEUGDIGE


def test_from_18_recording_the_parents_is_refused() -> None:
    with pytest.raises(RuleViolation) as caught:
        agreement_giver(BORN, date(2028, 5, 15), parents_also=True)
    assert caught.value.code == "adult-decides-alone"


def test_at_16_and_17_the_young_person_suffices_and_parents_may_join() -> None:
    on = date(2027, 6, 1)
    assert agreement_giver(BORN, on, parents_also=False) is ConsentGiver.JEUGDIGE
    assert agreement_giver(BORN, on, parents_also=True) is ConsentGiver.JEUGDIGE_EN_OUDERS


def test_under_16_the_parents_must_agree_too() -> None:
    on = date(2026, 5, 14)  # the day before the 16th birthday
    assert agreement_giver(BORN, on, parents_also=True) is ConsentGiver.JEUGDIGE_EN_OUDERS
    with pytest.raises(RuleViolation) as caught:
        agreement_giver(BORN, on, parents_also=False)
    assert caught.value.code == "parents-must-agree"


def test_unknown_age_is_treated_as_the_safe_side() -> None:
    with pytest.raises(RuleViolation):
        agreement_giver(None, date(2026, 11, 2), parents_also=False)
    assert (
        agreement_giver(None, date(2026, 11, 2), parents_also=True)
        is ConsentGiver.JEUGDIGE_EN_OUDERS
    )


def test_leap_day_birthday_becomes_an_adult_on_the_first_of_march() -> None:
    assert (
        agreement_giver(LEAP_BORN, date(2026, 2, 28), parents_also=True)
        is ConsentGiver.JEUGDIGE_EN_OUDERS
    )
    with pytest.raises(RuleViolation):
        agreement_giver(LEAP_BORN, date(2026, 3, 1), parents_also=True)
