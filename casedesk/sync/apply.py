"""Applying what the regional store sent to the local database.

A page of pulled rows is applied in one transaction together with the new cursor, so a round
broken off anywhere resumes where it stopped. Rows are written in bulk (Core statements, no ORM
objects) and never echo back into the outbox. A row with unsynced local edits keeps those
fields: they are still in the outbox, and the store merges them when they are pushed.

Foreign keys are off while a page is applied: a page holds rows in revision order, so a child
can arrive before its parent, and a table member holds aanmeldingen without their casus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Table, bindparam, delete, insert, select, text, update
from sqlalchemy.orm import Session

from casedesk.store import search
from casedesk.store.database import Store
from casedesk.store.models import SYNCED_MODELS, Conflict, OutboxEntry, Professional
from casedesk.store.outbox import APPLYING_REMOTE
from casedesk.wire import SYNC_COLUMNS

_CHUNK = 500
ALL_FIELDS = frozenset({"*"})


@contextmanager
def remote_session(store: Store, actor: str | None = None) -> Iterator[Session]:
    """A unit of work for changes that come from the regional store (no outbox entries),
    with foreign-key enforcement off for its duration."""
    with store.engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # only effective outside a transaction
        try:
            with Session(bind=conn, expire_on_commit=False) as session:
                session.info.update(now=store.clock, actor=actor or store.me,
                                    device=store.device_id)
                session.info[APPLYING_REMOTE] = True
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _decoder(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat
    if isinstance(column_type, Date):
        return date.fromisoformat
    return None


@dataclass(frozen=True)
class _Shape:
    """How to turn one entity's wire rows into column values."""

    table: Table
    decoders: dict[str, Callable[[Any], Any]]
    defaults: dict[str, Any]
    fields: tuple[str, ...]

    @classmethod
    def of(cls, entity: str) -> _Shape:
        table: Table = SYNCED_MODELS[entity].__table__  # type: ignore[assignment]
        decoders: dict[str, Callable[[Any], Any]] = {}
        defaults: dict[str, Any] = {}
        for column in table.columns:
            decode = _decoder(column.type)
            if decode is not None:
                decoders[column.key] = decode
            default = column.default
            if default is not None and column.key not in SYNC_COLUMNS:
                arg = getattr(default, "arg", None)
                defaults[column.key] = arg(None) if callable(arg) else arg
        fields = tuple(c.key for c in table.columns if c.key not in SYNC_COLUMNS)
        return cls(table, decoders, defaults, fields)

    def values(self, row: dict[str, Any], keep: frozenset[str] | set[str]) -> dict[str, Any]:
        data = row["data"]
        values: dict[str, Any] = {"rev": row["rev"]}
        if "*" not in keep:
            for name in self.fields:
                if name in keep:
                    continue
                value = data.get(name, self.defaults.get(name))
                decode = self.decoders.get(name)
                values[name] = decode(value) if decode is not None and value is not None else value
        for name in ("updated_at", "deleted_at"):
            value = row.get(name)
            values[name] = datetime.fromisoformat(value) if value else None
        values["updated_by"] = row.get("updated_by")
        return values


_shapes: dict[str, _Shape] = {}


def shape(entity: str) -> _Shape:
    if entity not in _shapes:
        _shapes[entity] = _Shape.of(entity)
    return _shapes[entity]


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def unsynced_fields(session: Session) -> dict[tuple[str, str], set[str]]:
    """Per row with outbox entries: the fields edited locally and not yet pushed."""
    pending: dict[tuple[str, str], set[str]] = defaultdict(set)
    query = select(OutboxEntry.entity, OutboxEntry.entity_id, OutboxEntry.kind, OutboxEntry.nieuw)
    for entity, entity_id, kind, nieuw in session.execute(query):
        pending[(entity, entity_id)].update(ALL_FIELDS if kind == "insert" else nieuw.keys())
    return pending


@dataclass
class Applied:
    rows: int = 0
    purged: int = 0
    entities: set[str] = field(default_factory=set)


def apply_rows(
    session: Session,
    rows: list[dict[str, Any]],
    applied: Applied,
    force: frozenset[tuple[str, str]] = frozenset(),
) -> None:
    """Write pulled rows; ``force`` names rows to take even at the revision this device
    holds (refetched after the store refused a local change to them)."""
    pending = unsynced_fields(session)
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["entity"] in SYNCED_MODELS:
            by_entity[row["entity"]].append(row)
    households: set[str] = set()
    for entity, group in by_entity.items():
        rows_shape = shape(entity)
        table = rows_shape.table
        local: dict[str, int] = {}
        for ids in _chunks([r["id"] for r in group]):
            found = session.execute(select(table.c.id, table.c.rev).where(table.c.id.in_(ids)))
            local.update((row_id, rev) for row_id, rev in found)
        inserts: list[dict[str, Any]] = []
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in group:
            rev = local.get(row["id"])
            if rev is not None and rev >= row["rev"] and (entity, row["id"]) not in force:
                continue
            if rev is None:
                inserts.append({"id": row["id"], **rows_shape.values(row, set())})
            else:
                values = rows_shape.values(row, pending.get((entity, row["id"]), set()))
                updates[tuple(sorted(values))].append({"_id": row["id"], **values})
            local[row["id"]] = row["rev"]
            applied.rows += 1
            households.update(_households_of(entity, row))
        if entity == "professional" and inserts:
            _make_room_for(session, inserts)
        if inserts:
            session.execute(insert(table), inserts)
        for group_updates in updates.values():
            session.execute(update(table).where(table.c.id == bindparam("_id")), group_updates)
        if inserts or updates:
            applied.entities.add(entity)
    search.reindex_households(session, households)


def _households_of(entity: str, row: dict[str, Any]) -> Iterable[str]:
    if entity == "huishouden":
        return (row["id"],)
    if entity in ("persoon", "netwerk_contact", "casus"):
        household = row["data"].get("huishouden_id")
        return (household,) if isinstance(household, str) else ()
    return ()


def _make_room_for(session: Session, inserts: list[dict[str, Any]]) -> None:
    """A professional made on this device and never synced may carry a user name the region
    already gives someone else; rename the local one so the region's row fits."""
    names = [r["gebruikersnaam"] for r in inserts if r.get("gebruikersnaam")]
    ids = {r["id"] for r in inserts}
    for chunk in _chunks(names):
        clashes = session.execute(
            select(Professional.id, Professional.gebruikersnaam).where(
                Professional.gebruikersnaam.in_(chunk), Professional.rev == 0
            )
        )
        for local_id, name in clashes:
            if local_id not in ids:
                session.execute(
                    update(Professional).where(Professional.id == local_id)
                    .values(gebruikersnaam=f"{name}~{local_id[:8]}")
                )


def purge_rows(session: Session, refs: list[dict[str, str]], applied: Applied) -> None:
    """Delete rows that left this user's scope, with their outbox entries and conflicts."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for ref in refs:
        if ref["entity"] in SYNCED_MODELS:
            by_entity[ref["entity"]].append(ref["id"])
    households: set[str] = set()
    for entity, ids in by_entity.items():
        table: Table = SYNCED_MODELS[entity].__table__  # type: ignore[assignment]
        for chunk in _chunks(ids):
            if entity == "casus":
                # The search index is keyed by the casus's rowid: drop those entries first.
                params = {f"c{i}": value for i, value in enumerate(chunk)}
                marks = ", ".join(f":c{i}" for i in range(len(chunk)))
                session.execute(text(
                    f"DELETE FROM zoekindex WHERE rowid IN "
                    f"(SELECT rowid FROM casus WHERE id IN ({marks}))"), params)
            if "huishouden_id" in table.c:
                households.update(session.scalars(
                    select(table.c.huishouden_id).where(table.c.id.in_(chunk))))
            result = session.execute(delete(table).where(table.c.id.in_(chunk)))
            applied.purged += int(getattr(result, "rowcount", 0) or 0)
            session.execute(delete(OutboxEntry).where(
                OutboxEntry.entity == entity, OutboxEntry.entity_id.in_(chunk)))
            session.execute(delete(Conflict).where(
                Conflict.entity == entity, Conflict.entity_id.in_(chunk)))
        applied.entities.add(entity)
    households -= set(by_entity.get("huishouden", ()))
    search.reindex_households(session, households)
