"""What an operation changed, so views refresh only what they show (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    cases: bool = False
    households: bool = False
    plans: bool = False
    tables: bool = False
    transition18: bool = False
    conflicts: bool = False
    outbox: bool = False
    audit: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{k: getattr(self, k) or getattr(other, k) for k in vars(self)})

    @property
    def any(self) -> bool:
        return any(vars(self).values())


EVERYTHING = Changes(**dict.fromkeys(vars(Changes()), True))
