"""Overlegtafels in the desktop client, driven through real widgets on a demo profile: a
submission walks from the casusregisseur to the tafelsecretaris and back into the casus."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.tables import Action
from casedesk.domain.vocabulary import AanmeldingStatus as S
from casedesk.services import cases, reference, regie, tables, tables_outcome
from casedesk.services.backend import Backend
from casedesk.services.cases import CaseFilter, CaseQuery
from casedesk.services.changes import Changes
from casedesk.services.tables_dto import (
    AanmeldingForm,
    AgendaItem,
    DocumentRef,
    FragmentKind,
    MyAanmelding,
    SharingBasis,
    TableAanmelding,
    ZittingRow,
)
from casedesk.store.models import Aanmelding, Afspraak, Bijdrage, Casus
from tests.conftest import NOW
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle
from ui.views.tables import PAGE_KEY
from ui.views.tables.agenda_list import AgendaList
from ui.views.tables.models import inbox_model, mine_model, zitting_model
from ui.views.tables.page import Tab, TablesPage
from ui.views.tables.submit import KEY_ROLE


def page_of(window: MainWindow) -> TablesPage:
    page = window.pages.widget(window.page_keys.index(PAGE_KEY))
    assert isinstance(page, TablesPage)
    return page


def secretary_of_oph(backend: Backend) -> str:
    return next(
        pid for pid, naam in backend.call(tables.secretaries) if "Overleg Passende Hulp" in naam
    )


def oph_id(backend: Backend) -> str:
    return next(i.tafel_id for i in backend.call(tables.list_tables) if i.definition.code == "OPH")


@dataclass(frozen=True)
class Chosen:
    form: AanmeldingForm
    youth: str


def a_case_of_mine(backend: Backend) -> Chosen:
    """One of my casussen with a jeugdige of OPH age and a goal to share."""
    page = backend.call(
        cases.list_cases, CaseQuery(filter=CaseFilter.MINE), today=NOW.date(), me=backend.me
    )
    for row in page.rows:
        form = backend.call(tables.aanmelding_form, row.casus_id)
        youth = next(
            (j for j in form.jeugdigen if j.leeftijd is not None and j.leeftijd <= 18), None
        )
        if youth and any(f.soort is FragmentKind.DOEL for f in form.fragments):
            return Chosen(form, youth.persoon_id)
    raise AssertionError("the demo has no casus of mine to bring to OPH")


def check(view_tree: object, keys: set[str]) -> None:
    tree = view_tree
    for i in range(tree.topLevelItemCount()):  # type: ignore[attr-defined]
        section = tree.topLevelItem(i)  # type: ignore[attr-defined]
        for j in range(section.childCount()):
            item = section.child(j)
            if item.data(0, KEY_ROLE) in keys:
                item.setCheckState(0, Qt.CheckState.Checked)


# --- models ----------------------------------------------------------------------------------


def _aanmelding(i: int, status: S) -> TableAanmelding:
    return TableAanmelding(
        aanmelding_id=f"a{i}",
        tafel_id="t",
        status=status,
        onderwerp=f"Jeugdige van {i} jaar",
        vraag="Welke hulp?",
        samenvatting="Jeugdige",
        documenten=(DocumentRef("x", "y"),),
        deelbasis=SharingBasis(toestemming_door=ConsentGiver.OUDERS),
        ingediend_door="Sanne",
        ingediend_door_contact="",
        ingediend_op=datetime(2026, 10, i + 1, 9, 0),
        reden_niet_ontvankelijk="",
        zitting_id=None,
        zitting_start=None,
        agenda_positie=0,
        advies="",
        conclusie_gezin="",
        afspraken=(),
    )


def test_the_table_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    inbox = inbox_model()
    inbox.reset([_aanmelding(i, s) for i, s in enumerate((S.INGEDIEND, S.ONTVANKELIJK))])
    qtmodeltester.check(inbox)
    assert inbox.data(inbox.index(0, 0)) == "01-10-2026"
    mine = mine_model()
    done = MyAanmelding(
        aanmelding_id="a",
        casus_id="c",
        huishouden="Gezin Jansen",
        tafel_id="t",
        tafel="OPH",
        status=S.AFGEROND,
        vraag="Vraag",
        samenvatting="",
        ingediend_op=None,
        zitting_start=None,
        reden_niet_ontvankelijk="",
        advies="Advies",
        conclusie_gezin="",
        afspraken=(Action("X", "Y", date(2026, 11, 9)),),
    )
    mine.reset([done])
    qtmodeltester.check(mine)
    sessions = zitting_model()
    sessions.reset(
        [
            ZittingRow("z1", datetime(2026, 11, 3, 9), "Stadhuis", 4, 6),
            ZittingRow("z2", datetime(2026, 11, 10, 9), "Online", 6, 6),
        ]
    )
    qtmodeltester.check(sessions)
    assert sessions.data(sessions.index(0, 2)) == "4 van 6 plekken"
    assert sessions.data(sessions.index(0, 0)) == "di 03-11-2026 09:00"


def test_the_agenda_is_reordered_with_alt_arrows_and_by_dragging(qtbot: QtBot) -> None:
    agenda = AgendaList()
    qtbot.addWidget(agenda)
    agenda.set_items(
        [AgendaItem(time(9, 0), time(9, 30), _aanmelding(i, S.INGEPLAND)) for i in range(3)]
    )
    agenda.setCurrentRow(2)
    with qtbot.waitSignal(agenda.order_changed) as moved:
        qtbot.keyClick(agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert moved.args == [["a0", "a2", "a1"]]
    assert agenda.current_id() == "a2"
    with qtbot.waitSignal(agenda.order_changed) as dropped:
        agenda.model().moveRow(agenda.rootIndex(), 0, agenda.rootIndex(), 3)
    assert dropped.args == [["a2", "a1", "a0"]]
    with qtbot.assertNotEmitted(agenda.order_changed):
        agenda.setCurrentRow(0)
        qtbot.keyClick(agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)


# --- the walk --------------------------------------------------------------------------------


def test_a_submission_walks_from_casusregisseur_to_secretary_and_back(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot, tmp_path: Path
) -> None:
    regisseur = backend.me
    chosen = a_case_of_mine(backend)
    page = page_of(window)
    oph = oph_id(backend)

    # The casusregisseur opens her casus and brings it to OPH.
    window.show_page("cases")
    with qtbot.waitSignal(window.cases.detail.loaded):
        window.cases.open_case(chosen.form.casus_id)
    assert page.case_button is not None
    with qtbot.waitSignal(page.submit.loaded, timeout=10000):
        qtbot.mouseClick(page.case_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is page and page.tabs.currentIndex() == Tab.AANMELDEN
    form = page.submit
    form.table_combo.setCurrentIndex(form.table_combo.findData(oph))
    form.youth_combo.setCurrentIndex(form.youth_combo.findData(chosen.youth))
    goal = next(f for f in chosen.form.fragments if f.soort is FragmentKind.DOEL)
    check(form.fragments, {f"lid:{chosen.youth}", goal.key})
    assert goal.tekst_anoniem.split(" (")[0] in form.preview.toPlainText()
    assert chosen.form.huishouden not in form.preview.toPlainText()  # OPH is anonymised

    # Submitting without question, documents or consent is refused, field by field.
    form.consent_combo.setCurrentIndex(0)
    form.save(submit=True)
    settle(ctx)
    assert form.errors.labels["vraag"].isVisible()
    assert "verklarende analyse" in form.errors.labels["documenten"].text()
    assert form.errors.labels["toestemming"].isVisible()
    before = backend.call(tables.my_aanmeldingen, chosen.form.casus_id)

    # She fills in the question and documents and records the family's consent.
    form.question.setPlainText("Welke passende hulp is mogelijk zonder uithuisplaatsing?")
    for row in range(form.documents.rowCount()):
        form.documents.item(row, 1).setText(f"{form.documents.item(row, 0).text()}.pdf")
    qtbot.mouseClick(form.new_consent_button, Qt.MouseButton.LeftButton)
    assert form.new_consent.isVisible()
    form.consent_names.setText("Ouders en jeugdige")
    form.consent_date.setDate(QDate(2026, 10, 20))
    qtbot.mouseClick(form.record_consent_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert form.consent_combo.currentData() is not None
    assert not form.new_consent.isVisible()
    assert form.question.toPlainText().startswith("Welke passende hulp")  # nothing lost
    with qtbot.waitSignal(form.saved, timeout=10000) as saved:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    submitted: MyAanmelding = saved.args[0]
    assert submitted.status is S.INGEDIEND
    assert backend.call(tables.my_aanmeldingen, chosen.form.casus_id) != before
    settle(ctx)
    assert page.tabs.currentIndex() == Tab.MIJN
    assert page.mine.current() is not None
    assert page.mine.current().aanmelding_id == submitted.aanmelding_id  # type: ignore[union-attr]

    # The secretary of OPH finds it in her inbox: only what the aanmelding holds.
    backend.call(reference.set_me, secretary_of_oph(backend))
    page.choose_table(oph)
    page.show_tab(Tab.INBOX)
    page.inbox.reload()
    settle(ctx)
    page.inbox.select(submitted.aanmelding_id)
    shown = page.inbox.detail.toPlainText()
    assert submitted.vraag in shown and chosen.form.huishouden not in shown
    assert page.inbox.check_box.isEnabled()
    qtbot.mouseClick(page.inbox.accept_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    page.inbox.select(submitted.aanmelding_id)
    assert page.inbox.current().status is S.ONTVANKELIJK  # type: ignore[union-attr]

    # She plans it into the first zitting with room, then moves it up the agenda.
    with qtbot.waitSignal(page.inbox.planned, timeout=10000) as planned:
        qtbot.mouseClick(page.inbox.plan_button, Qt.MouseButton.LeftButton)
    zitting = planned.args[0]
    assert submitted.aanmelding_id in [i.aanmelding.aanmelding_id for i in zitting.items]
    settle(ctx)
    page.show_tab(Tab.PLANNING)
    page.planning.show_table(oph, zitting.zitting_id)
    settle(ctx)
    agenda = page.planning.agenda
    assert agenda.ids()[-1] == submitted.aanmelding_id
    agenda.setFocus()
    agenda.setCurrentRow(agenda.count() - 1)
    qtbot.keyClick(agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(ctx)
    view = backend.call(tables.zitting_view, zitting.zitting_id)
    order = [i.aanmelding.aanmelding_id for i in view.items]
    assert len(order) > 1 and order[-2] == submitted.aanmelding_id
    assert view.items[-2].begin < view.items[-1].begin  # its slot time moved up with it
    assert page.planning.subtitle.text().endswith(f"{len(order)} van {view.slots} plekken")

    # After the zitting she records the outcome and closes it.
    page.show_tab(Tab.UITKOMST)
    page.outcome.show_table(oph, zitting.zitting_id)
    settle(ctx)
    page.outcome.select(submitted.aanmelding_id)
    outcome = page.outcome
    assert outcome.current().aanmelding_id == submitted.aanmelding_id  # type: ignore[union-attr]
    outcome.advice.setPlainText("Start intensieve ambulante gezinsbehandeling.")
    qtbot.mouseClick(outcome.close_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert outcome.errors.labels["conclusie_gezin"].isVisible()
    outcome.conclusion.setPlainText("Er komt iemand bij jullie thuis die helpt.")
    qtbot.mouseClick(outcome.add_action, Qt.MouseButton.LeftButton)
    outcome.actions.item(0, 0).setText("Casusregisseur")
    outcome.actions.item(0, 1).setText("Vraagt de behandeling aan")
    with qtbot.waitSignal(outcome.saved, timeout=10000) as closed:
        qtbot.mouseClick(outcome.close_button, Qt.MouseButton.LeftButton)
    assert closed.args[0].status is S.AFGEROND
    settle(ctx)

    # Back with the casusregisseur: the outcome is in her list and in the casus.
    backend.call(reference.set_me, regisseur)
    page.show_tab(Tab.MIJN)
    page.mine.reload()
    settle(ctx)
    page.mine.select(submitted.aanmelding_id)
    mine = page.mine.current()
    assert mine is not None and mine.status is S.AFGEROND
    assert "Start intensieve ambulante gezinsbehandeling." in page.mine.detail.toPlainText()
    assert "Advies en afspraken staan in de casus" in page.mine.detail.toPlainText()
    advice = backend.call(regie.regie_view, chosen.form.casus_id).bijdragen
    # The demo's earlier advice may name the same help: this one is of this zitting's day.
    ours = f"Advies van {zitting.start:%d-%m-%Y}: Start intensieve ambulante"
    assert [b.bron for b in advice if b.tekst.startswith(ours)] == ["tafel"]
    detail = backend.call(cases.case_detail, chosen.form.casus_id, today=NOW.date())
    due = zitting.start.date() + timedelta(days=14)  # the form's default due date
    assert [
        (a.wie, a.wanneer)
        for a in detail.afspraken
        if a.bron == "tafel" and a.wat == "Vraagt de behandeling aan"
    ] == [("Casusregisseur", due)]


def test_a_concept_is_continued_from_my_aanmeldingen(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    chosen = a_case_of_mine(backend)
    page = page_of(window)
    window.show_page(PAGE_KEY)
    page.prepare(chosen.form.casus_id)
    settle(ctx)
    page.submit.question.setPlainText("Wat is passend voor Noë?")
    with qtbot.waitSignal(page.submit.saved) as saved:
        qtbot.mouseClick(page.submit.save_button, Qt.MouseButton.LeftButton)
    concept = saved.args[0]
    assert concept.status is S.CONCEPT
    page.show_tab(Tab.MIJN)
    page.mine.reload()
    settle(ctx)
    page.mine.select(concept.aanmelding_id)
    assert page.mine.edit_button.isEnabled()
    page.submit.question.clear()
    qtbot.mouseClick(page.mine.edit_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert page.tabs.currentIndex() == Tab.AANMELDEN
    assert page.submit.question.toPlainText() == "Wat is passend voor Noë?"
    assert page.submit.aanmelding_id == concept.aanmelding_id


def test_secretary_views_tell_a_casusregisseur_they_are_not_for_her(
    window: MainWindow, ctx: AppContext, backend: Backend
) -> None:
    page = page_of(window)
    window.show_page(PAGE_KEY)
    settle(ctx)
    assert page.tabs.currentIndex() == Tab.MIJN  # her own tab first
    page.show_tab(Tab.INBOX)
    page.inbox.reload()
    settle(ctx)
    assert page.inbox.status.text() == "Alleen een tafelsecretaris kan dit doen."


def test_table_configuration_shows_errors_next_to_fields_and_imports_files(
    window: MainWindow, ctx: AppContext, backend: Backend, tmp_path: Path
) -> None:
    backend.call(reference.set_me, secretary_of_oph(backend))
    page = page_of(window)
    window.show_page(PAGE_KEY)
    page.show_tab(Tab.CONFIGURATIE)
    config = page.config
    config.reload()
    settle(ctx)
    oph = oph_id(backend)
    config.select(oph)
    assert config.code.text() == "OPH" and config.code.isReadOnly()
    config.slots.setValue(0)
    config.min_age.setValue(12)
    config.max_age.setValue(7)
    config.save()
    settle(ctx)
    assert config.errors.labels["slots"].text() == "Moet minstens 1 zijn."
    assert "lager dan de minimumleeftijd" in config.errors.labels["max_age"].text()
    assert config.slots.value() == 0  # what was typed stays
    config.slots.setValue(8)
    config.min_age.setValue(0)
    config.max_age.setValue(18)
    config.save()
    settle(ctx)
    assert not config.errors.labels["slots"].isVisible()
    stored = next(i for i in backend.call(tables.list_tables) if i.tafel_id == oph)
    assert stored.definition.slots == 8

    bad = tmp_path / "tafels.json"
    bad.write_text('{"tafels": [{"code": "WIJK", "name": "Wijk", "weekday": 9}]}', encoding="utf-8")
    config.import_file(bad)
    settle(ctx)
    assert config.import_errors.text() == (
        "Niet geïmporteerd:\nWIJK · Weekdag: Kies een dag van maandag tot en met zondag."
    )
    good = tmp_path / "wijk.json"
    good.write_text('{"code": "WIJK", "name": "Wijkoverleg", "weekday": 2}', encoding="utf-8")
    config.import_file(good)
    settle(ctx)
    assert not config.import_errors.isVisible()
    assert "Wijkoverleg" in [i.naam for i in backend.call(tables.list_tables)]
    assert page.table_combo.findText("Wijkoverleg (WIJK)") >= 0


def test_the_planning_view_makes_sessions_and_exports_the_agenda(
    window: MainWindow, ctx: AppContext, backend: Backend, tmp_path: Path
) -> None:
    backend.call(reference.set_me, secretary_of_oph(backend))
    page = page_of(window)
    window.show_page(PAGE_KEY)
    page.show_tab(Tab.PLANNING)
    planning = page.planning
    oph = oph_id(backend)
    planning.show_table(oph)
    settle(ctx)
    before = planning.model.rowCount()
    planning.weeks.setValue(26)
    planning.make_button.click()
    settle(ctx)
    assert planning.model.rowCount() > before
    assert "zitting(en) aangemaakt" in planning.make_status.text()
    assert planning.zitting is not None and planning.zitting.start > NOW
    planning.show_agenda.setChecked(True)
    assert "Agenda Overleg Passende Hulp" in planning.preview.toPlainText()
    path = tmp_path / "agenda.pdf"
    planning.export(path)
    settle(ctx)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Agenda" in text and "Overleg Passende Hulp" in text
    planning.show_verslag.setChecked(True)
    assert "Verslag Overleg Passende Hulp" in planning.preview.toPlainText()

    # Invite one more person and record who attended.
    people = planning.participants
    invited = people.rowCount()
    planning.add_person.click()
    people.item(invited, 0).setText("Dr. Yılmaz")
    people.item(invited, 1).setText("expert")
    people.item(0, 2).setCheckState(Qt.CheckState.Checked)
    planning.attendance.setChecked(True)
    planning.save_people.click()
    settle(ctx)
    stored = backend.call(tables.zitting_view, planning.zitting.zitting_id).deelnemers
    assert len(stored) == invited + 1 and stored[-1].naam == "Dr. Yılmaz"
    assert stored[0].aanwezig is True and stored[-1].aanwezig is False


def test_the_secretary_sends_an_aanmelding_back_with_a_reason(
    window: MainWindow, ctx: AppContext, backend: Backend
) -> None:
    backend.call(reference.set_me, secretary_of_oph(backend))
    page = page_of(window)
    window.show_page(PAGE_KEY)
    page.choose_table(oph_id(backend))
    page.show_tab(Tab.INBOX)
    inbox = page.inbox
    inbox.reload()
    settle(ctx)
    waiting = next(r for r in inbox.model.rows() if r.status is S.INGEDIEND)
    inbox.select(waiting.aanmelding_id)
    inbox.reject_button.click()
    settle(ctx)
    assert inbox.check_error.text() == "Geef een reden: de indiener moet weten wat er ontbreekt."
    inbox.reject_reason.setPlainText("Het perspectiefplan ontbreekt.")
    inbox.reject_button.click()
    settle(ctx)
    assert waiting.aanmelding_id not in [r.aanmelding_id for r in inbox.model.rows()]
    returned = backend.call(tables.inbox, oph_id(backend), frozenset({S.NIET_ONTVANKELIJK}))
    sent_back = next(r for r in returned.items if r.aanmelding_id == waiting.aanmelding_id)
    assert sent_back.reden_niet_ontvankelijk == "Het perspectiefplan ontbreekt."

    # Its submitter reads the reason in her list and can take it up again.
    def submitter(session: Any) -> str:
        return str(session.get(Aanmelding, waiting.aanmelding_id).ingediend_door)

    backend.call(reference.set_me, backend.call(submitter))
    page.show_tab(Tab.MIJN)
    page.mine.reload()
    settle(ctx)
    page.mine.select(waiting.aanmelding_id)
    assert page.mine.current().status is S.NIET_ONTVANKELIJK  # type: ignore[union-attr]
    assert "Het perspectiefplan ontbreekt." in page.mine.detail.toPlainText()
    assert page.mine.edit_button.isEnabled()


def test_a_closed_outcome_comes_into_the_casus_when_table_data_arrives(
    window: MainWindow, ctx: AppContext, backend: Backend
) -> None:
    """The secretary closes on her device; on the casusregisseur's, a sync round that pulls
    the aanmelding (it reports changed table data) brings advice and afspraken into the casus
    without her opening anything."""
    backend.call(reference.set_me, secretary_of_oph(backend))
    oph = oph_id(backend)
    discussed = backend.call(tables.inbox, oph, frozenset({S.BESPROKEN})).items[0]
    backend.call(
        tables.record_outcome,
        discussed.aanmelding_id,
        advies="Logeeropvang twee weekenden per maand.",
        conclusie_gezin="Jullie krijgen een plek waar de kinderen soms logeren.",
        afspraken=[Action("Casusregisseur", "Regelt de logeeropvang", NOW.date())],
        close=True,
    )
    settle(ctx)

    def regisseur(session: Any) -> str:
        a = session.get(Aanmelding, discussed.aanmelding_id)
        return str(session.get(Casus, a.casus_id).casusregisseur_id)

    def rows(session: Any) -> tuple[Any, list[str]]:
        advice = session.get(Bijdrage, tables_outcome.advice_id(discussed.aanmelding_id))
        actions = session.query(Afspraak).filter_by(bron_id=discussed.aanmelding_id).all()
        return advice.tekst if advice else None, [x.wat for x in actions]

    assert backend.call(rows) == (None, [])
    backend.call(reference.set_me, backend.call(regisseur))
    ctx.events.notify(Changes(tables=True))  # what a sync round pulling it reports
    settle(ctx)
    advice, actions = backend.call(rows)
    assert "Logeeropvang twee weekenden per maand." in advice
    assert actions == ["Regelt de logeeropvang"]
