"""The toekomstplan 18+: the five leefthema's, what changes at 18 and the warme overdracht.

Written to the young person ("je"): at 18 they decide themselves about their help and data.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from casedesk.export.blocks import bullets, fields, kept, labelled, markup, table, text
from casedesk.export.documents import ChecklistPunt, Plan18Doc, Thema18
from casedesk.export.formatting import NONE, datum, datum_kort, ja_nee
from casedesk.export.page import PageSetup
from casedesk.export.styles import PROFESSIONAL as S
from casedesk.labels import label

AT_18 = (
    "Je bent meerderjarig: je beslist zelf over je hulp en over wie je gegevens mag zien.",
    "Je moet zelf een zorgverzekering hebben. Je kunt zorgtoeslag aanvragen.",
    "Je hebt DigiD nodig voor de Belastingdienst, toeslagen en je zorgverzekering.",
    "Je ouders krijgen geen kinderbijslag meer voor jou.",
    "Jeugdhulp stopt, tenzij verlengde jeugdhulp is afgesproken. Andere hulp kan via de Wmo, "
    "de Zorgverzekeringswet, de Wet langdurige zorg of de Participatiewet.",
)

# The checklist's stored keys, as the things to arrange.
CHECKLIST = {
    "zorgverzekering": "Zorgverzekering afsluiten",
    "toeslagen": "Zorgtoeslag en andere toeslagen aanvragen",
    "digid": "DigiD aanvragen",
    "bankrekening": "Eigen bankrekening openen",
    "toestemming": "Zelf toestemming geven voor hulp en het delen van gegevens",
    "id_bewijs": "Geldig identiteitsbewijs",
    "inschrijving_woning": "Inschrijven voor een woning",
    "huisarts": "Eigen afspraken met de huisarts",
}


def versie_tekst(doc: Plan18Doc) -> str:
    return "Concept" if doc.akkoord_op is None else "Afgesproken"


def page_setup(doc: Plan18Doc) -> PageSetup:
    return PageSetup(
        titel=f"Toekomstplan 18+ {doc.jongere}",
        onderwerp=f"Toekomstplan 18+ · {doc.gemeente}",
        auteur=doc.casusregisseur.naam,
        versie=versie_tekst(doc),
        datum=doc.gemaakt_op,
    )


def story(doc: Plan18Doc) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph("Toekomstplan 18+", S.titel),
        Paragraph(markup(f"{doc.jongere} · {doc.huishouden}, {doc.gemeente}"), S.ondertitel),
        fields(S, [
            ("Geboortedatum", datum(doc.geboortedatum)),
            ("Wordt 18 op", datum(doc.wordt_18_op)),
            ("Status", label(doc.status)),
            ("Plan gestart op", datum(doc.gestart_op)),
            ("Verlengde jeugdhulp", f"ja, tot {doc.verlengd_tot_leeftijd} jaar"
             if doc.verlengd else "nee"),
            ("Casusregisseur", ", ".join(x for x in (
                doc.casusregisseur.naam, doc.casusregisseur.telefoon,
                doc.casusregisseur.email) if x)),
        ]),
        Paragraph("Wat verandert er als je 18 wordt", S.kop1),
        *bullets(S, list(AT_18)),
    ]
    if doc.checklist:
        parts.append(Paragraph("Wat we regelen", S.kop2))
        parts.append(table(S, ["Wat", "Wie", "Geregeld"],
                           [_checklist_row(c) for c in doc.checklist], [0.56, 0.3, 0.14]))
    parts += kept(Paragraph("De vijf leefthema's", S.kop1), [_theme(t) for t in doc.themas])
    parts += _overdracht(doc)
    parts += _akkoord(doc)
    return parts


def _checklist_row(c: ChecklistPunt) -> list[str]:
    what = CHECKLIST.get(c.punt, c.punt.replace("_", " ").capitalize())
    return [what, c.wie, ja_nee(c.gedaan)]


def _theme(t: Thema18) -> list[Flowable]:
    financing = label(t.financiering) if t.financiering else "nog niet bekend"
    parts: list[Flowable] = [
        Paragraph(label(t.thema), S.kop2),
        fields(S, [
            ("Status", label(t.status)),
            ("Situatie nu", t.situatie or "nog niet besproken"),
            ("Doel, in eigen woorden", t.doel or "nog niet besproken"),
            ("Financiering na 18", financing),
        ], 0.26),
    ]
    if t.acties:
        parts.append(table(S, ["Actie", "Wie", "Wanneer", "Gedaan"], [
            [a.wat, a.wie, datum_kort(a.wanneer), ja_nee(a.gedaan)] for a in t.acties
        ], [0.5, 0.25, 0.14, 0.11]))
    return parts


def _overdracht(doc: Plan18Doc) -> list[Flowable]:
    o = doc.overdracht
    parts: list[Flowable] = [Paragraph("Warme overdracht", S.kop1)]
    if not (o.organisatie or o.persoon):
        parts.append(text(S, "", "Nog niet afgesproken naar wie de hulp overgaat."))
        if o.vaste_contactpersoon:
            parts.append(labelled(S, "Vaste contactpersoon na 18", o.vaste_contactpersoon))
    else:
        parts.append(fields(S, [
            ("Naar", o.organisatie),
            ("Ontvanger", o.persoon),
            ("Datum", datum(o.op)),
            ("Wat is overgedragen", o.inhoud),
            ("Vaste contactpersoon na 18", o.vaste_contactpersoon or "nog niet afgesproken"),
        ]))
    if doc.waakvlam_tot:
        parts.append(text(S, f"Het lokale team houdt contact (waakvlam) tot "
                             f"{datum(doc.waakvlam_tot)}."))
    return parts


def _akkoord(doc: Plan18Doc) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph("Akkoord", S.kop1)]
    if doc.akkoord_op is None:
        parts.append(text(S, f"Dit plan is nog niet afgesproken met {doc.jongere}."))
        return parts
    parts.append(fields(S, [
        ("Afgesproken op", datum(doc.akkoord_op)),
        ("Akkoord gegeven door", label(doc.akkoord_door) if doc.akkoord_door else NONE),
        ("Hoe", label(doc.akkoord_wijze) if doc.akkoord_wijze else NONE),
    ]))
    return parts
