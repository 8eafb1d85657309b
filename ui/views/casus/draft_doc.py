"""The editor's draft: a JSON tree (``casedesk.services.plan_draft``) with an undo stack.

Every edit is a ``QUndoCommand`` on a path into the tree (``("middelen", 2, "eind")``), so
Ctrl+Z / Ctrl+Shift+Z undo and redo across all four steps until the draft is saved. Consecutive
edits of one field merge into one undo step until the field loses focus.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack

Path = tuple[Any, ...]

_MISSING = object()  # a dict key that did not exist before the edit
_SET_ID = 1


def path_text(path: Path) -> str:
    """The field name the services use in their validation errors: ``middelen.2.eind``."""
    return ".".join(str(p) for p in path)


def related(a: Path, b: Path) -> bool:
    """Whether a change at one path can alter what is shown at the other."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


class Notice:
    """A plain list of callbacks. Qt signals emitted from Python leak a reference to True per
    emit in PySide6 6.12.0 on Python 3.11 (decision 0073; that release is now excluded),
    and the draft notifies on every keystroke."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., None]] = []

    def connect(self, callback: Callable[..., None]) -> None:
        self._callbacks.append(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)


class DraftDocument(QObject):
    """Notices (plain callbacks, see ``Notice``):
    changed: the path whose value changed (a list's path for inserts and removals).
    modified: after every edit, undo or redo; and after ``reset``.
    item_shown: (list path, index) of an item that (re)appeared, to select it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changed, self.modified, self.item_shown = Notice(), Notice(), Notice()
        self.data: dict[str, Any] = {}
        self.stack = QUndoStack(self)
        self._merge_open = False

    # --- reading ------------------------------------------------------------------------

    def get(self, path: Path, default: Any = None) -> Any:
        node: Any = self.data
        for key in path:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    def snapshot(self) -> dict[str, Any]:
        """A deep copy, safe to hand to the database thread."""
        return copy.deepcopy(self.data)

    # --- editing ------------------------------------------------------------------------

    def reset(self, data: dict[str, Any]) -> None:
        """Start over from ``data`` (a loaded casus or a restored draft): nothing to undo."""
        self.data = copy.deepcopy(data)
        self.stack.clear()
        self._merge_open = False
        self.changed.emit(())
        self.modified.emit()

    def set(self, path: Path, value: Any) -> None:
        old = self.get(path, _MISSING)
        if old is not _MISSING and old == value:
            return
        self.stack.push(_SetCommand(self, path, old, copy.deepcopy(value), self._merge_open))
        self._merge_open = True

    def insert(self, path: Path, index: int, item: Any, text: str = "") -> None:
        self.end_merge()
        self.stack.push(_InsertCommand(self, path, index, copy.deepcopy(item), text))

    def remove(self, path: Path, index: int, text: str = "") -> None:
        self.end_merge()
        self.stack.push(_RemoveCommand(self, path, index, text))

    def move(self, path: Path, index: int, to: int, text: str = "") -> None:
        self.end_merge()
        if index != to and 0 <= to < len(self.get(path, [])):
            self.stack.push(_MoveCommand(self, path, index, to, text))

    def end_merge(self) -> None:
        """The next edit starts a new undo step (called when a field loses focus)."""
        self._merge_open = False

    # --- low level, used by the commands ------------------------------------------------

    def _write(self, path: Path, value: Any) -> None:
        parent = self.get(path[:-1])
        if value is _MISSING:
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = copy.deepcopy(value)
        self._announce(path)

    def _announce(self, path: Path) -> None:
        self.changed.emit(path)
        self.modified.emit()


class _SetCommand(QUndoCommand):
    def __init__(self, doc: DraftDocument, path: Path, old: Any, new: Any, mergeable: bool):
        super().__init__(f"wijzigen {path_text(path)}")
        self.doc, self.path, self.old, self.new = doc, path, old, new
        self.mergeable = mergeable

    def id(self) -> int:
        return _SET_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetCommand) or not other.mergeable or other.path != self.path:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc._write(self.path, self.new)

    def undo(self) -> None:
        self.doc._write(self.path, self.old)


class _InsertCommand(QUndoCommand):
    def __init__(self, doc: DraftDocument, path: Path, index: int, item: Any, text: str):
        super().__init__(text or "toevoegen")
        self.doc, self.path, self.index, self.item = doc, path, index, item

    def redo(self) -> None:
        self.doc.get(self.path).insert(self.index, copy.deepcopy(self.item))
        self.doc._announce(self.path)
        self.doc.item_shown.emit(self.path, self.index)

    def undo(self) -> None:
        del self.doc.get(self.path)[self.index]
        self.doc._announce(self.path)


class _RemoveCommand(QUndoCommand):
    def __init__(self, doc: DraftDocument, path: Path, index: int, text: str):
        super().__init__(text or "verwijderen")
        self.doc, self.path, self.index = doc, path, index
        self.item: Any = None

    def redo(self) -> None:
        self.item = self.doc.get(self.path).pop(self.index)
        self.doc._announce(self.path)

    def undo(self) -> None:
        self.doc.get(self.path).insert(self.index, self.item)
        self.doc._announce(self.path)
        self.doc.item_shown.emit(self.path, self.index)


class _MoveCommand(QUndoCommand):
    def __init__(self, doc: DraftDocument, path: Path, index: int, to: int, text: str):
        super().__init__(text or "verplaatsen")
        self.doc, self.path, self.index, self.to = doc, path, index, to

    def _shift(self, a: int, b: int) -> None:
        items = self.doc.get(self.path)
        items.insert(b, items.pop(a))
        self.doc._announce(self.path)
        self.doc.item_shown.emit(self.path, b)

    def redo(self) -> None:
        self._shift(self.index, self.to)

    def undo(self) -> None:
        self._shift(self.to, self.index)


class UndoKeys(QObject):
    """Sends Ctrl+Z / Ctrl+Shift+Z in text fields to the draft's stack instead of the field's
    own little undo, so one undo history covers the whole casus."""

    def __init__(self, doc: DraftDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if undo or redo:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # the key comes to us as a KeyPress, not to a shortcut
                else:
                    self.doc.end_merge()
                    (self.doc.stack.undo if undo else self.doc.stack.redo)()
                return True
        if kind == QEvent.Type.FocusOut:
            self.doc.end_merge()
        return False
