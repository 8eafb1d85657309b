"""The privacy officer's view of the audit log: who viewed, changed, exported or synced what.

Entries hold ids and codes only (``casedesk.store.audit``); this service resolves the filters a
person types — a casus, a person by name or BSN, a user — to the ids the entries name, and the
actors' ids to their names. The hash chain is verified with every listing.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, String, cast, literal_column, or_, select
from sqlalchemy.orm import Session

from casedesk.store import audit, retention
from casedesk.store.models import AuditEntry, Casus, Persoon, Professional
from casedesk.store.search import search_casus_rowids

KINDS = ("bekeken", "gewijzigd", "geexporteerd", "gesynchroniseerd", "vernietigd")
LIMIT = 5000


def kind_of(action: str) -> str:
    if action.startswith("view") or action == "break-glass":  # breaking the glass opens
        return "bekeken"
    if action.startswith("export"):
        return "geexporteerd"
    if action == "sync" or action.startswith("sync-"):
        return "gesynchroniseerd"
    if action.startswith("destroy"):
        return "vernietigd"
    return "gewijzigd"


@dataclass(frozen=True)
class AuditFilter:
    casus_id: str = ""
    person: str = ""  # a name or a BSN
    user: str = ""  # a user name or (part of) a name
    kind: str = ""  # one of KINDS
    since: date | None = None
    until: date | None = None
    action: str = ""  # one stored action code (``view``, ``break-glass``…)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str  # the professional's name, else the stored id
    action: str
    kind: str
    entity: str
    entity_id: str
    detail: str


@dataclass(frozen=True)
class AuditListing:
    rows: tuple[AuditRow, ...]
    capped: bool
    entries: int  # in the whole log
    first_break: int | None  # seq of the first entry that does not fit the chain

    @property
    def intact(self) -> bool:
        return self.first_break is None


def _ids_of_cases(session: Session, casus_ids: set[str]) -> set[str]:
    ids: set[str] = set()
    for casus_id in casus_ids:
        ids |= {row_id for _, row_id in retention.rows_of_casus(session, casus_id)}
        household = session.scalar(select(Casus.huishouden_id).where(Casus.id == casus_id))
        if household:
            ids |= {row_id for _, row_id in retention.rows_of_household(session, household)}
    return ids


def _cases_of_person(session: Session, text: str) -> set[str]:
    digits = text.strip()
    if digits.isdigit() and len(digits) == 9:
        households = select(Persoon.huishouden_id).where(Persoon.bsn == digits)
        return set(session.scalars(select(Casus.id).where(Casus.huishouden_id.in_(households))))
    rowids = search_casus_rowids(session, text, limit=200)
    if not rowids:
        return set()
    return set(session.scalars(select(Casus.id).where(literal_column("casus.rowid").in_(rowids))))


def _query(session: Session, f: AuditFilter) -> Select[AuditEntry] | None:
    query = select(AuditEntry)
    cases: set[str] | None = None
    if f.casus_id:
        cases = {f.casus_id}
    if f.person.strip():
        found = _cases_of_person(session, f.person)
        cases = found if cases is None else cases & found
    if cases is not None:
        if not cases:
            return None
        targets = cases | _ids_of_cases(session, cases)
        # Entries about other records may name the casus in their detail ({"casus": id}).
        mentions = [cast(AuditEntry.detail, String).contains(c) for c in sorted(cases)]
        query = query.where(or_(AuditEntry.entity_id.in_(sorted(targets)), *mentions))
    if f.user.strip():
        text = f.user.strip()
        actors = set(session.scalars(select(Professional.id).where(or_(
            Professional.gebruikersnaam == text, Professional.naam.icontains(text),
            Professional.id == text))))
        if not actors:
            return None
        query = query.where(AuditEntry.actor.in_(sorted(actors)))
    if f.action:
        query = query.where(AuditEntry.action == f.action)
    if f.since is not None:
        query = query.where(AuditEntry.at >= datetime.combine(f.since, time.min))
    if f.until is not None:
        query = query.where(AuditEntry.at < datetime.combine(f.until + timedelta(days=1),
                                                              time.min))
    return query.order_by(AuditEntry.seq.desc())


def entries(session: Session, f: AuditFilter | None = None, limit: int = LIMIT) -> AuditListing:
    """The entries matching ``f``, newest first, with the chain's state."""
    f = f or AuditFilter()
    chain = audit.verify_chain(session)
    query = _query(session, f)
    found: list[AuditEntry] = []
    capped = False
    if query is not None:
        for entry in session.scalars(query):
            if f.kind and kind_of(entry.action) != f.kind:
                continue
            if len(found) == limit:
                capped = True
                break
            found.append(entry)
    names = {pid: naam for pid, naam in session.execute(select(
        Professional.id, Professional.naam).where(Professional.id.in_({e.actor for e in found})))}
    rows = tuple(
        AuditRow(e.seq, e.at, names.get(e.actor, e.actor), e.action, kind_of(e.action),
                 e.entity, e.entity_id, json.dumps(e.detail, sort_keys=True, ensure_ascii=False))
        for e in found)
    return AuditListing(rows, capped, chain.entries, chain.first_break)


def actions(session: Session) -> tuple[str, ...]:
    """Every action code the log holds, for the viewer's action filter."""
    return tuple(session.scalars(select(AuditEntry.action).distinct().order_by(
        AuditEntry.action)))


def export_csv(session: Session, f: AuditFilter, path: Path) -> int:
    """Write the matching entries (no cap) as CSV; the export itself is audited."""
    listing = entries(session, f, limit=10**9)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["volgnummer", "tijdstip", "gebruiker", "actie", "soort", "onderdeel",
                         "id", "details"])
        for r in listing.rows:
            writer.writerow([r.seq, r.at.isoformat(timespec="seconds"), r.actor, r.action,
                             r.kind, r.entity, r.entity_id, r.detail])
    audit.record(session, "export", "audit_log", "-", {"rows": len(listing.rows)})
    return len(listing.rows)
