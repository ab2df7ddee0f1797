"""An article copied between a personal library and a team library's replica, with its marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.copying import copy_article
from reader.core.errors import ReaderError
from reader.core.library import Library
from tests.browser_pages import HARBOUR, HARBOUR_TITLE, article_html
from tests.ui.test_journeys import _no_native_dialogs_and_no_hang  # noqa: F401 - a fixture
from tests.ui.test_other_apps import english  # noqa: F401 - a fixture: the English plurals


def test_a_personal_article_copied_into_the_team_reaches_the_others(tmp_path: Path, team_url) -> None:
    with Library.open(tmp_path / "mine.sqlite3") as mine, Library.open(tmp_path / "team.sqlite3") as team:
        team.team.connect(team_url, "Ana Lima")
        article = mine.import_bytes(article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://c.example/a")
        text = article.content.text
        mine.annotations.add(article.id, text.index("granite"), text.index("granite") + 7, "red", "Which quarry?")
        mine.annotations.set_article_note(article.id, "Follow up with the council.")
        mine.organize.add_tags([article.id], ["harbour"])
        copied = copy_article(mine, article.id, team)
        assert copied.created and copied.highlights == 1
        again = copy_article(mine, article.id, team)
        assert (again.article_id, again.created, again.highlights) == (copied.article_id, False, 0)
        team.team.sync()
    with Library.open(tmp_path / "ben.sqlite3") as ben:
        ben.team.connect(team_url, "Ben")
        [row] = ben.list_articles()
        got = ben.get(row.id)
        [mark] = ben.annotations.for_article(row.id)
        assert got.content.text == text and got.content.text[mark.start : mark.end] == "granite"
        assert (mark.note, mark.color, mark.creator) == ("Which quarry?", "red", "Ana Lima")
        assert ben.annotations.article_note(row.id) == "Follow up with the council."
        assert ben.organize.tags_of(row.id) == ["harbour"]
        with Library.open(tmp_path / "bens-own.sqlite3") as own:  # and back out, with who made it
            back = copy_article(ben, row.id, own)
            [kept] = own.annotations.for_article(back.article_id)
            assert kept.creator == "Ana Lima"


def test_an_article_is_not_copied_into_its_own_library(library: Library) -> None:
    article = library.import_bytes(article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://c.example/a")
    with pytest.raises(ReaderError, match="library it is in"):
        copy_article(library, article.id, library)


@pytest.mark.usefixtures("english", "_no_native_dialogs_and_no_hang")
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)
def test_copy_to_another_library_in_the_window(make_window, qtbot, tmp_path: Path, team_url) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.ui.test_annotation_import import choose
    from tests.ui.test_other_apps import answer_in_turn

    replica = tmp_path / "newsdesk.sqlite3"
    with Library.open(replica) as team:
        team.team.connect(team_url, "Ana Lima")
    window = make_window(library_path=tmp_path / "mine.sqlite3")
    window.show()
    article = window.library.import_bytes(
        article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://c.example/a"
    )
    text = article.content.text
    window.library.annotations.add(article.id, text.index("granite"), text.index("granite") + 7)
    window.model.reload()
    view = window.library_view
    rect = view.visualRect(window.model.index(window.model.row_of(article.id)))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    answer_in_turn(choose(replica))
    window.actions.copy_to_library.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Copied 1 article to {replica}") and "next sync" in message
    with Library.open(replica) as team:
        [row] = team.list_articles()
        assert len(team.annotations.for_article(row.id)) == 1 and team.team.waiting() > 0
    window.close()
