"""The main window: a navigation list on the left, one page at a time on the right.

Each capability adds its page through ``add_page``; the composition root (``ui.app``) decides
which pages exist. The window title never shows personal data.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.services import access
from ui.context import AppContext
from ui.dialogs.break_glass import BreakGlassDialog
from ui.views.case_detail import CaseDetailView
from ui.views.case_list import CaseListView


class CasesPage(QWidget):
    """Casussen: the list, and a casus opened from it (Escape or the button goes back)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.break_glass: BreakGlassDialog | None = None
        self.list = CaseListView(ctx)
        self.detail = CaseDetailView(ctx)
        back = QPushButton(self.tr("← Terug naar de lijst"))
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.clicked.connect(self.show_list)
        detail_page = QWidget()
        layout = QVBoxLayout(detail_page)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(detail_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.list.case_activated.connect(self.open_case)

    def open_case(self, casus_id: str) -> None:
        """Open a casus within the user's reach; any other only by breaking the glass."""
        self.ctx.run(access.reach, casus_id,
                     on_done=lambda reach: self._open_reached(casus_id, reach))

    def _open_reached(self, casus_id: str, reach: access.Reach) -> None:
        if reach is access.Reach.NONE:
            self.break_glass = BreakGlassDialog(self.ctx, casus_id, self)
            self.break_glass.accepted.connect(lambda: self._show_case(casus_id))
            self.break_glass.open()
            return
        self._show_case(casus_id)

    def _show_case(self, casus_id: str) -> None:
        self.detail.show_case(casus_id)
        self.stack.setCurrentIndex(1)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.list.table.setFocus()


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, user_name: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("casedesk")
        self.resize(1400, 880)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigatie"))
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget{font-size:11pt;} QListWidget::item{padding:8px;}")
        self.pages = QStackedWidget()
        self.page_keys: list[str] = []
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.cases = CasesPage(ctx)
        self.lock: QObject | None = None  # the inactivity lock (ui.lock), once installed

        self.busy = QProgressBar(maximumWidth=120, maximum=0)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(QLabel(user_name))
        ctx.worker.busy_changed.connect(self.busy.setVisible)

        search = QAction(self.tr("Zoeken"), self)
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(self._focus_search)
        self.addAction(search)

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        self.page_keys.append(key)
        self.pages.addWidget(widget)
        item = QListWidgetItem(title)
        self.nav.addItem(item)
        shortcut_number = len(self.page_keys)
        if shortcut_number <= 9:
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{shortcut_number}"))
            action.triggered.connect(lambda: self.show_page(key))
            self.addAction(action)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_keys.index(key))

    def _focus_search(self) -> None:
        self.show_page("cases")
        self.cases.show_list()
        self.cases.list.search.setFocus()
        self.cases.list.search.selectAll()
