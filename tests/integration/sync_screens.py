"""Screenshots of the sync screens with real data: the login dialog, the status bar after a
round, with a real conflict, and offline, and the conflict inbox. ``casedesk screenshots`` cannot
make these (they need a regional store and a colleague), so this script makes both: a store on
loopback with the demo region, a colleague's device, and the desktop client on a demo profile of
its own team.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.integration.sync_screens OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.region import load_region
from casedesk.services import demo
from casedesk.services.backend import Backend
from casedesk.store.database import Store, create_store
from casedesk.store.models import Casus, Professional
from casedesk.sync import account
from casedesk.sync.client import SyncClient
from tests.integration.regional import ServerClock, build_template, serve
from ui.app import build
from ui.screens import settle
from ui.sync.controller import SyncController
from ui.views.conflicts import PAGE_KEY as CONFLICTS_PAGE

PASSWORD = "demo"  # every demo account's password
PASSPHRASE = "demo"
ME, COLLEAGUE = "sociaal-wijkteam-nijmegen-oost-1", "sociaal-wijkteam-nijmegen-oost-4"


def _wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach its state in time")
        app.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _set_aanleiding(store: Store, casus_id: str, text: str) -> None:
    with store.session() as s:
        casus = s.get(Casus, casus_id)
        assert casus is not None
        casus.aanleiding = text


def _change_my_phone(session: Session) -> None:
    me = session.get(Professional, account.get(session, account.ME))
    assert me is not None
    me.telefoon = "024 329 1234"


def _prepare(url: str, folder: Path) -> Path:
    """My profile: logged in, a demo of my team synced; a colleague then changes the
    aanleiding of one of my cases while I change it too, offline."""
    mine = create_store(folder / "mijn-profiel", PASSPHRASE)
    SyncClient(mine).login(url, ME, PASSWORD)
    with mine.session() as s:
        team = account.get(s, account.LOGIN_TEAM)
    demo.generate(mine.session, load_region(), households=40, seed=1,
                  today=mine.clock().date(), teams=[team], home_team=team)
    SyncClient(mine).round()
    with mine.session() as s:
        casus_id = s.scalars(select(Casus.id).where(Casus.casusregisseur_id == mine.me,
                                                    Casus.status == "open")
                             .order_by(Casus.id)).first()
    assert casus_id is not None
    theirs = create_store(folder / "collega", PASSPHRASE)
    colleague = SyncClient(theirs)
    colleague.login(url, COLLEAGUE, PASSWORD)
    colleague.round()
    _set_aanleiding(theirs, casus_id, "Moeder belde: de school meldt opnieuw verzuim, nu "
                    "ook bij de jongste. Vader is sinds vorige week weer thuis.")
    colleague.round()
    theirs.close()
    _set_aanleiding(mine, casus_id, "Na het huisbezoek: het verzuim is minder geworden sinds "
                    "oma de kinderen naar school brengt.")
    path = mine.profile.path
    mine.close()
    return path


def main(out: Path) -> list[Path]:
    keyring.set_keyring(fail.Keyring())  # never touch this machine's keyring
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = f"sqlite:///{folder / 'regio.db'}"
        build_template(db)
        with serve(db, clock=ServerClock(datetime.now().replace(microsecond=0))) as running:
            profile = _prepare(running.url, folder)
            backend = Backend.open(profile, PASSPHRASE)
            ctx, window = build(backend)
            window.resize(1280, 800)
            window.show()
            controller = window.findChild(SyncController)
            assert controller is not None
            controller.scheduler.stop()  # rounds when this script says
            bar = controller.bar
            _wait(lambda: bar.status is not None)
            window.show_page("overview")
            settle(ctx)

            controller.open_login()
            dialog = controller.login_dialog
            assert dialog is not None
            dialog.password.setText(PASSWORD)
            _wait(dialog.isVisible)
            written.append(_save(dialog, out, "sync-inloggen"))
            dialog.close()

            controller.sync_now()
            _wait(lambda: not controller.scheduler.running and bar.conflicts.isVisible())
            settle(ctx)
            written.append(_save(window, out, "sync-conflict"))

            bar.conflicts.click()
            _wait(lambda: controller.inbox.list.count() > 0)
            settle(ctx)
            assert window.page_keys[window.pages.currentIndex()] == CONFLICTS_PAGE
            written.append(_save(window, out, "conflicten"))
        # The store is gone: the next round finds it offline, and says so quietly; a change
        # made meanwhile waits.
        backend.call(_change_my_phone)
        window.show_page("overview")
        controller.sync_now()
        _wait(lambda: not controller.scheduler.running and bar.offline)
        settle(ctx)
        written.append(_save(window, out, "sync-offline"))
        controller.shutdown()
        settle(ctx)
        ctx.worker.stop()
        window.close()
        backend.close()
    app.processEvents()
    return written


if __name__ == "__main__":
    for written_path in main(Path(sys.argv[1] if len(sys.argv) > 1 else "sync-screens")):
        print(written_path)
