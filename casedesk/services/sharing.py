"""A document leaving the team for a recipient (the huisarts, a school, an aanbieder): only on
a consent that holds today or a legal ground with a written reason.

``export_document`` builds and audits the export itself; ``export_for_recipient`` checks the
basis first and adds a "share" entry naming the recipient and the ground (codes only), so the
audit answers both "what was exported" and "to whom, on what basis".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from casedesk.errors import RuleViolation
from casedesk.export import documents as d
from casedesk.services.consent import SharingBasis, check_sharing
from casedesk.services.documents import ExportKind, PlanChoice, export_document
from casedesk.store import audit
from casedesk.store.models import Plan18

# Documents about one casus that may be sent to a recipient. The inzage export is the
# person's own right; agenda and verslag travel on the aanmelding's consent or ground.
RECIPIENT_KINDS = frozenset({ExportKind.GEZINSPLAN, ExportKind.GEZINSPLAN_GEZIN,
                             ExportKind.PLAN18})


def _casus_of(session: Session, kind: ExportKind, entity_id: str) -> str:
    if kind is not ExportKind.PLAN18:
        return entity_id
    plan = session.get(Plan18, entity_id)
    return plan.casus_id if plan is not None else entity_id  # a casus id names its plan too


def export_for_recipient(
    session: Session, kind: ExportKind, entity_id: str, basis: SharingBasis, *, today: date,
    plan: PlanChoice | None = None,
) -> d.Document:
    """The document of ``kind`` for ``basis.ontvanger``; refused (``InvalidInput`` on the
    field ``ontvanger`` or ``grondslag_reden``) when nothing allows sharing it."""
    if kind not in RECIPIENT_KINDS:
        raise RuleViolation("recipient-not-applicable",
                            f"a {kind.value} document is not sent to a recipient")
    casus_id = _casus_of(session, kind, entity_id)
    check_sharing(session, casus_id, basis)
    doc = export_document(session, kind, entity_id, today=today, plan=plan or PlanChoice())
    detail: dict[str, Any] = {"kind": kind.value, "ontvanger": basis.ontvanger.strip()}
    if basis.grondslag is not None:
        detail["grondslag"] = basis.grondslag.value
    audit.record(session, "share", "casus", casus_id, detail)
    return doc
