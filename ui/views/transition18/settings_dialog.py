"""Per gemeente: from which age the toekomstplan starts, and until which age youth care can be
extended. These are the region's reference data; the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.transition18 import (
    LEGAL_LIMIT_AGE,
    MAX_START_AGE_MONTHS,
    MIN_HORIZON_AGE,
    MIN_START_AGE_MONTHS,
)
from casedesk.errors import InvalidInput
from casedesk.services import transition18 as t18
from casedesk.services.changes import Changes
from ui.context import AppContext
from ui.errors import show_error, validation_text
from ui.views.transition18.style import tr
from ui.views.transition18.theme_editor import error_label
from ui.views.transition18.theme_editor import show_error as show_field_error


def start_age_text(months: int) -> str:
    years, rest = divmod(months, 12)
    if rest == 0:
        return tr("%1 jaar").replace("%1", str(years))
    return tr("%1 jaar en %2 maanden").replace("%1", str(years)).replace("%2", str(rest))


class GemeenteSettingsDialog(QDialog):
    """Signals:
    loaded: the gemeenten are shown.
    saved: every change was stored.
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Toekomstplan 18+ per gemeente"))
        self.setMinimumWidth(720)
        self.note = note = QLabel(
            tr(
                "Deze instellingen zijn regionale referentiegegevens. Bij een profiel dat "
                "synchroniseert beheert de regionale opslag ze: uw wijziging wordt als voorstel "
                "verstuurd, alleen een beheerder kan hem doorvoeren, en de waarden van de regio "
                "gaan voor."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("background:#fef7e0;padding:8px;border-radius:6px;")
        self.grid = QGridLayout()
        for column, text in enumerate(
            (tr("Gemeente"), tr("Toekomstplan starten vanaf"), tr("Jeugdhulp verlengen tot"))
        ):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.rows: dict[str, tuple[t18.GemeenteSettings, QComboBox, QSpinBox, QLabel]] = {}
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(self.grid)
        layout.addWidget(buttons)
        ctx.run(t18.gemeente_settings, on_done=self._show)

    def _show(self, settings: tuple[t18.GemeenteSettings, ...]) -> None:
        for i, g in enumerate(settings):
            start = QComboBox()
            start.setAccessibleName(tr("Startleeftijd toekomstplan: %1").replace("%1", g.naam))
            for months in range(MIN_START_AGE_MONTHS, MAX_START_AGE_MONTHS + 1, 6):
                start.addItem(start_age_text(months), months)
            if start.findData(g.start_age_months) < 0:  # a value set elsewhere, off the grid
                start.addItem(start_age_text(g.start_age_months), g.start_age_months)
            start.setCurrentIndex(start.findData(g.start_age_months))
            horizon = QSpinBox()
            horizon.setRange(MIN_HORIZON_AGE, LEGAL_LIMIT_AGE)
            horizon.setSuffix(tr(" jaar"))
            horizon.setValue(g.extended_until_age)
            horizon.setAccessibleName(tr("Verlengde jeugdhulp tot: %1").replace("%1", g.naam))
            err = error_label()
            row = 1 + i * 2
            self.grid.addWidget(QLabel(g.naam), row, 0)
            self.grid.addWidget(start, row, 1)
            self.grid.addWidget(horizon, row, 2)
            self.grid.addWidget(err, row + 1, 0, 1, 3)
            self.rows[g.gemeente_id] = (g, start, horizon, err)
        self.loaded.emit()

    def save(self) -> None:
        changed = [
            (g, int(start.currentData()), horizon.value(), err)
            for g, start, horizon, err in self.rows.values()
            if (int(start.currentData()), horizon.value())
            != (g.start_age_months, g.extended_until_age)
        ]
        if not changed:
            self.accept()
            return
        pending = {g.gemeente_id for g, *_ in changed}

        def stored(result: t18.GemeenteSettings) -> None:
            pending.discard(result.gemeente_id)
            if not pending:
                self.saved.emit()
                self.accept()

        for g, start, horizon, err in changed:
            show_field_error(err, "")

            def failed(error: BaseException, err: QLabel = err) -> None:
                if isinstance(error, InvalidInput):
                    show_field_error(err, "\n".join(validation_text(e) for e in error.errors))
                else:
                    show_error(self, error)

            self.ctx.run(
                t18.update_gemeente_settings,
                g.gemeente_id,
                start_age_months=start,
                extended_until_age=horizon,
                on_done=stored,
                on_error=failed,
                changes=Changes(transition18=True),
            )
