"""Applying what the regional store sent to the local database.

A page of pulled rows is applied in one transaction together with the new cursor, so a round
broken off anywhere resumes where it stopped. Rows are written in bulk (Core statements, no ORM
objects) and never echo back into the outbox. A row with unsynced local edits keeps those
fields: they are still in the outbox, and the store merges them when they are pushed.

Foreign keys are off while a page is applied: a page holds rows in revision order, so a child
can arrive before its parent, and a table member holds aanmeldingen without their casus.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from casedesk.store import retention, search
from casedesk.store.database import Store
from casedesk.store.models import (
    SYNCED_MODELS,
    Conflict,
    Involvement,
    OutboxEntry,
    Professional,
    Setting,
)
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
                                    device=store.device_id, backups=store.profile.backups)
                session.info[APPLYING_REMOTE] = True
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _to_datetime_text(value: str) -> str:
    if len(value) == 26 and value[10] == "T":  # the wire's form, microseconds always present
        return f"{value[:10]} {value[11:]}"
    return datetime.fromisoformat(value).isoformat(sep=" ", timespec="microseconds")


def _to_date_text(value: str) -> str:
    return value if len(value) == 10 else date.fromisoformat(value).isoformat()


def _storage(column_type: Any) -> Callable[[Any], Any] | None:
    """Wire value -> the value SQLAlchemy's SQLite types store (they read it back)."""
    if isinstance(column_type, DateTime):
        return _to_datetime_text
    if isinstance(column_type, Date):
        return _to_date_text
    if isinstance(column_type, JSON):
        return json.dumps
    return None


def _python(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat
    if isinstance(column_type, Date):
        return date.fromisoformat
    return None


@dataclass(frozen=True)
class _Shape:
    """How one entity's wire rows become rows of its table.

    Pulled pages are written with driver-level executemany in the storage form SQLAlchemy's
    SQLite types use (ISO dates, "YYYY-MM-DD HH:MM:SS.ffffff", JSON text): per-value type
    processing would cost more than the insert itself on an initial sync.
    """

    name: str
    fields: tuple[str, ...]  # the table's own columns, without the sync columns
    storage: tuple[Callable[[Any], Any] | None, ...]
    defaults: tuple[Any, ...]  # in storage form
    python: dict[str, Callable[[Any], Any]]

    @classmethod
    def of(cls, entity: str) -> _Shape:
        table: Table = SYNCED_MODELS[entity].__table__  # type: ignore[assignment]
        columns = [c for c in table.columns if c.key not in SYNC_COLUMNS]
        storage = tuple(_storage(c.type) for c in columns)
        defaults: list[Any] = []
        for column, store in zip(columns, storage, strict=True):
            arg = getattr(column.default, "arg", None)
            value = arg(None) if callable(arg) else arg
            defaults.append(store(value) if store is not None and value is not None else value)
        python = {c.key: f for c in columns if (f := _python(c.type)) is not None}
        return cls(table.name, tuple(c.key for c in columns), storage, tuple(defaults), python)

    def _all_field_values(self, data: dict[str, Any]) -> list[Any]:
        """Every field: the common case (a row with all its fields) without a loop in Python."""
        try:
            values = list(itemgetter(*self.fields)(data))
        except KeyError:
            return self._field_values(data, range(len(self.fields)))
        for i, store in enumerate(self.storage):
            if store is not None and values[i] is not None:
                values[i] = store(values[i])
        return values

    def _field_values(self, data: dict[str, Any], names: Iterable[int]) -> list[Any]:
        values: list[Any] = []
        for i in names:
            value = data.get(self.fields[i], _MISSING)
            if value is _MISSING:
                values.append(self.defaults[i])
                continue
            store = self.storage[i]
            values.append(store(value) if store is not None and value is not None else value)
        return values

    def insert_sql(self) -> str:
        names = ("id", "rev", "updated_at", "updated_by", "deleted_at", *self.fields)
        return (f"INSERT INTO {self.name} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})")

    def insert_params(self, row: dict[str, Any]) -> tuple[Any, ...]:
        return (row["id"], *self._sync_values(row), *self._all_field_values(row["data"]))

    def update_sql(self, keep: frozenset[str]) -> str:
        names = ["rev", "updated_at", "updated_by", "deleted_at",
                 *(f for f in self.fields if f not in keep and "*" not in keep)]
        return f"UPDATE {self.name} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?"

    def update_params(self, row: dict[str, Any], keep: frozenset[str]) -> tuple[Any, ...]:
        taken = () if "*" in keep else [
            i for i, f in enumerate(self.fields) if f not in keep]
        return (*self._sync_values(row), *self._field_values(row["data"], taken), row["id"])

    @staticmethod
    def _sync_values(row: dict[str, Any]) -> tuple[Any, ...]:
        updated, deleted = row.get("updated_at"), row.get("deleted_at")
        return (
            row["rev"],
            _to_datetime_text(updated) if updated else None,
            row.get("updated_by"),
            _to_datetime_text(deleted) if deleted else None,
        )

    def python_value(self, name: str, wire_value: Any) -> Any:
        """A wire value as the ORM attribute takes it."""
        decode = self.python.get(name)
        return decode(wire_value) if decode is not None and wire_value is not None else wire_value


_MISSING = object()
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
    conn = session.connection()
    for entity, group in by_entity.items():
        rows_shape = shape(entity)
        local: dict[str, int] = {}
        for ids in _chunks([r["id"] for r in group]):
            found = conn.exec_driver_sql(
                f"SELECT id, rev FROM {rows_shape.name} WHERE id IN ({', '.join('?' * len(ids))})",
                tuple(ids))
            local.update((row_id, rev) for row_id, rev in found)
        inserts: list[tuple[Any, ...]] = []
        updates: dict[frozenset[str], list[tuple[Any, ...]]] = defaultdict(list)
        for row in group:
            row_id = row["id"]
            rev = local.get(row_id)
            if rev is not None and rev >= row["rev"] and (entity, row_id) not in force:
                continue
            if rev is None:
                inserts.append(rows_shape.insert_params(row))
            else:
                keep = frozenset(pending.get((entity, row_id), ()))
                updates[keep].append(rows_shape.update_params(row, keep))
            local[row_id] = row["rev"]
            applied.rows += 1
            households.update(_households_of(entity, row))
        if entity == "professional" and inserts:
            _make_room_for(session, [r["data"] | {"id": r["id"]} for r in group])
        if inserts:
            conn.exec_driver_sql(rows_shape.insert_sql(), inserts)
        for keep, params in updates.items():
            conn.exec_driver_sql(rows_shape.update_sql(keep), params)
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
            if entity == "casus":  # search and list lines first: keyed by the casus's rowid
                search.forget_cases(session, chunk)
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
    for casus_id in by_entity.get("casus", ()):
        session.execute(delete(Setting).where(Setting.key.contains(casus_id)))  # drafts
    if by_entity.get("casus") or by_entity.get("persoon"):
        retention.compact_search_index(session)  # no deleted tokens left in old segments
        # A destroyed casus, or one that left the scope, must not live on in the copies made
        # before an upgrade (0095).
        retention.prune_backups(session)


def replace_involvements(session: Session, casus_ids: list[str]) -> None:
    """Make the device's explicit involvements exactly the store's current list: the store
    sends it whole with every page, so a removed involvement simply drops out."""
    wanted = set(casus_ids)
    held = set(session.scalars(select(Involvement.casus_id)))
    gone = sorted(held - wanted)
    for chunk in _chunks(gone):
        session.execute(delete(Involvement).where(Involvement.casus_id.in_(chunk)))
    new = sorted(wanted - held)
    if new:
        session.execute(insert(Involvement), [{"casus_id": c} for c in new])
