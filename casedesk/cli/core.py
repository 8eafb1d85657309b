"""The core commands: init, demo, search, check."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from sqlalchemy import func, select, text

from casedesk.cli.common import (
    add_profile_argument,
    fail,
    open_profile_store,
    profile_dir,
)
from casedesk.domain.vocabulary import CaseStatus, Role
from casedesk.errors import PassphraseRequired
from casedesk.region import load_region
from casedesk.services import demo as demo_service
from casedesk.services import reference
from casedesk.services.cases import CaseQuery, list_cases
from casedesk.store import audit
from casedesk.store.database import Store, create_store
from casedesk.store.models import Huishouden, Professional, Setting, Team
from casedesk.store.profile import Profile
from casedesk.store.schema import current_revision, head_revision

DEMO_HOME_TEAM = "Sociaal wijkteam Nijmegen-Oost"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("init", help="create a profile")
    add_profile_argument(p)
    p.add_argument("--name", help="your name (default: the OS user name)")
    p.add_argument("--team", help="your team (default: the first team of the region)")
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("demo", help="fill a profile with synthetic demo data")
    add_profile_argument(p)
    p.add_argument("--households", type=int, default=500, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("search", help="find cases: casus id, household, gemeente, step")
    add_profile_argument(p)
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser("check", help="verify the key, the schema and the audit chain")
    add_profile_argument(p)
    p.set_defaults(handler=cmd_check)


def new_profile_store(args: argparse.Namespace) -> Store:
    """Create the profile folder and its key: OS keyring when there is one, else a passphrase."""
    path = profile_dir(args)
    passphrase = os.environ.get("CASEDESK_PASSPHRASE")
    try:
        return create_store(path, passphrase)
    except PassphraseRequired:
        if not (sys.stdin and sys.stdin.isatty()):
            raise
    first = getpass.getpass("No OS keyring here. Choose a passphrase for this profile: ")
    if first != getpass.getpass("Type it again: "):
        raise PassphraseRequired("the two passphrases differ; nothing was created")
    return create_store(path, first)


def cmd_init(args: argparse.Namespace) -> int:
    region = load_region()
    if args.team and args.team not in {t.naam for t in region.teams}:
        # Checked before anything is created: a wrong name leaves no half-made profile.
        return fail(f"no team named {args.team!r}; 'casedesk-regional teams' lists them")
    store = new_profile_store(args)
    with store.session() as s:
        reference.install_region(s, region)
        team = (
            s.scalar(select(Team).where(Team.naam == args.team))
            if args.team
            else s.scalars(select(Team).order_by(Team.naam)).first()
        )
        assert team is not None
        name = args.name or getpass.getuser()
        me = Professional(
            naam=name,
            gebruikersnaam=name.lower().replace(" ", "."),
            organisatie=team.naam,
            team_id=team.id,
            rollen=[Role.CASUSREGISSEUR.value],
        )
        s.add(me)
        s.flush()
        reference.set_me(s, me.id)
    print(f"profile created in {store.profile.path} ({store.profile.key_mode.value})")
    store.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if args.households < 1:
        return fail("--households must be at least 1")
    path = profile_dir(args)
    store = open_profile_store(args) if Profile.exists(path) else new_profile_store(args)
    try:
        with store.session() as s:
            if s.scalar(select(func.count()).select_from(Huishouden)):
                return fail(
                    f"the profile in {path} already holds households; "
                    "use a new --profile for demo data"
                )
            region = load_region()
            reference.install_region(s, region)
            login_team = s.scalar(select(Setting.value).where(Setting.key == "login_team_id"))
        home = login_team or next(t.id for t in region.teams if t.naam == DEMO_HOME_TEAM)

        def show(done: int, total: int) -> None:
            print(f"\r{done}/{total} households", end="", file=sys.stderr, flush=True)

        teams = [home] if login_team else [t.id for t in region.teams]
        report = demo_service.generate(
            store.session,
            region,
            households=args.households,
            seed=args.seed,
            today=store.clock().date(),
            teams=teams,
            home_team=home,
            progress=show,
        )
        print(file=sys.stderr)
        if not login_team:
            with store.session() as s:
                reference.set_me(s, report.me)
        print(
            f"{report.households} households, {report.cases} cases, "
            f"{report.professionals} professionals in {path}"
        )
        return 0
    finally:
        store.close()


def cmd_search(args: argparse.Namespace) -> int:
    store = open_profile_store(args)
    try:
        with store.session() as s:
            query = CaseQuery(text=args.text, status=frozenset(CaseStatus))
            page = list_cases(s, query, today=store.clock().date(), me=store.me, limit=500)
            for row in page.rows:
                print("\t".join((row.casus_id, row.huishouden, row.gemeente, row.stap.value)))
        return 0
    finally:
        store.close()


def cmd_check(args: argparse.Namespace) -> int:
    store = open_profile_store(args)
    problems: list[str] = []
    try:
        print("key: ok (the database opens)")
        current, head = current_revision(store.engine), head_revision()
        if current == head:
            print(f"schema: ok (at {head})")
        else:
            problems.append(f"schema: at {current}, expected {head}")
        with store.session() as s:
            integrity = s.execute(text("PRAGMA integrity_check")).scalar()
            if integrity == "ok":
                print("integrity: ok")
            else:
                problems.append(f"integrity: {_integrity_summary(str(integrity))}")
            chain = audit.verify_chain(s)
            if chain.intact:
                print(f"audit chain: ok ({chain.entries} entries)")
            else:
                problems.append(
                    f"audit chain: broken at entry {chain.first_break} of {chain.entries}"
                )
    finally:
        store.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def _integrity_summary(report: str) -> str:
    """SQLite lists every damaged page; one line says enough to act on."""
    findings = [line for line in report.splitlines() if not line.startswith("***")]
    first = findings[0] if findings else report.strip()
    more = f" (and {len(findings) - 1} more)" if len(findings) > 1 else ""
    return f"the file is damaged: {first}{more}; restore it from the profile's backups"
