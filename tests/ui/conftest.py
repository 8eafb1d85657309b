"""Fixtures for pytest-qt tests: a demo profile made once per run and copied per test, a
backend on a fixed clock, and the application context with its database worker."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casedesk.clock import fixed_clock
from casedesk.region import load_region
from casedesk.services import demo, reference
from casedesk.services.backend import Backend
from casedesk.store.database import create_store
from tests.conftest import NOW
from ui.app import build
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle

PASSPHRASE = "test-wachtwoordzin"
DEMO_HOUSEHOLDS = 60


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A passphrase profile (no keyring needed) with deterministic demo data."""
    path = tmp_path_factory.mktemp("template") / "profile"
    store = create_store(path, PASSPHRASE, clock=fixed_clock(NOW))
    region = load_region()
    with store.session() as s:
        reference.install_region(s, region)
    home = next(t.id for t in region.teams if t.naam == "Sociaal wijkteam Nijmegen-Oost")
    report = demo.generate(
        store.session,
        region,
        households=DEMO_HOUSEHOLDS,
        seed=7,
        today=NOW.date(),
        teams=[t.id for t in region.teams],
        home_team=home,
    )
    with store.session() as s:
        reference.set_me(s, report.me)
    store.close()
    return path


@pytest.fixture
def demo_profile(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "profile"
    shutil.copytree(demo_template, path)
    return path


@pytest.fixture
def backend(demo_profile: Path) -> Iterator[Backend]:
    b = Backend.open(demo_profile, PASSPHRASE, clock=fixed_clock(NOW))
    yield b
    b.close()


@pytest.fixture
def app_window(backend: Backend, qtbot: QtBot) -> Iterator[tuple[AppContext, MainWindow]]:
    ctx, window = build(backend)
    qtbot.addWidget(window)
    window.show()
    yield ctx, window
    settle(ctx)
    ctx.worker.stop()


@pytest.fixture
def ctx(app_window: tuple[AppContext, MainWindow]) -> AppContext:
    return app_window[0]


@pytest.fixture
def window(app_window: tuple[AppContext, MainWindow]) -> MainWindow:
    return app_window[1]
