"""Table definitions are configuration: every malformed field is refused with its own reason,
and the eight shipped tables of Rijk van Nijmegen are valid."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from typing import Any

import pytest

from casedesk.domain.tables import Cadence, TableDefinition, definition_errors
from casedesk.errors import ValidationError
from casedesk.region import load_region, parse_table, table_errors

VALID: dict[str, Any] = {
    "code": "OPH",
    "name": "Overleg Passende Hulp",
    "purpose": "Advies",
    "submitters": ["casusregisseur"],
    "participants": [["voorzitter", "Inkoopbureau"], ["secretaris", "Secretariaat"]],
    "min_age": 0,
    "max_age": 18,
    "required_documents": ["verklarende analyse"],
    "family_attends": True,
    "children_attend_from": 12,
    "cadence": "wekelijks",
    "weekday": 1,
    "start_time": "09:00",
    "slots": 6,
    "minutes_per_slot": 30,
    "anonymised": True,
}


def problems(raw: Any) -> list[tuple[str, str]]:
    _table, errors = table_errors(raw)
    return [(e.field, e.code) for e in errors]


def test_the_shipped_region_has_eight_valid_tables() -> None:
    region = load_region()
    assert [t.definition.code for t in region.tafels] == [
        "OPH",
        "RTIV",
        "MDA",
        "JBT",
        "KBW",
        "TOP150",
        "TOPX",
        "TWS",
    ]
    for tafel in region.tafels:
        assert problems(tafel.raw) == []
    oph = region.tafels[0].definition
    assert (oph.cadence, oph.slots, oph.anonymised) == (Cadence.WEKELIJKS, 6, True)


def test_a_valid_definition_reads_every_field() -> None:
    table = parse_table(VALID)
    assert table.participants == (("voorzitter", "Inkoopbureau"), ("secretaris", "Secretariaat"))
    assert (table.start_time, table.children_attend_from) == (time(9, 0), 12)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"weekday": 7}, [("weekday", "invalid-weekday")]),
        ({"weekday": -1}, [("weekday", "invalid-weekday")]),
        ({"slots": 0}, [("slots", "not-positive")]),
        ({"minutes_per_slot": 0}, [("minutes_per_slot", "not-positive")]),
        ({"min_age": -1}, [("min_age", "age-out-of-range")]),
        ({"max_age": 31}, [("max_age", "age-out-of-range")]),
        ({"children_attend_from": 40}, [("children_attend_from", "age-out-of-range")]),
        ({"min_age": 12, "max_age": 7}, [("max_age", "age-range-inverted")]),
        ({"cadence": "elke dag"}, [("cadence", "invalid-cadence")]),
        ({"cadence": ["wekelijks"]}, [("cadence", "invalid-cadence")]),
        ({"start_time": "9 uur"}, [("start_time", "invalid-time")]),
        ({"start_time": 900}, [("start_time", "invalid-time")]),
        ({"slots": "zes"}, [("slots", "not-a-number")]),
        ({"slots": True}, [("slots", "not-a-number")]),
        ({"weekday": 1.5}, [("weekday", "not-a-number")]),
        ({"anonymised": "ja"}, [("anonymised", "not-a-flag")]),
        ({"submitters": "casusregisseur"}, [("submitters", "not-a-list")]),
        ({"required_documents": [1]}, [("required_documents", "not-a-list")]),
        ({"participants": [["voorzitter"]]}, [("participants", "invalid-participant")]),
        ({"participants": [["voorzitter", " "]]}, [("participants", "participant-incomplete")]),
        ({"name": ""}, [("name", "required")]),
        ({"name": 3}, [("name", "not-text")]),
        (
            {"start_time": "22:00", "slots": 6, "minutes_per_slot": 30},
            [("slots", "session-past-midnight")],
        ),
    ],
)
def test_each_malformed_field_is_refused_with_its_reason(
    changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    raw = {**VALID, **changes}
    assert problems(raw) == expected
    with pytest.raises(ValidationError) as refused:
        parse_table(raw)
    assert refused.value.code == "invalid-table-config"
    assert expected[0][0] in str(refused.value)


def test_a_missing_code_and_several_wrong_fields_are_all_named() -> None:
    raw = {k: v for k, v in VALID.items() if k != "code"} | {"weekday": "di", "slots": None}
    assert problems(raw) == [
        ("code", "required"),
        ("weekday", "not-a-number"),
        ("slots", "not-a-number"),
    ]
    with pytest.raises(ValidationError, match=r"code: .*weekday: .*slots: "):
        parse_table(raw)


def test_something_other_than_an_object_is_refused() -> None:
    assert problems(["OPH"]) == [("tafel", "not-an-object")]


def test_ages_may_be_left_open() -> None:
    raw = {**VALID, "min_age": None, "max_age": None, "children_attend_from": None}
    table = parse_table(raw)
    assert (table.min_age, table.max_age, table.children_attend_from) == (None, None, None)


def test_the_domain_checks_a_definition_made_in_code_too() -> None:
    table = TableDefinition(code=" ", name="X", purpose="", submitters=("",), slots=2)
    assert [(e.field, e.code) for e in definition_errors(table)] == [
        ("code", "required"),
        ("submitters", "required"),
    ]
    assert definition_errors(replace(table, code="X", submitters=())) == []
