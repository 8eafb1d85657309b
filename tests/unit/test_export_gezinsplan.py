"""The gezinsplan PDFs, read back: the professional plan and the family's copy (B1)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from casedesk.errors import NotFound
from casedesk.services.documents import ExportKind, PlanChoice
from casedesk.store.database import Store
from casedesk.store.models import Afspraak
from tests.fixtures.plans import PlanFamily, exported, make_family, pdf_pages, pdf_text

LATER_GOAL = "Anaïs weet wat er verandert als ze 18 wordt."


@pytest.fixture
def family(store: Store) -> PlanFamily:
    with store.session() as s:
        return make_family(s)


def test_the_professional_plan_holds_every_part_of_the_plan(
    store: Store, family: PlanFamily
) -> None:
    text = pdf_text(exported(store, ExportKind.GEZINSPLAN, family.casus_id))
    for expected in (
        # household, casusregisseur and how to reach them
        "Gezin Çelik", "Groenestraat 12, 6531 HK Nijmegen", "Noë Çelik", "Anaïs Çelik",
        "Ria van der Meer", "Fleur de Wit-Jansen", "024 123 45 67",
        "f.dewit@sterker.example.nl", "Vervanger", "Daan Hoekstra",
        # regie regime with the three Veilig Thuis afspraken
        "Veilig Thuis betrokken", "Veilig Thuis Gelderland-Zuid, Sanne Bakker",
        # the four steps
        "Stap 1 · Vraaganalyse — Wat is er aan de hand?",
        "Stap 2 · Resultaat — Wat moet bereikt worden?",
        "Stap 3 · Middelen — Wat is nodig?",
        "Stap 4 · Toetsing — Is het gewenste resultaat bereikt?",
        "buikpijn", "Voetballen bij de club", "Armoede en schulden", "Zorgen over veiligheid",
        "Noë gaat weer elke dag naar school", "Ambulante gezinsbegeleiding", "Jeugdwet",
        "product 45A03", "€ 12.345,50", "€ 22.145,50", "Schuldhulpverlening",
        "De behandeling vraagt een groep", "Belt de woningcorporatie", "09-11-2026",
        "Bijstellen (terug naar middelen)", "Deels bereikt", "Het gaat beter",
        # evaluation dates, version and the family's agreement
        "Volgende evaluatie 15 januari 2027", "ongeveer elke 3 maanden",
        "Eerdere evaluaties 15 september 2026",
        "Akkoord gegeven door Eline van der Meer en Mehmet Çelik", "Op 1 oktober 2026",
    ):
        assert expected in text, expected


def test_every_page_has_the_header_and_pagina_x_van_y(store: Store, family: PlanFamily) -> None:
    pdf = exported(store, ExportKind.GEZINSPLAN, family.casus_id)
    pages = pdf_pages(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "VERTROUWELIJK" in page
        assert "Gezinsplan Gezin Çelik" in page
        assert "Versie 1 · 2 november 2026" in page
        assert f"pagina {number} van {len(pages)}" in page
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.title == "Gezinsplan Gezin Çelik"
    assert meta.author == "Fleur de Wit-Jansen"
    assert meta.subject == "Gezinsplan · Nijmegen"


def test_an_agreed_version_renders_its_frozen_snapshot_and_the_draft_the_live_rows(
    store: Store, family: PlanFamily
) -> None:
    agreed = pdf_text(exported(store, ExportKind.GEZINSPLAN, family.casus_id))
    same = pdf_text(exported(store, ExportKind.GEZINSPLAN, family.casus_id,
                             plan=PlanChoice(versie=1)))
    draft = pdf_text(exported(store, ExportKind.GEZINSPLAN, family.casus_id,
                              plan=PlanChoice(concept=True)))
    assert LATER_GOAL not in agreed  # added after version 1 was agreed
    assert agreed == same
    assert LATER_GOAL in draft
    assert "Concept · 2 november 2026" in draft
    assert "Concept: nog niet met het gezin afgesproken" in draft
    assert "Namens het gezin" in draft  # room to sign


def test_without_an_agreed_version_the_draft_is_printed(store: Store) -> None:
    with store.session() as s:
        family = make_family(s, agreed=False)
    text = pdf_text(exported(store, ExportKind.GEZINSPLAN, family.casus_id))
    assert "Concept · 2 november 2026" in text


def test_an_unknown_casus_or_version_is_not_found(store: Store, family: PlanFamily) -> None:
    with pytest.raises(NotFound):
        exported(store, ExportKind.GEZINSPLAN, "geen-casus")
    with pytest.raises(NotFound):
        exported(store, ExportKind.GEZINSPLAN, family.casus_id, plan=PlanChoice(versie=7))


def test_a_plan_with_twenty_goals_paginates_with_every_goal_and_no_lost_text(
    store: Store,
) -> None:
    with store.session() as s:
        family = make_family(s, goals=20, agreed=False)
    pages = pdf_pages(exported(store, ExportKind.GEZINSPLAN, family.casus_id))
    text = " ".join(pages)
    assert len(pages) >= 5
    for number in range(4, 21):
        assert f"Doel {number}: we oefenen samen een nieuwe gewoonte" in text
    assert all(f"pagina {i} van {len(pages)}" in p for i, p in enumerate(pages, start=1))
    # the goals table's header repeats on the page it continues on
    goal_pages = [p for p in pages if "we oefenen samen" in p]
    assert len(goal_pages) >= 2
    assert all("Doel (in de woorden van het gezin)" in p for p in goal_pages)


def test_the_family_copy_is_plain_dutch_without_jargon_or_codes(
    store: Store, family: PlanFamily
) -> None:
    pdf = exported(store, ExportKind.GEZINSPLAN_GEZIN, family.casus_id)
    text = pdf_text(pdf)
    for section in ("Ons gezinsplan", "Wat er speelt", "Wat we willen bereiken", "Wie doet wat",
                    "Wanneer kijken we samen hoe het gaat", "Jullie contactpersoon"):
        assert section in text, section
    for expected in (
        "Gezin Çelik", "Noë gaat weer elke dag naar school", "Het is gelukt als:",
        "Belt de woningcorporatie", "9 november 2026", "Door: Entrea Lindenhout",
        "Op 15 januari 2027 kijken we samen hoe het gaat", "elke 3 maanden",
        "Fleur de Wit-Jansen is jullie vaste contactpersoon", "Bel 024 123 45 67",
        "Daan Hoekstra", "Afspraken over veiligheid", "Veilig Thuis Gelderland-Zuid",
        "Eline van der Meer en Mehmet Çelik hebben op 1 oktober 2026 gezegd: dit plan klopt.",
        "Ik wil weer naar school zonder dat ik bang ben.",
    ):
        assert expected in text, expected
    for jargon in ("casusregisseur", "Casusregisseur", "regie", "Vraaganalyse", "Jeugdwet",
                   "Schuldhulpverlening (", "45A03", "54G02", "€ 12.345", "Toetsing",
                   "Voorliggend veld", "Bijstellen", "Regime"):
        assert jargon not in text, jargon
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", text)  # no internal ids


def test_the_family_copy_uses_larger_type(store: Store, family: PlanFamily) -> None:
    def body_sizes(pdf: bytes) -> list[float]:
        sizes: list[float] = []
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        page.extract_text(visitor_text=lambda t, _cm, tm, _font, size: sizes.append(
            size * tm[0]) if t.strip() else None)
        return sizes

    professional = body_sizes(exported(store, ExportKind.GEZINSPLAN, family.casus_id))
    gezin = body_sizes(exported(store, ExportKind.GEZINSPLAN_GEZIN, family.casus_id))
    median = sorted(gezin)[len(gezin) // 2]
    assert median >= 12
    assert median > sorted(professional)[len(professional) // 2] + 2


def test_afspraken_of_a_table_flow_into_the_plan_and_those_of_the_18_plus_plan_do_not(
    store: Store, family: PlanFamily
) -> None:
    with store.session() as s:
        s.add_all([
            Afspraak(casus_id=family.casus_id, wie="Tafelsecretaris", wat="Stuurt het advies.",
                     bron="tafel", bron_id=family.aanmelding_id),
            Afspraak(casus_id=family.casus_id, wie="Anaïs", wat="Vraagt DigiD aan.",
                     bron="plan18", bron_id=family.plan18_id),
        ])
    text = pdf_text(exported(store, ExportKind.GEZINSPLAN, family.casus_id,
                             plan=PlanChoice(concept=True)))
    assert "Stuurt het advies." in text
    assert "Vraagt DigiD aan." not in text
