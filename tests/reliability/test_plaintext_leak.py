"""No plaintext of a person anywhere on disk: after a demo and edits, the profile's database
file, its WAL and shared-memory files and any other file the profile or the temp folder holds
contain none of the demo persons' names or BSNs (SQLCipher encrypts every page it writes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from casedesk import cli
from casedesk.store.database import open_store
from casedesk.store.models import Persoon

PASSPHRASE = "leak test passphrase"
MARKER = "Zwaluwstaartvlinder"  # a name typed during the edits: must not appear in plaintext


def test_no_name_or_bsn_of_a_demo_person_is_readable_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("CASEDESK_PASSPHRASE", PASSPHRASE)
    profile = tmp_path / "profile"
    assert cli.main(["demo", "--profile", str(profile), "--households", "25"]) == 0
    capsys.readouterr()
    store = open_store(profile, PASSPHRASE)
    try:
        with store.session() as s:
            people = list(s.scalars(select(Persoon)))
            for person in people[:10]:
                person.achternaam = f"{MARKER}-{person.achternaam}"
            secrets = {p.achternaam for p in people if len(p.achternaam) >= 6}
            secrets |= {p.bsn for p in people if p.bsn}
        # Left open: the WAL still holds the edits when the files are read.
        files = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files)
        found = {
            (p.name, secret)
            for p in files
            for secret in {*secrets, MARKER}
            if secret.encode("utf-8") in p.read_bytes()
        }
    finally:
        store.close()
    assert len(secrets) > 20 and any(len(s) == 9 and s.isdigit() for s in secrets)
    assert not found
    after = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not {(p.name, MARKER) for p in after if MARKER.encode() in p.read_bytes()}
