"""The 18+ page with real widgets on a demo profile (fixed clock, 2 November 2026): the timeline
and its list, filling a toekomstplan for a demo youth and handing it over, the checks next to
the fields, Tussen wal en schip, the casus button and the gemeente settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.dates import age_on
from casedesk.domain.transition18 import URGENCY, ChecklistItem, TimelinePhase
from casedesk.domain.vocabulary import (
    AanmeldingStatus,
    AgreementMethod,
    Financing18,
    MemberRole,
    Plan18Status,
    Theme18,
    ThemeStatus,
)
from casedesk.services import access
from casedesk.services import transition18 as t18
from casedesk.services.backend import Backend
from casedesk.store.models import Persoon
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import SCREENS, settle
from ui.views.transition18.page import PAGE_KEY, Transition18Page
from ui.views.transition18.plan_view import PlanEditorView
from ui.views.transition18.settings_dialog import GemeenteSettingsDialog
from ui.views.transition18.theme_editor import GEDAAN, WANNEER, WAT, WIE
from ui.views.transition18.timeline_model import ROW_ROLE, TimelineColumn

TODAY = date(2026, 11, 2)


def page_of(window: MainWindow) -> Transition18Page:
    page = window.pages.widget(window.page_keys.index(PAGE_KEY))
    assert isinstance(page, Transition18Page)
    return page


def show_region(window: MainWindow, qtbot: QtBot) -> Transition18Page:
    page = page_of(window)
    with qtbot.waitSignal(page.timeline.loaded, timeout=20_000):
        window.show_page(PAGE_KEY)
    with qtbot.waitSignal(page.timeline.loaded, timeout=20_000):
        page.timeline.select_scope("region")
    return page


def open_row(page: Transition18Page, qtbot: QtBot, row: t18.TimelineRow) -> PlanEditorView:
    with qtbot.waitSignal(page.plan.loaded, timeout=20_000):
        page.open_from_timeline(row)
    assert page.currentWidget() is page.plan
    return page.plan


def a_row(page: Transition18Page, wanted: Callable[[t18.TimelineRow], bool]) -> t18.TimelineRow:
    assert page.timeline.timeline is not None
    rows = [r for r in page.timeline.timeline.rows if wanted(r)]
    assert rows, "the demo profile should hold such a young person"
    return rows[0]


def under_18_not_agreed(r: t18.TimelineRow) -> bool:
    return (
        r.leeftijd is not None
        and 16 <= r.leeftijd < 18
        and r.status in (Plan18Status.NIET_GESTART, Plan18Status.IN_UITVOERING)
        and r.stuck == 0
    )


def _youth_birth_dates(session: Session) -> list[date | None]:
    return list(
        session.scalars(
            select(Persoon.geboortedatum).where(Persoon.rol == MemberRole.JEUGDIGE.value)
        )
    )


def test_the_demo_has_youths_at_every_point_of_16_to_23(backend: Backend) -> None:
    born = backend.call(_youth_birth_dates)
    ages = {age_on(b, TODAY) for b in born if b is not None}
    assert set(range(16, 23)) <= ages
    assert None in born  # a young person without a known birth date
    assert any(b is not None and (b.month, b.day) == (2, 29) for b in born)


class TestTimeline:
    def test_my_cases_by_default_and_the_whole_region(
        self, window: MainWindow, qtbot: QtBot, backend: Backend
    ) -> None:
        page = page_of(window)
        with qtbot.waitSignal(page.timeline.loaded, timeout=20_000):
            window.show_page(PAGE_KEY)
        mine = page.timeline.timeline
        assert mine is not None and all(r.mine for r in mine.rows)
        with qtbot.waitSignal(page.timeline.loaded, timeout=20_000):
            page.timeline.select_scope("region")
        region = page.timeline.timeline
        assert region is not None and len(region.rows) > len(mine.rows)
        # From 16 on, past 18 for those not (long) handed over, and unknown birth dates.
        ages = {r.leeftijd for r in region.rows}
        assert {16, 17, 18, None} <= ages and max(a for a in ages if a is not None) >= 20
        phases = {r.phase for r in region.rows}
        assert TimelinePhase.UNKNOWN in phases and len(phases) >= 4
        assert "jongeren" in page.timeline.summary.text()

    def test_a_team(self, window: MainWindow, qtbot: QtBot, backend: Backend) -> None:
        page = show_region(window, qtbot)
        team_row = page.timeline.timeline.rows[0]  # type: ignore[union-attr]
        teams = [
            page.timeline.scope.itemData(i)
            for i in range(page.timeline.scope.count())
            if str(page.timeline.scope.itemData(i) or "").startswith("team:")
        ]
        assert len(teams) == 10
        for key in teams:
            with qtbot.waitSignal(page.timeline.loaded, timeout=20_000):
                page.timeline.select_scope(key)
            rows = page.timeline.timeline.rows  # type: ignore[union-attr]
            if any(r.persoon_id == team_row.persoon_id for r in rows):
                assert {r.team for r in rows} == {team_row.team}
                return
        pytest.fail("the young person's team was not among the teams")

    def test_chart_and_list_show_the_same_rows(
        self, window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
    ) -> None:
        page = show_region(window, qtbot)
        view = page.timeline
        qtmodeltester.check(view.model)
        assert view.chart.rows == view.shown
        assert view.model.rowCount() == len(view.shown)
        first = view.proxy.index(0, TimelineColumn.NAAM)
        assert view.proxy.data(first, ROW_ROLE) == view.shown[0]
        # Most urgent first.
        ranks = [URGENCY[r.phase] for r in view.shown]
        assert ranks == sorted(ranks)
        unknown = next(i for i, r in enumerate(view.shown) if r.phase is TimelinePhase.UNKNOWN)
        fase = view.proxy.index(unknown, TimelineColumn.FASE)
        assert view.proxy.data(fase) == "Geboortedatum onbekend"
        assert view.proxy.data(view.proxy.index(unknown, TimelineColumn.WORDT_18)) == "onbekend"
        # The list opens a plan from the keyboard just as the chart does.
        view.tabs.setCurrentIndex(1)
        assert view.open_button.isEnabled()
        view.table.setFocus()
        with qtbot.waitSignal(view.open_requested) as opened:
            qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert opened.args == [view.shown[0]]

    def test_filters(self, window: MainWindow, qtbot: QtBot) -> None:
        view = show_region(window, qtbot).timeline
        view.phase.setCurrentIndex(view.phase.findData(TimelinePhase.UNKNOWN.value))
        assert view.shown and all(r.phase is TimelinePhase.UNKNOWN for r in view.shown)
        assert "onbekend" in view.chart.accessibleDescription()
        view.phase.setCurrentIndex(0)
        name = view.shown[3].naam
        view.search.setText(name)
        assert view.shown and all(name.lower() in r.naam.lower() for r in view.shown)
        assert "getoond" in view.summary.text()

    def test_keyboard_on_the_chart(self, window: MainWindow, qtbot: QtBot) -> None:
        view = show_region(window, qtbot).timeline
        chart = view.chart
        chart.setFocus()
        assert chart.current == 0
        qtbot.keyClick(chart, Qt.Key.Key_Down)
        qtbot.keyClick(chart, Qt.Key.Key_Down)
        assert chart.current == 2
        assert view.shown[2].naam in chart.accessibleDescription()
        qtbot.keyClick(chart, Qt.Key.Key_End)
        assert chart.current == len(view.shown) - 1
        with qtbot.waitSignal(view.open_requested) as opened:
            qtbot.keyClick(chart, Qt.Key.Key_Return)
        assert opened.args == [view.shown[-1]]


class TestPlan:
    def test_fill_a_plan_for_a_demo_youth_and_hand_it_over(
        self, window: MainWindow, qtbot: QtBot, backend: Backend, ctx: AppContext
    ) -> None:
        page = show_region(window, qtbot)
        row = a_row(page, under_18_not_agreed)
        assert page.timeline.open_button.text() in ("Toekomstplan openen", "Toekomstplan starten")
        plan = open_row(page, qtbot, row)
        assert plan.plan is not None and plan.plan.persoon_id == row.persoon_id
        plan_id = plan.plan.plan_id

        # All five leefthema's, the young person's own words with Dutch characters.
        for theme in Theme18:
            editor = plan.editors[theme]
            editor.situatie.setPlainText(f"Situatie {theme.value}: woont bij oma in Groesbeek.")
            editor.doel.setPlainText(f"Ik wil het zelf regelen — {theme.value}, ook na mijn 18e.")
            editor.financiering.setCurrentIndex(
                editor.financiering.findData(Financing18.MAATWERKBUDGET.value)
            )
            editor.status.setCurrentIndex(editor.status.findData(ThemeStatus.LOOPT.value))
        wonen = plan.editors[Theme18.WONEN]
        plan.theme_list.setCurrentRow(1)
        qtbot.mouseClick(wonen.add_button, Qt.MouseButton.LeftButton)
        wonen.action_table.item(0, WAT).setText("Inschrijven bij Entree; kamer zoeken")
        wonen.action_table.item(0, WIE).setText("Zoë en de mentor")
        wonen.action_table.item(0, WANNEER).setText("15-12-2026")
        wonen.action_table.item(0, GEDAAN).setCheckState(Qt.CheckState.Checked)
        # The checklist of what changes at 18.
        plan.tabs.setCurrentIndex(1)
        plan.checklist.owners[ChecklistItem.DIGID].setText("Jongere")
        plan.checklist.owners[ChecklistItem.ZORGVERZEKERING].setText("Moeder")
        plan.checklist.done[ChecklistItem.ZORGVERZEKERING].setChecked(True)
        assert plan.dirty
        with qtbot.waitSignal(plan.saved, timeout=20_000):
            qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)
        assert not plan.dirty

        stored = backend.call(t18.get_plan, plan_id)
        assert stored.status is Plan18Status.IN_UITVOERING
        assert [t.situatie for t in stored.themes] == [
            f"Situatie {t.value}: woont bij oma in Groesbeek." for t in Theme18
        ]
        assert stored.themes[0].doel == "Ik wil het zelf regelen — support, ook na mijn 18e."
        assert {t.financiering for t in stored.themes} == {Financing18.MAATWERKBUDGET}
        action = stored.themes[1].acties[0]
        assert (action.wat, action.wie, action.wanneer, action.gedaan) == (
            "Inschrijven bij Entree; kamer zoeken",
            "Zoë en de mentor",
            date(2026, 12, 15),
            True,
        )
        checklist = {c.item: c for c in stored.checklist}
        assert checklist[ChecklistItem.DIGID].wie == "Jongere"
        assert checklist[ChecklistItem.ZORGVERZEKERING].gedaan

        # The young person's own agreement; under 18 the parents may agree as well.
        plan.tabs.setCurrentIndex(2)
        agreement = plan.closing.agreement
        assert not agreement.parents.isHidden()
        agreement.date.setText("01-11-2026")
        agreement.method.setCurrentIndex(
            agreement.method.findData(AgreementMethod.IN_PERSOON.value)
        )
        agreement.parents.setChecked(True)
        with qtbot.waitSignal(plan.saved, timeout=20_000):
            qtbot.mouseClick(agreement.button, Qt.MouseButton.LeftButton)
        stored = backend.call(t18.get_plan, plan_id)
        assert stored.status is Plan18Status.AFGESPROKEN
        assert stored.akkoord_door is ConsentGiver.JEUGDIGE_EN_OUDERS
        assert stored.akkoord_op == date(2026, 11, 1)

        # The warme overdracht.
        handover = plan.closing.handover
        handover.organisatie.setText("Wmo-team Nijmegen")
        handover.persoon.setText("Jeroen Kuipers")
        handover.op.setText("02-11-2026")
        handover.inhoud.setPlainText("Toekomstplan besproken; kennismaking met Zoë gedaan.")
        handover.contact.setText("Jeroen Kuipers")
        handover.waakvlam.setText("01-02-2027")
        with qtbot.waitSignal(plan.saved, timeout=20_000):
            qtbot.mouseClick(handover.button, Qt.MouseButton.LeftButton)
        stored = backend.call(t18.get_plan, plan_id)
        assert stored.status is Plan18Status.OVERGEDRAGEN
        assert stored.overdracht == t18.HandoverView(
            "Wmo-team Nijmegen",
            "Jeroen Kuipers",
            date(2026, 11, 2),
            "Toekomstplan besproken; kennismaking met Zoë gedaan.",
            "Jeroen Kuipers",
            date(2027, 2, 1),
        )
        assert plan.status_chip.text() == "Overgedragen"
        assert "Overgedragen" in plan.closing.handover.current.text()

        # Back on the timeline the young person is done.
        with qtbot.waitSignal(page.timeline.loaded, timeout=20_000):
            qtbot.mouseClick(plan.back, Qt.MouseButton.LeftButton)
        settle(ctx)
        assert page.currentWidget() is page.timeline
        done = [r for r in page.timeline.timeline.rows if r.persoon_id == row.persoon_id]  # type: ignore[union-attr]
        assert done and done[0].phase is TimelinePhase.DONE

    def test_bad_input_is_shown_next_to_the_field_and_kept(
        self, window: MainWindow, qtbot: QtBot, backend: Backend
    ) -> None:
        page = show_region(window, qtbot)
        plan = open_row(page, qtbot, a_row(page, under_18_not_agreed))
        assert plan.plan is not None
        zorg = plan.editors[Theme18.ZORG_WELZIJN]
        before = plan.plan.themes[4].situatie
        zorg.situatie.setPlainText("Behandeling loopt door na 18.")
        zorg.add_action()
        new = zorg.action_table.rowCount() - 1
        zorg.action_table.item(new, WIE).setText("Jongere")
        zorg.action_table.item(new, WANNEER).setText("31-02-2027")
        plan.theme_list.setCurrentRow(0)
        qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not zorg.actions_error.isHidden(), timeout=20_000)
        assert zorg.actions_error.text().splitlines() == [
            f"Actie {new + 1}, kolom Actie: Dit veld is verplicht.",
            f"Actie {new + 1}, kolom Wanneer: Dit is geen datum. Schrijf hem als dd-mm-jjjj, "
            "bijvoorbeeld 15-03-2027.",
        ]
        assert plan.theme_list.currentRow() == 4  # the theme with the errors is shown
        assert "Niet opgeslagen" in plan.message.text()
        assert zorg.situatie.toPlainText() == "Behandeling loopt door na 18."
        assert zorg.action_table.item(new, WANNEER).text() == "31-02-2027"
        assert backend.call(t18.get_plan, plan.plan.plan_id).themes[4].situatie == before

        handover = plan.closing.handover
        handover.organisatie.setText("Pro Persona")
        handover.op.setText("volgende week")
        qtbot.mouseClick(handover.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not handover.errors["overdracht_op"].isHidden(), timeout=20_000)
        assert handover.errors["overdracht_persoon"].text() == "Dit veld is verplicht."
        assert handover.errors["overdracht_organisatie"].isHidden()
        assert handover.organisatie.text() == "Pro Persona"

    def test_from_18_parents_are_not_asked(self, window: MainWindow, qtbot: QtBot) -> None:
        page = show_region(window, qtbot)
        row = a_row(page, lambda r: r.leeftijd is not None and r.leeftijd >= 18)
        plan = open_row(page, qtbot, row)
        agreement = plan.closing.agreement
        assert agreement.parents.isHidden()
        assert "niet meer om akkoord gevraagd" in agreement.rule.text()

    def test_stuck_theme_prepares_a_tussen_wal_en_schip_aanmelding(
        self, window: MainWindow, qtbot: QtBot, backend: Backend
    ) -> None:
        page = show_region(window, qtbot)
        row = a_row(
            page,
            lambda r: (
                r.plan_id is not None
                and r.stuck == 0
                and backend.call(t18.get_plan, r.plan_id).tws is None
            ),
        )
        plan = open_row(page, qtbot, row)
        assert plan.plan is not None and plan.plan.tws is None
        assert not plan.tws_button.isEnabled()
        inkomen = plan.editors[Theme18.INKOMEN]
        inkomen.status.setCurrentIndex(inkomen.status.findData(ThemeStatus.VASTGELOPEN.value))
        assert plan.tws_button.isEnabled()
        assert "Vastgelopen" in plan.theme_list.item(2).text()
        qtbot.mouseClick(plan.tws_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Concept-aanmelding" in plan.message.text(), timeout=20_000)
        stored = backend.call(t18.get_plan, plan.plan.plan_id)
        assert stored.stuck == (Theme18.INKOMEN,)
        assert stored.tws is not None and stored.tws.status is AanmeldingStatus.CONCEPT


def test_the_casus_button_opens_the_plan_and_comes_back(
    window: MainWindow, qtbot: QtBot, backend: Backend, ctx: AppContext
) -> None:
    page = show_region(window, qtbot)
    rows = page.timeline.timeline.rows  # type: ignore[union-attr]
    single = next(
        r for r in rows if len(backend.call(t18.youths_for_case, r.casus_id, today=TODAY)) == 1
        and backend.call(access.reach, r.casus_id) is not access.Reach.NONE
    )
    window.show_page("cases")
    with qtbot.waitSignal(window.cases.detail.loaded, timeout=20_000):
        window.cases.open_case(single.casus_id)
    button = next(
        b for b in window.cases.detail.findChildren(QPushButton) if b.text() == "Toekomstplan 18+"
    )
    with qtbot.waitSignal(page.plan.loaded, timeout=20_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is page
    assert page.plan.plan is not None and page.plan.plan.persoon_id == single.persoon_id
    assert single.plan_id in (None, page.plan.plan.plan_id)
    with qtbot.waitSignal(window.cases.detail.loaded, timeout=20_000):
        qtbot.mouseClick(page.plan.back, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cases
    assert window.cases.detail.casus_id == single.casus_id
    settle(ctx)


def test_gemeente_settings(
    window: MainWindow, qtbot: QtBot, backend: Backend, ctx: AppContext
) -> None:
    dialog = GemeenteSettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.open()
    assert "regionale opslag" in dialog.note.text()
    gemeente_id, (g, start, horizon, _err) = next(iter(dialog.rows.items()))
    start.setCurrentIndex(start.findData(17 * 12))
    horizon.setValue(23)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save()
    stored = {s.gemeente_id: s for s in backend.call(t18.gemeente_settings)}
    assert (stored[gemeente_id].start_age_months, stored[gemeente_id].extended_until_age) == (
        204,
        23,
    )
    assert g.naam == stored[gemeente_id].naam


def test_screens_render(window: MainWindow, ctx: AppContext) -> None:
    for name, prepare in SCREENS:
        if name.startswith("18plus"):
            prepare(window)
            settle(ctx)
            assert not window.grab().isNull()
    page = page_of(window)
    assert page.currentWidget() is page.plan and page.plan.tabs.currentIndex() == 2
