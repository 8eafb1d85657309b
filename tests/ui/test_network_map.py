"""The netwerkkaart, edited by mouse and keyboard in the household window: a click on empty
space adds someone at that distance, dragging a person to another ring moves them, a click on a
person opens them for editing; every change is stored through the services."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from casedesk.domain.vocabulary import NetworkKind
from casedesk.services import households as hh
from casedesk.services.dto import NetworkView
from tests.conftest import NOW
from tests.ui.helpers import ask
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle
from ui.views.household import HouseholdView, HouseholdWindow
from ui.views.network_map import RING_RADIUS, NetworkMap, layout_positions, ring_at

TODAY = NOW.date()


@pytest.fixture
def household_view(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> Iterator[HouseholdView]:
    match = ask(ctx, hh.find_households, "Gezin", today=TODAY)[0]
    household_window: HouseholdWindow = window.household_window  # type: ignore[attr-defined]
    with qtbot.waitSignal(household_window.view.loaded, timeout=10000):
        household_window.show_household(match.huishouden_id)
    qtbot.waitExposed(household_window)
    yield household_window.view
    settle(ctx)
    household_window.close()


def network(ctx: AppContext, view: HouseholdView) -> dict[str, NetworkView]:
    """What is stored, asked through the database worker (never beside it)."""
    assert view.household_id is not None
    detail = ask(ctx, hh.household_detail, view.household_id, today=TODAY)
    return {c.contact_id: c for c in detail.netwerk}


def view_point(map_: NetworkMap, x: float, y: float) -> QPoint:
    return map_.mapFromScene(QPointF(x, y))


def test_rings_and_layout() -> None:
    assert [ring_at(d) for d in (0, 60, 134, 136, 204, 206, 400)] == [1, 1, 1, 2, 2, 3, 3]
    contacts = [
        NetworkView(f"c{i}", f"Persoon {i}", "buur", kind, "", "", ring)
        for i, (kind, ring) in enumerate(
            [(NetworkKind.INFORMEEL, 1)] * 3
            + [(NetworkKind.PROFESSIONEEL, 1), (NetworkKind.PROFESSIONEEL, 3)]
        )
    ]
    positions = layout_positions(contacts)
    for contact in contacts:
        point = positions[contact.contact_id]
        assert math.hypot(point.x(), point.y()) == pytest.approx(RING_RADIUS[contact.nabijheid])
        # Informal people on the left, professionals on the right.
        assert (point.x() < 0) == (contact.soort is NetworkKind.INFORMEEL)
    distinct = {(round(p.x()), round(p.y())) for p in positions.values()}
    assert len(distinct) == len(contacts)


def test_clicking_empty_space_adds_a_contact_at_that_distance(
    household_view: HouseholdView, ctx: AppContext, qtbot: QtBot
) -> None:
    map_ = household_view.map
    before = network(ctx, household_view)
    far_below = view_point(map_, 0, RING_RADIUS[3] - 5)  # on the far ring, below the middle
    with qtbot.waitSignal(map_.add_requested) as requested:
        qtbot.mouseClick(map_.viewport(), Qt.MouseButton.LeftButton, pos=far_below)
    assert requested.args == [3]
    form = household_view.contact_form
    assert household_view.contact_editor.isVisible()
    assert form.nabijheid.currentData() == 3
    form.naam.setText("Meester Sjoerd")
    form.relatie.setText("leerkracht")
    form.soort.setCurrentIndex(form.soort.findData(NetworkKind.PROFESSIONEEL.value))
    form.organisatie.setText("Basisschool De Klimop")
    with qtbot.waitSignal(household_view.loaded, timeout=10000):
        qtbot.mouseClick(household_view.contact_editor.save, Qt.MouseButton.LeftButton)
    after = network(ctx, household_view)
    (new_id,) = set(after) - set(before)
    assert (after[new_id].naam, after[new_id].nabijheid, after[new_id].soort) == (
        "Meester Sjoerd",
        3,
        NetworkKind.PROFESSIONEEL,
    )
    assert new_id in map_.nodes and not household_view.contact_editor.isVisible()
    node = map_.nodes[new_id].pos()
    assert node.x() > 0  # a professional, on the right
    assert math.hypot(node.x(), node.y()) == pytest.approx(RING_RADIUS[3])


def test_a_contact_without_a_name_is_not_stored_and_keeps_what_was_typed(
    household_view: HouseholdView, ctx: AppContext, qtbot: QtBot
) -> None:
    before = network(ctx, household_view)
    household_view.start_new_contact(1)
    form = household_view.contact_form
    form.relatie.setText("buurvrouw")
    form.telefoon.setText("06 12345678")
    household_view.contact_editor.save.click()
    qtbot.waitUntil(lambda: form.errors["naam"].isVisible(), timeout=10000)
    assert form.error_text("naam") == "Dit veld is verplicht."
    assert (form.relatie.text(), form.telefoon.text()) == ("buurvrouw", "06 12345678")
    assert network(ctx, household_view) == before
    assert household_view.contact_editor.isVisible()


def test_dragging_a_person_to_another_ring_moves_them(
    household_view: HouseholdView, ctx: AppContext, qtbot: QtBot
) -> None:
    map_ = household_view.map
    contact = next(c for c in network(ctx, household_view).values() if c.nabijheid != 3)
    start = view_point(
        map_, map_.nodes[contact.contact_id].pos().x(), map_.nodes[contact.contact_id].pos().y()
    )
    # Outward along the same direction, onto the far ring.
    here = map_.nodes[contact.contact_id].pos()
    scale = RING_RADIUS[3] / math.hypot(here.x(), here.y())
    target = view_point(map_, here.x() * scale, here.y() * scale)
    viewport = map_.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = (start + target) / 2
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, target)
    with qtbot.waitSignal(map_.moved) as moved:
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert moved.args == [contact.contact_id, 3]
    settle(ctx)
    assert network(ctx, household_view)[contact.contact_id].nabijheid == 3
    assert map_.nodes[contact.contact_id].contact.nabijheid == 3  # redrawn on its new ring


def test_a_short_drag_on_the_same_ring_changes_nothing(
    household_view: HouseholdView, ctx: AppContext, qtbot: QtBot
) -> None:
    map_ = household_view.map
    before = network(ctx, household_view)
    contact_id = next(iter(map_.nodes))
    here = map_.nodes[contact_id].pos()
    start = view_point(map_, here.x(), here.y())
    moved: list[object] = []
    map_.moved.connect(lambda *args: moved.append(args))
    qtbot.mousePress(map_.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(map_.viewport(), start + QPoint(12, 0))
    qtbot.mouseRelease(map_.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(12, 0))
    assert moved == []
    assert map_.nodes[contact_id].pos() == here  # back in its place
    assert network(ctx, household_view) == before


def test_clicking_a_person_opens_them_and_they_can_be_removed(
    household_view: HouseholdView, ctx: AppContext, qtbot: QtBot
) -> None:
    map_ = household_view.map
    contact_id = next(iter(map_.nodes))
    here = map_.nodes[contact_id].pos()
    with qtbot.waitSignal(map_.edit_requested) as requested:
        qtbot.mouseClick(
            map_.viewport(), Qt.MouseButton.LeftButton, pos=view_point(map_, here.x(), here.y())
        )
    assert requested.args == [contact_id]
    stored = network(ctx, household_view)[contact_id]
    assert household_view.contact_form.naam.text() == stored.naam
    assert household_view.contact_editor.remove.isVisible()
    household_view.contact_form.telefoon.setText("024 3500000")
    with qtbot.waitSignal(household_view.loaded, timeout=10000):
        household_view.contact_editor.save.click()
    assert network(ctx, household_view)[contact_id].telefoon == "024 3500000"
    household_view.start_contact(contact_id)
    with qtbot.waitSignal(household_view.loaded, timeout=10000):
        household_view.contact_editor.remove.click()
    assert contact_id not in network(ctx, household_view)
    assert contact_id not in map_.nodes


def test_the_map_works_by_keyboard(
    household_view: HouseholdView, ctx: AppContext, qtbot: QtBot
) -> None:
    map_ = household_view.map
    map_.setFocus()
    first = map_.current
    assert first is not None
    qtbot.keyClick(map_, Qt.Key.Key_Right)
    if len(map_.nodes) > 1:
        assert map_.current != first
    chosen = map_.current
    assert chosen is not None
    ring = map_.nodes[chosen].contact.nabijheid
    key, wanted = (Qt.Key.Key_Down, ring + 1) if ring < 3 else (Qt.Key.Key_Up, ring - 1)
    with qtbot.waitSignal(household_view.saved, timeout=10000):
        qtbot.keyClick(map_, key)
    assert network(ctx, household_view)[chosen].nabijheid == wanted
    with qtbot.waitSignal(map_.edit_requested):
        qtbot.keyClick(map_, Qt.Key.Key_Return)
    with qtbot.waitSignal(map_.add_requested) as added:
        qtbot.keyClick(map_, Qt.Key.Key_Insert)
    assert added.args == [2]
    assert "dichtbij" in map_.accessibleDescription() or "verder weg" in (
        map_.accessibleDescription()
    )
