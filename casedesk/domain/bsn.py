"""The burgerservicenummer and its elfproef.

A BSN is optional in casedesk (unaccompanied minors and others may have none); when one is given
it must pass the elfproef: 9 digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11,
and not all zeros.
"""

from __future__ import annotations

from casedesk.errors import ValidationError


def normalize_bsn(text: str) -> str:
    """Strip spaces, dots and dashes people type; keep an 8-digit BSN's leading zero."""
    digits = "".join(ch for ch in text if ch not in " .-")
    return digits.zfill(9) if len(digits) == 8 and digits.isdigit() else digits


def is_valid_bsn(text: str) -> bool:
    bsn = normalize_bsn(text)
    if len(bsn) != 9 or not bsn.isascii() or not bsn.isdigit() or bsn == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(w * int(d) for w, d in zip(weights, bsn, strict=True)) % 11 == 0


def checked_bsn(text: str | None) -> str | None:
    """Return the normalised BSN, ``None`` for an empty field, or raise for an invalid one."""
    if text is None or not text.strip():
        return None
    if not is_valid_bsn(text):
        raise ValidationError("bsn", "invalid-bsn", f"not a valid BSN (elfproef): {text!r}")
    return normalize_bsn(text)
