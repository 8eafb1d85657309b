"""Toestemming: who must consent to sharing, and whether a recorded consent still holds.

Under 12 the parents with gezag decide; from 12 to 15 the young person and the parents together;
from 16 the young person alone (domain brief, "Privacy, consent, retention"). Sharing without
consent needs a recorded legal ground with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from casedesk.domain.vocabulary import LegalGround


class ConsentGiver(StrEnum):
    OUDERS = "ouders"  # parents with gezag
    JEUGDIGE_EN_OUDERS = "jeugdige_en_ouders"
    JEUGDIGE = "jeugdige"


def required_consent_giver(age: int | None) -> ConsentGiver:
    """Unknown age is treated as a child: the parents must consent (the safe side)."""
    if age is None or age < 12:
        return ConsentGiver.OUDERS
    if age < 16:
        return ConsentGiver.JEUGDIGE_EN_OUDERS
    return ConsentGiver.JEUGDIGE


def household_consent_giver(ages: list[int | None]) -> ConsentGiver:
    """Who consents for sharing about a whole household: the rule of each jeugdige together.
    Children under 12 and youths of 16+ in one household need the parents and the youth
    together; no known jeugdige means the parents (the safe side)."""
    needed = {required_consent_giver(age) for age in ages} or {ConsentGiver.OUDERS}
    if len(needed) == 1:
        return needed.pop()
    return ConsentGiver.JEUGDIGE_EN_OUDERS


@dataclass(frozen=True)
class ConsentRecord:
    purpose: str
    recipient: str
    given_by: ConsentGiver
    given_on: date
    expires_on: date | None = None
    withdrawn_on: date | None = None

    def holds_on(self, day: date) -> bool:
        if day < self.given_on:
            return False
        if self.withdrawn_on is not None and day >= self.withdrawn_on:
            return False
        return self.expires_on is None or day <= self.expires_on


def sharing_allowed(
    consents: list[ConsentRecord],
    recipient: str,
    day: date,
    *,
    age: int | None,
    ground: LegalGround | None = None,
    ground_reason: str = "",
) -> bool:
    """Consent from the right giver for this recipient, or a legal ground with a reason."""
    if ground is not None and ground_reason.strip():
        return True
    needed = required_consent_giver(age)
    return any(
        c.recipient == recipient and c.holds_on(day) and c.given_by is needed for c in consents
    )
