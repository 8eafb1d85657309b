"""The toekomstplan 18+, a table's agenda and verslag, and the AVG inzage, read back."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from casedesk.errors import NotFound, ValidationError
from casedesk.services.documents import ExportKind
from casedesk.store.database import Store
from casedesk.store.models import Aanmelding, AuditEntry, Plan18, Tafel
from tests.fixtures.plans import PlanFamily, exported, make_family, pdf_pages, pdf_text


@pytest.fixture
def family(store: Store) -> PlanFamily:
    with store.session() as s:
        return make_family(s)


def test_the_toekomstplan_has_five_themes_what_changes_at_18_and_the_handover(
    store: Store, family: PlanFamily
) -> None:
    text = pdf_text(exported(store, ExportKind.PLAN18, family.plan18_id))
    for expected in (
        "Toekomstplan 18+", "Anaïs Çelik", "Wordt 18 op 14 maart 2027", "ja, tot 21 jaar",
        "Wat verandert er als je 18 wordt", "zorgverzekering", "DigiD aanvragen",
        "Support", "Wonen", "Inkomen", "Onderwijs & werk", "Zorg & welzijn",
        "Tante Şebnem vragen als steunfiguur", "Inschrijven bij Entree voor een kamer",
        "30-11-2026", "Financiering na 18 Wmo", "Verlengde jeugdhulp", "Vastgelopen",
        "€ 350 per maand", "Warme overdracht", "Wmo-team Nijmegen", "Samira El Amrani",
        "1 maart 2027", "Vaste contactpersoon na 18", "Akkoord gegeven door Jeugdige",
        "Afgesproken op 15 oktober 2026", "Afgesproken · 2 november 2026",
    ):
        assert expected in text, expected


def test_the_toekomstplan_is_found_by_its_casus_too(store: Store, family: PlanFamily) -> None:
    by_plan = pdf_text(exported(store, ExportKind.PLAN18, family.plan18_id))
    by_casus = pdf_text(exported(store, ExportKind.PLAN18, family.casus_id))
    assert by_plan == by_casus


def test_a_casus_with_two_toekomstplannen_needs_the_plan_id(
    store: Store, family: PlanFamily
) -> None:
    with store.session() as s:
        s.add(Plan18(casus_id=family.casus_id, persoon_id=family.noe_id, status="niet_gestart"))
    with pytest.raises(ValidationError, match="give the plan's id"):
        exported(store, ExportKind.PLAN18, family.casus_id)


def test_an_empty_theme_still_appears(store: Store, family: PlanFamily) -> None:
    with store.session() as s:
        plan = Plan18(casus_id=family.casus_id, persoon_id=family.noe_id, status="niet_gestart")
        s.add(plan)
        s.flush()
        plan_id = plan.id
    text = pdf_text(exported(store, ExportKind.PLAN18, plan_id))
    assert "Noë Çelik" in text
    assert text.count("nog niet besproken") == 10  # situation and goal of five themes
    assert "Dit plan is nog niet afgesproken met Noë Çelik." in text


def test_the_agenda_of_an_anonymising_table_names_no_family(store: Store) -> None:
    with store.session() as s:
        first = make_family(s, "celik")
        make_family(s, "tweede")
    pdf = exported(store, ExportKind.AGENDA, first.zitting_id)
    text = pdf_text(pdf)
    for expected in (
        "Agenda", "Overleg Passende Hulp", "dinsdag 10 november 2026, 09:00 uur",
        "Stadhuis Nijmegen, kamer 2.14", "Marieke Smeets", "Dr. Özlem Arslan",
        "09:00–09:30", "09:30–10:00", "Casus 1: jeugdige van 14 jaar, Nijmegen",
        "Casus 2", "Gezin is uitgenodigd.", "verklarende analyse", "perspectiefplan",
        "Fleur de Wit-Jansen", "geanonimiseerd", "Uitgifte 1 · 2 november 2026",
    ):
        assert expected in text, expected
    # only what the aanmelding shares: not the 17-year-old sister's age
    for name in ("Çelik", "Noë", "Anaïs", "Eline", "17 jaar", "14 en 17"):
        assert name not in text, name
    again = pdf_text(exported(store, ExportKind.AGENDA, first.zitting_id))
    assert "Uitgifte 2 · 2 november 2026" in again


def test_the_agenda_of_a_named_table_shows_the_household(
    store: Store, family: PlanFamily
) -> None:
    with store.session() as s:
        tafel = s.get(Tafel, family.tafel_id)
        assert tafel is not None
        tafel.definitie = {**tafel.definitie, "anonymised": False, "minutes_per_slot": 45}
        aanmelding = s.get(Aanmelding, family.aanmelding_id)
        assert aanmelding is not None  # as it is submitted to a table that sees names
        aanmelding.samenvatting = "Gezin Çelik (Nijmegen) — over Noë Çelik, 14 jaar\n\n…"
    text = pdf_text(exported(store, ExportKind.AGENDA, family.zitting_id))
    assert "Gezin Çelik (Nijmegen) — over Noë Çelik, 14 jaar" in text
    assert "09:00–09:45" in text
    assert "geanonimiseerd" not in text


def test_the_verslag_of_a_zitting_has_advice_and_afspraken_with_owners_and_dates(
    store: Store, family: PlanFamily
) -> None:
    text = pdf_text(exported(store, ExportKind.VERSLAG, family.zitting_id))
    for expected in (
        "Verslag", "Overleg Passende Hulp", "Aanwezig", "Afwezig Pieter Jongbloed (expert LVB)",
        "Casus 1: jeugdige van 14 jaar, Nijmegen", "Advies",
        "Start dagbehandeling bij Karakter", "Wat het gezin hoort",
        "Vraagt de dagbehandeling aan.", "17-11-2026", "Jeroen Kuipers (school)", "24-11-2026",
    ):
        assert expected in text, expected
    assert "Çelik" not in text


def test_the_verslag_of_one_aanmelding_names_it_as_it_was_submitted(
    store: Store, family: PlanFamily
) -> None:
    with store.session() as s:
        make_family(s, "tweede")  # another item of the same zitting: not in this verslag
    text = pdf_text(exported(store, ExportKind.VERSLAG, family.aanmelding_id))
    assert "1. Jeugdige van 14 jaar, gemeente Nijmegen" in text
    assert "Start dagbehandeling bij Karakter" in text
    assert "dinsdag 10 november 2026" in text
    assert "2. " not in text and "Çelik" not in text


def test_unknown_ids_are_not_found(store: Store, family: PlanFamily) -> None:
    for kind in (ExportKind.PLAN18, ExportKind.AGENDA, ExportKind.VERSLAG, ExportKind.INZAGE):
        with pytest.raises(NotFound):
            exported(store, kind, "00000000-0000-0000-0000-000000000000")


def test_the_inzage_holds_everything_about_the_person_and_nothing_of_others(
    store: Store, family: PlanFamily
) -> None:
    exported(store, ExportKind.GEZINSPLAN, family.casus_id)  # an earlier, audited export
    pages = pdf_pages(exported(store, ExportKind.INZAGE, family.anais_id))
    text = " ".join(pages)
    for expected in (
        "Inzage persoonsgegevens", "Anaïs Çelik · geboren 14 maart 2009", "art. 15 AVG",
        "Persoonsgegevens (1)", "BSN 111222333", "Huishouden (1)", "Groenestraat 12",
        "Netwerk (2)", "Ria van der Meer", "Casus (1)", "Veilig Thuis betrokken",
        "Zorgen en krachten", "Anaïs heeft een bijbaan", "Het gezin eet elke avond samen",
        "Doelen", "Hulp en middelen", "€ 12.345,50", "Afspraken", "Evaluaties",
        "Toestemmingen", "Ouders met gezag", "Aanmeldingen bij overlegtafels",
        "Toekomstplan 18+ (1)", "Afgesproken", "Leefthema's van het toekomstplan (5)",
        "Tante Şebnem", "Vastgestelde versies van het gezinsplan (1)",
        "Wie heeft de gegevens ingezien of gewijzigd", "geëxporteerd of afgedrukt",
        "Casus (kenmerk)", family.anais_id, "op te vragen per versie",
    ):
        assert expected in text, expected
    # what concerns only other members is someone else's personal data
    for other in ("Eline slaapt slecht", "Ik wil weer naar school zonder",
                  "Noë ligt op schooldagen tot de middag in bed"):
        assert other not in text, other
    assert all(re.search(rf"pagina {i} van {len(pages)}", p)
               for i, p in enumerate(pages, start=1))


def test_exports_are_audited_with_their_kind(store: Store, family: PlanFamily) -> None:
    exported(store, ExportKind.GEZINSPLAN_GEZIN, family.casus_id)
    exported(store, ExportKind.PLAN18, family.casus_id)
    exported(store, ExportKind.AGENDA, family.zitting_id)
    exported(store, ExportKind.VERSLAG, family.aanmelding_id)
    exported(store, ExportKind.INZAGE, family.noe_id)
    with store.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")
                            .order_by(AuditEntry.seq)).all()
        logged = [(e.entity, e.entity_id, e.detail) for e in entries]
    assert logged == [
        ("casus", family.casus_id, {"kind": "gezinsplan-gezin", "versie": 1}),
        ("plan18", family.plan18_id, {"kind": "plan18"}),
        ("zitting", family.zitting_id, {"kind": "agenda"}),
        ("aanmelding", family.aanmelding_id, {"kind": "verslag"}),
        ("persoon", family.noe_id, {"kind": "inzage"}),
    ]
