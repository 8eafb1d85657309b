"""The household view: members with age and 18th birthday, edited inline with messages next to
the fields and nothing typed lost; the address; opened from the casus view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.domain.vocabulary import MemberRole
from casedesk.services import households as hh
from casedesk.services.households import HouseholdDetail, MemberDetail
from tests.conftest import NOW
from tests.ui.helpers import ask
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.dto_table import DtoTableModel
from ui.screens import settle
from ui.views.household import MEMBER_COLUMNS, HouseholdView, HouseholdWindow, MemberColumn

TODAY = NOW.date()


@pytest.fixture
def household_window(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> Iterator[HouseholdWindow]:
    match = ask(ctx, hh.find_households, "Gezin", today=TODAY)[0]
    household_window: HouseholdWindow = window.household_window  # type: ignore[attr-defined]
    with qtbot.waitSignal(household_window.view.loaded, timeout=10000):
        household_window.show_household(match.huishouden_id)
    yield household_window
    settle(ctx)
    household_window.close()


def stored(ctx: AppContext, view: HouseholdView) -> HouseholdDetail:
    assert view.household_id is not None
    return ask(ctx, hh.household_detail, view.household_id, today=TODAY)


def test_the_member_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model: DtoTableModel[MemberDetail] = DtoTableModel(MEMBER_COLUMNS)
    model.reset(
        [
            MemberDetail(
                "p1",
                "Zoë",
                "",
                "Öztürk",
                "Zoë Öztürk",
                MemberRole.JEUGDIGE,
                date(2009, 2, 28),
                17,
                date(2027, 2, 28),
                "111222333",
                False,
                "",
                "",
            ),
            MemberDetail(
                "p2",
                "Aylin",
                "",
                "Öztürk",
                "Aylin Öztürk",
                MemberRole.OUDER,
                None,
                None,
                None,
                None,
                True,
                "06 1",
                "a@example.nl",
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, MemberColumn.WORDT_18)) == "28-02-2027"
    assert model.data(model.index(1, MemberColumn.GEZAG)) == "ja"
    assert model.data(model.index(1, MemberColumn.CONTACT)) == "06 1 · a@example.nl"
    model.sort(MemberColumn.LEEFTIJD, Qt.SortOrder.AscendingOrder)
    assert model.row(0).persoon_id == "p2"  # unknown age first
    qtmodeltester.check(model)


def test_members_show_age_and_the_18th_birthday(
    household_window: HouseholdWindow, ctx: AppContext
) -> None:
    view = household_window.view
    detail = stored(ctx, view)
    assert view.title.text() == detail.naam
    assert view.members.rowCount() == len(detail.leden)
    for row, member in enumerate(view.members.rows()):
        age = view.members.data(view.members.index(row, MemberColumn.LEEFTIJD))
        assert age == ("" if member.leeftijd is None else str(member.leeftijd))
        if (
            member.rol is MemberRole.JEUGDIGE
            and member.leeftijd is not None
            and (member.leeftijd < 18)
        ):
            assert member.wordt_18_op is not None
    assert view.map.nodes.keys() == {c.contact_id for c in detail.netwerk}


def test_editing_a_member_shows_messages_next_to_the_fields_and_keeps_the_input(
    household_window: HouseholdWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = household_window.view
    view.member_table.selectRow(0)
    chosen = view.selected_member()
    assert chosen is not None
    qtbot.mouseClick(view.edit_member, Qt.MouseButton.LeftButton)
    form = view.member_form
    assert form.voornaam.text() == chosen.voornaam
    form.achternaam.setText("")
    form.bsn.setText("123456789")
    form.geboortedatum.setText("01-01-2040")
    form.telefoon.setText("06 98765432")
    view.member_editor.save.click()
    qtbot.waitUntil(lambda: form.errors["bsn"].isVisible(), timeout=10000)
    assert form.error_text("bsn") == "Dit is geen geldig BSN (elfproef)."
    assert form.error_text("geboortedatum") == "Deze datum ligt in de toekomst."
    assert form.error_text("achternaam") == "Dit veld is verplicht."
    assert (form.bsn.text(), form.geboortedatum.text(), form.telefoon.text()) == (
        "123456789",
        "01-01-2040",
        "06 98765432",
    )
    unchanged = next(m for m in stored(ctx, view).leden if m.persoon_id == chosen.persoon_id)
    assert unchanged == chosen
    form.geboortedatum.setText("1-1-19")
    view.member_editor.save.click()
    qtbot.waitUntil(
        lambda: form.error_text("geboortedatum").startswith("Dit is geen datum"), timeout=10000
    )
    form.achternaam.setText("Çelik")
    form.bsn.setText("")
    form.geboortedatum.setText("15-03-2010")
    with qtbot.waitSignal(view.saved, timeout=10000):
        view.member_editor.save.click()
    settle(ctx)
    changed = next(m for m in stored(ctx, view).leden if m.persoon_id == chosen.persoon_id)
    assert (changed.achternaam, changed.bsn, changed.geboortedatum, changed.telefoon) == (
        "Çelik",
        None,
        date(2010, 3, 15),
        "06 98765432",
    )
    assert not view.member_editor.isVisible()


def test_adding_and_removing_a_member(
    household_window: HouseholdWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = household_window.view
    before = len(stored(ctx, view).leden)
    qtbot.mouseClick(view.add_member, Qt.MouseButton.LeftButton)
    assert not view.member_editor.remove.isVisible()
    form = view.member_form
    form.voornaam.setText("Noë")
    form.achternaam.setText("Öztürk")
    form.geboortedatum.setText("01-06-2013")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.member_editor.save.click()
    added = next(m for m in stored(ctx, view).leden if m.voornaam == "Noë")
    assert added.wordt_18_op == date(2031, 6, 1) and len(stored(ctx, view).leden) == before + 1
    row = next(i for i, m in enumerate(view.members.rows()) if m.persoon_id == added.persoon_id)
    view.member_table.selectRow(row)
    view.start_selected_member()
    assert view.member_editor.remove.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.member_editor.remove.click()
    assert added.persoon_id not in {m.persoon_id for m in stored(ctx, view).leden}


def test_changing_the_address(
    household_window: HouseholdWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = household_window.view
    qtbot.mouseClick(view.edit_address, Qt.MouseButton.LeftButton)
    form = view.address_editor.form
    form.postcode.setText("12")  # type: ignore[attr-defined]
    view.address_editor.save.click()
    qtbot.waitUntil(lambda: form.errors["postcode"].isVisible(), timeout=10000)
    form.postcode.setText("6541ab")  # type: ignore[attr-defined]
    form.straat.setText("Wezenlaan 100")  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.address_editor.save.click()
    detail = stored(ctx, view)
    assert (detail.straat, detail.postcode) == ("Wezenlaan 100", "6541 AB")
    assert "Wezenlaan 100, 6541 AB" in view.subtitle.text()


def test_the_casus_view_opens_the_household_window(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    cases = window.cases.list
    with qtbot.waitSignal(cases.loaded, timeout=10000):
        cases.reload()
    casus_id = next(cases.model.row(i).casus_id for i in range(cases.model.rowCount())
                    if cases.model.row(i).mine)  # need-to-know: a casus of one's own
    window.show_page("cases")
    with qtbot.waitSignal(window.cases.detail.loaded, timeout=10000):
        window.cases.open_case(casus_id)
    button = next(
        b for b in window.cases.detail.findChildren(QPushButton) if b.text() == "Gezin en netwerk…"
    )
    household_window: HouseholdWindow = window.household_window  # type: ignore[attr-defined]
    with qtbot.waitSignal(household_window.view.loaded, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert household_window.isVisible()
    assert household_window.view.household_id == ask(ctx, hh.household_of_case, casus_id)
    name = household_window.view.title.text()
    assert name and name not in household_window.windowTitle()  # no personal data in titles
    settle(ctx)
    household_window.close()
