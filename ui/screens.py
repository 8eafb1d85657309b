"""Every main screen of the client, rendered offscreen to PNG (``casedesk screenshots``).

Each capability adds its screens to ``SCREENS``: a file name and a function that brings the
main window to that screen. After it, the renderer waits until the database worker is idle.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from casedesk.domain.vocabulary import Plan18Status, Theme18, Verwijzer
from casedesk.services import households
from casedesk.services.households import HouseholdDetail
from casedesk.services.transition18 import TimelineRow
from ui.context import AppContext
from ui.formatting import short_date
from ui.main_window import MainWindow
from ui.views.audit import PRIVACY_SCREENS
from ui.views.casus.screens import CASUS_SCREENS
from ui.views.export.screens import EXPORT_SCREENS
from ui.views.household import HouseholdWindow
from ui.views.privacy_screens import PRIVACY_CLIENT_SCREENS
from ui.views.tables.screens import TABLE_SCREENS
from ui.views.transition18.page import PAGE_KEY as PLUS18_PAGE
from ui.views.transition18.page import Transition18Page

T = TypeVar("T")
# A screen brings the window to it; it may return another widget to grab (a separate window).
Screen = tuple[str, Callable[[MainWindow], QWidget | None]]


def settle(ctx: AppContext, timeout: float = 30.0) -> None:
    """Process events until the database worker has delivered everything."""
    ctx.settle(timeout)


def _case_list(window: MainWindow) -> None:
    window.show_page("cases")
    window.cases.show_list()
    window.cases.list.reload()


def _case_detail(window: MainWindow) -> None:
    _case_list(window)
    settle(window.ctx)
    model = window.cases.list.model
    # The first casus in a later step shows the most of the detail view.
    rows = [model.row(i) for i in range(model.rowCount())]
    chosen = next((r for r in rows if r.mine and r.stap.number >= 3), rows[0] if rows else None)
    if chosen is not None:
        window.cases.open_case(chosen.casus_id)


def _plus18_page(window: MainWindow) -> Transition18Page:
    page = window.pages.widget(window.page_keys.index(PLUS18_PAGE))
    assert isinstance(page, Transition18Page)
    return page


def _plus18_timeline(window: MainWindow) -> None:
    window.show_page(PLUS18_PAGE)
    page = _plus18_page(window)
    page.show_timeline()
    page.timeline.reload()


def _plus18_open(window: MainWindow, prefer: Callable[[TimelineRow], bool], tab: int) -> None:
    """Open the toekomstplan of the most telling young person on my timeline, on the first
    stuck theme (or Wonen)."""
    _plus18_timeline(window)
    settle(window.ctx)
    page = _plus18_page(window)
    rows = [r for r in page.timeline.shown if r.plan_id is not None]
    chosen = next((r for r in rows if prefer(r)), rows[0] if rows else None)
    if chosen is None:
        return
    page.open_from_timeline(chosen)
    settle(window.ctx)
    plan = page.plan.plan
    stuck = plan.stuck[0] if plan and plan.stuck else Theme18.WONEN
    page.plan.theme_list.setCurrentRow(list(Theme18).index(stuck))
    page.plan.tabs.setCurrentIndex(tab)


def _plus18_plan(window: MainWindow) -> None:
    _plus18_open(
        window,
        lambda r: (
            r.stuck > 0 and r.status is Plan18Status.IN_UITVOERING and r.geboortedatum is not None
        ),
        0,
    )


def _plus18_handover(window: MainWindow) -> None:
    _plus18_open(window, lambda r: r.status is Plan18Status.OVERGEDRAGEN, 2)


def _call(window: MainWindow, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """A service's answer, through the database worker like every view's."""
    answer: T = window.ctx.call_and_wait(fn, *args, **kwargs)
    return answer


def _werkoverzicht(window: MainWindow) -> None:
    window.show_page("overview")
    window.overview.reload()  # type: ignore[attr-defined]


def _my_household(window: MainWindow) -> HouseholdDetail:
    """A household of mine with a youth turning 18 soon (else an evaluation due)."""
    _werkoverzicht(window)
    settle(window.ctx)
    data = window.overview.data  # type: ignore[attr-defined]
    assert data is not None and (data.turning_18 or data.evaluations)
    casus_id = (data.turning_18 or data.evaluations)[0].casus_id
    household = _call(window, households.household_of_case, casus_id)
    return _call(window, households.household_detail, household, today=window.ctx.backend.today())


def _nieuwe_aanmelding(window: MainWindow) -> None:
    """An aanmelding of a family that is probably registered already: the warning shows."""
    existing = _my_household(window)
    window.show_page("registration")
    view = window.registration  # type: ignore[attr-defined]
    settle(window.ctx)
    view.address.naam.setText(existing.naam)
    view.address.postcode.setText(existing.postcode.replace(" ", "").lower())
    view.address.woonplaats.setText(existing.woonplaats)
    parent = next((m for m in existing.leden if m.gezag), existing.leden[0])
    first = view.members[0].form
    first.voornaam.setText(parent.voornaam)
    first.tussenvoegsel.setText(parent.tussenvoegsel)
    first.achternaam.setText(parent.achternaam)
    first.geboortedatum.setText(short_date(parent.geboortedatum))
    first.rol.setCurrentIndex(first.rol.findData(parent.rol.value))
    first.gezag.setChecked(True)
    child = view.add_member().form
    child.voornaam.setText("Noë")
    child.achternaam.setText(parent.achternaam)
    child.geboortedatum.setText("12-05-2015")
    contact = view.add_contact().form
    contact.naam.setText("Oma Ria")
    contact.relatie.setText("grootmoeder")
    contact.set_closeness(1)
    view.case.verwijzer.setCurrentIndex(view.case.verwijzer.findData(Verwijzer.HUISARTS.value))
    view.case.toelichting.setText("Huisartsenpraktijk De Linde")
    view.case.aanleiding.setPlainText("Moeder maakt zich zorgen over het schoolverzuim van Noë.")
    view.submit_registration()
    settle(window.ctx)
    view.scroll.verticalScrollBar().setValue(0)


def _nieuwe_aanmelding_fouten(window: MainWindow) -> None:
    """What a form with mistakes looks like: each message next to its field, input kept."""
    window.show_page("registration")
    view = window.registration  # type: ignore[attr-defined]
    settle(window.ctx)
    view.reset()
    view.address.postcode.setText("65 12")
    first = view.members[0].form
    first.voornaam.setText("Zoë")
    first.geboortedatum.setText("31-02-2015")
    first.bsn.setText("123456789")
    first.email.setText("zoe.example.nl")
    second = view.add_member().form
    second.voornaam.setText("Daan")
    second.achternaam.setText("Öztürk")
    second.geboortedatum.setText(short_date(window.ctx.backend.today().replace(year=2031)))
    view.submit_registration()
    settle(window.ctx)
    view.scroll.verticalScrollBar().setValue(0)


def _nieuwe_aanmelding_zoeken(window: MainWindow) -> None:
    """A household found by name, to open a casus on (or show its running one)."""
    existing = _my_household(window)
    window.show_page("registration")
    view = window.registration  # type: ignore[attr-defined]
    settle(window.ctx)
    view.find_mode.setChecked(True)
    view.search.setText(existing.naam.split()[-1])
    view.run_search()


def _household_window(window: MainWindow) -> HouseholdWindow:
    existing = _my_household(window)
    household_window: HouseholdWindow = window.household_window  # type: ignore[attr-defined]
    household_window.show_household(existing.huishouden_id)
    settle(window.ctx)
    return household_window


def _huishouden(window: MainWindow) -> QWidget:
    """The household, with the youth who turns 18 first opened for editing."""
    household_window = _household_window(window)
    view = household_window.view
    youth = next((i for i, m in enumerate(view.members.rows()) if m.wordt_18_op is not None), 0)
    view.member_table.selectRow(youth)
    view.start_selected_member()
    return household_window


def _netwerkkaart(window: MainWindow) -> QWidget:
    """The netwerkkaart with a contact opened for editing by clicking it."""
    household_window = _household_window(window)
    view = household_window.view
    view.member_editor.hide()
    contacts = view.map.contacts()
    if contacts:
        view.start_contact(contacts[0].contact_id)
    view.map.setFocus()
    return household_window


SCREENS: list[Screen] = [
    ("werkoverzicht", _werkoverzicht),
    ("nieuwe-aanmelding", _nieuwe_aanmelding),
    ("nieuwe-aanmelding-fouten", _nieuwe_aanmelding_fouten),
    ("nieuwe-aanmelding-zoeken", _nieuwe_aanmelding_zoeken),
    ("huishouden", _huishouden),
    ("netwerkkaart", _netwerkkaart),
    ("casussen", _case_list),
    ("casus", _case_detail),
    *CASUS_SCREENS,
    ("18plus-tijdlijn", _plus18_timeline),
    ("18plus-plan", _plus18_plan),
    ("18plus-overdracht", _plus18_handover),
    *TABLE_SCREENS,
    *PRIVACY_SCREENS,
    *PRIVACY_CLIENT_SCREENS,
    *EXPORT_SCREENS,  # last: its dialogs stay open over the window
]


def render_all(window: MainWindow, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    window.show()
    written = []
    for name, prepare in SCREENS:
        target = prepare(window) or window
        settle(window.ctx)
        path = out_dir / f"{name}.png"
        if not target.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written
