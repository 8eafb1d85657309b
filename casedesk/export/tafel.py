"""An overlegtafel's agenda for a zitting and its verslag (advice and afspraken).

A table that pre-screens anonymously (004 l.3736-3739) gets no household names: the service
leaves them out and the casus is named by number, the jeugdigen's ages and the gemeente.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from casedesk.export.blocks import fields, gap, markup, table, text
from casedesk.export.documents import AgendaDoc, Casuslabel, Deelnemer, VerslagDoc, VerslagPunt
from casedesk.export.formatting import dag_datum, datum_kort, opsomming, tijd
from casedesk.export.page import PageSetup
from casedesk.export.styles import PROFESSIONAL as S

ANONYMISED = ("Deze tafel bespreekt aanmeldingen geanonimiseerd: dit document noemt geen "
              "namen van gezinnen.")


def casus_naam(c: Casuslabel) -> str:
    """"Gezin Çelik (Nijmegen)" or, anonymised, "Casus 2: jeugdigen van 14 en 17 jaar,
    Nijmegen"."""
    if c.huishouden:
        return f"{c.huishouden} ({c.gemeente})" if c.gemeente else c.huishouden
    ages = opsomming([str(a) for a in c.leeftijden])
    who = ""
    if len(c.leeftijden) == 1:
        who = f"jeugdige van {ages} jaar"
    elif c.leeftijden:
        who = f"jeugdigen van {ages} jaar"
    details = ", ".join(x for x in (who, c.gemeente) if x)
    return f"Casus {c.nummer}: {details}" if details else f"Casus {c.nummer}"


def _when(doc: AgendaDoc | VerslagDoc) -> str:
    if doc.start is None:
        return "buiten een zitting"
    return f"{dag_datum(doc.start.date())}, {tijd(doc.start)} uur"


def _people(doc: AgendaDoc | VerslagDoc) -> list[tuple[str, str]]:
    return [
        ("Plaats", doc.plaats),
        ("Voorzitter", doc.voorzitter),
        ("Secretaris", doc.secretaris),
    ]


def _named(d: Deelnemer) -> str:
    return f"{d.naam} ({d.rol})" if d.rol else d.naam


# --- agenda ----------------------------------------------------------------------------------


def agenda_setup(doc: AgendaDoc) -> PageSetup:
    return PageSetup(
        titel=f"Agenda {doc.tafel}",
        onderwerp=f"Agenda {doc.tafel} · {datum_kort(doc.start.date())}",
        auteur=doc.secretaris or doc.tafel,
        versie=f"Uitgifte {doc.uitgifte}",
        datum=doc.gemaakt_op,
    )


def agenda_story(doc: AgendaDoc) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph("Agenda", S.titel),
        Paragraph(markup(f"{doc.tafel} · {_when(doc)}"), S.ondertitel),
        fields(S, [*_people(doc), ("Doel van de tafel", doc.tafel_doel)]),
    ]
    if doc.geanonimiseerd:
        parts += [gap(6), text(S, ANONYMISED)]
    if doc.deelnemers:
        parts.append(Paragraph("Deelnemers", S.kop2))
        parts.append(table(S, ["Naam", "Rol"], [[d.naam, d.rol] for d in doc.deelnemers],
                           [0.5, 0.5]))
    parts.append(Paragraph("Aanmeldingen", S.kop1))
    if not doc.punten:
        parts.append(text(S, "", "Er staan nog geen aanmeldingen op de agenda."))
        return parts
    rows = []
    for p in doc.punten:
        casus = casus_naam(p.casus) + ("\nGezin is uitgenodigd." if p.gezin_aanwezig else "")
        rows.append([f"{tijd(p.begin)}–{tijd(p.einde)}", casus, p.vraag, p.ingebracht_door,
                     "\n".join(p.documenten)])
    parts.append(table(S, ["Tijd", "Casus", "Vraag aan de tafel", "Ingebracht door", "Stukken"],
                       rows, [0.15, 0.21, 0.31, 0.15, 0.18]))
    return parts


# --- verslag ---------------------------------------------------------------------------------


def verslag_setup(doc: VerslagDoc) -> PageSetup:
    when = f" · {datum_kort(doc.start.date())}" if doc.start else ""
    return PageSetup(
        titel=f"Verslag {doc.tafel}",
        onderwerp=f"Verslag {doc.tafel}{when}",
        auteur=doc.secretaris or doc.tafel,
        versie=f"Uitgifte {doc.uitgifte}",
        datum=doc.gemaakt_op,
    )


def verslag_story(doc: VerslagDoc) -> list[Flowable]:
    present = [_named(d) for d in doc.deelnemers if d.aanwezig is not False]
    absent = [_named(d) for d in doc.deelnemers if d.aanwezig is False]
    pairs = _people(doc)
    if present:
        pairs.append(("Aanwezig", ", ".join(present)))
    if absent:
        pairs.append(("Afwezig", ", ".join(absent)))
    parts: list[Flowable] = [
        Paragraph("Verslag", S.titel),
        Paragraph(markup(f"{doc.tafel} · {_when(doc)}"), S.ondertitel),
        fields(S, pairs),
    ]
    if doc.geanonimiseerd:
        parts += [gap(6), text(S, ANONYMISED)]
    if not doc.punten:
        parts.append(text(S, "", "In deze zitting is geen aanmelding besproken."))
    parts += [KeepTogether(_punt(p)) for p in doc.punten]
    return parts


def _punt_titel(c: Casuslabel) -> str:
    """Anonymised names already start with "Casus n"; named households get the number."""
    return f"{c.nummer}. {casus_naam(c)}" if c.huishouden else casus_naam(c)


def _punt(p: VerslagPunt) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph(markup(_punt_titel(p.casus)), S.kop1),
        fields(S, [("Vraag aan de tafel", p.vraag), ("Ingebracht door", p.ingebracht_door)]),
        Paragraph("Advies", S.kop2),
        text(S, p.advies, "Nog geen advies vastgelegd."),
    ]
    if p.conclusie_gezin.strip():
        parts += [Paragraph("Wat het gezin hoort", S.kop2), text(S, p.conclusie_gezin)]
    parts.append(Paragraph("Afspraken", S.kop2))
    if p.afspraken:
        parts.append(table(S, ["Wie", "Wat", "Wanneer"], [
            [a.wie, a.wat, datum_kort(a.wanneer)] for a in p.afspraken
        ], [0.28, 0.54, 0.18]))
    else:
        parts.append(text(S, "", "Geen afspraken."))
    return parts
