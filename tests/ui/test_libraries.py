"""The libraries side by side (issue 19): the left pane lists the personal library and the others
this computer keeps; one opens in a window of its own; articles and a single highlight are copied
into another through the menus a person uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from reader.core.library import Library
from reader.ui.libraries import OPENED
from reader.ui.library_pane import KIND, VALUE
from tests.browser_pages import HARBOUR, HARBOUR_TITLE, article_html
from tests.ui.test_journeys import _no_native_dialogs_and_no_hang  # noqa: F401 - a fixture
from tests.ui.test_other_apps import english  # noqa: F401 - a fixture: the English plurals

pytestmark = [
    pytest.mark.usefixtures("english", "_no_native_dialogs_and_no_hang"),
    # the offscreen platform cannot grab the keyboard for a popup menu (a real screen can)
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True),
]


def choose_in_popups(*texts: str) -> list[str]:
    """Choose, in the popup menus as they open, the entries with these texts (Return on a submenu's
    entry opens it; the next text is then chosen in it). Returns the entries each menu offered."""
    offered: list[str] = []
    left = list(texts)

    def poll() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and left and popup.isVisible():
            entries = [a.text().replace("&", "") for a in popup.actions() if not a.isSeparator()]
            if left[0] in entries:
                offered.append(" | ".join(entries))
                action = popup.actions()[[a.text().replace("&", "") for a in popup.actions()].index(left.pop(0))]
                popup.setActiveAction(action)  # as the arrow keys leave it
                QTest.keyClick(popup, Qt.Key.Key_Return)
        if left:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return offered


def right_click(widget, pos: QPoint) -> None:
    from PySide6.QtGui import QContextMenuEvent

    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos)))


def libraries_section(window) -> dict[str, tuple[str, str]]:
    """The Libraries section of the left pane: name -> (kind, path)."""
    model = window.library_pane.nav_model
    for row in range(model.rowCount()):
        header = model.item(row)
        if header.text() == "Libraries":
            return {
                header.child(r).text(): (header.child(r).data(KIND), header.child(r).data(VALUE))
                for r in range(header.rowCount())
            }
    return {}


@pytest.fixture
def desk(make_window, settings, tmp_path: Path):
    """A window on a library with one annotated article, and a second library it has opened before."""
    other = tmp_path / "class notes.sqlite3"
    Library.open(other).close()
    settings.setValue(OPENED, [str(other)])
    window = make_window(library_path=tmp_path / "mine.sqlite3")
    window.show()
    article = window.library.import_bytes(
        article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://c.example/a"
    )
    text = article.content.text
    for word, note in (("granite", "Which quarry?"), ("harbour", "")):
        window.library.annotations.add(article.id, text.index(word), text.index(word) + len(word), "yellow", note)
    window.model.reload()
    window.library_pane.refresh_navigation()
    return window, other, article


def test_the_left_pane_lists_both_libraries_and_opens_the_other_in_its_own_window(desk, monkeypatch) -> None:
    from PySide6.QtCore import QProcess

    window, other, _article = desk
    started: list[list[str]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append([program, *args]) or True)
    assert window.windowTitle() == "Reader (mine)"  # which library this window shows
    section = libraries_section(window)
    assert section == {
        "mine (this window)": ("this library", str(window.library.path)),
        "class notes": ("library", str(other)),
    }
    nav = window.library_pane.nav
    [index] = [
        nav.model().indexFromItem(item)
        for item in window.library_pane.nav_model.findItems("class notes", Qt.MatchFlag.MatchRecursive)
    ]
    nav.scrollTo(index)
    heading = window.library_pane.heading.text()
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualRect(index).center())
    assert window.library_pane.heading.text() == heading  # a click alone changes nothing shown
    QTest.mouseDClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualRect(index).center())
    assert started and started[-1][-2:] == ["--library", str(other)]
    started.clear()
    offered = choose_in_popups("Open in a New Window")
    right_click(nav.viewport(), nav.visualRect(index).center())
    assert offered == ["Open in a New Window | Copy the Chosen Articles Here"]
    assert started[-1][-2:] == ["--library", str(other)]


def test_chosen_articles_are_copied_from_the_left_pane_and_the_article_menu(desk, tmp_path: Path) -> None:
    window, other, article = desk
    view = window.library_view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(window.model.index(0)).center())
    nav = window.library_pane.nav
    [item] = window.library_pane.nav_model.findItems("class notes", Qt.MatchFlag.MatchRecursive)
    index = nav.model().indexFromItem(item)
    nav.scrollTo(index)
    choose_in_popups("Copy the Chosen Articles Here")
    right_click(nav.viewport(), nav.visualRect(index).center())
    assert window.statusBar().currentMessage() == f"Copied 1 article to {other}"
    with Library.open(other) as there:
        [row] = there.list_articles()
        assert row.title == HARBOUR_TITLE and len(there.annotations.for_article(row.id)) == 2
    # the Article menu offers the same libraries, then the choice of a file
    window.copy_menu.aboutToShow.emit()
    entries = [a.text().replace("&", "") for a in window.copy_menu.actions() if not a.isSeparator()]
    assert entries == ["class notes", "Other Library File…"]
    [to_other] = [a for a in window.copy_menu.actions() if a.text() == "class notes"]
    to_other.trigger()
    assert window.statusBar().currentMessage() == f"Copied 1 article to {other}"
    with Library.open(other) as there:
        assert len(there.list_articles()) == 1  # the same article again: nothing doubled


def test_one_highlight_is_copied_alone_from_its_menu(desk) -> None:
    window, other, article = desk
    window.open_article(article.id)
    panel = window.annotation_panel
    row_list = panel.list
    assert row_list.model().rowCount() == 2
    rect = row_list.visualRect(row_list.model().index(0, 0))
    quote = row_list.model().index(0, 0).data()
    offered = choose_in_popups("Copy to Library", "class notes")
    right_click(row_list.viewport(), rect.center())
    assert offered[1] == "class notes | Other Library File…"
    assert window.statusBar().currentMessage() == f"Copied the highlight to {other}"
    with Library.open(other) as there:
        [row] = there.list_articles()
        [mark] = there.annotations.for_article(row.id)
        assert there.get(row.id).content.text[mark.start : mark.end] in str(quote)
        assert there.organize.tags_of(row.id) == [] and there.annotations.article_note(row.id) == ""
    choose_in_popups("Copy to Library", "class notes")
    right_click(row_list.viewport(), rect.center())
    assert window.statusBar().currentMessage() == f"That library has this highlight already: {other}"


def test_a_window_alone_shows_no_libraries_section(make_window, tmp_path: Path) -> None:
    window = make_window(library_path=tmp_path / "only.sqlite3")
    window.show()
    window.library_pane.refresh_navigation()
    assert libraries_section(window) == {}


def test_a_highlight_goes_into_a_library_file_chosen_from_its_menu(desk, qtbot, tmp_path: Path) -> None:
    from tests.ui.test_annotation_import import choose
    from tests.ui.test_other_apps import answer_in_turn

    window, _other, article = desk
    elsewhere = tmp_path / "elsewhere" / "sources.sqlite3"
    elsewhere.parent.mkdir()
    Library.open(elsewhere).close()
    window.open_article(article.id)
    row_list = window.annotation_panel.list
    choose_in_popups("Copy to Library", "Other Library File…")
    answer_in_turn(choose(elsewhere))
    right_click(row_list.viewport(), row_list.visualRect(row_list.model().index(1, 0)).center())
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Copied the highlight to {elsewhere}")
    with Library.open(elsewhere) as there:
        [row] = there.list_articles()
        assert len(there.annotations.for_article(row.id)) == 1


def test_each_window_names_the_library_it_shows(make_window, tmp_path: Path) -> None:
    import sqlite3

    from reader.core.known_libraries import URL_KEY
    from reader.core.paths import default_library_path

    team = tmp_path / "desk.sqlite3"
    Library.open(team).close()
    with sqlite3.connect(team) as conn:  # as a replica keeps its team's address (connecting is tests/team's)
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (URL_KEY, "postgresql://ana@db.example.org/desk"))
    on_team = make_window(library_path=team)
    assert on_team.windowTitle() == "Reader (Team: desk on db.example.org)"
    default = default_library_path()  # this run's own (tests/conftest.py), left as it was found
    default.parent.mkdir(parents=True, exist_ok=True)
    personal = make_window(library_path=default)
    try:
        assert personal.windowTitle() == "Reader"
    finally:
        personal.library.close()
        for leftover in default.parent.glob(default.name + "*"):
            leftover.unlink()
