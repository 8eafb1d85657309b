"""Helpers for the pytest-qt tests of the werkoverzicht, aanmelding and household screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ui.context import AppContext
from ui.screens import settle

T = TypeVar("T")


def ask(ctx: AppContext, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call a service through the database worker, as the views do, and wait for the answer.

    Calling the backend from the test thread while the worker writes can collide in SQLite
    (a reader upgrading to a writer); queued behind the worker's jobs it cannot."""
    answer: list[T] = []
    ctx.run(fn, *args, on_done=answer.append, **kwargs)
    settle(ctx)
    return answer[0]
