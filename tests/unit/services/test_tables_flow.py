"""The overlegtafel services end to end on an encrypted store: a casusregisseur prepares and
submits an aanmelding, the tafelsecretaris checks, plans and closes it, and the outcome flows
back to the casus. The secretary's side never reads the casus."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import event, select

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.tables import Action
from casedesk.domain.vocabulary import AanmeldingStatus as S
from casedesk.domain.vocabulary import LegalGround, MemberRole, Role
from casedesk.errors import InvalidInput, RuleViolation
from casedesk.region import load_region
from casedesk.services import overview, reference, regie
from casedesk.services import tables as svc
from casedesk.services import tables_outcome as outcome
from casedesk.services.documents import ExportKind
from casedesk.services.tables_dto import (
    AanmeldingDraft,
    Deelnemer,
    DocumentRef,
    NewConsent,
    TableAanmelding,
)
from casedesk.services.tables_export import export_zitting
from casedesk.store.database import Store
from casedesk.store.models import (
    Aanmelding,
    Afspraak,
    AuditEntry,
    Bijdrage,
    Casus,
    Doel,
    Huishouden,
    Middel,
    Observatie,
    Persoon,
    Professional,
    Tafel,
    Toestemming,
    Zitting,
)
from tests.conftest import NOW

TODAY = NOW.date()
OPH_DOCS = (
    DocumentRef("verklarende analyse", "VA-2026-114.pdf"),
    DocumentRef("perspectiefplan", "perspectiefplan-okt.pdf"),
)


@dataclass(frozen=True)
class World:
    store: Store
    regisseur: str
    secretary: str
    outsider: str
    casus: str
    sophie: str  # 14
    sem: str  # 6
    consent: str  # jeugdige en ouders, for OPH
    oph: str
    kbw: str
    keys: dict[str, str]  # fragment name -> key

    def act_as(self, who: str) -> None:
        with self.store.session() as s:
            reference.set_me(s, who)

    def call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        with self.store.session() as s:
            return fn(s, *args, **kwargs)


@pytest.fixture
def world(store: Store) -> World:
    region = load_region()
    team = region.teams[0]
    tafels = {t.definition.code: t.id for t in region.tafels}
    with store.session() as s:
        reference.install_region(s, region)
    with store.session() as s:
        people = {}
        for key, rollen, team_id, org in (
            ("regisseur", [Role.CASUSREGISSEUR.value], team.id, "Sociaal wijkteam"),
            ("secretary", [Role.TAFELSECRETARIS.value], None, "Regionaal Expertteam"),
            ("outsider", [Role.PRIVACY_OFFICER.value], None, "Gemeente Nijmegen"),
        ):
            p = Professional(
                naam=f"Mw. {key}",
                gebruikersnaam=key,
                rollen=rollen,
                team_id=team_id,
                organisatie=org,
                email=f"{key}@example.nl",
            )
            s.add(p)
            s.flush()
            people[key] = p.id
        h = Huishouden(
            naam="Gezin van den Berg",
            gemeente_id=team.gemeente_id,
            team_id=team.id,
            straat="Molenweg 12",
            postcode="6543 AB",
            woonplaats="Nijmegen",
        )
        s.add(h)
        s.flush()
        mother = Persoon(
            huishouden_id=h.id,
            voornaam="Anouk",
            tussenvoegsel="van den",
            achternaam="Berg",
            geboortedatum=date(1985, 3, 1),
            rol=MemberRole.OUDER.value,
            gezag=True,
            bsn="111222333",
        )
        sophie = Persoon(
            huishouden_id=h.id,
            voornaam="Sophie",
            tussenvoegsel="van den",
            achternaam="Berg",
            geboortedatum=date(2012, 5, 1),
            rol=MemberRole.JEUGDIGE.value,
        )
        sem = Persoon(
            huishouden_id=h.id,
            voornaam="Sem",
            tussenvoegsel="van den",
            achternaam="Berg",
            geboortedatum=date(2020, 1, 10),
            rol=MemberRole.JEUGDIGE.value,
        )
        s.add_all([mother, sophie, sem])
        c = Casus(
            huishouden_id=h.id,
            team_id=team.id,
            gemeente_id=team.gemeente_id,
            casusregisseur_id=people["regisseur"],
            verwijzer="school",
            status="open",
            stap="middelen",
            regime="lokaal_vrijwillig",
            geopend_op=date(2026, 3, 1),
            aanleiding="Moeder Anouk belde na een melding van school.",
        )
        s.add(c)
        s.flush()
        goal = Doel(casus_id=c.id, persoon_id=sophie.id, omschrijving="Ik ga weer naar school.")
        worry = Observatie(
            casus_id=c.id,
            persoon_id=sophie.id,
            soort="zorg",
            tekst="Sophie snijdt zichzelf; Anouk weet niet wat te doen.",
        )
        strength = Observatie(casus_id=c.id, soort="kracht", tekst="Oma woont om de hoek.")
        help_ = Middel(
            casus_id=c.id,
            omschrijving="Jeugd-GGZ behandeling",
            aanbieder="Karakter",
            soort_aanbieder="aanbieder",
            wet="jeugdwet",
        )
        secret = Doel(casus_id=c.id, omschrijving="Geheim doel dat de tafel niet ziet.")
        consent = Toestemming(
            casus_id=c.id,
            doel="bespreken in OPH",
            ontvanger="OPH",
            gegeven_door=ConsentGiver.JEUGDIGE_EN_OUDERS.value,
            namen="Anouk en Sophie",
            gegeven_op=date(2026, 10, 1),
        )
        s.add_all([goal, worry, strength, help_, secret, consent])
        s.flush()
        keys = {
            "mother": f"lid:{mother.id}",
            "sophie": f"lid:{sophie.id}",
            "goal": f"doel:{goal.id}",
            "worry": f"observatie:{worry.id}",
            "strength": f"observatie:{strength.id}",
            "help": f"middel:{help_.id}",
            "secret": f"doel:{secret.id}",
        }
        reference.set_me(s, people["regisseur"])
        return World(
            store,
            people["regisseur"],
            people["secretary"],
            people["outsider"],
            c.id,
            sophie.id,
            sem.id,
            consent.id,
            tafels["OPH"],
            tafels["KBW"],
            keys,
        )


def draft(w: World, **changes: Any) -> AanmeldingDraft:
    base = AanmeldingDraft(
        casus_id=w.casus,
        tafel_id=w.oph,
        vraag="Welke hulp past zonder uithuisplaatsing?",
        jeugdige_id=w.sophie,
        fragment_keys=(w.keys["sophie"], w.keys["goal"], w.keys["worry"], w.keys["help"]),
        documenten=OPH_DOCS,
        toestemming_id=w.consent,
    )
    return replace(base, **changes)


def refused(w: World, d: AanmeldingDraft) -> list[tuple[str, str]]:
    with pytest.raises(InvalidInput) as error:
        w.call(svc.save_aanmelding, d, submit=True)
    return [(e.field, e.code) for e in error.value.errors]


def submitted(w: World) -> str:
    return str(w.call(svc.save_aanmelding, draft(w), submit=True).aanmelding_id)


# --- preparing and submitting ----------------------------------------------------------------


def test_the_form_offers_tables_youths_fragments_and_consents(world: World) -> None:
    form = world.call(svc.aanmelding_form, world.casus)
    assert len(form.tables) == 8
    assert [(j.naam, j.leeftijd) for j in form.jeugdigen] == [
        ("Sophie van den Berg", 14),
        ("Sem van den Berg", 6),
    ]
    assert {f.key for f in form.fragments} == set(world.keys.values()) | {f"lid:{world.sem}"}
    assert [c.toestemming_id for c in form.consents] == [world.consent]
    assert "lokaal team" in form.indiener_rollen and "casusregisseur" in form.indiener_rollen


def test_an_anonymised_summary_holds_only_the_chosen_fragments_without_names(world: World) -> None:
    mine = world.call(svc.save_aanmelding, draft(world), submit=True)
    assert mine.status is S.INGEDIEND
    text = mine.samenvatting
    assert text.splitlines()[0] == "Jeugdige van 14 jaar, gemeente Berg en Dal"
    assert "Doel: Ik ga weer naar school. (jeugdige, 14 jaar)" in text
    assert "Zorg: [naam] snijdt zichzelf; [naam] weet niet wat te doen. (jeugdige, 14 jaar)" in text
    assert "Hulp: Jeugd-GGZ behandeling — Karakter (Jeugdwet)" in text
    for absent in (
        "Sophie",
        "Anouk",
        "van den Berg",
        "Molenweg",
        "Geheim doel",
        "Oma",
        "111222333",
        "melding van school",
    ):
        assert absent not in text


def test_a_table_that_does_not_anonymise_sees_names(world: World) -> None:
    jbt = next(t.tafel_id for t in world.call(svc.list_tables) if t.definition.code == "JBT")
    with world.store.session() as s:
        consent = svc.record_consent(
            s,
            world.casus,
            jbt,
            NewConsent(ConsentGiver.JEUGDIGE_EN_OUDERS, "Anouk en Sophie", TODAY),
        )
    mine = world.call(
        svc.save_aanmelding,
        draft(world, tafel_id=jbt, documenten=(), toestemming_id=consent.toestemming_id),
        submit=True,
    )
    first = mine.samenvatting.splitlines()[0]
    assert first.startswith("Gezin van den Berg (") and first.endswith(
        "— over Sophie van den Berg, 14 jaar"
    )
    assert "Sophie van den Berg: jeugdige, 14 jaar" in mine.samenvatting


def test_a_submitter_whose_role_the_table_does_not_list_is_refused(world: World) -> None:
    world.act_as(world.outsider)
    assert refused(world, draft(world)) == [("tafel", "role_not_allowed")]


def test_a_child_outside_the_age_range_is_refused(world: World) -> None:
    kbw = draft(
        world,
        tafel_id=world.kbw,
        grondslag=LegalGround.WETTELIJKE_TAAK,
        grondslag_reden="Indicatie beschermd wonen",
        toestemming_id=None,
        documenten=(DocumentRef("BW-indicatie", "BW-7781"),),
    )
    assert refused(world, kbw) == [("jeugdige", "age_below_range")]
    no_youth = replace(kbw, jeugdige_id=None)
    assert refused(world, no_youth) == [("jeugdige", "age_unknown")]


def test_each_missing_required_document_is_refused_next_to_it(world: World) -> None:
    one = (OPH_DOCS[1], DocumentRef("verklarende analyse", "  "))
    assert refused(world, draft(world, documenten=one)) == [
        ("documenten.verklarende analyse", "document_missing"),
    ]
    assert refused(world, draft(world, documenten=())) == [
        ("documenten.verklarende analyse", "document_missing"),
        ("documenten.perspectiefplan", "document_missing"),
    ]


def test_no_consent_or_ground_is_refused(world: World) -> None:
    assert refused(world, draft(world, toestemming_id=None)) == [
        ("toestemming", "no_consent_or_ground"),
    ]
    ground = draft(world, toestemming_id=None, grondslag=LegalGround.MELDCODE)
    assert refused(world, ground) == [("grondslag_reden", "ground-without-reason")]


def test_a_consent_from_the_wrong_people_is_refused(world: World) -> None:
    with world.store.session() as s:
        parents = svc.record_consent(
            s, world.casus, world.oph, NewConsent(ConsentGiver.OUDERS, "Anouk", TODAY)
        )
    d = draft(world, toestemming_id=parents.toestemming_id)
    assert refused(world, d) == [("toestemming", "consent-wrong-giver")]
    # For Sem (6) the parents decide: the same consent holds.
    mine = world.call(svc.save_aanmelding, replace(d, jeugdige_id=world.sem), submit=True)
    assert mine.status is S.INGEDIEND


def test_a_blank_question_is_refused(world: World) -> None:
    assert refused(world, draft(world, vraag=" ")) == [("vraag", "no_question")]


def test_a_refused_submission_stores_nothing(world: World) -> None:
    refused(world, draft(world, vraag=""))
    with world.store.session() as s:
        assert s.scalars(select(Aanmelding)).all() == []


def test_a_legal_ground_with_a_reason_replaces_consent(world: World) -> None:
    d = draft(
        world,
        toestemming_id=world.consent,
        grondslag=LegalGround.VEILIGHEID,
        grondslag_reden="Acute zorgen over de veiligheid van Sophie.",
    )
    mine = world.call(svc.save_aanmelding, d, submit=True)
    with world.store.session() as s:
        row = s.get(Aanmelding, mine.aanmelding_id)
        assert row is not None
        assert (row.grondslag, row.toestemming_id) == ("veiligheid", None)


def test_recording_consent_checks_its_fields(world: World) -> None:
    with pytest.raises(InvalidInput) as error:
        world.call(
            svc.record_consent,
            world.casus,
            world.oph,
            NewConsent(ConsentGiver.OUDERS, " ", TODAY + timedelta(days=1), TODAY),
        )
    assert [(e.field, e.code) for e in error.value.errors] == [
        ("namen", "required"),
        ("gegeven_op", "future-date"),
        ("geldig_tot", "end-before-start"),
    ]


def test_a_concept_is_saved_incomplete_and_its_choices_come_back(world: World) -> None:
    concept = world.call(svc.save_aanmelding, draft(world, documenten=()), submit=False)
    assert concept.status is S.CONCEPT
    form = world.call(svc.aanmelding_form, world.casus, concept.aanmelding_id)
    assert form.draft is not None
    assert form.draft.jeugdige_id == world.sophie
    assert set(form.draft.fragment_keys) == {
        world.keys["sophie"],
        world.keys["goal"],
        world.keys["worry"],
        world.keys["help"],
    }
    assert form.draft.toestemming_id == world.consent
    again = world.call(svc.save_aanmelding, replace(form.draft, documenten=OPH_DOCS), submit=True)
    assert (again.aanmelding_id, again.status) == (concept.aanmelding_id, S.INGEDIEND)


def test_a_submitted_aanmelding_is_not_edited(world: World) -> None:
    a = submitted(world)
    with pytest.raises(RuleViolation) as error:
        world.call(svc.save_aanmelding, draft(world, aanmelding_id=a), submit=True)
    assert error.value.code == "not-editable"


# --- the secretary ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda w: svc.inbox(w, "x"),
        lambda w: svc.planning(w, "x"),
        lambda w: svc.ensure_sessions(w, "x"),
        lambda w: svc.zitting_view(w, "x"),
        lambda w: svc.check_aanmelding(w, "x", ontvankelijk=True),
        lambda w: svc.plan(w, "x", "y"),
        lambda w: svc.unplan(w, "x"),
        lambda w: svc.reorder_agenda(w, "x", []),
        lambda w: svc.record_outcome(w, "x", advies="", conclusie_gezin="", afspraken=()),
    ],
)
def test_secretary_actions_need_the_secretary_role(world: World, call: Any) -> None:
    with world.store.session() as s, pytest.raises(RuleViolation) as error:
        call(s)
    assert error.value.code == "not-secretary"


def test_niet_ontvankelijk_needs_a_reason_that_goes_back_to_the_submitter(world: World) -> None:
    a = submitted(world)
    world.act_as(world.secretary)
    with pytest.raises(InvalidInput) as error:
        world.call(svc.check_aanmelding, a, ontvankelijk=False, reden=" ")
    assert [(e.field, e.code) for e in error.value.errors] == [("reden", "required")]
    checked = world.call(
        svc.check_aanmelding, a, ontvankelijk=False, reden="Het perspectiefplan is van 2024."
    )
    assert checked.status is S.NIET_ONTVANKELIJK
    world.act_as(world.regisseur)
    mine = world.call(svc.my_aanmeldingen)
    assert [(m.status, m.reden_niet_ontvankelijk) for m in mine] == [
        (S.NIET_ONTVANKELIJK, "Het perspectiefplan is van 2024."),
    ]
    again = world.call(svc.save_aanmelding, draft(world, aanmelding_id=a), submit=True)
    assert (again.status, again.reden_niet_ontvankelijk) == (S.INGEDIEND, "")


def test_sessions_come_from_the_cadence_with_the_tables_participants(world: World) -> None:
    world.act_as(world.secretary)
    assert world.call(svc.ensure_sessions, world.oph, weeks=8) == 8
    assert world.call(svc.ensure_sessions, world.oph, weeks=8) == 0  # already there
    plan = world.call(svc.planning, world.oph)
    starts = [z.start for z in plan.zittingen]
    assert starts[0] == datetime(2026, 11, 3, 9, 0)
    assert all(b - a == timedelta(weeks=1) for a, b in pairwise(starts))
    assert all(z.start.weekday() == 1 and z.slots == 6 and z.planned == 0 for z in plan.zittingen)
    view = world.call(svc.zitting_view, plan.zittingen[0].zitting_id)
    assert view.voorzitter == "Regionaal inkoopbureau"
    assert [d.rol for d in view.deelnemers] == [
        "voorzitter",
        "secretaris",
        "expert",
        "expert",
        "expert",
    ]


def make_ontvankelijk(w: World, n: int) -> list[str]:
    ids = []
    for i in range(n):
        w.act_as(w.regisseur)
        ids.append(
            str(
                w.call(svc.save_aanmelding, draft(w, vraag=f"Vraag {i}"), submit=True).aanmelding_id
            )
        )
        w.act_as(w.secretary)
        w.call(svc.check_aanmelding, ids[-1], ontvankelijk=True)
    return ids


def test_planning_fills_a_zitting_up_to_its_capacity_with_slot_times(world: World) -> None:
    ids = make_ontvankelijk(world, 7)
    world.call(svc.ensure_sessions, world.oph, weeks=2)
    first = world.call(svc.planning, world.oph).zittingen[0].zitting_id
    assert len(world.call(svc.planning, world.oph).te_plannen) == 7
    for a in ids[:6]:
        view = world.call(svc.plan, a, first)
    assert [(i.begin.strftime("%H:%M"), i.aanmelding.vraag) for i in view.items] == [
        ("09:00", "Vraag 0"),
        ("09:30", "Vraag 1"),
        ("10:00", "Vraag 2"),
        ("10:30", "Vraag 3"),
        ("11:00", "Vraag 4"),
        ("11:30", "Vraag 5"),
    ]
    assert view.capacity.full
    with pytest.raises(RuleViolation) as error:
        world.call(svc.plan, ids[6], first)
    assert error.value.code == "zitting-full"
    rows = world.call(svc.planning, world.oph)
    assert (rows.zittingen[0].planned, len(rows.te_plannen)) == (6, 1)


def test_a_past_zitting_or_another_tables_zitting_is_refused(world: World) -> None:
    (a,) = make_ontvankelijk(world, 1)
    with world.store.session() as s:
        past = Zitting(tafel_id=world.oph, start=NOW - timedelta(days=7), slots=6)
        other = Zitting(tafel_id=world.kbw, start=NOW + timedelta(days=7), slots=6)
        s.add_all([past, other])
        s.flush()
        ids = past.id, other.id
    for zitting, code in zip(ids, ("zitting-past", "other-table"), strict=True):
        with pytest.raises(RuleViolation) as error:
            world.call(svc.plan, a, zitting)
        assert error.value.code == code


def test_the_agenda_is_reordered_and_unplanning_closes_the_gap(world: World) -> None:
    a, b, c = make_ontvankelijk(world, 3)
    world.call(svc.ensure_sessions, world.oph, weeks=1)
    z = world.call(svc.planning, world.oph).zittingen[0].zitting_id
    for x in (a, b, c):
        world.call(svc.plan, x, z)

    def order(view: Any) -> list[str]:
        return [i.aanmelding.aanmelding_id for i in view.items]

    assert order(world.call(svc.move_on_agenda, c, -1)) == [a, c, b]
    assert order(world.call(svc.reorder_agenda, z, [b, a, c])) == [b, a, c]
    with pytest.raises(RuleViolation):
        world.call(svc.reorder_agenda, z, [b, a])
    view = world.call(svc.unplan, b)
    assert order(view) == [a, c]
    assert [i.begin.strftime("%H:%M") for i in view.items] == ["09:00", "09:30"]
    with world.store.session() as s:
        row = s.get(Aanmelding, b)
        assert row is not None and (row.status, row.zitting_id) == ("ontvankelijk", None)


def test_participants_are_edited_and_attendance_recorded(world: World) -> None:
    world.act_as(world.secretary)
    world.call(svc.ensure_sessions, world.oph, weeks=1)
    z = world.call(svc.planning, world.oph).zittingen[0].zitting_id
    people = (
        Deelnemer("Inkoopbureau", "voorzitter", True),
        Deelnemer("Dr. Yilmaz", "expert", False),
    )
    details = svc.ZittingDetails("Stadhuis, kamer 2.14", "Inkoopbureau", "Secretariaat", people)
    view = world.call(svc.update_zitting, z, details)
    assert (view.plaats, view.deelnemers) == ("Stadhuis, kamer 2.14", people)
    with pytest.raises(InvalidInput) as error:
        world.call(svc.update_zitting, z, replace(details, deelnemers=(Deelnemer(" ", "expert"),)))
    assert [e.field for e in error.value.errors] == ["deelnemers.0.naam"]


def closed_outcome(world: World, action: Action) -> str:
    """An aanmelding of OPH, planned, discussed and closed by its secretary."""
    (a,) = make_ontvankelijk(world, 1)
    world.call(svc.ensure_sessions, world.oph, weeks=1)
    z = world.call(svc.planning, world.oph).zittingen[0].zitting_id
    world.call(svc.plan, a, z)
    world.call(
        svc.record_outcome,
        a,
        advies="Start ambulante behandeling.",
        conclusie_gezin="Er komt hulp bij jullie thuis.",
        afspraken=[action],
        close=True,
    )
    return a


def casus_rows(world: World) -> tuple[list[Any], list[Any]]:
    with world.store.session() as s:
        afspraken = [
            (x.wie, x.wat, x.wanneer, x.bron, x.bron_id)
            for x in s.scalars(select(Afspraak).where(Afspraak.casus_id == world.casus))
        ]
        bijdragen = [
            (b.auteur, b.bron, b.tekst)
            for b in s.scalars(select(Bijdrage).where(Bijdrage.casus_id == world.casus))
        ]
    return afspraken, bijdragen


def test_the_secretary_records_the_outcome_on_the_aanmelding_only(world: World) -> None:
    (a,) = make_ontvankelijk(world, 1)
    world.call(svc.ensure_sessions, world.oph, weeks=1)
    z = world.call(svc.planning, world.oph).zittingen[0].zitting_id
    world.call(svc.plan, a, z)
    action = Action("Casusregisseur", "Vraagt de behandeling aan", date(2026, 11, 20))
    with pytest.raises(InvalidInput) as error:
        world.call(
            svc.record_outcome, a, advies="", conclusie_gezin="", afspraken=[action], close=True
        )
    assert [e.field for e in error.value.errors] == ["advies", "conclusie_gezin"]
    saved = world.call(
        svc.record_outcome,
        a,
        advies="Start ambulante behandeling.",
        conclusie_gezin="",
        afspraken=[action],
    )
    assert saved.status is S.BESPROKEN
    closed = world.call(
        svc.record_outcome,
        a,
        advies="Start ambulante behandeling.",
        conclusie_gezin="Er komt hulp bij jullie thuis.",
        afspraken=[action],
        close=True,
    )
    assert (closed.status, closed.afspraken) == (S.AFGEROND, (action,))
    # Closing wrote nothing into the casus, and the secretary receives nothing either.
    assert casus_rows(world) == ([], [])
    assert world.call(outcome.receive_outcomes) == ()
    assert casus_rows(world) == ([], [])
    with pytest.raises(RuleViolation):
        world.call(svc.record_outcome, a, advies="x", conclusie_gezin="y", afspraken=[])


def test_the_casusregisseur_receives_the_outcome_into_her_casus_once(world: World) -> None:
    action = Action("Casusregisseur", "Vraagt de behandeling aan", date(2026, 11, 20))
    a = closed_outcome(world, action)
    world.act_as(world.regisseur)
    following = world.call(outcome.follow)
    assert following.received == (a,) and following.in_casus == {a}
    (mine,) = following.aanmeldingen
    assert (mine.status, mine.advies, mine.afspraken) == (
        S.AFGEROND,
        "Start ambulante behandeling.",
        (action,),
    )
    afspraken, bijdragen = casus_rows(world)
    assert afspraken == [
        ("Casusregisseur", "Vraagt de behandeling aan", date(2026, 11, 20), "tafel", a)
    ]
    ((auteur, bron, tekst),) = bijdragen
    assert (auteur, bron) == ("Overleg Passende Hulp", "tafel")
    assert tekst.startswith("Advies van ") and "Start ambulante behandeling." in tekst
    assert tekst.endswith("Voor het gezin: Er komt hulp bij jullie thuis.")
    # The contribution shows on the casus, the afspraak in her werkoverzicht.
    view = world.call(regie.regie_view, world.casus)
    assert [(b.auteur, b.bron) for b in view.bijdragen] == [("Overleg Passende Hulp", "tafel")]
    work = world.call(overview.work_overview, today=date(2026, 11, 10), me=world.regisseur)
    assert [(x.wie, x.wat, x.wanneer, x.bron) for x in work.afspraken] == [
        ("Casusregisseur", "Vraagt de behandeling aan", date(2026, 11, 20), "tafel")
    ]
    # Again: nothing new, on this device or (same ids, same contents) on another.
    again = world.call(outcome.follow)
    assert again.received == () and again.in_casus == {a}
    assert casus_rows(world) == (afspraken, bijdragen)
    with world.store.session() as s:
        ids = {outcome.advice_id(a), outcome.action_id(a, 0)}
        assert {b.id for b in s.scalars(select(Bijdrage))} | {
            x.id for x in s.scalars(select(Afspraak))
        } == ids


def test_an_outcome_is_not_received_by_someone_without_regie(world: World) -> None:
    a = closed_outcome(world, Action("Moeder", "Belt de school", date(2026, 11, 20)))
    world.act_as(world.outsider)
    assert world.call(outcome.receive_outcomes) == ()
    assert casus_rows(world) == ([], [])
    # An outcome whose afspraken were written before receiving existed counts as received.
    with world.store.session() as s:
        s.add(Afspraak(casus_id=world.casus, wie="X", wat="Y", bron="tafel", bron_id=a))
    world.act_as(world.regisseur)
    assert world.call(outcome.receive_outcomes) == ()
    assert world.call(outcome.follow).in_casus == {a}


def test_an_aanmelding_not_on_an_agenda_gets_no_outcome(world: World) -> None:
    (a,) = make_ontvankelijk(world, 1)
    with pytest.raises(RuleViolation):
        world.call(svc.record_outcome, a, advies="x", conclusie_gezin="y", afspraken=())


# --- need-to-know ----------------------------------------------------------------------------

CASE_TABLES = re.compile(
    r"\b(?:FROM|JOIN)\s+(casus|huishouden|persoon|doel|observatie|middel|netwerk_contact"
    r"|eigen_woorden|stap_log|plan_versie)\b",
    re.IGNORECASE,
)


@pytest.fixture
def statements(world: World) -> Iterator[list[str]]:
    seen: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(world.store.engine, "before_cursor_execute", remember)
    yield seen
    event.remove(world.store.engine, "before_cursor_execute", remember)


def test_the_secretary_never_reads_the_casus(world: World, statements: list[str]) -> None:
    a, b = make_ontvankelijk(world, 2)
    statements.clear()
    world.call(svc.ensure_sessions, world.oph, weeks=2)
    z = world.call(svc.planning, world.oph).zittingen[0].zitting_id
    world.call(svc.inbox, world.oph)
    world.call(svc.plan, a, z)
    world.call(svc.plan, b, z)
    world.call(svc.move_on_agenda, b, -1)
    world.call(svc.zitting_view, z)
    world.call(
        svc.record_outcome,
        a,
        advies="Advies",
        conclusie_gezin="Uitleg",
        afspraken=[Action("Regisseur", "Belt", TODAY)],
        close=True,
    )
    assert statements and not [s for s in statements if CASE_TABLES.search(s)]


SECRETARY_FIELDS = {
    "aanmelding_id",
    "tafel_id",
    "status",
    "onderwerp",
    "vraag",
    "samenvatting",
    "documenten",
    "deelbasis",
    "ingediend_door",
    "ingediend_door_contact",
    "ingediend_op",
    "reden_niet_ontvankelijk",
    "zitting_id",
    "zitting_start",
    "agenda_positie",
    "advies",
    "conclusie_gezin",
    "afspraken",
}


def test_the_secretarys_dto_holds_only_what_the_aanmelding_holds(world: World) -> None:
    assert {f.name for f in fields(TableAanmelding)} == SECRETARY_FIELDS
    a = submitted(world)
    world.act_as(world.secretary)
    (item,) = world.call(svc.inbox, world.oph).items
    with world.store.session() as s:
        row = s.get(Aanmelding, a)
        assert row is not None
        assert (item.vraag, item.samenvatting) == (row.vraag, row.samenvatting)
        casus = s.get(Casus, world.casus)
        household = s.scalars(select(Huishouden)).one()
        assert casus is not None
        casus_values = [
            casus.id,
            casus.aanleiding,
            household.naam,
            household.straat,
            household.postcode,
            "Anouk en Sophie",
            "Geheim doel",
        ]
    shown = repr(item)
    assert not [v for v in casus_values if v and v in shown]
    assert item.deelbasis.toestemming_door is ConsentGiver.JEUGDIGE_EN_OUDERS
    assert item.ingediend_door == "Mw. regisseur"


def test_a_misconfigured_table_is_left_out_of_the_choice(world: World) -> None:
    with world.store.session() as s:
        tafel = s.get(Tafel, world.kbw)
        assert tafel is not None
        tafel.definitie = {**tafel.definitie, "weekday": 9}
    assert "KBW" not in {t.definition.code for t in world.call(svc.list_tables)}


# --- documents -------------------------------------------------------------------------------


def test_the_zittings_verslag_is_exported_for_its_secretary(
    world: World, tmp_path: Path, statements: list[str]
) -> None:
    (a,) = make_ontvankelijk(world, 1)
    world.call(svc.ensure_sessions, world.oph, weeks=1)
    z = world.call(svc.planning, world.oph).zittingen[0].zitting_id
    world.call(svc.plan, a, z)
    world.call(
        svc.record_outcome,
        a,
        advies="Start ambulante behandeling.",
        conclusie_gezin="Er komt hulp thuis.",
        afspraken=[Action("Casusregisseur", "Vraagt de behandeling aan", TODAY)],
        close=True,
    )
    statements.clear()
    path = world.call(export_zitting, ExportKind.VERSLAG, z, tmp_path / "verslag.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Start ambulante behandeling." in text and "Vraagt de behandeling aan" in text
    assert "Er komt hulp thuis." in text
    assert "Casus 1: jeugdige van 14 jaar, Berg en Dal" in text  # the aanmelding's subject
    assert "van den Berg" not in text and "Sophie" not in text  # OPH is anonymised
    # Built from the aanmeldingen alone: a secretary's device holds no casus to read.
    assert statements and not [q for q in statements if CASE_TABLES.search(q)]
    with pytest.raises(RuleViolation):
        world.call(export_zitting, ExportKind.GEZINSPLAN, z, tmp_path / "x.pdf")
    world.act_as(world.regisseur)
    with pytest.raises(RuleViolation) as error:
        world.call(export_zitting, ExportKind.AGENDA, z, tmp_path / "agenda.pdf")
    assert error.value.code == "not-secretary"


def test_the_agenda_names_items_as_their_aanmelding_does_and_counts_its_issues(
    world: World, tmp_path: Path
) -> None:
    world.act_as(world.regisseur)
    jbt = next(t.id for t in load_region().tafels if t.definition.code == "JBT")
    named = world.call(
        svc.save_aanmelding,
        draft(
            world,
            tafel_id=jbt,
            documenten=(),
            toestemming_id=None,
            grondslag=LegalGround.VEILIGHEID,
            grondslag_reden="Acuut gevaar.",
        ),
        submit=True,
    ).aanmelding_id
    world.act_as(world.secretary)
    world.call(svc.check_aanmelding, named, ontvankelijk=True)
    world.call(svc.ensure_sessions, jbt, weeks=1)
    z = world.call(svc.planning, jbt).zittingen[0].zitting_id
    world.call(svc.plan, named, z)
    first = world.call(export_zitting, ExportKind.AGENDA, z, tmp_path / "agenda.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(first).pages).split())
    assert "Gezin van den Berg (Berg en Dal) — over Sophie van den Berg, 14 jaar" in text
    assert "Welke hulp past zonder uithuisplaatsing?" in text and "Mw. regisseur" in text
    assert "Anouk" not in text and "Molenweg" not in text  # nothing the summary left out
    with world.store.session() as s:
        exports = s.scalars(
            select(AuditEntry.detail).where(
                AuditEntry.action == "export", AuditEntry.entity_id == z
            )
        ).all()
    assert exports == [{"kind": "agenda"}]
    again = world.call(export_zitting, ExportKind.AGENDA, z, tmp_path / "agenda2.pdf")
    assert "Uitgifte 2" in "".join(page.extract_text() for page in PdfReader(again).pages)
