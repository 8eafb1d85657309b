"""The conflict inbox: fields two people changed differently, for a person to decide.

A conflict keeps the base value both started from, *mijn* (this device's) and *hun* (the
regional store's, which the row shows meanwhile). Resolving it with *mijn* or an edited value
queues that value for the next push, based on *hun*, so the store takes it unless someone changed
the field yet again (which is a new conflict, never a silent overwrite).

Two special conflicts concern deletion (field ``deleted_at``): this device deleted a row others
changed meanwhile (*mijn* deletes it after all, *hun* keeps it), or this device changed a row
that was deleted meanwhile (only *hun*: the deletion stands; the lost values stay readable here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.errors import NotFound, RuleViolation
from casedesk.services.changes import Changes
from casedesk.store import audit
from casedesk.store.models import SYNCED_MODELS, Conflict, OutboxEntry
from casedesk.store.outbox import APPLYING_REMOTE
from casedesk.sync.apply import shape
from casedesk.wire import encode

DELETION = "deleted_at"


class Choice(StrEnum):
    MIJN = "mijn"
    HUN = "hun"
    ANDERS = "anders"  # an edited value


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    entity_id: str
    field: str
    basis: Any
    mijn: Any
    hun: Any
    ontstaan_op: datetime
    casus_id: str | None  # the casus it belongs to, when there is one (to open it)

    @property
    def about_deletion(self) -> bool:
        return self.field == DELETION

    @property
    def choices(self) -> tuple[Choice, ...]:
        if not self.about_deletion:
            return (Choice.MIJN, Choice.HUN, Choice.ANDERS)
        return (Choice.MIJN, Choice.HUN) if self.hun is None else (Choice.HUN,)


def open_conflicts(session: Session) -> list[ConflictView]:
    conflicts = session.scalars(
        select(Conflict).where(Conflict.opgelost_op.is_(None)).order_by(Conflict.ontstaan_op)
    )
    return [_view(session, c) for c in conflicts]


def _view(session: Session, c: Conflict) -> ConflictView:
    casus_id: str | None = None
    model = SYNCED_MODELS.get(c.entity)
    row = session.get(model, c.entity_id) if model is not None else None
    if c.entity == "casus":
        casus_id = c.entity_id
    elif row is not None:
        casus_id = getattr(row, "casus_id", None)
    return ConflictView(c.id, c.entity, c.entity_id, c.field, c.basis, c.mijn, c.hun,
                        c.ontstaan_op, casus_id)


def resolve(
    session: Session, conflict_id: str, choice: Choice, value: Any = None, *, now: datetime
) -> Changes:
    """Settle one conflict. ``value`` is the edited value for ``Choice.ANDERS``."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise NotFound(f"no conflict {conflict_id}")
    if conflict.opgelost_op is not None:
        raise RuleViolation("conflict-resolved", "this conflict has been resolved already")
    view = _view(session, conflict)
    if choice not in view.choices:
        raise RuleViolation("conflict-choice", f"{choice.value!r} is not possible here")
    model = SYNCED_MODELS[conflict.entity]
    row: Any = session.get(model, conflict.entity_id)
    if row is None:
        raise NotFound(f"the {conflict.entity} of this conflict is no longer on this device")
    session.info[APPLYING_REMOTE] = True  # the ops below are written explicitly
    try:
        if view.about_deletion:
            chosen = _resolve_deletion(session, conflict, row, choice, now)
        else:
            chosen = _resolve_field(session, conflict, row, choice, value, now)
        conflict.opgelost_op = now
        conflict.keuze = {"keuze": choice.value, "waarde": chosen}
        session.flush()
    finally:
        session.info.pop(APPLYING_REMOTE, None)
    audit.record(session, "conflict-opgelost", conflict.entity, conflict.entity_id,
                 {"field": conflict.field, "keuze": choice.value})
    return Changes(conflicts=True, outbox=True, cases=True, households=True, plans=True,
                   tables=True, transition18=True)


def _resolve_field(
    session: Session, conflict: Conflict, row: Any, choice: Choice, value: Any, now: datetime
) -> Any:
    if choice is Choice.HUN:
        wire_value = conflict.hun
    elif choice is Choice.MIJN:
        wire_value = conflict.mijn
    else:
        wire_value = encode(value)
    setattr(row, conflict.field, shape(conflict.entity).python_value(conflict.field, wire_value))
    row.updated_at, row.updated_by = now, session.info["actor"]
    if choice is not Choice.HUN:
        _queue(session, row, conflict.entity, "update", {conflict.field: wire_value},
               {conflict.field: conflict.hun}, now)
    return wire_value


def _resolve_deletion(
    session: Session, conflict: Conflict, row: Any, choice: Choice, now: datetime
) -> Any:
    if conflict.hun is not None:  # deleted in the region: the deletion stands
        return None
    if choice is Choice.MIJN:
        row.deleted_at = now
        _queue(session, row, conflict.entity, "delete", {}, {}, now)
        return encode(now)
    row.deleted_at = None
    return None


def _queue(
    session: Session,
    row: Any,
    entity: str,
    kind: str,
    nieuw: dict[str, Any],
    basis: dict[str, Any],
    now: datetime,
) -> None:
    session.add(OutboxEntry(entity=entity, entity_id=row.id, kind=kind, base_rev=row.rev or 0,
                            nieuw=nieuw, basis=basis, device=session.info["device"],
                            author=session.info["actor"], at=now))
