"""Small widgets the overlegtafel views share: a red message next to a field, the routing of a
service's field errors to those messages, and a read-only list table."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from casedesk.errors import ValidationError

ERROR_STYLE = "color:#b3261e;"
MUTED_STYLE = "color:#555555;"


class ErrorLabel(QLabel):
    """A validation message under its field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label


class FieldErrors:
    """Sends each field error to the label of its field. A field ``"documenten.x"`` goes to
    the label registered as ``"documenten"`` when there is none for the full name; what no
    label takes goes to the fallback."""

    def __init__(self, fallback: ErrorLabel) -> None:
        self.labels: dict[str, ErrorLabel] = {}
        self.fallback = fallback

    def add(self, field: str, label: ErrorLabel) -> ErrorLabel:
        self.labels[field] = label
        return label

    def clear(self) -> None:
        for label in {*self.labels.values(), self.fallback}:
            label.clear_message()

    def show(
        self, errors: Iterable[ValidationError], text: Callable[[ValidationError], str]
    ) -> None:
        self.clear()
        collected: dict[ErrorLabel, list[str]] = {}
        for error in errors:
            label = self.labels.get(error.field) or self.labels.get(
                error.field.split(".")[0], self.fallback
            )
            collected.setdefault(label, []).append(text(error))
        for label, messages in collected.items():
            label.show_message("\n".join(dict.fromkeys(messages)))


def list_table(
    name: str, sort_column: int = 0, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
) -> QTableView:
    """A sortable, read-only, row-selecting table view, sorted on ``sort_column`` to start."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.sortByColumn(sort_column, order)
    return view


def resort(view: QTableView) -> None:
    """Apply the view's sort indicator to rows that just arrived."""
    header = view.horizontalHeader()
    if header.sortIndicatorSection() >= 0:
        view.model().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


def fit_columns(view: QTableView, fixed: dict[int, str], stretch: int) -> None:
    """Give each ``fixed`` column the width of its sample text (the widest it usually holds)
    or of its title, and the ``stretch`` column whatever room is left, so nothing needs a
    horizontal scroll. Call it after the model is set."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    padding = 2 * metrics.height()  # cell margins, and the sort arrow in a header
    for column, sample in fixed.items():
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        widest = max(
            metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(title)
        )
        view.setColumnWidth(column, widest + padding)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
