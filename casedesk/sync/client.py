"""The sync service the CLI and the desktop client call (from a background thread; Qt-free).

``login(store, server, user, password)`` registers this device with the regional store;
``sync_round(store, progress=…)`` pushes the outbox, then pulls until the device is current,
and returns a ``SyncReport``. Every failure is a typed ``KnownError`` with a one-line message;
none loses work, and the next round completes whatever a broken one left.
"""

from __future__ import annotations

import json
import platform
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NoReturn, TypeVar

import httpx
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from casedesk.errors import ProfileError
from casedesk.services.changes import Changes
from casedesk.store import audit, retention
from casedesk.store.database import Store
from casedesk.store.models import Casus, OutboxEntry, Professional
from casedesk.sync import account, trail
from casedesk.sync.apply import (
    Applied,
    apply_rows,
    purge_rows,
    remote_session,
    replace_involvements,
)
from casedesk.sync.errors import DeviceWiped, LoginExpired, NotLoggedIn, ServerError
from casedesk.sync.push import PushTally, Rejection, next_batch, pending_count, settle
from casedesk.sync.transport import Http, Refused
from casedesk.sync.wipe import wipe
from casedesk.wire import (
    MAX_PUSH_OPS,
    AccountInfo,
    ErrorCode,
    LoginRequest,
    PullRequest,
    PushAnswer,
    PushRequest,
    RefreshRequest,
    RowRef,
    TokenAnswer,
)

T = TypeVar("T")
Progress = Callable[[str, int, int | None], None]  # phase ("push"/"pull"), done, total
PUSH_BATCH = 500
PULL_LIMIT = 5000

_AREAS = {
    "huishouden": "households", "persoon": "households", "netwerk_contact": "households",
    "casus": "cases", "stap_log": "cases", "observatie": "cases", "eigen_woorden": "cases",
    "doel": "plans", "middel": "plans", "afspraak": "plans", "toetsing": "plans",
    "doel_toetsing": "plans", "plan_versie": "plans", "bijdrage": "cases",
    "toestemming": "cases", "zitting": "tables", "aanmelding": "tables", "tafel": "tables",
    "plan18": "transition18", "plan18_thema": "transition18",
}


@dataclass
class SyncReport:
    started: datetime
    finished: datetime | None = None
    pushed: int = 0  # ops the store answered
    applied: int = 0
    merged: int = 0
    conflicts: int = 0  # ops with at least one conflicting field
    rejected: list[Rejection] = field(default_factory=list)
    pulled: int = 0  # rows received and applied
    purged: int = 0  # rows removed because they left this user's scope
    changes: Changes = field(default_factory=Changes)


def _changes(entities: set[str], conflicts: bool, outbox: bool) -> Changes:
    areas = {_AREAS[e] for e in entities if e in _AREAS}
    return Changes(conflicts=conflicts, outbox=outbox, **dict.fromkeys(areas, True))


class SyncClient:
    """A profile's connection to its regional store; one round at a time.

    ``guard`` is held around every local unit of work (never around network waits): the
    desktop client passes the lock of its database thread, so a round's page writes and the
    UI's own writes never interleave inside one SQLite transaction.
    """

    def __init__(self, store: Store, *, transport: httpx.BaseTransport | None = None,
                 guard: AbstractContextManager[object] | None = None) -> None:
        self.store = store
        self._transport = transport
        self._access: str | None = None
        self._guard: AbstractContextManager[object] = guard or nullcontext()

    @contextmanager
    def _local(self) -> Iterator[Session]:
        with self._guard, self.store.session() as s:
            yield s

    @contextmanager
    def _remote(self, actor: str | None = None) -> Iterator[Session]:
        with self._guard, remote_session(self.store, actor) as s:
            yield s

    # --- login ---------------------------------------------------------------------------

    def login(self, server: str, username: str, password: str,
              *, ca_bundle: str | None = None) -> AccountInfo:
        with self._local() as s:
            known = account.current_login(s)
        if known and (known.server.rstrip("/"), known.account.username) != (
            server.rstrip("/"), username
        ):
            raise ProfileError(
                f"this profile belongs to {known.account.username} at {known.server}; "
                "use another --profile"
            )
        http = Http(server, ca_bundle=ca_bundle, transport=self._transport)
        try:
            http.version()
            answer: TokenAnswer = self._call(http, lambda: http.call(
                "POST", "/auth/login", TokenAnswer,
                LoginRequest(username=username, password=password,
                             device_id=self.store.device_id, device_name=platform.node()),
            ))
            self._access = answer.access_token
            reference = self._call(http, lambda: http.call_raw(
                "GET", "/reference", token=answer.access_token))
        except _Revoked:
            self._wipe()
        finally:
            http.close()
        me = answer.account
        assert answer.refresh_token is not None
        with self._remote(me.id) as s:
            account.save_refresh_token(self.store, s, answer.refresh_token)
            account.put(s, account.SERVER, server.rstrip("/"))
            account.put(s, account.CA_BUNDLE, ca_bundle)
            account.put(s, account.ACCOUNT, me.model_dump(mode="json"))
            account.put(s, account.LOGIN_TEAM, me.team_id)
            previous = account.get(s, account.ME)
            account.put(s, account.ME, me.id)
            apply_rows(s, json.loads(reference)["rows"], Applied())
            if previous and previous != me.id:
                _retire_local_professional(s, previous)
        self.store.me = me.id
        return me

    # --- a round -------------------------------------------------------------------------

    def round(self, progress: Progress | None = None) -> SyncReport:
        with _round_lock(self.store):
            return self._round(progress or (lambda _phase, _done, _total: None))

    def _round(self, progress: Progress) -> SyncReport:
        store = self.store
        with self._local() as s:
            login = account.current_login(s)
            refresh_token = account.refresh_token(store, s)
        if login is None or refresh_token is None:
            raise NotLoggedIn("this profile is not logged in: 'casedesk login --server URL'")
        report = SyncReport(started=store.clock())
        http = Http(login.server, ca_bundle=login.ca_bundle, transport=self._transport)
        try:
            self._push(http, refresh_token, report, progress)
            self._pull(http, refresh_token, report, progress)
        except _Revoked:
            http.close()
            self._wipe()
        except Exception as error:
            self._note_error(error)
            raise
        finally:
            http.close()
        report.finished = store.clock()
        with self._local() as s:
            account.put(s, account.LAST_SYNCED, report.finished.isoformat())
            account.put(s, account.LAST_ERROR, None)
            audit.record(s, "sync", "profile", store.device_id, {
                "pushed": report.pushed, "pulled": report.pulled, "purged": report.purged,
                "conflicts": report.conflicts, "rejected": len(report.rejected),
            })
        return report

    def _push(self, http: Http, refresh_token: str, report: SyncReport,
              progress: Progress) -> None:
        with self._local() as s:
            total = pending_count(s)
        tally, last_seq = PushTally(), 0
        progress("push", 0, total)
        while True:
            with self._local() as s:
                batch = next_batch(s, last_seq, PUSH_BATCH)
            if not batch:
                break
            ops = [op for _, op in batch]
            request = PushRequest(ops=ops)

            def send_push(token: str, body: PushRequest = request) -> PushAnswer:
                return http.call("POST", "/sync/push", PushAnswer, body, token)

            answer = self._authorised(http, refresh_token, send_push)
            if {r.op_id for r in answer.results} != {op.op_id for op in ops}:
                raise ServerError("the regional store did not answer for every change")
            with self._remote() as s:
                trail.record_sent(s, ops, answer.results)
                settle(s, ops, answer.results, self.store.clock(), tally)
            last_seq = batch[-1][0]
            progress("push", tally.sent, max(total, tally.sent))
        report.pushed, report.applied, report.merged = tally.sent, tally.applied, tally.merged
        report.conflicts, report.rejected = tally.conflicts, tally.rejected
        report.changes |= _changes(set(), conflicts=tally.conflicts > 0, outbox=tally.sent > 0)

    def _pull(self, http: Http, refresh_token: str, report: SyncReport,
              progress: Progress) -> None:
        """Pull pages until the device is current. The next page is requested while this one
        is applied: its cursor confirms this page, which the store may assume only because
        it keeps what a page changed until the page after it is confirmed too (pull.py)."""
        applied = Applied()
        progress("pull", 0, None)
        with self._local() as s:
            cursor = account.get(s, account.CURSOR, "")
            asked = account.get(s, account.REFETCH, [])
        # A pull takes at most MAX_PUSH_OPS refetches; the rest wait for the next round.
        refetch, later = [RowRef(**ref) for ref in asked[:MAX_PUSH_OPS]], asked[MAX_PUSH_OPS:]
        force = frozenset((r.entity, r.id) for r in refetch)

        def fetch(cursor: str, refetch: list[RowRef]) -> bytes:
            request = PullRequest(cursor=cursor, limit=PULL_LIMIT, refetch=refetch)
            return self._authorised(http, refresh_token, lambda token: http.call_raw(
                "POST", "/sync/pull", request, token))

        # Leaving the executor waits for a request still in flight (its answer unused).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-pull") as ahead:
            pending: Future[bytes] | None = ahead.submit(fetch, cursor, refetch)
            while pending is not None:
                page = json.loads(pending.result())
                pending = ahead.submit(fetch, page["cursor"], []) if page["more"] else None
                with self._remote() as s:
                    audited = trail.PageTrail()
                    audited.purges(s, page["purge"])
                    purge_rows(s, page["purge"], applied)
                    apply_rows(s, page["rows"], applied, force)
                    audited.received(page["rows"])
                    audited.write(s)
                    if "involvements" in page:  # a store before decision 0093 sends none
                        replace_involvements(s, page["involvements"])
                    account.put(s, account.CURSOR, page["cursor"])
                    account.put(s, account.REFETCH, later)
                force = frozenset()
                progress("pull", applied.rows, None)
        report.pulled, report.purged = applied.rows, applied.purged
        if applied.purged:
            retention.scrub(self.store.engine)  # purged rows' old page images leave the WAL
        report.changes |= _changes(applied.entities, conflicts=False, outbox=False)

    # --- tokens and refusals -------------------------------------------------------------

    def _authorised(self, http: Http, refresh_token: str, send: Callable[[str], T]) -> T:
        """Send with an access token; refresh it once when the store says it is too old."""
        if self._access is None:
            self._access = self._refresh(http, refresh_token)
        try:
            return self._call(http, lambda: send(self._access or ""))
        except Refused as refusal:
            if refusal.detail.code not in (ErrorCode.TOKEN_EXPIRED, ErrorCode.TOKEN_INVALID):
                raise ServerError(str(refusal)) from None
        self._access = self._refresh(http, refresh_token)
        try:
            return self._call(http, lambda: send(self._access or ""))
        except Refused as refusal:
            raise ServerError(str(refusal)) from None

    def _refresh(self, http: Http, refresh_token: str) -> str:
        try:
            answer: TokenAnswer = self._call(http, lambda: http.call(
                "POST", "/auth/refresh", TokenAnswer,
                RefreshRequest(refresh_token=refresh_token, device_id=self.store.device_id)))
        except Refused as refusal:
            raise LoginExpired(f"{refusal} ('casedesk login')") from None
        return answer.access_token

    def _call(self, http: Http, send: Callable[[], T]) -> T:
        """Send; an order to wipe, whatever the call was, ends the round (see ``_wipe``)."""
        try:
            return send()
        except Refused as refusal:
            if refusal.detail.code is ErrorCode.DEVICE_REVOKED or refusal.detail.wipe:
                raise _Revoked() from None
            raise

    def _wipe(self) -> NoReturn:
        # Raised inside the guard, so its holder learns of the wipe before anyone else may
        # touch the (now erased) database.
        with self._guard:
            wipe(self.store)
            raise DeviceWiped(
                "this device was revoked by the regional store; its local database and key "
                "have been erased"
            )

    def _note_error(self, error: Exception) -> None:
        code = getattr(error, "code", "error")
        try:
            with self._local() as s:
                account.put(s, account.LAST_ERROR, {"code": code, "message": str(error)})
        except Exception:
            pass


class _Revoked(Exception):
    """The store ordered this device wiped; raised where the order arrives, acted on by the
    round once nothing else uses the database."""


_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _round_lock(store: Store) -> threading.Lock:
    """One round at a time per profile: a timer and a button in the UI may overlap."""
    with _locks_guard:
        return _locks.setdefault(str(store.profile.path.resolve()), threading.Lock())


def _retire_local_professional(session: Any, professional_id: str) -> None:
    """The profile's own user, made by 'casedesk init' before it logged in, is replaced by
    the region's account; drop the local one if nothing refers to it and it never synced."""
    prof = session.get(Professional, professional_id)
    if prof is None or prof.rev:
        return
    used = session.scalar(select(func.count()).select_from(Casus).where(
        (Casus.casusregisseur_id == professional_id) | (Casus.stand_in_id == professional_id)))
    if used:
        return
    session.delete(prof)
    session.execute(delete(OutboxEntry).where(OutboxEntry.entity_id == professional_id))


def login(store: Store, server: str, user: str, password: str,
          *, ca_bundle: str | None = None) -> AccountInfo:
    return SyncClient(store).login(server, user, password, ca_bundle=ca_bundle)


def sync_round(store: Store, progress: Progress | None = None) -> SyncReport:
    return SyncClient(store).round(progress)
