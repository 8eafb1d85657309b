"""Casusregie services: who moves the cycle, what each decision does, regime and regisseur
changes, contributions — each rule against the encrypted store."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from casedesk.domain.regie import VeiligThuisAfspraken
from casedesk.domain.vocabulary import CaseStatus, Decision, Regime, Step
from casedesk.errors import InvalidInput, RuleViolation
from casedesk.services import regie
from casedesk.store.database import Store
from casedesk.store.models import AuditEntry, Casus, OutboxEntry, StapLog, Toetsing
from tests.conftest import NOW
from tests.unit.services.casus_setup import CasusSetup, make_casus

TODAY = NOW.date()


@pytest.fixture
def setup(store: Store) -> CasusSetup:
    return make_casus(store, TODAY)


def advance_to(store: Store, setup: CasusSetup, target: Step) -> None:
    with store.session(setup.regisseur) as s:
        for step in list(Step)[: target.number - 1]:
            regie.conclude_step(s, setup.casus_id, step=step)


def audit_actions(store: Store, casus_id: str) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == casus_id)
                              .order_by(AuditEntry.seq)))


def test_the_casusregisseur_advances_a_step_and_it_is_logged(
    store: Store, setup: CasusSetup
) -> None:
    with store.session(setup.regisseur) as s:
        view = regie.conclude_step(s, setup.casus_id, step=Step.VRAAGANALYSE)
    assert view.stap is Step.RESULTAAT and view.status is CaseStatus.OPEN
    assert view.may_advance and view.refusal == ""
    last = view.historie[-1]
    assert (last.soort, last.van, last.naar, last.door) == (
        "stap", "vraaganalyse", "resultaat", "Sanne de Vries")
    assert "step" in audit_actions(store, setup.casus_id)
    with store.session() as s:
        ops = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == setup.casus_id,
                                                  OutboxEntry.kind == "update")).all()
    assert any(op.nieuw.get("stap") == "resultaat" for op in ops)


def test_the_stand_in_may_advance_too(store: Store, setup: CasusSetup) -> None:
    with store.session(setup.stand_in) as s:
        view = regie.conclude_step(s, setup.casus_id, step=Step.VRAAGANALYSE)
    assert view.stap is Step.RESULTAAT


def test_others_cannot_advance_but_may_contribute(store: Store, setup: CasusSetup) -> None:
    with store.session(setup.colleague) as s:
        view = regie.regie_view(s, setup.casus_id)
        assert not view.may_advance and view.refusal == "not-regiehouder"
        with pytest.raises(RuleViolation) as refused:
            regie.conclude_step(s, setup.casus_id, step=Step.VRAAGANALYSE)
        assert refused.value.code == "not-regiehouder"
    with store.session(setup.colleague) as s:
        view = regie.add_contribution(s, setup.casus_id, "Zoë was vandaag vrolijk op school.")
    assert view.stap is Step.VRAAGANALYSE
    assert [(b.auteur, b.tekst) for b in view.bijdragen] == [
        ("Joris Bakker", "Zoë was vandaag vrolijk op school.")]
    assert "contribution" in audit_actions(store, setup.casus_id)


def test_an_empty_contribution_is_refused(store: Store, setup: CasusSetup) -> None:
    with store.session(setup.colleague) as s, pytest.raises(InvalidInput) as bad:
        regie.add_contribution(s, setup.casus_id, "   ")
    assert bad.value.errors[0].field == "tekst"


def test_geen_jeugdhulp_closes_the_casus_with_its_reason(store: Store, setup: CasusSetup) -> None:
    with store.session(setup.regisseur) as s, pytest.raises(InvalidInput) as bad:
        regie.conclude_step(s, setup.casus_id, step=Step.VRAAGANALYSE,
                            decision=Decision.GEEN_JEUGDHULP)
    assert (bad.value.errors[0].field, bad.value.errors[0].code) == ("reden", "required")
    with store.session(setup.regisseur) as s:
        view = regie.conclude_step(s, setup.casus_id, step=Step.VRAAGANALYSE,
                                   decision=Decision.GEEN_JEUGDHULP,
                                   reason="Sportclub en oma helpen; eigen kracht volstaat.")
        casus = s.get(Casus, setup.casus_id)
        assert casus is not None
        assert casus.gesloten_op == TODAY and casus.sluitreden.startswith("Sportclub")
        assert casus.volgende_evaluatie is None
    assert view.status is CaseStatus.GESLOTEN and not view.may_advance
    assert view.refusal == "casus-closed"
    assert view.historie[-1].besluit == "geen_jeugdhulp"


def test_geen_jeugdhulp_only_ends_step_one(store: Store, setup: CasusSetup) -> None:
    advance_to(store, setup, Step.RESULTAAT)
    with store.session(setup.regisseur) as s, pytest.raises(RuleViolation) as refused:
        regie.conclude_step(s, setup.casus_id, step=Step.RESULTAAT,
                            decision=Decision.GEEN_JEUGDHULP, reason="x")
    assert refused.value.code == "decision-not-here"


def test_a_stale_step_is_refused(store: Store, setup: CasusSetup) -> None:
    advance_to(store, setup, Step.RESULTAAT)
    with store.session(setup.regisseur) as s, pytest.raises(RuleViolation) as refused:
        regie.conclude_step(s, setup.casus_id, step=Step.VRAAGANALYSE)
    assert refused.value.code == "step-moved"


def test_toetsing_needs_a_decision(store: Store, setup: CasusSetup) -> None:
    advance_to(store, setup, Step.TOETSING)
    with store.session(setup.regisseur) as s, pytest.raises(RuleViolation) as refused:
        regie.conclude_step(s, setup.casus_id, step=Step.TOETSING)
    assert refused.value.code == "decision-required"


@pytest.mark.parametrize(
    ("decision", "step", "status"),
    [
        (Decision.BIJSTELLEN_RESULTAAT, Step.RESULTAAT, CaseStatus.OPEN),
        (Decision.BIJSTELLEN_MIDDELEN, Step.MIDDELEN, CaseStatus.OPEN),
        (Decision.OPSCHALEN, Step.MIDDELEN, CaseStatus.OPEN),
        (Decision.WAAKVLAM, Step.TOETSING, CaseStatus.WAAKVLAM),
        (Decision.AFRONDEN, Step.TOETSING, CaseStatus.GESLOTEN),
    ],
)
def test_each_toetsing_decision_moves_the_cycle(
    store: Store, setup: CasusSetup, decision: Decision, step: Step, status: CaseStatus
) -> None:
    advance_to(store, setup, Step.TOETSING)
    with store.session(setup.regisseur) as s:
        view = regie.conclude_step(s, setup.casus_id, step=Step.TOETSING, decision=decision,
                                   reason="Besproken met het gezin.")
        toetsing = s.scalars(select(Toetsing).where(Toetsing.casus_id == setup.casus_id)).one()
    assert (view.stap, view.status) == (step, status)
    assert toetsing.besluit == decision.value
    if status is CaseStatus.GESLOTEN:
        assert view.volgende_evaluatie is None and toetsing.volgende_evaluatie is None
    else:  # the next evaluation follows the gemeente's interval unless one was chosen
        assert view.volgende_evaluatie == date(2027, 2, 2) == toetsing.volgende_evaluatie


def test_bijstellen_keeps_the_history_of_every_round(store: Store, setup: CasusSetup) -> None:
    advance_to(store, setup, Step.TOETSING)
    with store.session(setup.regisseur) as s:
        regie.conclude_step(s, setup.casus_id, step=Step.TOETSING,
                            decision=Decision.BIJSTELLEN_RESULTAAT,
                            volgende_evaluatie=date(2026, 12, 15))
        regie.conclude_step(s, setup.casus_id, step=Step.RESULTAAT)
        regie.conclude_step(s, setup.casus_id, step=Step.MIDDELEN)
        view = regie.conclude_step(s, setup.casus_id, step=Step.TOETSING,
                                   decision=Decision.BIJSTELLEN_MIDDELEN)
        rounds = s.scalars(select(Toetsing.besluit).where(
            Toetsing.casus_id == setup.casus_id)).all()
    moves = [(e.van, e.naar, e.besluit) for e in view.historie if e.soort == "stap"]
    assert moves == [
        ("vraaganalyse", "resultaat", ""),
        ("resultaat", "middelen", ""),
        ("middelen", "toetsing", ""),
        ("toetsing", "resultaat", "bijstellen_resultaat"),
        ("resultaat", "middelen", ""),
        ("middelen", "toetsing", ""),
        ("toetsing", "middelen", "bijstellen_middelen"),
    ]
    assert sorted(rounds) == ["bijstellen_middelen", "bijstellen_resultaat"]


def test_afschalen_needs_the_conditions_for_return(store: Store, setup: CasusSetup) -> None:
    advance_to(store, setup, Step.TOETSING)
    with store.session(setup.regisseur) as s, pytest.raises(InvalidInput) as bad:
        regie.conclude_step(s, setup.casus_id, step=Step.TOETSING, decision=Decision.AFSCHALEN)
    assert bad.value.errors[0].field == "toetsing.afschaal_voorwaarden"
    with store.session(setup.regisseur) as s:
        casus = s.get(Casus, setup.casus_id)
        assert casus is not None
        casus.afschaal_voorwaarden = "Terug bij huurachterstand of verlies van werk."
    with store.session(setup.regisseur) as s:
        view = regie.conclude_step(s, setup.casus_id, step=Step.TOETSING,
                                   decision=Decision.AFSCHALEN)
    assert view.status is CaseStatus.GESLOTEN


def test_a_closed_casus_is_reopened_at_the_vraaganalyse(store: Store, setup: CasusSetup) -> None:
    advance_to(store, setup, Step.TOETSING)
    with store.session(setup.regisseur) as s:
        regie.conclude_step(s, setup.casus_id, step=Step.TOETSING, decision=Decision.AFRONDEN)
    with store.session(setup.regisseur) as s, pytest.raises(RuleViolation) as refused:
        regie.conclude_step(s, setup.casus_id, step=Step.TOETSING, decision=Decision.AFRONDEN)
    assert refused.value.code == "casus-closed"
    with store.session(setup.regisseur) as s, pytest.raises(InvalidInput):
        regie.reopen_case(s, setup.casus_id, "")
    with store.session(setup.regisseur) as s:
        view = regie.reopen_case(s, setup.casus_id, "Nieuwe zorgen van school.")
        casus = s.get(Casus, setup.casus_id)
        assert casus is not None and casus.gesloten_op is None
    assert (view.stap, view.status) == (Step.VRAAGANALYSE, CaseStatus.OPEN)
    assert [e.soort for e in view.historie][-2:] == ["stap", "heropend"]
    with store.session(setup.regisseur) as s, pytest.raises(RuleViolation) as refused:
        regie.reopen_case(s, setup.casus_id, "nogmaals")
    assert refused.value.code == "already-open"
    assert "reopen" in audit_actions(store, setup.casus_id)


def test_regime_changes_need_a_reason_and_are_logged(store: Store, setup: CasusSetup) -> None:
    with store.session(setup.regisseur) as s, pytest.raises(InvalidInput) as bad:
        regie.change_regime(s, setup.casus_id, Regime.VEILIG_THUIS, " ")
    assert bad.value.errors[0].field == "reden"
    with store.session(setup.regisseur) as s:
        view = regie.change_regime(
            s, setup.casus_id, Regime.VEILIG_THUIS, "Melding bij Veilig Thuis na incident.",
            VeiligThuisAfspraken(aanspreekpunt="Sanne de Vries"),
        )
    assert view.regime is Regime.VEILIG_THUIS
    assert view.reminders == ("veilig-thuis-planschrijver-missing",
                              "veilig-thuis-toezicht-missing")
    with store.session(setup.regisseur) as s:
        view = regie.set_veilig_thuis_afspraken(s, setup.casus_id, VeiligThuisAfspraken(
            "Sanne de Vries", "Sanne de Vries", "Veilig Thuis Gelderland-Zuid"))
    assert view.reminders == ()
    with store.session(setup.regisseur) as s, pytest.raises(RuleViolation) as refused:
        regie.change_regime(s, setup.casus_id, Regime.VEILIG_THUIS, "nog eens")
    assert refused.value.code == "same-regime"
    with store.session(setup.regisseur) as s:
        regie.change_regime(s, setup.casus_id, Regime.GI_MAATREGEL, "OTS uitgesproken.")
        view = regie.change_regime(s, setup.casus_id, Regime.LOKAAL_VRIJWILLIG, "OTS beëindigd.")
    assert [(e.van, e.naar, e.reden) for e in view.historie if e.soort == "regime"] == [
        ("lokaal_vrijwillig", "veilig_thuis", "Melding bij Veilig Thuis na incident."),
        ("veilig_thuis", "gi_maatregel", "OTS uitgesproken."),
        ("gi_maatregel", "lokaal_vrijwillig", "OTS beëindigd."),
    ]
    assert view.reminders == ()
    assert audit_actions(store, setup.casus_id).count("regime") == 3


def test_only_the_regiehouder_changes_the_regime(store: Store, setup: CasusSetup) -> None:
    with store.session(setup.colleague) as s, pytest.raises(RuleViolation):
        regie.change_regime(s, setup.casus_id, Regime.GI_MAATREGEL, "OTS")


def test_handing_over_regie_is_logged_with_its_reason(store: Store, setup: CasusSetup) -> None:
    with store.session(setup.regisseur) as s, pytest.raises(InvalidInput) as bad:
        regie.change_regisseur(s, setup.casus_id, setup.regisseur, "")
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("reden", "required"), ("regisseur", "same-regisseur")}
    with store.session(setup.regisseur) as s:
        candidates = regie.regisseur_candidates(s, setup.casus_id)
        assert setup.colleague in [c.professional_id for c in candidates]
        assert setup.regisseur not in [c.professional_id for c in candidates]
        view = regie.change_regisseur(s, setup.casus_id, setup.stand_in, "Sanne met verlof.")
    assert view.casusregisseur == "Özlem Kaya" and view.stand_in_id is None
    entry = view.historie[-1]
    assert (entry.soort, entry.van, entry.naar, entry.reden) == (
        "regie", "Sanne de Vries", "Özlem Kaya", "Sanne met verlof.")
    with store.session(setup.regisseur) as s:
        assert not regie.regie_view(s, setup.casus_id).may_advance
    assert "regisseur" in audit_actions(store, setup.casus_id)


def test_a_teamleider_may_hand_over_regie_a_colleague_may_not(
    store: Store, setup: CasusSetup
) -> None:
    with store.session(setup.colleague) as s, pytest.raises(RuleViolation):
        regie.change_regisseur(s, setup.casus_id, setup.colleague, "Ik neem het over.")
    with store.session(setup.teamleider) as s:
        assert regie.regie_view(s, setup.casus_id).may_change_regisseur
        view = regie.change_regisseur(s, setup.casus_id, setup.colleague, "Herverdeling.")
    assert view.casusregisseur_id == setup.colleague


def test_step_log_rows_are_synced(store: Store, setup: CasusSetup) -> None:
    advance_to(store, setup, Step.RESULTAAT)
    with store.session() as s:
        log_ids = set(s.scalars(select(StapLog.id).where(StapLog.casus_id == setup.casus_id)))
        synced = set(s.scalars(select(OutboxEntry.entity_id).where(
            OutboxEntry.entity == "stap_log")))
    assert log_ids <= synced
