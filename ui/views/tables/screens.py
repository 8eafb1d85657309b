"""The Overlegtafels screens of ``casedesk screenshots``: the casusregisseur's side with the
profile's own user, the secretary's side as the secretary of Overleg Passende Hulp (the
profile's user is switched for those screens and switched back after the last)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from casedesk.domain.vocabulary import AanmeldingStatus
from casedesk.services import reference, tables
from casedesk.services.cases import CaseFilter, CaseQuery, list_cases
from casedesk.services.tables_dto import AanmeldingForm, FragmentKind
from ui.main_window import MainWindow
from ui.views.tables import PAGE_KEY
from ui.views.tables.page import Tab, TablesPage
from ui.views.tables.submit import KEY_ROLE

T = TypeVar("T")
SECRETARY_OF = "Overleg Passende Hulp"
_original_me: list[str] = []


def _settle(window: MainWindow) -> None:
    window.ctx.settle()


def _call(window: MainWindow, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    answer: T = window.ctx.call_and_wait(fn, *args, **kwargs)
    return answer


def _page(window: MainWindow) -> TablesPage:
    page = window.pages.widget(window.page_keys.index(PAGE_KEY))
    assert isinstance(page, TablesPage)
    return page


def _open(window: MainWindow, tab: Tab) -> TablesPage:
    window.show_page(PAGE_KEY)
    page = _page(window)
    page.load()
    _settle(window)
    page.show_tab(tab)
    _settle(window)
    return page


def _act_as(window: MainWindow, professional_id: str) -> None:
    window.ctx.run(reference.set_me, professional_id)
    _settle(window)


def _as_secretary(window: MainWindow) -> TablesPage:
    if not _original_me:
        _original_me.append(window.ctx.backend.me)
        secretary = next(
            (pid for pid, naam in _call(window, tables.secretaries) if SECRETARY_OF in naam),
            None,
        )
        if secretary is not None:
            _act_as(window, secretary)
    page = _open(window, Tab.INBOX)
    oph = next((i.tafel_id for i in page.infos if i.definition.code == "OPH"), None)
    if oph is not None:
        page.choose_table(oph)
    _settle(window)
    return page


def _back_to_myself(window: MainWindow) -> None:
    if _original_me:
        _act_as(window, _original_me.pop())


def _mine(window: MainWindow) -> None:
    """The casusregisseur's list, showing an outcome that came back."""
    page = _open(window, Tab.MIJN)
    done = next((r for r in page.mine.model.rows() if r.status is AanmeldingStatus.AFGEROND), None)
    if done is not None:
        page.mine.select(done.aanmelding_id)


def _a_form(window: MainWindow) -> AanmeldingForm | None:
    """One of my casussen with a jeugdige of OPH age and goals to share."""
    today = window.ctx.backend.today()
    page = _call(
        window,
        list_cases,
        CaseQuery(filter=CaseFilter.MINE),
        today=today,
        me=window.ctx.backend.me,
        limit=30,
    )
    for row in page.rows:
        form = _call(window, tables.aanmelding_form, row.casus_id)
        kinds = {f.soort for f in form.fragments}
        if (
            FragmentKind.DOEL in kinds
            and FragmentKind.MIDDEL in kinds
            and any(j.leeftijd is not None and 10 <= j.leeftijd <= 17 for j in form.jeugdigen)
        ):
            return form
    return None


def _fill_aanmelding(window: MainWindow, *, complete: bool) -> None:
    page = _open(window, Tab.AANMELDEN)
    form = _a_form(window)
    if form is None:
        return
    view = page.submit
    view.prepare(form.casus_id)
    _settle(window)
    view.table_combo.setCurrentIndex(view.table_combo.findText("Overleg Passende Hulp"))
    youth = next(j for j in form.jeugdigen if j.leeftijd is not None and 10 <= j.leeftijd <= 17)
    view.youth_combo.setCurrentIndex(view.youth_combo.findData(youth.persoon_id))
    wanted = {f"lid:{youth.persoon_id}"}
    for kind, count in (
        (FragmentKind.DOEL, 2),
        (FragmentKind.OBSERVATIE, 2),
        (FragmentKind.MIDDEL, 1),
    ):
        wanted.update([f.key for f in form.fragments if f.soort is kind][:count])
    tree = view.fragments
    for i in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(i)
        for j in range(section.childCount()):
            item = section.child(j)
            if item.data(0, KEY_ROLE) in wanted:
                item.setCheckState(0, Qt.CheckState.Checked)
    if complete:
        view.question.setPlainText(
            "Welke passende hulp is mogelijk zonder uithuisplaatsing? Thuis lukt het nu niet "
            "meer; we zoeken behandeling die het gezin kan volhouden."
        )
        for row in range(view.documents.rowCount()):
            kind = view.documents.item(row, 0).text()
            view.documents.item(row, 1).setText(f"{kind.replace(' ', '-')}-2026-11.pdf")
    else:
        view.question.setPlainText("")
        view.use_consent.setChecked(True)
        view.consent_combo.setCurrentIndex(0)
        view.save(submit=True)
    _settle(window)
    view.scroll.verticalScrollBar().setValue(0)


def _aanmelden(window: MainWindow) -> None:
    _fill_aanmelding(window, complete=True)


def _aanmelden_fouten(window: MainWindow) -> None:
    _fill_aanmelding(window, complete=False)
    view = _page(window).submit
    view.scroll.ensureWidgetVisible(view.documents)


def _inbox(window: MainWindow) -> None:
    page = _as_secretary(window)
    page.show_tab(Tab.INBOX)
    _settle(window)
    inbox = page.inbox
    waiting = next(
        (i for i, r in enumerate(inbox.model.rows()) if r.status.value == "ingediend"), 0
    )
    inbox.table.selectRow(waiting)


def _agenda(window: MainWindow) -> None:
    page = _as_secretary(window)
    page.show_tab(Tab.PLANNING)
    _settle(window)
    page.planning.tabs.setCurrentIndex(0)


def _uitkomst(window: MainWindow) -> None:
    """The outcome form of an aanmelding discussed at the last zitting, as the secretary
    left it before closing."""
    page = _as_secretary(window)
    page.show_tab(Tab.UITKOMST)
    _settle(window)
    tafel_id = page.table_combo.currentData()
    if tafel_id is None:
        return
    planning = _call(window, tables.planning, tafel_id)
    for row in reversed([z for z in planning.zittingen if z.start <= planning.now]):
        view = _call(window, tables.zitting_view, row.zitting_id)
        discussed = next(
            (i.aanmelding for i in view.items if i.aanmelding.status is AanmeldingStatus.BESPROKEN),
            None,
        )
        if discussed is not None:
            page.outcome.show_table(tafel_id, row.zitting_id)
            _settle(window)
            page.outcome.select(discussed.aanmelding_id)
            return


def _configuratie(window: MainWindow) -> QWidget | None:
    page = _as_secretary(window)
    page.show_tab(Tab.CONFIGURATIE)
    _settle(window)
    oph = next((i.tafel_id for i in page.infos if i.definition.code == "OPH"), None)
    if oph is not None:
        page.config.select(oph)
    _settle(window)
    _back_to_myself(window)
    return None


TABLE_SCREENS: list[tuple[str, Callable[[MainWindow], QWidget | None]]] = [
    ("tafels-mijn", _mine),
    ("tafels-aanmelden", _aanmelden),
    ("tafels-aanmelden-fouten", _aanmelden_fouten),
    ("tafels-inbox", _inbox),
    ("tafels-agenda", _agenda),
    ("tafels-uitkomst", _uitkomst),
    ("tafels-configuratie", _configuratie),
]
