"""What can go wrong talking to the regional store, as typed errors with stable codes.

None of them loses work: the outbox keeps every change until the store has answered for it.
Connection failures reuse ``casedesk.errors.OfflineError`` (code ``offline``): working offline
is the normal case.
"""

from __future__ import annotations

from casedesk.errors import KnownError, OfflineError


class ConnectionLost(OfflineError):
    """The connection dropped in the middle of a round; the next round completes it."""

    code = "connection-lost"


class CertificateError(KnownError):
    """The server's TLS certificate is not trusted (wrong CA bundle, or not the real server)."""

    code = "tls-untrusted"


class NotLoggedIn(KnownError):
    code = "not-logged-in"


class BadCredentials(KnownError):
    code = "bad-credentials"


class LoginExpired(KnownError):
    """The device's session ended (unused too long, or logged in elsewhere): log in again."""

    code = "login-expired"


class ProtocolMismatch(KnownError):
    """The regional store speaks another version of the sync protocol: update casedesk."""

    code = "protocol-mismatch"


class NotARegionalStore(KnownError):
    code = "not-a-regional-store"


class ServerBusy(KnownError):
    code = "server-busy"


class ServerError(KnownError):
    """The regional store failed or refused the request for a reason of its own."""

    code = "server-error"


class DeviceWiped(KnownError):
    """The device was revoked: its local database and key have been erased."""

    code = "device-wiped"
