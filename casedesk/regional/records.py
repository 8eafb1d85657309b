"""Reading and writing ``record`` rows: revisions from the change counter, scope columns,
and the involvements a casus row implies."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casedesk.regional.database import lock_counter, store_counter
from casedesk.regional.models import Involvement, Record
from casedesk.regional.scopes import RULES, ParentScope, Scope, derive_scope


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


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


def parent_of(session: Session, entity: str, data: dict[str, Any]) -> ParentScope | None:
    """The scope of the row ``data`` hangs off; None when the entity has none or it is absent.

    Region rows name no parent row in the store (a zitting's tafel is reference data)."""
    rule = RULES[entity]
    if rule.parent_entity is None or rule.parent_field is None:
        return None
    parent_id = data.get(rule.parent_field)
    if not isinstance(parent_id, str):
        return None
    parent = session.get(Record, (rule.parent_entity, parent_id))
    if parent is None:
        return None
    return ParentScope(parent.huishouden_id, parent.casus_id)


def scope_of(record: Record) -> Scope:
    return Scope(record.huishouden_id, record.casus_id, record.team_id, record.tafel_id)


def write(
    session: Session,
    record: Record | None,
    entity: str,
    row_id: str,
    data: dict[str, Any],
    *,
    rev: int,
    actor: str,
    now: datetime,
    parent: ParentScope | None,
    deleted_at: datetime | None = None,
) -> Record:
    """Insert or replace one row's state, with its scope and unique key."""
    scope = derive_scope(entity, row_id, data, parent, record.tafel_id if record else None)
    unique_field = RULES[entity].unique_field
    if record is None:
        record = Record(entity=entity, id=row_id)
        session.add(record)
    record.rev = rev
    record.data = dumps(data)
    record.updated_at, record.updated_by = now, actor
    record.deleted_at = deleted_at
    record.huishouden_id, record.casus_id = scope.huishouden_id, scope.casus_id
    record.team_id, record.tafel_id = scope.team_id, scope.tafel_id
    record.unique_key = str(data.get(unique_field)) if unique_field else None
    if entity == "casus":
        refresh_involvement(session, row_id, data)
    return record


def refresh_involvement(session: Session, casus_id: str, data: dict[str, Any]) -> None:
    """The casusregisseur and stand-in of a casus see it wherever their team is."""
    session.execute(
        delete(Involvement).where(
            Involvement.casus_id == casus_id, Involvement.soort.in_(("regisseur", "stand_in"))
        )
    )
    for soort, key in (("regisseur", "casusregisseur_id"), ("stand_in", "stand_in_id")):
        account = data.get(key)
        if isinstance(account, str):
            session.merge(Involvement(casus_id=casus_id, account_id=account, soort=soort))


def is_involved(session: Session, casus_id: str, account_id: str) -> bool:
    found = session.scalar(
        select(Involvement.soort).where(
            Involvement.casus_id == casus_id, Involvement.account_id == account_id
        ).limit(1)
    )
    return found is not None


def unique_taken(session: Session, entity: str, row_id: str, data: dict[str, Any]) -> bool:
    field = RULES[entity].unique_field
    if field is None or data.get(field) is None:
        return False
    other = session.scalar(
        select(Record.id).where(
            Record.entity == entity, Record.unique_key == str(data[field]), Record.id != row_id
        )
    )
    return other is not None


def put_rows(
    session: Session, rows: list[tuple[str, str, dict[str, Any]]], actor: str, now: datetime
) -> int:
    """Write rows administratively (reference data, demo data, bulk loads), parents first."""
    revisions = Revisions(session)
    for entity, row_id, data in rows:
        existing = session.get(Record, (entity, row_id))
        write(session, existing, entity, row_id, data, rev=revisions.next(), actor=actor,
              now=now, parent=parent_of(session, entity, data))
        session.flush()
    revisions.close()
    return len(rows)
