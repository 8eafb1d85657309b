"""``casedesk-regional``: set up, administer and serve a region's store.

Errors print one line on stderr and exit non-zero. Output that is data (teams, users) is in
Dutch, like everything people read.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

from casedesk.clock import system_clock
from casedesk.domain.vocabulary import Role
from casedesk.errors import CasedeskError, ValidationError
from casedesk.region import load_region
from casedesk.regional import accounts, demo, retention
from casedesk.regional.database import (
    check_ready,
    initialise,
    open_engine,
    setting,
    transaction,
)
from casedesk.regional.models import Account, Device, Record

DEFAULT_REGION = "rijk-van-nijmegen"
KEEP_ALIVE = 30  # seconds; longer than the client keeps an idle connection (sync/transport.py)


def default_db() -> str:
    return str(user_data_path("casedesk-regional", appauthor=False) / "regional.db")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casedesk-regional",
        description="The regional store casedesk laptops sync with.",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def command(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db", default=default_db(), metavar="URL",
                       help="SQLAlchemy URL or SQLite file (default: %(default)s)")
        p.set_defaults(handler=handler)
        return p

    p = command("init", "create (or upgrade) the store with the region's reference data", cmd_init)
    p.add_argument("--region", default=DEFAULT_REGION, help="region configuration to load")
    p.add_argument("--demo", action="store_true", help="add demo users and table sessions")

    command("teams", "list the teams, one per line, name first", cmd_teams)

    p = command("adduser", "add an account", cmd_adduser)
    p.add_argument("name", metavar="NAME", help="user name to log in with")
    p.add_argument("--team", help="team name (see 'teams')")
    p.add_argument("--role", action="append", choices=[r.value for r in Role],
                   help="role (repeatable; default casusregisseur)")
    p.add_argument("--tafel", action="append", metavar="CODE",
                   help="overlegtafel whose aanmeldingen the user receives (repeatable)")
    p.add_argument("--full-name", help="display name (default: NAME)")
    p.add_argument("--password-env", metavar="VAR", help="read the password from this variable")

    command("devices", "list the devices that logged in", cmd_devices)

    p = command("revoke-device", "revoke a device: it wipes its data on next contact",
                cmd_revoke)
    p.add_argument("device", metavar="DEVICE", help="device id (see 'devices')")

    p = command("involve", "give a user explicit access to a casus outside its team",
                cmd_involve)
    p.add_argument("casus", metavar="CASUS")
    p.add_argument("user", metavar="NAME")
    p.add_argument("--remove", action="store_true", help="take the involvement back")

    command("destruction-requests", "list the devices' destruction requests, one per line",
            cmd_destruction_requests)

    p = command("destroy", "destroy a casus: its data leaves the store and every device",
                cmd_destroy)
    p.add_argument("casus", metavar="CASUS")
    p.add_argument("--by", metavar="NAME", help="account of the privacy officer who decided")

    p = command("serve", "serve the store over HTTP(S)", cmd_serve)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    p.add_argument("--cert", metavar="FILE", help="TLS certificate chain (PEM)")
    p.add_argument("--key", metavar="FILE", help="TLS private key (PEM)")
    return parser


def _ready_engine(args: argparse.Namespace) -> Engine:
    engine = open_engine(args.db)
    check_ready(engine)
    return engine


def cmd_init(args: argparse.Namespace) -> int:
    region = load_region(args.region)
    engine = open_engine(args.db)
    try:
        created = initialise(engine, region.naam)
        now = system_clock()
        with transaction(engine) as s:
            if setting(s, "regio") != region.naam:
                raise ValidationError("region", "other-region",
                                      f"this store holds regio {setting(s, 'regio')!r}")
            demo.install_region(s, region, now)
            users = demo.install_demo(s, region, now) if args.demo and created else []
        print(f"regionale opslag {'aangemaakt' if created else 'bijgewerkt'}: {region.naam}")
        if args.demo and not created:
            print("demogebruikers bestonden al (alleen bij een nieuwe opslag)", file=sys.stderr)
        for user in users:
            print("\t".join((user.username, demo.DEMO_PASSWORD, user.team or "-",
                             ",".join(user.rollen))))
    finally:
        engine.dispose()
    return 0


def cmd_teams(args: argparse.Namespace) -> int:
    engine = _ready_engine(args)
    try:
        with transaction(engine) as s:
            gemeenten = {
                r.id: r for r in s.scalars(select(Record).where(Record.entity == "gemeente"))
            }
            teams = s.scalars(select(Record).where(Record.entity == "team"))
            lines = []
            for team in teams:
                data = _data(team)
                gemeente = gemeenten.get(data["gemeente_id"])
                lines.append((data["naam"], team.id, _data(gemeente)["naam"] if gemeente else ""))
        for line in sorted(lines):
            print("\t".join(line))
    finally:
        engine.dispose()
    return 0


def _data(record: Record) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(record.data)
    return result


def _team_id(s: Any, name: str) -> str:
    for team in s.scalars(select(Record).where(Record.entity == "team")):
        if name in (team.id, _data(team)["naam"]):
            return str(team.id)
    raise ValidationError("team", "unknown-team",
                          f"no team {name!r}: 'casedesk-regional teams' lists them")


def _tafel_id(s: Any, code: str) -> str:
    for tafel in s.scalars(select(Record).where(Record.entity == "tafel")):
        if code.upper() == str(_data(tafel)["code"]).upper():
            return str(tafel.id)
    raise ValidationError("tafel", "unknown-tafel", f"no overlegtafel with code {code!r}")


def _password(args: argparse.Namespace) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            raise ValidationError("password", "required",
                                  f"the variable {args.password_env} is not set or empty")
        return value
    if not (sys.stdin and sys.stdin.isatty()):
        raise ValidationError("password", "required",
                              "no terminal to ask for a password: use --password-env VAR")
    first = getpass.getpass(f"Wachtwoord voor {args.name}: ")
    if not first or first != getpass.getpass("Nogmaals: "):
        raise ValidationError("password", "mismatch", "the passwords are empty or differ")
    return first


def cmd_adduser(args: argparse.Namespace) -> int:
    if not args.team and not args.tafel:
        raise ValidationError("team", "required", "give --team, or --tafel for a table member")
    engine = _ready_engine(args)
    try:
        password_hash = accounts.hash_password(_password(args))
        with transaction(engine) as s:
            team_id = _team_id(s, args.team) if args.team else None
            tafels = tuple(_tafel_id(s, code) for code in args.tafel or ())
            roles = tuple(args.role or ([Role.TAFELSECRETARIS.value] if not team_id
                                        else [Role.CASUSREGISSEUR.value]))
            account = accounts.create_account(
                s,
                accounts.NewAccount(args.name, args.full_name or args.name, team_id, roles,
                                    tafels, organisatie=args.team or ""),
                password_hash,
                system_clock(),
            )
        print(f"gebruiker {account.username} aangemaakt ({account.id})")
    finally:
        engine.dispose()
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    engine = _ready_engine(args)
    try:
        with transaction(engine) as s:
            rows = s.execute(
                select(Device, Account.username)
                .join(Account, Account.id == Device.account_id)
                .order_by(Account.username, Device.created_at)
            )
            for device, username in rows:
                state = "ingetrokken" if device.revoked_at else "actief"
                print("\t".join((device.id, username, device.name,
                                 device.last_seen.isoformat(timespec="seconds"), state)))
    finally:
        engine.dispose()
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    engine = _ready_engine(args)
    try:
        with transaction(engine) as s:
            device = accounts.revoke_device(s, args.device, system_clock())
        print(f"apparaat {device.id} ingetrokken; het wist zijn gegevens bij het volgende contact")
    finally:
        engine.dispose()
    return 0


def cmd_involve(args: argparse.Namespace) -> int:
    engine = _ready_engine(args)
    try:
        with transaction(engine) as s:
            accounts.set_involvement(s, args.casus, args.user, present=not args.remove)
        print(f"{args.user} {'niet meer ' if args.remove else ''}betrokken bij {args.casus}")
    finally:
        engine.dispose()
    return 0


def cmd_destruction_requests(args: argparse.Namespace) -> int:
    engine = _ready_engine(args)
    try:
        with transaction(engine) as s:
            for r in retention.requests(s):
                print("\t".join((r.id, r.casus_id, r.reden, r.status, r.aangevraagd_door,
                                 r.aangevraagd_op)))
    finally:
        engine.dispose()
    return 0


def cmd_destroy(args: argparse.Namespace) -> int:
    engine = _ready_engine(args)
    try:
        with transaction(engine) as s:
            actor = "beheer"
            if args.by:
                account = s.scalar(select(Account).where(Account.username == args.by))
                if account is None:
                    raise ValidationError("by", "unknown", f"no account named {args.by!r}")
                actor = account.id
            count = retention.destroy_casus(s, args.casus, actor, system_clock())
        if not count:
            raise ValidationError("casus", "unknown", f"no casus {args.casus} to destroy")
        retention.scrub(engine)
        print(f"casus {args.casus} vernietigd: {count} records geleegd")
    finally:
        engine.dispose()
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    if bool(args.cert) != bool(args.key):
        raise ValidationError("cert", "required", "TLS needs both --cert and --key")
    import uvicorn

    from casedesk.regional.app import create_app

    engine = _ready_engine(args)
    app = create_app(engine)
    uvicorn.run(app, host=args.host, port=args.port, ssl_certfile=args.cert,
                ssl_keyfile=args.key, log_level="info", timeout_keep_alive=KEEP_ALIVE)
    engine.dispose()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except CasedeskError as error:
        print(f"casedesk-regional: {error}", file=sys.stderr)
        return 1
    except OperationalError as error:
        print(f"casedesk-regional: the database cannot be used: {error.orig}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
