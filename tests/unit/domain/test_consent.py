"""Toestemming: who must consent by the jeugdige's age, when a recorded consent holds, and a
legal ground (with a reason) instead of consent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from casedesk.domain.consent import (
    ConsentGiver,
    ConsentRecord,
    required_consent_giver,
    sharing_allowed,
)
from casedesk.domain.vocabulary import LegalGround

GIVEN = date(2026, 9, 1)
CONSENT = ConsentRecord(
    purpose="bespreken in Overleg Passende Hulp",
    recipient="OPH",
    given_by=ConsentGiver.JEUGDIGE_EN_OUDERS,
    given_on=GIVEN,
    expires_on=date(2027, 3, 1),
)


@pytest.mark.parametrize(
    ("age", "giver"),
    [
        (0, ConsentGiver.OUDERS),
        (11, ConsentGiver.OUDERS),
        (12, ConsentGiver.JEUGDIGE_EN_OUDERS),
        (15, ConsentGiver.JEUGDIGE_EN_OUDERS),
        (16, ConsentGiver.JEUGDIGE),
        (18, ConsentGiver.JEUGDIGE),
        (None, ConsentGiver.OUDERS),  # unknown age: the safe side
    ],
)
def test_who_must_consent_follows_the_age(age: int | None, giver: ConsentGiver) -> None:
    assert required_consent_giver(age) is giver


@pytest.mark.parametrize(
    ("day", "holds"),
    [
        (date(2026, 8, 31), False),  # before it was given
        (GIVEN, True),
        (date(2026, 12, 24), True),
        (date(2027, 3, 1), True),  # the last day it is valid
        (date(2027, 3, 2), False),  # expired
    ],
)
def test_a_consent_holds_from_the_day_given_until_it_expires(day: date, holds: bool) -> None:
    assert CONSENT.holds_on(day) is holds


def test_a_consent_without_expiry_holds_until_withdrawn() -> None:
    open_ended = replace(CONSENT, expires_on=None, withdrawn_on=date(2030, 1, 10))
    assert open_ended.holds_on(date(2030, 1, 9))
    assert not open_ended.holds_on(date(2030, 1, 10))  # withdrawn from that day on
    assert not open_ended.holds_on(date(2031, 1, 1))


def test_a_withdrawn_consent_no_longer_holds_even_before_its_expiry() -> None:
    withdrawn = replace(CONSENT, withdrawn_on=date(2026, 10, 15))
    assert withdrawn.holds_on(date(2026, 10, 14))
    assert not withdrawn.holds_on(date(2026, 10, 15))


def _allowed(
    consents: list[ConsentRecord],
    age: int | None,
    ground: LegalGround | None = None,
    ground_reason: str = "",
) -> bool:
    day = date(2026, 11, 2)
    return sharing_allowed(
        consents, "OPH", day, age=age, ground=ground, ground_reason=ground_reason
    )


def test_sharing_needs_a_consent_from_the_right_giver_for_this_recipient() -> None:
    assert _allowed([CONSENT], 14)
    assert not _allowed([], 14)
    assert not _allowed([replace(CONSENT, recipient="huisarts")], 14)
    assert not _allowed([replace(CONSENT, given_by=ConsentGiver.OUDERS)], 14)
    assert not _allowed([replace(CONSENT, given_by=ConsentGiver.JEUGDIGE)], 14)
    assert _allowed([replace(CONSENT, given_by=ConsentGiver.JEUGDIGE)], 16)
    assert _allowed([replace(CONSENT, given_by=ConsentGiver.OUDERS)], 11)


def test_one_holding_consent_among_others_is_enough() -> None:
    expired = replace(CONSENT, expires_on=date(2026, 10, 1))
    assert not _allowed([expired], 14)
    assert _allowed([expired, CONSENT], 14)


def test_a_legal_ground_with_a_reason_allows_sharing_without_consent() -> None:
    assert _allowed([], 14, ground=LegalGround.MELDCODE, ground_reason="Stap 4 van de meldcode")


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_legal_ground_without_a_reason_is_not_enough(reason: str) -> None:
    assert not _allowed([], 14, ground=LegalGround.VEILIGHEID, ground_reason=reason)
    # ... and then the consent decides, as if no ground were recorded.
    assert _allowed([CONSENT], 14, ground=LegalGround.VEILIGHEID, ground_reason=reason)
