"""The desktop client against a real regional store on loopback: login through the dialog,
"Nu synchroniseren", the status bar (last synced, offline without a dialog), the conflict inbox,
and a revoked device that closes its profile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from casedesk.clock import fixed_clock
from casedesk.regional import accounts
from casedesk.regional.database import transaction
from casedesk.services.backend import Backend
from casedesk.services.conflict_inbox import conflict_rows
from casedesk.store.database import create_store
from casedesk.store.models import Casus, Professional
from casedesk.store.profile import Profile
from casedesk.sync import account
from casedesk.sync.status import sync_status
from tests.conftest import NOW
from tests.integration.conftest import OOST_1, OOST_4, PASSWORD, DeviceFactory, new_case
from tests.integration.regional import RunningStore, ServerClock, serve
from ui.app import build
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle
from ui.sync.controller import SyncController

PASSPHRASE = "test-wachtwoordzin"
ROUND_TIMEOUT = 20_000


class Gui:
    def __init__(self, backend: Backend, ctx: AppContext, window: MainWindow) -> None:
        self.backend, self.ctx, self.window = backend, ctx, window
        controller = window.findChild(SyncController)
        assert controller is not None
        self.sync = controller
        controller.scheduler.stop()  # no timed rounds: the test says when

    def sync_now(self, qtbot: QtBot) -> None:
        """F5, then wait for the round and for every view (and status) it refreshed."""
        with qtbot.waitSignal(self.sync.scheduler.started):
            qtbot.keyClick(self.window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not self.sync.scheduler.running, timeout=ROUND_TIMEOUT)
        settle(self.ctx)

    def casus(self, casus_id: str) -> Casus | None:
        return self.backend.call(lambda s: s.get(Casus, casus_id))


@pytest.fixture
def gui(tmp_path: Path, qtbot: QtBot) -> Iterator[Gui]:
    store = create_store(tmp_path / "gui", PASSPHRASE, clock=fixed_clock(NOW))
    store.close()
    backend = Backend.open(tmp_path / "gui", PASSPHRASE, clock=fixed_clock(NOW))
    ctx, window = build(backend)
    qtbot.addWidget(window)
    window.show()
    g = Gui(backend, ctx, window)
    qtbot.waitUntil(lambda: g.sync.bar.status is not None)
    yield g
    g.sync.shutdown()
    settle(ctx)
    ctx.worker.stop()
    backend.close()


def _log_in(gui: Gui, qtbot: QtBot, url: str, user: str = OOST_1) -> None:
    with qtbot.waitSignal(gui.sync.scheduler.logged_in, timeout=ROUND_TIMEOUT):
        gui.sync.scheduler.login(url, user, PASSWORD, None)
    qtbot.waitUntil(lambda: not gui.sync.scheduler.running, timeout=ROUND_TIMEOUT)
    settle(gui.ctx)


def _no_message_box() -> bool:
    return not any(isinstance(w, QMessageBox) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_logging_in_through_the_dialog_then_syncing(
    gui: Gui, regional: RunningStore, qtbot: QtBot
) -> None:
    bar = gui.sync.bar
    assert bar.state.text() == "Niet gekoppeld aan de regionale opslag"
    assert bar.login.isVisible() and not bar.sync_button.isVisible()

    qtbot.mouseClick(bar.login, Qt.MouseButton.LeftButton)
    dialog = gui.sync.login_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.failed):
        dialog.submit()
    assert dialog.errors["server"].text() == "Dit veld is verplicht."

    dialog.server.setText(regional.url)
    dialog.username.setText(OOST_1)
    dialog.password.setText("fout")
    with qtbot.waitSignal(dialog.failed, timeout=ROUND_TIMEOUT):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["password"].text() == "De gebruikersnaam of het wachtwoord klopt niet."
    assert dialog.username.text() == OOST_1  # nothing typed is lost

    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(gui.sync.scheduler.finished, timeout=ROUND_TIMEOUT):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    settle(gui.ctx)
    qtbot.waitUntil(lambda: bar.state.text() == "Laatst gesynchroniseerd 10:30")
    qtbot.waitUntil(lambda: gui.sync.login_dialog is None)  # closed and deleted
    assert bar.sync_button.isVisible() and not bar.login.isVisible()
    status = gui.backend.call(sync_status)
    assert status.logged_in and status.username == OOST_1


def test_a_colleagues_change_arrives_after_sync_now(
    gui: Gui, regional: RunningStore, device: DeviceFactory, qtbot: QtBot
) -> None:
    _log_in(gui, qtbot, regional.url)
    colleague = device(OOST_4)
    casus_id = new_case(colleague, "Gezin Visser")
    colleague.sync()
    assert gui.casus(casus_id) is None

    gui.sync_now(qtbot)
    casus = gui.casus(casus_id)
    assert casus is not None and casus.aanleiding == "Zorgen over schoolverzuim."
    assert gui.sync.bar.state.text() == "Laatst gesynchroniseerd 10:30"
    assert not gui.sync.bar.offline_tag.isVisible()


def test_a_stopped_server_shows_the_quiet_offline_state(
    gui: Gui, store_db: str, qtbot: QtBot
) -> None:
    with serve(store_db, clock=ServerClock()) as running:
        _log_in(gui, qtbot, running.url)
    bar = gui.sync.bar
    assert bar.state.text() == "Laatst gesynchroniseerd 10:30"
    gui.backend.call(_change_my_phone)

    gui.sync_now(qtbot)  # the server is gone
    assert _no_message_box()
    assert bar.offline and bar.offline_tag.isVisible()
    assert bar.state.text() == "Laatst gesynchroniseerd 10:30 · 1 wijziging wacht"
    assert bar.sync_button.isVisible() and gui.sync.action.isEnabled()


def _change_my_phone(session: Session) -> None:
    """A change in the GUI's profile that waits in the outbox."""
    me = session.get(Professional, account.get(session, account.ME))
    assert me is not None
    me.telefoon = "024-1234567"


def test_a_conflict_is_shown_in_the_inbox_and_resolved_there(
    gui: Gui, regional: RunningStore, device: DeviceFactory, qtbot: QtBot
) -> None:
    _log_in(gui, qtbot, regional.url)
    colleague = device(OOST_4)
    casus_id = new_case(colleague)
    colleague.sync()
    gui.sync_now(qtbot)

    def edit(session: Session, text: str) -> None:
        casus = session.get(Casus, casus_id)
        assert casus is not None
        casus.aanleiding = text

    gui.backend.call(edit, "Verzuim sinds de zomervakantie.")
    with colleague.store.session() as s:
        edit(s, "Verzuim; moeder is ziek.")
    colleague.sync()
    gui.sync_now(qtbot)

    bar, inbox = gui.sync.bar, gui.sync.inbox
    assert bar.conflicts.isVisible() and bar.conflicts.text() == "1 conflict"
    qtbot.mouseClick(bar.conflicts, Qt.MouseButton.LeftButton)
    assert gui.window.pages.currentWidget() is inbox
    qtbot.waitUntil(lambda: inbox.list.count() == 1)
    assert inbox.heading.text() == "Gezin Jansen — Casus: Aanleiding"
    assert inbox.basis.toPlainText() == "Zorgen over schoolverzuim."
    assert inbox.mijn.toPlainText() == "Verzuim sinds de zomervakantie."
    assert inbox.hun.toPlainText() == "Verzuim; moeder is ziek."
    assert inbox.edit_box.isVisible()

    inbox.edited.setPlainText("Verzuim sinds de zomer; moeder is ziek.")
    with qtbot.waitSignal(inbox.resolved):
        qtbot.mouseClick(inbox.save_edited, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.list.count() == 0)
    assert gui.backend.call(conflict_rows) == ()
    qtbot.waitUntil(lambda: not bar.conflicts.isVisible())

    gui.sync_now(qtbot)
    colleague.sync()
    with colleague.store.session() as s:
        casus = s.get(Casus, casus_id)
        assert casus is not None
        assert casus.aanleiding == "Verzuim sinds de zomer; moeder is ziek."


def test_a_revoked_device_says_so_and_closes_its_profile(
    gui: Gui, regional: RunningStore, qtbot: QtBot
) -> None:
    _log_in(gui, qtbot, regional.url)
    profile_path = gui.backend.profile_path
    with transaction(regional.engine) as s:
        device_id = gui.backend.call(lambda session: session.info["device"])
        accounts.revoke_device(s, device_id, regional.clock())

    with qtbot.waitSignal(gui.sync.scheduler.wiped, timeout=ROUND_TIMEOUT):
        qtbot.keyClick(gui.window, Qt.Key.Key_F5)
    notice = gui.sync.wipe_notice
    assert notice is not None and notice.isVisible()
    assert "ingetrokken" in notice.text() and "gewist" in notice.text()
    assert not Profile.exists(profile_path)
    assert not (profile_path / "casedesk.db").exists()
    assert gui.backend.wiped
    central = gui.window.centralWidget()
    assert central is not None and not central.isEnabled()

    qtbot.mouseClick(notice.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gui.window.isVisible())
    assert not (profile_path / "casedesk.db").exists()  # nothing recreated it
