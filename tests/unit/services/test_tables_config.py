"""Table definitions edited and imported in the app: stored as the region file's JSON, every
malformed field refused with its own reason, and only by a beheerder or tafelsecretaris."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import time
from importlib.resources import files

import pytest
from sqlalchemy import select

from casedesk.domain.tables import Cadence, TableDefinition
from casedesk.domain.vocabulary import Role
from casedesk.errors import InvalidInput, RuleViolation
from casedesk.region import load_region, parse_table, stable_id
from casedesk.services import reference
from casedesk.services import tables_config as config
from casedesk.store.database import Store
from casedesk.store.models import Professional, Tafel


def make_user(store: Store, rollen: list[str]) -> None:
    with store.session() as s:
        reference.install_region(s, load_region())
        p = Professional(naam="Beheer", gebruikersnaam="beheer", rollen=rollen)
        s.add(p)
        s.flush()
        reference.set_me(s, p.id)


@pytest.fixture
def admin(store: Store) -> Store:
    make_user(store, [Role.ADMIN.value])
    return store


def oph(store: Store) -> tuple[str, TableDefinition]:
    with store.session() as s:
        infos, editable = config.table_configs(s)
    assert editable
    info = next(i for i in infos if i.definition.code == "OPH")
    return info.tafel_id, info.definition


def test_an_edit_is_stored_as_the_region_files_json(admin: Store) -> None:
    tafel_id, table = oph(admin)
    changed = replace(
        table,
        slots=8,
        cadence=Cadence.TWEEWEKELIJKS,
        start_time=time(13, 30),
        name=" Overleg Passende Hulp Zuid ",
    )
    with admin.session() as s:
        config.save_table(s, tafel_id, changed)
    with admin.session() as s:
        row = s.get(Tafel, tafel_id)
        assert row is not None
        assert row.naam == "Overleg Passende Hulp Zuid"
        assert (row.definitie["slots"], row.definitie["cadence"], row.definitie["start_time"]) == (
            8,
            "tweewekelijks",
            "13:30",
        )
        assert parse_table(row.definitie).name == "Overleg Passende Hulp Zuid"


def test_every_wrong_field_is_refused_and_nothing_changes(admin: Store) -> None:
    tafel_id, table = oph(admin)
    bad = replace(table, code="OPH2", weekday=7, slots=0, min_age=12, max_age=7)
    with admin.session() as s, pytest.raises(InvalidInput) as error:
        config.save_table(s, tafel_id, bad)
    assert [(e.field, e.code) for e in error.value.errors] == [
        ("weekday", "invalid-weekday"),
        ("slots", "not-positive"),
        ("max_age", "age-range-inverted"),
        ("code", "code-fixed"),
    ]
    with admin.session() as s:
        row = s.get(Tafel, tafel_id)
        assert row is not None and row.definitie["slots"] == 6


def test_a_new_table_gets_a_stable_id_and_a_taken_code_is_refused(admin: Store) -> None:
    _, table = oph(admin)
    new = replace(table, code="WIJK", name="Wijkoverleg")
    with admin.session() as s:
        info = config.save_table(s, None, new)
    assert info.tafel_id == stable_id("tafel", "WIJK")
    with admin.session() as s, pytest.raises(InvalidInput) as error:
        config.save_table(s, None, new)
    assert [(e.field, e.code) for e in error.value.errors] == [("code", "code-taken")]


def test_only_a_beheerder_or_secretary_changes_tables(store: Store) -> None:
    make_user(store, [Role.CASUSREGISSEUR.value])
    with store.session() as s:
        infos, editable = config.table_configs(s)
    assert len(infos) == 8 and not editable
    with store.session() as s, pytest.raises(RuleViolation) as error:
        config.save_table(s, infos[0].tafel_id, infos[0].definition)
    assert error.value.code == "not-table-editor"
    with store.session() as s, pytest.raises(RuleViolation):
        config.import_tables(s, "{}")


def test_a_region_file_is_imported_and_updates_tables_in_place(admin: Store) -> None:
    region_file = files("resources") / "regions" / "rijk-van-nijmegen.json"
    raw = json.loads(region_file.read_text(encoding="utf-8"))
    raw["tafels"][0]["slots"] = 7
    raw["tafels"].append({**raw["tafels"][1], "code": "NIEUW", "name": "Nieuwe tafel"})
    with admin.session() as s:
        imported = config.import_tables(s, json.dumps(raw))
    assert len(imported) == 9
    with admin.session() as s:
        rows = {t.code: t for t in s.scalars(select(Tafel))}
    assert len(rows) == 9 and rows["OPH"].definitie["slots"] == 7
    assert rows["NIEUW"].id == stable_id("tafel", "NIEUW")


def test_a_single_definition_or_a_list_is_imported(admin: Store) -> None:
    one = {"code": "X1", "name": "Een", "weekday": 2}
    with admin.session() as s:
        assert [i.definition.code for i in config.import_tables(s, json.dumps(one))] == ["X1"]
        both = json.dumps([one, {"code": "X2", "name": "Twee"}])
        assert [i.definition.code for i in config.import_tables(s, both)] == ["X1", "X2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{ niet json", [("bestand", "invalid-json")]),
        ("[]", [("bestand", "no-tables")]),
        (
            '{"tafels": [{"code": "A", "name": "A", "weekday": 9}, {"name": "B", "slots": 0}]}',
            [("A.weekday", "invalid-weekday"), ("2.code", "required"), ("2.slots", "not-positive")],
        ),
        (
            '[{"code": "A", "name": "A", "cadence": "dagelijks"}]',
            [("A.cadence", "invalid-cadence")],
        ),
        (
            '[{"code": "A", "name": "A"}, {"code": "A", "name": "B"}]',
            [("A.code", "code-duplicate")],
        ),
        ('["OPH"]', [("1.tafel", "not-an-object")]),
    ],
)
def test_a_malformed_file_is_refused_whole_with_a_reason_per_field(
    admin: Store, text: str, expected: list[tuple[str, str]]
) -> None:
    with admin.session() as s, pytest.raises(InvalidInput) as error:
        config.import_tables(s, text)
    assert [(e.field, e.code) for e in error.value.errors] == expected
    with admin.session() as s:
        assert len(s.scalars(select(Tafel)).all()) == 8


def test_the_json_form_round_trips() -> None:
    for tafel in load_region().tafels:
        assert parse_table(config.to_json(tafel.definition)) == tafel.definition
