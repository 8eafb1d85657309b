"""The OS account check: PAM's answers become ok / wrong / unavailable, an absent PAM is
"unavailable" and never an exception, and the real PAM of this machine refuses a wrong
password for the current user (root here, whose password is locked)."""

from __future__ import annotations

import sys

import pytest

from casedesk import os_account
from casedesk.os_account import OsCheck, verify_os_password


def answer_with(monkeypatch: pytest.MonkeyPatch, code: int | None) -> list[tuple[str, str]]:
    """Replaces the PAM edge; records who was asked with what."""
    asked: list[tuple[str, str]] = []

    def pam_code(user: str, password: str) -> int | None:
        asked.append((user, password))
        return code

    monkeypatch.setattr(os_account, "_pam_code", pam_code)
    return asked


@pytest.mark.parametrize(
    ("code", "verdict"),
    [
        (0, OsCheck.OK),
        (7, OsCheck.WRONG),  # PAM_AUTH_ERR
        (6, OsCheck.WRONG),  # PAM_PERM_DENIED
        (11, OsCheck.WRONG),  # PAM_MAXTRIES
        (9, OsCheck.UNAVAILABLE),  # PAM_AUTHINFO_UNAVAIL: cannot read the password database
        (10, OsCheck.UNAVAILABLE),  # PAM_USER_UNKNOWN
        (None, OsCheck.UNAVAILABLE),  # no libpam
    ],
)
@pytest.mark.skipif(sys.platform == "win32", reason="PAM platforms")
def test_pam_answers_become_a_verdict_for_the_current_user(
    monkeypatch: pytest.MonkeyPatch, code: int | None, verdict: OsCheck
) -> None:
    asked = answer_with(monkeypatch, code)
    assert verify_os_password("Zomer2026!") is verdict
    assert asked == [(os_account.current_user(), "Zomer2026!")]


def test_a_nul_never_reaches_pam_and_an_empty_password_is_the_oss_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer_with(monkeypatch, 7)
    assert verify_os_password("a\0b") is OsCheck.WRONG
    assert asked == []
    assert verify_os_password("") is OsCheck.WRONG  # PAM said no: the account has a password
    assert asked == [(os_account.current_user(), "")]


def test_without_python_pam_the_check_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pam", None)  # import pam now raises ImportError
    assert os_account._pam_code("root", "x") is None
    assert verify_os_password("x") is OsCheck.UNAVAILABLE


@pytest.mark.skipif(sys.platform == "win32", reason="PAM platforms")
def test_real_pam_refuses_a_wrong_password_for_the_current_user() -> None:
    # No mock: libpam and the machine's "login" stack. Root's password here is locked or
    # unknown, so nothing typed can be right; a machine without PAM says unavailable.
    for wrong in ("niet-het-wachtwoord-van-dit-account", ""):
        assert verify_os_password(wrong) in (OsCheck.WRONG, OsCheck.UNAVAILABLE)
