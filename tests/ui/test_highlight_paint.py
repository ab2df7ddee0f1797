from __future__ import annotations

from reader.core.models import Highlight
from reader.ui.highlight_paint import Run, blend, changed_span, runs

COLORS = {"yellow": "#f7d154", "red": "#f28b82"}


def h(hid: int, start: int, end: int, color: str = "yellow", status: str = "anchored") -> Highlight:
    return Highlight(hid, 1, 1, "", "", "", start, end, color, status, "", "")


def test_runs_split_at_every_boundary_and_blend_overlaps() -> None:
    result = runs(
        [h(1, 0, 10), h(2, 5, 15, "red"), h(3, 20, 25, status="moved"), h(4, 30, 40, status="orphaned")], COLORS
    )
    assert [(r.start, r.end) for r in result] == [(0, 5), (5, 10), (10, 15), (20, 25)]
    assert result[1].color == blend(["#f7d154", "#f28b82"])
    assert result[0].color != result[1].color != result[2].color
    assert result[3].moved and not result[0].moved


def test_adjacent_runs_of_one_colour_merge() -> None:
    assert runs([h(1, 0, 5), h(2, 5, 9)], COLORS) == [Run(0, 9, blend(["#f7d154"]), False)]


def test_changed_span_is_the_smallest_range() -> None:
    old = runs([h(1, 0, 5), h(2, 10, 15), h(3, 20, 25)], COLORS)
    new = runs([h(1, 0, 5), h(2, 10, 15, "red"), h(3, 20, 25)], COLORS)
    assert changed_span(old, new) == (10, 15)
    assert changed_span(new, new) is None
    assert changed_span([], new) == (0, 25)
