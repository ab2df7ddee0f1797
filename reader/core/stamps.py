"""What a stored row is stamped with: the time it was written and its text's hash."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@lru_cache(maxsize=4)  # an import asks twice for the same text's (is it known? then, storing it)
def text_hash(text: str) -> str:
    import hashlib  # here, not at the top: loading OpenSSL is a cost the window's first frame need not pay

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
