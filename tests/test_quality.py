"""The quality gates as tests, so the one test command runs them too: ruff on the whole tree,
mypy (strict on casedesk/, configured in pyproject.toml) and the import contracts of
pyproject.toml (import-linter). Each tool runs from this venv in the repository root."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# import-linter has no ``python -m`` entry; this is what its ``lint-imports`` script runs.
LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)

GATES = {
    "ruff": [sys.executable, "-m", "ruff", "check", "."],
    "mypy": [sys.executable, "-m", "mypy"],
    # --no-cache: its cache folder would land in the repository root.
    "import-linter": [sys.executable, "-c", LINT_IMPORTS, "--no-cache", "--no-logo"],
}


@pytest.mark.parametrize("gate", list(GATES))
def test_quality_gate_passes(gate: str) -> None:
    result = subprocess.run(GATES[gate], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, (
        f"{gate} failed (exit {result.returncode}):\n{result.stdout}{result.stderr}"
    )
