"""Screens of the privacy work in the client for ``casedesk screenshots``: the toestemming
register of one of my cases, the break-the-glass question for a casus of another team, and the
inactivity lock. Dialogs are drawn over the window they belong to."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from casedesk.domain.vocabulary import CaseStatus
from casedesk.services import cases
from casedesk.services.cases import CaseFilter, CaseQuery
from ui.lock import InactivityLock
from ui.main_window import MainWindow
from ui.views.consent import ConsentView


def _settle(window: MainWindow) -> None:
    window.ctx.settle()


def _rows(window: MainWindow, query: CaseQuery) -> list[cases.dto.CaseRow]:
    answer: list[cases.dto.CasePage] = []
    window.ctx.run(cases.list_cases, query, today=window.ctx.backend.today(),
                   me=window.ctx.backend.me, limit=200, on_done=answer.append)
    _settle(window)
    return list(answer[0].rows)


def _over(window: QWidget, dialog: QWidget) -> QLabel:
    """The window with ``dialog`` drawn at its centre, as one picture."""
    picture = window.grab()
    painter = QPainter(picture)
    shot = dialog.grab()
    painter.drawPixmap(QPoint((picture.width() - shot.width()) // 2,
                              (picture.height() - shot.height()) // 3), shot)
    painter.end()
    label = QLabel()
    label.setPixmap(QPixmap(picture))
    label.resize(picture.size())
    return label


def _toestemming(window: MainWindow) -> None:
    rows = _rows(window, CaseQuery(filter=CaseFilter.MINE))
    # A household with a consent on record shows the register best.
    chosen = next((r for r in rows if r.status is CaseStatus.OPEN and r.stap.number >= 3),
                  rows[0])
    window.show_page("cases")
    window.cases.open_case(chosen.casus_id)
    _settle(window)
    detail = window.cases.detail
    view: ConsentView = detail.consent  # type: ignore[attr-defined]
    detail.tabs.setCurrentIndex(detail.consent_tab)  # type: ignore[attr-defined]
    view.show_case(chosen.casus_id)
    _settle(window)


def _doorbreken(window: MainWindow) -> QWidget | None:
    """The list holds the user's scope; a search also finds a casus outside it, greyed, and
    opening that one asks for a reason. Drawn as the list searched, with the question over it."""
    gemeenten = sorted({r.gemeente for r in _rows(window, CaseQuery())})
    found = next(((g, r) for g in gemeenten for r in _rows(window, CaseQuery(text=g))
                  if not r.in_scope), None)
    if found is None:
        return None
    gemeente, other = found
    window.show_page("cases")
    window.cases.show_list()
    search = window.cases.list.search
    search.blockSignals(True)  # no debounced second load after the grab
    search.setText(gemeente)
    search.blockSignals(False)
    window.cases.list.reload()
    _settle(window)
    window.cases.open_case(other.casus_id)
    _settle(window)
    dialog = window.cases.break_glass
    if dialog is None:
        return None
    dialog.reason.setPlainText("Spoedmelding Veilig Thuis; de casusregisseur is ziek")
    picture = _over(window, dialog)
    dialog.reject()
    return picture


def _vergrendeld(window: MainWindow) -> QWidget | None:
    lock = window.lock
    if not isinstance(lock, InactivityLock):
        return None
    lock.lock()
    _settle(window)
    assert lock.dialog is not None
    picture = _over(window, lock.dialog)
    lock.dialog.done(0)
    lock.unlock()
    return picture


PRIVACY_CLIENT_SCREENS = [
    ("toestemming", _toestemming),
    ("doorbreken", _doorbreken),
    ("vergrendeld", _vergrendeld),
]
