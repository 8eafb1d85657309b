"""The BSN elfproef: optional, but when given it must be a real burgerservicenummer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.bsn import checked_bsn, is_valid_bsn, normalize_bsn
from casedesk.errors import ValidationError

VALID = ("111222333", "123456782", "999999990", "010000008")


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11


def _elfproef(digits: str) -> int:
    return _weighted(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1))


@pytest.mark.parametrize("bsn", VALID)
def test_valid_numbers_pass(bsn: str) -> None:
    assert is_valid_bsn(bsn)
    assert checked_bsn(bsn) == bsn


@pytest.mark.parametrize("bsn", ["123456789", "111222334", "999999999", "100000000"])
def test_numbers_failing_the_elfproef_are_refused(bsn: str) -> None:
    assert not is_valid_bsn(bsn)
    with pytest.raises(ValidationError) as caught:
        checked_bsn(bsn)
    assert (caught.value.field, caught.value.code) == ("bsn", "invalid-bsn")


def test_an_eight_digit_bsn_gets_its_leading_zero_back() -> None:
    assert normalize_bsn("10000008") == "010000008"
    assert is_valid_bsn("10000008")
    assert checked_bsn("10000008") == "010000008"


@pytest.mark.parametrize("typed", ["1112 22 333", "111.222.333", "111-222-333", " 111222333 "])
def test_spaces_dots_and_dashes_people_type_are_ignored(typed: str) -> None:
    assert checked_bsn(typed) == "111222333"


def test_all_zeros_passes_the_arithmetic_but_is_not_a_bsn() -> None:
    assert _elfproef("000000000") == 0
    assert not is_valid_bsn("000000000")
    assert not is_valid_bsn("00000000")  # eight zeros: padded to nine
    with pytest.raises(ValidationError):
        checked_bsn("000.000.000")


@pytest.mark.parametrize(
    "text",
    ["11122233a", "abcdefghi", "1112223330", "1234567", "12345678901", "١١١٢٢٢٣٣٣", "111 222 33³"],
)
def test_wrong_lengths_letters_and_non_ascii_digits_are_refused(text: str) -> None:
    assert not is_valid_bsn(text)
    with pytest.raises(ValidationError):
        checked_bsn(text)


@pytest.mark.parametrize("empty", [None, "", "   ", "\t"])
def test_no_bsn_is_allowed(empty: str | None) -> None:
    assert checked_bsn(empty) is None


valid_bsns = (
    st.text(alphabet="0123456789", min_size=8, max_size=8)
    .map(lambda head: head + str(_weighted(head, (9, 8, 7, 6, 5, 4, 3, 2))))
    .filter(lambda bsn: len(bsn) == 9 and bsn != "000000000")
)


@given(valid_bsns)
def test_generated_numbers_that_satisfy_the_elfproef_are_valid(bsn: str) -> None:
    assert is_valid_bsn(bsn)


@given(valid_bsns, st.integers(0, 8), st.integers(1, 9))
def test_changing_one_digit_of_a_valid_bsn_never_gives_a_valid_one(
    bsn: str, position: int, delta: int
) -> None:
    digit = (int(bsn[position]) + delta) % 10
    changed = bsn[:position] + str(digit) + bsn[position + 1 :]
    assert not is_valid_bsn(changed)


@given(valid_bsns, st.integers(0, 7))
def test_swapping_two_different_neighbouring_digits_is_caught(bsn: str, position: int) -> None:
    a, b = bsn[position], bsn[position + 1]
    swapped = bsn[:position] + b + a + bsn[position + 2 :]
    assert is_valid_bsn(swapped) == (a == b)
