"""Colours and Dutch words of the 18+ screens: one place, so the chart, the list and the plan
agree. Colour is never the only signal: every colour comes with its text."""

from __future__ import annotations

from PySide6.QtGui import QColor

from casedesk.domain.transition18 import TimelinePhase
from casedesk.domain.vocabulary import Plan18Status
from ui.i18n import label, translate_in

STATUS_COLOURS = {
    Plan18Status.NIET_GESTART: QColor("#9aa0a6"),
    Plan18Status.IN_UITVOERING: QColor("#3b78b5"),
    Plan18Status.AFGESPROKEN: QColor("#2f8f6f"),
    Plan18Status.OVERGEDRAGEN: QColor("#1e5e2f"),
}

PHASE_COLOURS = {
    TimelinePhase.OVERDUE: QColor("#b3261e"),
    TimelinePhase.BEYOND: QColor("#7f1d1d"),
    TimelinePhase.AT_RISK: QColor("#a85400"),
    TimelinePhase.UNKNOWN: QColor("#6a1b9a"),
    TimelinePhase.DUE: QColor("#1f5f8b"),
    TimelinePhase.EXTENDED: QColor("#4e3d9e"),
    TimelinePhase.TOO_EARLY: QColor("#5f6368"),
    TimelinePhase.DONE: QColor("#1e5e2f"),
}

STUCK_COLOUR = QColor("#b3261e")


def tr(text: str) -> str:
    # Its own context first, then the empty one lupdate files literal tr("…") calls under.
    return translate_in("transition18", text)


def phase_text(phase: TimelinePhase, status: Plan18Status) -> str:
    """The phase label; with a plan already started, "due" reads "on schedule" and "too early"
    reads "started early"."""
    started = status is not Plan18Status.NIET_GESTART
    if phase is TimelinePhase.DUE and started:
        return tr("Op schema")
    if phase is TimelinePhase.TOO_EARLY and started:
        return tr("Vroeg gestart")
    return label(phase)


def chip_style(colour: QColor, *, filled: bool) -> str:
    if filled:
        return (
            f"background:{colour.name()};color:white;border-radius:9px;padding:2px 10px;"
            "font-weight:bold;"
        )
    return (
        f"color:{colour.name()};border:1px solid {colour.name()};border-radius:9px;"
        "padding:2px 10px;font-weight:bold;"
    )


def age_text(years: int | None) -> str:
    return tr("onbekend") if years is None else tr("%1 jaar").replace("%1", str(years))
