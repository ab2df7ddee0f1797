"""Highlighting and notes in the real window (offscreen), on a real library file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.ui.highlight_model import HRole

STORY = """Flood wall holds as river peaks

By Rachel Ingleby

The river rose overnight and flooded the lower town, the council said on Monday morning.

Residents were moved to the school hall before midnight, and nobody was hurt in the flooding.

By morning the water had reached the market square, and the mayor declared an emergency.

Engineers said the old flood wall had held better than expected during the night.
"""


def select_words(window, words: str) -> None:
    view = window.article_view
    text = view.article.content.text
    start = text.index(words)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.doc_position(start))
    cursor.setPosition(view.doc_position(start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert cursor.selectedText() == words


def background_at(window, offset: int) -> str:
    view = window.article_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.doc_position(offset) + 1)
    brush = cursor.charFormat().background()
    return brush.color().name() if brush.style() != Qt.BrushStyle.NoBrush and brush.color().alpha() else "none"


def painted_words(window) -> list[str]:
    """The runs of text in the document that carry a highlight colour."""
    view = window.article_view
    text = view.article.content.text
    found, current = [], ""
    for offset, char in enumerate(text):
        if char != "\n" and background_at_char(view, offset):
            current += char
        elif current:
            found.append(current)
            current = ""
    return found + ([current] if current else [])


def background_at_char(view, offset: int) -> bool:
    position = view.doc_position(offset)
    if position < 0:
        return False
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    brush = cursor.charFormat().background()
    return brush.style() != Qt.BrushStyle.NoBrush and brush.color().alpha() > 0


def open_story(make_window, write, **kwargs):
    window = make_window(**kwargs)
    window.show()
    window.import_paths([write("flood.txt", STORY)])
    return window


def test_highlight_the_selection_shows_in_panel_and_view(make_window, write) -> None:
    window = open_story(make_window, write)
    select_words(window, "the mayor declared an emergency")
    window.actions.highlight.trigger()
    panel = window.annotation_panel
    assert panel.model.rowCount() == 1
    index = panel.model.index(0)
    assert index.data() == "the mayor declared an emergency"
    assert index.data(HRole.LABEL) == "Quote"
    assert painted_words(window) == ["the mayor declared an emergency"]
    assert not panel.empty_label.isVisible()


def test_label_actions_choose_the_colour(make_window, write) -> None:
    window = open_story(make_window, write)
    select_words(window, "nobody was hurt")
    claim = next(a for a in window.actions.label_actions if a.text() == "Claim to check")
    claim.trigger()  # with words selected, choosing a label highlights them with it
    [h] = window.library.annotations.for_article(window.article_view.article.id)
    assert h.color == "red" and h.exact == "nobody was hurt"
    assert window.annotation_panel.model.index(0).data(HRole.LABEL) == "Claim to check"


def test_note_is_saved_at_once_and_survives_a_restart(make_window, write, tmp_path) -> None:
    window = open_story(make_window, write)
    select_words(window, "Engineers said the old flood wall had held")
    window.actions.note.trigger()  # N on a selection: highlight it and open its note
    editor = window.annotation_panel.highlight_note
    assert editor.editing
    editor.edit.setPlainText("Ask the **Environment Agency** for the report.")
    editor.finish()
    [h] = window.library.annotations.for_article(window.article_view.article.id)
    assert h.note == "Ask the **Environment Agency** for the report."
    assert "<b>Environment Agency</b>" in editor.view.toHtml() or "font-weight" in editor.view.toHtml()
    article_id = window.article_view.article.id
    window.close()

    again = make_window()
    again.show()
    again.select_article(article_id)
    assert again.annotation_panel.model.rowCount() == 1
    again.annotation_panel.select(h.id)
    assert again.annotation_panel.highlight_note.text() == "Ask the **Environment Agency** for the report."


def test_delete_then_undo_and_redo(make_window, write, qtbot) -> None:
    window = open_story(make_window, write)
    select_words(window, "school hall")
    hid = window.annotator.highlight_selection()
    window.annotator.set_note(hid, "where people slept")
    panel = window.annotation_panel
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == 0
    window.undo_action.trigger()
    [h] = window.library.annotations.for_article(window.article_view.article.id)
    assert h.id == hid and h.note == "where people slept"
    assert panel.model.rowCount() == 1
    window.redo_action.trigger()
    assert window.library.annotations.for_article(window.article_view.article.id) == []
    window.undo_action.trigger()
    window.undo_action.trigger()  # the note edit
    assert window.library.annotations.get(hid).note == ""
    window.undo_action.trigger()  # the highlight itself
    assert window.library.annotations.for_article(window.article_view.article.id) == []


def test_recolor_from_the_panel_is_undoable(make_window, write) -> None:
    window = open_story(make_window, write)
    select_words(window, "school hall")
    hid = window.annotator.highlight_selection()
    window.annotation_panel.recolor_requested.emit(hid, "green")
    assert window.library.annotations.get(hid).color == "green"
    window.undo_action.trigger()
    assert window.library.annotations.get(hid).color == "yellow"


def test_filter_by_label_and_jump(make_window, write) -> None:
    window = open_story(make_window, write)
    select_words(window, "school hall")
    window.annotator.highlight_selection("red")
    select_words(window, "market square")
    window.annotator.highlight_selection("blue")
    panel = window.annotation_panel
    assert panel.model.rowCount() == 2
    panel.filter.setCurrentIndex(panel.filter.findData("blue"))
    assert panel.model.rowCount() == 1
    assert panel.model.index(0).data() == "market square"
    panel.list.clicked.emit(panel.model.index(0))
    assert window.article_view._flash_id == panel.model.index(0).data(HRole.ID)


def test_overlapping_highlights_are_both_painted(make_window, write) -> None:
    window = open_story(make_window, write)
    select_words(window, "the market square, and the mayor")
    window.annotator.highlight_selection("yellow")
    select_words(window, "the mayor declared")
    window.annotator.highlight_selection("red")
    text = window.article_view.article.content.text
    both = text.index("the mayor")  # inside both highlights
    only_first = text.index("the market square")
    only_second = text.index("declared")
    colors = {
        name: background_at(window, offset)
        for name, offset in (("both", both), ("first", only_first), ("second", only_second))
    }
    assert len(set(colors.values())) == 3  # the overlap blends the two colours
    assert all(c != "#000000" for c in colors.values())


def test_orphans_get_their_own_section_and_can_be_reattached(make_window, write) -> None:
    window = open_story(make_window, write)
    article_id = window.article_view.article.id
    gone = window.library.annotations.add_quote(article_id, "Engineers said the old flood wall had held")
    window.library.ingest(
        write(
            "v2.txt",
            STORY.replace(
                "Engineers said the old flood wall had held better than expected during the night.",
                "No engineer would comment on the state of the defences.",
            ),
        ),
        into=article_id,
    )
    window.open_article(article_id)
    panel = window.annotation_panel
    assert panel.orphan_model.rowCount() == 1 and panel.orphan_list.isVisible()
    assert panel.model.rowCount() == 0
    select_words(window, "No engineer would comment")
    panel.orphan_list.setCurrentIndex(panel.orphan_model.index(0))
    panel.reattach.click()
    h = window.library.annotations.get(gone.id)
    assert h.status == "anchored" and h.exact == "No engineer would comment"
    assert panel.orphan_model.rowCount() == 0 and panel.model.rowCount() == 1


def test_highlight_model_passes_the_model_tester(make_window, write, qtmodeltester) -> None:
    window = open_story(make_window, write)
    for words in ("school hall", "market square", "flood wall"):
        select_words(window, words)
        window.annotator.highlight_selection()
    qtmodeltester.check(window.annotation_panel.model)


def test_many_highlights_paint_the_screen_first_then_the_rest(make_window, write, qtbot) -> None:
    from reader.ui.article_view import PAINT_BATCH

    paragraphs = [
        f"Paragraph {i} says that the council met again to discuss item number {i} of the agenda." for i in range(400)
    ]
    window = make_window()
    window.show()
    [article] = window.import_paths([write("long.txt", "A long agenda\n\n" + "\n\n".join(paragraphs))])
    text = article.content.text
    for i in range(0, 400, 1):
        start = text.index(f"item number {i} ")
        window.library.annotations.add(article.id, start, start + len(f"item number {i}"))
    assert 400 > PAINT_BATCH
    window.open_article(article.id)
    view = window.article_view
    assert view.painting
    assert background_at_char(view, text.index("item number 0 ") + 2)  # on screen: painted at once
    qtbot.waitUntil(lambda: not view.painting, timeout=5000)
    assert background_at_char(view, text.index("item number 399 ") + 2)
    assert not background_at_char(view, text.index("Paragraph 399") + 2)


def test_a_very_long_article_is_laid_in_a_part_at_a_time(make_window, write, qtbot) -> None:
    from reader.ui.article_view import CHUNK_BLOCKS

    count = CHUNK_BLOCKS * 3 + 17
    paragraphs = [
        f"Paragraph {i} of the long report on the harbour wall and the council's repairs." for i in range(count)
    ]
    window = make_window()
    window.show()
    [article] = window.import_paths([write("long.txt", "A long report\n\n" + "\n\n".join(paragraphs))])
    text = article.content.text
    start = text.index(f"Paragraph {count - 1} ")
    window.library.annotations.add(article.id, start, start + len(f"Paragraph {count - 1}"))
    window.open_article(article.id)
    view = window.article_view
    assert view.loading  # only the first part is in the view: the window did not wait for the rest
    assert view.block_starts[CHUNK_BLOCKS] == -1
    assert view.block_starts[0] >= 0
    qtbot.waitUntil(lambda: not view.painting, timeout=10000)
    assert all(position >= 0 for position in view.block_starts)
    assert f"Paragraph {count - 1} of the long report" in view.toPlainText()
    assert background_at_char(view, start + 2)  # the highlight at the very end is painted


def test_a_highlight_card_shows_a_long_quote_cut_with_an_ellipsis_and_the_note_inside(qapp) -> None:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from reader.ui.annotation_panel import QUOTE_LINES, HighlightDelegate, quote_lines

    font = QFont()
    fm = QFontMetrics(font)
    width = fm.horizontalAdvance("x" * 30)
    long_quote = "“" + " ".join(["evidence"] * 60) + "”"
    lines = quote_lines(long_quote, fm, width, QUOTE_LINES)
    assert len(lines) == QUOTE_LINES and lines[-1].endswith("…")
    assert all(fm.horizontalAdvance(line) <= width for line in lines)
    assert quote_lines("“short”", fm, width, QUOTE_LINES) == ["“short”"]
    assert quote_lines("“" + "x" * 200 + "”", fm, width, QUOTE_LINES)[0].endswith("…")
    option = QStyleOptionViewItem()
    option.font = font
    height = HighlightDelegate().sizeHint(option, QModelIndex()).height()
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
    needed = 2 * QFontMetrics(small).height() + QUOTE_LINES * fm.lineSpacing()
    assert height >= needed + 4  # head, three lines of quote and the note's line all fit
