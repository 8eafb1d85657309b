"""The privacy officer's audit viewer: filters, CSV export, chain verification, the CLI."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from casedesk.cli import main
from casedesk.domain.vocabulary import MemberRole
from casedesk.services import audit_log, households
from casedesk.services.audit_log import AuditFilter
from casedesk.store import audit
from casedesk.store.database import Store
from casedesk.store.models import Huishouden, Team
from tests.conftest import NOW
from tests.unit.services.casus_setup import CasusSetup, make_casus


@pytest.fixture
def setup(store: Store) -> CasusSetup:
    made = make_casus(store, NOW.date())
    with store.session(made.regisseur) as s:  # a second family with a namesake
        team = s.get(Team, s.get(Huishouden, made.huishouden_id).team_id)  # type: ignore[union-attr]
        assert team is not None
        other = households.register_household(s, households.HouseholdInput(
            naam="Gezin Çelik", gemeente_id=team.gemeente_id, team_id=team.id,
            leden=(households.MemberInput("Zoë", "Çelik", MemberRole.JEUGDIGE,
                                          geboortedatum=date(2012, 1, 5)),)), today=NOW.date())
    with store.session(made.colleague) as s:
        audit.record(s, "view-kitchen", "casus", made.casus_id)
        audit.record(s, "export", "casus", made.casus_id, {"soort": "gezinsplan"})
    with store.session(made.teamleider) as s:
        audit.record(s, "view", "huishouden", other)
        audit.record(s, "update", "persoon", made.members["Zoë"])
    return made


def _actions(listing: audit_log.AuditListing) -> list[tuple[str, str]]:
    return [(r.actor, r.action) for r in listing.rows]


def test_filters_by_casus_user_kind_and_person(store: Store, setup: CasusSetup) -> None:
    with store.session() as s:
        by_casus = audit_log.entries(s, AuditFilter(casus_id=setup.casus_id))
        assert ("Joris Bakker", "view-kitchen") in _actions(by_casus)
        assert ("Marieke Jansen", "update") in _actions(by_casus)  # a member of its household
        assert ("Marieke Jansen", "view") not in _actions(by_casus)  # the other household
        by_user = audit_log.entries(s, AuditFilter(user="colleague"))
        assert _actions(by_user) == [("Joris Bakker", "export"), ("Joris Bakker", "view-kitchen")]
        viewed = audit_log.entries(s, AuditFilter(casus_id=setup.casus_id, kind="bekeken"))
        assert _actions(viewed) == [("Joris Bakker", "view-kitchen")]
        exported = audit_log.entries(s, AuditFilter(user="Joris", kind="geexporteerd"))
        assert [r.kind for r in exported.rows] == ["geexporteerd"]
        by_name = audit_log.entries(s, AuditFilter(person="Zoë Çelik", user="Marieke"))
        assert {r.entity for r in by_name.rows} == {"persoon"}  # the family with a casus
        assert audit_log.entries(s, AuditFilter(person="Nobody Xyz")).rows == ()
        assert audit_log.entries(s, AuditFilter(since=NOW.date())).rows
        assert by_casus.intact


def test_a_tampered_entry_is_reported(store: Store, setup: CasusSetup) -> None:
    with store.session() as s:
        target = audit_log.entries(s, AuditFilter(user="colleague")).rows[-1].seq
    with store.engine.begin() as conn:  # what someone with the key and sqlite3 could do
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET actor = 'someone' WHERE seq = :s"),
                     {"s": target})
    with store.session() as s:
        assert audit_log.entries(s).first_break == target


def test_csv_export(store: Store, setup: CasusSetup, tmp_path: Path) -> None:
    out = tmp_path / "audit.csv"
    with store.session() as s:
        assert audit_log.export_csv(s, AuditFilter(user="colleague"), out) == 2
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["volgnummer", "tijdstip", "gebruiker"]
    assert [r[3] for r in rows[1:]] == ["export", "view-kitchen"]
    with store.session() as s:
        assert audit_log.entries(s, AuditFilter(kind="geexporteerd")).rows[0].entity == "audit_log"


def test_cli(store: Store, setup: CasusSetup, capsys: pytest.CaptureFixture[str]) -> None:
    profile = str(store.profile.path)
    assert main(["--profile", profile, "audit", "--casus", setup.casus_id, "--user", "Joris"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[3] for line in lines] == ["export", "view-kitchen"]
    assert main(["--profile", profile, "audit", "--verify"]) == 0
    assert "intact" in capsys.readouterr().out
    with store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    assert main(["--profile", profile, "audit", "--verify"]) == 1
    assert "broken at entry 4" in capsys.readouterr().err
