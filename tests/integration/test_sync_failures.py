"""Failures lose nothing: a dropped connection, an unreachable or untrusted server, wrong
credentials, expired tokens, another protocol version. Each is a typed error with a one-line
message, and a later round completes the work."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from casedesk.errors import OfflineError
from casedesk.regional.database import transaction
from casedesk.regional.models import OpLog, Record
from casedesk.store.database import create_store
from casedesk.store.models import Casus, OutboxEntry
from casedesk.sync import account, transport
from casedesk.sync.client import SyncClient
from casedesk.sync.errors import (
    BadCredentials,
    ConnectionLost,
    LoginExpired,
    NotLoggedIn,
    ProtocolMismatch,
)
from casedesk.sync.status import sync_status
from tests.integration.conftest import OOST_1, OOST_4, PASSWORD, DeviceFactory, new_case
from tests.integration.proxy import Cut, DroppingProxy
from tests.integration.regional import RunningStore, free_port


@pytest.fixture
def proxy(regional: RunningStore) -> Iterator[DroppingProxy]:
    port = int(regional.url.rsplit(":", 1)[1])
    p = DroppingProxy(port)
    yield p
    p.close()


def _outbox(d_store: object) -> int:
    with d_store.session() as s:  # type: ignore[attr-defined]
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def _server_ops(regional: RunningStore) -> list[tuple[str, str]]:
    with transaction(regional.engine) as s:
        return [(op_id, status) for op_id, status in s.execute(select(OpLog.op_id, OpLog.status))]


@pytest.mark.parametrize("when", ["request", "response"])
def test_a_push_cut_off_midway_is_completed_by_a_retry_without_duplicates(
    device: DeviceFactory, regional: RunningStore, proxy: DroppingProxy, when: Cut
) -> None:
    laptop = device(OOST_1, server=proxy.url)
    casus_id = new_case(laptop)
    with laptop.store.session() as s:
        op_ids = set(s.scalars(select(OutboxEntry.op_id)))
    ops_before = len(_server_ops(regional))

    proxy.cut(b"POST /sync/push", when)
    with pytest.raises(ConnectionLost) as lost:
        laptop.sync()
    assert proxy.cuts == 1
    assert "nothing is lost" in str(lost.value) and "\n" not in str(lost.value)
    assert _outbox(laptop.store) == len(op_ids)  # every change still queued
    with laptop.store.session() as s:
        assert sync_status(s).last_error_code == "connection-lost"
    expected_on_server = 0 if when == "request" else len(op_ids)
    assert len(_server_ops(regional)) == ops_before + expected_on_server

    report = laptop.sync()
    assert report.pushed == len(op_ids) and report.applied == len(op_ids)
    assert report.conflicts == 0 and not report.rejected
    assert _outbox(laptop.store) == 0
    server_ops = _server_ops(regional)
    mine = [op for op in server_ops if op[0] in op_ids]
    assert len(mine) == len(op_ids) and {status for _, status in mine} == {"applied"}
    with transaction(regional.engine) as s:
        assert s.scalar(select(func.count()).select_from(Record).where(
            Record.entity == "casus", Record.id == casus_id)) == 1
    with laptop.store.session() as s:
        assert sync_status(s).last_error_code is None


def test_a_pull_cut_off_midway_resumes(
    device: DeviceFactory, proxy: DroppingProxy
) -> None:
    author = device(OOST_1)
    casus_id = new_case(author)
    author.sync()
    reader = device(OOST_4, server=proxy.url)
    proxy.cut(b"POST /sync/pull", "response")
    with pytest.raises(ConnectionLost):
        reader.sync()
    with reader.store.session() as s:
        assert s.get(Casus, casus_id) is None
    reader.sync()
    with reader.store.session() as s:
        assert s.get(Casus, casus_id) is not None


def test_an_unreachable_store_is_offline_and_keeps_the_work(
    device: DeviceFactory, regional: RunningStore
) -> None:
    laptop = device(OOST_1)
    new_case(laptop)
    with laptop.store.session() as s:
        account.put(s, account.SERVER, f"http://127.0.0.1:{free_port()}")
    with pytest.raises(OfflineError) as offline:
        laptop.sync()
    assert offline.value.code == "offline"
    assert _outbox(laptop.store) == 6
    with laptop.store.session() as s:
        assert sync_status(s).last_error_code == "offline"
        account.put(s, account.SERVER, regional.url)
    assert laptop.sync().applied == 6


def test_wrong_credentials_are_refused_and_nothing_is_kept(
    tmp_path: object, regional: RunningStore
) -> None:
    store = create_store(tmp_path / "p")  # type: ignore[operator]
    try:
        with pytest.raises(BadCredentials, match="user name or password"):
            SyncClient(store).login(regional.url, OOST_1, "not-the-password")
        with pytest.raises(BadCredentials):
            SyncClient(store).login(regional.url, "nobody", PASSWORD)
        with store.session() as s:
            assert not sync_status(s).logged_in
        with pytest.raises(NotLoggedIn):
            SyncClient(store).round()
    finally:
        store.close()


def test_an_expired_access_token_is_refreshed_quietly(
    device: DeviceFactory, regional: RunningStore
) -> None:
    laptop = device(OOST_1)
    laptop.sync()
    regional.clock.advance(minutes=20)  # past the access token's life
    new_case(laptop)
    assert laptop.sync().applied == 6


def test_a_device_unused_for_long_must_log_in_again(
    device: DeviceFactory, regional: RunningStore
) -> None:
    laptop = device(OOST_1)
    regional.clock.advance(days=31)
    with pytest.raises(LoginExpired, match="casedesk login"):
        laptop.sync()
    laptop.client.login(regional.url, OOST_1, PASSWORD)
    laptop.sync()


def test_a_store_of_another_protocol_version_is_named(
    device: DeviceFactory, regional: RunningStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = device(OOST_1)
    new_case(laptop)
    monkeypatch.setattr(transport, "PROTOCOL_VERSION", 2)  # as if this casedesk were newer
    with pytest.raises(ProtocolMismatch, match="protocol 1") as mismatch:
        laptop.sync()
    assert "\n" not in str(mismatch.value)
    with pytest.raises(ProtocolMismatch):
        laptop.client.login(regional.url, OOST_1, PASSWORD)
    assert _outbox(laptop.store) == 6


def test_the_refresh_token_is_kept_out_of_the_database_when_a_keyring_exists(
    device: DeviceFactory,
) -> None:
    laptop = device(OOST_1)
    with laptop.store.session() as s:
        assert account.get(s, account.TOKEN_PLACE) == "keyring"
        assert account.get(s, account.REFRESH_TOKEN) is None
        assert json.dumps(account.get(s, account.ACCOUNT))  # the account, no secrets


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_refresh_token_lives_in_the_encrypted_profile(
    device: DeviceFactory,
) -> None:
    laptop = device(OOST_1, passphrase="correct horse battery staple")
    with laptop.store.session() as s:
        assert account.get(s, account.TOKEN_PLACE) == "profile"
        assert account.get(s, account.REFRESH_TOKEN)
    new_case(laptop)
    assert laptop.sync().applied == 6
