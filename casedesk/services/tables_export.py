"""The agenda and verslag of a zitting as PDF, for its tafelsecretaris (the layouts are
``casedesk.export.tafel``).

Built from the secretary's zitting DTO only — what the aanmeldingen hold — like the in-app
preview: her device has no casus or household to name an item by, and the table may see no
more than the submitter chose (decision 0075). Each item is named by its aanmelding's subject
line: the household for a table that sees names, "jeugdige van 14 jaar, Nijmegen" for one that
pre-screens anonymously.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.errors import RuleViolation
from casedesk.export import documents as d
from casedesk.export.render import export_pdf
from casedesk.services.documents import ExportKind
from casedesk.services.tables import zitting_view
from casedesk.services.tables_dto import AgendaItem, TableAanmelding, ZittingView
from casedesk.store import audit
from casedesk.store.models import AuditEntry

ZITTING_DOCUMENTS = (ExportKind.AGENDA, ExportKind.VERSLAG)
# The subject line of an anonymised aanmelding (``tables.subject_line``).
ANONYMOUS_SUBJECT = re.compile(
    r"^(?:Jeugdige van (?P<age>\d+) jaar|Jeugdige|Huishouden), gemeente (?P<gemeente>.*)$"
)


def casus_label(number: int, subject: str, *, anonymised: bool) -> d.Casuslabel:
    """How the document names an item: by the aanmelding's subject line, nothing else."""
    match = ANONYMOUS_SUBJECT.match(subject) if anonymised else None
    if match is None:
        return d.Casuslabel(number, subject)
    age = match.group("age")
    return d.Casuslabel(number, "", (int(age),) if age else (), match.group("gemeente"))


def _people(view: ZittingView) -> tuple[d.Deelnemer, ...]:
    return tuple(d.Deelnemer(p.naam, p.rol, p.aanwezig) for p in view.deelnemers)


def _actions(a: TableAanmelding) -> tuple[d.Actie, ...]:
    return tuple(d.Actie(x.wat, x.wie, x.wanneer) for x in a.afspraken)


def _agenda_point(number: int, item: AgendaItem, view: ZittingView) -> d.AgendaPunt:
    table = view.table.definition
    a = item.aanmelding
    return d.AgendaPunt(
        begin=item.begin,
        einde=item.einde,
        casus=casus_label(number, a.onderwerp, anonymised=table.anonymised),
        vraag=a.vraag,
        ingebracht_door=a.ingediend_door,
        documenten=tuple(doc.soort or doc.naam for doc in a.documenten),
        gezin_aanwezig=table.family_attends,
    )


def agenda_document(view: ZittingView, *, issue: int, today: date) -> d.AgendaDoc:
    table = view.table.definition
    return d.AgendaDoc(
        tafel=table.name,
        tafel_doel=table.purpose,
        start=view.start,
        gemaakt_op=today,
        uitgifte=issue,
        plaats=view.plaats,
        voorzitter=view.voorzitter,
        secretaris=view.secretaris,
        deelnemers=_people(view),
        geanonimiseerd=table.anonymised,
        punten=tuple(_agenda_point(n, i, view) for n, i in enumerate(view.items, start=1)),
    )


def verslag_document(view: ZittingView, *, issue: int, today: date) -> d.VerslagDoc:
    table = view.table.definition
    return d.VerslagDoc(
        tafel=table.name,
        gemaakt_op=today,
        uitgifte=issue,
        start=view.start,
        plaats=view.plaats,
        voorzitter=view.voorzitter,
        secretaris=view.secretaris,
        deelnemers=_people(view),
        geanonimiseerd=table.anonymised,
        punten=tuple(
            d.VerslagPunt(
                casus=casus_label(n, i.aanmelding.onderwerp, anonymised=table.anonymised),
                vraag=i.aanmelding.vraag,
                advies=i.aanmelding.advies,
                conclusie_gezin=i.aanmelding.conclusie_gezin,
                afspraken=_actions(i.aanmelding),
                ingebracht_door=i.aanmelding.ingediend_door,
            )
            for n, i in enumerate(view.items, start=1)
        ),
    )


def _issues(session: Session, zitting_id: str, kind: ExportKind) -> int:
    """How often this document of the zitting was exported before."""
    details = session.scalars(
        select(AuditEntry.detail).where(
            AuditEntry.action == "export",
            AuditEntry.entity == "zitting",
            AuditEntry.entity_id == zitting_id,
        )
    )
    return sum(1 for detail in details if detail.get("kind") == kind.value)


def export_zitting(session: Session, kind: ExportKind, zitting_id: str, path: Path) -> Path:
    """Write the zitting's agenda or verslag to ``path`` and audit the export; returns the
    path written. Only the table's secretary (``zitting_view`` checks the role)."""
    if kind not in ZITTING_DOCUMENTS:
        raise RuleViolation("not-a-zitting-document", f"{kind} is not a zitting document")
    view = zitting_view(session, zitting_id)
    today = session.info["now"]().date()
    issue = _issues(session, zitting_id, kind) + 1
    doc: d.Document = (
        agenda_document(view, issue=issue, today=today)
        if kind is ExportKind.AGENDA
        else verslag_document(view, issue=issue, today=today)
    )
    export_pdf(doc, path)
    audit.record(session, "export", "zitting", zitting_id, {"kind": kind.value})
    return path
