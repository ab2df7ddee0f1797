"""A team library's replica in the window and its exports: who made each highlight is shown and written."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.export.w3c import export_annotations
from reader.core.library import Library
from reader.ui.highlight_model import HRole
from tests.browser_pages import HARBOUR, HARBOUR_TITLE, article_html
from tests.ui.test_other_apps import english  # noqa: F401 - the English plurals (a fixture)


def test_the_panel_and_the_w3c_export_name_who_made_a_highlight(make_window, qtbot, tmp_path: Path, team_url) -> None:
    with Library.open(tmp_path / "ana.sqlite3") as ana:
        ana.team.connect(team_url, "Ana Lima")
        article = ana.import_bytes(article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://c.example/a")
        text = ana.get(article.id).content.text
        ana.annotations.add(article.id, text.index("granite"), text.index("granite") + len("granite"))
        ana.team.sync()
    ben_path = tmp_path / "ben.sqlite3"
    with Library.open(ben_path) as ben:
        ben.team.connect(team_url, "Ben")
        [annotation] = export_annotations(ben)["first"]["items"]
        assert annotation["creator"] == {"type": "Person", "name": "Ana Lima"}
    window = make_window(library_path=ben_path)
    window.show()
    [row] = window.library.list_articles()
    window.open_article(row.id)
    model = window.annotation_panel.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data(HRole.DATE).startswith("Ana Lima · ")
    window.close()


def test_connect_to_a_team_library_through_the_dialog(make_window, qtbot, tmp_path: Path, team_url, monkeypatch):
    from PySide6.QtCore import QProcess, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from tests.ui.test_other_apps import answer_in_turn, button

    with Library.open(tmp_path / "ana.sqlite3") as ana:
        ana.team.connect(team_url, "Ana Lima")
        ana.import_bytes(article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://c.example/a")
        ana.team.sync()
    started: list[list[str]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append([program, *args]) or True)
    window = make_window()
    window.show()
    replica = tmp_path / "team copy.sqlite3"
    seen: dict = {}

    def fill_and_connect(dialog) -> None:
        assert not button(dialog, "Connect").isEnabled()
        dialog.url.setFocus()
        QTest.keyClicks(dialog.url, team_url)
        assert dialog.replica.text().endswith(".sqlite3")  # a place is suggested
        QTest.keyClicks(dialog.name, "Ben Okafor")
        dialog.replica.setText(str(replica))
        QTest.mouseClick(button(dialog, "Connect"), Qt.MouseButton.LeftButton)
        status = dialog.findChild(QLabel, "teamConnectStatus")
        qtbot.waitUntil(lambda: status.text().startswith("Connected: "), timeout=30000)
        seen["status"] = status.text()
        QTest.mouseClick(button(dialog, "Open Team Library"), Qt.MouseButton.LeftButton)

    answer_in_turn(fill_and_connect)
    window.actions.connect_team.trigger()
    assert str(replica) in seen["status"]
    assert started and started[0][-2:] == ["--library", str(replica)]
    # and from now on the left pane lists it beside the library this window shows
    from tests.ui.test_libraries import libraries_section

    section = libraries_section(window)
    [(name, (kind, path))] = [(n, v) for n, v in section.items() if n.startswith("Team: ")]
    assert kind == "library" and path == str(replica) and name.endswith(" on 127.0.0.1")
    with Library.open(replica) as ben:
        assert ben.team.is_replica and ben.team.user == "Ben Okafor"
        assert [r.title for r in ben.list_articles()] == [HARBOUR_TITLE]
    window.close()


def test_a_refused_connection_is_said_and_leaves_no_copy(make_window, qtbot, tmp_path: Path, cluster):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from tests.ui.test_other_apps import answer_in_turn, button

    window = make_window()
    window.show()
    replica = tmp_path / "nowhere.sqlite3"

    def refused(dialog) -> None:
        QTest.keyClicks(dialog.url, f"postgresql://postgres@127.0.0.1:{cluster.port}/no_such_database")
        QTest.keyClicks(dialog.name, "Ben")
        dialog.replica.setText(str(replica))
        QTest.mouseClick(button(dialog, "Connect"), Qt.MouseButton.LeftButton)
        status = dialog.findChild(QLabel, "teamConnectStatus")
        qtbot.waitUntil(lambda: "cannot reach the team library" in status.text(), timeout=30000)
        assert "b00020" in status.styleSheet() and not button(dialog, "Open Team Library").isVisible()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    answer_in_turn(refused)
    window.actions.connect_team.trigger()
    assert not replica.exists()
    window.close()


@pytest.mark.usefixtures("english")
def test_a_window_on_a_replica_stays_in_step(make_window, qtbot, tmp_path: Path, team_url, cluster) -> None:
    ana_path, ben_path = tmp_path / "ana.sqlite3", tmp_path / "ben.sqlite3"
    with Library.open(ana_path) as ana:
        ana.team.connect(team_url, "Ana Lima")
        article = ana.import_bytes(article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://c.example/a")
        ana.team.sync()
    with Library.open(ben_path) as ben:
        ben.team.connect(team_url, "Ben")
    window = make_window(library_path=ben_path)
    window.show()
    link = window.team_link
    link.start()
    qtbot.waitUntil(lambda: link.label.text() == "Team: Ben — in step", timeout=15000)
    [row] = window.library.list_articles()
    window.open_article(row.id)
    assert window.annotation_panel.model.rowCount() == 0
    with Library.open(ana_path) as ana:  # Ana, elsewhere, marks a claim
        text = ana.get(article.id).content.text
        ana.annotations.add(article.id, text.index("granite"), text.index("granite") + len("granite"), "red")
        ana.team.sync()
    qtbot.waitUntil(lambda: window.annotation_panel.model.rowCount() == 1, timeout=10000)
    text = window.library.get(row.id).content.text
    window.library.annotations.add(row.id, text.index("Fishing"), text.index("Fishing") + len("Fishing crews"))
    qtbot.waitUntil(lambda: window.library.team.waiting() == 0, timeout=10000)  # pushed within seconds
    with Library.open(ana_path) as ana:
        ana.team.sync()
        assert len(ana.annotations.for_article(article.id)) == 2
    cluster.stop("immediate")
    try:
        window.library.annotations.add(row.id, text.index("harbour master"), text.index("harbour master") + 14)
        qtbot.waitUntil(lambda: link.label.text().startswith("Team: offline — 1 change waits here"), timeout=20000)
    finally:
        cluster.start()
    window.close()
    assert link._thread is None  # noqa: SLF001 - closing the window ends the sync thread


def test_the_panel_shows_what_a_conflict_kept(make_window, qtbot, tmp_path: Path, team_url) -> None:
    ana_path, ben_path = tmp_path / "ana.sqlite3", tmp_path / "ben.sqlite3"
    with Library.open(ana_path) as ana, Library.open(ben_path) as ben:
        ana.team.connect(team_url, "Ana Lima")
        article = ana.import_bytes(article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://c.example/a")
        text = ana.get(article.id).content.text
        h = ana.annotations.add(article.id, text.index("granite"), text.index("granite") + len("granite"))
        ana.annotations.set_article_note(article.id, "First thoughts.")
        ana.team.sync()
        ben.team.connect(team_url, "Ben Okafor")
        [row] = ben.list_articles()
        [theirs] = ben.annotations.for_article(row.id)
        ben.annotations.set_article_note(row.id, "Ben: the date in paragraph two is wrong.")
        ana.annotations.set_article_note(article.id, "Ana: call the harbour master.")
        ana.annotations.delete(h.id)
        ben.team.sync()
        ana.team.sync()
        ben.annotations.recolor(theirs.id, "green")
        ben.team.sync()
    window = make_window(library_path=ben_path)
    window.show()
    window.open_article(row.id)
    panel = window.annotation_panel
    assert panel.article_history.isVisible()
    assert "Earlier version by Ben Okafor" in panel.article_history.text()
    assert "the date in paragraph two is wrong" in panel.article_history.text()
    panel.select(theirs.id)
    assert (
        panel.highlight_history.isVisible()
        and "Ana Lima deleted this highlight while it was being changed" in panel.highlight_history.text()
    )
    window.close()


def test_a_personal_library_shows_no_team_history(make_window, tmp_path: Path) -> None:
    window = make_window(demo=True)
    window.show()
    [first, *_] = window.library.list_articles()
    window.open_article(first.id)
    assert not window.annotation_panel.article_history.isVisible()
    assert not window.annotation_panel.person.isVisible()
    window.close()


def test_the_panel_filters_highlights_by_person(make_window, qtbot, tmp_path: Path, team_url) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ana_path, ben_path = tmp_path / "ana.sqlite3", tmp_path / "ben.sqlite3"
    with Library.open(ana_path) as ana, Library.open(ben_path) as ben:
        ana.team.connect(team_url, "Ana Lima")
        article = ana.import_bytes(article_html(HARBOUR_TITLE, HARBOUR).encode(), "p.html", url="https://c.example/a")
        text = ana.get(article.id).content.text
        for words in ("granite blocks", "stainless steel"):
            ana.annotations.add(article.id, text.index(words), text.index(words) + len(words))
        ana.team.sync()
        ben.team.connect(team_url, "Ben Okafor")
        [row] = ben.list_articles()
        ben.annotations.add(row.id, text.index("Fishing crews"), text.index("Fishing crews") + len("Fishing crews"))
    window = make_window(library_path=ben_path)
    window.show()
    window.open_article(row.id)
    panel = window.annotation_panel
    person = panel.person
    assert person.isVisible()
    assert [person.itemText(i) for i in range(person.count())] == ["Everyone", "Ana Lima", "Ben Okafor"]
    assert panel.model.rowCount() == 3
    person.setFocus()
    QTest.keyClick(person, Qt.Key.Key_Down)  # Ana Lima
    assert person.currentText() == "Ana Lima" and panel.model.rowCount() == 2
    assert all(panel.model.index(r, 0).data(HRole.DATE).startswith("Ana Lima") for r in range(2))
    QTest.keyClick(person, Qt.Key.Key_Down)  # Ben Okafor
    assert panel.model.rowCount() == 1
    window.library.annotations.add(row.id, text.index("harbour master"), text.index("harbour master") + 14)
    window.annotator.refresh(None)  # the choice stays while the article's highlights change
    assert person.currentText() == "Ben Okafor" and panel.model.rowCount() == 2
    window.close()
