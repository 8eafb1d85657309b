"""Two-way links between input widgets and a path in the draft, and the red message next to
each field.

A binding writes what the user types into the draft (one undoable edit per field visit) and
shows the draft's value again after undo, redo or a reload. Its path may be a relative key
(``"eind"``) under a prefix that an item form moves from row to row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.views.casus.draft_doc import DraftDocument, Path, UndoKeys, path_text, related

ERROR_COLOUR = QColor("#b3261e")


def error_label() -> QLabel:
    """The red message next to a field (a palette, not a style sheet: hundreds of these are
    made, and a style sheet per widget is slow to apply)."""
    label = QLabel()
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    """The input with its message right under it, as one row of a form."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class Binding(QObject):
    """Base: a widget, its path, its error label; subclasses move the value."""

    def __init__(self, binder: Binder, widget: QWidget, key: Path, prefix: Path = ()) -> None:
        super().__init__(widget)
        self.binder, self.widget, self.key, self.prefix = binder, widget, key, prefix
        self.error = error_label()
        self._updating = False
        self._shown_error = ""
        self._state: tuple[bool, bool] | None = None
        widget.installEventFilter(binder.undo_keys)
        binder.bindings.append(self)

    @property
    def path(self) -> Path | None:
        return None if self.prefix is None else (*self.prefix, *self.key)

    @property
    def doc(self) -> DraftDocument:
        return self.binder.doc

    def rebind(self, prefix: Path | None) -> None:
        """Point the binding at another item (None: nothing selected)."""
        self.prefix = prefix
        self.apply_state()
        self.refresh()

    def apply_state(self) -> None:
        """Text inputs of someone who may not edit stay readable (read-only); choices are off."""
        bound, editable = self.path is not None, self.binder.editable
        if self._state == (bound, editable):
            return  # fewer Qt calls: opening a casus touches every binding
        self._state = (bound, editable)
        if isinstance(self.widget, QLineEdit | QPlainTextEdit):
            self.widget.setEnabled(bound)
            self.widget.setReadOnly(not editable)
        else:
            self.widget.setEnabled(bound and editable)

    def write(self, value: Any) -> None:
        if self._updating or self.path is None:
            return
        self.binder.touched.add(path_text(self.path))
        self.doc.set(self.path, value)

    def refresh(self) -> None:
        value = self.doc.get(self.path) if self.path is not None else None
        self._updating = True
        try:
            self.show_value(value)
        finally:
            self._updating = False
        self.show_error()

    def show_error(self) -> None:
        if not self.binder.errors and not self._shown_error:
            return  # the common case, kept cheap: opening a casus touches every binding
        message = self.binder.message_for(self.path) if self.path is not None else ""
        if message != self._shown_error:
            self._shown_error = message
            self.error.setText(message)
            self.error.setVisible(bool(message))

    def show_value(self, value: Any) -> None:
        raise NotImplementedError


class LineBinding(Binding):
    def __init__(self, binder: Binder, widget: QLineEdit, key: Path, prefix: Path = ()):
        super().__init__(binder, widget, key, prefix)
        self.edit = widget
        widget.textChanged.connect(self.write)

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.edit.text() != text:
            self.edit.setText(text)


class TextBinding(Binding):
    def __init__(self, binder: Binder, widget: QPlainTextEdit, key: Path, prefix: Path = ()):
        super().__init__(binder, widget, key, prefix)
        self.edit = widget
        widget.setUndoRedoEnabled(False)  # the draft's stack undoes, not the field
        widget.setTabChangesFocus(True)
        widget.textChanged.connect(lambda: self.write(self.edit.toPlainText()))

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.edit.toPlainText() != text:
            cursor = self.edit.textCursor().position()
            self.edit.setPlainText(text)
            moved = self.edit.textCursor()
            moved.setPosition(min(cursor, len(text)))
            self.edit.setTextCursor(moved)


class ComboBinding(Binding):
    """A choice stored as its code (or None); ``items`` are (code, text)."""

    def __init__(
        self,
        binder: Binder,
        widget: QComboBox,
        key: Path,
        prefix: Path = (),
        items: Sequence[tuple[Any, str]] = (),
    ):
        super().__init__(binder, widget, key, prefix)
        self.combo = widget
        self.set_items(items)
        widget.currentIndexChanged.connect(lambda _: self.write(self.combo.currentData()))

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        self._updating = True
        try:
            self.combo.clear()
            for code, text in items:
                self.combo.addItem(text, code)
        finally:
            self._updating = False
        if self.path is not None:
            self.refresh()

    def show_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0) if value is not None else index)


class EditableComboBinding(Binding):
    """Free text with suggestions (who owns an afspraak: a member, the netwerk, the regisseur)."""

    def __init__(self, binder: Binder, widget: QComboBox, key: Path, prefix: Path = ()):
        super().__init__(binder, widget, key, prefix)
        self.combo = widget
        widget.setEditable(True)
        widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = widget.lineEdit()
        line.installEventFilter(binder.undo_keys)
        line.textChanged.connect(self.write)
        widget.activated.connect(lambda _: self.write(self.combo.currentText()))

    def set_suggestions(self, names: Sequence[str]) -> None:
        self._updating = True
        try:
            text = self.combo.currentText()
            self.combo.clear()
            self.combo.addItems(list(names))
            self.combo.setEditText(text)
        finally:
            self._updating = False

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.combo.currentText() != text:
            self.combo.setEditText(text)


class CheckBinding(Binding):
    def __init__(self, binder: Binder, widget: QCheckBox, key: Path, prefix: Path = ()):
        super().__init__(binder, widget, key, prefix)
        self.check = widget
        widget.toggled.connect(self.write)

    def show_value(self, value: Any) -> None:
        self.check.setChecked(bool(value))


class MemberCheckBinding(Binding):
    """A check box for "``code`` is in the list at path" (the breadth topics discussed)."""

    def __init__(self, binder: Binder, widget: QCheckBox, key: Path, code: str):
        super().__init__(binder, widget, key)
        self.check, self.code = widget, code
        widget.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        current = list(self.doc.get(self.path or (), []) or [])
        if on and self.code not in current:
            current.append(self.code)
        elif not on and self.code in current:
            current.remove(self.code)
        self.write(current)

    def show_value(self, value: Any) -> None:
        self.check.setChecked(self.code in (value or []))


class Binder(QObject):
    """Keeps every binding of one editor in step with its draft and its validation errors."""

    def __init__(self, doc: DraftDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_keys = UndoKeys(doc, self)
        self.bindings: list[Binding] = []
        self.errors: dict[str, str] = {}
        self.touched: set[str] = set()
        self.show_all = False  # after a save attempt every message shows, touched or not
        self.editable = True
        self.listeners: list[Callable[[Path], None]] = []
        doc.changed.connect(self._changed)

    def message_for(self, path: Path) -> str:
        key = path_text(path)
        if not (self.show_all or key in self.touched):
            return ""
        return self.errors.get(key, "")

    def set_errors(self, errors: dict[str, str]) -> None:
        self.errors = errors
        for binding in self.bindings:
            binding.show_error()

    def _changed(self, path: Path) -> None:
        for binding in self.bindings:
            if binding.path is not None and related(binding.path, path):
                binding.refresh()
        for listener in self.listeners:
            listener(path)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for binding in self.bindings:
            binding.apply_state()

    def refresh_all(self) -> None:
        for binding in self.bindings:
            binding.refresh()
