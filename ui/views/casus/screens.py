"""The screens of casusregie for ``casedesk screenshots``: the four steps, bad input in
step 3, the regie tab, the gezinsplan versions and the keukentafel. Nothing here is saved:
the one screen that types into the draft throws it away again before the next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from casedesk.domain.vocabulary import CaseStatus, Regime, Step
from casedesk.services import cases, plan
from casedesk.services.cases import CaseFilter, CaseQuery
from casedesk.services.dto import CaseRow
from casedesk.services.plan_draft import empty_middel
from ui.main_window import MainWindow
from ui.views.case_detail import CaseDetailView
from ui.views.casus.bindings import LineBinding
from ui.views.kitchen_table import KitchenTableView

Screen = tuple[str, Callable[[MainWindow], QWidget | None]]


def _settle(window: MainWindow) -> None:
    window.ctx.settle()


def _mine(window: MainWindow) -> list[CaseRow]:
    answer: list[list[CaseRow]] = []
    backend = window.ctx.backend
    window.ctx.run(cases.list_cases, CaseQuery(filter=CaseFilter.MINE), today=backend.today(),
                   me=backend.me, limit=500, on_done=lambda page: answer.append(list(page.rows)))
    _settle(window)
    return [r for r in answer[0] if r.status is not CaseStatus.GESLOTEN]


def _open(window: MainWindow, prefer: Callable[[CaseRow], bool]) -> CaseDetailView:
    """Open one of my cases (the first that fits ``prefer``), as clean as it is stored."""
    rows = _mine(window)
    chosen = next((r for r in rows if prefer(r)), rows[0])
    detail = window.cases.detail
    if detail.dirty:
        detail.doc.reset(detail.base)  # a screen before this one typed: not for keeps
    window.show_page("cases")
    window.cases.open_case(chosen.casus_id)
    _settle(window)
    return detail


def _step(step: Step) -> Callable[[MainWindow], None]:
    def prepare(window: MainWindow) -> None:
        # A casus in the step itself or beyond shows the step filled in.
        detail = _open(window, lambda r: r.stap.number >= max(step.number, 3)
                       and r.regime is Regime.LOKAAL_VRIJWILLIG)
        detail.show_step(step)

    return prepare


def _middelen_fouten(window: MainWindow) -> None:
    """Bad input in step 3: each message next to its field, what was typed still there."""
    detail = _open(window, lambda r: r.stap is Step.MIDDELEN)
    detail.show_step(Step.MIDDELEN)
    editor = detail.middelen.help
    editor.add(empty_middel())
    fields = {b.key[0]: b for b in editor.form_bindings if isinstance(b, LineBinding)}
    for key, text in (("omschrijving", "Gezinscoach Çelik, twee dagdelen per week"),
                      ("aanbieder", "Sterker sociaal werk"), ("start", "01-12-2026"),
                      ("eind", "15-11-2026"), ("kosten", "ongeveer 800")):
        fields[key].edit.setText(text)
    detail.autosave_timer.stop()  # a screenshot is not work to keep
    detail.save()  # refused: the messages show next to the fields


def _regie(window: MainWindow) -> None:
    detail = _open(window, lambda r: r.regime is Regime.VEILIG_THUIS)
    detail.tabs.setCurrentIndex(detail.regie_tab)


def _versies(window: MainWindow) -> None:
    """A casus of mine whose family agreed to a version, compared with the plan now."""
    candidates = [r for r in _mine(window) if r.stap.number >= 3][:20]
    with_versions: list[str] = []
    for row in candidates:
        window.ctx.run(plan.plan_versions, row.casus_id,
                       on_done=lambda versions, row=row: versions and with_versions.append(
                           row.casus_id))
    _settle(window)
    detail = _open(window, lambda r: r.casus_id in with_versions[:1])
    detail.tabs.setCurrentIndex(detail.plan_tab)


def _keukentafel(window: MainWindow) -> QWidget:
    """The family's view, as at the kitchen table (not locked: this is a picture of it)."""
    detail = _open(window, lambda r: r.stap.number >= 3
                   and r.regime is Regime.LOKAAL_VRIJWILLIG)
    assert detail.casus_id is not None
    view = KitchenTableView(window.ctx, detail.casus_id, None)
    view.resize(window.size())
    view.show()
    _settle(window)
    return view


CASUS_SCREENS: list[Screen] = [
    ("stap-1-vraaganalyse", _step(Step.VRAAGANALYSE)),
    ("stap-2-resultaat", _step(Step.RESULTAAT)),
    ("stap-3-middelen", _step(Step.MIDDELEN)),
    ("stap-3-middelen-fouten", _middelen_fouten),
    ("stap-4-toetsing", _step(Step.TOETSING)),
    ("regie", _regie),
    ("gezinsplan-versies", _versies),
    ("keukentafel", _keukentafel),
]
