"""Highlights as coloured runs of text: where they overlap, their colours blend.

Pure arithmetic on offsets into the article's text; the article view applies the runs.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from reader.core.models import Highlight, HighlightStatus

ALPHA = 0.45  # each highlight's colour over the page; overlaps stack


class Run(NamedTuple):
    start: int
    end: int
    color: str  # #rrggbb, already blended over the page colour
    moved: bool  # the text changed under it: shown underlined until the user checks it


def _rgb(hex_color: str) -> tuple[int, int, int]:
    value = hex_color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


@functools.lru_cache(maxsize=512)
def _blend(colors: tuple[str, ...], page: str, alpha: float) -> str:
    r, g, b = _rgb(page)
    for color in colors:
        cr, cg, cb = _rgb(color)
        r, g, b = (round(r + (cr - r) * alpha), round(g + (cg - g) * alpha), round(b + (cb - b) * alpha))
    return f"#{r:02x}{g:02x}{b:02x}"


def blend(colors: list[str], page: str = "#ffffff", alpha: float = ALPHA) -> str:
    return _blend(tuple(colors), page, alpha)


def runs(highlights: list[Highlight], colors: dict[str, str], page: str = "#ffffff", alpha: float = ALPHA) -> list[Run]:
    """Split the highlighted text at every highlight boundary; each piece gets its blended colour."""
    events: list[tuple[int, int, int]] = []  # (offset, 0 = ends here / 1 = starts here, index)
    placed = [h for h in highlights if h.status != HighlightStatus.ORPHANED and h.end > h.start]
    for i, h in enumerate(placed):
        events.append((h.start, 1, i))
        events.append((h.end, 0, i))
    events.sort()
    result: list[Run] = []
    active: dict[int, Highlight] = {}
    previous = None
    for offset, starts, i in events:
        if active and previous is not None and offset > previous:
            ordered = (
                sorted(active.values(), key=lambda h: (h.start, h.id)) if len(active) > 1 else list(active.values())
            )
            color = blend([colors.get(h.color, "#f7d154") for h in ordered], page, alpha)
            moved = any(h.status == HighlightStatus.MOVED for h in ordered)
            last = result[-1] if result else None
            if last is not None and last.end == previous and last.color == color and last.moved == moved:
                result[-1] = Run(last.start, offset, color, moved)
            else:
                result.append(Run(previous, offset, color, moved))
        if starts:
            active[i] = placed[i]
        else:
            active.pop(i, None)
        previous = offset
    return result


def changed_span(old: list[Run], new: list[Run]) -> tuple[int, int] | None:
    """The smallest text range outside which the two lists of runs agree (None: they are equal)."""
    if old == new:
        return None
    first = 0
    while first < min(len(old), len(new)) and old[first] == new[first]:
        first += 1
    last_old, last_new = len(old) - 1, len(new) - 1
    while last_old >= first and last_new >= first and old[last_old] == new[last_new]:
        last_old -= 1
        last_new -= 1
    pieces = old[first : last_old + 1] + new[first : last_new + 1]
    return min(r.start for r in pieces), max(r.end for r in pieces)
