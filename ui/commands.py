"""Commands that need Qt: ``casedesk screenshots``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from casedesk.cli.common import add_profile_argument


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("screenshots", help="render every main screen offscreen to PNG files")
    add_profile_argument(p)
    p.add_argument("outdir", metavar="OUTDIR")
    p.set_defaults(handler=cmd_screenshots)


def cmd_screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import application, build, open_backend_interactively, profile_path
    from ui.screens import render_all

    application()
    backend = open_backend_interactively(profile_path(args))
    if backend is None:
        return 1
    ctx, window = build(backend)
    try:
        for path in render_all(window, Path(args.outdir)):
            print(path)
    finally:
        window.close()
        ctx.worker.stop()
        backend.close()
    return 0
