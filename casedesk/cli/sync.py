"""The sync commands: login, sync, conflicts, resolve."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from casedesk.cli.common import add_profile_argument, fail, open_profile_store, profile_dir
from casedesk.cli.core import new_profile_store
from casedesk.errors import ValidationError
from casedesk.store.models import Team
from casedesk.store.profile import Profile
from casedesk.sync import client
from casedesk.sync.conflicts import Choice, open_conflicts, resolve


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("login", help="log this profile in to the regional store")
    add_profile_argument(p)
    p.add_argument("--server", required=True, metavar="URL", help="e.g. https://regio.example")
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--ca-bundle", metavar="FILE",
                   help="CA certificates to trust for the server (default: the system's)")
    p.set_defaults(handler=cmd_login)

    p = subparsers.add_parser("sync", help="one sync round with the regional store")
    add_profile_argument(p)
    p.set_defaults(handler=cmd_sync)

    p = subparsers.add_parser("conflicts", help="list open conflicts, one per line")
    add_profile_argument(p)
    p.set_defaults(handler=cmd_conflicts)

    p = subparsers.add_parser("resolve", help="settle one conflict")
    add_profile_argument(p)
    p.add_argument("conflict", metavar="ID")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--mine", action="store_true", help="keep this device's value")
    choice.add_argument("--theirs", action="store_true", help="take the regional store's value")
    choice.add_argument("--value", metavar="JSON", help="a new value, as JSON (\"tekst\", 3, …)")
    p.set_defaults(handler=cmd_resolve)


def _password() -> str:
    env = os.environ.get("CASEDESK_PASSWORD")
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Wachtwoord: ")
    raise ValidationError("password", "required",
                          "no password: type it at the prompt or set CASEDESK_PASSWORD")


def cmd_login(args: argparse.Namespace) -> int:
    password = _password()
    path = profile_dir(args)
    store = open_profile_store(args) if Profile.exists(path) else new_profile_store(args)
    try:
        me = client.login(store, args.server, args.user, password, ca_bundle=args.ca_bundle)
        with store.session() as s:
            team_row = s.get(Team, me.team_id) if me.team_id else None
    finally:
        store.close()
    team = f", {team_row.naam}" if team_row else f", team {me.team_id}" if me.team_id else ""
    print(f"ingelogd als {me.username} ({me.naam}{team}) bij {args.server.rstrip('/')}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    store = open_profile_store(args)
    try:
        report = client.sync_round(store, _progress if sys.stderr.isatty() else None)
    finally:
        store.close()
        if sys.stderr.isatty():
            print(file=sys.stderr)
    print(
        f"verzonden: {report.pushed} (toegepast {report.applied}, samengevoegd {report.merged}, "
        f"conflict {report.conflicts}, geweigerd {len(report.rejected)})"
    )
    print(f"ontvangen: {report.pulled}, verwijderd: {report.purged}")
    for r in report.rejected:
        print(f"geweigerd: {r.entity} {r.entity_id} ({r.kind}: {r.reason})")
    return 0


def _progress(phase: str, done: int, total: int | None) -> None:
    label = "verzenden" if phase == "push" else "ontvangen"
    count = f"{done}/{total}" if total is not None else str(done)
    print(f"\r{label}: {count}    ", end="", file=sys.stderr, flush=True)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def cmd_conflicts(args: argparse.Namespace) -> int:
    store = open_profile_store(args)
    try:
        with store.session() as s:
            conflicts = open_conflicts(s)
    finally:
        store.close()
    for c in conflicts:
        print("\t".join((c.id, c.entity, c.entity_id, c.field, f"basis={_json(c.basis)}",
                         f"mijn={_json(c.mijn)}", f"hun={_json(c.hun)}")))
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    value: Any = None
    if args.value is not None:
        try:
            value = json.loads(args.value)
        except ValueError:
            return fail(f"--value is not JSON: {args.value!r} (quote text: '\"tekst\"')")
    choice = Choice.MIJN if args.mine else Choice.HUN if args.theirs else Choice.ANDERS
    store = open_profile_store(args)
    try:
        with store.session() as s:
            resolve(s, args.conflict, choice, value, now=store.clock())
    finally:
        store.close()
    print(f"conflict {args.conflict} opgelost ({choice.value}); "
          "de keuze gaat mee met de volgende sync")
    return 0
