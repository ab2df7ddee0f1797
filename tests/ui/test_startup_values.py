"""The window's first frame does without the `Qt` namespace (reader.ui.early): its numbers are Qt's,
the properties it sets by number take effect, and a fresh process shows the list without building it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QSplitter

from reader.ui import early
from reader.ui.library_view import elide_right

ROOT = Path(__file__).resolve().parents[2]


def test_the_numbers_are_qts_own() -> None:
    assert early.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert early.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert early.ACCESSIBLE_TEXT_ROLE == Qt.ItemDataRole.AccessibleTextRole.value
    assert early.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert early.ALIGN_LEFT == Qt.AlignmentFlag.AlignLeft.value
    assert early.ALIGN_TOP == Qt.AlignmentFlag.AlignTop.value
    assert early.TEXT_WORD_WRAP == Qt.TextFlag.TextWordWrap.value
    assert early.VERTICAL == Qt.Orientation.Vertical.value
    assert early.SCROLL_BAR_ALWAYS_OFF == Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value
    assert early.TOOL_BUTTON_TEXT_BESIDE_ICON == Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value
    assert early.ACTIONS_CONTEXT_MENU == Qt.ContextMenuPolicy.ActionsContextMenu.value
    assert early.WIDGET_SHORTCUT == Qt.ShortcutContext.WidgetShortcut.value


def test_an_enum_property_set_by_number_takes_effect_and_a_wrong_name_is_refused(qapp) -> None:
    splitter = QSplitter()
    early.set_enum(splitter, "orientation", early.VERTICAL)
    assert splitter.orientation() == Qt.Orientation.Vertical
    with pytest.raises(ValueError, match="orientaton"):
        early.set_enum(splitter, "orientaton", early.VERTICAL)


def test_the_window_gets_the_settings_it_was_given_by_number(make_window) -> None:
    window = make_window()
    assert window.library_pane.splitter.orientation() == Qt.Orientation.Vertical
    assert window.library_view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert window.label_toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.library_view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.actions.delete_articles.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert window.actions.import_files.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.actions.find.shortcuts() == [QKeySequence("/"), QKeySequence("Ctrl+K")]
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_eliding_keeps_what_fits_and_marks_what_was_cut(qapp) -> None:
    metrics = QFontMetrics(QFont())
    text = "The harbour wall held through the night although the tide rose higher than in any winter"
    assert elide_right(text, metrics, metrics.horizontalAdvance(text)) == text
    width = metrics.horizontalAdvance(text) // 2
    cut = elide_right(text, metrics, width)
    assert cut.endswith("…") and text.startswith(cut[:-1]) and metrics.horizontalAdvance(cut) <= width
    longer = elide_right(text, metrics, width + metrics.horizontalAdvance("wall held"))
    assert len(longer) > len(cut)  # the longest prefix that fits, not just any
    assert elide_right(text, metrics, 1) == ""  # not even the ellipsis fits


def test_eliding_never_cuts_inside_a_character_as_the_reader_sees_it(qapp) -> None:
    metrics = QFontMetrics(QFont())
    family = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # one emoji, five code points
    for text in ("Cafe\u0301s " * 20, f"{family} family " * 6, "Bi\u0301lbao e\u0301s " * 10):
        whole = {text[:i] for i in range(len(text) + 1)}
        for width in range(5, metrics.horizontalAdvance(text), 3):
            cut = elide_right(text, metrics, width)
            if cut:
                kept = cut[:-1] if cut.endswith("…") else cut
                assert kept.rstrip() in whole
                rest = text[len(kept.rstrip()) :]
                assert not rest or not (rest[0] in "\u0301\u200d" or (kept and kept[-1] == "\u200d")), (width, cut)


FIRST_FRAME = """
import json, sys
import PySide6.QtCore as QtCore
from reader.ui.app import application, create_window
from PySide6.QtCore import QSettings
app = application()
window = create_window(sys.argv[1], QSettings(sys.argv[2], QSettings.Format.IniFormat), deferred=True)
window.show()
app.processEvents()
window.grab()
before = "Qt" in QtCore.__dict__
window.finish_setup()
print(json.dumps({"rows": window.model.rowCount(), "qt_before_first_frame": before,
                  "qt_after": "Qt" in QtCore.__dict__}))
"""


def test_the_first_frame_does_not_build_the_qt_namespace(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(tmp_path / "library.sqlite3"), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["rows"] > 0  # the demo library, on screen
    assert shown["qt_before_first_frame"] is False
    assert shown["qt_after"] is True  # the check can see the namespace being built
