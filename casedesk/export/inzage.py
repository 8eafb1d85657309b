"""The AVG inzage export: everything stored about one person, and who looked at it.

Every stored column is printed (art. 15 AVG asks for all of it), grouped by kind of record,
with Dutch field names and stored codes shown as their labels. Unknown columns (added by a
later migration) still appear, under their technical name.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from reportlab.platypus import Flowable, Paragraph

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.vocabulary import (
    AanmeldingStatus,
    AgreementMethod,
    CaseStatus,
    Decision,
    Financing18,
    GoalResult,
    Law,
    LegalGround,
    MemberRole,
    NetworkKind,
    ObservationKind,
    Plan18Status,
    Provider,
    Regime,
    SafetyAssessment,
    Step,
    Theme18,
    ThemeStatus,
    Verwijzer,
)
from casedesk.export.blocks import fields, kept, markup, table, text
from casedesk.export.documents import InzageDoc, InzageRecord, InzageWaarde
from casedesk.export.formatting import NONE, bedrag, datum, datum_kort, datum_tijd, ja_nee
from casedesk.export.page import PageSetup
from casedesk.export.styles import PROFESSIONAL as S
from casedesk.labels import label_of

SECTIONS = {
    "persoon": "Persoonsgegevens",
    "huishouden": "Huishouden",
    "netwerk_contact": "Netwerk",
    "casus": "Casus",
    "stap_log": "Verloop van de casus",
    "observatie": "Zorgen en krachten",
    "eigen_woorden": "In eigen woorden",
    "doel": "Doelen",
    "middel": "Hulp en middelen",
    "afspraak": "Afspraken",
    "toetsing": "Evaluaties",
    "doel_toetsing": "Evaluatie per doel",
    "plan_versie": "Vastgestelde versies van het gezinsplan",
    "bijdrage": "Bijdragen van anderen",
    "toestemming": "Toestemmingen",
    "aanmelding": "Aanmeldingen bij overlegtafels",
    "plan18": "Toekomstplan 18+",
    "plan18_thema": "Leefthema's van het toekomstplan",
}

FIELDS = {
    "id": "Kenmerk", "rev": "Revisie", "updated_at": "Laatst gewijzigd",
    "updated_by": "Gewijzigd door (kenmerk)", "deleted_at": "Verwijderd op",
    "voornaam": "Voornaam", "tussenvoegsel": "Tussenvoegsel", "achternaam": "Achternaam",
    "geboortedatum": "Geboortedatum", "bsn": "BSN", "rol": "Rol", "gezag": "Gezag",
    "telefoon": "Telefoon", "email": "E-mail", "naam": "Naam", "straat": "Straat",
    "postcode": "Postcode", "woonplaats": "Woonplaats", "relatie": "Relatie", "soort": "Soort",
    "organisatie": "Organisatie", "nabijheid": "Nabijheid", "verwijzer": "Verwijzer",
    "verwijzer_toelichting": "Toelichting verwijzer", "status": "Status", "stap": "Stap",
    "regime": "Regieregime", "geopend_op": "Geopend op", "gesloten_op": "Gesloten op",
    "sluitreden": "Reden van sluiten", "volgende_evaluatie": "Volgende evaluatie",
    "aanleiding": "Aanleiding", "breedte": "Breedte van de vraag", "veiligheid": "Veiligheid",
    "veiligheid_toelichting": "Toelichting veiligheid", "eigen_kracht": "Eigen kracht",
    "ernst": "Ernst, aard en context", "afschaal_voorwaarden": "Voorwaarden om af te schalen",
    "vt_aanspreekpunt": "Aanspreekpunt (Veilig Thuis)",
    "vt_planschrijver": "Schrijft het plan (Veilig Thuis)",
    "vt_toezicht": "Ziet toe (Veilig Thuis)", "van": "Van", "naar": "Naar",
    "besluit": "Besluit", "reden": "Reden", "door": "Door (kenmerk)", "op": "Op",
    "tekst": "Tekst", "vraag": "Vraag", "wensen": "Wensen", "dromen": "Dromen",
    "omschrijving": "Omschrijving", "eindsituatie": "Eindsituatie", "volgorde": "Volgorde",
    "aanbieder": "Aanbieder", "soort_aanbieder": "Soort aanbieder", "wet": "Wet",
    "productcode": "Productcode", "start": "Start", "eind": "Einde",
    "kosten_cent": "Kosten (raming)", "thuis_mogelijk": "Thuis mogelijk",
    "niet_thuis_reden": "Reden niet thuis", "wie": "Wie", "wat": "Wat", "wanneer": "Wanneer",
    "gedaan": "Gedaan", "bron": "Bron", "datum": "Datum", "toelichting": "Toelichting",
    "resultaat": "Resultaat", "visie_gezin": "Visie gezin",
    "visie_professional": "Visie professional", "versie": "Versie", "inhoud": "Inhoud",
    "akkoord_door": "Akkoord door", "akkoord_op": "Akkoord op", "akkoord_wijze": "Akkoord hoe",
    "auteur": "Auteur", "doel": "Doel", "ontvanger": "Ontvanger",
    "gegeven_door": "Gegeven door", "namen": "Namen", "gegeven_op": "Gegeven op",
    "geldig_tot": "Geldig tot", "ingetrokken_op": "Ingetrokken op",
    "samenvatting": "Samenvatting", "documenten": "Documenten",
    "grondslag": "Grondslag", "grondslag_reden": "Reden grondslag",
    "ingediend_door": "Ingediend door (kenmerk)", "ingediend_op": "Ingediend op",
    "reden_niet_ontvankelijk": "Reden niet ontvankelijk", "agenda_positie": "Plaats op agenda",
    "advies": "Advies", "conclusie_gezin": "Conclusie voor het gezin",
    "afspraken": "Afspraken", "verlengd": "Verlengde jeugdhulp", "gestart_op": "Gestart op",
    "checklist": "Wat verandert op 18", "overdracht_organisatie": "Overdracht naar",
    "overdracht_persoon": "Overdracht aan", "overdracht_op": "Overdracht op",
    "overdracht_inhoud": "Inhoud overdracht", "vaste_contactpersoon": "Vaste contactpersoon",
    "waakvlam_tot": "Waakvlam tot", "thema": "Thema", "situatie": "Situatie",
    "financiering": "Financiering", "acties": "Acties",
}

# Columns holding a code of a closed vocabulary, per table ("*": every table).
CODES: dict[tuple[str, str], type[StrEnum]] = {
    ("*", "rol"): MemberRole, ("netwerk_contact", "soort"): NetworkKind,
    ("observatie", "soort"): ObservationKind, ("casus", "status"): CaseStatus,
    ("*", "stap"): Step, ("*", "regime"): Regime, ("*", "verwijzer"): Verwijzer,
    ("casus", "veiligheid"): SafetyAssessment, ("*", "besluit"): Decision,
    ("*", "resultaat"): GoalResult, ("*", "akkoord_wijze"): AgreementMethod,
    ("*", "wet"): Law, ("*", "soort_aanbieder"): Provider,
    ("aanmelding", "status"): AanmeldingStatus, ("plan18", "status"): Plan18Status,
    ("plan18_thema", "status"): ThemeStatus, ("*", "thema"): Theme18,
    ("*", "financiering"): Financing18, ("*", "gegeven_door"): ConsentGiver,
    ("*", "grondslag"): LegalGround, ("plan18", "akkoord_door"): ConsentGiver,
}

ACTIONS = {
    "view": "bekeken", "create": "aangemaakt", "update": "gewijzigd", "delete": "verwijderd",
    "export": "geëxporteerd of afgedrukt", "sync": "gesynchroniseerd",
}


PLAN_VERSIONS = ("De inhoud van een vastgestelde versie is het gezinsplan zoals het gezin het "
                 "heeft afgesproken. Die inhoud staat in het gezinsplan zelf, op te vragen per "
                 "versie.")


def page_setup(doc: InzageDoc) -> PageSetup:
    return PageSetup(
        titel=f"Inzage {doc.persoon}",
        onderwerp="Inzage persoonsgegevens (art. 15 AVG)",
        auteur="casedesk",
        versie=f"Uitgifte {doc.uitgifte}",
        datum=doc.gemaakt_op,
    )


def waarde(soort: str, veld: str, value: InzageWaarde) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return NONE
    if isinstance(value, bool):
        return ja_nee(value)
    if isinstance(value, datetime):
        return datum_tijd(value)
    if isinstance(value, date):
        return datum_kort(value)
    if veld == "kosten_cent" and isinstance(value, int):
        return bedrag(value)
    code = CODES.get((soort, veld)) or CODES.get(("*", veld))
    if code is not None and isinstance(value, str):
        return label_of(code, value)
    return str(value)


def veldnaam(veld: str) -> str:
    if veld in FIELDS:
        return FIELDS[veld]
    if veld.endswith("_id"):  # a link to another record
        return f"{veld[:-3].replace('_', ' ').capitalize()} (kenmerk)"
    return veld


def story(doc: InzageDoc) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph("Inzage persoonsgegevens", S.titel),
        Paragraph(markup(f"{doc.persoon} · geboren {datum(doc.geboortedatum)}"), S.ondertitel),
        text(S, f"Dit overzicht bevat alle gegevens die over {doc.persoon} zijn vastgelegd, "
                "zoals gevraagd in een verzoek om inzage (artikel 15 AVG). Gegevens die alleen "
                "over andere gezinsleden gaan, staan er niet in. Kenmerken zijn de interne "
                "nummers waarmee gegevens aan elkaar gekoppeld zijn."),
    ]
    grouped: dict[str, list[InzageRecord]] = {}
    for record in doc.records:
        grouped.setdefault(record.soort, []).append(record)
    for soort, records in grouped.items():
        title = SECTIONS.get(soort, soort)
        blocks: list[list[Flowable]] = [
            [Paragraph(f"{title} · {number}", S.kop2),
             fields(S, [(veldnaam(k), waarde(soort, k, v)) for k, v in record.velden], 0.3)]
            for number, record in enumerate(records, start=1)
        ]
        if soort == "plan_versie":
            blocks[0].insert(0, text(S, PLAN_VERSIONS))
        parts += kept(Paragraph(f"{title} ({len(records)})", S.kop1), blocks)
    parts.append(Paragraph("Wie heeft de gegevens ingezien of gewijzigd", S.kop1))
    if doc.logboek:
        parts.append(table(S, ["Wanneer", "Wie", "Handeling", "Welke gegevens"], [
            [datum_tijd(e.op), "systeem" if e.wie == "system" else e.wie,
             ACTIONS.get(e.actie, e.actie), SECTIONS.get(e.soort,
                                                                                    e.soort)]
            for e in doc.logboek
        ], [0.2, 0.3, 0.25, 0.25]))
    else:
        parts.append(text(S, "", "Het logboek bevat geen handelingen."))
    return parts
