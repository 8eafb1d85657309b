"""The toestemming register: who may give consent by age, dates that make sense, withdrawal,
and the sharing flows that check it (an overlegtafel submission, a document to a recipient)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.vocabulary import LegalGround
from casedesk.errors import InvalidInput, RuleViolation
from casedesk.services import consent as svc
from casedesk.services import tables
from casedesk.services.documents import ExportKind
from casedesk.services.sharing import export_for_recipient, recipient_consents
from casedesk.store.models import AuditEntry, Toestemming
from tests.unit.services.test_tables_flow import TODAY, World, draft, refused
from tests.unit.services.test_tables_flow import world as world  # the fixture

HUISARTS = svc.ConsentInput(
    doel="terugkoppeling aan huisarts", ontvanger="huisarts",
    gegeven_door=ConsentGiver.JEUGDIGE_EN_OUDERS, namen="Anouk en Sophie",
    gegeven_op=TODAY - timedelta(days=3), geldig_tot=TODAY + timedelta(days=180))


def fields_refused(w: World, data: svc.ConsentInput) -> list[tuple[str, str]]:
    with pytest.raises(InvalidInput) as error:
        w.call(svc.add_consent, w.casus, data)
    return [(e.field, e.code) for e in error.value.errors]


def test_the_register_lists_consents_and_who_must_give_them(world: World) -> None:
    register = world.call(svc.consent_register, world.casus)
    # Sophie is 14, Sem 6: for the whole household parents and youth consent together.
    assert [(s.naam, s.leeftijd, s.vereist) for s in register.onderwerpen] == [
        ("", None, ConsentGiver.JEUGDIGE_EN_OUDERS),
        ("Sophie van den Berg", 14, ConsentGiver.JEUGDIGE_EN_OUDERS),
        ("Sem van den Berg", 6, ConsentGiver.OUDERS),
    ]
    assert [(c.ontvanger, c.state) for c in register.toestemmingen] == [
        ("OPH", svc.ConsentState.GELDIG)]


def test_adding_a_consent_checks_the_giver_against_the_age_rule_and_the_dates(
    world: World
) -> None:
    added = world.call(svc.add_consent, world.casus, HUISARTS)
    assert added.state is svc.ConsentState.GELDIG
    with world.store.session() as s:
        row = s.get(Toestemming, added.toestemming_id)
        assert row is not None and row.ontvanger == "huisarts" and row.casus_id == world.casus
    assert fields_refused(world, replace(HUISARTS, gegeven_door=ConsentGiver.OUDERS)) == [
        ("gegeven_door", "consent-wrong-giver")]
    # About Sem alone (6), the parents consent; Sophie (14) cannot consent alone.
    about_sem = replace(HUISARTS, gegeven_door=ConsentGiver.OUDERS, persoon_id=world.sem)
    assert world.call(svc.add_consent, world.casus, about_sem).gegeven_door is ConsentGiver.OUDERS
    assert fields_refused(world, replace(HUISARTS, gegeven_door=ConsentGiver.JEUGDIGE,
                                         persoon_id=world.sophie)) == [
        ("gegeven_door", "consent-wrong-giver")]
    assert fields_refused(world, replace(HUISARTS, geldig_tot=HUISARTS.gegeven_op)) == [
        ("geldig_tot", "expiry-not-after-given")]
    assert fields_refused(world, replace(HUISARTS, gegeven_op=TODAY + timedelta(days=1),
                                         geldig_tot=None, doel=" ")) == [
        ("doel", "required"), ("gegeven_op", "future-date")]


def test_a_withdrawal_is_a_date_and_is_audited(world: World) -> None:
    added = world.call(svc.add_consent, world.casus, HUISARTS)
    with pytest.raises(InvalidInput) as early:
        world.call(svc.withdraw_consent, added.toestemming_id, HUISARTS.gegeven_op - timedelta(1))
    assert early.value.errors[0].field == "ingetrokken_op"
    gone = world.call(svc.withdraw_consent, added.toestemming_id, TODAY)
    assert gone.state is svc.ConsentState.INGETROKKEN and gone.ingetrokken_op == TODAY
    with pytest.raises(RuleViolation):
        world.call(svc.withdraw_consent, added.toestemming_id, TODAY)
    with world.store.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity_id == added.toestemming_id).order_by(AuditEntry.seq)))
    assert actions == ["create", "withdraw"]


def test_a_withdrawn_consent_stops_a_later_submission(world: World) -> None:
    first = world.call(tables.save_aanmelding, draft(world), submit=True)
    assert first.status.value == "ingediend"
    world.call(svc.withdraw_consent, world.consent, TODAY)
    # The same table again, later: the consent no longer holds.
    assert refused(world, draft(world, tafel_id=world.oph)) == [
        ("toestemming", "consent-withdrawn")]
    # A recorded legal ground with its reason still allows it.
    grounded = draft(world, toestemming_id=None, grondslag=LegalGround.VEILIGHEID,
                     grondslag_reden="Acute zorg om de veiligheid van de jeugdige.")
    assert world.call(tables.save_aanmelding, grounded, submit=True).status.value == "ingediend"


def test_a_document_leaves_for_a_recipient_only_on_consent_or_ground(world: World) -> None:
    huisarts = svc.SharingBasis("huisarts")
    with pytest.raises(InvalidInput) as none:
        world.call(export_for_recipient, ExportKind.GEZINSPLAN, world.casus, huisarts,
                   today=TODAY)
    assert [(e.field, e.code) for e in none.value.errors] == [
        ("ontvanger", "no-consent-or-ground")]
    with pytest.raises(InvalidInput) as bare:
        world.call(export_for_recipient, ExportKind.GEZINSPLAN, world.casus,
                   svc.SharingBasis("huisarts", LegalGround.MELDCODE, "  "), today=TODAY)
    assert bare.value.errors[0].field == "grondslag_reden"

    added = world.call(svc.add_consent, world.casus, HUISARTS)
    doc = world.call(export_for_recipient, ExportKind.GEZINSPLAN, world.casus, huisarts,
                     today=TODAY)
    assert doc is not None
    with world.store.session() as s:
        share = s.scalars(select(AuditEntry).where(AuditEntry.action == "share")).one()
    assert share.detail == {"kind": "gezinsplan", "ontvanger": "huisarts",
                            "toestemming": added.toestemming_id}
    # A consent for another purpose does not carry this one.
    with pytest.raises(InvalidInput):
        world.call(export_for_recipient, ExportKind.GEZINSPLAN, world.casus,
                   svc.SharingBasis("huisarts", doel="overdracht aan aanbieder"), today=TODAY)
    shown = world.call(recipient_consents, ExportKind.GEZINSPLAN, world.casus, "huisarts",
                       "terugkoppeling aan huisarts")
    assert shown.geldig is not None and shown.geldig.toestemming_id == added.toestemming_id

    world.call(svc.withdraw_consent, added.toestemming_id, TODAY)
    with pytest.raises(InvalidInput):
        world.call(export_for_recipient, ExportKind.GEZINSPLAN, world.casus, huisarts,
                   today=TODAY)
    shown = world.call(recipient_consents, ExportKind.GEZINSPLAN, world.casus, "huisarts")
    assert shown.geldig is None
    assert [e.state for e in shown.telt_niet] == [svc.ConsentState.INGETROKKEN]
    ground = svc.SharingBasis("huisarts", LegalGround.MELDCODE, "Meldcode stap 3: overleg.")
    world.call(export_for_recipient, ExportKind.GEZINSPLAN, world.casus, ground, today=TODAY)
    with pytest.raises(RuleViolation):
        world.call(export_for_recipient, ExportKind.INZAGE, world.sophie, ground, today=TODAY)
