"""Reading and writing many ``record`` rows at once.

A push of 500 ops touches 500 rows and their parents; reading them one by one and flushing
after each write costs milliseconds per op. A ``RowBatch`` reads every row the batch names in a
few queries, keeps the changes in memory (later ops see earlier ones), and writes them with one
executemany per kind of statement.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from casedesk.regional.database import lock_counter, store_counter
from casedesk.regional.models import Involvement, Record
from casedesk.regional.scopes import RULES, ParentScope, Scope, derive_scope

_CHUNK = 500
_TABLE = cast(Table, Record.__table__)
_INVOLVEMENT = cast(Table, Involvement.__table__)


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass
class RowState:
    entity: str
    id: str
    rev: int
    data: dict[str, Any]
    scope: Scope
    deleted_at: datetime | None
    updated_at: datetime | None
    updated_by: str | None
    stored: bool  # the row exists in the database (else it is new in this batch)
    dirty: bool = False


class Revisions:
    """Hands out revisions while holding the counter's lock; ``close`` stores the last one."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.value = lock_counter(session)
        self.start = self.value

    def next(self) -> int:
        self.value += 1
        return self.value

    def close(self) -> None:
        if self.value != self.start:
            store_counter(self.session, self.value)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


class RowBatch:
    def __init__(self, session: Session, revisions: Revisions, ids: Iterable[str]) -> None:
        self.session = session
        self.revisions = revisions
        self.rows: dict[tuple[str, str], RowState] = {}
        self._read_ids: set[str] = set()
        self._read(sorted(set(ids)))

    def _read(self, ids: list[str]) -> None:
        self._read_ids.update(ids)
        for chunk in _chunks(ids):
            query = select(Record.entity, Record.id, Record.rev, Record.data, Record.deleted_at,
                           Record.updated_at, Record.updated_by, Record.huishouden_id,
                           Record.casus_id, Record.team_id, Record.tafel_id
                           ).where(Record.id.in_(chunk))
            for row in self.session.execute(query):
                key = (row.entity, row.id)
                if key not in self.rows:
                    self.rows[key] = RowState(
                        row.entity, row.id, row.rev, json.loads(row.data),
                        Scope(row.huishouden_id, row.casus_id, row.team_id, row.tafel_id),
                        row.deleted_at, row.updated_at, row.updated_by, stored=True)

    def get(self, entity: str, row_id: str) -> RowState | None:
        key = (entity, row_id)
        if key not in self.rows and row_id not in self._read_ids:
            self._read([row_id])
        return self.rows.get(key)

    def parent_of(self, entity: str, data: dict[str, Any]) -> ParentScope | None:
        rule = RULES[entity]
        if rule.parent_entity is None or rule.parent_field is None:
            return None
        parent_id = data.get(rule.parent_field)
        parent = self.get(rule.parent_entity, parent_id) if isinstance(parent_id, str) else None
        if parent is None:
            return None
        return ParentScope(parent.scope.huishouden_id, parent.scope.casus_id)

    def write(self, entity: str, row_id: str, data: dict[str, Any], *, actor: str,
              now: datetime, parent: ParentScope | None) -> RowState:
        state = self.get(entity, row_id)
        previous_tafel = state.scope.tafel_id if state else None
        scope = derive_scope(entity, row_id, data, parent, previous_tafel)
        if state is None:
            state = RowState(entity, row_id, 0, data, scope, None, now, actor, stored=False)
            self.rows[(entity, row_id)] = state
        state.data, state.scope = data, scope
        state.rev, state.updated_at, state.updated_by = self.revisions.next(), now, actor
        state.dirty = True
        return state

    def tombstone(self, state: RowState, *, actor: str, now: datetime) -> None:
        state.deleted_at, state.updated_at, state.updated_by = now, now, actor
        state.rev, state.dirty = self.revisions.next(), True

    def unique_taken(self, entity: str, row_id: str, data: dict[str, Any]) -> bool:
        field = RULES[entity].unique_field
        if field is None or data.get(field) is None:
            return False
        value = str(data[field])
        if any(
            key[0] == entity and key[1] != row_id and state.dirty
            and str(state.data.get(field)) == value
            for key, state in self.rows.items()
        ):
            return True
        other = self.session.scalar(
            select(Record.id).where(Record.entity == entity, Record.unique_key == value,
                                    Record.id != row_id)
        )
        return other is not None

    def flush(self) -> None:
        dirty = [s for s in self.rows.values() if s.dirty]
        new = [self._values(s) | {"entity": s.entity, "id": s.id} for s in dirty if not s.stored]
        changed = [self._values(s) | {"b_entity": s.entity, "b_id": s.id}
                   for s in dirty if s.stored]
        if new:
            self.session.execute(insert(_TABLE), new)
        if changed:
            self.session.execute(
                update(_TABLE).where(and_(_TABLE.c.entity == bindparam("b_entity"),
                                          _TABLE.c.id == bindparam("b_id"))),
                changed,
            )
        self._refresh_involvement([s for s in dirty if s.entity == "casus"])
        for state in dirty:
            state.stored, state.dirty = True, False

    def _values(self, state: RowState) -> dict[str, Any]:
        unique_field = RULES[state.entity].unique_field
        return {
            "rev": state.rev,
            "data": dumps(state.data),
            "updated_at": state.updated_at,
            "updated_by": state.updated_by,
            "deleted_at": state.deleted_at,
            "huishouden_id": state.scope.huishouden_id,
            "casus_id": state.scope.casus_id,
            "team_id": state.scope.team_id,
            "tafel_id": state.scope.tafel_id,
            "unique_key": str(state.data.get(unique_field)) if unique_field else None,
        }

    def _refresh_involvement(self, cases: list[RowState]) -> None:
        """The casusregisseur and stand-in of a casus see it wherever their team is."""
        if not cases:
            return
        for chunk in _chunks([c.id for c in cases]):
            self.session.execute(delete(Involvement).where(
                Involvement.casus_id.in_(chunk),
                Involvement.soort.in_(("regisseur", "stand_in"))))
        rows = {
            (c.id, account, soort)
            for c in cases
            for soort, key in (("regisseur", "casusregisseur_id"), ("stand_in", "stand_in_id"))
            if isinstance(account := c.data.get(key), str)
        }
        if rows:
            self.session.execute(insert(_INVOLVEMENT), [
                {"casus_id": c, "account_id": a, "soort": s} for c, a, s in sorted(rows)])


def put_rows(
    session: Session, rows: list[tuple[str, str, dict[str, Any]]], actor: str, now: datetime
) -> int:
    """Write rows administratively (reference data, demo data, bulk loads), parents first.
    A row that already holds exactly these values is left alone (no new revision to pull)."""
    revisions = Revisions(session)
    ids = {row_id for _, row_id, _ in rows}
    for _, _, data in rows:
        ids.update(v for k, v in data.items() if k.endswith("_id") and isinstance(v, str))
    batch = RowBatch(session, revisions, ids)
    for entity, row_id, data in rows:
        existing = batch.get(entity, row_id)
        if existing is not None and existing.data == data and existing.deleted_at is None:
            continue
        batch.write(entity, row_id, data, actor=actor, now=now,
                    parent=batch.parent_of(entity, data))
    batch.flush()
    revisions.close()
    return len(rows)
