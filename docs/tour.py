"""Walk a journalist's journey through the real window, offscreen, and save a picture of each step
and of every dialog, in the light and dark themes, in English and in Indonesian, to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/tour.py --out /tmp/tour [--theme light|dark|all] [--lang en|id|all]

Without --out the pictures go to a new temporary folder (printed), never into the repository; each walk
has its own temporary library (the demo articles) and settings. Names: NN-step[-dialog]-theme-lang.png.
Offscreen, the screen is 800x800: the tour asks for 1440x900 (offscreen:configfile=...) so that the
1280x800 window, and the dialogs placed beside it, fit."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# The platform is read when the application is made (in tour()), so Qt can be imported first.
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeySequence, QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from reader import APP_NAME  # noqa: E402

# A news page as a browser copies it: menus, ticker, byline, date, share row, "Read more:" lines, footer.
PAGE = """Skip to content
The Aldmere Courier
Home  News  Politics  Business  Sport  Culture  Opinion  |  Log in  |  Subscribe from £1

BREAKING: Ferry services resume after morning fog – check the timetable

News › Local government

Harbour dredging deal will save £4.2m, council says – but the figures are not in its budget

The council signed a five-year contract with a new dredging firm in March. Boat owners and an opposition councillor want to see how the savings were worked out.

By Tomasz Wells
Local Democracy Reporter
Thursday 6 March 2025, 7:30 am

Share
Facebook
X
WhatsApp

Photo: Ines Marr / The Aldmere Courier
The dredger Kittiwake at work in the outer harbour on Wednesday.

Aldmere Borough Council has signed a five-year contract with Northsea Marine Services to keep the harbour channel deep enough for the ferry and the fishing fleet, ending a thirty-year arrangement with the port's own dredging crew.

The council says the new contract will save taxpayers £4.2 million over five years. A spokesperson said the figure came from "a detailed comparison of the two options", but the comparison has not been published, and the council's budget for the coming year lists no saving from dredging at all.

Read more: Ferry timetable changes after the harbour works

Councillor Priya Nandakumar, who leads the opposition on the finance committee, said she had asked three times to see the working. "If the saving is real, it will be in a spreadsheet somewhere," she said. "Show us the spreadsheet."

Boat owners are divided. "We need the channel dug, and we need it dug every spring, not when someone finds the money," said Elaine Pask, who has kept a crabber in the inner harbour for twenty-two years.

Read more: Storm damage to the north pier – what happens next

Northsea Marine Services, based in Grimsby, said it was proud to work with the council and would bring its own dredger, the Kittiwake, twice a year. The firm did not answer questions about the value of the contract.

The council's finance committee meets on 18 March, when the contract is on the agenda.

Topics: Aldmere harbour   Council budget   Dredging

Comments (6)

SaltyDog · 3 hours ago
Thirty years of the same crew and nobody asked them?
Reply · Like (9)

MOST READ
1. Ferry services resume after fog

About us | Contact | Advertise | Privacy | Cookies | Terms
© 2025 The Aldmere Courier. All rights reserved.
"""
CLAIM = "The council says the new contract will save taxpayers £4.2 million over five years."
NOTE = "Ask the finance office for the tender spreadsheet: the **saving** is not in the 2025 budget."
WORD = "spreadsheet"  # in the note and in the article; the note's match shows in the results
TAG = "harbour"
SCREEN = {"screens": [{"name": "Tour", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96}]}


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="folder for the pictures (default: a new temporary folder)")
    parser.add_argument("--theme", choices=("light", "dark", "all"), default="all")
    parser.add_argument("--lang", choices=("en", "id", "all"), default="all")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # one walk, in this process
    return parser.parse_args()


def main() -> int:
    args = arguments()
    if args.one:
        return tour(args.out, args.theme, args.lang)
    out = args.out or Path(tempfile.mkdtemp(prefix="reader-tour-"))
    out.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark") if args.theme == "all" else (args.theme,):
        for lang in ("en", "id") if args.lang == "all" else (args.lang,):
            # one process each: a fresh application, translators and palette
            code = subprocess.call([sys.executable, __file__, "--one", "--out", str(out), "--theme", theme,
                                    "--lang", lang])
            if code:
                return code
    print(f"{len(list(out.glob('*.png')))} pictures in {out}")
    return 0


def tour(out: Path, theme: str, lang: str) -> int:
    """One walk of the journey, in one theme and one language."""
    with tempfile.TemporaryDirectory(prefix="reader-tour-") as tmp:
        settings = temporary_settings(Path(tmp), theme, lang)
        from reader.ui.app import application, create_window

        app = application()
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        library = Path(tmp) / "library.sqlite3"
        walk = Walk(create_window(library, settings), out, theme, lang, Path(tmp))
        walk.journey(lambda: create_window(library, settings))
        walk.window.library.close()
        # The quote copied is Reader's QMimeData: left on the clipboard, Qt deletes it after Python
        # has gone, and the process crashes on the way out (exit status 139).
        QApplication.clipboard().clear()
    return 0


def temporary_settings(tmp: Path, theme: str, lang: str):
    """Settings in `tmp`, for the window and for QSettings() (the language is read from it before
    any window exists): the user's own settings are never read. Also the offscreen screen's size."""
    screen = tmp / "screen.json"
    screen.write_text(json.dumps(SCREEN))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
    settings.setValue("ui/language", lang)
    settings.setValue("reading/theme", theme)
    settings.sync()
    return settings


class Walk:
    """The window, where the pictures go, and the steps of the journey."""

    def __init__(self, window, out: Path, theme: str, lang: str, tmp: Path) -> None:
        self.window, self.out, self.theme, self.tmp, self.number = window, out, theme, tmp, 0
        self.suffix = f"{theme}-{lang}"

    def journey(self, reopen: Callable[[], object]) -> None:
        self.bring_up()
        self.shot("start")
        QApplication.clipboard().setText(PAGE)
        self.keys("Ctrl+V")
        self.shot("pasted")
        self.keys("Alt+2")  # the second label, "Claim to check"; H then applies it
        self.shot("label-chosen")
        self.drag_over(CLAIM)
        self.shot("selected")
        self.keys("H", self.window.article_view)
        self.shot("highlighted")
        self.keys("N", self.window.article_view)
        QTest.keyClicks(self.window.annotation_panel.highlight_note.edit, NOTE)
        self.shot("note-typed")
        self.keys("Ctrl+Return", self.window.annotation_panel.highlight_note.edit)
        self.keys("Ctrl+2")
        self.keys("/")
        QTest.keyClicks(self.window.library_pane.search, WORD)
        self.shot("searched", wait=400)
        self.open_first_result()
        self.shot("result-opened", wait=800)
        self.keys("Ctrl+Shift+C")
        self.shot("quote-copied")
        print("copied:", QApplication.clipboard().text())
        self.export()
        self.shot("exported")
        self.open_and_close("cite", "Ctrl+Shift+T", lambda: self.window.exports.cite_dialog)
        self.open_and_close("reading-settings", "Ctrl+,", lambda: self.window.reading.dialog)
        self.open_and_close("shortcuts", "F1", lambda: self.window.findChild(QWidget, "shortcutsDialog"))
        self.open_and_close("fix-extraction", "Ctrl+Shift+E", lambda: self.window.extraction.removed_dialog)
        self.answer_modal("add-tag", lambda dialog: (dialog.setTextValue(TAG), dialog.accept()))
        self.keys("Ctrl+T")
        self.shot("tagged")
        self.keys("Ctrl+Shift+2" if self.theme == "dark" else "Ctrl+Shift+4")  # the other theme
        self.shot("theme-switched")
        self.keys("Ctrl+Q")
        self.window.library.close()
        self.window = reopen()
        self.bring_up()
        self.shot("reopened", wait=800)

    # -- doing what a person does ------------------------------------------------------------------

    def bring_up(self) -> None:
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        self.window.activateWindow()
        QTest.qWaitForWindowActive(self.window)
        print("window size:", self.window.size().width(), "x", self.window.size().height())

    def keys(self, sequence: str, target=None) -> None:
        """Press keys where the keyboard is (or on `target`), as a person would. Offscreen, the window
        is not made active again when a dialog closes (a desktop does that): the tour does it."""
        if QApplication.activeWindow() is not self.window and QApplication.activeModalWidget() is None:
            self.window.activateWindow()
            QTest.qWaitForWindowActive(self.window)
        QTest.keySequence(target or QApplication.focusWidget() or self.window, QKeySequence(sequence))
        QTest.qWait(50)

    def drag_over(self, words: str) -> None:
        """Select words with the mouse: press on the first character, move, release on the last."""
        view = self.window.article_view
        start = view.toPlainText().index(words)
        end = start + len(words) - 1
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        viewport, left = view.viewport(), Qt.MouseButton.LeftButton
        QTest.mousePress(viewport, left, Qt.KeyboardModifier.NoModifier, char_point(view, start))
        QTest.mouseMove(viewport, char_point(view, (start + end) // 2))
        QTest.mouseMove(viewport, char_point(view, end))
        past = char_point(view, end + 1, edge=True)  # just past the full stop, as a person lets go
        QTest.mouseMove(viewport, past)
        QTest.mouseRelease(viewport, left, Qt.KeyboardModifier.NoModifier, past)

    def open_first_result(self) -> None:
        view = self.window.library_view
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         view.visualRect(view.model().index(0, 0)).center())

    def export(self) -> None:
        """Ctrl+E: the dialog as it opens, then Markdown into a temporary folder through the file dialog."""
        folder = self.tmp / "export"
        folder.mkdir()

        def save_in_folder(dialog) -> None:  # the name offered (the article's title) is kept
            dialog.setDirectory(str(folder))
            dialog.accept()

        self.answer_modal("export", lambda dialog: (self.answer_modal("export-file", save_in_folder), dialog.accept()))
        self.keys("Ctrl+E")
        print("exported:", *[path.name for path in folder.iterdir()])

    def open_and_close(self, step: str, sequence: str, find: Callable[[], object]) -> None:
        """A dialog that does not block: open it with its keys, take it, close it."""
        self.keys(sequence)
        dialog = find()
        self.shot(step, dialog)
        dialog.close()

    def answer_modal(self, step: str, answer: Callable[[object], object]) -> None:
        """When a modal dialog (opened with exec()) is up, take it, then answer it."""
        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, look)
                return
            self.shot(step, dialog)
            answer(dialog)

        QTimer.singleShot(50, look)

    # -- pictures ------------------------------------------------------------------------------------

    def shot(self, step: str, dialog=None, wait: int = 250) -> None:
        """The whole window, and the dialog when one is up, as NN-step[-dialog]-theme-lang.png."""
        QTest.qWait(wait)  # timers: painting, the search's pause, a highlight's flash
        self.number += 1
        for widget, name in ((self.window, step), (dialog, f"{step}-dialog")):
            if widget is not None:
                path = self.out / f"{self.number:02d}-{name}-{self.suffix}.png"
                widget.grab().save(str(path))
                print(path)


def char_point(view, position: int, *, edge: bool = False):
    """A point inside the character that starts at `position` (with `edge`, at its left edge)."""
    left, right = QTextCursor(view.document()), QTextCursor(view.document())
    left.setPosition(position)
    right.setPosition(position + 1)
    a, b = view.cursorRect(left), view.cursorRect(right)
    x = a.left() + 1 if edge else (a.left() + b.left()) // 2 if b.top() == a.top() else a.left() + 2
    return QPoint(x, a.center().y())


if __name__ == "__main__":
    sys.exit(main())
