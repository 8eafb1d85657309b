"""The regional store's Alembic tree builds exactly its models, on SQLite and PostgreSQL, and
its administration commands work on both."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from casedesk.regional import cli
from casedesk.regional.database import (
    RegionalDatabaseError,
    check_ready,
    current_revision,
    head_revision,
    open_engine,
    transaction,
)
from casedesk.regional.models import Account, Base, Device, Record
from tests.integration.conftest import TEAM_WIJCHEN


def test_the_migrations_build_the_models(store_db: str) -> None:
    engine = open_engine(store_db)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        engine.dispose()


def test_an_empty_database_is_refused_until_init(tmp_path: object) -> None:
    engine = open_engine(f"sqlite+pysqlite:///{tmp_path}/empty.db")
    try:
        with pytest.raises(RegionalDatabaseError, match="casedesk-regional init"):
            check_ready(engine)
    finally:
        engine.dispose()


def test_administration_commands(store_db: str, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli.main(["teams", "--db", store_db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10 and lines[0].startswith("Lokaal team Berg en Dal\t")
    assert any(line.split("\t")[:2] == ["Lokaal team Wijchen", TEAM_WIJCHEN] for line in lines)

    monkeypatch.setenv("NIEUW_WACHTWOORD", "lang genoeg wachtwoord")
    assert cli.main(["adduser", "--db", store_db, "m.devries", "--team", "Lokaal team Wijchen",
                     "--role", "gezinscoach", "--full-name", "Marieke de Vries",
                     "--password-env", "NIEUW_WACHTWOORD"]) == 0
    assert "m.devries" in capsys.readouterr().out
    assert cli.main(["adduser", "--db", store_db, "m.devries", "--team", "Lokaal team Wijchen",
                     "--password-env", "NIEUW_WACHTWOORD"]) == 1
    assert cli.main(["adduser", "--db", store_db, "x", "--team", "Geen team",
                     "--password-env", "NIEUW_WACHTWOORD"]) == 1
    assert cli.main(["adduser", "--db", store_db, "y", "--team", "Lokaal team Wijchen",
                     "--password-env", "LEEG"]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 3 and all(e.startswith("casedesk-regional: ") for e in errors)
    assert "teams" in errors[1]

    assert cli.main(["adduser", "--db", store_db, "secretaris-nieuw", "--tafel", "JBT",
                     "--password-env", "NIEUW_WACHTWOORD"]) == 0
    assert capsys.readouterr().out.startswith("gebruiker secretaris-nieuw aangemaakt")
    engine = open_engine(store_db)
    try:
        with transaction(engine) as s:
            account = s.scalar(select(Account).where(Account.username == "m.devries"))
            assert account is not None and account.team_id == TEAM_WIJCHEN
            assert account.password_hash.startswith("$argon2id$")
            assert s.scalar(select(func.count()).select_from(Record).where(
                Record.entity == "professional", Record.unique_key == "m.devries")) == 1
            s.add(Device(id="laptop-1", account_id=account.id, name="laptop",
                         refresh_hash="0" * 64, created_at=account.created_at,
                         last_seen=account.created_at, revoked_at=None, pull_serial=0))
    finally:
        engine.dispose()
    assert cli.main(["devices", "--db", store_db]) == 0
    assert capsys.readouterr().out.startswith("laptop-1\tm.devries\tlaptop\t")
    assert cli.main(["revoke-device", "--db", store_db, "laptop-1"]) == 0
    assert "ingetrokken" in capsys.readouterr().out
    assert cli.main(["revoke-device", "--db", store_db, "laptop-2"]) == 1
    assert capsys.readouterr().err.strip() == "casedesk-regional: no device laptop-2"
