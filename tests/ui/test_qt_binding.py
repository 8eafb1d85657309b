"""Guards against the PySide6 release that drained None and True on Python 3.11 (decision 0073).

Every void Qt call and every Python-emitted signal lost one reference; a long session of the
client then aborted with ``none_dealloc``. casedesk excludes that release; this test fails
if a future pin brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    changed = Signal(bool)


def test_void_calls_and_signals_keep_none_and_true_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    received: list[bool] = []
    emitter.changed.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("x")
        emitter.changed.emit(True)
    assert len(received) == 500
    # A little slack for unrelated references taken meanwhile; the bug lost 500 of each.
    assert none_before - sys.getrefcount(None) < 50
    assert true_before - sys.getrefcount(True) < 50
