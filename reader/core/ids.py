"""Ids as people type them: whole numbers that SQLite can hold (1 to 2^63 - 1), refused clearly otherwise.

A number past 64 bits makes SQLite raise OverflowError, and one of thousands of digits goes past
Python's limit on converting text to int; both must be a plain "no such article" or "not an id".
"""

from __future__ import annotations

import re

from reader.core.errors import ReaderError
from reader.core.names import readable

MAX_ID = 2**63 - 1
_DIGITS = re.compile(r"[0-9]{1,19}")


def shown(text: str, limit: int = 24) -> str:
    """Text quoted in a message, cut short (a hostile argument can be megabytes long)."""
    text = readable(text)
    return repr(text if len(text) <= limit else text[:limit] + "…")


def parse_id(text: str, what: str = "an article id") -> int:
    """An id from text; ReaderError unless it is a whole number from 1 to 2^63 - 1."""
    stripped = text.strip()
    if _DIGITS.fullmatch(stripped):
        value = int(stripped)
        if 1 <= value <= MAX_ID:
            return value
    raise ReaderError(
        "{what} is a whole number from 1 to {largest}, not {text}", what=what, largest=MAX_ID, text=shown(text)
    )


def valid_id(value: int) -> bool:
    """Whether an int can be an id in the library (anything else matches no row)."""
    return isinstance(value, int) and 1 <= value <= MAX_ID


def parse_count(text: str, what: str, low: int, high: int) -> int:
    """A count (a limit, how many to keep, which occurrence) within [low, high]."""
    stripped = text.strip()
    if re.fullmatch(r"-?[0-9]{1,19}", stripped) and low <= int(stripped) <= high:
        return int(stripped)
    raise ReaderError(
        "{what} is a whole number from {low} to {high}, not {text}", what=what, low=low, high=high, text=shown(text)
    )
