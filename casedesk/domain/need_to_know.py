"""Need-to-know: which roles open a casus file, which see only counts or only the audit, and
what breaking the glass asks (docs/decisions/0090-need-to-know-and-break-the-glass.md).

Roles come from the professional's row. A profile without roles (a fresh ``casedesk init``)
works as a casusregisseur: the roles only narrow what someone sees, they never widen it.
"""

from __future__ import annotations

from collections.abc import Iterable

from casedesk.domain.vocabulary import Role

# Roles whose work is the file itself: they open a casus of their team (or one they hold
# regie over or stand in for).
FILE_ROLES = frozenset({Role.CASUSREGISSEUR, Role.GEZINSCOACH, Role.ADMIN})
# Roles whose device still receives the team's rows from the regional store: the teamleider's
# counts are made from them, though the client never opens one of those files for her.
TEAM_ROW_ROLES = FILE_ROLES | {Role.TEAMLEIDER}
# A reason typed to break the glass must say something: a word or two is not a reason.
MIN_BREAK_GLASS_REASON = 20


def _roles(roles: Iterable[str | Role]) -> set[Role]:
    known = {r.value for r in Role}
    return {Role(r) for r in roles if str(r) in known}


def opens_case_files(roles: Iterable[str | Role]) -> bool:
    """Whether this person may open a casus at all (in scope, or by breaking the glass)."""
    held = _roles(roles)
    return not held or bool(held & FILE_ROLES)


def sees_team_aggregates(roles: Iterable[str | Role]) -> bool:
    return Role.TEAMLEIDER in _roles(roles)


def sees_audit(roles: Iterable[str | Role]) -> bool:
    return Role.PRIVACY_OFFICER in _roles(roles)


def receives_case_rows(roles: Iterable[str | Role]) -> bool:
    """Server side: whether an account's device gets any casus or household rows. A privacy
    officer (and anyone else holding no team-row role) gets the region's reference rows and
    the audit, never a file. Accounts without roles keep the team rule."""
    held = _roles(roles)
    if not held:
        return True
    return bool(held & (TEAM_ROW_ROLES | {Role.TAFELSECRETARIS}))


def break_glass_reason_issue(reason: str) -> str | None:
    """Why a break-the-glass reason is refused, as a code; None when it will do."""
    text = " ".join(reason.split())
    if not text:
        return "required"
    if len(text) < MIN_BREAK_GLASS_REASON:
        return "reason-too-short"
    return None
