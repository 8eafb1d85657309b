"""Small pieces the step pages share: inputs of a sensible size, headings, scrolling, and the
choice "for whom" (a member or the whole household)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from casedesk.services.dto import MemberView
from ui.i18n import translate_in


def tr(text: str) -> str:
    # Its own context first, then the empty one lupdate files literal tr("…") calls under.
    return translate_in("casus", text)


def timestamp(moment: datetime) -> str:
    """12-03-2026 10:30: for long lists (babel is too slow to call per row)."""
    return moment.strftime("%d-%m-%Y %H:%M")


def text_box(accessible: str, lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    return edit


def line(accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def date_line(accessible: str, placeholder: str = "dd-mm-jjjj") -> QLineEdit:
    """A date typed as text (dd-mm-jjjj): a half-typed date is kept, and said to be wrong."""
    edit = line(accessible, placeholder)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * 30))
    return edit


def combo(accessible: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    # Long choices (a goal's description) must not stretch the form.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(18)
    return box


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight:bold;font-size:11pt;margin-top:6px;")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color:#555555;")
    return label


def scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def person_choices(members: Sequence[MemberView]) -> list[tuple[Any, str]]:
    return [(None, tr("Hele huishouden"))] + [(m.persoon_id, m.naam) for m in members]


def member_name(members: dict[str, str], persoon_id: str | None) -> str:
    return members.get(persoon_id or "", "") or tr("Hele huishouden")
