"""What changes at 18: open checklist items warn as the birthday comes close."""

from __future__ import annotations

from datetime import date

from casedesk.domain.transition18 import (
    LEAD_MONTHS,
    ChecklistAlert,
    ChecklistItem,
    ChecklistState,
    ChecklistWarning,
    checklist_warnings,
)

BORN = date(2010, 5, 15)  # 18 on 2028-05-15
EIGHTEEN = date(2028, 5, 15)
Item = ChecklistItem


def items(today: date, *states: ChecklistState, born: date | None = BORN) -> list[ChecklistItem]:
    return [w.item for w in checklist_warnings(born, today, states)]


def test_nothing_warns_a_year_before_18() -> None:
    assert items(date(2027, 5, 15)) == []


def test_digid_warns_first_and_toeslagen_last() -> None:
    assert LEAD_MONTHS[Item.DIGID] > LEAD_MONTHS[Item.TOESLAGEN]
    assert items(date(2027, 11, 14)) == []
    assert items(date(2027, 11, 15)) == [Item.DIGID]
    assert items(date(2028, 1, 15)) == [Item.DIGID, Item.BANKREKENING]
    assert items(date(2028, 2, 15)) == [
        Item.ZORGVERZEKERING,
        Item.DIGID,
        Item.BANKREKENING,
        Item.TOESTEMMING,
    ]
    assert items(date(2028, 3, 15)) == list(ChecklistItem)


def test_done_items_never_warn() -> None:
    done = [ChecklistState(item, "Jongere", done=True) for item in ChecklistItem]
    assert items(date(2028, 5, 1), *done) == []
    assert items(date(2029, 1, 1), *done) == []


def test_open_items_after_the_birthday_are_overdue() -> None:
    warnings = checklist_warnings(
        BORN, EIGHTEEN, [ChecklistState(Item.DIGID, "Moeder"), ChecklistState(Item.TOESLAGEN, "")]
    )
    assert [w.item for w in warnings] == list(ChecklistItem)  # unlisted items are open too
    assert {w.alert for w in warnings} == {ChecklistAlert.OVERDUE}
    by_item = {w.item: w for w in warnings}
    assert by_item[Item.TOESLAGEN] == ChecklistWarning(
        Item.TOESLAGEN, ChecklistAlert.OVERDUE, EIGHTEEN, True
    )
    assert by_item[Item.DIGID].no_owner is False


def test_soon_the_day_before() -> None:
    warnings = checklist_warnings(BORN, date(2028, 5, 14), [])
    assert {w.alert for w in warnings} == {ChecklistAlert.SOON}
    assert all(w.due == EIGHTEEN for w in warnings)


def test_an_item_without_an_owner_says_so() -> None:
    warnings = checklist_warnings(
        BORN,
        date(2028, 5, 1),
        [ChecklistState(Item.DIGID, "Jongere"), ChecklistState(Item.BANKREKENING, "  ")],
    )
    by_item = {w.item: w.no_owner for w in warnings}
    assert by_item[Item.DIGID] is False
    assert by_item[Item.BANKREKENING] is True
    assert by_item[Item.ZORGVERZEKERING] is True  # never filled in at all


def test_leap_day_birthday_is_due_on_the_first_of_march() -> None:
    born = date(2008, 2, 29)
    warnings = checklist_warnings(born, date(2026, 2, 28), [])
    assert {w.alert for w in warnings} == {ChecklistAlert.SOON}
    assert {w.due for w in warnings} == {date(2026, 3, 1)}
    assert {w.alert for w in checklist_warnings(born, date(2026, 3, 1), [])} == {
        ChecklistAlert.OVERDUE
    }
    # DigiD's lead time of six months starts on 1 September, six months before 1 March.
    assert items(date(2025, 8, 31), born=born) == []
    assert items(date(2025, 9, 1), born=born) == [Item.DIGID]


def test_without_a_birth_date_nothing_can_be_timed() -> None:
    assert checklist_warnings(None, date(2028, 5, 1), []) == []
