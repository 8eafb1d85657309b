"""``casedesk audit``: the audit log for the privacy officer, one line per entry."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from casedesk.cli.common import add_profile_argument, fail, open_profile_store
from casedesk.services import audit_log


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("audit", help="who viewed, changed, exported or synced what")
    add_profile_argument(p)
    p.add_argument("--casus", default="", metavar="ID", help="entries about this casus")
    p.add_argument("--person", default="", metavar="TEXT", help="a person's name or BSN")
    p.add_argument("--user", default="", metavar="NAME", help="user name or name of the actor")
    p.add_argument("--kind", default="", choices=audit_log.KINDS)
    p.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--csv", metavar="FILE", help="write the entries as CSV instead")
    p.add_argument("--verify", action="store_true",
                   help="only check the hash chain; exit 1 at a break")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_profile_store(args)
    f = audit_log.AuditFilter(args.casus, args.person, args.user, args.kind, args.since,
                              args.until)
    try:
        with store.session() as s:
            if args.csv:
                count = audit_log.export_csv(s, f, Path(args.csv))
                print(f"{count} regels naar {args.csv}")
                return 0
            listing = audit_log.entries(s, f, limit=0 if args.verify else audit_log.LIMIT)
    finally:
        store.close()
    if not args.verify:
        for r in listing.rows:
            print("\t".join((str(r.seq), r.at.isoformat(timespec="seconds"), r.actor,
                             r.action, r.entity, r.entity_id, r.detail)))
        if listing.capped:
            print(f"casedesk: only the newest {audit_log.LIMIT} entries shown", file=sys.stderr)
    if not listing.intact:
        return fail(f"audit chain broken at entry {listing.first_break}")
    if args.verify:
        print(f"audit chain intact: {listing.entries} entries")
    return 0
