"""``casedesk export-pdf``: one document to a file, or every agreed plan of a team to a folder."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from casedesk.cli.common import add_profile_argument, fail, open_profile_store
from casedesk.export.bulk import export_all
from casedesk.export.render import export_pdf
from casedesk.services.documents import (
    ExportKind,
    PlanChoice,
    export_document,
    team_plan_documents,
)

KINDS = ", ".join(k.value for k in ExportKind)
PLAN_KINDS = (ExportKind.GEZINSPLAN, ExportKind.GEZINSPLAN_GEZIN)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export-pdf",
        help="write a gezinsplan, toekomstplan, agenda, verslag or inzage as PDF",
        description=(
            "ID is a casus id (gezinsplan, gezinsplan-gezin), a plan18 or casus id (plan18), "
            "a zitting id (agenda), an aanmelding or zitting id (verslag) or a persoon id "
            "(inzage). With --team and --out-dir: the latest agreed gezinsplan of every open "
            "casus of the team, one file each."
        ),
    )
    add_profile_argument(p)
    p.add_argument("--kind", metavar="KIND", help=f"one of: {KINDS}")
    p.add_argument("id", nargs="?", metavar="ID")
    p.add_argument("-o", "--output", metavar="FILE", help="the PDF file to write")
    p.add_argument("--team", metavar="TEAMNAME", help="bulk: the team whose plans to export")
    p.add_argument("--out-dir", metavar="DIR", help="bulk: the folder to write into")
    p.add_argument("--versie", metavar="N", help="gezinsplan: this agreed version")
    p.add_argument("--concept", action="store_true",
                   help="gezinsplan: the current draft instead of the latest agreed version")
    p.add_argument("--password-env", metavar="VAR",
                   help="protect the PDF (AES-256) with the password in environment variable VAR")
    p.set_defaults(handler=cmd_export_pdf)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    try:
        kind = ExportKind(args.kind or "")
    except ValueError:
        return fail(f"unknown --kind {args.kind!r}; choose one of: {KINDS}")
    password = None
    if args.password_env:
        password = os.environ.get(args.password_env)
        if not password:
            return fail(f"the environment variable {args.password_env} is not set or empty")
    if args.team or args.out_dir:
        return _bulk(args, kind, password)
    return _single(args, kind, password)


def _plan_choice(args: argparse.Namespace, kind: ExportKind) -> PlanChoice | str:
    """The plan version asked for, or an error message."""
    if (args.versie or args.concept) and kind not in PLAN_KINDS:
        return "--versie and --concept apply to gezinsplan and gezinsplan-gezin only"
    if args.versie and args.concept:
        return "give --versie or --concept, not both"
    if args.versie is None:
        return PlanChoice(concept=args.concept)
    if not args.versie.isdigit() or int(args.versie) < 1:
        return f"--versie must be a version number, not {args.versie!r}"
    return PlanChoice(versie=int(args.versie))


def _single(args: argparse.Namespace, kind: ExportKind, password: str | None) -> int:
    if not args.id or not args.output:
        return fail("give an ID and -o FILE (or --team and --out-dir for a bulk export)")
    choice = _plan_choice(args, kind)
    if isinstance(choice, str):
        return fail(choice)
    output = Path(args.output).expanduser()
    if not output.parent.is_dir():
        return fail(f"the folder {output.parent} does not exist")
    store = open_profile_store(args)
    try:
        with store.session() as s:
            doc = export_document(s, kind, args.id, today=store.clock().date(), plan=choice)
    finally:
        store.close()
    export_pdf(doc, output, password=password)
    print(output)
    return 0


def _bulk(args: argparse.Namespace, kind: ExportKind, password: str | None) -> int:
    if not (args.team and args.out_dir):
        return fail("a bulk export needs both --team and --out-dir")
    if kind not in PLAN_KINDS:
        return fail("a bulk export writes gezinsplannen: use --kind gezinsplan or "
                    "gezinsplan-gezin")
    if args.id or args.output or args.versie or args.concept:
        return fail("a bulk export takes no ID, -o, --versie or --concept")
    folder = Path(args.out_dir).expanduser()
    if not folder.is_dir():
        return fail(f"the folder {folder} does not exist")
    store = open_profile_store(args)
    try:
        with store.session() as s:
            batch = team_plan_documents(s, args.team, today=store.clock().date(),
                                        family=kind is ExportKind.GEZINSPLAN_GEZIN)
    finally:
        store.close()

    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total} gezinsplannen", end="", file=sys.stderr, flush=True)

    written = export_all(batch.plans, folder, password=password, progress=show)
    print(file=sys.stderr)
    for casus_id in batch.unreadable:
        print(f"casedesk: casus {casus_id}: its agreed plan version cannot be read; skipped",
              file=sys.stderr)
    for path in written:
        print(path)
    return 0
