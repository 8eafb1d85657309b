"""The ``casedesk`` command line: a stable contract for people and scripts.

Each command group lives in its own module with a ``register(subparsers)`` function. Errors the
core knows about print one line on stderr and exit non-zero; nothing prints a traceback except
a real bug.

The core never imports Qt, so the console script enters through ``ui.launcher``, which adds
the commands that need Qt (the desktop client itself, ``screenshots``) and calls ``main`` here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from types import ModuleType

from casedesk.cli import audit, core, export, sync
from casedesk.cli.common import run_command

COMMAND_GROUPS: tuple[ModuleType, ...] = (core, export, sync, audit)


def build_parser(
    extra_groups: Iterable[ModuleType] = (),
    default: Callable[[argparse.Namespace], int] | None = None,
) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casedesk",
        description="casedesk: gezinsplannen, casusregie, overlegtafels and 18+ plans. "
        "Without a command: start the desktop client.",
    )
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: per user)")
    parser.set_defaults(handler=default or _no_gui)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for group in (*COMMAND_GROUPS, *extra_groups):
        group.register(subparsers)
    return parser


def _no_gui(_args: argparse.Namespace) -> int:
    print("casedesk: no command given (see --help)", file=sys.stderr)
    return 2


def main(
    argv: Sequence[str] | None = None,
    *,
    extra_groups: Iterable[ModuleType] = (),
    default: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    args = build_parser(extra_groups, default).parse_args(argv)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
