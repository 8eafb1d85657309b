"""A document leaving the team for a recipient (the huisarts, a school, an aanbieder): only on
a consent that holds today or a legal ground with a written reason.

``export_document`` builds and audits the export itself; ``export_for_recipient`` checks the
basis first and adds a "share" entry naming the recipient and the ground (codes only), so the
audit answers both "what was exported" and "to whom, on what basis".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from casedesk.domain.consent import ConsentGiver
from casedesk.errors import RuleViolation
from casedesk.export import documents as d
from casedesk.services.consent import (
    ConsentEntry,
    ConsentState,
    SharingBasis,
    check_sharing,
    consent_register,
)
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
    consent_id = check_sharing(session, casus_id, basis)
    doc = export_document(session, kind, entity_id, today=today, plan=plan or PlanChoice())
    detail: dict[str, Any] = {"kind": kind.value, "ontvanger": basis.ontvanger.strip()}
    if consent_id is not None:
        detail["toestemming"] = consent_id
    if basis.grondslag is not None:
        detail["grondslag"] = basis.grondslag.value
    audit.record(session, "share", "casus", casus_id, detail)
    return doc


@dataclass(frozen=True)
class RecipientConsents:
    """What the export dialog says about a recipient before exporting: the consent the
    document would go on, and the ones for that recipient that do not count (withdrawn,
    expired, not yet in force, or given by someone else than ``vereist``)."""

    casus_id: str
    vereist: ConsentGiver
    geldig: ConsentEntry | None
    telt_niet: tuple[ConsentEntry, ...]


def recipient_consents(session: Session, kind: ExportKind, entity_id: str, ontvanger: str,
                       doel: str = "") -> RecipientConsents:
    """The same rule as ``check_sharing``, shown rather than enforced."""
    register = consent_register(session, _casus_of(session, kind, entity_id))
    needed = register.onderwerpen[0].vereist  # the whole household's giver
    matching = [e for e in register.toestemmingen
                if e.ontvanger == ontvanger.strip()
                and (not doel.strip() or e.doel == doel.strip())]
    counts = [e for e in matching
              if e.state is ConsentState.GELDIG and e.gegeven_door is needed]
    return RecipientConsents(register.casus_id, needed, counts[0] if counts else None,
                             tuple(e for e in matching if e not in counts))
