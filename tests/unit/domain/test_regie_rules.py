"""Casusregie rules: who moves the cycle, the regiehouder invariant, the four steps and every
toetsing decision, reopening, and the regie regime."""

from __future__ import annotations

import pytest

from casedesk.domain.regie import (
    TOETSING_DECISIONS,
    StepOutcome,
    VeiligThuisAfspraken,
    check_regime_change,
    conclude_step,
    regiehouders,
    regime_reminders,
    reopen,
    require_casusregisseur,
    require_regiehouder,
)
from casedesk.domain.vocabulary import CaseStatus, Decision, Regime, Step
from casedesk.errors import RuleViolation

OPEN, WAAKVLAM, GESLOTEN = CaseStatus.OPEN, CaseStatus.WAAKVLAM, CaseStatus.GESLOTEN


def _code(call: object) -> str:
    assert callable(call)
    with pytest.raises(RuleViolation) as caught:
        call()
    return caught.value.code


# --- who may advance ---------------------------------------------------------------------------


@pytest.mark.parametrize("actor", ["regisseur", "stand-in"])
def test_the_casusregisseur_and_the_stand_in_advance_steps(actor: str) -> None:
    require_regiehouder(actor, "regisseur", "stand-in")


@pytest.mark.parametrize("actor", ["colleague", "teamleider", "", "system"])
def test_anyone_else_is_refused(actor: str) -> None:
    assert _code(lambda: require_regiehouder(actor, "regisseur", "stand-in")) == "not-regiehouder"


def test_without_a_stand_in_only_the_casusregisseur_advances() -> None:
    assert regiehouders("regisseur", None) == {"regisseur"}
    require_regiehouder("regisseur", "regisseur", None)
    assert _code(lambda: require_regiehouder("", "regisseur", None)) == "not-regiehouder"


@pytest.mark.parametrize("missing", [None, ""])
def test_a_casus_always_has_a_casusregisseur(missing: str | None) -> None:
    assert _code(lambda: require_casusregisseur(missing)) == "no-regiehouder"
    assert require_casusregisseur("regisseur") == "regisseur"


# --- the cycle ---------------------------------------------------------------------------------


def test_steps_one_to_three_move_on_without_a_decision() -> None:
    step = Step.VRAAGANALYSE
    visited = [step]
    while step is not Step.TOETSING:
        outcome = conclude_step(step, OPEN, None)
        assert outcome.status is OPEN
        step = outcome.step
        visited.append(step)
    assert visited == list(Step)
    assert [s.number for s in visited] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        (Decision.AFRONDEN, StepOutcome(Step.TOETSING, GESLOTEN)),
        (Decision.AFSCHALEN, StepOutcome(Step.TOETSING, GESLOTEN)),
        (Decision.BIJSTELLEN_RESULTAAT, StepOutcome(Step.RESULTAAT, OPEN)),
        (Decision.BIJSTELLEN_MIDDELEN, StepOutcome(Step.MIDDELEN, OPEN)),
        (Decision.OPSCHALEN, StepOutcome(Step.MIDDELEN, OPEN)),
        (Decision.WAAKVLAM, StepOutcome(Step.TOETSING, WAAKVLAM)),
    ],
)
def test_every_toetsing_decision_has_its_outcome(decision: Decision, expected: StepOutcome) -> None:
    assert conclude_step(Step.TOETSING, OPEN, decision) == expected


def test_the_table_above_covers_every_toetsing_decision() -> None:
    assert frozenset(Decision) - {Decision.GEEN_JEUGDHULP} == TOETSING_DECISIONS


@pytest.mark.parametrize("decision", [None, Decision.GEEN_JEUGDHULP])
def test_toetsing_ends_with_a_toetsing_decision(decision: Decision | None) -> None:
    assert _code(lambda: conclude_step(Step.TOETSING, OPEN, decision)) == "decision-required"


def test_geen_jeugdhulp_nodig_closes_after_the_vraaganalyse() -> None:
    outcome = conclude_step(Step.VRAAGANALYSE, OPEN, Decision.GEEN_JEUGDHULP)
    assert outcome == StepOutcome(Step.VRAAGANALYSE, GESLOTEN)


@pytest.mark.parametrize("step", [Step.RESULTAAT, Step.MIDDELEN])
def test_geen_jeugdhulp_nodig_only_ends_step_one(step: Step) -> None:
    code = _code(lambda: conclude_step(step, OPEN, Decision.GEEN_JEUGDHULP))
    assert code == "decision-not-here"


@pytest.mark.parametrize("step", [Step.VRAAGANALYSE, Step.RESULTAAT, Step.MIDDELEN])
@pytest.mark.parametrize("decision", sorted(TOETSING_DECISIONS))
def test_toetsing_decisions_do_not_end_earlier_steps(step: Step, decision: Decision) -> None:
    assert _code(lambda: conclude_step(step, OPEN, decision)) == "decision-not-here"


@pytest.mark.parametrize("step", list(Step))
def test_a_closed_casus_refuses_every_step(step: Step) -> None:
    decision = Decision.AFRONDEN if step is Step.TOETSING else None
    assert _code(lambda: conclude_step(step, GESLOTEN, decision)) == "casus-closed"


@pytest.mark.parametrize("status", [GESLOTEN, WAAKVLAM])
def test_reopening_starts_again_at_the_vraaganalyse(status: CaseStatus) -> None:
    assert reopen(status) == StepOutcome(Step.VRAAGANALYSE, OPEN)


def test_an_open_casus_is_not_reopened() -> None:
    assert _code(lambda: reopen(OPEN)) == "already-open"


def test_a_full_cycle_closed_and_reopened() -> None:
    outcome = StepOutcome(Step.VRAAGANALYSE, OPEN)
    for decision in (None, None, None, Decision.BIJSTELLEN_RESULTAAT):
        outcome = conclude_step(outcome.step, outcome.status, decision)
    assert outcome == StepOutcome(Step.RESULTAAT, OPEN)
    outcome = conclude_step(outcome.step, outcome.status, None)
    outcome = conclude_step(outcome.step, outcome.status, None)
    outcome = conclude_step(outcome.step, outcome.status, Decision.AFSCHALEN)
    assert outcome.status is GESLOTEN
    assert reopen(outcome.status) == StepOutcome(Step.VRAAGANALYSE, OPEN)


# --- regime ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("afspraken", "reminders"),
    [
        (
            VeiligThuisAfspraken(),
            [
                "veilig-thuis-aanspreekpunt-missing",
                "veilig-thuis-planschrijver-missing",
                "veilig-thuis-toezicht-missing",
            ],
        ),
        (
            VeiligThuisAfspraken(planschrijver="Sanne", toezicht="Veilig Thuis"),
            ["veilig-thuis-aanspreekpunt-missing"],
        ),
        (
            VeiligThuisAfspraken(aanspreekpunt="Sanne", toezicht="Veilig Thuis"),
            ["veilig-thuis-planschrijver-missing"],
        ),
        (
            VeiligThuisAfspraken(aanspreekpunt="Sanne", planschrijver="  "),
            ["veilig-thuis-planschrijver-missing", "veilig-thuis-toezicht-missing"],
        ),
        (VeiligThuisAfspraken("Sanne", "Sanne", "Veilig Thuis Gelderland-Zuid"), []),
    ],
)
def test_veilig_thuis_reminds_of_each_missing_afspraak(
    afspraken: VeiligThuisAfspraken, reminders: list[str]
) -> None:
    assert regime_reminders(Regime.VEILIG_THUIS, afspraken) == reminders


@pytest.mark.parametrize("regime", [Regime.LOKAAL_VRIJWILLIG, Regime.GI_MAATREGEL])
def test_other_regimes_ask_for_no_afspraken(regime: Regime) -> None:
    assert regime_reminders(regime, VeiligThuisAfspraken()) == []


def test_a_regime_change_needs_a_reason() -> None:
    for reason in ("", "   "):
        code = _code(
            lambda reason=reason: check_regime_change(
                Regime.LOKAAL_VRIJWILLIG, Regime.VEILIG_THUIS, reason
            )
        )
        assert code == "reason-required"


@pytest.mark.parametrize("regime", list(Regime))
def test_a_regime_change_needs_a_different_regime(regime: Regime) -> None:
    assert _code(lambda: check_regime_change(regime, regime, "melding")) == "same-regime"


@pytest.mark.parametrize("old", list(Regime))
@pytest.mark.parametrize("new", list(Regime))
def test_any_other_regime_with_a_reason_is_accepted(old: Regime, new: Regime) -> None:
    if old is not new:
        check_regime_change(old, new, "Ondertoezichtstelling uitgesproken")
