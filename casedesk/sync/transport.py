"""HTTP to the regional store: certificate checks, the protocol header, and turning every
failure into a typed error with a one-line message."""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from casedesk.errors import OfflineError
from casedesk.sync.errors import (
    BadCredentials,
    CertificateError,
    ConnectionLost,
    LoginExpired,
    NotARegionalStore,
    ProtocolMismatch,
    ServerBusy,
    ServerError,
)
from casedesk.wire import PROTOCOL_HEADER, PROTOCOL_VERSION, ErrorCode, ErrorDetail, VersionInfo

M = TypeVar("M", bound=BaseModel)
TIMEOUT = httpx.Timeout(60.0, connect=10.0)
# Idle connections are dropped well before the store closes them (casedesk-regional serve keeps
# them 30 s): reusing one the server is closing at that moment fails the request.
LIMITS = httpx.Limits(keepalive_expiry=10.0)


@lru_cache(maxsize=8)
def _tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    """Certificates are always verified: against the given bundle, else the system's CAs.
    Loading a CA store costs ~0.2 s, so each is loaded once per process."""
    return ssl.create_default_context(cafile=ca_bundle)


class Refused(Exception):
    """A 4xx answer the caller may handle (an expired token, a revoked device)."""

    def __init__(self, status: int, detail: ErrorDetail) -> None:
        super().__init__(detail.message)
        self.status, self.detail = status, detail


class Http:
    """One connection pool to one regional store."""

    def __init__(
        self,
        server: str,
        *,
        ca_bundle: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.server = server.rstrip("/")
        if not self.server.startswith(("https://", "http://")):
            raise NotARegionalStore(f"{server!r} is not an http(s) address")
        if ca_bundle and not Path(ca_bundle).is_file():
            raise CertificateError(f"the CA bundle {ca_bundle} does not exist")
        self._client = httpx.Client(
            base_url=self.server,
            verify=_tls_context(ca_bundle or None),
            timeout=TIMEOUT,
            limits=LIMITS,
            transport=transport,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        )

    def close(self) -> None:
        self._client.close()

    def version(self) -> VersionInfo:
        info = self.call("GET", "/version", VersionInfo)
        if info.protocol != PROTOCOL_VERSION:
            raise ProtocolMismatch(
                f"the regional store speaks sync protocol {info.protocol}, this casedesk "
                f"{PROTOCOL_VERSION}: install the casedesk version of your region"
            )
        return info

    def call(
        self,
        method: str,
        path: str,
        answer: type[M],
        body: BaseModel | None = None,
        token: str | None = None,
    ) -> M:
        raw = self.call_raw(method, path, body, token)
        try:
            return answer.model_validate_json(raw)
        except ValidationError:
            raise NotARegionalStore(
                f"{self.server} answered {path} with something that is not casedesk's"
            ) from None

    def call_raw(
        self, method: str, path: str, body: BaseModel | None = None, token: str | None = None
    ) -> bytes:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        content = body.model_dump_json().encode("utf-8") if body is not None else None
        if content is not None:
            headers["Content-Type"] = "application/json"
        response = _guard(
            self.server,
            lambda: self._client.request(method, path, content=content, headers=headers),
        )
        if response.status_code >= 400:
            raise _refusal(self.server, response)
        return response.content


def _guard(server: str, send: Callable[[], httpx.Response]) -> httpx.Response:
    """Send, classifying transport failures (no answer at all, or half an answer)."""
    try:
        return send()
    except httpx.ConnectError as error:
        if _is_certificate_problem(error):
            raise CertificateError(
                f"the certificate of {server} is not trusted ({_reason(error)}); "
                "check the CA bundle ('casedesk login --ca-bundle FILE')"
            ) from None
        raise OfflineError(f"the regional store at {server} cannot be reached") from None
    except httpx.TimeoutException:
        raise ConnectionLost(
            f"the regional store at {server} did not answer in time; nothing is lost, "
            "sync again later"
        ) from None
    except (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError):
        raise ConnectionLost(
            f"the connection to {server} dropped during sync; nothing is lost, sync again"
        ) from None
    except httpx.TransportError as error:
        raise OfflineError(f"the regional store at {server} cannot be reached: {error}") from None


def _is_certificate_problem(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(error)


def _reason(error: BaseException) -> str:
    text = str(error)
    return text.split("certificate verify failed:")[-1].strip(" )") if text else "unknown"


def _refusal(server: str, response: httpx.Response) -> Exception:
    try:
        detail = ErrorDetail.model_validate(json.loads(response.content)["detail"])
    except (ValueError, KeyError, TypeError, ValidationError):
        if response.status_code >= 500:
            return ServerError(f"the regional store failed ({response.status_code}); try later")
        return NotARegionalStore(
            f"{server} answered {response.status_code} to {response.request.url.path}: "
            "is this the address of a casedesk regional store?"
        )
    message = detail.message
    match detail.code:
        case ErrorCode.BAD_CREDENTIALS:
            return BadCredentials("the user name or password is not right")
        case ErrorCode.SESSION_EXPIRED:
            return LoginExpired(f"{message} ('casedesk login')")
        case ErrorCode.PROTOCOL_MISMATCH:
            return ProtocolMismatch(f"{message}: install the casedesk version of your region")
        case ErrorCode.BUSY:
            return ServerBusy(f"{message}; sync again in a moment")
        case ErrorCode.INVALID_REQUEST | ErrorCode.DEVICE_TAKEN:
            return ServerError(f"the regional store refused the request: {message}")
    return Refused(response.status_code, detail)
