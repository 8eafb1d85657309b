"""The gezinsplan tab: recording the family's agreement freezes a version (saving the draft
first), later edits are the next concept, and two versions can be compared. Its table models
and the editor's list model pass the Qt model tester."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.domain.vocabulary import AgreementMethod, Step
from casedesk.services import plan
from casedesk.services.backend import Backend
from casedesk.services.plan import FieldChange, ItemChange, PlanVersionView
from casedesk.services.plan_draft import empty_goal
from tests.ui.casus_support import choose, my_casus_at, open_casus, type_text
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle
from ui.views.casus.bindings import Binder
from ui.views.casus.draft_doc import DraftDocument
from ui.views.casus.item_list import Column, DraftListModel
from ui.views.casus.plan_models import ChangeColumn, ComparisonModel, VersionTableModel
from ui.views.casus.rows_model import RowsModel


def test_agreeing_freezes_a_version_and_versions_can_be_compared(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.MIDDELEN)
    detail = open_casus(window, qtbot, casus_id)
    versions_before = len(backend.call(plan.plan_versions, casus_id))
    goals = detail.resultaat.goals
    qtbot.mouseClick(goals.add_buttons[0], Qt.MouseButton.LeftButton)
    goals.form_bindings[1].widget.setPlainText("Vader en moeder maken samen een weekrooster.")

    detail.tabs.setCurrentIndex(detail.plan_tab)
    view = detail.plan_view
    view.who.setEditText("")
    type_text(view.who.lineEdit(), "Anaïs en Joël")
    view.when.setText("32-11-2026")
    choose(view.how, AgreementMethod.HANDTEKENING)
    qtbot.mouseClick(view.agree_button, Qt.MouseButton.LeftButton)
    assert view.errors["akkoord_op"].text().startswith("Dit is geen datum")
    assert detail.dirty  # nothing saved, nothing lost
    assert view.who.currentText() == "Anaïs en Joël"

    view.when.setText("01-11-2026")
    with qtbot.waitSignal(detail.moved, timeout=10000):
        qtbot.mouseClick(view.agree_button, Qt.MouseButton.LeftButton)
    versions = backend.call(plan.plan_versions, casus_id)
    assert len(versions) == versions_before + 1
    latest = versions[-1]
    assert (latest.akkoord_door, latest.akkoord_op, latest.akkoord_wijze) == (
        "Anaïs en Joël", date(2026, 11, 1), "handtekening")
    assert not detail.dirty  # the draft was saved before freezing
    assert view.versions.rowCount() == len(versions)
    assert f"Versie {latest.versie} is akkoord" in view.status.text()
    qtbot.waitUntil(lambda: "Sindsdien is niets gewijzigd." in view.status.text())

    # A later edit is the concept of the next version; compare it with the agreed one.
    goals.select(goals.model.rowCount() - 1)
    goals.form_bindings[2].widget.setPlainText("Het rooster hangt op de koelkast.")
    with qtbot.waitSignal(detail.saved, timeout=10000):
        qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"concept van versie {latest.versie + 1}" in view.status.text())
    # The comparison starts at "latest agreed version → the plan now".
    assert view.left.currentData() == latest.versie
    expected = ["Doelen", "Gewijzigd", "Vader en moeder maken samen een weekrooster.",
                "Eindsituatie", "—", "Het rooster hangt op de koelkast."]

    def rows() -> list[list[str]]:
        model = view.comparison
        return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
                for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: rows() == [expected])
    choose(view.right, latest.versie)  # a version with itself: nothing changed
    qtbot.waitUntil(lambda: rows() == [])
    assert view.comparison_note.text() == "Geen verschillen."
    settle(ctx)


def test_the_plan_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    versions = VersionTableModel()
    versions.reset([PlanVersionView(1, "Anaïs de Wit", date(2026, 3, 1), "in_persoon", 2, 1, 3),
                    PlanVersionView(2, "Anaïs de Wit", date(2026, 9, 1), "handtekening",
                                    3, 2, 1)])
    qtmodeltester.check(versions)
    assert versions.data(versions.index(0, 0)) == "Versie 2"
    assert versions.data(versions.index(0, 3)) == "Met handtekening"

    comparison = ComparisonModel()
    comparison.reset([
        ItemChange("middelen", "gewijzigd", "Gezinscoach", (
            FieldChange("eind", "2027-05-31", "2027-06-30"),
            FieldChange("kosten_cent", 125050, None))),
        ItemChange("afspraken", "verwijderd", "Belt de school.", ()),
    ])
    qtmodeltester.check(comparison)
    row = [comparison.data(comparison.index(1, c)) for c in ChangeColumn]
    assert row == ["Hulp", "Gewijzigd", "Gezinscoach", "Kosten", "€\u00a01.250,50", "—"]
    assert comparison.data(comparison.index(0, ChangeColumn.WORDT)) == "30-06-2027"


def test_the_rows_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RowsModel(["Wanneer", "Wat"])
    model.reset([("02-11-2026 10:30", "Regie gewijzigd"), ("01-11-2026 09:00", "Geopend")])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.text(1, 1) == "Geopend"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Wanneer"


def test_the_draft_list_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    doc = DraftDocument()
    binder = Binder(doc)
    goals = [empty_goal() for _ in range(3)]
    for i, g in enumerate(goals):
        g["omschrijving"] = f"Doel {i + 1}"
    doc.reset({"doelen": goals})
    model = DraftListModel(binder, ("doelen",), [
        Column("Doel", lambda g: g["omschrijving"]),
        Column("Eind", lambda g: g["eindsituatie"])])
    qtmodeltester.check(model)
    doc.set(("doelen", 1, "omschrijving"), "Rust in huis")
    assert model.data(model.index(1, 0)) == "Rust in huis"
    doc.remove(("doelen",), 0)
    assert model.rowCount() == 2
    doc.stack.undo()
    assert model.rowCount() == 3 and model.data(model.index(0, 0)) == "Doel 1"
    binder.show_all = True
    binder.errors = {"doelen.2.omschrijving": "Dit veld is verplicht."}
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole) == "Dit veld is verplicht."
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is not None
