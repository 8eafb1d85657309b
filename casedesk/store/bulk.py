"""Inserting many new synced rows at once, without the unit of work.

For bulk loads (demo data): the ORM's per-object bookkeeping costs more than the database work.
Objects are built as usual but never added to the session; ``insert_new`` writes them with one
multi-row INSERT per table, parents before children, and writes what a flush would have written
alongside: the same outbox op per row, and the search rows of the households involved. All in
the caller's transaction. An object given ``updated_at`` and ``updated_by`` keeps them (history
loaded as it happened); the others are stamped with the session's moment and actor.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, insert, inspect
from sqlalchemy.orm import Session

from casedesk.store import outbox, search
from casedesk.store.models import Base, Synced


def insert_new(session: Session, objects: Iterable[Synced]) -> None:
    """Insert transient synced objects; they stay detached (read their ids, not their rows)."""
    by_table: dict[Table, list[Any]] = {}
    for obj in objects:
        by_table.setdefault(inspect(obj).mapper.local_table, []).append(obj)
    info = outbox.op_info(session)
    ops: list[outbox.Op] = []
    for table in Base.metadata.sorted_tables:
        rows = by_table.get(table)
        if not rows:
            continue
        if not isinstance(rows[0], Synced):
            raise TypeError(f"{table.name} is not a synced table")
        fields = outbox.field_names(rows[0])
        values = []
        for obj in rows:
            row = outbox.new_row(obj, info)
            # A load of history (the demo) may say when and by whom a row was last saved.
            given = inspect(obj).dict
            if given.get("updated_at") is not None:
                row["updated_at"], row["updated_by"] = given["updated_at"], given["updated_by"]
            if obj.id is None:
                obj.id = row["id"]
            values.append(row)
            ops.append(outbox.insert_op(table.name, row, fields, info))
        session.execute(insert(table), values)
    outbox.write_ops(session, ops)
    search.reindex_households(
        session, search.households_of(obj for rows in by_table.values() for obj in rows)
    )
