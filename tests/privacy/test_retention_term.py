"""The profile's bewaartermijn: 1 to 99 years, audited, and it decides which cases are due."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from casedesk.errors import InvalidInput
from casedesk.services import retention
from casedesk.store.database import Store
from casedesk.store.models import AuditEntry, Casus, Setting
from tests.conftest import NOW
from tests.unit.services.casus_setup import make_casus


def test_the_term_override_is_validated_audited_and_moves_the_due_list(store: Store) -> None:
    setup = make_casus(store, NOW.date())
    with store.session(setup.regisseur) as s:
        s.execute(update(Casus).where(Casus.id == setup.casus_id).values(
            status="gesloten", gesloten_op=date(NOW.year - 10, 1, 15)))
    with store.session(setup.regisseur) as s:
        setting = retention.term_setting(s)
        assert setting.jaren is None and setting.gemeenten  # each gemeente's own term
        assert retention.due_cases(s) == []  # 10 years < the default 20
        for wrong in (0, 100, -5):
            with pytest.raises(InvalidInput) as refused:
                retention.set_term_years(s, wrong)
            assert [(e.field, e.code) for e in refused.value.errors] == [
                ("bewaartermijn_jaren", "term-out-of-range")]
        assert s.get(Setting, retention.YEARS_SETTING) is None  # nothing stored on a refusal
        assert retention.set_term_years(s, 5).jaren == 5
    with store.session() as s:
        assert [d.casus_id for d in retention.due_cases(s)] == [setup.casus_id]
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")).one()
        assert (entry.action, entry.actor, entry.detail) == (
            "update", setup.regisseur, {"jaren": 5, "was": None})
        assert retention.set_term_years(s, None).jaren is None
    with store.session() as s:
        assert retention.due_cases(s) == []
        assert s.get(Setting, retention.YEARS_SETTING) is None
