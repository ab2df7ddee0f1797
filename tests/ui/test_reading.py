"""Reading experience: styles, themes, shortcuts, translation, where you left off."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette

from reader.core.contrast import AA_TEXT, contrast
from reader.core.paths import resource
from reader.ui import i18n
from reader.ui.highlight_paint import blend
from reader.ui.library_view import DETAIL_OPACITY
from reader.ui.reading import ReadingStyle
from reader.ui.themes import THEMES

STORY = "A long read about the coast\n\n" + "\n\n".join(
    f"Paragraph {i} tells how the tide came in over the old harbour wall that winter." for i in range(120)
)


def open_story(make_window, write):
    window = make_window()
    window.show()
    [article] = window.import_paths([write("coast.txt", STORY)])
    return window, article


def test_settings_apply_live_and_persist(make_window, write, settings: QSettings) -> None:
    window, _ = open_story(make_window, write)
    style = replace(window.reading.style, size=17.0, line_height=180, justify=True, family="sans", theme="sepia")
    window.reading.apply(style)
    view = window.article_view
    assert view.font().pointSizeF() == 17.0
    assert view.palette().color(QPalette.ColorRole.Base).name() == THEMES["sepia"].page
    from PySide6.QtCore import Qt

    body = view.document().findBlock(view.block_starts[0])
    assert body.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    assert ReadingStyle.load(settings) == style
    window.close()
    again = make_window()
    assert again.reading.style == style
    assert again.article_view.font().pointSizeF() == 17.0


def test_theme_actions_change_the_view_palette(make_window, write) -> None:
    window, _ = open_story(make_window, write)
    window.actions.theme_actions["dark"].trigger()
    assert window.article_view.palette().color(QPalette.ColorRole.Base).name() == THEMES["dark"].page
    window.actions.theme_actions["light"].trigger()
    assert window.article_view.palette().color(QPalette.ColorRole.Base).name() == THEMES["light"].page


def test_a_second_window_after_a_dark_one_still_knows_the_system_palette(make_window, settings) -> None:
    from PySide6.QtWidgets import QApplication

    system = QApplication.palette().color(QPalette.ColorRole.Base).name()
    replace(ReadingStyle.load(settings), theme="dark").save(settings)
    first = make_window()
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == THEMES["dark"].page  # before its frame
    second = make_window()
    second.reading.set_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == system
    first.reading.set_theme("system")
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == system


def test_zoom(make_window, write) -> None:
    window, _ = open_story(make_window, write)
    base = window.article_view.font().pointSizeF()
    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    assert window.article_view.font().pointSizeF() == base + 2
    window.actions.zoom_out.trigger()
    assert window.article_view.font().pointSizeF() == base + 1
    window.actions.zoom_reset.trigger()
    assert window.article_view.font().pointSizeF() == base


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_highlight_colours_stay_legible_on_every_theme(make_window, theme: str) -> None:
    window = make_window()
    labels = [label.hex for label in window.library.annotations.labels()]
    t = THEMES[theme]
    for combo in [[c] for c in labels] + [list(pair) for pair in itertools.permutations(labels, 2)]:
        assert contrast(blend(combo, t.page, t.alpha), t.text) >= AA_TEXT, (theme, combo)
    assert contrast(t.page, t.text) >= 7.0 and contrast(t.page, t.muted) >= AA_TEXT
    assert contrast(blend([t.text], t.page, DETAIL_OPACITY), t.page) >= AA_TEXT  # a list row's second line


def test_every_action_has_a_shortcut_and_is_in_the_help_window(make_window) -> None:
    window = make_window()
    actions = window.all_actions()
    missing = [a.text() for a in actions if a.text() and not a.shortcuts()]
    assert missing == []
    window.actions.shortcuts_help.trigger()
    from reader.ui.shortcuts_dialog import ShortcutsDialog, command_name

    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    listed = dialog.commands()
    for action in actions:
        name = command_name(action)
        assert name in listed and listed[name] != "—"
    assert "Theme: Dark" in listed and "Redo" in listed and "Undo" in listed
    assert listed["Redo"].count("Ctrl+Shift+Z") == 1
    assert listed["Highlight"] == "H" and "/" in listed["Search Library"]
    dialog.close()


def test_indonesian_translation_translates_the_menus(qapp, tmp_path: Path, make_window) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6"
    subprocess.run(
        [lrelease, "-silent", str(resource("i18n", "reader_id.ts")), "-qm", str(tmp_path / "reader_id.qm")], check=True
    )
    translators = i18n.install(qapp, "id", tmp_path)
    try:
        assert translators
        window = make_window()
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&Berkas" in menus and "&Pustaka" in menus and "Bant&uan" in menus
        assert window.actions.import_files.text() != "&Import…"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_where_you_left_off_is_restored(make_window, write, qtbot) -> None:
    window, article = open_story(make_window, write)
    bar = window.article_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    bar.setValue(bar.maximum() // 3)
    window.close()
    again = make_window()
    again.show()
    assert again.article_view.article is not None and again.article_view.article.id == article.id
    bar = again.article_view.verticalScrollBar()
    qtbot.waitUntil(lambda: abs(bar.value() - bar.maximum() // 3) <= max(2, bar.maximum() // 20), timeout=2000)


def test_distraction_free_hides_the_panes_and_comes_back(make_window, write) -> None:
    window, _ = open_story(make_window, write)
    window.actions.distraction_free.trigger()
    assert not window.library_pane.isVisible() and not window.annotation_panel.isVisible()
    assert window.article_view.isVisible()
    window.actions.distraction_free.trigger()
    assert window.library_pane.isVisible() and window.annotation_panel.isVisible()


def test_find_in_article_and_keyboard_navigation(make_window, write, qtbot) -> None:
    window, article = open_story(make_window, write)
    window.article_view.setFocus()
    window.actions.find_in_article.trigger()
    assert window.find_bar.isVisible()
    window.find_bar.field.setText("Paragraph 77")
    assert window.article_view.textCursor().selectedText() == "Paragraph 77"
    window.find_bar.field.setText("no such words anywhere")
    assert window.find_bar.status.text() == "Not found"
    window.actions.focus_library.trigger()
    assert window.focusWidget() is window.library_view
    window.actions.find_in_article.trigger()  # Ctrl+F in the library searches the library
    assert window.focusWidget() is window.library_pane.search
    window.actions.focus_article.trigger()
    assert window.focusWidget() is window.article_view
    window.actions.focus_panel.trigger()
    assert window.annotation_panel.isAncestorOf(window.focusWidget())


def test_backups_from_the_window(make_window, qtbot, tmp_path) -> None:
    from reader.core.backup import list_backups
    from reader.ui.backup_flow import BackupFlow

    window = make_window()
    flow = window.backups
    assert isinstance(flow, BackupFlow)
    with qtbot.waitSignal(flow.finished, timeout=10000) as blocker:
        assert flow.start()
    assert "Backed up to" in blocker.args[0]
    assert len(list_backups(window.library.path)) == 1
    assert not flow.start(daily=True)  # one a day is enough
