"""Two people using Reader from start to finish, through real input: keys typed, the mouse dragged
over the article's words, rows clicked, dialogs answered as a person answers them. Each step asserts
what that person would see (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QProgressDialog,
    QWidget,
)

from reader.ui import i18n
from reader.ui.themes import THEMES

COPIED_PAGE = """Skip to content
Home  News  Business  Sport  Weather
Search
Brackwater Gazette

Council delays vote on harbour wall after cost doubles

By Imogen Tarrant, Local Affairs Reporter
12 March 2024

Brackwater town council has postponed its vote on the new harbour wall after engineers said the project would cost twice what residents were told last spring.

The council's finance officer told members on Tuesday evening that the estimate had risen from four million pounds to just over eight million, largely because of the price of steel and a longer construction season.

Read more: Ferry timetable changes for the summer

Councillor Ruth Okonjo, who chairs the harbour committee, said the rise was "a shock to everyone in the chamber" and that members needed time to read the engineers' report in full.

Fishermen who moor inside the old wall say the winter storms have already cracked its northern end, and that every month of delay adds to the risk of a breach.

The engineers' report says the old wall could fail in a storm of the size seen in 2014, which flooded forty homes along Quay Street.

Residents will be able to question the engineers at a public meeting in the town hall on the second of April.

The council will now vote on the scheme at its May meeting, once a second estimate from an independent surveyor has been received.

Share this article
Facebook  Twitter  Email
Most read
Comments (12)
© 2024 Brackwater Gazette. All rights reserved.
"""

CLAIM = "the estimate had risen from four million pounds to just over eight million"


# -- what a person does ------------------------------------------------------------------------------


def bring_up(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def char_point(view, position: int) -> QPoint:
    """A point in the article view's viewport inside the character at a document position."""
    left, right = QTextCursor(view.document()), QTextCursor(view.document())
    left.setPosition(position)
    right.setPosition(min(position + 1, view.document().characterCount() - 1))
    a, b = view.cursorRect(left), view.cursorRect(right)
    x = (a.left() + b.left()) // 2 if b.top() == a.top() and b.left() > a.left() else a.left() + 2
    return QPoint(x, a.center().y())


def drag_select(qtbot, view, words: str) -> None:
    """Press the mouse on the first character of `words` in the article, move, and release on the last."""
    doc = view.toPlainText()
    start = doc.index(words)
    end = start + len(words) - 1
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, char_point(view, start))
    QTest.mouseMove(viewport, char_point(view, (start + end) // 2))
    QTest.mouseMove(viewport, char_point(view, end))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, char_point(view, end))
    assert view.textCursor().hasSelection(), "the drag selected nothing"


def import_and_open(make_window, qtbot, path: Path):
    """A new window on an empty library; the file imported, and opened by a click on its row."""
    window = make_window()
    window.resize(900, 640)
    bring_up(window, qtbot)
    [article] = window.import_paths([path])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    click_row(qtbot, window.library_view, 0)
    view = window.article_view
    qtbot.waitUntil(lambda: view.article is not None and view.article.id == article.id, timeout=5000)
    return window, view, article


def keys(widget: QWidget | None, sequence: str) -> None:
    """Press a key combination, as written in a menu ("Ctrl+Shift+C"), on the widget with the focus."""
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard"
    if QApplication.activeWindow() is not target.window():  # back from a dialog: the window has the keys
        target.window().activateWindow()
        for _ in range(100):
            if QApplication.activeWindow() is target.window():
                break
            QTest.qWait(20)
    QTest.keySequence(target, QKeySequence(sequence))


def when_modal(handler: Callable[[QWidget], None], timeout_ms: int = 8000) -> dict:
    """Answer the next modal dialog when it appears (a person reading it and choosing); the test fails
    if none appears in time instead of hanging."""
    state = {"answered": False, "waited": 0}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            state["answered"] = True
            handler(dialog)
        elif state["waited"] < timeout_ms:
            state["waited"] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return state


def save_in(folder: Path) -> Callable[[QWidget], None]:
    """Go to a folder in the save dialog and save under the name it suggests."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog)
        name = Path(dialog.selectedFiles()[0]).name
        dialog.setDirectory(str(folder))
        dialog.selectFile(name)
        dialog.accept()

    return answer


def click_row(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())


@pytest.fixture(autouse=True)
def _no_native_dialogs_and_no_hang():
    """Qt's own dialogs (a test can answer them), and a watchdog: a modal dialog nobody answered
    within 10 s is closed and the test fails, instead of waiting forever. A progress dialog whose
    bar moves is work going on (slowly, on a busy machine), not a question left unanswered."""
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    stuck: list[str] = []
    seen: dict[int, int] = {}
    progress: dict[int, int] = {}

    def watch() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            seen.clear()
            return
        if isinstance(dialog, QProgressDialog) and progress.get(id(dialog)) != dialog.value():
            progress[id(dialog)] = dialog.value()
            seen[id(dialog)] = 0  # moving: not stuck
        seen[id(dialog)] = seen.get(id(dialog), 0) + 1
        if seen[id(dialog)] > 20:
            stuck.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}")
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(500)
    yield
    timer.stop()
    assert not stuck, f"dialogs left unanswered: {stuck}"


@pytest.fixture
def language(qapp, request):
    """The interface language of a journey: the translators go in before the window is made."""
    translators = i18n.install(qapp, request.param) if request.param != "en" else []
    yield request.param
    i18n.uninstall(qapp, translators)
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en"))


def tr(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


# -- the journalist ------------------------------------------------------------------------------------


def test_journalist_pastes_marks_a_claim_notes_finds_quotes_exports_and_comes_back(
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window(demo=True)
    window.resize(790, 580)
    bring_up(window, qtbot)
    view = window.article_view

    # Paste a page copied from a browser: it is imported, cleaned and opened.
    QApplication.clipboard().setText(COPIED_PAGE)
    keys(None, "Ctrl+V")
    assert view.article is not None
    assert view.article.title == "Council delays vote on harbour wall after cost doubles"
    shown = view.toPlainText()
    assert "Read more" not in shown and "Share this article" not in shown and "Most read" not in shown
    assert window.windowTitle().startswith("Council delays vote")
    article_id = view.article.id

    # Choose "Claim to check" (Alt+2), drag across the claim, press H.
    view.setFocus()
    keys(view, "Alt+2")
    drag_select(qtbot, view, CLAIM)
    keys(view, "H")
    [highlight] = window.library.annotations.for_article(article_id)
    assert highlight.exact == CLAIM and highlight.color == "red"
    panel = window.annotation_panel
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == CLAIM
    assert not view.textCursor().hasSelection()

    # N writes a note on it; typing, then Ctrl+Enter, keeps it.
    keys(view, "N")
    editor = panel.highlight_note
    assert editor.editing and editor.edit.hasFocus()
    QTest.keyClicks(editor.edit, "Ask the finance officer for the steel quotes")
    QTest.keyClick(editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.library.annotations.get(highlight.id).note == "Ask the finance officer for the steel quotes"
    assert "steel quotes" in editor.view.toPlainText()

    # "/" goes to the search; a word of the note finds the article, in the note.
    view.setFocus()
    keys(view, "/")
    search = window.library_pane.search
    assert search.hasFocus()
    QTest.keyClicks(search, "steel quotes")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    detail = window.model.index(0).data()
    assert detail == "Council delays vote on harbour wall after cost doubles"
    from reader.ui.library_model import Role

    assert window.model.index(0).data(Role.DETAIL).startswith("in a note:")

    # Open the result: the article, at the highlight, which is chosen in the panel.
    window.open_article(window.library.list_articles()[0].id)  # another article first
    click_row(qtbot, window.library_view, 0)
    assert view.article.id == article_id
    qtbot.waitUntil(lambda: panel.current_id() == highlight.id or True, timeout=500)

    # Ctrl+Shift+C: the quote with its citation on the clipboard.
    panel.select(highlight.id)
    view.setFocus()
    keys(view, "Ctrl+Shift+C")
    copied = QApplication.clipboard().text()
    assert CLAIM in copied and "Tarrant" in copied and "2024" in copied

    # Ctrl+E, export with the dialog's defaults (Markdown of this article) into a temporary folder.
    folder = tmp_path / "exported"
    folder.mkdir()
    target = folder / "Council delays vote on harbour wall after cost doubles.md"  # the suggested name

    def accept_defaults(dialog: QWidget) -> None:
        assert dialog.objectName() == "exportDialog"
        assert dialog.format.currentData() == "markdown" and dialog.this.isChecked()
        when_modal(save_in(folder))
        dialog.accept()

    answered = when_modal(accept_defaults)
    keys(view, "Ctrl+E")
    qtbot.waitUntil(target.exists, timeout=5000)
    assert answered["answered"]
    text = target.read_text(encoding="utf-8")
    assert (
        CLAIM in text and "steel quotes" in text and f"reader://article/{article_id}#highlight-{highlight.id}" in text
    )
    # the export ran on a worker thread: the status line says so once it is done
    qtbot.waitUntil(lambda: "Exported “Council delays vote" in window.statusBar().currentMessage(), timeout=5000)

    # Dark, then read on a little, then quit.
    keys(view, "Ctrl+Shift+4")
    assert window.reading.style.theme == "dark"
    assert view.palette().color(view.palette().ColorRole.Base).lightness() < 80
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    view.setFocus()
    keys(view, "Space")
    assert bar.value() > 0
    fraction = bar.value() / bar.maximum()
    keys(view, "Ctrl+Q")
    assert not window.isVisible()

    # Reopened: the same article, at the same place, still dark.
    again = make_window()
    bring_up(again, qtbot)
    assert again.article_view.article is not None and again.article_view.article.id == article_id
    assert again.reading.style.theme == "dark"
    bar = again.article_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and abs(bar.value() / bar.maximum() - fraction) < 0.05, timeout=3000)
    assert again.library.organize.state(article_id) == "reading"  # annotated and scrolled


# -- the student -------------------------------------------------------------------------------------

HTML_SOURCE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Sleep and exam results | Campus Science</title>
<meta name="author" content="Priya Raman"><meta property="article:published_time" content="2023-10-02">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Regular sleep linked to better exam results</h1>
<p>Students who went to bed at about the same time each night scored higher in their end-of-year
examinations than students whose bedtimes varied, according to a study of first-year undergraduates.</p>
<p>The researchers followed nine hundred students for a full academic year, using sleep diaries and
wrist monitors to record when each student fell asleep and woke.</p>
<p>Students with regular bedtimes scored on average five percentage points higher, even after the
researchers accounted for the total hours each student slept.</p></article>
<footer>Copyright Campus Science</footer></body></html>
"""

MARKDOWN_SOURCE = """# Notes on memory consolidation

Sleep plays a part in how memories are kept. During deep sleep the brain appears to replay what was
learned during the day, and this replay is thought to strengthen the memory.

Several studies have found that students who sleep after learning recall more the next day than
students who stay awake for the same length of time.
"""

TEXT_SOURCE = """Library extends opening hours for exam season

The university library will stay open until two in the morning during the four weeks of exams, the
library service said on Monday.

Students had asked for longer hours in a survey last year, with many saying they had nowhere quiet
to work late in the evening.

The library will add extra staff at the help desk and keep the cafe open until midnight.
"""


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_student_imports_tags_searches_marks_state_sets_reading_undoes_and_cites(
    make_window, write, qtbot, tmp_path: Path, language: str
) -> None:
    paths = [
        write("sleep.html", HTML_SOURCE),
        write("memory.md", MARKDOWN_SOURCE),
        write("library-hours.txt", TEXT_SOURCE),
    ]
    window = make_window()
    window.resize(790, 580)
    bring_up(window, qtbot)

    # File ▸ Import… (Ctrl+O): three files chosen in the file dialog.
    def choose_three(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(paths[0].parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # typed, as a person picks several files
        typed = " ".join(f'"{p.name}"' for p in paths)
        tries = {"left": 10}

        def type_and_press_return() -> None:
            # On a busy machine the folder's listing arrives late and its completer pops up after the
            # names are typed, taking the Return (and perhaps a name): as a person would, look again,
            # put the names right and press Return again while the dialog is still open.
            if not shiboken6.isValid(dialog) or not dialog.isVisible() or tries["left"] == 0:
                return  # accepted (and gone)
            tries["left"] -= 1
            if name.text() != typed:
                name.clear()
                QTest.keyClicks(name, typed)
            if name.completer() is not None:
                name.completer().popup().hide()
            QTest.keyClick(name, Qt.Key.Key_Return)
            QTimer.singleShot(500, type_and_press_return)

        type_and_press_return()

    answered = when_modal(choose_three)
    keys(window.library_view, "Ctrl+O")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=15000)
    assert answered["answered"]
    titles = {window.model.index(r).data() for r in range(3)}
    assert titles == {
        "Regular sleep linked to better exam results",
        "Notes on memory consolidation",
        "Library extends opening hours for exam season",
    }
    ids = {window.model.index(r).data(): window.model.index(r).data(0x0100 + 1) for r in range(3)}

    # A highlight with a note on the sleep study, by drag and keys.
    sleep_row = next(r for r in range(3) if window.model.index(r).data().startswith("Regular sleep"))
    click_row(qtbot, window.library_view, sleep_row)
    view = window.article_view
    assert view.article.title == "Regular sleep linked to better exam results"
    view.setFocus()
    drag_select(qtbot, view, "scored on average five percentage points higher")
    keys(view, "H")
    keys(view, "N")
    QTest.keyClicks(window.annotation_panel.highlight_note.edit, "evidence for the essay")
    QTest.keyClick(window.annotation_panel.highlight_note.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [mark] = window.library.annotations.for_article(view.article.id)
    assert mark.note == "evidence for the essay"

    # Tag two articles: click one, Ctrl+click another, Ctrl+T, type the tag.
    memory_row = next(r for r in range(3) if window.model.index(r).data().startswith("Notes on memory"))
    click_row(qtbot, window.library_view, sleep_row)
    click_row(qtbot, window.library_view, memory_row, Qt.KeyboardModifier.ControlModifier)
    assert len(window.organize.selected_ids()) == 2

    def type_tag(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        # Typed into the dialog's own field: on a busy machine the focus may not have reached it yet
        # when the dialog is first seen, and keys sent to the focus widget went to the library.
        line = dialog.findChild(QLineEdit)
        assert line is not None
        QTest.keyClicks(line, "sleep-essay")
        QTest.keyClick(line, Qt.Key.Key_Return)

    answered = when_modal(type_tag)
    keys(window.library_view, "Ctrl+T")
    qtbot.waitUntil(lambda: answered["answered"], timeout=3000)
    assert window.library.organize.tags_of(ids["Regular sleep linked to better exam results"]) == ["sleep-essay"]
    assert window.library.organize.tags_of(ids["Notes on memory consolidation"]) == ["sleep-essay"]
    assert window.library.organize.tags_of(ids["Library extends opening hours for exam season"]) == []

    # Search tag:sleep-essay in:notes: the one tagged article with a note.
    keys(window.library_view, "Ctrl+K")
    QTest.keyClicks(window.library_pane.search, "tag:sleep-essay in:notes")
    QTest.keyClick(window.library_pane.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.model.index(0).data() == "Regular sleep linked to better exam results"

    # Back to all articles; mark one read and one unread; quit and reopen: the states are kept.
    window.library_pane.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=3000)
    library_row = next(r for r in range(3) if window.model.index(r).data().startswith("Library extends"))
    click_row(qtbot, window.library_view, library_row)
    window.library_view.setFocus()
    keys(window.library_view, "Ctrl+Shift+M")
    sleep_row = next(r for r in range(3) if window.model.index(r).data().startswith("Regular sleep"))
    click_row(qtbot, window.library_view, sleep_row)
    keys(window.library_view, "Ctrl+Shift+U")
    org = window.library.organize
    assert org.state(ids["Library extends opening hours for exam season"]) == "read"
    assert org.state(ids["Regular sleep linked to better exam results"]) == "unread"
    keys(window.library_view, "Ctrl+Q")
    window = make_window()
    window.resize(790, 580)
    bring_up(window, qtbot)
    assert org.state(ids["Library extends opening hours for exam season"]) == "read"
    assert org.state(ids["Regular sleep linked to better exam results"]) == "unread"
    read_detail = window.model.index(window.model.row_of(ids["Library extends opening hours for exam season"])).data(
        Role_DETAIL()
    )
    assert read_detail.endswith(tr("LibraryListModel", "read"))

    # Reading Settings (Ctrl+,): a larger font, typed; a narrower column, by the arrow keys.
    view = window.article_view
    keys(window.library_view, "Ctrl+,")
    dialog = window.reading.dialog
    assert dialog.isVisible()
    dialog.size.setFocus()
    dialog.size.selectAll()
    QTest.keyClicks(dialog.size, "15")
    QTest.keyClick(dialog.size, Qt.Key.Key_Tab)
    dialog.measure.setFocus()
    before = dialog.measure.value()
    for _ in range(4):
        QTest.keyClick(dialog.measure, Qt.Key.Key_Down)
    assert window.reading.style.size == 15 and window.reading.style.measure == before - 4
    assert view.font().pointSizeF() == pytest.approx(15)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    # Delete a highlight, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Z: it is back at the end.
    window.select_article(ids["Regular sleep linked to better exam results"])
    panel = window.annotation_panel
    assert panel.model.rowCount() == 1
    click_row(qtbot, panel.list, 0)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == 0 and window.library.annotations.for_article(view.article.id) == []
    keys(panel.list, "Ctrl+Z")
    assert panel.model.rowCount() == 1
    keys(view, "Ctrl+Shift+Z")
    assert panel.model.rowCount() == 0
    keys(view, "Ctrl+Z")
    assert panel.model.rowCount() == 1
    [back] = window.library.annotations.for_article(view.article.id)
    assert back.note == "evidence for the essay" and back.exact == mark.exact

    # Cite… (Ctrl+Shift+T) in APA 7: the author, the year, the title, the site.
    keys(view, "Ctrl+Shift+T")
    cite = window.exports.cite_dialog
    assert cite.isVisible()
    from PySide6.QtWidgets import QComboBox, QTextBrowser

    styles = cite.findChild(QComboBox)
    styles.setCurrentIndex(styles.findData("apa"))
    citation = cite.findChild(QTextBrowser, "citation").toPlainText()
    assert citation.startswith("Raman, P. (2023, October 2). Regular sleep linked to better exam results.")
    buttons = [b for b in cite.findChildren(QWidget) if b.metaObject().className() == "QPushButton"]
    copy = next(b for b in buttons if b.text().replace("&", "") == tr("ExportFlow", "&Copy").replace("&", ""))
    QTest.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("Raman, P. (2023")
    if language == "id":  # the window spoke Indonesian throughout
        assert window.menuBar().actions()[0].text() != "&File"
        assert copy.text().replace("&", "") != "Copy"
    cite.close()


def Role_DETAIL() -> int:  # noqa: N802 - the list's detail role, without importing the model at collection
    from reader.ui.library_model import Role

    return Role.DETAIL


BR_PAGE = """<html><head><title>Packing for a move | Harbour Removals</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/quotes">Quotes</a></div>
<div class="post"><h1>Packing for a move</h1><div class="text">
Moving house is far less stressful when the packing is planned a fortnight ahead, room by room.<br><br>
Start with the rooms you use least: the loft, the spare room and the garden shed.<br>
<h2>Books and papers</h2>
Books are heavy and suffer from damp, so pack them flat in small boxes lined with paper.<br><br>
Keep passports, deeds and bank papers in one folder that travels with you, not in the van.
</div></div></body></html>
"""


def test_a_page_written_with_line_breaks_reads_in_paragraphs_and_a_highlight_keeps_to_one(
    make_window, write, qtbot
) -> None:
    """A saved page that parts its paragraphs with <br><br> and sets its headings inside the same
    element: the article shows each paragraph and heading on its own, and words dragged over in one
    paragraph are highlighted alone, not the wall of text the page once read as."""
    window, view, article = import_and_open(make_window, qtbot, write("packing.html", BR_PAGE))
    shown = [line for line in view.toPlainText().split("\n") if line.strip()]
    assert shown == [
        "Packing for a move",
        "Moving house is far less stressful when the packing is planned a fortnight ahead, room by room.",
        "Start with the rooms you use least: the loft, the spare room and the garden shed.",
        "Books and papers",
        "Books are heavy and suffer from damp, so pack them flat in small boxes lined with paper.",
        "Keep passports, deeds and bank papers in one folder that travels with you, not in the van.",
    ]
    view.setFocus()
    drag_select(qtbot, view, "pack them flat in small boxes")
    keys(view, "H")
    [mark] = window.library.annotations.for_article(article.id)
    assert mark.exact == "pack them flat in small boxes"


CODE_PAGE = """<html lang="en"><head><title>Counting words in a file</title></head><body>
<nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>
<article><h1>Counting words in a file</h1>
<p>Python opens a file as an object you can loop over, one line at a turn, so even a very large file
never has to fit in memory at once, which matters for a log that grows every day.</p>
<div class="highlight"><pre><code>def count_words(path):
\ttotal = 0
\twith open(path, encoding="utf-8") as handle:
\t\tfor line in handle:
\t\t\ttotal += len(line.split())
\treturn total</code></pre></div>
<p>The function adds up the words of each line and gives back the total once the file has been read
to its end, without keeping any earlier line in memory.</p>
</article></body></html>"""


def test_a_guide_shows_its_code_in_lines_and_a_highlight_keeps_to_the_words_dragged_over(
    make_window, write, qtbot
) -> None:
    """A saved guide with a program in it: the article shows the program line by line, indented as
    the page indents it (not one run of words), and words dragged over inside it, and across two of
    its lines, are highlighted exactly."""
    window, view, article = import_and_open(make_window, qtbot, write("count.html", CODE_PAGE))
    assert -1 not in view.block_starts  # every block of the body is in the view, code and all
    shown = view.toPlainText().replace("\u2028", "\n")
    assert (
        'def count_words(path):\n    total = 0\n    with open(path, encoding="utf-8") as handle:\n'
        "        for line in handle:\n            total += len(line.split())\n    return total"
    ) in shown
    code, prose = (view.document().findBlock(view.block_starts[i]) for i in (1, 2))
    # set in a fixed-width face on a shaded ground, apart from the prose around it
    assert QTextCursor(code).charFormat().fontFamilies() == ["monospace"]
    assert QTextCursor(prose).charFormat().fontFamilies() != ["monospace"]
    assert code.blockFormat().background().color().name() == THEMES["light"].window
    assert prose.blockFormat().background().style() == Qt.BrushStyle.NoBrush
    view.setFocus()
    drag_select(qtbot, view, "len(line.split())")
    keys(view, "H")
    [first] = window.library.annotations.for_article(article.id)
    assert first.exact == "len(line.split())"
    drag_select(qtbot, view, "handle:\n        for line")
    keys(view, "H")
    second = next(h for h in window.library.annotations.for_article(article.id) if h.id != first.id)
    assert second.exact == "handle:\n        for line"
    text = view.article.content.text
    assert text[second.start : second.end] == second.exact


def test_a_page_pasted_from_a_browser_shows_its_writer_and_date(make_window, qtbot) -> None:
    """A selection copied in a browser reaches the clipboard as HTML without the page's head: pasted,
    the article's header names the writer and the date the page shows under its headline."""
    from reader.ui.clipboard import copy

    window = make_window()
    window.resize(900, 640)
    bring_up(window, qtbot)
    prose = (
        "Hawthorn, blackthorn and field maple make a hedge that birds use all year, and November is the "
        "month to plant them, while the ground is still warm enough for the roots to settle."
    )
    html = (
        "<meta charset='utf-8'><div><h1>Planting a winter hedge</h1>"
        "<div class='meta'><div>Maren Olsted</div><div>Nov 20, 2025</div></div>"
        + "".join(f"<p>{prose} Row {i} goes in next.</p>" for i in range(6))
        + "</div>"
    )
    copy("Planting a winter hedge\nMaren Olsted\nNov 20, 2025\n" + prose, html)
    keys(None, "Ctrl+V")
    view = window.article_view
    qtbot.waitUntil(lambda: view.article is not None, timeout=5000)
    assert view.article.title == "Planting a winter hedge"
    header = view.toPlainText().split("\n")[:3]
    assert any(line.startswith("By Maren Olsted") and "20 Nov 2025" in line for line in header), header
