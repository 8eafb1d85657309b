"""The clock is injected everywhere time matters, so tests never patch ``time``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Local wall-clock time without tzinfo: the app is used in one time zone (Europe/Amsterdam)."""
    return datetime.now().replace(microsecond=0)


def fixed_clock(moment: datetime) -> Clock:
    return lambda: moment
