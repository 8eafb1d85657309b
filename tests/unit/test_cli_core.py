"""The core commands as people and scripts use them: init, demo, search, check; and every way
they can go wrong prints one line ``casedesk: …`` on stderr with a non-zero exit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from casedesk.cli import main
from casedesk.domain.vocabulary import Step
from casedesk.store.database import open_store
from casedesk.store.models import Casus, Huishouden, Professional
from casedesk.store.profile import KeyMode, Profile
from tests.memkeyring import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code != 0
    lines = [line for line in err.replace("\r", "\n").splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("casedesk: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


PASSPHRASE = "cli-tests"


@pytest.fixture(scope="module")
def pristine_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``casedesk demo --households 30`` once per module, on a passphrase profile (so it does not
    depend on a test's keyring); each test gets its own copy."""
    path = tmp_path_factory.mktemp("cli") / "demo"
    previous = os.environ.get("CASEDESK_PASSPHRASE")
    os.environ["CASEDESK_PASSPHRASE"] = PASSPHRASE
    try:
        assert main(["--profile", str(path), "demo", "--households", "30"]) == 0
    finally:
        if previous is None:
            del os.environ["CASEDESK_PASSPHRASE"]
        else:
            os.environ["CASEDESK_PASSPHRASE"] = previous
    return path


@pytest.fixture
def demo_profile(pristine_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "demo"
    shutil.copytree(pristine_demo, path)
    monkeypatch.setenv("CASEDESK_PASSPHRASE", PASSPHRASE)
    return path


# --- init --------------------------------------------------------------------------------------


def test_init_with_a_keyring(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p"
    code, out, err = run(
        capsys, "init", "--profile", str(path), "--name", "Sanne de Vries",
        "--team", "Lokaal team Wijchen",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"profile created in {path} (keyring)\n"
    store = open_store(path)
    with store.session() as s:
        me = s.get(Professional, store.me)
        assert me is not None and me.naam == "Sanne de Vries"
        assert me.gebruikersnaam == "sanne.de.vries"
        assert s.scalar(select(Huishouden)) is None
    store.close()


@pytest.mark.usefixtures("no_keyring")
def test_init_with_a_passphrase_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", "één geheim")
    code, out, _ = run(capsys, "--profile", str(tmp_path / "p"), "init", "--name", "Joris")
    assert code == 0 and out.endswith("(passphrase)\n")
    assert Profile.load(tmp_path / "p").key_mode is KeyMode.PASSPHRASE
    open_store(tmp_path / "p", "één geheim").close()


@pytest.mark.usefixtures("no_keyring")
def test_init_without_keyring_or_passphrase_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--profile", str(tmp_path / "p"), "init")
    assert_one_line_error(code, err, "passphrase")
    assert not (tmp_path / "p").exists()


def test_init_twice_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--profile", str(tmp_path / "p"), "init")[0] == 0
    code, _, err = run(capsys, "--profile", str(tmp_path / "p"), "init")
    assert_one_line_error(code, err, "already exists")


def test_init_with_an_unknown_team_leaves_no_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--profile", str(tmp_path / "p"), "init", "--team", "Nergens")
    assert_one_line_error(code, err, "Nergens")
    assert not Profile.exists(tmp_path / "p")


# --- demo, search, check -----------------------------------------------------------------------


def test_demo_fills_a_new_profile(demo_profile: Path) -> None:
    store = open_store(demo_profile, PASSPHRASE)
    with store.session() as s:
        households = s.scalars(select(Huishouden)).all()
        assert len(households) == 30
        me = s.get(Professional, store.me)
        assert me is not None
    store.close()


def test_demo_reports_what_it_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "demo", "--profile", str(tmp_path / "d"), "--households", "5")
    assert Profile.load(tmp_path / "d").key_mode is KeyMode.KEYRING
    assert code == 0
    assert out.startswith("5 households, ") and out.rstrip().endswith(str(tmp_path / "d"))
    assert "5/5 households" in err  # progress on stderr, out stays parseable


def test_search_prints_one_tab_separated_line_per_case(
    demo_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(demo_profile, PASSPHRASE)
    with store.session() as s:
        name, casus_ids = s.execute(
            select(Huishouden.naam, Casus.id).join(Casus).order_by(Huishouden.id).limit(1)
        ).one()
        all_ids = set(s.scalars(select(Casus.id)))
    store.close()
    surname = name.removeprefix("Gezin ")
    code, out, err = run(capsys, "--profile", str(demo_profile), "search", surname)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines
    for line in lines:
        casus_id, household, gemeente, step = line.split("\t")
        assert casus_id in all_ids
        assert household.startswith("Gezin ") and gemeente
        assert step in {s.value for s in Step}
    assert casus_ids in {line.split("\t")[0] for line in lines}


def test_search_without_matches_prints_nothing(
    demo_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--profile", str(demo_profile), "search", "Qwxyzzy") == (0, "", "")


def test_check_passes_on_a_good_profile(
    demo_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", "--profile", str(demo_profile))
    assert (code, err) == (0, "")
    assert "schema: ok" in out and "integrity: ok" in out and "audit chain: ok" in out


def test_check_fails_on_a_broken_audit_chain(
    demo_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(demo_profile, PASSPHRASE)
    with store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET actor = 'iemand' WHERE seq = 1"))
    store.close()
    code, _out, err = run(capsys, "check", "--profile", str(demo_profile))
    assert code == 1
    assert err.strip().splitlines() == [err.strip()]
    assert err.startswith("audit chain: broken at entry 1 of ")


def test_check_names_a_damaged_file(demo_profile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = demo_profile / "casedesk.db"
    data = database.read_bytes()
    middle = len(data) // 2 // 4096 * 4096
    database.write_bytes(data[:middle] + bytes(4096) + data[middle + 4096 :])
    code, _out, err = run(capsys, "check", "--profile", str(demo_profile))
    assert code == 1
    assert "Traceback" not in err
    problems = err.strip().splitlines()
    assert len(problems) == 1
    # Found by the integrity check, or already on open when the page is one open reads.
    assert problems[0].startswith(("integrity: the file is damaged: ", "casedesk: "))
    assert "damaged" in problems[0]


# --- error paths -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["search", "x"], ["check"]])
def test_no_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, _, err = run(capsys, "--profile", str(tmp_path / "nothing"), *command)
    assert_one_line_error(code, err, "no profile in", "casedesk init")


@pytest.mark.usefixtures("no_keyring")
def test_wrong_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", "goed")
    assert run(capsys, "--profile", str(tmp_path / "p"), "init")[0] == 0
    monkeypatch.setenv("CASEDESK_PASSPHRASE", "fout")
    code, _, err = run(capsys, "--profile", str(tmp_path / "p"), "search", "x")
    assert_one_line_error(code, err, "passphrase is not right")


@pytest.mark.usefixtures("no_keyring")
def test_missing_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", "goed")
    assert run(capsys, "--profile", str(tmp_path / "p"), "init")[0] == 0
    monkeypatch.delenv("CASEDESK_PASSPHRASE")
    code, _, err = run(capsys, "--profile", str(tmp_path / "p"), "check")
    assert_one_line_error(code, err, "CASEDESK_PASSPHRASE")


def test_lost_keyring_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    assert run(capsys, "--profile", str(tmp_path / "p"), "init")[0] == 0
    memory_keyring.store.clear()
    code, _, err = run(capsys, "--profile", str(tmp_path / "p"), "search", "x")
    assert_one_line_error(code, err, "keyring holds no key")


def test_demo_into_a_profile_with_households(
    demo_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--profile", str(demo_profile), "demo", "--households", "3")
    assert_one_line_error(code, err, "already holds households")


@pytest.mark.parametrize("n", ["0", "-5"])
def test_demo_needs_at_least_one_household(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], n: str
) -> None:
    code, _, err = run(capsys, "--profile", str(tmp_path / "d"), "demo", "--households", n)
    assert_one_line_error(code, err, "--households")
    assert not (tmp_path / "d").exists()


def test_a_damaged_database_is_one_line(
    demo_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = demo_profile / "casedesk.db"
    database.write_bytes(database.read_bytes()[:5000])
    code, _, err = run(capsys, "--profile", str(demo_profile), "search", "x")
    assert_one_line_error(code, err, "damaged")


def test_a_database_newer_than_the_code_is_one_line(
    demo_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(demo_profile, PASSPHRASE)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    code, _, err = run(capsys, "--profile", str(demo_profile), "check")
    assert_one_line_error(code, err, "9999", "newer")


# --- the real entry point ----------------------------------------------------------------------


def test_python_dash_m_casedesk_runs_the_commands(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "CASEDESK_PASSPHRASE": "subprocess",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("CASEDESK_PROFILE", None)
    profile = str(tmp_path / "p")

    def casedesk(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "casedesk", "--profile", profile, *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    made = casedesk("demo", "--households", "3")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("3 households")
    found = casedesk("search", "Gezin")
    assert found.returncode == 0 and len(found.stdout.splitlines()) >= 3
    broken = casedesk("demo", "--households", "3")
    assert broken.returncode == 1
    assert broken.stderr.startswith("casedesk: ") and "Traceback" not in broken.stderr
