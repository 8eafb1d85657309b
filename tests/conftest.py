"""Fixtures every test shares: offscreen Qt, an in-memory keyring, profiles in tmp_path,
and a fixed clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from casedesk.clock import fixed_clock
from casedesk.store.database import Store, create_store
from tests.memkeyring import MemoryKeyring

NOW = datetime(2026, 11, 2, 10, 30)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box nobody clicks would hang the run: fail the test instead (pytest-qt
    reports an exception raised in a slot). A test that expects one patches it itself."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(_parent: object, title: str, text: str, *_args: object, **_kw: object) -> None:
        raise AssertionError(f"unexpected modal message box: {title}: {text}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without any OS keyring (the headless case)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs and the default profile point into tmp_path, never at the real home."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("CASEDESK_PROFILE", raising=False)
    monkeypatch.delenv("CASEDESK_PASSPHRASE", raising=False)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh encrypted profile (key in the in-memory keyring) on a fixed clock."""
    s = create_store(tmp_path / "profile", clock=fixed_clock(NOW))
    yield s
    s.close()
