"""Deep links into the app: reader://article/ID and reader://article/ID#highlight-ID; reader://open
only starts it (the browser extension offers it when Reader is not running)."""

from __future__ import annotations

import re

from reader.core.errors import ReaderError
from reader.core.ids import shown, valid_id

_LINK = re.compile(r"^reader://article/(\d{1,19})/?(?:#highlight-(\d{1,19}))?$", re.IGNORECASE)


def is_open_link(link: str) -> bool:
    """reader://open (or a bare reader://): start Reader, open nothing in particular."""
    return link.strip().lower().rstrip("/") in ("reader://open", "reader:")


def article_link(article_id: int, highlight_id: int | None = None) -> str:
    return f"reader://article/{article_id}" + (f"#highlight-{highlight_id}" if highlight_id else "")


def parse_link(link: str) -> tuple[int, int | None]:
    """(article id, highlight id or None) from a reader:// link; ReaderError when it is not one."""
    match = _LINK.match(link.strip())
    if not match or not valid_id(int(match.group(1))) or (match.group(2) and not valid_id(int(match.group(2)))):
        raise ReaderError(
            "not a Reader link: {link} (expected reader://article/ID#highlight-ID, ids from 1 to 2^63 - 1)",
            link=shown(link, 60),
        )
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None
