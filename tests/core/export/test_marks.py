"""Highlights cut into per-block pieces, and paragraph numbers."""

from __future__ import annotations

from reader.core.export.marks import block_pieces, merged_runs, paragraph_number, paragraph_span, placed
from reader.core.models import Block, BlockKind, CleanedArticle, Highlight, block_starts

from .conftest import cleaned

TEXT = CleanedArticle(
    title="t",
    body=(
        Block(BlockKind.PARAGRAPH, "alpha beta gamma"),
        Block(BlockKind.PARAGRAPH, "delta epsilon"),
        Block(BlockKind.PARAGRAPH, "zeta"),
    ),
)


def hl(hid: int, start: int, end: int, status: str = "anchored", color: str = "yellow") -> Highlight:
    return Highlight(hid, 1, 1, TEXT.text[start:end], "", "", start, end, color, status, "", "")


def test_block_starts_and_paragraph_numbers() -> None:
    assert block_starts(TEXT.body) == [0, 18, 33]
    assert paragraph_number(TEXT, 0) == 1
    assert paragraph_number(TEXT, 15) == 1
    assert paragraph_number(TEXT, 16) == 2  # in the blank line: the next paragraph
    assert paragraph_number(TEXT, 18) == 2
    assert paragraph_number(TEXT, 33) == 3
    assert paragraph_number(TEXT, 37) == 3
    assert paragraph_number(TEXT, 38) is None and paragraph_number(TEXT, -1) is None


def test_paragraph_span_of_a_highlight_across_blocks_and_of_an_orphan() -> None:
    assert paragraph_span(TEXT, hl(1, 6, 10)) == (1, 1)
    assert paragraph_span(TEXT, hl(1, 11, 24)) == (1, 2)
    assert paragraph_span(TEXT, hl(1, 6, 10, status="orphaned")) is None
    assert paragraph_span(TEXT, hl(1, 30, 99)) is None  # outside the text


def test_pieces_cut_at_every_boundary_with_overlaps_and_ends() -> None:
    a, b = hl(1, 6, 16), hl(2, 11, 23)
    blocks = block_pieces(TEXT, [b, a])
    assert [p.text for p in blocks[0]] == ["alpha ", "beta ", "gamma"]
    assert [tuple(h.id for h in p.covering) for p in blocks[0]] == [(), (1,), (1, 2)]
    assert [tuple(h.id for h in p.ending) for p in blocks[0]] == [(), (), (1,)]
    assert [p.text for p in blocks[1]] == ["delta", " epsilon"]
    assert [tuple(h.id for h in p.ending) for p in blocks[1]] == [(2,), ()]
    assert [p.text for p in blocks[2]] == ["zeta"]
    assert "".join(p.text for block in blocks for p in block) == TEXT.text.replace("\n\n", "")


def test_orphans_and_out_of_range_highlights_are_left_out() -> None:
    blocks = block_pieces(TEXT, [hl(1, 0, 5, status="orphaned"), hl(2, 30, 999)])
    assert all(not p.covering for block in blocks for p in block)
    assert placed([hl(3, 18, 23), hl(1, 0, 5), hl(2, 0, 5, status="orphaned")], TEXT) == [hl(1, 0, 5), hl(3, 18, 23)]


def test_merged_runs() -> None:
    pieces = block_pieces(TEXT, [hl(1, 0, 5), hl(2, 3, 10)])[0]
    assert merged_runs(pieces) == [("alpha beta", True), (" gamma", False)]


def test_real_article_pieces_rebuild_every_block() -> None:
    c = cleaned()
    start = c.text.index("the old flood")
    blocks = block_pieces(c, [hl(1, start, start + 20)._replace(exact=c.text[start : start + 20])])
    assert ["".join(p.text for p in pieces) for pieces in blocks] == [b.text for b in c.body]
