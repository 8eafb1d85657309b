"""What a profile knows about its login: the server, the account, the refresh token.

The refresh token goes into the OS keyring; where there is none, into the encrypted profile's
``setting`` table (never into a plain file). Everything else is a setting of the profile.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from casedesk import secrets
from casedesk.store.database import Store
from casedesk.store.models import Setting
from casedesk.wire import AccountInfo

SERVER = "sync.server"
CA_BUNDLE = "sync.ca_bundle"
ACCOUNT = "sync.account"
TOKEN_PLACE = "sync.token_place"  # "keyring" | "profile"
REFRESH_TOKEN = "sync.refresh_token"  # only with no keyring
CURSOR = "sync.cursor"
LAST_SYNCED = "sync.last_synced"
LAST_ERROR = "sync.last_error"
REFETCH = "sync.refetch"  # rows to fetch again after the store refused a change to them
# Read by the lead's ``casedesk demo``: on a logged-in profile, households go to this team.
LOGIN_TEAM = "login_team_id"
ME = "me"


@dataclass(frozen=True)
class Login:
    server: str
    ca_bundle: str | None
    account: AccountInfo


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def put(session: Session, key: str, value: Any) -> None:
    session.merge(Setting(key=key, value=value))


def current_login(session: Session) -> Login | None:
    server, account = get(session, SERVER), get(session, ACCOUNT)
    if not server or not account:
        return None
    return Login(server, get(session, CA_BUNDLE), AccountInfo.model_validate(account))


def _keyring_name(store: Store) -> str:
    return f"refresh-token:{store.profile.profile_id}"


def save_refresh_token(store: Store, session: Session, token: str) -> None:
    if secrets.keyring_available():
        try:
            secrets.set_secret(_keyring_name(store), token)
        except secrets.KeyringUnavailable:
            pass
        else:
            put(session, TOKEN_PLACE, "keyring")
            session.query(Setting).filter(Setting.key == REFRESH_TOKEN).delete()
            return
    put(session, TOKEN_PLACE, "profile")
    put(session, REFRESH_TOKEN, token)


def refresh_token(store: Store, session: Session) -> str | None:
    if get(session, TOKEN_PLACE) == "keyring":
        try:
            return secrets.get_secret(_keyring_name(store))
        except secrets.KeyringUnavailable:
            return None
    token = get(session, REFRESH_TOKEN)
    return token if isinstance(token, str) else None


def forget_refresh_token(store: Store) -> None:
    with suppress(secrets.KeyringUnavailable):
        secrets.delete_secret(_keyring_name(store))
