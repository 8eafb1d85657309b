"""The process the crash test kills: writes aanmeldingen (household, members, casus) each with
its goals in one transaction, forever, and prints each casus id once its transaction committed.

Run as ``python -m tests.reliability.crash_child PROFILE`` with CASEDESK_PASSPHRASE set.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from casedesk.domain.vocabulary import MemberRole, Verwijzer
from casedesk.services.households import (
    CaseOpening,
    HouseholdInput,
    MemberInput,
    register_and_open,
)
from casedesk.store.database import open_store
from casedesk.store.models import Doel, Professional, Team

GOALS = 5
PREFIX = "Gezin Crashproef"
TODAY = date(2026, 11, 2)


def main() -> None:
    store = open_store(Path(sys.argv[1]), os.environ["CASEDESK_PASSPHRASE"])
    with store.session() as s:
        me = s.get(Professional, store.me)
        team = s.get(Team, me.team_id) if me is not None else None
        assert team is not None
        gemeente_id, team_id = team.gemeente_id, team.id
    n = 0
    while True:
        n += 1
        with store.session() as s:
            household = HouseholdInput(
                naam=f"{PREFIX} {os.getpid()}-{n}",
                gemeente_id=gemeente_id,
                team_id=team_id,
                straat="Dorpsstraat 1",
                postcode="6511AA",
                woonplaats="Nijmegen",
                leden=(
                    MemberInput(
                        "Sanne",
                        "Crashproef",
                        MemberRole.OUDER,
                        gezag=True,
                        geboortedatum=date(1988, 4, 1),
                    ),
                    MemberInput(
                        "Daan", "Crashproef", MemberRole.JEUGDIGE, geboortedatum=date(2014, 9, 12)
                    ),
                ),
            )
            opening = CaseOpening(store.me, Verwijzer.SCHOOL, aanleiding="Schoolverzuim " * 40)
            casus_id = register_and_open(s, household, opening, today=TODAY).casus_id
            s.add_all(
                Doel(casus_id=casus_id, omschrijving=f"Doel {i}: " + "tekst " * 60)
                for i in range(GOALS)
            )
        print(casus_id, flush=True)


if __name__ == "__main__":
    main()
