"""The composition root: open the profile, build the context and the main window, run."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from casedesk.domain.vocabulary import Role
from casedesk.errors import KnownError, WrongKeyError
from casedesk.services import access, reference
from casedesk.services.backend import Backend
from ui.context import AppContext
from ui.dialogs.passphrase import PassphraseDialog
from ui.errors import show_error, user_message
from ui.i18n import chosen_language, install_translation
from ui.lock import install_lock
from ui.main_window import MainWindow
from ui.sync.controller import install_sync
from ui.views.audit import install as install_privacy
from ui.views.consent import install_consent
from ui.views.export import install_export
from ui.views.household import install_household
from ui.views.overview import install_overview
from ui.views.registration import install_registration
from ui.views.tables import install as install_tables
from ui.views.team import install_team
from ui.views.transition18.page import PAGE_KEY as PLUS18_PAGE
from ui.views.transition18.page import Transition18Page
from ui.worker import AppEvents, DbWorker

MAX_TRIES = 5


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setApplicationName("casedesk")
    QCoreApplication.setOrganizationName("casedesk")
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    install_translation(chosen_language())
    return app


def profile_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "profile", None)
    return Path(given).expanduser() if given else Backend.default_profile()


def open_backend_interactively(path: Path) -> Backend | None:
    """Open the profile, asking for the passphrase when it needs one; None when cancelled."""
    if not Backend.needs_passphrase(path):
        return Backend.open(path)
    env = os.environ.get("CASEDESK_PASSPHRASE")
    if env:
        return Backend.open(path, env)
    error = ""
    for _ in range(MAX_TRIES):
        dialog = PassphraseDialog(error)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return Backend.open(path, dialog.passphrase)
        except WrongKeyError as wrong:
            error = user_message(wrong)
    return None


def build(backend: Backend) -> tuple[AppContext, MainWindow]:
    worker = DbWorker(on_unhandled=lambda error: show_error(window, error))
    ctx = AppContext(backend, worker, AppEvents())
    me = backend.call(reference.me)
    window = MainWindow(ctx, me.naam if me else "")
    # Need-to-know: roles that open no files (teamleider, privacy officer, tafelsecretaris)
    # get no casus pages; the services refuse them a file all the same (decision 0090).
    profile = backend.call(access.access_profile)
    # The pages, in navigation order (Ctrl+1…9). Each capability adds its page here.
    install_overview(window, ctx)  # the home screen: first, so the app opens on it
    if profile.opens_files:
        window.add_page(
            "cases", QCoreApplication.translate("MainWindow", "Casussen"), window.cases
        )
        install_registration(window, ctx)
        install_household(window, ctx)
        plus18 = Transition18Page(ctx, window)
        window.add_page(PLUS18_PAGE, QCoreApplication.translate("MainWindow", "18+"), plus18)
        window.cases.detail.add_case_action(
            QCoreApplication.translate("MainWindow", "Toekomstplan 18+"), plus18.open_for_case
        )
        install_export(window, ctx, plus18)
        install_consent(window, ctx)
    if profile.team_aggregates:
        install_team(window, ctx)
    install_tables(window, ctx)
    if me is not None and Role.PRIVACY_OFFICER.value in (me.rollen or []):
        install_privacy(window, ctx)  # the audit and the bewaartermijn
    install_sync(window, ctx)  # last: its conflict page, the status bar, background sync
    window.lock = install_lock(window, ctx)
    return ctx, window


def run_gui(args: argparse.Namespace) -> int:
    app = application()
    path = profile_path(args)
    if not Backend.profile_exists(path):
        QMessageBox.information(
            None,
            "casedesk",
            QCoreApplication.translate(
                "app",
                "Er is nog geen profiel in %1.\nMaak er een met 'casedesk init' of "
                "probeer casedesk met 'casedesk demo'.",
            ).replace("%1", str(path)),
        )
        return 1
    try:
        backend = open_backend_interactively(path)
    except KnownError as error:
        QMessageBox.critical(None, "casedesk", user_message(error))
        return 1
    if backend is None:
        return 1
    ctx, window = build(backend)
    window.show()
    window.cases.list.reload()
    code = app.exec()
    ctx.worker.stop()
    backend.close()
    return code
