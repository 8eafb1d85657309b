"""The professional gezinsplan: household, casusregisseur, regie, the four steps, evaluation
dates and the family's agreement."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from casedesk.domain.vocabulary import ObservationKind, Regime, Step
from casedesk.export import blocks, fonts
from casedesk.export.blocks import bullets, fields, gap, kept, labelled, table, text
from casedesk.export.documents import (
    Actie,
    Contact,
    GezinsplanDoc,
    GezinsplanInhoud,
    Middel,
    Toetsing,
)
from casedesk.export.formatting import NONE, bedrag, datum, datum_kort, ja_nee
from casedesk.export.page import INK, PageSetup, content_width
from casedesk.export.styles import PROFESSIONAL as S
from casedesk.labels import label

STEP_QUESTIONS = {
    Step.VRAAGANALYSE: "Wat is er aan de hand?",
    Step.RESULTAAT: "Wat moet bereikt worden?",
    Step.MIDDELEN: "Wat is nodig?",
    Step.TOETSING: "Is het gewenste resultaat bereikt?",
}


def versie_tekst(doc: GezinsplanDoc) -> str:
    return "Concept" if doc.versie is None else f"Versie {doc.versie}"


def page_setup(doc: GezinsplanDoc) -> PageSetup:
    plan = doc.inhoud
    return PageSetup(
        titel=f"Gezinsplan {plan.huishouden}",
        onderwerp=f"Gezinsplan · {plan.gemeente}",
        auteur=plan.casusregisseur.naam,
        versie=versie_tekst(doc),
        datum=doc.gemaakt_op,
    )


def story(doc: GezinsplanDoc) -> list[Flowable]:
    plan = doc.inhoud
    parts: list[Flowable] = [
        Paragraph("Gezinsplan", S.titel),
        Paragraph(blocks.markup(f"{plan.huishouden} · {plan.gemeente}"), S.ondertitel),
        _status_line(doc),
    ]
    parts += _household(plan)
    parts += _regisseur(plan)
    parts += _regie(plan)
    parts += _vraaganalyse(plan)
    parts += _resultaat(plan)
    parts += _middelen(plan)
    parts += _toetsing(plan)
    parts += _evaluatie(plan)
    parts += _akkoord(doc)
    return parts


def _heading(step: Step) -> Paragraph:
    return Paragraph(
        f"Stap {step.number} · {label(step)} — {STEP_QUESTIONS[step]}", S.kop1
    )


def _status_line(doc: GezinsplanDoc) -> Flowable:
    plan = doc.inhoud
    where = f"Huidige stap: {plan.stap.number} van 4, {label(plan.stap)} ({label(plan.status)})."
    if doc.akkoord is None:
        return text(S, f"Concept: nog niet met het gezin afgesproken. {where}")
    a = doc.akkoord
    return text(
        S, f"Versie {doc.versie}, afgesproken op {datum(a.op)} met {a.door} "
        f"({label(a.wijze).lower()}). {where}"
    )


def _household(plan: GezinsplanInhoud) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph("Gezin en betrokkenen", S.kop1),
        fields(S, [
            ("Huishouden", plan.huishouden),
            ("Adres", plan.adres),
            ("Gemeente en team", f"{plan.gemeente}, {plan.team}"),
            ("Casus geopend op", datum(plan.geopend_op)),
        ]),
        Paragraph("Gezinsleden", S.kop2),
    ]
    if plan.leden:
        parts.append(table(S, ["Naam", "Rol", "Geboortedatum", "Gezag"], [
            [m.naam, label(m.rol), datum_kort(m.geboortedatum), ja_nee(m.gezag)]
            for m in plan.leden
        ], [0.4, 0.2, 0.25, 0.15]))
    else:
        parts.append(text(S, "", "Geen gezinsleden vastgelegd."))
    parts.append(Paragraph("Netwerk", S.kop2))
    if plan.netwerk:
        parts.append(table(S, ["Naam", "Relatie", "Soort", "Organisatie", "Telefoon"], [
            [n.naam, n.relatie, label(n.soort), n.organisatie, n.telefoon]
            for n in plan.netwerk
        ], [0.24, 0.18, 0.2, 0.2, 0.18]))
    else:
        parts.append(text(S, "", "Geen netwerk vastgelegd."))
    return parts


def _contact_pairs(role: str, c: Contact) -> list[tuple[str, str]]:
    return [
        (role, c.naam),
        ("Organisatie", c.organisatie),
        ("Telefoon", c.telefoon),
        ("E-mail", c.email),
    ]


def _regisseur(plan: GezinsplanInhoud) -> list[Flowable]:
    pairs = _contact_pairs("Casusregisseur", plan.casusregisseur)
    if plan.stand_in is not None:
        pairs += _contact_pairs("Vervanger", plan.stand_in)
    return [Paragraph("Casusregisseur en bereikbaarheid", S.kop1), fields(S, pairs)]


def _regie(plan: GezinsplanInhoud) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph("Regie", S.kop1),
        labelled(S, "Regime", label(plan.regime)),
    ]
    if plan.regime is Regime.VEILIG_THUIS:
        r = plan.vt_rollen
        parts.append(text(S, "Veiligheid gaat voor. Afspraken over de regie:"))
        parts.append(fields(S, [
            ("Aanspreekpunt voor het gezin", r.aanspreekpunt or "nog niet afgesproken"),
            ("Schrijft het plan met het gezin", r.planschrijver or "nog niet afgesproken"),
            ("Ziet toe op de uitvoering", r.toezicht or "nog niet afgesproken"),
        ], 0.38))
    elif plan.regime is Regime.GI_MAATREGEL:
        parts.append(text(S, "De gecertificeerde instelling voert de casusregie; het lokale "
                             "team blijft betrokken."))
    return parts


def _vraaganalyse(plan: GezinsplanInhoud) -> list[Flowable]:
    va = plan.vraaganalyse
    parts: list[Flowable] = [
        _heading(Step.VRAAGANALYSE),
        Paragraph("Aanleiding", S.kop2),
        text(S, va.aanleiding),
        Paragraph("Zorgen en krachten", S.kop2),
    ]
    if va.observaties:
        ordered = sorted(va.observaties, key=lambda o: o.soort is not ObservationKind.ZORG)
        parts.append(table(S, ["Wie", "Soort", "Omschrijving"], [
            [o.persoon or "Heel het gezin", label(o.soort), o.tekst] for o in ordered
        ], [0.22, 0.12, 0.66]))
    else:
        parts.append(text(S, "", "Nog geen zorgen of krachten vastgelegd."))
    parts.append(Paragraph("In eigen woorden", S.kop2))
    if va.eigen_woorden:
        parts.append(table(S, ["Wie", "Vraag", "Wensen", "Dromen"], [
            [w.persoon, w.vraag, w.wensen, w.dromen] for w in va.eigen_woorden
        ], [0.19, 0.27, 0.27, 0.27]))
    else:
        parts.append(text(S, "", "Nog niet opgeschreven."))
    parts.append(Paragraph("Breedte van de vraag", S.kop2))
    noted = [(label(topic), note) for topic, note in va.breedte if note.strip()]
    if noted:
        parts.append(table(S, ["Onderwerp", "Bevindingen"], noted, [0.22, 0.78]))
    else:
        parts.append(text(S, "", "Niet ingevuld."))
    parts += [
        Paragraph("Veiligheid", S.kop2),
        labelled(S, "Inschatting", label(va.veiligheid)),
        text(S, va.veiligheid_toelichting, "Geen toelichting."),
        Paragraph("Eigen kracht en netwerk", S.kop2),
        text(S, va.eigen_kracht),
        Paragraph("Ernst, aard en context", S.kop2),
        text(S, va.ernst),
    ]
    return parts


def _resultaat(plan: GezinsplanInhoud) -> list[Flowable]:
    parts: list[Flowable] = [_heading(Step.RESULTAAT)]
    if not plan.doelen:
        return [*parts, text(S, "", "Nog geen doelen afgesproken.")]
    parts.append(table(S, ["Nr", "Doel (in de woorden van het gezin)", "Voor wie",
                           "Klaar als (eindsituatie)"], [
        [str(d.nummer), d.omschrijving, d.persoon or "Heel het gezin", d.eindsituatie]
        for d in plan.doelen
    ], [0.06, 0.42, 0.16, 0.36]))
    return parts


def periode(start: date | None, eind: date | None) -> str:
    if start is None and eind is None:
        return NONE
    if eind is None:
        return f"vanaf {datum_kort(start)}"
    if start is None:
        return f"tot en met {datum_kort(eind)}"
    return f"{datum_kort(start)} t/m {datum_kort(eind)}"


def _middel_row(m: Middel) -> list[str]:
    wet = label(m.wet) + (f"\nproduct {m.productcode}" if m.productcode else "")
    who = label(m.soort_aanbieder) + (f": {m.aanbieder}" if m.aanbieder else "")
    doel = str(m.doel_nummer) if m.doel_nummer is not None else NONE
    return [doel, m.omschrijving, who, wet, periode(m.start, m.eind), bedrag(m.kosten_cent)]


def _middelen(plan: GezinsplanInhoud) -> list[Flowable]:
    parts: list[Flowable] = [_heading(Step.MIDDELEN), Paragraph("Hulp en middelen", S.kop2)]
    if plan.middelen:
        parts.append(table(S, ["Doel", "Hulp", "Wie biedt het", "Wet", "Periode",
                               "Kosten (raming)"],
                           [_middel_row(m) for m in plan.middelen],
                           [0.065, 0.25, 0.2, 0.195, 0.15, 0.14]))
        total = sum(m.kosten_cent or 0 for m in plan.middelen)
        if total:
            parts.append(gap(3))
            parts.append(labelled(S, "Totaal geraamde kosten", bedrag(total)))
        away = [m for m in plan.middelen if not m.thuis_mogelijk]
        if away:
            parts.append(Paragraph("Hulp die niet thuis kan", S.kop2))
            parts += bullets(S, [
                f"{m.omschrijving}: {m.niet_thuis_reden or 'reden niet vastgelegd'}" for m in away
            ])
    else:
        parts.append(text(S, "", "Nog geen hulp of middelen afgesproken."))
    parts.append(Paragraph("Afspraken", S.kop2))
    parts.append(_afspraken(plan.afspraken))
    if plan.afschaal_voorwaarden.strip():
        parts.append(Paragraph("Voorwaarden om af te schalen", S.kop2))
        parts.append(text(S, plan.afschaal_voorwaarden))
    return parts


def _afspraken(afspraken: tuple[Actie, ...]) -> Flowable:
    if not afspraken:
        return text(S, "", "Nog geen afspraken vastgelegd.")
    return table(S, ["Wie", "Wat", "Wanneer", "Gedaan"], [
        [a.wie, a.wat, datum_kort(a.wanneer), ja_nee(a.gedaan)] for a in afspraken
    ], [0.2, 0.54, 0.15, 0.11])


def _toetsing(plan: GezinsplanInhoud) -> list[Flowable]:
    if not plan.toetsingen:
        return [_heading(Step.TOETSING), text(S, "", "Nog niet geëvalueerd.")]
    return kept(_heading(Step.TOETSING), [_one_toetsing(plan, t) for t in plan.toetsingen])


def _one_toetsing(plan: GezinsplanInhoud, t: Toetsing) -> list[Flowable]:
    goals = {d.nummer: d.omschrijving for d in plan.doelen}
    parts: list[Flowable] = [
        Paragraph(f"Evaluatie van {datum(t.datum)}", S.kop2),
        labelled(S, "Besluit", label(t.besluit) if t.besluit else "nog geen besluit"),
    ]
    if t.toelichting.strip():
        parts.append(text(S, t.toelichting))
    if t.doelen:
        parts.append(table(S, ["Doel", "Resultaat", "Zo ziet het gezin het",
                               "Zo ziet de professional het"], [
            [f"{u.doel_nummer}. {goals.get(u.doel_nummer, '')}", label(u.resultaat),
             u.visie_gezin, u.visie_professional]
            for u in t.doelen
        ], [0.3, 0.12, 0.29, 0.29]))
    return parts


def _evaluatie(plan: GezinsplanInhoud) -> list[Flowable]:
    earlier = [datum(t.datum) for t in plan.toetsingen]
    return [
        Paragraph("Evaluatiemomenten", S.kop1),
        fields(S, [
            ("Volgende evaluatie", datum(plan.volgende_evaluatie)
             if plan.volgende_evaluatie else "nog niet gepland"),
            ("Ritme", f"ongeveer elke {plan.evaluatie_maanden} maanden"),
            ("Eerdere evaluaties", ", ".join(earlier) if earlier else "nog geen"),
        ]),
    ]


def _akkoord(doc: GezinsplanDoc) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph("Akkoord van het gezin", S.kop1)]
    if doc.akkoord is not None:
        a = doc.akkoord
        parts.append(fields(S, [
            ("Versie", str(doc.versie)),
            ("Akkoord gegeven door", a.door),
            ("Op", datum(a.op)),
            ("Hoe", label(a.wijze)),
        ]))
        return parts
    parts.append(text(S, "Dit is een concept. Het gezin geeft akkoord op een vastgestelde "
                         "versie; ondertekenen mag, maar hoeft niet."))
    parts.append(gap(14))
    parts.append(_signature_lines("Namens het gezin", "Casusregisseur"))
    return parts


def _signature_lines(left: str, right: str) -> Table:
    """Room to sign for two parties: a label, space, a line, then name and date under it."""
    total = content_width()
    rows = [
        [Paragraph(left, S.klein), "", Paragraph(right, S.klein)],
        ["", "", ""],
        [Paragraph("Naam:", S.klein), "", Paragraph("Naam:", S.klein)],
        [Paragraph("Datum:", S.klein), "", Paragraph("Datum:", S.klein)],
    ]
    result = Table(rows, colWidths=[total * 0.44, total * 0.12, total * 0.44],
                   rowHeights=[None, 34, None, None])
    result.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
        ("LINEBELOW", (2, 1), (2, 1), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return result
