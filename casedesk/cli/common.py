"""What every command shares: the profile argument, opening the store, error reporting."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from casedesk.errors import CasedeskError, PassphraseRequired
from casedesk.store.database import Store, open_store
from casedesk.store.profile import Profile, default_profile_dir

EXIT_ERROR = 1
EXIT_USAGE = 2


def add_profile_argument(parser: argparse.ArgumentParser) -> None:
    """``--profile`` works before and after the command name."""
    parser.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS,
                        help="profile folder (default: per user)")


def profile_dir(args: argparse.Namespace) -> Path:
    given = getattr(args, "profile", None)
    return Path(given).expanduser() if given else default_profile_dir()


def passphrase_from_env_or_prompt(prompt: str = "Passphrase: ") -> str | None:
    env = os.environ.get("CASEDESK_PASSPHRASE")
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def open_profile_store(args: argparse.Namespace) -> Store:
    path = profile_dir(args)
    profile = Profile.load(path)
    passphrase = None
    if profile.needs_passphrase:
        passphrase = passphrase_from_env_or_prompt()
        if not passphrase:
            raise PassphraseRequired(
                "this profile needs its passphrase: type it, or set CASEDESK_PASSPHRASE"
            )
    return open_store(path, passphrase)


def fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"casedesk: {message}", file=sys.stderr)
    return code


def run_command(args: argparse.Namespace) -> int:
    handler: Any = args.handler
    try:
        result = handler(args)
    except CasedeskError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    return int(result or 0)
