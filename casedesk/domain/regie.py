"""Casusregie rules: the four-step cycle, who may move it, and the regie regime.

Reminders, not gates: where the domain asks for something a professional may not have at hand
(the three Veilig Thuis afspraken), the rules report what is missing instead of refusing.
"""

from __future__ import annotations

from dataclasses import dataclass

from casedesk.domain.vocabulary import CaseStatus, Decision, Regime, Step
from casedesk.errors import RuleViolation

TOETSING_DECISIONS = frozenset(Decision) - {Decision.GEEN_JEUGDHULP}


@dataclass(frozen=True)
class StepOutcome:
    """Where the casus stands after a step is concluded."""

    step: Step
    status: CaseStatus


def regiehouders(casusregisseur_id: str | None, stand_in_id: str | None) -> frozenset[str]:
    """Who may advance steps: the casusregisseur and, acting for them, the stand-in."""
    return frozenset(p for p in (casusregisseur_id, stand_in_id) if p)


def require_regiehouder(
    actor_id: str, casusregisseur_id: str | None, stand_in_id: str | None
) -> None:
    if actor_id not in regiehouders(casusregisseur_id, stand_in_id):
        raise RuleViolation(
            "not-regiehouder",
            "only the casusregisseur (or stand-in) advances steps; others add contributions",
        )


def require_casusregisseur(casusregisseur_id: str | None) -> str:
    """A casus never has no regiehouder (002 l.425-429)."""
    if not casusregisseur_id:
        raise RuleViolation("no-regiehouder", "a casus always has a casusregisseur")
    return casusregisseur_id


def conclude_step(step: Step, status: CaseStatus, decision: Decision | None) -> StepOutcome:
    """The next position in the cycle when ``step`` is concluded with ``decision``.

    Steps 1-3 move on without a decision; step 1 may end in "geen jeugdhulp nodig"; step 4 needs
    one of the toetsing decisions. Bijstellen goes back to step 2 or 3 (history is kept by the
    caller's step log). Opschalen arranges heavier help, so it returns to middelen.
    """
    if status is CaseStatus.GESLOTEN:
        raise RuleViolation("casus-closed", "a closed casus must be reopened first")
    if step is Step.TOETSING:
        if decision not in TOETSING_DECISIONS:
            raise RuleViolation("decision-required", "toetsing ends with a decision")
        return _after_toetsing(decision)
    if decision is Decision.GEEN_JEUGDHULP:
        if step is not Step.VRAAGANALYSE:
            raise RuleViolation("decision-not-here", "geen jeugdhulp nodig ends step 1 only")
        return StepOutcome(step, CaseStatus.GESLOTEN)
    if decision is not None:
        raise RuleViolation("decision-not-here", f"{decision} is a toetsing decision")
    order = list(Step)
    return StepOutcome(order[order.index(step) + 1], CaseStatus.OPEN)


def _after_toetsing(decision: Decision) -> StepOutcome:
    match decision:
        case Decision.AFRONDEN | Decision.AFSCHALEN:
            return StepOutcome(Step.TOETSING, CaseStatus.GESLOTEN)
        case Decision.BIJSTELLEN_RESULTAAT:
            return StepOutcome(Step.RESULTAAT, CaseStatus.OPEN)
        case Decision.BIJSTELLEN_MIDDELEN | Decision.OPSCHALEN:
            return StepOutcome(Step.MIDDELEN, CaseStatus.OPEN)
        case _:
            return StepOutcome(Step.TOETSING, CaseStatus.WAAKVLAM)


def reopen(status: CaseStatus) -> StepOutcome:
    """A closed or dormant casus reopens at the vraaganalyse: the situation is looked at anew."""
    if status is CaseStatus.OPEN:
        raise RuleViolation("already-open", "the casus is open")
    return StepOutcome(Step.VRAAGANALYSE, CaseStatus.OPEN)


@dataclass(frozen=True)
class VeiligThuisAfspraken:
    """The three afspraken recorded when Veilig Thuis is involved (002 l.860-866)."""

    aanspreekpunt: str = ""  # who the family turns to
    planschrijver: str = ""  # who writes the plan with the family
    toezicht: str = ""  # who watches that it is carried out

    def missing(self) -> list[str]:
        return [name for name, value in vars(self).items() if not value.strip()]


def regime_reminders(regime: Regime, afspraken: VeiligThuisAfspraken) -> list[str]:
    """What a professional is reminded of under ``regime`` (never a block)."""
    if regime is Regime.VEILIG_THUIS:
        return [f"veilig-thuis-{name}-missing" for name in afspraken.missing()]
    return []


def check_regime_change(old: Regime, new: Regime, reason: str) -> None:
    if old is new:
        raise RuleViolation("same-regime", "the casus already has this regime")
    if not reason.strip():
        raise RuleViolation("reason-required", "a regime change needs a reason")
