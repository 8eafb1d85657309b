"""The ``casedesk`` console script: the core's commands plus the ones that need Qt."""

from __future__ import annotations

import sys

from casedesk import cli
from ui import commands
from ui.app import run_gui


def main() -> int:
    return cli.main(extra_groups=(commands,), default=run_gui)


if __name__ == "__main__":
    sys.exit(main())
