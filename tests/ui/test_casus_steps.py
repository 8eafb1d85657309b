"""Driving the real casus editor through the four steps for a demo household: what is typed
is stored through the services, steps move only for the regiehouder, bijstellen goes back and
keeps the history, bad input is reported next to the field without losing what was typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casedesk.domain.vocabulary import (
    CaseStatus,
    Decision,
    GoalResult,
    ObservationKind,
    SafetyAssessment,
    Step,
)
from casedesk.services import cases, documents, plan, regie
from casedesk.services.backend import Backend
from casedesk.services.cases import CaseQuery
from tests.conftest import NOW
from tests.ui.casus_support import choose, my_casus_at, open_casus, type_text
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle

TODAY = NOW.date()


def stored(backend: Backend, casus_id: str) -> plan.Workspace:
    return backend.call(plan.workspace, casus_id, today=TODAY)


def test_vraaganalyse_is_written_saved_and_concluded(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.VRAAGANALYSE)
    detail = open_casus(window, qtbot, casus_id)
    assert detail.tabs.currentIndex() == detail.step_tabs[Step.VRAAGANALYSE]
    page = detail.vraaganalyse
    youth = next(m for m in detail.detail.leden if m.rol.value == "jeugdige")

    before = len(stored(backend, casus_id).base["vraaganalyse"]["observaties"])
    qtbot.mouseClick(page.observations.add_buttons[1], Qt.MouseButton.LeftButton)  # kracht
    choose(page.observation_for, youth.persoon_id)
    form_text = page.observations.form_bindings[2].widget
    form_text.setPlainText("Kan heel goed voetballen; is trots op zijn zusje.")
    words = next(b for b in detail.binder.bindings
                 if b.path == ("vraaganalyse", "eigen_woorden", youth.persoon_id, "dromen"))
    words.widget.setPlainText("Ik wil later dierenarts worden, net als tante Anaïs.")
    choose(page.safety.combo, SafetyAssessment.ZORGEN.value)
    type_text(page.safety_note.widget, "Spanning thuis; geen geweld gezien.")
    assert detail.dirty and detail.save_button.isEnabled()

    with qtbot.waitSignal(detail.saved, timeout=10000):
        qtbot.keyClick(detail.tabs, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    va = stored(backend, casus_id).base["vraaganalyse"]
    assert len(va["observaties"]) == before + 1
    added = va["observaties"][-1]
    assert (added["persoon_id"], added["soort"], added["tekst"]) == (
        youth.persoon_id, ObservationKind.KRACHT.value,
        "Kan heel goed voetballen; is trots op zijn zusje.")
    assert va["eigen_woorden"][youth.persoon_id]["dromen"] == (
        "Ik wil later dierenarts worden, net als tante Anaïs.")
    assert va["veiligheid"] == "zorgen"
    assert va["veiligheid_toelichting"] == "Spanning thuis; geen geweld gezien."
    assert not detail.dirty and not detail.undo_button.isEnabled()

    with qtbot.waitSignal(detail.moved, timeout=10000):
        qtbot.mouseClick(detail.controls[Step.VRAAGANALYSE].next_button,
                         Qt.MouseButton.LeftButton)
    assert backend.call(regie.regie_view, casus_id).stap is Step.RESULTAAT
    assert detail.tabs.currentIndex() == detail.step_tabs[Step.RESULTAAT]
    settle(ctx)


def test_goals_and_help_with_bad_input_keep_what_was_typed(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.RESULTAAT)
    detail = open_casus(window, qtbot, casus_id)
    goals = detail.resultaat.goals
    qtbot.mouseClick(goals.add_buttons[0], Qt.MouseButton.LeftButton)
    goals.form_bindings[1].widget.setPlainText("Noë gaat weer elke dag naar school.")
    goals.form_bindings[2].widget.setPlainText("Een heel schooljaar zonder verzuim.")
    new_goal_id = detail.doc.get(("doelen",))[-1]["id"]

    # Concluding step 2 saves the draft first.
    with qtbot.waitSignal(detail.moved, timeout=10000):
        qtbot.mouseClick(detail.controls[Step.RESULTAAT].next_button, Qt.MouseButton.LeftButton)
    ws = stored(backend, casus_id)
    assert ws.regie.stap is Step.MIDDELEN
    assert ws.base["doelen"][-1]["omschrijving"] == "Noë gaat weer elke dag naar school."

    help_items = detail.middelen.help
    qtbot.mouseClick(help_items.add_buttons[0], Qt.MouseButton.LeftButton)
    fields = {b.key[0]: b for b in help_items.form_bindings}
    fields["omschrijving"].widget.setText("Gezinscoach thuis")
    type_text(fields["aanbieder"].widget, "Stichting Wijkkracht Beuningen")
    choose(fields["doel_id"].combo, new_goal_id)
    fields["start"].widget.setText("01-12-2026")
    fields["eind"].widget.setText("01-11-2026")
    fields["kosten"].widget.setText("twaalfhonderd")
    # A message appears next to each bad field once it was touched; nothing is lost.
    assert fields["eind"].error.text() == "De einddatum ligt vóór de startdatum."
    assert fields["kosten"].error.text().startswith("Dit is geen bedrag")
    assert not fields["eind"].error.isHidden()

    with qtbot.waitSignal(detail.loaded, timeout=3000, raising=False) as blocker:
        qtbot.keyClick(detail.tabs, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not blocker.signal_triggered  # nothing was written
    assert "kloppen niet" in detail.save_state.text()
    assert fields["eind"].widget.text() == "01-11-2026"
    assert fields["kosten"].widget.text() == "twaalfhonderd"
    assert fields["aanbieder"].widget.text() == "Stichting Wijkkracht Beuningen"

    fields["eind"].widget.setText("31-05-2027")
    fields["kosten"].widget.setText("1.250,50")
    assert fields["eind"].error.isHidden() and fields["kosten"].error.isHidden()

    agreements = detail.middelen.agreements
    qtbot.mouseClick(agreements.add_buttons[0], Qt.MouseButton.LeftButton)
    a_fields = {b.key[0]: b for b in agreements.form_bindings}
    type_text(a_fields["wie"].combo.lineEdit(), "Oma José")
    a_fields["wat"].widget.setPlainText("Haalt de kinderen op woensdag uit school.")
    a_fields["wanneer"].widget.setText("9-12-2026")

    with qtbot.waitSignal(detail.saved, timeout=10000):
        qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    base = stored(backend, casus_id).base
    middel = base["middelen"][-1]
    assert (middel["omschrijving"], middel["aanbieder"], middel["doel_id"], middel["start"],
            middel["eind"], middel["kosten"]) == (
        "Gezinscoach thuis", "Stichting Wijkkracht Beuningen", new_goal_id, "01-12-2026",
        "31-05-2027", "1.250,50")
    afspraak = base["afspraken"][-1]
    assert (afspraak["wie"], afspraak["wanneer"]) == ("Oma José", "09-12-2026")
    settle(ctx)


def test_toetsing_bijstellen_goes_back_and_keeps_the_history(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.TOETSING)
    detail = open_casus(window, qtbot, casus_id)
    goals = detail.doc.get(("doelen",))
    assert goals, "a demo casus in toetsing has goals"
    first = goals[0]["id"]
    outcome = {b.field: b for b in detail.binder.bindings
               if getattr(b, "field", None) and b.path[2] == first}
    choose(outcome["resultaat"].input, GoalResult.DEELS.value)
    outcome["visie_gezin"].input.setPlainText("Het gaat beter, maar nog niet elke week.")
    outcome["visie_professional"].input.setPlainText("Verzuim gehalveerd.")
    controls = detail.controls[Step.TOETSING]
    qtbot.mouseClick(controls.next_button, Qt.MouseButton.LeftButton)
    assert controls.decision_error.text() == "Kies een besluit."  # no decision, no move
    choose(controls.decision, Decision.BIJSTELLEN_RESULTAAT)
    controls.reason.setText("Doel 1 anders formuleren.")

    with qtbot.waitSignal(detail.moved, timeout=10000):
        qtbot.mouseClick(controls.next_button, Qt.MouseButton.LeftButton)
    view = backend.call(regie.regie_view, casus_id)
    assert (view.stap, view.status) == (Step.RESULTAAT, CaseStatus.OPEN)
    last = view.historie[-1]
    assert (last.van, last.naar, last.besluit) == ("toetsing", "resultaat",
                                                   "bijstellen_resultaat")
    assert detail.tabs.currentIndex() == detail.step_tabs[Step.RESULTAAT]
    detail.tabs.setCurrentWidget(detail.history_table)
    history = detail.history.rows[0]
    assert history[4] == "Bijstellen (terug naar resultaat)"
    # The concluded round, with the family's view, stays in the plan's history.
    content = backend.call(documents.gezinsplan_inhoud, casus_id)
    assert any(t.besluit is Decision.BIJSTELLEN_RESULTAAT and any(
        u.visie_gezin == "Het gaat beter, maar nog niet elke week." for u in t.doelen)
        for t in content.toetsingen)
    settle(ctx)


def test_geen_jeugdhulp_closes_the_casus_and_it_can_be_reopened(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.VRAAGANALYSE)
    detail = open_casus(window, qtbot, casus_id)
    controls = detail.controls[Step.VRAAGANALYSE]
    qtbot.mouseClick(controls.none_button, Qt.MouseButton.LeftButton)
    assert controls.confirm_none.isVisible() and controls.reason.isVisible()
    with qtbot.waitSignal(controls.conclude_requested):
        qtbot.mouseClick(controls.confirm_none, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controls.reason_error.isVisible())
    assert controls.reason_error.text() == "Dit veld is verplicht."
    type_text(controls.reason, "Sportclub en buurtcentrum volstaan; eigen kracht.")
    with qtbot.waitSignal(detail.moved, timeout=10000):
        qtbot.mouseClick(controls.confirm_none, Qt.MouseButton.LeftButton)
    view = backend.call(regie.regie_view, casus_id)
    assert view.status is CaseStatus.GESLOTEN
    assert view.historie[-1].besluit == "geen_jeugdhulp"
    assert not detail.save_button.isEnabled()
    # Closed: the editor is read-only, and the current step's bar offers reopening.
    assert detail.resultaat.goals.add_buttons[0].isEnabled() is False
    closed_controls = detail.controls[view.stap]
    assert closed_controls.reopen_button.isVisible()
    closed_controls.reason.setText("School meldt opnieuw verzuim.")
    with qtbot.waitSignal(detail.moved, timeout=10000):
        qtbot.mouseClick(closed_controls.reopen_button, Qt.MouseButton.LeftButton)
    view = backend.call(regie.regie_view, casus_id)
    assert (view.stap, view.status) == (Step.VRAAGANALYSE, CaseStatus.OPEN)
    assert detail.resultaat.goals.add_buttons[0].isEnabled()
    settle(ctx)


def test_someone_else_sees_the_step_controls_off_and_may_contribute(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    page = backend.call(cases.list_cases, CaseQuery(), today=TODAY, me=backend.me, limit=200)
    team = next(r.team for r in page.rows if r.mine)  # a colleague's casus: in scope
    other = next(r for r in page.rows
                 if not r.mine and r.team == team and r.status is CaseStatus.OPEN)
    detail = open_casus(window, qtbot, other.casus_id)
    controls = detail.controls[other.stap]
    assert not controls.next_button.isEnabled()
    assert "Alleen de casusregisseur" in controls.status.text()
    assert other.casusregisseur in controls.status.text()
    assert not detail.resultaat.goals.add_buttons[0].isEnabled()
    assert detail.vraaganalyse.aanleiding.isReadOnly()
    contributions = detail.contributions
    detail.tabs.setCurrentIndex(detail.contributions_tab)
    contributions.text.setPlainText("Moeder belde: het gaat beter met Zoë.")
    with qtbot.waitSignal(detail.loaded, timeout=10000):
        qtbot.mouseClick(contributions.add_button, Qt.MouseButton.LeftButton)
    view = backend.call(regie.regie_view, other.casus_id)
    assert view.bijdragen[0].tekst == "Moeder belde: het gaat beter met Zoë."
    assert "het gaat beter met Zoë" in contributions.list.toPlainText()
    assert view.stap is other.stap
    settle(ctx)


def test_the_default_next_evaluation_follows_the_gemeente(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.TOETSING)
    detail = open_casus(window, qtbot, casus_id)
    controls = detail.controls[Step.TOETSING]
    detail.toetsing.next_date.widget.setText("15-01-2027")
    choose(controls.decision, Decision.WAAKVLAM)
    with qtbot.waitSignal(detail.moved, timeout=10000):
        qtbot.mouseClick(controls.next_button, Qt.MouseButton.LeftButton)
    view = backend.call(regie.regie_view, casus_id)
    assert view.status is CaseStatus.WAAKVLAM
    assert view.volgende_evaluatie == date(2027, 1, 15)
    settle(ctx)
