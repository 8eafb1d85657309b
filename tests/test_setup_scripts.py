"""scripts/dev.sh and requirements/constraints.txt: the lock file pins exactly what casedesk
needs, and the test command runs against its own PostgreSQL, removes it afterwards and never
passes with zero tests."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
DEV_SH = ROOT / "scripts" / "dev.sh"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
BUILD_CONSTRAINTS = ROOT / "requirements" / "build.txt"
VENV = ROOT / ".venv"


def pinned(path: Path = CONSTRAINTS) -> dict[NormalizedName, str]:
    pins: dict[NormalizedName, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version
    return pins


def needed(
    dist: str = "casedesk", extras: frozenset[str] = frozenset({"regional", "test"})
) -> dict[NormalizedName, str]:
    """Every distribution casedesk[regional,test] needs on this platform, with its installed
    version: the dependency closure read from the installed metadata."""
    found: dict[NormalizedName, str] = {}
    todo = [(dist, extras)]
    seen: set[tuple[NormalizedName, frozenset[str]]] = set()
    while todo:
        name, wanted = todo.pop()
        if (canonicalize_name(name), wanted) in seen:
            continue
        seen.add((canonicalize_name(name), wanted))
        for spec in metadata.distribution(name).requires or []:
            req = Requirement(spec)
            envs = [{"extra": extra} for extra in wanted or {""}]
            if req.marker and not any(req.marker.evaluate(env) for env in envs):
                continue
            found[canonicalize_name(req.name)] = metadata.version(req.name)
            todo.append((req.name, frozenset(req.extras)))
    return found


def test_constraints_pin_exactly_the_installed_dependencies() -> None:
    pins, have = pinned(), needed()
    unpinned = sorted(f"{n}=={v}" for n, v in have.items() if n not in pins)
    differ = sorted(
        f"{n}: pinned {pins[n]}, installed {v}"
        for n, v in have.items()
        if n in pins and pins[n] != v
    )
    stale = sorted(n for n in pins if n not in have)
    assert (unpinned, differ, stale) == ([], [], []), (
        "requirements/constraints.txt is out of date (see its header to regenerate it): "
        f"not pinned {unpinned}, different version {differ}, no longer needed {stale}"
    )


def dev_sh(*args: str, test_pg: str | None = None) -> subprocess.CompletedProcess[str]:
    """Runs the script; without ``test_pg`` it starts a PostgreSQL cluster of its own."""
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_TEST_PG"}
    if test_pg is not None:
        env["CASEDESK_TEST_PG"] = test_pg
    return subprocess.run(
        ["bash", str(DEV_SH), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def installed_by_dev_sh() -> bool:
    """True when this venv is the one dev.sh keeps up to date, so running it installs nothing."""
    stamp = VENV / ".casedesk-install"
    digest = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes()
        + CONSTRAINTS.read_bytes()
        + BUILD_CONSTRAINTS.read_bytes()
    ).hexdigest()
    return (
        Path(sys.prefix) == VENV
        and stamp.is_file()
        and stamp.read_text(encoding="utf-8").strip() == digest
    )


needs_installed_venv = pytest.mark.skipif(
    not installed_by_dev_sh(), reason="the venv is not up to date: run bash scripts/dev.sh test"
)
can_start_postgres = (
    os.geteuid() == 0
    and shutil.which("runuser") is not None
    and any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
)


def cluster_dir(stderr: str) -> Path | None:
    match = re.search(r"private cluster in (\S+),", stderr)
    return Path(match.group(1)) if match else None


@needs_installed_venv
def test_the_installer_is_pinned_too() -> None:
    assert metadata.version("pip") == pinned(BUILD_CONSTRAINTS)["pip"]


def test_an_unknown_command_prints_the_usage() -> None:
    result = dev_sh("deploy")
    assert result.returncode == 2
    assert "usage: bash scripts/dev.sh app" in result.stderr


@needs_installed_venv
def test_a_run_that_collects_no_tests_fails(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    # A server given by the caller is used as is (here: none, to skip starting a cluster).
    result = dev_sh("test", str(tmp_path / "empty"), test_pg="postgresql+psycopg://nobody@0:1/")
    assert result.returncode == 1, result.stderr
    assert "using the PostgreSQL server in CASEDESK_TEST_PG" in result.stderr
    assert "pytest collected no tests; that counts as a failure" in result.stderr
    assert "installing" not in result.stderr  # a second run installs nothing


@needs_installed_venv
@pytest.mark.skipif(not can_start_postgres, reason="needs root and the PostgreSQL server binaries")
def test_the_tests_get_a_private_postgres_that_is_removed_afterwards(tmp_path: Path) -> None:
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "test_probe.py").write_text(
        "import os\n"
        "import psycopg\n\n"
        "def test_connects():\n"
        "    url = os.environ['CASEDESK_TEST_PG'].replace('postgresql+psycopg', 'postgresql')\n"
        "    with psycopg.connect(url) as conn:\n"
        "        assert conn.execute('select current_user').fetchone() == ('casedesk',)\n",
        encoding="utf-8",
    )
    result = dev_sh("test", "-p", "no:cacheprovider", str(probe))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
    cluster = cluster_dir(result.stderr)
    assert cluster is not None, result.stderr
    assert not cluster.exists()
