"""The agenda and verslag of a zitting as PDF, for its tafelsecretaris (the layouts are
``casedesk.export.tafel``).

Built from the secretary's zitting DTO only — what the aanmeldingen hold — like the in-app
preview: her device has no casus or household to name an item by, and the table may see no
more than the submitter chose (decision 0075). Each item is named by its aanmelding's subject
line: the household for a table that sees names, "jeugdige van 14 jaar, Nijmegen" for one that
pre-screens anonymously. This is the only builder of these documents: the CLI's
``export-pdf --kind agenda|verslag`` goes through ``zitting_document`` as well.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.errors import NotFound, RuleViolation
from casedesk.export import documents as d
from casedesk.export.render import export_pdf
from casedesk.services.documents import ExportKind
from casedesk.services.tables import read_aanmelding, read_zitting, table_info, zitting_view
from casedesk.services.tables_dto import AgendaItem, TableAanmelding, ZittingView
from casedesk.store import audit
from casedesk.store.models import Aanmelding, AuditEntry, Tafel, Zitting

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


def _verslag_point(number: int, a: TableAanmelding, *, anonymised: bool) -> d.VerslagPunt:
    return d.VerslagPunt(
        casus=casus_label(number, a.onderwerp, anonymised=anonymised),
        vraag=a.vraag,
        advies=a.advies,
        conclusie_gezin=a.conclusie_gezin,
        afspraken=_actions(a),
        ingebracht_door=a.ingediend_door,
    )


def verslag_document(
    view: ZittingView, *, issue: int, today: date, only: str | None = None
) -> d.VerslagDoc:
    """The verslag of the zitting; with ``only`` (an aanmelding id) of that one item, for its
    casusregisseur: named by its subject line as submitted, not relabelled."""
    table = view.table.definition
    items = [i.aanmelding for i in view.items if only in (None, i.aanmelding.aanmelding_id)]
    anonymised = table.anonymised and only is None
    return d.VerslagDoc(
        tafel=table.name,
        gemaakt_op=today,
        uitgifte=issue,
        start=view.start,
        plaats=view.plaats,
        voorzitter=view.voorzitter,
        secretaris=view.secretaris,
        deelnemers=_people(view),
        geanonimiseerd=anonymised,
        punten=tuple(
            _verslag_point(n, a, anonymised=anonymised) for n, a in enumerate(items, start=1)
        ),
    )


def _unplanned_verslag(
    session: Session, a: TableAanmelding, *, issue: int, today: date
) -> d.VerslagDoc:
    """The verslag of an aanmelding that is not (or no longer) on a zitting's agenda."""
    tafel = session.get(Tafel, a.tafel_id)
    return d.VerslagDoc(
        tafel=table_info(tafel).definition.name if tafel else "",
        gemaakt_op=today,
        uitgifte=issue,
        punten=(_verslag_point(1, a, anonymised=False),),
    )


def _issues(session: Session, entity: str, entity_id: str, kind: ExportKind) -> int:
    """How often this document of the zitting (or aanmelding) was exported before."""
    details = session.scalars(
        select(AuditEntry.detail).where(
            AuditEntry.action == "export",
            AuditEntry.entity == entity,
            AuditEntry.entity_id == entity_id,
        )
    )
    return sum(1 for detail in details if detail.get("kind") == kind.value)


def zitting_document(
    session: Session, kind: ExportKind, entity_id: str, *, today: date
) -> tuple[d.Document, str]:
    """The agenda of a zitting, or the verslag of a zitting or of one aanmelding, and the
    entity ("zitting" or "aanmelding") its export is audited on. No role check: the caller
    decides who may (``export_zitting`` for the secretary, the CLI for whoever holds the
    profile); what the document shows is the aanmeldingen' own content either way."""
    if kind not in ZITTING_DOCUMENTS:
        raise RuleViolation("not-a-zitting-document", f"{kind} is not a zitting document")
    if kind is ExportKind.AGENDA:
        issue = _issues(session, "zitting", entity_id, kind) + 1
        return agenda_document(
            read_zitting(session, entity_id), issue=issue, today=today
        ), "zitting"
    row = session.get(Aanmelding, entity_id)
    if row is not None and row.deleted_at is None:
        a = read_aanmelding(session, entity_id)
        issue = _issues(session, "aanmelding", entity_id, kind) + 1
        view = read_zitting(session, a.zitting_id) if a.zitting_id else None
        if view is None or all(i.aanmelding.aanmelding_id != a.aanmelding_id for i in view.items):
            return _unplanned_verslag(session, a, issue=issue, today=today), "aanmelding"
        return verslag_document(view, issue=issue, today=today, only=a.aanmelding_id), "aanmelding"
    z = session.get(Zitting, entity_id)
    if z is None or z.deleted_at is not None:
        raise NotFound(f"no aanmelding or zitting {entity_id}")
    issue = _issues(session, "zitting", entity_id, kind) + 1
    return verslag_document(read_zitting(session, entity_id), issue=issue, today=today), "zitting"


def export_zitting(session: Session, kind: ExportKind, zitting_id: str, path: Path) -> Path:
    """Write the zitting's agenda or verslag to ``path`` and audit the export; returns the
    path written. Only the table's secretary (``zitting_view`` checks the role)."""
    if kind not in ZITTING_DOCUMENTS:
        raise RuleViolation("not-a-zitting-document", f"{kind} is not a zitting document")
    view = zitting_view(session, zitting_id)
    today = session.info["now"]().date()
    issue = _issues(session, "zitting", zitting_id, kind) + 1
    doc: d.Document = (
        agenda_document(view, issue=issue, today=today)
        if kind is ExportKind.AGENDA
        else verslag_document(view, issue=issue, today=today)
    )
    export_pdf(doc, path)
    audit.record(session, "export", "zitting", zitting_id, {"kind": kind.value})
    return path
