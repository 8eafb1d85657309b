"""Sending a device what it may see: purges, backfills and the change log, in pages.

The server remembers which scope *roots* each device holds (the region, households, cases,
tafels). A pull first compares them with what the account sees now: roots it lost are purged
from the device, roots it gained are sent whole (a backfill, whatever their revisions), and only
then does it page through the change log (``rev > cursor``) filtered to what the account sees.

The cursor is ``"<rev>.<serial>"``: the log position and the serial number of the last page the
device received. Changes to a device's roots count only once the device comes back with a
cursor naming that page, so an answer lost on the way changes nothing on the server; and since
a device asks for the next page while it applies one, a removal stays undoable one page longer.
See docs/decisions/0010-sync-protocol.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any, cast

from sqlalchemy import Row, Select, Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from casedesk.regional.access import (
    Viewer,
    Visibility,
    visible_casus_ids,
    visible_clause,
    visible_household_ids,
)
from casedesk.regional.database import counter_value
from casedesk.regional.models import Device, DeviceScope, Involvement, Record
from casedesk.regional.scopes import REGION_ENTITIES, RULES, TAFEL_ENTITIES, Scope
from casedesk.wire import ID_PATTERN, PullRequest, RowRef

Root = tuple[str, str]  # (kind, id): ("region", "*"), ("huishouden", id), ("casus", id), …
REGION_ROOT: Root = ("region", "*")
_ROOT_ORDER = {"region": 0, "huishouden": 1, "casus": 2, "tafel": 3}
# Roots per backfill query: a household holds ~10 rows, a casus ~50.
_ROWS_PER_ROOT = {"region": 500, "huishouden": 10, "casus": 50, "tafel": 200}
_MAX_IN = 1000
_COLUMNS = (
    Record.entity,
    Record.id,
    Record.rev,
    Record.data,
    Record.updated_at,
    Record.updated_by,
    Record.deleted_at,
)


_SCOPE = cast(Table, DeviceScope.__table__)
_ID = re.compile(ID_PATTERN)


class InvalidCursor(ValueError):
    pass


def parse_cursor(text: str) -> tuple[int, int]:
    if not text:
        return 0, 0
    rev, _, serial = text.partition(".")
    try:
        result = int(rev), int(serial)
    except ValueError:
        raise InvalidCursor(f"invalid cursor {text!r}") from None
    if min(result) < 0:
        raise InvalidCursor(f"invalid cursor {text!r}")
    return result


def pull(session: Session, viewer: Viewer, request: PullRequest, now: datetime) -> bytes:
    """One page for the device, as the JSON of a ``PullAnswer`` (rows spliced in as stored)."""
    log_from, confirmed = parse_cursor(request.cursor)
    device = session.get(Device, viewer.device_id, with_for_update=True)
    assert device is not None
    if confirmed > device.pull_serial:
        raise InvalidCursor("the cursor names a page this device was never sent")
    _settle(session, device.id, confirmed)
    device.pull_serial += 1
    device.last_seen = now
    serial = device.pull_serial

    if log_from == 0 and not _holds_anything(session, device.id):
        # A new device: everything it may see comes as backfill; the log starts from now.
        log_from = counter_value(session)

    visibility = Visibility(session, viewer)
    page = Page(request.limit)
    for ref in request.refetch:
        _refetch(session, visibility, ref, page)
    gone, new = _root_changes(session, viewer, device.id)
    pending = _purge_roots(session, visibility, device.id, serial, gone, page)
    pending += _backfill_roots(session, device.id, serial, new, page)
    more = pending > 0
    if not more:
        for row in _log(session, viewer, log_from, page.room + 1):
            if page.room == 0:
                more = True
                break
            if row.vernietigd_op is None:
                page.add_row(tuple(row)[:-1])
            else:  # destroyed (retention.py): the device deletes what it holds of it
                page.add_purge(row.entity, row.id)
            log_from = row.rev
    return page.render(f"{log_from}.{serial}", more, _involvements(session, viewer))


def _involvements(session: Session, viewer: Viewer) -> list[str]:
    """The cases the account is explicitly involved in, sent whole with every page: a short
    list (an account is involved in a handful of cases), so removals need no bookkeeping."""
    if not viewer.files:
        return []
    ids = sorted(session.scalars(select(Involvement.casus_id).where(
        Involvement.account_id == viewer.account_id, Involvement.soort == "expliciet")))
    destroyed: set[str] = set()
    for start in range(0, len(ids), _MAX_IN):  # looked up by key: a join scans every casus
        destroyed.update(session.scalars(select(Record.id).where(
            Record.entity == "casus", Record.id.in_(ids[start : start + _MAX_IN]),
            Record.vernietigd_op.is_not(None))))
    return [c for c in ids if c not in destroyed]


def _settle(session: Session, device_id: str, confirmed: int) -> None:
    """Undo the root changes of pages the device has not confirmed.

    A device asks for page n+1 (confirming page n) while it still applies page n, so it may
    yet come back with page n-1's cursor: a removal made by page n is kept as a marker until
    a later page is confirmed, and undone if that cursor comes instead."""
    mine = DeviceScope.device_id == device_id
    session.execute(delete(DeviceScope).where(mine, DeviceScope.added > confirmed))
    session.execute(
        update(DeviceScope).where(mine, DeviceScope.removed > confirmed).values(removed=None)
    )
    session.execute(delete(DeviceScope).where(mine, DeviceScope.removed < confirmed))


def _holds_anything(session: Session, device_id: str) -> bool:
    held = select(DeviceScope.root_id).where(
        DeviceScope.device_id == device_id, DeviceScope.removed.is_(None)).limit(1)
    return session.scalar(held) is not None


def _root_changes(session: Session, viewer: Viewer,
                  device_id: str) -> tuple[list[Root], list[Root]]:
    """The roots the device holds that the account no longer sees, and the reverse.

    Computed as set differences in SQL: both sides can hold thousands of roots, the
    differences are nearly always empty."""

    def held(kind: str) -> Select[Any]:
        return select(DeviceScope.root_id).where(
            DeviceScope.device_id == device_id, DeviceScope.kind == kind,
            DeviceScope.removed.is_(None))

    visible = {"casus": visible_casus_ids(viewer), "huishouden": visible_household_ids(viewer)}
    gone: list[Root] = []
    new: list[Root] = []
    for kind, query in visible.items():
        gone += [(kind, r) for r in session.scalars(held(kind).except_(query))]
        new += [(kind, r) for r in session.scalars(query.except_(held(kind)))]
    tafels = set(session.scalars(held("tafel")))
    gone += [("tafel", t) for t in tafels - viewer.tafels]
    new += [("tafel", t) for t in viewer.tafels - tafels]
    if session.scalar(held("region")) is None:
        new.append(REGION_ROOT)
    return sorted(gone, key=_root_key), sorted(new, key=_root_key)


def _root_key(root: Root) -> tuple[int, str]:
    return _ROOT_ORDER[root[0]], root[1]


class Page:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.rows: list[str] = []
        self.purge: list[dict[str, str]] = []

    @property
    def room(self) -> int:
        return max(self.limit - len(self.rows) - len(self.purge), 0)

    def add_row(self, row: Sequence[Any]) -> None:
        # Entities, ids (wire.ID_PATTERN) and ISO times need no escaping; ``data`` is stored
        # as JSON already. Splicing them saves most of a page's encoding time.
        entity, row_id, rev, data, updated_at, updated_by, deleted_at = row
        self.rows.append(
            f'{{"entity":"{entity}","id":"{row_id}","rev":{int(rev)},"data":{data},'
            f'"updated_at":{_quoted(updated_at)},"updated_by":{_quoted(updated_by)},'
            f'"deleted_at":{_quoted(deleted_at)}}}'
        )

    def add_purge(self, entity: str, row_id: str) -> None:
        self.purge.append({"entity": entity, "id": row_id})

    def render(self, cursor: str, more: bool, involvements: list[str]) -> bytes:
        rows, purge = ",".join(self.rows), json.dumps(self.purge)
        more_json = "true" if more else "false"
        cursor_json = json.dumps(cursor)
        text = (f'{{"rows":[{rows}],"purge":{purge},"cursor":{cursor_json},"more":{more_json},'
                f'"involvements":{json.dumps(involvements)}}}')
        return text.encode("utf-8")


def _quoted(value: datetime | str | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, datetime):
        return f'"{value.isoformat(timespec="microseconds")}"'
    return f'"{value}"' if value.isalnum() or _ID.match(value) else json.dumps(value)


def _refetch(session: Session, visibility: Visibility, ref: RowRef, page: Page) -> None:
    record = session.get(Record, (ref.entity, ref.id)) if ref.entity in RULES else None
    scope = None if record is None else Scope(
        record.huishouden_id, record.casus_id, record.team_id, record.tafel_id)
    if (record is None or scope is None or record.vernietigd_op is not None
            or not visibility.sees(record.entity, scope)):
        page.add_purge(ref.entity, ref.id)
        return
    page.add_row((record.entity, record.id, record.rev, record.data, record.updated_at,
                  record.updated_by, record.deleted_at))


def _root_filter(kind: str, ids: list[str]) -> Any:
    if kind == "region":
        return Record.entity.in_(REGION_ENTITIES)
    if kind == "huishouden":
        return and_(Record.huishouden_id.in_(ids), Record.casus_id.is_(None))
    if kind == "casus":
        return Record.casus_id.in_(ids)
    return and_(Record.entity.in_(TAFEL_ENTITIES), Record.tafel_id.in_(ids))


def _chunks(roots: list[Root], room: int) -> Iterator[tuple[str, list[str]]]:
    for kind, group in groupby(roots, key=lambda r: r[0]):
        ids = [root_id for _, root_id in group]
        size = max(1, min(_MAX_IN, room // _ROWS_PER_ROOT[kind]))
        for start in range(0, len(ids), size):
            yield kind, ids[start : start + size]


def _purge_roots(
    session: Session,
    visibility: Visibility,
    device_id: str,
    serial: int,
    roots: list[Root],
    page: Page,
) -> int:
    """Purge the rows of roots the account lost; returns how many roots are left for later."""
    done = 0
    for kind, ids in _chunks(roots, page.room):
        if page.room == 0:
            break
        query = select(Record.entity, Record.id, Record.huishouden_id, Record.casus_id,
                       Record.team_id, Record.tafel_id).where(_root_filter(kind, ids))
        rows = [(entity, row_id, Scope(*scope)) for entity, row_id, *scope in
                session.execute(query)]
        visibility.prefetch((s.casus_id for _, _, s in rows), (s.huishouden_id for _, _, s in rows))
        for entity, row_id, scope in rows:
            if not visibility.sees(entity, scope):
                page.add_purge(entity, row_id)
        session.execute(
            update(DeviceScope)
            .where(DeviceScope.device_id == device_id, DeviceScope.kind == kind,
                   DeviceScope.root_id.in_(ids))
            .values(removed=serial)
        )
        done += len(ids)
    return len(roots) - done


def _backfill_roots(
    session: Session, device_id: str, serial: int, roots: list[Root], page: Page
) -> int:
    """Send roots the account gained, whole; returns how many roots are left for later."""
    done = 0
    for kind, ids in _chunks(roots, page.room):
        if page.room == 0:
            break
        query = select(*_COLUMNS).where(_root_filter(kind, ids), Record.deleted_at.is_(None))
        for row in session.execute(query):
            page.add_row(row)
        session.execute(delete(DeviceScope).where(  # markers of an earlier removal
            DeviceScope.device_id == device_id, DeviceScope.kind == kind,
            DeviceScope.root_id.in_(ids)))
        session.execute(insert(_SCOPE), [
            {"device_id": device_id, "kind": kind, "root_id": root_id, "added": serial}
            for root_id in ids
        ])
        done += len(ids)
    return len(roots) - done


def _log(session: Session, viewer: Viewer, after: int, limit: int) -> Iterable[Row[Any]]:
    query = (
        select(*_COLUMNS, Record.vernietigd_op)
        .where(Record.rev > after, visible_clause(viewer))
        .order_by(Record.rev)
        .limit(limit)
    )
    return session.execute(query)
