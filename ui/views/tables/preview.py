"""The agenda and the verslag of a zitting as plain HTML for the in-app preview (the PDF
versions come from ``casedesk.export``). Built from the secretary's zitting DTO only."""

from __future__ import annotations

from html import escape

from casedesk.services.tables_dto import AgendaItem, TableAanmelding, ZittingView
from ui.formatting import short_date
from ui.i18n import label
from ui.views.tables.texts import capacity_text, day_text, sharing_text, short_day, tr

STYLE = (
    "<style>body{font-family:sans-serif;} h2{margin-bottom:2px;} td,th{padding:4px 6px;"
    "vertical-align:top;} th{background:#e8eef3;text-align:left;} .muted{color:#555;}</style>"
)


def preformatted(text: str) -> str:
    """Text whose line breaks matter, wrapped to the width of the view."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def _head(view: ZittingView, kind: str) -> list[str]:
    table = view.table.definition
    parts = [
        STYLE,
        f"<h2>{escape(kind)} {escape(table.name)}</h2>",
        f"<p><b>{escape(day_text(view.start))}</b>"
        + (f" · {escape(view.plaats)}" if view.plaats else "")
        + f" · {escape(capacity_text(view.capacity))}</p>",
        f"<p class='muted'>{tr('Voorzitter')}: {escape(view.voorzitter or '—')} · "
        f"{tr('Secretaris')}: {escape(view.secretaris or '—')}</p>",
    ]
    if table.anonymised:
        parts.append(
            f"<p class='muted'>{tr('Deze tafel bespreekt aanmeldingen geanonimiseerd.')}</p>"
        )
    return parts


def _slot(item: AgendaItem) -> str:
    return f"{item.begin.strftime('%H:%M')}–{item.einde.strftime('%H:%M')}"


def agenda_html(view: ZittingView) -> str:
    parts = _head(view, tr("Agenda"))
    if view.deelnemers:
        people = ", ".join(
            escape(f"{d.naam} ({d.rol})" if d.rol else d.naam) for d in view.deelnemers
        )
        parts.append(f"<p><b>{tr('Uitgenodigd')}:</b> {people}</p>")
    if not view.items:
        parts.append(f"<p>{tr('Er staan nog geen aanmeldingen op de agenda.')}</p>")
        return "".join(parts)
    rows = "".join(
        f"<tr><td>{_slot(i)}</td><td>{escape(i.aanmelding.onderwerp)}</td>"
        f"<td>{escape(i.aanmelding.vraag)}</td><td>{escape(i.aanmelding.ingediend_door)}</td>"
        f"<td>{escape(', '.join(d.soort for d in i.aanmelding.documenten))}</td></tr>"
        for i in view.items
    )
    parts.append(
        "<table cellspacing='0' border='1' width='100%'>"
        f"<tr><th>{tr('Tijd')}</th><th>{tr('Over')}</th><th>{tr('Vraag aan de tafel')}</th>"
        f"<th>{tr('Ingebracht door')}</th><th>{tr('Stukken')}</th></tr>{rows}</table>"
    )
    return "".join(parts)


def verslag_html(view: ZittingView) -> str:
    parts = _head(view, tr("Verslag"))
    present = [d.naam for d in view.deelnemers if d.aanwezig is True]
    absent = [d.naam for d in view.deelnemers if d.aanwezig is False]
    if present:
        parts.append(f"<p><b>{tr('Aanwezig')}:</b> {escape(', '.join(present))}</p>")
    if absent:
        parts.append(f"<p><b>{tr('Afwezig')}:</b> {escape(', '.join(absent))}</p>")
    if not view.items:
        parts.append(f"<p>{tr('In deze zitting is geen aanmelding besproken.')}</p>")
    for n, item in enumerate(view.items, start=1):
        a = item.aanmelding
        parts.append(f"<h3>{n}. {escape(a.onderwerp)}</h3>")
        parts.append(f"<p><b>{tr('Vraag')}:</b> {escape(a.vraag)}</p>")
        parts.append(
            f"<p><b>{tr('Advies')}:</b> "
            f"{escape(a.advies) if a.advies else tr('nog geen advies vastgelegd')}</p>"
        )
        if a.conclusie_gezin:
            parts.append(f"<p><b>{tr('Voor het gezin')}:</b> {escape(a.conclusie_gezin)}</p>")
        if a.afspraken:
            rows = "".join(
                f"<tr><td>{escape(x.wie)}</td><td>{escape(x.wat)}</td>"
                f"<td>{short_date(x.wanneer)}</td></tr>"
                for x in a.afspraken
            )
            parts.append(
                "<table cellspacing='0' border='1'>"
                f"<tr><th>{tr('Wie')}</th><th>{tr('Wat')}</th><th>{tr('Wanneer')}</th></tr>"
                f"{rows}</table>"
            )
    return "".join(parts)


def aanmelding_html(a: TableAanmelding) -> str:
    """Everything the table may know of an aanmelding — which is what it holds."""
    docs = (
        "".join(f"<li>{escape(d.soort)}: {escape(d.naam)}</li>" for d in a.documenten)
        or f"<li>{tr('geen')}</li>"
    )
    parts = [
        f"<h3>{escape(a.onderwerp)}</h3>",
        f"<p><b>{tr('Status')}:</b> {escape(label(a.status))}"
        + (f" — {escape(day_text(a.zitting_start))}" if a.zitting_start else "")
        + "</p>",
        f"<p><b>{tr('Vraag aan de tafel')}:</b><br>{escape(a.vraag)}</p>",
        f"<p><b>{tr('Samenvatting')}:</b></p>{preformatted(a.samenvatting)}",
        f"<p><b>{tr('Stukken')}:</b></p><ul>{docs}</ul>",
        f"<p><b>{tr('Delen')}:</b> {escape(sharing_text(a.deelbasis))}</p>",
        f"<p><b>{tr('Ingediend door')}:</b> {escape(a.ingediend_door)}"
        + (f" ({escape(a.ingediend_door_contact)})" if a.ingediend_door_contact else "")
        + (f", {escape(short_day(a.ingediend_op))}" if a.ingediend_op else "")
        + "</p>",
    ]
    if a.reden_niet_ontvankelijk:
        parts.append(
            f"<p style='color:#b3261e'><b>{tr('Niet ontvankelijk')}:</b> "
            f"{escape(a.reden_niet_ontvankelijk)}</p>"
        )
    return "".join(parts)
