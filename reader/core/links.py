"""Deep links into the app: reader://article/ID and reader://article/ID#highlight-ID."""

from __future__ import annotations

import re

from reader.core.errors import ReaderError

_LINK = re.compile(r"^reader://article/(\d+)/?(?:#highlight-(\d+))?$", re.IGNORECASE)


def article_link(article_id: int, highlight_id: int | None = None) -> str:
    return f"reader://article/{article_id}" + (f"#highlight-{highlight_id}" if highlight_id else "")


def parse_link(link: str) -> tuple[int, int | None]:
    """(article id, highlight id or None) from a reader:// link; ReaderError when it is not one."""
    match = _LINK.match(link.strip())
    if not match:
        raise ReaderError(f"not a Reader link: {link!r} (expected reader://article/ID#highlight-ID)")
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None
