"""The toestemming tab on the casus: the register lists consents; recording one proposes the
giver the age rule needs and refuses another next to the field (nothing typed is lost); an
expiry before the date given is refused next to its field; a consent is withdrawn with a date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casedesk.domain.consent import ConsentGiver
from casedesk.services import consent as svc
from casedesk.services.backend import Backend
from casedesk.store.models import Casus, Persoon, Toestemming
from tests.conftest import NOW
from tests.ui.casus_support import open_casus
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle
from ui.views.consent import ConsentView


def my_case_with_a_teenager(backend: Backend) -> str:
    """A casus of the profile's user whose household has a jeugdige of 12 to 15."""
    def find(s: object) -> str:
        rows = s.execute(  # type: ignore[attr-defined]
            select(Casus.id, Persoon.geboortedatum)
            .join(Persoon, Persoon.huishouden_id == Casus.huishouden_id)
            .where(Casus.casusregisseur_id == backend.me, Persoon.rol == "jeugdige",
                   Casus.status == "open"))
        for casus_id, born in rows:
            if born and 12 <= (NOW.date() - born).days // 366 <= 14:
                return str(casus_id)
        raise AssertionError("the demo has no such casus")
    return backend.call(find)


def consent_tab(window: MainWindow, qtbot: QtBot, casus_id: str) -> ConsentView:
    detail = open_casus(window, qtbot, casus_id)
    view: ConsentView = detail.consent  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.loaded, timeout=10000):
        detail.tabs.setCurrentIndex(detail.consent_tab)  # type: ignore[attr-defined]
        view.show_case(casus_id)
    return view


def test_recording_a_consent_checks_the_giver_and_the_dates_next_to_the_fields(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_case_with_a_teenager(backend)
    view = consent_tab(window, qtbot, casus_id)
    before = view.rows.rowCount()
    teen = next(i for i in range(view.subject.count())
                if view.subject.itemData(i) is not None
                and backend.call(svc.consent_register, casus_id).onderwerpen[i].vereist
                is ConsentGiver.JEUGDIGE_EN_OUDERS)
    view.subject.setCurrentIndex(teen)
    assert view.giver.currentData() == ConsentGiver.JEUGDIGE_EN_OUDERS  # proposed by age
    view.giver.setCurrentIndex(view.giver.findData(ConsentGiver.JEUGDIGE))
    view.recipient.setEditText("huisarts")
    view.purpose.setEditText("terugkoppeling aan huisarts")
    qtbot.keyClicks(view.names, "moeder en dochter")
    view.expires.setText(view.given.text())  # not after the date given
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.errors["gegeven_door"].isVisible, timeout=10000)
    assert "jeugdige en ouders" in view.errors["gegeven_door"].text()
    assert view.errors["geldig_tot"].isVisible()
    assert view.names.text() == "moeder en dochter"  # nothing typed is lost
    assert view.rows.rowCount() == before

    view.giver.setCurrentIndex(view.giver.findData(ConsentGiver.JEUGDIGE_EN_OUDERS))
    view.expires.setText("31-12-2027")
    with qtbot.waitSignal(view.saved, timeout=10000):
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert not view.errors["gegeven_door"].isVisible()
    assert view.rows.rowCount() == before + 1
    with backend.store().session() as s:
        row = s.scalars(select(Toestemming).where(Toestemming.casus_id == casus_id,
                                                  Toestemming.ontvanger == "huisarts")).one()
        assert (row.gegeven_door, row.namen) == ("jeugdige_en_ouders", "moeder en dochter")

    # Withdraw it, dated today.
    index = next(i for i, c in enumerate(view.register.toestemmingen)  # type: ignore[union-attr]
                 if c.toestemming_id == row.id)
    view.table.selectRow(index)
    assert view.withdraw_button.isEnabled()
    with qtbot.waitSignal(view.saved, timeout=10000):
        qtbot.mouseClick(view.withdraw_button, Qt.MouseButton.LeftButton)
    entry = backend.call(svc.consent_register, casus_id).toestemmingen
    withdrawn = next(c for c in entry if c.toestemming_id == row.id)
    assert withdrawn.state is svc.ConsentState.INGETROKKEN
    assert view.rows.text(index, 7) == "Ingetrokken"
    settle(ctx)
