"""The 18+ page of the main window: the timeline, and a young person's toekomstplan opened from
it or from the casus view ("Toekomstplan 18+"). Going back returns to where the plan was opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.services import transition18 as t18
from ui.context import AppContext
from ui.formatting import short_date
from ui.i18n import label
from ui.main_window import MainWindow
from ui.views.transition18.plan_view import PlanEditorView
from ui.views.transition18.style import age_text, tr
from ui.views.transition18.timeline_view import TimelineView

PAGE_KEY = "18plus"


class YouthChooser(QDialog):
    """Which young person of the casus the toekomstplan is for."""

    def __init__(self, youths: tuple[t18.CaseYouth, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Toekomstplan 18+"))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Jongeren in deze casus"))
        for y in youths:
            born = short_date(y.geboortedatum) if y.geboortedatum else tr("geboortedatum onbekend")
            plan = label(y.status) if y.plan_id else tr("nog geen plan")
            item = QListWidgetItem(f"{y.naam} — {age_text(y.leeftijd)}, {born} — {plan}")
            item.setData(Qt.ItemDataRole.UserRole, y)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Openen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Voor welke jongere is het toekomstplan?")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def chosen(self) -> t18.CaseYouth | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class Transition18Page(QStackedWidget):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.timeline = TimelineView(ctx)
        self.plan = PlanEditorView(ctx)
        self.addWidget(self.timeline)
        self.addWidget(self.plan)
        self._back: Callable[[], None] = self.show_timeline
        self.timeline.open_requested.connect(self.open_from_timeline)
        self.plan.back_requested.connect(lambda: self._back())
        self.plan.case_requested.connect(self.show_case)

    def show_case(self, casus_id: str) -> None:
        self.window_.show_page("cases")
        self.window_.cases.open_case(casus_id)

    def show_timeline(self) -> None:
        self.setCurrentWidget(self.timeline)
        self.timeline.chart.setFocus()

    def open_from_timeline(self, row: t18.TimelineRow) -> None:
        self._back = self.show_timeline
        self._open(row.casus_id, row.persoon_id, row.plan_id)

    def _open(self, casus_id: str, persoon_id: str, plan_id: str | None) -> None:
        if plan_id is None:
            self.plan.start_plan(casus_id, persoon_id)
        else:
            self.plan.open_plan(plan_id)
        self.setCurrentWidget(self.plan)
        self.window_.show_page(PAGE_KEY)

    def open_for_case(self, casus_id: str) -> None:
        """The casus view's "Toekomstplan 18+": choose the young person, then open the plan;
        going back returns to the casus."""

        def back() -> None:
            self.show_timeline()
            self.show_case(casus_id)

        def chosen(youths: tuple[t18.CaseYouth, ...]) -> None:
            if not youths:
                QMessageBox.information(
                    self,
                    tr("Toekomstplan 18+"),
                    tr("Er zijn in dit huishouden geen jongeren van 15 jaar of ouder."),
                )
                return
            youth = youths[0]
            if len(youths) > 1:
                dialog = YouthChooser(youths, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                youth = dialog.chosen() or youth
            self._back = back
            self._open(casus_id, youth.persoon_id, youth.plan_id)

        self.ctx.run(t18.youths_for_case, casus_id, today=self.ctx.backend.today(), on_done=chosen)
