"""Short-lived access tokens: an HMAC-signed (account, device, expiry) triple.

The signing secret lives in the regional database (made by ``init``), so every worker of a
region accepts every other worker's tokens. A token says nothing that is not checked again on
use: the device's revocation is looked up on every request.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime


class TokenError(Exception):
    def __init__(self, expired: bool) -> None:
        super().__init__("the access token has expired" if expired else "invalid access token")
        self.expired = expired


@dataclass(frozen=True)
class AccessClaims:
    account_id: str
    device_id: str
    expires: int  # POSIX seconds


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: bytes, payload: str) -> str:
    return _b64(hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest())


def issue(secret: bytes, account_id: str, device_id: str, now: datetime, ttl: int) -> str:
    claims = {"a": account_id, "d": device_id, "x": int(now.timestamp()) + ttl}
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode("utf-8"))
    return f"{payload}.{_sign(secret, payload)}"


def verify(secret: bytes, token: str, now: datetime) -> AccessClaims:
    payload, _, signature = token.partition(".")
    if not signature or not hmac.compare_digest(signature, _sign(secret, payload)):
        raise TokenError(expired=False)
    try:
        claims = json.loads(_unb64(payload))
        result = AccessClaims(str(claims["a"]), str(claims["d"]), int(claims["x"]))
    except (ValueError, KeyError, TypeError):
        raise TokenError(expired=False) from None
    if result.expires <= int(now.timestamp()):
        raise TokenError(expired=True)
    return result


def hash_refresh_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
