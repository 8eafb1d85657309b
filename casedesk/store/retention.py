"""Destroying a casus for good: every row holding its personal data, gone from the file.

``purge_casus`` deletes the casus and everything under it, the household with its members and
netwerk when no other casus of the household remains, their search-index entries, queued
outbox changes and conflicts, and the editor drafts kept in settings. It writes no outbox ops
(destruction travels as a ``vernietigingsverzoek``, see decision 0095) and keeps the audit log
and the destruction request, which hold ids and codes only.

Deleting is not enough for the bytes: ``scrub`` compacts the FTS5 index (a delete only adds a
"deleted" marker segment; the old segment keeps the tokens until a merge) and checkpoints the
WAL into the main file (old page images stay in the WAL until then). The engine's
``secure_delete`` zeroes freed cells and pages. ``prune_backups`` deletes the pre-upgrade
copies of the file, which all predate the destruction and so still hold the casus.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, Table, delete, func, select, text
from sqlalchemy.orm import Session

from casedesk.store import audit, search
from casedesk.store.models import (
    SYNCED_MODELS,
    Casus,
    Conflict,
    DoelToetsing,
    Huishouden,
    NetwerkContact,
    OutboxEntry,
    Persoon,
    Plan18,
    Plan18Thema,
    Setting,
    Toetsing,
    Vernietigingsverzoek,
)

# Rows under a casus found through another parent than ``casus_id``.
_GRANDCHILDREN: tuple[tuple[type, str, type], ...] = (
    (DoelToetsing, "toetsing_id", Toetsing),
    (Plan18Thema, "plan_id", Plan18),
)
_KEEP = {Vernietigingsverzoek.__tablename__}


@dataclass(frozen=True)
class Purged:
    rows: int  # synced rows deleted
    household: bool  # the household went too (no other casus left)


def rows_of_casus(session: Session, casus_id: str) -> list[tuple[str, str]]:
    """(entity, id) of every synced row that holds the casus's content."""
    refs: list[tuple[str, str]] = []
    for model, field, parent in _GRANDCHILDREN:
        parents = select(parent.id).where(parent.casus_id == casus_id)  # type: ignore[attr-defined]
        table: Table = model.__table__  # type: ignore[attr-defined]
        refs += [(table.name, i) for i in session.scalars(
            select(table.c.id).where(table.c[field].in_(parents)))]
    for name, model in SYNCED_MODELS.items():
        table = model.__table__  # type: ignore[assignment]
        if name in _KEEP or "casus_id" not in table.c:
            continue
        refs += [(name, i) for i in session.scalars(
            select(table.c.id).where(table.c.casus_id == casus_id))]
    refs.append((Casus.__tablename__, casus_id))
    return refs


def rows_of_household(session: Session, household_id: str) -> list[tuple[str, str]]:
    refs: list[tuple[str, str]] = []
    for model in (Persoon, NetwerkContact):
        refs += [(model.__tablename__, i) for i in session.scalars(
            select(model.id).where(model.huishouden_id == household_id))]
    refs.append((Huishouden.__tablename__, household_id))
    return refs


def purge_casus(session: Session, casus_id: str) -> Purged:
    """Delete the casus's rows (and its household's when it has no other casus)."""
    household_id = session.scalar(select(Casus.huishouden_id).where(Casus.id == casus_id))
    if household_id is None:
        return Purged(0, False)
    refs = rows_of_casus(session, casus_id)
    others = session.scalar(select(func.count()).select_from(Casus).where(
        Casus.huishouden_id == household_id, Casus.id != casus_id))
    household = not others
    if household:
        refs += rows_of_household(session, household_id)
    # The search and list lines are keyed by the casus's rowid: drop them while the row exists.
    search.forget_cases(session, [casus_id])
    delete_rows(session, refs)
    session.execute(delete(Setting).where(Setting.key.contains(casus_id)))  # drafts
    if not household:
        search.reindex_households(session, [household_id])
    return Purged(len(refs), household)


def delete_rows(session: Session, refs: Iterable[tuple[str, str]]) -> None:
    """Delete synced rows with their outbox entries (whose payloads hold the data) and
    conflicts. Foreign keys are checked at commit, so the order does not matter."""
    by_entity: dict[str, list[str]] = {}
    for entity, row_id in refs:
        by_entity.setdefault(entity, []).append(row_id)
    for entity, ids in by_entity.items():
        table: Table = SYNCED_MODELS[entity].__table__  # type: ignore[assignment]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(delete(table).where(table.c.id.in_(chunk)))
            session.execute(delete(OutboxEntry).where(
                OutboxEntry.entity == entity, OutboxEntry.entity_id.in_(chunk)))
            session.execute(delete(Conflict).where(
                Conflict.entity == entity, Conflict.entity_id.in_(chunk)))


def compact_search_index(session: Session) -> None:
    """Merge the FTS5 segments so deleted entries' tokens leave the index's pages."""
    session.execute(text("INSERT INTO zoekindex(zoekindex) VALUES('optimize')"))


def scrub(engine: Engine) -> None:
    """After a destruction has committed: move every page image out of the WAL into the
    (encrypted, securely deleted) main file and empty the WAL."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection  # outside a transaction: it cannot checkpoint
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def prune_backups(session: Session) -> int:
    """Delete the profile's pre-upgrade backups (``backups/*.bak``, see ``schema``): each was
    copied before this destruction and holds the casus still. Run inside the destruction's
    transaction: when a file cannot go the destruction fails and says so, rather than
    reporting a destruction the disk does not show. Audited with the count only.

    The files are unlinked, not overwritten: on SSDs and journaling file systems overwriting
    in place is no guarantee, and the copies are encrypted with the profile's data key."""
    folder: Path | None = session.info.get("backups")
    if folder is None or not folder.is_dir():
        return 0
    removed = 0
    for path in sorted(folder.glob("*.bak")):
        path.unlink()
        removed += 1
    if removed:
        audit.record(session, "delete-backups", "profile", "-", {"bestanden": removed})
    return removed
