"""Many phrase patterns asked about one line, with the line read once for all of them.

The plain-text cleaner asks each line up to twenty questions ("is it a cookie notice? a share
row? a byline?"), and almost every answer is no. What each pattern's matches need (literals.py)
is indexed for all of them together, so one reading of the line says which patterns may match;
only those are run. Each answer is exactly the pattern's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet

from reader.core.cleaning.literals import Evidence, Probe, Shortlist, evidence
from reader.core.cleaning.patterns import Phrases

_Find = Callable[[str], "re.Match[str] | None"]
# A pattern to ask about: phrases, or a regex with whether it is tried at the line's start only.
Pattern = Phrases | tuple[re.Pattern[str], bool]


class Checks:
    """Named patterns, each made of parts (a regex and what its matches need)."""

    def __init__(self, patterns: Mapping[str, Pattern]) -> None:
        needs: list[Evidence | None] = []
        self._parts: dict[str, tuple[tuple[int, _Find], ...]] = {}
        self._owners: list[tuple[str, _Find]] = []  # each part's pattern, by the part's position
        for name, pattern in patterns.items():
            if isinstance(pattern, Phrases):
                parts = [(rx, anchored, part_needs) for rx, anchored, part_needs in pattern.parts]
            else:
                rx, anchored = pattern
                parts = [(rx, anchored, evidence(rx.pattern, rx.flags, anchored=anchored))]
            found: list[tuple[int, _Find]] = []
            for rx, anchored, part_needs in parts:
                find = rx.match if anchored else rx.search
                found.append((len(needs), find))
                self._owners.append((name, find))
                needs.append(part_needs)
            self._parts[name] = tuple(found)
        self._shortlist = Shortlist(needs)
        self.needs = tuple(zip((name for name, _find in self._owners), needs, strict=True))  # (pattern, its part's)

    def read(self, text: str, probe: Probe) -> Reading:
        return Reading(text, self, self._shortlist.candidates(probe))


class Reading:
    """One line against the checks: which of their parts may match it, and each pattern's match."""

    __slots__ = ("_checks", "_may", "text")

    def __init__(self, text: str, checks: Checks, may: AbstractSet[int]) -> None:
        self.text, self._checks, self._may = text, checks, may

    def may(self, *names: str) -> bool:
        """Whether any of these patterns may match (False: none can)."""
        parts = self._checks._parts
        return any(position in self._may for name in names for position, _find in parts[name])

    def search(self, name: str) -> re.Match[str] | None:
        """The pattern's match, as its own search (or, for one tried at the start, match) gives it."""
        may = self._may
        for position, find in self._checks._parts[name]:
            if position in may:
                found = find(self.text)
                if found:
                    return found
        return None

    def first(self, names: AbstractSet[str]) -> str | None:
        """The first of these patterns, in the checks' order, that matches."""
        owners = self._checks._owners
        for position in sorted(self._may):
            name, find = owners[position]
            if name in names and find(self.text):
                return name
        return None
