"""Highlights, notes and labels through the library service, on real SQLite files."""

from __future__ import annotations

import sqlite3

import pytest

from reader.core.errors import ReaderError
from reader.core.library import Library

STORY = """Flood wall holds as river peaks

By Rachel Ingleby

The river rose overnight and flooded the lower town, the council said on Monday morning.

Residents were moved to the school hall before midnight, and nobody was hurt in the flooding.

By morning the water had reached the market square, and the mayor declared an emergency.

Engineers said the old flood wall had held better than expected during the night.
"""


@pytest.fixture
def article(library: Library, write):
    return library.import_file(write("flood.txt", STORY))


def test_add_highlight_with_note_and_read_back(library: Library, article) -> None:
    text = article.content.text
    start = text.index("the mayor declared an emergency")
    h = library.annotations.add(
        article.id,
        start,
        start + len("the mayor declared an emergency"),
        "Claim to check",
        note="Check with the **council**.",
    )
    assert h.exact == "the mayor declared an emergency"
    assert h.color == "red" and h.status == "anchored"
    assert h.prefix == text[start - 32 : start]
    assert h.version_id == article.version_id
    assert library.annotations.get(h.id).note == "Check with the **council**."


def test_whitespace_around_a_selection_is_trimmed(library: Library, article) -> None:
    text = article.content.text
    start = text.index("Residents") - 2
    h = library.annotations.add(article.id, start, start + 12)
    assert h.exact == "Residents"[:10] or h.exact.startswith("Resident")
    assert not h.exact[0].isspace()


def test_reading_order_and_orphans_last(library: Library, article) -> None:
    a = library.annotations.add_quote(article.id, "Engineers said")
    b = library.annotations.add_quote(article.id, "The river rose")
    assert [h.id for h in library.annotations.for_article(article.id)] == [b.id, a.id]


def test_add_quote_errors(library: Library, article) -> None:
    with pytest.raises(ReaderError, match="not in the text"):
        library.annotations.add_quote(article.id, "no such words")
    with pytest.raises(ReaderError, match="occurs 1 time"):
        library.annotations.add_quote(article.id, "The river rose", occurrence=2)
    with pytest.raises(ReaderError, match="no label"):
        library.annotations.add_quote(article.id, "The river rose", color="plaid")


def test_notes_edit_and_remove(library: Library, article) -> None:
    h = library.annotations.add_quote(article.id, "school hall")
    assert library.annotations.set_note(h.id, "first").note == "first"
    assert library.annotations.set_note(h.id, "second").note == "second"
    assert library.annotations.set_note(h.id, "   ").note == ""
    conn = sqlite3.connect(library.path)
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    conn.close()


def test_article_note(library: Library, article) -> None:
    assert library.annotations.article_note(article.id) == ""
    library.annotations.set_article_note(article.id, "# Why this matters\n\nSource for the essay.")
    library.annotations.set_article_note(article.id, "Updated.")
    assert library.annotations.article_note(article.id) == "Updated."


def test_delete_and_restore_keep_id_and_note(library: Library, article) -> None:
    h = library.annotations.add_quote(article.id, "school hall", note="where people slept")
    deleted = library.annotations.delete(h.id)
    assert library.annotations.for_article(article.id) == []
    restored = library.annotations.restore(deleted)
    assert restored == h


def test_insert_keeps_every_field_under_a_new_id(library: Library, article) -> None:
    mine = library.annotations.add_quote(article.id, "school hall", note="where people slept")
    given = mine._replace(
        id=mine.id,
        color="blue",
        status="moved",
        created_at="2024-03-01T10:00:00+00:00",
        updated_at="2024-03-02T11:00:00+00:00",
        note="from a colleague's export",
    )
    stored = library.annotations.insert(given)
    assert stored.id != mine.id and library.annotations.get(mine.id) == mine  # nothing overwritten
    assert stored == given._replace(id=stored.id) == library.annotations.get(stored.id)
    assert [r.highlight_id for r in library.search("colleague")] == [stored.id]  # its note is searchable


def test_recolor_and_rename_labels(library: Library, article) -> None:
    h = library.annotations.add_quote(article.id, "school hall")
    assert library.annotations.recolor(h.id, "green").color == "green"
    library.annotations.rename_label("green", "Evidence")
    assert library.annotations.label("evidence").color == "green"
    assert [lb.name for lb in library.annotations.labels()][:3] == ["Quote", "Claim to check", "Evidence"]
    assert len(library.annotations.labels()) >= 6


def test_deleting_an_article_deletes_its_annotations(library: Library, article) -> None:
    library.annotations.add_quote(article.id, "school hall", note="n")
    library.annotations.set_article_note(article.id, "a")
    library.delete([article.id])
    conn = sqlite3.connect(library.path)
    assert conn.execute("SELECT count(*) FROM highlights").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    conn.close()


def test_reimport_reanchors_and_reports(library: Library, article, write) -> None:
    kept = library.annotations.add_quote(article.id, "the mayor declared an emergency")
    moved = library.annotations.add_quote(article.id, "Residents were moved to the school hall before midnight")
    gone = library.annotations.add_quote(article.id, "Engineers said the old flood wall had held", note="keep me")
    edited = (
        STORY.replace("The river rose overnight", "UPDATE 9am: The river rose sharply overnight")
        .replace("school hall before midnight", "school hall before mid-night")
        .replace(
            "Engineers said the old flood wall had held better than expected during the night.",
            "No comment was available from the engineers.",
        )
    )
    result = library.ingest(write("flood-v2.txt", edited), into=article.id)
    assert (result.report.kept, result.report.moved, result.report.orphaned) == (1, 1, 1)
    text = result.article.content.text
    after = {h.id: h for h in library.annotations.for_article(article.id)}
    assert text[after[kept.id].start : after[kept.id].end] == "the mayor declared an emergency"
    assert after[kept.id].status == "anchored"
    assert after[moved.id].status == "moved"
    assert "mid-night" in text[after[moved.id].start : after[moved.id].end]
    assert after[gone.id].status == "orphaned" and after[gone.id].note == "keep me"
    assert after[gone.id].exact == "Engineers said the old flood wall had held"
    assert library.versions.count(article.id) == 2

    confirmed = library.annotations.confirm(moved.id)
    assert confirmed.status == "anchored" and "mid-night" in confirmed.exact
    start = text.index("No comment")
    reattached = library.annotations.reattach(gone.id, start, start + len("No comment was available"))
    assert reattached.status == "anchored" and reattached.exact == "No comment was available"


def test_fix_extraction_keeps_highlights_on_their_words(library: Library, article) -> None:
    h = library.annotations.add_quote(article.id, "the mayor declared an emergency")
    result = library.versions.drop_block(article.id, 0)
    assert result.report.kept == 1
    after = library.annotations.get(h.id)
    assert result.article.content.text[after.start : after.end] == "the mayor declared an emergency"


def test_opening_an_article_reads_its_highlights_from_the_index_in_order(library: Library, article) -> None:
    library.annotations.add_quote(article.id, "school hall")
    statements: list[str] = []
    library._conn.set_trace_callback(statements.append)
    library.annotations.spans(article.id)
    library._conn.set_trace_callback(None)
    [sql] = [s for s in statements if "FROM highlights" in s]
    plan = " / ".join(row[3] for row in library._conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "COVERING INDEX highlights_article" in plan and "TEMP B-TREE" not in plan, plan
