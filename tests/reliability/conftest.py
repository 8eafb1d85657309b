"""Reliability tests reuse the integration fixtures: a real regional store on loopback (SQLite,
and PostgreSQL when ``CASEDESK_TEST_PG`` is set) and devices with encrypted profiles.

``CASEDESK_RELIABILITY_ROUNDS`` scales the rounds of the randomised tests (kills, fault rounds,
fuzz examples); the default keeps the folder inside the normal test run's time budget."""

from __future__ import annotations

import os

from tests.integration.conftest import databases, device, regional, store_db

__all__ = ["databases", "device", "regional", "store_db"]

SCALE = max(1, int(os.environ.get("CASEDESK_RELIABILITY_ROUNDS", "1")))


def rounds(default: int) -> int:
    """``default`` rounds, times the scale asked for in the environment."""
    return default * SCALE
