"""CSV of highlights: read back with the standard library's csv reader; no cell can start a formula."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.export.csv_export import COLUMNS, highlights_csv, safe_cell, write_highlights_csv
from reader.core.library import Library
from reader.core.models import Block, BlockKind


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-5 degrees", "'-5 degrees"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (42, "42"),
    ],
)
def test_safe_cell(value: object, expected: str) -> None:
    assert safe_cell(value) == expected


def test_one_row_per_highlight_with_every_column(library: Library, flood) -> None:
    rows = read(highlights_csv(library))
    assert list(rows[0]) == list(COLUMNS)
    h1, h2 = library.annotations.for_article(flood.id)
    assert rows[0] == {
        "article": "Flood wall holds as river peaks",
        "site": "The Herald",
        "date": "2024-03-03",
        "authors": "Rachel Ingleby",
        "quote": "the lower town",
        "note": "Check with the **council**.",
        "label": "Claim to check",
        "color": "red",
        "status": "anchored",
        "paragraph": "1",
        "page": "",  # a web page has no pages
        "tags": "floods; local news",
        "url": "https://herald.example/news/flood-wall",
        "article_id": str(flood.id),
        "highlight_id": str(h1.id),
        "link": f"reader://article/{flood.id}#highlight-{h1.id}",
        "created": h1.created_at,
    }
    assert rows[1]["quote"] == "the old flood wall had held" and rows[1]["label"] == "Key fact"
    assert rows[1]["paragraph"] == "4"
    assert len(rows) == 2


def test_formulas_quotes_commas_and_line_breaks_survive(library: Library, add_article) -> None:
    body = (
        Block(BlockKind.PARAGRAPH, '=HYPERLINK("http://evil.example","click"), then "quoted", commas'),
        Block(BlockKind.PARAGRAPH, "-5 degrees overnight"),
    )
    article = add_article(title='@Title, with "quotes"', body=body)
    library.annotations.add(article.id, 0, len(article.content.text), note="line one\nline two, =2+2")
    library.annotations.add_quote(article.id, "-5 degrees", note="+1")
    rows = read(highlights_csv(library, [article.id]))
    assert rows[0]["quote"] == "'" + article.content.text  # two paragraphs, the formula defused
    assert rows[0]["article"] == '\'@Title, with "quotes"'
    assert rows[0]["note"] == "line one\nline two, =2+2"
    assert rows[0]["paragraph"] == "1-2"
    assert rows[1]["quote"] == "'-5 degrees" and rows[1]["note"] == "'+1"
    for row in rows:
        assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())


def test_written_file_has_a_bom_and_crlf_and_refuses_to_overwrite(tmp_path: Path, library: Library, flood) -> None:
    path = write_highlights_csv(library, tmp_path / "highlights.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 3
    with pytest.raises(ReaderError, match="already exists"):
        write_highlights_csv(library, path)


def test_no_highlights_gives_just_the_header(library: Library, add_article) -> None:
    add_article()
    assert highlights_csv(library) == ",".join(COLUMNS) + "\r\n"
