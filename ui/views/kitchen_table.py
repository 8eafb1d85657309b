"""Keukentafelmodus: at the family's table the laptop shows only this household's plan, in
large type and plain words — no other families, no internal notes, no navigation — full
screen. Leaving it needs the professional (``ui.dialogs.kitchen_lock``)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.services import plan
from casedesk.services.plan import KitchenPlan
from ui.context import AppContext
from ui.dialogs.kitchen_lock import (
    CodeLock,
    KitchenLock,
    LeaveKitchenDialog,
    PassphraseLock,
    UnlockCodeDialog,
)
from ui.formatting import long_date
from ui.views.casus.common import tr

PAPER = QColor("#fbf8f2")
PAGE_STYLE = """
KitchenTableView { background: #fbf8f2; }
QLabel { color: #1d1d1d; }
QLabel#title { font-size: 30pt; font-weight: bold; }
QLabel#subtitle { font-size: 16pt; color: #444444; }
QLabel#plan { font-size: 19pt; }
QPushButton#leave { font-size: 12pt; padding: 6px 14px; }
"""


def _section(title: str, body: str) -> str:
    return (f"<h2 style='font-size:24pt;margin-top:28px;margin-bottom:6px;color:#1f5f8b'>"
            f"{escape(title)}</h2>{body}")


def _bullets(lines: list[str]) -> str:
    return "<ul style='margin-top:0'>" + "".join(
        f"<li style='margin-bottom:8px'>{line}</li>" for line in lines) + "</ul>"


def _who(who: str, text: str) -> str:
    return (f"<b>{escape(who)}</b>: " if who else "") + escape(text)


def plan_html(p: KitchenPlan) -> str:
    """The plan in plain words (taalniveau B1)."""
    parts: list[str] = []
    if p.eigen_woorden:
        lines = []
        for w in p.eigen_woorden:
            said = [(tr(label), text) for label, text in (
                ("Wat ik vraag", w.vraag), ("Wat ik wil", w.wensen),
                ("Waar ik van droom", w.dromen)) if text]
            lines.append(f"<b>{escape(w.naam)}</b><br>" + "<br>".join(
                f"{escape(label)}: “{escape(text)}”" for label, text in said))
        parts.append(_section(tr("Wat jullie zelf zeggen"), _bullets(lines)))
    if p.krachten:
        parts.append(_section(tr("Wat goed gaat"),
                              _bullets([_who(who, text) for who, text in p.krachten])))
    if p.zorgen:
        parts.append(_section(tr("Waar het moeilijk gaat"),
                              _bullets([_who(who, text) for who, text in p.zorgen])))
    goals = [
        f"<b>{g.nummer}. {escape(g.omschrijving)}</b>"
        + (f" <span style='color:#555'>({escape(tr('voor %1').replace('%1', g.voor))})</span>"
           if g.voor else "")
        + (f"<br>{escape(tr('Het is goed als: %1').replace('%1', g.eindsituatie))}"
           if g.eindsituatie else "")
        for g in p.doelen
    ]
    parts.append(_section(tr("Wat we willen bereiken"), _bullets(goals) if goals else
                          f"<p>{escape(tr('Dat spreken we nog samen af.'))}</p>"))
    if p.hulp:
        lines = []
        for h in p.hulp:
            when = ""
            if h.start and h.eind:
                when = tr(" — van %1 tot %2").replace("%1", long_date(h.start)).replace(
                    "%2", long_date(h.eind))
            elif h.start:
                when = tr(" — vanaf %1").replace("%1", long_date(h.start))
            lines.append(escape(h.omschrijving + (f": {h.wie}" if h.wie else "") + when))
        parts.append(_section(tr("Wie helpt"), _bullets(lines)))
    if p.afspraken:
        parts.append(_section(tr("Wat we afspreken"), _bullets([
            _who(a.wie, a.wat)
            + (escape(tr(" — vóór %1").replace("%1", long_date(a.wanneer)))
               if a.wanneer else "")
            + (f" <span style='color:#1b6e20'>✓ {escape(tr('gedaan'))}</span>"
               if a.gedaan else "")
            for a in p.afspraken])))
    if p.volgende_evaluatie:
        parts.append(_section(tr("Wanneer kijken we of het werkt?"), "<p>" + escape(
            tr("Op %1 kijken we samen hoe het gaat.").replace(
                "%1", long_date(p.volgende_evaluatie))) + "</p>"))
    contact = p.regisseur + (tr(", telefoon %1").replace("%1", p.regisseur_telefoon)
                             if p.regisseur_telefoon else "")
    parts.append(_section(tr("Vragen?"), "<p>" + escape(
        tr("Bel of mail %1.").replace("%1", contact)) + "</p>"))
    return "".join(parts)


class KitchenTableView(QWidget):
    """Signals:
    shown: after the plan arrived.
    left: after the professional unlocked and the view closed.
    """

    shown = Signal()
    left = Signal()

    def __init__(self, ctx: AppContext, casus_id: str, lock: KitchenLock | None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.ctx, self.casus_id, self.lock = ctx, casus_id, lock
        self._unlocked = lock is None
        self.setObjectName("KitchenTableView")
        self.setWindowTitle(self.tr("Ons gezinsplan"))
        self.setStyleSheet(PAGE_STYLE)
        self.title = QLabel(objectName="title")
        self.subtitle = QLabel(objectName="subtitle")
        self.subtitle.setWordWrap(True)
        self.body = QLabel(objectName="plan")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.leave_button = QPushButton(self.tr("Afsluiten (Esc)"), objectName="leave")
        self.leave_button.setAccessibleName(self.tr("Keukentafelmodus verlaten"))
        self.leave_button.clicked.connect(self.leave)

        column = QWidget()
        column.setMaximumWidth(1100)
        cl = QVBoxLayout(column)
        cl.addWidget(self.body)
        cl.addStretch(1)
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.addStretch(1)
        hl.addWidget(column, 20)
        hl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        for surface in (scroll.viewport(), holder, column):
            surface.setAutoFillBackground(True)
            palette = surface.palette()
            palette.setColor(QPalette.ColorRole.Window, PAPER)
            surface.setPalette(palette)
        self.scroll = scroll

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 12)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        ctx.run(plan.kitchen_plan, casus_id, on_done=self._show)

    def _show(self, p: KitchenPlan) -> None:
        self.plan = p
        self.title.setText(self.tr("Het plan van %1").replace("%1", p.huishouden))
        if p.versie is not None and p.akkoord_op is not None:
            status = self.tr("Samen afgesproken op %1 (versie %2).").replace(
                "%1", long_date(p.akkoord_op)).replace("%2", str(p.versie))
        else:
            status = self.tr("Dit plan maken we samen; het is nog niet afgesproken.")
        self.subtitle.setText(status)
        self.body.setText(plan_html(p))
        self.scroll.setFocus()  # arrows and Page Up/Down scroll the plan
        self.shown.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
            return
        super().keyPressEvent(event)

    def leave(self) -> None:
        if self._unlocked:
            self.close()
            return
        assert self.lock is not None
        dialog = LeaveKitchenDialog(self.lock, self)
        dialog.accepted.connect(self._unlock)
        dialog.open()
        self.dialog = dialog

    def _unlock(self) -> None:
        self._unlocked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Alt+F4 or the window's close button do not get past the lock either."""
        if not self._unlocked:
            event.ignore()
            self.leave()
            return
        super().closeEvent(event)
        self.left.emit()


def start_kitchen_table(ctx: AppContext, casus_id: str,
                        main_window: QWidget) -> KitchenTableView | None:
    """Hide the app and show the family's plan full screen; None when the professional
    cancelled choosing an unlock code."""
    lock: KitchenLock
    if ctx.backend.has_passphrase:
        lock = PassphraseLock(ctx)
    else:
        chooser = UnlockCodeDialog(main_window)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return None
        lock = CodeLock(chooser.code)
    view = KitchenTableView(ctx, casus_id, lock)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.left.connect(main_window.show)
    main_window.hide()
    view.showFullScreen()
    return view
