"""The Indonesian interface is translated through and through, and English reads as English.

Reader's own strings (resources/i18n/reader_id.ts), Qt's own buttons, context menus and file dialogs
(resources/i18n/qt_id.ts: Qt ships no Indonesian), the default label names, the list's reading states,
and the plurals of English (resources/i18n/reader_en.ts). The .ts files are compiled here, so what is
tested is the sources as they are, whether or not `make translations` ran.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox

from reader.core.paths import resource
from reader.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
INDONESIAN_LABELS = ["Kutipan", "Klaim untuk dicek", "Fakta kunci", "Pertanyaan", "Definisi", "Ide"]
# Menu texts that are the same word in both languages (compared without the accelerator's "&"):
#   "Sepia": the reading theme; Indonesian borrows the word as it is (KBBI: sepia).
SAME_IN_BOTH = {"Sepia"}
PLACEHOLDER = r"%\d|%n|\{[^{}]*\}"  # Qt's %1 and %n; the core's messages' {name} (reader/ui/failures.py)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS))
    assert found, f"{name} comes with PySide6"
    return found


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _problems(ts: Path) -> list[str]:
    """Every message of a .ts that is not a finished, complete translation keeping its placeholders."""
    problems = []
    for context, source, message in _messages(ts):
        translation = message.find("translation")
        assert translation is not None
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        where = f"{ts.name} {context}: {source!r}"
        if translation.get("type"):  # unfinished, vanished or obsolete
            problems.append(f"{where} is {translation.get('type')}")
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has no translation")
            elif set(re.findall(PLACEHOLDER, form)) != set(re.findall(PLACEHOLDER, source)):
                problems.append(f"{where}: placeholders differ in {form!r}")
            elif ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                problems.append(f"{where}: the accelerator is lost or added in {form!r}")
    return problems


def test_every_indonesian_entry_is_translated() -> None:
    ts = resource("i18n", "reader_id.ts")
    assert _messages(ts), "the Indonesian translation has messages"
    assert _problems(ts) == []


def test_the_sources_have_no_string_the_translation_lacks(tmp_path: Path) -> None:
    """lupdate over today's code adds nothing unfinished: a string added without its translation
    (run `make translations-update` and translate it) fails here rather than in a user's window."""
    copy = tmp_path / "reader_id.ts"
    shutil.copy(resource("i18n", "reader_id.ts"), copy)
    sources = sorted(str(p) for p in (ROOT / "reader" / "ui").glob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(copy), "-no-obsolete"],
        check=True,
        cwd=tmp_path,
    )
    assert [p for p in _problems(copy) if "unfinished" in p or "no translation" in p] == []


def test_qt_strings_and_english_plurals_are_finished() -> None:
    assert _problems(resource("i18n", "qt_id.ts")) == []
    english = resource("i18n", "reader_en.ts")
    assert _problems(english) == []
    messages = _messages(english)
    assert messages and all(m.get("numerus") == "yes" for _c, _s, m in messages), "English translates plurals only"
    for _context, _source, message in messages:
        one, many = [f.text or "" for f in message.iter("numerusform")]
        assert "(s)" not in one + many and one != many


def test_default_label_names_match_the_schema(library) -> None:
    from reader.ui.label_names import DEFAULT_NAMES

    assert {label.color: label.name for label in library.annotations.labels()} == DEFAULT_NAMES


@pytest.fixture
def translated(qapp: QApplication, tmp_path: Path) -> Iterator:
    """install(language): the app's translators for a language, from the .ts sources; removed after,
    so that the other tests see the untranslated (English) interface."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    for ts in resource("i18n").glob("*.ts"):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True
        )
    locale = QLocale()
    installed = []

    def install(language: str) -> list:
        translators = i18n.install(qapp, language, folder)
        installed.extend(translators)
        return translators

    yield install
    i18n.uninstall(qapp, installed)
    QLocale.setDefault(locale)


def _menu_texts(actions, path: str = "") -> list[tuple[str, str]]:
    """(where, text) of every action in the menus, depth first, submenus included."""
    found = []
    for action in actions:
        if action.isSeparator():
            continue
        where = f"{path} ▸ {action.text()}" if path else action.text()
        found.append((where, action.text()))
        if action.menu() is not None:
            found.extend(_menu_texts(action.menu().actions(), where))
    return found


def _plain(text: str) -> str:
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _answer_next_box(seen: list[str], button: QMessageBox.StandardButton) -> None:
    """When the next message box is up, note its text and buttons and press `button`."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_the_indonesian_window_speaks_indonesian(make_window, translated, tmp_path: Path) -> None:
    english = make_window(library_path=tmp_path / "english.sqlite3")
    english_menus = _menu_texts(english.menuBar().actions())
    english.close()

    assert translated("id"), "reader_id.qm and qt_id.qm are installed"
    window = make_window()
    window.show()

    # the labels: toolbar, Annotate menu, the panel's filter; a renamed one as the user typed it
    labels = [a.text() for a in window.actions.label_actions]
    assert labels == INDONESIAN_LABELS
    toolbar = [a.text() for a in window.label_toolbar.actions() if a in window.actions.label_actions]
    assert toolbar == INDONESIAN_LABELS
    assert [a.text() for a in window.annotate_menu.actions() if a in window.actions.label_actions] == INDONESIAN_LABELS
    combo = window.annotation_panel.filter
    assert [combo.itemText(i) for i in range(1, combo.count())] == INDONESIAN_LABELS

    # every menu and command differs from its English text but for words both languages share
    menus = _menu_texts(window.menuBar().actions())
    assert len(menus) == len(english_menus)
    same = [
        (where, text)
        for (where, text), (_w, english_text) in zip(menus, english_menus)
        if _plain(text).lower() == _plain(english_text).lower() and _plain(text) not in SAME_IN_BOTH
    ]
    assert same == []

    # the list's detail line: how far an article is read, and archived
    library = window.library
    reading = library.import_bytes(b"Tide tables\n\nThe tide came in over the harbour wall.", "tide.txt")
    archived = library.import_bytes(b"Old harbour\n\nThe harbour was built in 1820.", "harbour.txt")
    library.organize.set_state([reading.id], "reading")
    library.organize.set_position(reading.id, 0.4, reading=False)
    library.organize.set_state([archived.id], "archived")
    window.model.reload()
    from reader.ui.library_model import Role

    def detail(article_id: int) -> str:
        return str(window.model.index(window.model.row_of(article_id)).data(Role.DETAIL))

    assert detail(reading.id).endswith("40% dibaca"), detail(reading.id)
    assert detail(archived.id).endswith("diarsipkan"), detail(archived.id)
    window.library_pane.refresh_navigation()
    nav = [window.library_pane.nav_model.item(r).text() for r in range(window.library_pane.nav_model.rowCount())]
    assert nav[0] == "Semua artikel (2)" and "Diarsipkan (1)" in nav

    # a highlight's card names its label in Indonesian, its undo command too
    window.open_article(reading.id)
    view = window.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.doc_position(0))
    cursor.setPosition(view.doc_position(8), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.actions.highlight.trigger()
    from reader.ui.highlight_model import HRole

    panel = window.annotation_panel
    assert panel.model.index(0).data(HRole.LABEL) == "Kutipan"
    assert window.undo_action.text() == "&Urungkan Sorotan"
    library.annotations.rename_label("red", "Check this")
    window.labels.rebuild()
    assert [a.text() for a in window.actions.label_actions][:2] == ["Kutipan", "Check this"]

    # Qt's own buttons: a question's Yes and No, a dialog's Close and Cancel, a line edit's menu
    window.library_view.setCurrentIndex(window.model.index(window.model.row_of(archived.id)))
    seen: list[str] = []
    _answer_next_box(seen, QMessageBox.StandardButton.No)
    window.actions.delete_articles.trigger()
    assert seen and seen[0].startswith("Hapus 1 artikel")
    assert sorted(seen[1:]) == ["&Tidak", "&Ya"]
    assert window.model.row_of(archived.id) >= 0  # "Tidak" kept it
    window.actions.reading_settings.trigger()
    closing = window.reading.dialog.findChild(QDialogButtonBox)
    assert [b.text() for b in closing.buttons()] == ["Tutup"]
    window.reading.dialog.close()
    from reader.ui.export_flow import ExportDialog

    export = ExportDialog(1, window)
    assert sorted(b.text() for b in export.findChild(QDialogButtonBox).buttons()) == ["Batal", "Simpan"]
    export.deleteLater()
    menu: QMenu = window.library_pane.search.createStandardContextMenu()
    texts = [_plain(a.text()) for a in menu.actions() if not a.isSeparator()]
    assert "Salin" in texts and "Pilih Semua" in texts and "Copy" not in texts
    menu.deleteLater()
    article_menu = view.createStandardContextMenu()
    assert "Salin" in [_plain(a.text()) for a in article_menu.actions()]
    article_menu.deleteLater()


def test_english_plurals_read_as_english(make_window, translated) -> None:
    translated("en")
    window = make_window()
    window.library.import_bytes(b"One\n\nThe only article.", "one.txt")
    window.statusBar().clearMessage()  # the count shows when the status line has nothing else to say
    window.library_pane.refresh_navigation()
    assert window.statusBar().currentMessage() == "1 article in the library"
    window.library.import_bytes(b"Two\n\nAnother article.", "two.txt")
    window.statusBar().clearMessage()
    window.library_pane.refresh_navigation()
    assert window.statusBar().currentMessage() == "2 articles in the library"


# -- the core's messages ----------------------------------------------------------------------------


def _core_messages_tool():
    spec = importlib.util.spec_from_file_location("core_messages", ROOT / "tools" / "core_messages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_list_of_core_messages_is_current_and_every_message_is_a_literal() -> None:
    """reader/ui/core_messages.py (what lupdate reads) holds every template the core raises; a message
    built at run time (an f-string) could not be translated and is named here."""
    tool = _core_messages_tool()
    found, problems = tool.templates()
    assert problems == []
    assert len(found) > 100 and "cannot read {path}: {reason}" in found
    assert (ROOT / "reader" / "ui" / "core_messages.py").read_text(encoding="utf-8") == tool.source()


def test_a_message_built_at_run_time_is_refused(tmp_path: Path) -> None:
    core = tmp_path / "core"
    core.mkdir()
    shutil.copy(ROOT / "reader" / "core" / "errors.py", core / "errors.py")
    (core / "thing.py").write_text(
        "from reader.core.errors import LibraryError, UnreadableInput\n"
        "def a(path):\n"
        '    raise UnreadableInput("cannot read {path}", path=path)\n'
        "def b(path):\n"
        '    raise LibraryError(f"cannot write {path}")\n',
        encoding="utf-8",
    )
    found, problems = _core_messages_tool().templates(core)
    assert "cannot read {path}" in found
    assert problems == ["core/thing.py:5: LibraryError's message is not a literal template"]


def test_a_core_error_reads_in_the_users_language(translated, library) -> None:
    from reader.core.errors import ArticleNotFound, LibraryError, ReaderError, UnreadableInput
    from reader.ui.failures import said

    with pytest.raises(UnreadableInput) as raised:
        library.import_bytes(b"\x00\x01\x02" * 100, "noise.txt")
    english = said(raised.value)
    assert english == str(raised.value)  # no translator yet: the English words

    translated("id")
    indonesian = said(raised.value)
    assert indonesian and indonesian != english
    assert said(ArticleNotFound(12345)).count("12345") == 1 and "no article" not in said(ArticleNotFound(12345))
    unknown = ReaderError("{what} is unheard of", what="this")  # no translation: English, filled in
    assert said(unknown) == "this is unheard of"
    # a problem inside a problem (what is wrong with a backup that cannot be restored) is translated too
    damaged = LibraryError("the library file is damaged: {reason}", reason="database disk image is malformed")
    nested = said(LibraryError("the backup {name} cannot be restored: {problem}", name="lib.sqlite3", problem=damaged))
    assert "lib.sqlite3" in nested and "database disk image is malformed" in nested  # the values as they are
    assert "cannot be restored" not in nested and "is damaged" not in nested, nested


def test_a_translation_that_names_a_value_wrongly_falls_back_to_english(qapp: QApplication) -> None:
    from PySide6.QtCore import QTranslator

    from reader.core.errors import ReaderError
    from reader.ui.failures import said

    class Careless(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
            return "tidak bisa membaca {jalur}" if context == "core" else ""

    careless = Careless()
    qapp.installTranslator(careless)
    try:
        assert said(ReaderError("cannot read {path}", path="/tmp/x")) == "cannot read /tmp/x"
    finally:
        qapp.removeTranslator(careless)


def test_the_indonesian_window_warns_in_indonesian(make_window, translated, qtbot) -> None:
    assert translated("id")
    window = make_window()
    window.show()
    window.open_link("reader://article/987654")
    box = window.findChild(QMessageBox, "warningBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "987654" in box.text() and "no article" not in box.text()
    assert box.windowTitle() != "Cannot open the link"
    box.close()
