"""The agenda and verslag of a zitting as PDF, for its tafelsecretaris (the layouts are
``casedesk.export.tafel``; building the document audits the export)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from casedesk.errors import RuleViolation
from casedesk.export.render import export_pdf
from casedesk.services.documents import ExportKind, export_document
from casedesk.services.tables import require_secretary

ZITTING_DOCUMENTS = (ExportKind.AGENDA, ExportKind.VERSLAG)


def export_zitting(session: Session, kind: ExportKind, zitting_id: str, path: Path) -> Path:
    """Write the zitting's agenda or verslag to ``path``; returns the path written."""
    require_secretary(session)
    if kind not in ZITTING_DOCUMENTS:
        raise RuleViolation("not-a-zitting-document", f"{kind} is not a zitting document")
    today = session.info["now"]().date()
    export_pdf(export_document(session, kind, zitting_id, today=today), path)
    return path
