"""The regie tab: changing the regime with a reason (Veilig Thuis asks for its three afspraken
and warns while they are missing), the history, and handing regie to a colleague."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casedesk.domain.vocabulary import Regime, Step
from casedesk.services import regie
from casedesk.services.backend import Backend
from tests.ui.casus_support import choose, my_casus_at, open_casus, type_text
from ui.context import AppContext
from ui.dialogs.hand_over import HandOverDialog
from ui.main_window import MainWindow
from ui.screens import settle


def test_a_regime_change_needs_a_reason_and_veilig_thuis_asks_for_its_afspraken(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.MIDDELEN)
    detail = open_casus(window, qtbot, casus_id)
    detail.tabs.setCurrentIndex(detail.regie_tab)
    panel = detail.regime_panel
    assert not panel.vt_box.isVisible()
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)  # nothing chosen
    assert panel.target_error.text() == "Kies de nieuwe regie."
    choose(panel.target, Regime.VEILIG_THUIS)
    assert panel.vt_box.isVisible() and not panel.vt_save.isVisible()

    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)  # no reason yet
    qtbot.waitUntil(panel.reason_error.isVisible)
    assert panel.reason.toPlainText() == ""
    assert panel.reason_error.text() == "Dit veld is verplicht."
    assert backend.call(regie.regie_view, casus_id).regime is Regime.LOKAAL_VRIJWILLIG

    type_text(panel.reason, "Melding bij Veilig Thuis na een incident; politie betrokken.")
    type_text(panel.vt["aanspreekpunt"], "Renée Wiśniewski")
    with qtbot.waitSignal(detail.loaded, timeout=10000):
        qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    view = backend.call(regie.regie_view, casus_id)
    assert view.regime is Regime.VEILIG_THUIS
    assert view.veilig_thuis.aanspreekpunt == "Renée Wiśniewski"
    # The two missing afspraken are warned about, in the tab and in the casus header.
    assert "wie het plan met het gezin" in panel.reminders.text()
    assert "wie toeziet op de uitvoering" in panel.reminders.text()
    assert detail.reminders.isVisibleTo(detail) and "toeziet" in detail.reminders.text()
    assert panel.history.text(0, 2) == "Lokaal, vrijwillig → Veilig Thuis betrokken"
    assert panel.history.text(0, 3).startswith("Melding bij Veilig Thuis")

    panel.vt["planschrijver"].setText("Renée Wiśniewski")
    panel.vt["toezicht"].setText("Veilig Thuis Gelderland-Zuid")
    with qtbot.waitSignal(detail.loaded, timeout=10000):
        qtbot.mouseClick(panel.vt_save, Qt.MouseButton.LeftButton)
    assert backend.call(regie.regie_view, casus_id).reminders == ()
    assert not panel.reminders.isVisibleTo(panel)

    choose(panel.target, Regime.LOKAAL_VRIJWILLIG)
    panel.reason.setPlainText("Veiligheid geborgd; terug naar het vrijwillig kader.")
    with qtbot.waitSignal(detail.loaded, timeout=10000):
        qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    view = backend.call(regie.regie_view, casus_id)
    assert view.regime is Regime.LOKAAL_VRIJWILLIG
    assert [(e.van, e.naar) for e in view.historie if e.soort == "regime"][-2:] == [
        ("lokaal_vrijwillig", "veilig_thuis"), ("veilig_thuis", "lokaal_vrijwillig")]
    assert panel.history.rowCount() >= 3
    settle(ctx)


def test_regie_is_handed_over_with_a_reason(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.RESULTAAT)
    detail = open_casus(window, qtbot, casus_id)
    detail.tabs.setCurrentIndex(detail.regie_tab)
    before = backend.call(regie.regie_view, casus_id)
    qtbot.mouseClick(detail.regime_panel.hand_over, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, HandOverDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.candidates.count() > 1)
    ok = dialog.buttons.buttons()[0]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nobody chosen, no reason
    qtbot.waitUntil(dialog.errors["reden"].isVisible)
    assert dialog.errors["regisseur"].isVisibleTo(dialog)
    dialog.candidates.setCurrentIndex(1)
    chosen = dialog.candidates.currentData()
    dialog.reason.setPlainText("Renée gaat met zwangerschapsverlof.")
    with qtbot.waitSignal(detail.loaded, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    view = backend.call(regie.regie_view, casus_id)
    assert view.casusregisseur_id == chosen != before.casusregisseur_id
    assert view.historie[-1].reden == "Renée gaat met zwangerschapsverlof."
    assert detail.regime_panel.history.text(0, 1) == "Casusregisseur gewijzigd"
    settle(ctx)
