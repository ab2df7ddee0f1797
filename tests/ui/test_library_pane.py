"""Search, sections, tags, reading state and bulk import in the real window (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication

from reader.ui.library_model import Role


def story(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n\nIt was the second paragraph of the story about {title.lower()}.\n"


def make_library(make_window, write):
    window = make_window()
    window.show()
    window.import_paths([write("a.txt", story("Harbour dredging starts", "Work to deepen the harbour begins."))])
    window.import_paths([write("b.txt", story("Ferry fares rise", "The ferry company raises fares."))])
    window.import_paths([write("c.txt", story("Rice prices climb", "Harga beras naik di pasar Surabaya."))])
    return window


def titles(window) -> list[str]:
    return [window.model.index(i).data() for i in range(window.model.rowCount())]


def test_search_box_shows_results_and_clearing_shows_all(make_window, write, qtbot) -> None:
    window = make_library(make_window, write)
    pane = window.library_pane
    window.actions.find.trigger()
    assert window.focusWidget() is pane.search
    pane.search.setText("ferry")
    qtbot.waitUntil(lambda: titles(window) == ["Ferry fares rise"], timeout=2000)
    assert "\x02ferry\x03" in window.model.index(0).data(Role.MARKED_DETAIL).lower()
    assert "\x02" not in window.model.index(0).data(Role.DETAIL)  # the plain line: no marks
    pane.search.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 3, timeout=2000)


def test_a_result_in_a_highlight_opens_the_article_at_it(make_window, write, qtbot) -> None:
    window = make_library(make_window, write)
    rice = next(r for r in window.library.list_articles() if r.title == "Rice prices climb")
    h = window.library.annotations.add_quote(rice.id, "pasar Surabaya", note="verify with BPS")
    pane = window.library_pane
    pane.search.setText("verify")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    assert window.model.index(0).data(Role.HIGHLIGHT) == h.id
    assert window.model.index(0).data(Role.DETAIL).startswith("in a note:")
    window.library_view.setCurrentIndex(window.model.index(0))
    assert window.article_view.article.id == rice.id
    qtbot.waitUntil(lambda: window.article_view._flash_id == h.id, timeout=2000)


def test_tags_states_and_sections(make_window, write) -> None:
    window = make_library(make_window, write)
    ferry = next(r for r in window.library.list_articles() if r.title == "Ferry fares rise")
    window.select_article(ferry.id)
    window.library.organize.add_tags([ferry.id], ["transport"])
    window.refresh.open_article_again()
    assert "Tags: transport" in window.article_view.toPlainText()
    window.organize.set_state("archived")
    pane = window.library_pane
    pane.refresh_navigation()
    texts = [pane.nav_model.item(i).text() for i in range(pane.nav_model.rowCount())]
    assert "Archived (1)" in texts and "Unread (2)" in texts and "Tags" in texts
    pane.show_section("state", "archived")
    assert titles(window) == ["Ferry fares rise"]
    pane.show_section("tag", "transport")
    assert titles(window) == ["Ferry fares rise"]
    pane.show_section("all")
    pane.sort.setCurrentIndex(pane.sort.findData("title"))
    assert titles(window) == ["Ferry fares rise", "Harbour dredging starts", "Rice prices climb"]


def test_reading_position_is_restored(make_window, write, qtbot) -> None:
    long_text = "A long read\n\n" + "\n\n".join(f"Paragraph {i} of a long article about the coast." for i in range(300))
    window = make_window()
    window.show()
    [long_article] = window.import_paths([write("long.txt", long_text)])
    [other] = window.import_paths([write("b.txt", story("Ferry fares rise", "The ferry company raises fares."))])
    window.open_article(long_article.id)
    bar = window.article_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    bar.setSliderPosition(bar.maximum() // 2)  # as dragging the scroll bar does
    window.open_article(other.id)
    assert window.library.organize.state(long_article.id) == "reading"
    window.open_article(long_article.id)
    qtbot.waitUntil(lambda: abs(bar.value() - bar.maximum() // 2) <= bar.maximum() // 20, timeout=2000)


def test_a_state_set_by_hand_sticks_and_reading_to_the_end_marks_read(make_window, write, qtbot) -> None:
    long_text = "A long read\n\n" + "\n\n".join(f"Paragraph {i} of a long article about the coast." for i in range(300))
    window = make_window()
    window.show()
    [long_article] = window.import_paths([write("long.txt", long_text)])
    [other] = window.import_paths([write("b.txt", story("Ferry fares rise", "The ferry company raises fares."))])
    org = window.library.organize
    window.select_article(long_article.id)
    bar = window.article_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    bar.setSliderPosition(bar.maximum() // 3)
    window.actions.mark_unread.trigger()  # marked unread while open, scrolled part-way
    assert org.state(long_article.id) == "unread"
    assert window.library_view.current_article_id() == long_article.id  # the list keeps its place
    window.select_article(other.id)  # leaving it saves the position, not a state
    assert org.state(long_article.id) == "unread"
    window.close()  # quitting too
    assert org.state(long_article.id) == "unread"

    again = make_window()
    again.show()
    again.select_article(long_article.id)
    bar = again.article_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    bar.setSliderPosition(bar.maximum())  # read to the end
    again.select_article(other.id)
    assert org.state(long_article.id) == "read"
    again.select_article(long_article.id)
    again.actions.mark_read.trigger()
    assert org.state(long_article.id) == "read"
    again.library_pane.show_section("state", "read")
    assert titles(again) == ["A long read"]
    assert "read" in again.model.index(0).data(Role.DETAIL)


def test_highlighting_an_unread_article_makes_it_reading(make_window, write) -> None:
    window = make_window()
    [article] = window.import_paths([write("b.txt", story("Ferry fares rise", "The ferry company raises fares."))])
    assert window.library.organize.state(article.id) == "unread"
    window.library.annotations.add_quote(article.id, "ferry company")
    assert window.library.organize.state(article.id) == "reading"


def test_folder_import_runs_in_the_background_and_reports_failures(make_window, write, qtbot, tmp_path) -> None:
    for i in range(12):
        write(f"folder/{i:02d}.txt", story(f"Story number {i}", f"Body of story {i} with enough words."))
    write("folder/empty.txt", b"")
    write("folder/sub/deep.md", "# Deep note\n\nA note in a subfolder of the folder.")
    window = make_window()
    window.show()
    with qtbot.waitSignal(window.imports.imported, timeout=20000):
        assert window.import_paths([tmp_path / "inputs" / "folder"]) == []  # not done at once: a job
        assert window.imports.job is not None
    assert window.model.rowCount() == 13
    from PySide6.QtWidgets import QMessageBox

    box = window.findChild(QMessageBox, "warningBox")
    assert box is not None and "empty.txt" in box.text()
    box.close()


def test_drop_and_paste(make_window, write, qtbot) -> None:
    window = make_window()
    window.show()
    path = write("dropped.txt", story("Dropped story", "This file was dropped onto the window."))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert window.imports.import_mime(mime)
    assert titles(window) == ["Dropped story"]
    QGuiApplication.clipboard().setText("Pasted note\n\nThe text on the clipboard becomes an article.")
    with qtbot.waitSignal(window.imports.imported, timeout=5000):
        window.actions.paste.trigger()
    assert "Pasted note" in titles(window)


def test_the_lists_let_arrows_move_in_them_and_tab_move_on(make_window, write, qtbot) -> None:
    from PySide6.QtCore import Qt

    window = make_library(make_window, write)
    window.activateWindow()
    view = window.library_view
    view.setFocus()
    view.setCurrentIndex(window.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.currentIndex().row() == 1  # Tab did not move along the list
    for lst in (view, window.annotation_panel.list, window.annotation_panel.orphan_list):
        assert not lst.tabKeyNavigation()


def test_a_result_in_a_note_shows_its_words_not_its_markdown(make_window, write, qtbot) -> None:
    window = make_library(make_window, write)
    rice = next(r for r in window.library.list_articles() if r.title == "Rice prices climb")
    h = window.library.annotations.add_quote(rice.id, "pasar Surabaya")
    window.library.annotations.set_note(
        h.id,
        "# Check\n\n**Ask** the *market office* whether the "
        "[figures](http://example.invalid) hold; see `table 2` on "
        "wholesale prices and the long series of retail numbers "
        "collected every week by the statistics bureau: discrepancy",
    )
    window.library_pane.search.setText("discrepancy")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    marked = window.model.index(0).data(Role.MARKED_DETAIL)
    assert marked.startswith("in a note: \x01")
    assert not any(mark in marked for mark in ("**", "`", "](", "# ")), marked
    assert "\x02discrepancy\x03" in marked


def test_the_matched_words_stay_in_view_on_a_narrow_row(qapp) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from reader.ui.library_view import fit_marked

    font = QFont()
    bold = QFont(font)
    bold.setBold(True)
    metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
    text = "in a note: \x01" + "words before the match " * 8 + "\x02needle\x03 and some words after it " * 3
    width = metrics.horizontalAdvance("x" * 40)
    pieces = fit_marked(text, metrics, bold_metrics, width)
    assert ("needle", True) in pieces
    drawn = sum((bold_metrics if b else metrics).horizontalAdvance(t) for t, b in pieces)
    assert drawn <= width
    assert pieces[0] == ("in a note: ", False)  # where it matched is never cut away
    assert pieces[1][0].startswith("…") and pieces[-1][0].endswith("…")
    assert fit_marked("short \x02hit\x03", metrics, bold_metrics, width) == [("short ", False), ("hit", True)]


def test_a_library_larger_than_the_first_page_lists_every_article(make_window, tmp_path) -> None:
    """The first screenful shows at once and the rest follows (library_model.load_rest): all of it."""
    from reader.core.importers import ImportedArticle
    from reader.core.library import Library
    from reader.core.models import Block, BlockKind, CleanedArticle
    from reader.ui.library_model import FIRST_PAGE

    path = tmp_path / "larger.sqlite3"
    count = FIRST_PAGE + 150
    with Library.open(path) as library, library.transaction():
        for n in range(count):
            body = (Block(BlockKind.PARAGRAPH, f"The harbour board met for the {n}th time."),)
            library.add(ImportedArticle("text", "", CleanedArticle(title=f"Story {n}", body=body)), source=f"{n}.txt")
    window = make_window(library_path=path)
    assert window.model.rowCount() == count
    assert window.model.index(count - 1).data() == "Story 0"  # the oldest, last
    assert window.library_pane.heading.text().endswith(f"— {count}")  # "All articles — 450"
