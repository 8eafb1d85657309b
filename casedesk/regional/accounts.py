"""Accounts, devices and tokens: argon2id passwords, per-device refresh tokens (stored hashed,
revocable, expiring when unused) and short-lived signed access tokens."""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casedesk.domain.need_to_know import receives_case_rows
from casedesk.domain.vocabulary import Role
from casedesk.errors import NotFound, ValidationError
from casedesk.regional import tokens
from casedesk.regional.access import Viewer
from casedesk.regional.batch import put_rows
from casedesk.regional.models import Account, Device, Involvement, Record, TafelMember
from casedesk.wire import AccountInfo, ErrorCode

ACCESS_TTL = 15 * 60  # seconds
REFRESH_IDLE = timedelta(days=30)  # a device unused this long must log in again
_hasher = PasswordHasher()  # argon2id
_DUMMY_HASH = _hasher.hash("casedesk: no such account")


class AuthError(Exception):
    """A refused login or token; ``code`` is the wire ErrorCode, ``wipe`` orders a wipe."""

    def __init__(self, code: ErrorCode, message: str, *, status: int = 401,
                 wipe: bool = False) -> None:
        super().__init__(message)
        self.code, self.status, self.wipe = code, status, wipe


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_ok(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


# --- administration ----------------------------------------------------------------------


@dataclass(frozen=True)
class NewAccount:
    username: str
    naam: str
    team_id: str | None
    rollen: tuple[str, ...]
    tafels: tuple[str, ...] = ()
    organisatie: str = ""
    email: str = ""
    account_id: str | None = None


def create_account(
    session: Session, new: NewAccount, password_hash: str, now: datetime
) -> Account:
    """Add an account and its professional row (which every client of the region receives)."""
    for rol in new.rollen:
        if rol not in {r.value for r in Role}:
            raise ValidationError("role", "unknown-role", f"unknown role {rol!r}")
    if session.scalar(select(Account.id).where(Account.username == new.username)):
        raise ValidationError("name", "duplicate", f"an account {new.username!r} exists")
    existing = session.scalar(
        select(Record).where(Record.entity == "professional", Record.unique_key == new.username)
    )
    account_id = new.account_id or (existing.id if existing else str(uuid.uuid4()))
    account = Account(
        id=account_id,
        username=new.username,
        naam=new.naam,
        password_hash=password_hash,
        team_id=new.team_id,
        rollen=json.dumps(list(new.rollen)),
        created_at=now,
    )
    session.add(account)
    session.add_all(TafelMember(account_id=account_id, tafel_id=t) for t in new.tafels)
    professional = {
        "naam": new.naam,
        "gebruikersnaam": new.username,
        "organisatie": new.organisatie,
        "team_id": new.team_id,
        "rollen": list(new.rollen),
        "telefoon": "",
        "email": new.email,
    }
    put_rows(session, [("professional", account_id, professional)], account_id, now)
    return account


def revoke_device(session: Session, device_id: str, now: datetime) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise NotFound(f"no device {device_id}")
    device.revoked_at = device.revoked_at or now
    return device


def set_involvement(session: Session, casus_id: str, username: str, *, present: bool) -> None:
    """Give (or take back) one account explicit access to a casus outside its team."""
    account = session.scalar(select(Account).where(Account.username == username))
    if account is None:
        raise NotFound(f"no account {username!r}")
    if session.get(Record, ("casus", casus_id)) is None:
        raise NotFound(f"no casus {casus_id}")
    if present:
        session.merge(Involvement(casus_id=casus_id, account_id=account.id, soort="expliciet"))
    else:
        session.execute(
            delete(Involvement).where(
                Involvement.casus_id == casus_id,
                Involvement.account_id == account.id,
                Involvement.soort == "expliciet",
            )
        )


def account_info(session: Session, account: Account) -> AccountInfo:
    return AccountInfo(
        id=account.id,
        username=account.username,
        naam=account.naam,
        team_id=account.team_id,
        rollen=json.loads(account.rollen),
        tafels=sorted(tafels_of(session, account.id)),
    )


def tafels_of(session: Session, account_id: str) -> frozenset[str]:
    return frozenset(
        session.scalars(select(TafelMember.tafel_id).where(TafelMember.account_id == account_id))
    )


# --- login, refresh, access --------------------------------------------------------------


@dataclass(frozen=True)
class DeviceLogin:
    account: Account
    device: Device
    refresh_token: str | None


def login(
    session: Session, username: str, password: str, device_id: str, device_name: str,
    now: datetime,
) -> DeviceLogin:
    account = session.scalar(select(Account).where(Account.username == username))
    if account is None:
        _password_ok(_DUMMY_HASH, password)  # same cost as a real check: no user oracle
        raise AuthError(ErrorCode.BAD_CREDENTIALS, "unknown user or wrong password")
    if not _password_ok(account.password_hash, password):
        raise AuthError(ErrorCode.BAD_CREDENTIALS, "unknown user or wrong password")
    refresh = secrets.token_urlsafe(32)
    device = session.get(Device, device_id)
    if device is None:
        device = Device(id=device_id, account_id=account.id, name=device_name,
                        refresh_hash=tokens.hash_refresh_token(refresh), created_at=now,
                        last_seen=now, revoked_at=None, pull_serial=0)
        session.add(device)
    else:
        _check_device(device, account.id)
        device.refresh_hash = tokens.hash_refresh_token(refresh)
        device.name, device.last_seen = device_name or device.name, now
    return DeviceLogin(account, device, refresh)


def refresh(session: Session, refresh_token: str, device_id: str, now: datetime) -> DeviceLogin:
    device = session.get(Device, device_id)
    if device is None or not secrets.compare_digest(
        device.refresh_hash, tokens.hash_refresh_token(refresh_token)
    ):
        raise AuthError(ErrorCode.SESSION_EXPIRED, "the device's session is unknown: log in")
    _check_device(device, device.account_id)
    if device.last_seen + REFRESH_IDLE < now:
        raise AuthError(ErrorCode.SESSION_EXPIRED, "the device's session has expired: log in")
    device.last_seen = now
    account = session.get(Account, device.account_id)
    assert account is not None
    return DeviceLogin(account, device, None)


def _check_device(device: Device, account_id: str) -> None:
    if device.revoked_at is not None:
        raise AuthError(ErrorCode.DEVICE_REVOKED, "this device has been revoked",
                        status=403, wipe=True)
    if device.account_id != account_id:
        raise AuthError(ErrorCode.DEVICE_TAKEN, "this device belongs to another account",
                        status=409)


def viewer_for(session: Session, secret: bytes, token: str, now: datetime) -> Viewer:
    """Who is calling: a valid access token of a device that is not revoked."""
    try:
        claims = tokens.verify(secret, token, now)
    except tokens.TokenError as error:
        code = ErrorCode.TOKEN_EXPIRED if error.expired else ErrorCode.TOKEN_INVALID
        raise AuthError(code, str(error)) from None
    device = session.get(Device, claims.device_id)
    account = session.get(Account, claims.account_id)
    if device is None or account is None:
        raise AuthError(ErrorCode.TOKEN_INVALID, "invalid access token")
    _check_device(device, account.id)
    if not receives_case_rows(json.loads(account.rollen)):
        return Viewer(account.id, None, frozenset(), device.id, files=False)
    return Viewer(account.id, account.team_id, tafels_of(session, account.id), device.id)


def access_token(secret: bytes, s: DeviceLogin, now: datetime, ttl: int = ACCESS_TTL) -> str:
    return tokens.issue(secret, s.account.id, s.device.id, now, ttl)
