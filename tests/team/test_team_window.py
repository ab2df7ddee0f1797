"""A team library's replica in the window and its exports: who made each highlight is shown and written."""

from __future__ import annotations

from pathlib import Path

from reader.core.export.w3c import export_annotations
from reader.core.library import Library
from reader.ui.highlight_model import HRole
from tests.browser_pages import HARBOUR, HARBOUR_TITLE, article_html


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
