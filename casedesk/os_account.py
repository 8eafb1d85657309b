"""Checks the password of the OS account this app runs under.

A profile whose data key is in the OS keyring has no passphrase; its inactivity lock asks for
the computer account's password instead (docs/decisions/0092-inactivity-lock.md). Linux and
macOS ask PAM (python-pam, which loads libpam only when first used), Windows asks LogonUserW.
Every failure to ask is ``UNAVAILABLE``, never an exception and never ``OK``: the caller then
falls back to a privacy screen. The check can take seconds (pam_faildelay after a wrong
password): never call it on the GUI thread.
"""

from __future__ import annotations

import getpass
import os
import sys
from enum import Enum


class OsCheck(Enum):
    OK = "ok"
    WRONG = "wrong"
    UNAVAILABLE = "unavailable"


# PAM's answers (security/_pam_types.h; the same numbers in Linux-PAM and OpenPAM's macOS
# build for these): success, and the ones that mean "this password is not the account's".
PAM_SUCCESS = 0
PAM_WRONG = frozenset({
    6,   # PAM_PERM_DENIED
    7,   # PAM_AUTH_ERR
    11,  # PAM_MAXTRIES
})
# macOS keeps a service for exactly this check; elsewhere "login" is the stack every desktop
# has (never "su": pam_rootok would let root through without a password).
PAM_SERVICE = "chkpasswd" if sys.platform == "darwin" else "login"


def current_user() -> str:
    if os.name == "posix":
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    return getpass.getuser()


def verify_os_password(password: str) -> OsCheck:
    """Whether ``password`` is the current OS user's password."""
    # An empty password goes to the OS too: it passes only for an account that has none (PAM's
    # nullok), which the OS itself then lets in as well; refusing it would lock such a user out.
    if "\0" in password:
        return OsCheck.WRONG  # no account password holds a NUL; PAM could not even be asked
    if sys.platform == "win32":
        return _windows_logon(current_user(), password)
    code = _pam_code(current_user(), password)
    if code is None:
        return OsCheck.UNAVAILABLE
    if code == PAM_SUCCESS:
        return OsCheck.OK
    return OsCheck.WRONG if code in PAM_WRONG else OsCheck.UNAVAILABLE


def can_verify() -> bool:
    """Whether this machine can be asked at all (cheap: loads the binding, checks nothing).
    A check can still answer UNAVAILABLE later, e.g. for an account PAM does not know."""
    if sys.platform == "win32":
        return True
    try:
        import pam

        pam.pam()  # loads libpam; fails without it
    except Exception:  # no python-pam or no libpam
        return False
    return True


def _pam_code(user: str, password: str) -> int | None:
    """PAM's answer for ``user``/``password``; None when PAM cannot be asked at all (no
    python-pam, no libpam: the binding then fails on first use with OSError/AttributeError)."""
    try:
        import pam

        authenticator = pam.pam()
        # resetcreds=False: a password check only, no credentials established.
        authenticator.authenticate(user, password, service=PAM_SERVICE, resetcreds=False)
        return int(authenticator.code)
    except Exception:  # any failure to reach PAM means "cannot check here"
        return None


# --- Windows: LogonUserW through ctypes. Not exercised by the test suite (no Windows runner);
# kept to the documented minimum: log on, close the token, read the last error. --------------
LOGON32_LOGON_NETWORK = 3  # checks the password without loading a profile or a desktop
LOGON32_PROVIDER_DEFAULT = 0
ERROR_LOGON_FAILURE = 1326  # unknown user or bad password


def _windows_logon(user: str, password: str) -> OsCheck:
    try:
        import ctypes
        from ctypes import wintypes

        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        token = wintypes.HANDLE()
        domain = os.environ.get("USERDOMAIN") or "."
        ok = advapi32.LogonUserW(
            wintypes.LPCWSTR(user), wintypes.LPCWSTR(domain), wintypes.LPCWSTR(password),
            LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT, ctypes.byref(token))
        if ok:
            kernel32.CloseHandle(token)
            return OsCheck.OK
        error = ctypes.get_last_error()  # type: ignore[attr-defined]
    except Exception:  # no advapi32 or a broken call: cannot check here
        return OsCheck.UNAVAILABLE
    # Anything else (e.g. 1327, a blank-password account that may not log on this way) means
    # the OS cannot check this account here.
    return OsCheck.WRONG if error == ERROR_LOGON_FAILURE else OsCheck.UNAVAILABLE

