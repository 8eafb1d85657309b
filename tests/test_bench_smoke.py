"""The benchmark report runs end to end at a tiny size: every bench of the issues starts, measures
and lands in the Markdown table. No figure is judged here (benchmarks are not tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The rows each bench must contribute, by the label the report gives them.
PROFILE_ROWS = [
    "casedesk demo --households N",
    "open + first page",
    "open + first page / empty profile",
    "FTS match, p95",
    "case list search, p95",
    "bulk write, encrypted / plain",
    "peak RSS, casedesk demo",
    "open a casus (show_case → loaded)",
    "switch step or tab",
    "werkoverzicht: screen (reload → loaded)",
    "case list: first page, screen",
    "18+ timeline, hele regio",
]
OWN_DATA_ROWS = [
    "render one gezinsplan",
    "bulk export of 3 plans",
    "planning view of 1 years opens",
    "initial sync / bare bulk insert",
    "round receiving 5 changes",
]


def table_rows(markdown: str) -> dict[str, list[str]]:
    """First cell of every table row -> its other cells (the first table's header wins)."""
    rows = {}
    for line in markdown.splitlines():
        if line.startswith("| ") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows.setdefault(cells[0], cells[1:])
    return rows


def test_report_at_a_tiny_size(tmp_path: Path) -> None:
    out = tmp_path / "REPORT.md"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEDESK_PASSPHRASE": "demo"}
    done = subprocess.run(
        [sys.executable, "bench/report.py", "--sizes", "50", "--runs", "1", "--fixed", "tiny",
         "--jobs", "2", "--pg", "", "--keep", str(tmp_path / "profiles"), "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    rows = table_rows(out.read_text())

    assert rows["figure"][:2] == ["issue", "50 households"]
    for label in PROFILE_ROWS:
        issue, value, _target = rows[label]
        assert issue.startswith("#") and value not in ("", "—"), (label, rows[label])
    for label in OWN_DATA_ROWS:
        assert any(key.startswith(label) for key in rows), (label, sorted(rows))
    # The demo profile was cached for the next run, with what its build cost.
    assert (tmp_path / "profiles" / "demo-50" / "bench-build.json").exists()
    assert rows["bench_sync.py, concurrent clients"][-1].startswith("not run")
