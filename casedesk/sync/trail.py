"""The audit trail of a sync round per casus: who sent or received which casus, and when.

Each push batch writes one ``sync-sent`` entry per casus whose rows it sent, each pulled page
one ``sync-received`` entry per casus whose rows arrived or were purged, in the transaction
that settles the batch or applies the page (so nothing reaches the database unaudited). Rows
of a household outside any casus are entered under the household. Details hold counts only.
See docs/decisions/0093-involvements-on-the-device.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from casedesk.store import audit
from casedesk.store.models import SYNCED_MODELS
from casedesk.wire import Op, OpResult

SENT = "sync-sent"
RECEIVED = "sync-received"
_CHUNK = 500

Root = tuple[str, str]  # ("casus", id) or ("huishouden", id)


def _root(entity: str, row_id: str, casus_id: Any, household_id: Any) -> Root | None:
    if entity == "casus":
        return ("casus", row_id)
    if isinstance(casus_id, str):
        return ("casus", casus_id)
    if entity == "huishouden":
        return ("huishouden", row_id)
    if isinstance(household_id, str):
        return ("huishouden", household_id)
    return None  # the region's rows (teams, professionals, tafels, zittingen)


def _local_roots(session: Session, refs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Root]:
    """The casus or household each locally held row hangs off, looked up per entity."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, row_id in refs:
        if entity in SYNCED_MODELS:
            by_entity[entity].append(row_id)
    found: dict[tuple[str, str], Root] = {}
    for entity, ids in by_entity.items():
        table: Table = SYNCED_MODELS[entity].__table__  # type: ignore[assignment]
        if entity in ("casus", "huishouden"):
            found.update(((entity, i), (entity, i)) for i in ids)
            continue
        columns = [table.c[n] for n in ("casus_id", "huishouden_id") if n in table.c]
        if not columns:
            continue
        for start in range(0, len(ids), _CHUNK):
            query = select(table.c.id, *columns).where(table.c.id.in_(ids[start:start + _CHUNK]))
            for row_id, *scope in session.execute(query):
                casus_id = scope[0] if "casus_id" in table.c else None
                household_id = scope[-1] if "huishouden_id" in table.c else None
                root = _root(entity, row_id, casus_id, household_id)
                if root is not None:
                    found[(entity, row_id)] = root
    return found


def _write(session: Session, action: str, counts: Mapping[Root, dict[str, int]]) -> None:
    audit.record_many(session, [
        (action, kind, root_id, counts[(kind, root_id)]) for kind, root_id in sorted(counts)])


def record_sent(session: Session, ops: list[Op], results: list[OpResult]) -> None:
    """Before the batch is settled (its rows are still as sent): one entry per casus."""
    rejected = {r.op_id for r in results if r.status == "rejected"}
    roots = _local_roots(session, ((op.entity, op.entity_id) for op in ops))
    counts: dict[Root, dict[str, int]] = {}
    for op in ops:
        root = roots.get((op.entity, op.entity_id))
        if root is None:
            continue
        tally = counts.setdefault(root, {"ops": 0, "rejected": 0})
        tally["ops"] += 1
        tally["rejected"] += op.op_id in rejected
    _write(session, SENT, counts)


class PageTrail:
    """What one pulled page brought, per casus: purges are counted before they are applied
    (their rows are looked up), rows from the page itself."""

    def __init__(self) -> None:
        self.rows: Counter[Root] = Counter()
        self.purged: Counter[Root] = Counter()

    def purges(self, session: Session, refs: list[dict[str, str]]) -> None:
        roots = _local_roots(session, ((r["entity"], r["id"]) for r in refs))
        self.purged.update(roots.values())

    def received(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            data = row["data"]
            root = _root(row["entity"], row["id"], data.get("casus_id"),
                         data.get("huishouden_id"))
            if root is not None:
                self.rows[root] += 1

    def write(self, session: Session) -> None:
        _write(session, RECEIVED, {
            root: {"rows": self.rows[root], "purged": self.purged[root]}
            for root in self.rows.keys() | self.purged.keys()})
