"""Kill -9 at random moments: a child process writes aanmeldingen with their goals into a real
encrypted profile and is killed with SIGKILL mid-work, round after round. After every kill the
profile opens, ``casedesk check`` passes, every casus the child reported committed is there whole,
and no casus is there in part."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casedesk import cli
from casedesk.cli import core as cli_core
from casedesk.region import load_region
from casedesk.services import reference
from casedesk.store.database import create_store, open_store
from casedesk.store.models import Casus, Doel, Huishouden, OutboxEntry, Persoon, Professional, Team
from tests.reliability.conftest import rounds
from tests.reliability.crash_child import GOALS, PREFIX

PASSPHRASE = "crash test passphrase"
ROOT = Path(__file__).resolve().parents[2]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        CASEDESK_PASSPHRASE=PASSPHRASE,
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def _new_profile(path: Path) -> None:
    store = create_store(path, PASSPHRASE)
    try:
        with store.session() as s:
            region = load_region()
            reference.install_region(s, region)
            team = s.scalars(select(Team).where(Team.naam == cli_core.DEMO_HOME_TEAM)).one()
            me = Professional(
                naam="Crash Proef",
                gebruikersnaam="crash.proef",
                organisatie=team.naam,
                team_id=team.id,
                rollen=["casusregisseur"],
            )
            s.add(me)
            s.flush()
            reference.set_me(s, me.id)
    finally:
        store.close()


def _run_and_kill(profile: Path, rng: random.Random) -> list[str]:
    """Start the writer, let it commit a few aanmeldingen, kill it at a random moment."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_child", str(profile)],
        cwd=ROOT,
        env=_child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    committed: list[str] = []
    try:
        for _ in range(rng.randint(1, 4)):
            line = child.stdout.readline()
            assert line, f"the writer stopped: {child.stderr.read() if child.stderr else ''}"
            committed.append(line.strip())
        time.sleep(rng.uniform(0, 0.08))  # somewhere inside the next transaction, or between
    finally:
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
    return committed + rest.split()  # lines printed before the kill landed count too


def _check_profile(profile: Path, committed: set[str], capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(profile, PASSPHRASE)
    try:
        with store.session() as s:
            cases = {
                c.id: c.huishouden_id
                for c in s.scalars(
                    select(Casus).join(Huishouden).where(Huishouden.naam.startswith(PREFIX))
                )
            }
            assert committed <= cases.keys(), "a committed casus is missing"
            for casus_id, household_id in cases.items():
                goals = s.scalar(
                    select(func.count()).select_from(Doel).where(Doel.casus_id == casus_id)
                )
                members = s.scalar(
                    select(func.count())
                    .select_from(Persoon)
                    .where(Persoon.huishouden_id == household_id)
                )
                queued = s.scalar(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(OutboxEntry.entity_id == casus_id)
                )
                assert (goals, members, queued) == (GOALS, 2, 1), casus_id
            households = s.scalar(
                select(func.count())
                .select_from(Huishouden)
                .where(Huishouden.naam.startswith(PREFIX))
            )
            assert households == len(cases), "a household without its casus"
    finally:
        store.close()
    # The real command (in this process: a fresh interpreter per round would dominate the run).
    assert cli.main(["check", "--profile", str(profile)]) == 0
    out = capsys.readouterr().out
    assert "audit chain: ok" in out and "integrity: ok" in out


@pytest.mark.parametrize("kills", [rounds(6)])
def test_a_writer_killed_at_random_moments_loses_nothing_committed_and_leaves_no_half(
    tmp_path: Path,
    kills: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CASEDESK_PASSPHRASE", PASSPHRASE)
    profile = tmp_path / "profile"
    _new_profile(profile)
    rng = random.Random(int(os.environ.get("CASEDESK_RELIABILITY_SEED", "8")))
    committed: set[str] = set()
    for _ in range(kills):
        committed |= set(_run_and_kill(profile, rng))
        _check_profile(profile, committed, capsys)
    assert len(committed) >= kills
