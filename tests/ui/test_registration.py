"""Nieuwe aanmelding, driven through the real widgets: registering a household with its casus,
messages next to the fields with nothing typed lost, the duplicate warning with both ways out,
and a new casus for a household found by search."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.domain.vocabulary import MemberRole, Verwijzer
from casedesk.region import load_region
from casedesk.services import access
from casedesk.services import households as hh
from casedesk.services.households import HouseholdMatch
from tests.conftest import NOW
from tests.ui.helpers import ask
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.dto_table import DtoTableModel
from ui.screens import settle
from ui.views.person_forms import MemberForm
from ui.views.registration import MATCH_COLUMNS, MatchColumn, RegistrationView

TODAY = NOW.date()


def open_registration(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> RegistrationView:
    view: RegistrationView = window.registration  # type: ignore[attr-defined]
    window.show_page("registration")
    settle(ctx)
    assert view.choices is not None
    return view


def member(view: RegistrationView, index: int) -> MemberForm:
    form = view.members[index].form
    assert isinstance(form, MemberForm)
    return form


def fill_member(
    form: MemberForm, voornaam: str, achternaam: str, born: str = "", bsn: str = ""
) -> None:
    form.voornaam.setText(voornaam)
    form.achternaam.setText(achternaam)
    form.geboortedatum.setText(born)
    form.bsn.setText(bsn)


def choose_verwijzer(view: RegistrationView, verwijzer: Verwijzer) -> None:
    view.case.verwijzer.setCurrentIndex(view.case.verwijzer.findData(verwijzer.value))


def count_households(ctx: AppContext) -> int:
    return len(ask(ctx, hh.find_households, "Gezin", today=TODAY, limit=10_000))


def test_ctrl_n_opens_the_aanmelding_from_anywhere(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    window.show_page("cases")
    action = next(a for a in window.actions() if a.text() == "Nieuwe aanmelding")
    assert action.shortcut() == QKeySequence("Ctrl+N")
    action.trigger()
    settle(ctx)
    view = window.registration  # type: ignore[attr-defined]
    assert window.pages.currentWidget() is view
    assert QApplication.focusWidget() in (member(view, 0).voornaam, None)


def test_registering_a_household_opens_its_casus(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = open_registration(window, ctx, qtbot)
    fill_member(member(view, 0), "Anaïs", "Çelik-de Wit", "02-04-1988", "111222333")
    member(view, 0).rol.setCurrentIndex(member(view, 0).rol.findData(MemberRole.OUDER.value))
    member(view, 0).gezag.setChecked(True)
    assert view.address.naam.text() == "Gezin Çelik-de Wit"  # suggested from the first member
    child = view.add_member().form
    assert isinstance(child, MemberForm)
    fill_member(child, "Noë", "Çelik", "01-06-2013")
    view.address.straat.setText("Sint Annastraat 5")
    view.address.postcode.setText("6525gh")
    view.address.woonplaats.setText("Nijmegen")
    contact = view.add_contact().form
    contact.naam.setText("Oma Ria")  # type: ignore[union-attr]
    contact.relatie.setText("grootmoeder")  # type: ignore[union-attr]
    choose_verwijzer(view, Verwijzer.JEUGDARTS)
    view.case.toelichting.setText("GGD, consultatiebureau")
    view.case.aanleiding.setPlainText("Zorgen over de ontwikkeling van Noë.")
    with qtbot.waitSignal(view.saved, timeout=10000) as saved:
        qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
    done = saved.args[0]
    settle(ctx)
    assert window.pages.currentWidget() is window.cases
    assert window.cases.detail.casus_id == done.casus_id
    stored = ask(ctx, hh.household_detail, done.huishouden_id, today=TODAY)
    assert stored.naam == "Gezin Çelik-de Wit" and stored.postcode == "6525 GH"
    assert [(m.naam, m.rol, m.gezag) for m in stored.leden] == [
        ("Anaïs Çelik-de Wit", MemberRole.OUDER, True),
        ("Noë Çelik", MemberRole.JEUGDIGE, False),
    ]
    assert stored.leden[1].geboortedatum == date(2013, 6, 1)
    assert [c.naam for c in stored.netwerk] == ["Oma Ria"]
    found = ask(ctx, hh.find_households, "Çelik", today=TODAY)
    assert found[0].lopende_casus_id == done.casus_id
    # The form is empty again for the next aanmelding.
    assert member(view, 0).voornaam.text() == "" and len(view.members) == 1
    assert view.case.verwijzer.currentIndex() == 0


def test_messages_appear_next_to_the_fields_and_nothing_typed_is_lost(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    households_before = count_households(ctx)
    view = open_registration(window, ctx, qtbot)
    first = member(view, 0)
    fill_member(first, "Zoë", "", "31-02-2015", "123456789")
    first.email.setText("zoe.example.nl")
    second = view.add_member().form
    assert isinstance(second, MemberForm)
    fill_member(second, "Daan", "Öztürk", "01-01-2031")
    view.address.postcode.setText("65 12")
    view.submit_registration()
    settle(ctx)
    assert first.error_text("achternaam") == "Dit veld is verplicht."
    assert first.error_text("bsn") == "Dit is geen geldig BSN (elfproef)."
    assert first.error_text("geboortedatum").startswith("Dit is geen datum.")
    assert first.error_text("email") == "Dit is geen e-mailadres."
    assert second.error_text("geboortedatum") == "Deze datum ligt in de toekomst."
    assert view.address.error_text("naam") == "Dit veld is verplicht."
    assert view.address.error_text("postcode") == "Schrijf de postcode als 1234 AB."
    assert view.case.error_text("verwijzer") == "Dit veld is verplicht."
    assert first.errors["bsn"].isVisible() and not first.errors["voornaam"].isVisible()
    # Everything typed is still there.
    assert (first.voornaam.text(), first.geboortedatum.text(), first.bsn.text()) == (
        "Zoë",
        "31-02-2015",
        "123456789",
    )
    assert (second.achternaam.text(), second.geboortedatum.text()) == ("Öztürk", "01-01-2031")
    assert view.address.postcode.text() == "65 12"
    assert count_households(ctx) == households_before
    # Put it right and the same form saves; the messages go.
    first.achternaam.setText("Öztürk")
    first.geboortedatum.setText("28-02-2015")
    first.bsn.setText("")
    first.email.setText("zoe@example.nl")
    second.geboortedatum.setText("01-01-2021")
    view.address.postcode.setText("6512 AB")
    view.address.naam.setText("Gezin Öztürk")
    choose_verwijzer(view, Verwijzer.ZELF)
    with qtbot.waitSignal(view.saved, timeout=10000):
        view.submit_registration()
    assert not first.errors["bsn"].isVisible()
    assert count_households(ctx) == households_before + 1
    settle(ctx)


def existing_household(ctx: AppContext) -> hh.HouseholdDetail:
    match = next(m for m in ask(ctx, hh.find_households, "Gezin", today=TODAY)
                 if m.lopende_casus_id
                 and ask(ctx, access.reach, m.lopende_casus_id) is not access.Reach.NONE)
    return ask(ctx, hh.household_detail, match.huishouden_id, today=TODAY)


def fill_as_existing(view: RegistrationView, existing: hh.HouseholdDetail) -> None:
    """An aanmelding for a family that is already registered (same name and birth date)."""
    person = next(m for m in existing.leden if m.geboortedatum)
    assert person.geboortedatum is not None
    fill_member(
        member(view, 0),
        person.voornaam,
        person.achternaam,
        person.geboortedatum.strftime("%d-%m-%Y"),
    )
    member(view, 0).tussenvoegsel.setText(person.tussenvoegsel)
    view.address.naam.setText(existing.naam)
    choose_verwijzer(view, Verwijzer.SCHOOL)


def test_a_likely_duplicate_is_offered_and_its_casus_opened_instead(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    existing = existing_household(ctx)
    households_before = count_households(ctx)
    view = open_registration(window, ctx, qtbot)
    fill_as_existing(view, existing)
    with qtbot.waitSignal(view.duplicates_shown, timeout=10000):
        view.submit_registration()
    assert view.duplicate_box.isVisible()
    offered = [view.duplicates.item(i).text() for i in range(view.duplicates.count())]
    assert any(existing.naam in text and "zelfde naam en geboortedatum" in text for text in offered)
    row = next(i for i, t in enumerate(offered) if existing.naam in t)
    view.duplicates.setCurrentRow(row)
    duplicate = view.duplicates.item(row).data(Qt.ItemDataRole.UserRole)
    assert duplicate.lopende_casus_id
    with qtbot.waitSignal(view.case_opened) as opened:
        qtbot.mouseClick(view.use_existing, Qt.MouseButton.LeftButton)
    assert opened.args == [duplicate.lopende_casus_id]
    settle(ctx)
    assert window.cases.detail.casus_id == duplicate.lopende_casus_id
    assert count_households(ctx) == households_before
    assert member(view, 0).voornaam.text()  # still there, should the user come back


def test_registering_anyway_after_the_warning(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    existing = existing_household(ctx)
    households_before = count_households(ctx)
    view = open_registration(window, ctx, qtbot)
    fill_as_existing(view, existing)
    with qtbot.waitSignal(view.duplicates_shown, timeout=10000):
        view.submit_registration()
    with qtbot.waitSignal(view.saved, timeout=10000) as saved:
        qtbot.mouseClick(view.register_anyway, Qt.MouseButton.LeftButton)
    assert saved.args[0].huishouden_id != existing.huishouden_id
    assert count_households(ctx) == households_before + 1
    assert not view.duplicate_box.isVisible()
    settle(ctx)


def test_a_new_casus_for_a_household_found_by_search(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    team = load_region().teams[0]
    household = ask(
        ctx,
        hh.register_household,
        hh.HouseholdInput(
            "Gezin Wiśniewski",
            team.gemeente_id,
            team.id,
            postcode="6541 AB",
            leden=(hh.MemberInput("Iga", "Wiśniewski", MemberRole.OUDER, bsn="123456782"),),
        ),
        today=TODAY,
    )
    view = open_registration(window, ctx, qtbot)
    view.find_mode.setChecked(True)
    with qtbot.waitSignal(view.searched, timeout=10000):
        view.search.setText("123456782")
    assert [m.huishouden_id for m in view.matches.rows()] == [household]
    assert view.submit.text() == "Casus openen voor dit huishouden"
    view.submit_registration()
    settle(ctx)
    assert view.case.error_text("verwijzer") == "Dit veld is verplicht."
    choose_verwijzer(view, Verwijzer.GEMEENTE)
    with qtbot.waitSignal(view.case_opened, timeout=10000) as opened:
        view.submit_registration()
    casus_id = opened.args[0]
    settle(ctx)
    assert ask(ctx, hh.household_of_case, casus_id) == household
    assert window.cases.detail.casus_id == casus_id
    # Found again, it now has a running casus: the button shows it instead of opening another.
    with qtbot.waitSignal(view.searched, timeout=10000):
        view.run_search()
    assert view.matches.row(0).lopende_casus_id == casus_id
    assert view.submit.text() == "Lopende casus tonen"
    with qtbot.waitSignal(view.case_opened) as shown:
        view.submit_registration()
    assert shown.args == [casus_id]
    settle(ctx)


def test_the_search_results_model_passes_the_model_tester(
    qtmodeltester: ModelTester,
) -> None:
    model: DtoTableModel[HouseholdMatch] = DtoTableModel(MATCH_COLUMNS)
    model.reset(
        [
            HouseholdMatch(
                "h1",
                "Gezin Öztürk",
                "Graafseweg 1, 6512 AB Nijmegen",
                "Nijmegen",
                "Aylin (41), Zoë (17)",
                "c1",
            ),
            HouseholdMatch("h2", "Gezin Bakker", "", "Wijchen", "Piet (40)", None),
        ]
    )
    qtmodeltester.check(model)
    casus = MatchColumn.CASUS
    assert model.data(model.index(0, casus)) == "lopend"
    assert model.data(model.index(1, casus)) == "—"
