"""The commands end to end: ``casedesk-regional serve`` as its own process, and ``casedesk
login``, ``sync``, ``conflicts`` and ``resolve`` on encrypted profiles."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from casedesk.cli import main
from casedesk.store.database import open_store
from casedesk.store.models import Casus
from casedesk.sync.client import SyncClient
from tests.integration.conftest import OOST_1, OOST_4, PASSWORD, Device, new_case
from tests.integration.regional import free_port


@pytest.fixture
def served(store_db: str, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "casedesk.regional.cli", "serve", "--db", store_db,
         "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/version").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "casedesk-regional serve did not start"
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def _casedesk(capsys: pytest.CaptureFixture[str], profile: Path, *args: str) -> tuple[int, str,
                                                                                       str]:
    code = main(["--profile", str(profile), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_login_sync_and_conflicts_from_the_command_line(
    served: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    monkeypatch.setenv("CASEDESK_PASSWORD", "fout")
    code, _, err = _casedesk(capsys, mine, "login", "--server", served, "--user", OOST_1)
    assert code == 1 and err == "casedesk: the user name or password is not right\n"

    monkeypatch.setenv("CASEDESK_PASSWORD", PASSWORD)
    for profile, user in ((mine, OOST_1), (theirs, OOST_4)):
        code, out, _ = _casedesk(capsys, profile, "login", "--server", served, "--user", user)
        assert code == 0 and out.startswith(f"ingelogd als {user} (")

    store = open_store(mine)
    try:
        casus_id = new_case(Device(store, SyncClient(store)))
    finally:
        store.close()
    code, out, _ = _casedesk(capsys, mine, "sync")
    assert code == 0
    assert out.splitlines()[0] == ("verzonden: 6 (toegepast 6, samengevoegd 0, conflict 0, "
                                   "geweigerd 0)")
    code, out, _ = _casedesk(capsys, theirs, "sync")
    assert code == 0 and out.splitlines()[1].startswith("ontvangen: ")

    for profile, text in ((mine, "Eerste versie."), (theirs, "Tweede versie.")):
        store = open_store(profile)
        try:
            with store.session() as s:
                s.get(Casus, casus_id).aanleiding = text  # type: ignore[union-attr]
        finally:
            store.close()
        assert _casedesk(capsys, profile, "sync")[0] == 0

    code, out, _ = _casedesk(capsys, theirs, "conflicts")
    (line,) = out.splitlines()
    conflict_id, entity, entity_id, field, basis, mijn, hun = line.split("\t")
    assert (entity, entity_id, field) == ("casus", casus_id, "aanleiding")
    assert (basis, mijn, hun) == ('basis="Zorgen over schoolverzuim."', 'mijn="Tweede versie."',
                                  'hun="Eerste versie."')
    code, out, _ = _casedesk(capsys, theirs, "resolve", conflict_id, "--value",
                             '"Eerste en tweede versie."')
    assert code == 0 and "opgelost" in out
    assert _casedesk(capsys, theirs, "conflicts")[1] == ""
    assert _casedesk(capsys, theirs, "sync")[0] == 0
    assert _casedesk(capsys, mine, "sync")[0] == 0
    store = open_store(mine)
    try:
        with store.session() as s:
            assert s.get(Casus, casus_id).aanleiding == "Eerste en tweede versie."  # type: ignore[union-attr]
    finally:
        store.close()


def test_sync_without_login_or_server_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = tmp_path / "p"
    assert main(["--profile", str(profile), "init", "--name", "Anna de Wit"]) == 0
    capsys.readouterr()
    code, _, err = _casedesk(capsys, profile, "sync")
    assert code == 1 and err.startswith("casedesk: this profile is not logged in")
    monkeypatch.setenv("CASEDESK_PASSWORD", PASSWORD)
    code, _, err = _casedesk(capsys, profile, "login", "--server",
                             f"http://127.0.0.1:{free_port()}", "--user", OOST_1)
    assert code == 1 and err.count("\n") == 1 and "cannot be reached" in err
