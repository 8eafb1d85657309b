"""Need-to-know on the regional store: a privacy officer sees the audit, not the files. Her
device receives the region's reference rows and no casus or household row, even when she sits
in a team or is named on a casus; a teamleider's device keeps the team rows its counts need."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from casedesk.domain.vocabulary import Role
from casedesk.regional import accounts
from casedesk.regional.database import transaction
from casedesk.store.models import Casus, Huishouden, Persoon, Professional, Team, Toestemming
from tests.integration.conftest import (
    OOST_1,
    PASSWORD,
    TEAM_OOST,
    DeviceFactory,
    new_case,
)
from tests.integration.regional import RunningStore


def _account(regional: RunningStore, username: str, roles: tuple[Role, ...]) -> None:
    with transaction(regional.engine) as s:
        accounts.create_account(
            s,
            accounts.NewAccount(username, username.title(), TEAM_OOST,
                                tuple(r.value for r in roles), tafels=()),
            accounts.hash_password(PASSWORD),
            datetime(2026, 11, 2, 9, 0),
        )


def _count(d: object, model: type) -> int:
    with d.store.session() as s:  # type: ignore[attr-defined]
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_the_privacy_officer_device_receives_no_casus_rows(
    device: DeviceFactory, regional: RunningStore
) -> None:
    oost = device(OOST_1)
    casus_id = new_case(oost, "Gezin Bakker")
    oost.sync()
    _account(regional, "fg-oost", (Role.PRIVACY_OFFICER,))
    with transaction(regional.engine) as s:
        # Even named on the casus, she does not receive the file.
        accounts.set_involvement(s, casus_id, "fg-oost", present=True)

    officer = device("fg-oost")
    report = officer.sync()
    assert report.pulled > 0  # the region's reference rows did arrive
    assert _count(officer, Team) > 0 and _count(officer, Professional) > 0
    for model in (Casus, Huishouden, Persoon, Toestemming):
        assert _count(officer, model) == 0, model.__name__


def test_a_teamleider_device_keeps_the_team_rows_for_its_counts(
    device: DeviceFactory, regional: RunningStore
) -> None:
    oost = device(OOST_1)
    new_case(oost, "Gezin Visser")
    oost.sync()
    _account(regional, "leider-oost", (Role.TEAMLEIDER,))
    leader = device("leider-oost")
    leader.sync()
    assert _count(leader, Casus) >= 1
