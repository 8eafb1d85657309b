"""Concurrent offline edits: different fields merge, the same field becomes one conflict that a
person resolves; nothing is overwritten silently."""

from __future__ import annotations

from sqlalchemy import func, select

from casedesk.store.models import Casus, Conflict, Doel, OutboxEntry
from casedesk.sync.conflicts import Choice, open_conflicts, resolve
from casedesk.sync.status import sync_status
from tests.conftest import NOW
from tests.integration.conftest import OOST_1, OOST_4, Device, DeviceFactory, new_case


def _shared_case(device: DeviceFactory) -> tuple[Device, Device, str]:
    mine, theirs = device(OOST_1), device(OOST_4)
    casus_id = new_case(mine)
    mine.sync()
    theirs.sync()
    return mine, theirs, casus_id


def _edit_casus(d: Device, casus_id: str, **values: object) -> None:
    with d.store.session() as s:
        casus = s.get(Casus, casus_id)
        assert casus is not None
        for name, value in values.items():
            setattr(casus, name, value)


def _casus(d: Device, casus_id: str) -> Casus:
    with d.store.session() as s:
        casus = s.get(Casus, casus_id)
        assert casus is not None
        return casus


def test_edits_to_different_fields_merge(device: DeviceFactory) -> None:
    mine, theirs, casus_id = _shared_case(device)
    _edit_casus(mine, casus_id, aanleiding="Verzuim en ruzie thuis.")
    _edit_casus(theirs, casus_id, eigen_kracht="Oma woont om de hoek en helpt graag.")

    assert mine.sync().applied == 1
    report = theirs.sync()
    assert report.merged == 1 and report.conflicts == 0
    mine.sync()

    for d in (mine, theirs):
        casus = _casus(d, casus_id)
        assert casus.aanleiding == "Verzuim en ruzie thuis."
        assert casus.eigen_kracht == "Oma woont om de hoek en helpt graag."
        with d.store.session() as s:
            assert open_conflicts(s) == []
            assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert _casus(mine, casus_id).rev == _casus(theirs, casus_id).rev


def test_the_same_field_becomes_one_conflict_that_a_person_resolves(
    device: DeviceFactory,
) -> None:
    mine, theirs, casus_id = _shared_case(device)
    _edit_casus(mine, casus_id, aanleiding="Verzuim sinds de zomervakantie.")
    _edit_casus(theirs, casus_id, aanleiding="Verzuim; moeder is ziek.")

    assert mine.sync().applied == 1
    report = theirs.sync()
    assert report.conflicts == 1 and report.applied == 0

    with theirs.store.session() as s:
        conflicts = open_conflicts(s)
        assert sync_status(s).open_conflicts == 1
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert (conflict.entity, conflict.entity_id, conflict.field) == ("casus", casus_id,
                                                                     "aanleiding")
    assert conflict.basis == "Zorgen over schoolverzuim."
    assert conflict.mijn == "Verzuim; moeder is ziek."
    assert conflict.hun == "Verzuim sinds de zomervakantie."
    assert conflict.casus_id == casus_id
    # Meanwhile the row shows what the region agreed on; the other laptop saw no conflict.
    assert _casus(theirs, casus_id).aanleiding == "Verzuim sinds de zomervakantie."
    with mine.store.session() as s:
        assert open_conflicts(s) == []

    with theirs.store.session() as s:
        resolve(s, conflict.id, Choice.MIJN, now=NOW)
    assert _casus(theirs, casus_id).aanleiding == "Verzuim; moeder is ziek."
    assert theirs.sync().applied == 1
    mine.sync()
    assert _casus(mine, casus_id).aanleiding == "Verzuim; moeder is ziek."
    with theirs.store.session() as s:
        assert open_conflicts(s) == []
        stored = s.get(Conflict, conflict.id)
        assert stored is not None and stored.keuze == {"keuze": "mijn",
                                                       "waarde": "Verzuim; moeder is ziek."}


def test_an_edited_value_settles_a_conflict(device: DeviceFactory) -> None:
    mine, theirs, casus_id = _shared_case(device)
    with mine.store.session() as s:
        doel = s.scalar(select(Doel).where(Doel.casus_id == casus_id))
        assert doel is not None
        doel.omschrijving = "Daan gaat vier dagen per week naar school."
    with theirs.store.session() as s:
        doel = s.scalar(select(Doel).where(Doel.casus_id == casus_id))
        assert doel is not None
        doel.omschrijving = "Daan gaat weer naar school, met een rustplek."
    mine.sync()
    theirs.sync()
    with theirs.store.session() as s:
        (conflict,) = open_conflicts(s)
        resolve(s, conflict.id, Choice.ANDERS,
                "Daan gaat vier dagen per week naar school, met een rustplek.", now=NOW)
    theirs.sync()
    mine.sync()
    for d in (mine, theirs):
        with d.store.session() as s:
            doel = s.scalar(select(Doel).where(Doel.casus_id == casus_id))
            assert doel is not None
            assert doel.omschrijving == (
                "Daan gaat vier dagen per week naar school, met een rustplek.")


def test_choosing_theirs_sends_nothing(device: DeviceFactory) -> None:
    mine, theirs, casus_id = _shared_case(device)
    _edit_casus(mine, casus_id, ernst="Ernstig")
    _edit_casus(theirs, casus_id, ernst="Matig")
    mine.sync()
    theirs.sync()
    with theirs.store.session() as s:
        (conflict,) = open_conflicts(s)
        resolve(s, conflict.id, Choice.HUN, now=NOW)
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert theirs.sync().pushed == 0
    assert _casus(theirs, casus_id).ernst == "Ernstig"


def test_deleting_a_row_someone_changed_is_a_conflict(device: DeviceFactory) -> None:
    mine, theirs, casus_id = _shared_case(device)
    with mine.store.session() as s:
        doel = s.scalar(select(Doel).where(Doel.casus_id == casus_id))
        assert doel is not None
        doel.eindsituatie = "Naar school zonder begeleiding."
    with theirs.store.session() as s:
        doel = s.scalar(select(Doel).where(Doel.casus_id == casus_id))
        assert doel is not None
        doel.deleted_at = NOW
        doel_id = doel.id
    mine.sync()
    assert theirs.sync().conflicts == 1
    with theirs.store.session() as s:
        (conflict,) = open_conflicts(s)
        assert conflict.about_deletion and conflict.hun is None
        doel = s.get(Doel, doel_id)
        assert doel is not None and doel.deleted_at is None  # the region kept it
        resolve(s, conflict.id, Choice.MIJN, now=NOW)  # delete it after all
    assert theirs.sync().applied == 1
    mine.sync()
    with mine.store.session() as s:
        doel = s.get(Doel, doel_id)
        assert doel is not None and doel.deleted_at is not None
