"""The ``casedesk`` command line: a stable contract for people and scripts.

Each command group lives in its own module with a ``register(subparsers)`` function. Errors the
core knows about print one line on stderr and exit non-zero; nothing prints a traceback except
a real bug.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from casedesk.cli import core
from casedesk.cli.common import run_command

COMMAND_GROUPS = (core,)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casedesk",
        description="casedesk: gezinsplannen, casusregie, overlegtafels and 18+ plans.",
    )
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: per user)")
    parser.set_defaults(handler=core.cmd_gui)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
