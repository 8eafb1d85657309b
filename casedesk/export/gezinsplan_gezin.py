"""The family's copy of the gezinsplan, in plain Dutch (taalniveau B1) and large type.

"Op de koelkast" (002 l.858-861): short sentences, the family addressed as "jullie", no jargon
(casusregie, regime, wetten), no internal codes (product codes, costs, ids). The texts the
family and professional wrote together are shown as written.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from casedesk.domain.vocabulary import ObservationKind, Provider, Regime
from casedesk.export import fonts
from casedesk.export.blocks import GRID, HEAD_FILL, bullets, gap, kept, markup, table, text
from casedesk.export.documents import GezinsplanDoc, GezinsplanGezinDoc, GezinsplanInhoud, Middel
from casedesk.export.formatting import datum
from casedesk.export.page import INK, PageSetup, content_width
from casedesk.export.styles import GEZIN as S

# Who gives the help, in words a family uses.
PROVIDER_B1 = {
    Provider.GEZIN: "jullie zelf",
    Provider.NETWERK: "mensen om jullie heen",
    Provider.VOORLIGGEND_VELD: "een organisatie in de buurt",
    Provider.LOKAAL_TEAM: "het wijkteam",
    Provider.AANBIEDER: "een hulpverlener",
}


def page_setup(doc: GezinsplanGezinDoc) -> PageSetup:
    plan = doc.plan
    return PageSetup(
        titel=f"Ons gezinsplan · {plan.inhoud.huishouden}",
        onderwerp="Gezinsplan voor het gezin",
        auteur=plan.inhoud.casusregisseur.naam,
        versie="Voorstel" if plan.versie is None else f"Versie {plan.versie}",
        datum=plan.gemaakt_op,
        groot=True,
    )


def story(doc: GezinsplanGezinDoc) -> list[Flowable]:
    plan = doc.plan
    inhoud = plan.inhoud
    parts: list[Flowable] = [
        Paragraph("Ons gezinsplan", S.titel),
        Paragraph(markup(inhoud.huishouden), S.ondertitel),
        text(S, "Dit plan hebben we samen gemaakt. Hierin staat wat er speelt, wat jullie "
                "willen bereiken en wie wat doet."),
        _status(plan),
    ]
    parts += _wat_er_speelt(inhoud)
    parts += _bereiken(inhoud)
    parts += _wie_doet_wat(inhoud)
    parts += _veiligheid(inhoud)
    parts += _samen_kijken(inhoud)
    parts += _contact(inhoud)
    parts += _akkoord(plan)
    return parts


def _status(plan: GezinsplanDoc) -> Flowable:
    if plan.akkoord is None:
        return text(S, "Dit is een voorstel. We maken het plan samen af.")
    return text(S, f"Dit is versie {plan.versie}. {plan.akkoord.door} "
                   f"{'hebben' if ' en ' in plan.akkoord.door else 'heeft'} op "
                   f"{datum(plan.akkoord.op)} gezegd: dit plan klopt.")


def _heading(title: str) -> Paragraph:
    return Paragraph(title, S.kop1)


def _wat_er_speelt(plan: GezinsplanInhoud) -> list[Flowable]:
    va = plan.vraaganalyse
    parts: list[Flowable] = [_heading("Wat er speelt"), text(S, va.aanleiding, "We schrijven "
                                                          "dit samen op.")]
    strengths = [o for o in va.observaties if o.soort is ObservationKind.KRACHT]
    worries = [o for o in va.observaties if o.soort is ObservationKind.ZORG]
    if strengths:
        parts.append(Paragraph("Wat goed gaat", S.kop2))
        parts += bullets(S, [_about(o.persoon, o.tekst) for o in strengths])
    if worries:
        parts.append(Paragraph("Waar we ons zorgen over maken", S.kop2))
        parts += bullets(S, [_about(o.persoon, o.tekst) for o in worries])
    said = [w for w in va.eigen_woorden if w.vraag or w.wensen or w.dromen]
    if said:
        parts.append(Paragraph("In jullie eigen woorden", S.kop2))
        for w in said:
            lines = [f"{w.persoon} vraagt: “{w.vraag}”" if w.vraag else "",
                     f"{w.persoon} wil graag: “{w.wensen}”" if w.wensen else "",
                     f"{w.persoon} droomt: “{w.dromen}”" if w.dromen else ""]
            parts += bullets(S, [line for line in lines if line])
    return parts


def _about(person: str, sentence: str) -> str:
    return f"{person}: {sentence}" if person else sentence


def _bereiken(plan: GezinsplanInhoud) -> list[Flowable]:
    if not plan.doelen:
        return [_heading("Wat we willen bereiken"), text(S, "", "We spreken de doelen samen af.")]
    goals = []
    for d in plan.doelen:
        block: list[Flowable] = [
            Paragraph(f"Doel {d.nummer}", S.kop2),
            text(S, d.omschrijving),
            text(S, f"Voor: {d.persoon or 'het hele gezin'}"),
        ]
        if d.eindsituatie.strip():
            block.append(text(S, f"Het is gelukt als: {d.eindsituatie}"))
        goals.append(block)
    return kept(_heading("Wat we willen bereiken"), goals)


def _wie_doet_wat(plan: GezinsplanInhoud) -> list[Flowable]:
    parts: list[Flowable] = [_heading("Wie doet wat")]
    if plan.afspraken:
        parts.append(table(S, ["Wie", "Wat", "Wanneer"], [
            [a.wie, a.wat, datum(a.wanneer) if a.wanneer else "steeds"]
            for a in plan.afspraken
        ], [0.27, 0.45, 0.28]))
    else:
        parts.append(text(S, "", "We maken de afspraken samen."))
    if plan.middelen:
        parts.append(Paragraph("Welke hulp jullie krijgen", S.kop2))
        parts += bullets(S, [_help(m) for m in plan.middelen])
    return parts


def _help(m: Middel) -> str:
    who = m.aanbieder or PROVIDER_B1[m.soort_aanbieder]
    when = ""
    if m.start and m.eind:
        when = f", van {datum(m.start)} tot en met {datum(m.eind)}"
    elif m.start:
        when = f", vanaf {datum(m.start)}"
    where = "" if m.thuis_mogelijk else " Deze hulp is niet bij jullie thuis."
    return f"{m.omschrijving}. Door: {who}{when}.{where}"


def _veiligheid(plan: GezinsplanInhoud) -> list[Flowable]:
    if plan.regime is Regime.VEILIG_THUIS:
        r = plan.vt_rollen
        rows = [
            ("Bij wie kunnen jullie terecht?", r.aanspreekpunt),
            ("Wie schrijft het plan met jullie?", r.planschrijver),
            ("Wie let erop dat de afspraken doorgaan?", r.toezicht),
        ]
        return [
            _heading("Afspraken over veiligheid"),
            text(S, "Iedereen in het gezin moet veilig zijn. Daarom hebben we dit afgesproken:"),
            *bullets(S, [f"{q} {a or 'Dit spreken we nog af.'}" for q, a in rows]),
        ]
    if plan.regime is Regime.GI_MAATREGEL:
        return [
            _heading("Jeugdbescherming"),
            text(S, "De rechter heeft een maatregel uitgesproken. De jeugdbeschermer beslist "
                    "mee over de hulp. Het wijkteam blijft ook bij jullie betrokken."),
        ]
    return []


def _samen_kijken(plan: GezinsplanInhoud) -> list[Flowable]:
    when = (f"Op {datum(plan.volgende_evaluatie)} kijken we samen hoe het gaat."
            if plan.volgende_evaluatie else "We spreken samen een datum af.")
    return [
        _heading("Wanneer kijken we samen hoe het gaat"),
        text(S, f"{when} Dat doen we ongeveer elke {plan.evaluatie_maanden} maanden. "
                "Gaat het eerder niet goed? Bel dan gerust."),
    ]


def _contact(plan: GezinsplanInhoud) -> list[Flowable]:
    c = plan.casusregisseur
    reach = " of ".join(x for x in (f"bel {c.telefoon}" if c.telefoon else "",
                                    f"mail naar {c.email}" if c.email else "") if x)
    parts: list[Flowable] = [
        _heading("Jullie contactpersoon"),
        _contact_card(c.naam, c.organisatie, c.telefoon, c.email),
        gap(6),
        text(S, f"{c.naam} is jullie vaste contactpersoon."
             + (f" Vragen? {reach.capitalize()}." if reach else "")),
    ]
    if plan.stand_in is not None:
        s = plan.stand_in
        phone = f" (telefoon {s.telefoon})" if s.telefoon else ""
        parts.append(text(S, f"Is {c.naam.split()[0]} er niet? Dan helpt {s.naam}{phone}."))
    return parts


def _contact_card(naam: str, organisatie: str, telefoon: str, email: str) -> Table:
    lines = [f"<b>{markup(naam)}</b>", markup(organisatie), markup(telefoon), markup(email)]
    card = Table([[Paragraph("<br/>".join(x for x in lines if x), S.tekst)]],
                 colWidths=[content_width()], hAlign="LEFT")
    card.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL),
        ("BOX", (0, 0), (-1, -1), 0.8, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 10),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return card


def _akkoord(plan: GezinsplanDoc) -> list[Flowable]:
    if plan.akkoord is not None:
        return []  # the agreement is stated at the top, in the family's own terms
    sign = Table([["", "", ""], [Paragraph("Handtekening gezin", S.klein), "",
                                 Paragraph("Handtekening contactpersoon", S.klein)]],
                 colWidths=[content_width() * 0.44, content_width() * 0.12,
                            content_width() * 0.44], rowHeights=[44, None])
    sign.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
        ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [KeepTogether([_heading("Zijn we het eens?"),
                          text(S, "Als dit plan klopt, zetten we hier onze naam onder. Dat "
                                  "hoeft niet: zeggen dat het klopt is ook goed."),
                          sign])]
