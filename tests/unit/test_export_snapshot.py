"""The frozen JSON form of a gezinsplan (PlanVersie.inhoud) and reading it back."""

from __future__ import annotations

import json
from datetime import date

import pytest

from casedesk.domain.vocabulary import GoalResult, Law, Provider
from casedesk.errors import ValidationError
from casedesk.export.documents import GezinsplanInhoud
from casedesk.export.snapshot import SNAPSHOT_FORMAT, gezinsplan_from_snapshot
from casedesk.services.documents import gezinsplan_inhoud, gezinsplan_snapshot
from casedesk.store.database import Store
from tests.fixtures.plans import make_family


def test_a_snapshot_is_plain_json_and_reads_back_to_the_same_plan(store: Store) -> None:
    with store.session() as s:
        family = make_family(s, agreed=False)
        live = gezinsplan_inhoud(s, family.casus_id)
        snapshot = gezinsplan_snapshot(s, family.casus_id)
    stored = json.loads(json.dumps(snapshot))  # what the JSON column gives back
    assert stored["formaat"] == SNAPSHOT_FORMAT
    assert stored["huishouden"] == "Gezin Çelik"
    assert stored["geopend_op"] == "2026-06-01"
    back = gezinsplan_from_snapshot(stored)
    assert back == live
    assert back.middelen[0].wet is Law.JEUGDWET
    assert back.middelen[0].soort_aanbieder is Provider.AANBIEDER
    assert back.toetsingen[0].doelen[1].resultaat is GoalResult.BEREIKT
    assert back.vraaganalyse.breedte[0][1].startswith("Huurwoning")


def test_an_older_snapshot_without_newer_fields_takes_their_defaults(store: Store) -> None:
    with store.session() as s:
        snapshot = gezinsplan_snapshot(s, make_family(s, agreed=False).casus_id)
    for newer in ("afschaal_voorwaarden", "evaluatie_maanden", "netwerk"):
        del snapshot[newer]
    snapshot["veld_van_een_nieuwere_versie"] = 1  # ignored
    plan = gezinsplan_from_snapshot(snapshot)
    assert isinstance(plan, GezinsplanInhoud)
    assert (plan.afschaal_voorwaarden, plan.evaluatie_maanden, plan.netwerk) == ("", 3, ())


@pytest.mark.parametrize(("snapshot", "code"), [
    ({"formaat": SNAPSHOT_FORMAT + 1}, "snapshot-too-new"),
    ({"doelen": ["Naar school"]}, "snapshot-unreadable"),
    ({"formaat": 1, "huishouden": "Gezin X"}, "snapshot-unreadable"),
])
def test_a_snapshot_that_does_not_fit_is_refused_with_a_typed_error(
    snapshot: dict[str, object], code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        gezinsplan_from_snapshot(snapshot)
    assert caught.value.code == code


def test_a_wrong_value_type_is_refused(store: Store) -> None:
    with store.session() as s:
        snapshot = gezinsplan_snapshot(s, make_family(s, agreed=False).casus_id)
    snapshot["geopend_op"] = date(2026, 6, 1).toordinal()
    with pytest.raises(ValidationError, match="cannot be read"):
        gezinsplan_from_snapshot(snapshot)
