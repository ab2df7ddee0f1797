"""Getting things out from the window: the export dialog, Cite, and Copy Quote with Citation."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.citing import STYLES
from reader.core.errors import FileExists, ReaderError
from reader.core.export.formats import FORMATS, write_export
from reader.ui import clipboard
from reader.ui.background import Background
from reader.ui.failures import said

log = logging.getLogger(__name__)

# The formats and their order are core's (core/export/formats.py); their labels and the file dialogs'
# names for their files are translated when shown, in context "ExportDialog" / "ExportFlow"
# (QT_TRANSLATE_NOOP marks them for lupdate). tests/ui/test_export.py checks every format has both.
FORMAT_LABELS = {
    "markdown": QT_TRANSLATE_NOOP("ExportDialog", "Highlights and notes as Markdown"),
    "article-md": QT_TRANSLATE_NOOP("ExportDialog", "Article as Markdown (highlights marked)"),
    "w3c": QT_TRANSLATE_NOOP("ExportDialog", "Annotations as W3C Web Annotation JSON-LD"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "Highlights as CSV (spreadsheet)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "Article as HTML (printable)"),
    "epub": QT_TRANSLATE_NOOP("ExportDialog", "Articles as EPUB (e-reader)"),
    "bibliography": QT_TRANSLATE_NOOP("ExportDialog", "Bibliography"),
    "library": QT_TRANSLATE_NOOP("ExportDialog", "Whole library as a folder (to import back)"),
}
FILE_KINDS = {
    "Markdown": QT_TRANSLATE_NOOP("ExportFlow", "Markdown"),
    "JSON-LD": QT_TRANSLATE_NOOP("ExportFlow", "JSON-LD"),
    "CSV": QT_TRANSLATE_NOOP("ExportFlow", "CSV"),
    "HTML": QT_TRANSLATE_NOOP("ExportFlow", "HTML"),
    "EPUB": QT_TRANSLATE_NOOP("ExportFlow", "EPUB"),
    "Text": QT_TRANSLATE_NOOP("ExportFlow", "Text"),
}
# The citation styles are core's (core/citation.STYLES); a style's own name is not translated.
STYLE_LABELS = {
    "apa": "APA 7",
    "mla": "MLA 9",
    "chicago": QT_TRANSLATE_NOOP("ExportDialog", "Chicago (author-date)"),
    "bibtex": "BibTeX",
    "ris": "RIS",
    "csl-json": "CSL-JSON",
}


class ExportDialog(QDialog):
    def __init__(self, selected: int, parent: QWidget | None = None, *, has_open: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._has_open = has_open
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for key in FORMATS:
            self.format.addItem(self.tr(FORMAT_LABELS[key]), key)
        self.style = QComboBox()
        self.style.setAccessibleName(self.tr("Citation style"))
        for key in STYLES:
            self.style.addItem(self.tr(STYLE_LABELS[key]), key)
        self.scope = QButtonGroup(self)
        self.this = QRadioButton(self.tr("The open article"))
        self.selection = QRadioButton(self.tr("The %n selected article(s)", "", selected))
        self.everything = QRadioButton(self.tr("The whole library"))
        for i, button in enumerate((self.this, self.selection, self.everything)):
            self.scope.addButton(button, i)
        self._several = selected > 1  # "the selected articles" is a choice only when there are several
        (self.selection if self._several else self.this if has_open else self.everything).setChecked(True)
        self.selection.setVisible(self._several)  # one or no article chosen: not a choice worth a line
        form = QFormLayout(self)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("Citation &style:"), self.style)
        scope = QWidget()
        column = QVBoxLayout(scope)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.this, self.selection, self.everything):
            column.addWidget(button)
        form.addRow(self.tr("Export:"), scope)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        key = str(self.format.currentData())
        self.style.setEnabled(key == "bibliography")
        one = FORMATS[key].one_article
        self.selection.setEnabled(not one and key != "library" and self._several)
        self.everything.setEnabled(not one)
        self.this.setEnabled(key != "library" and self._has_open)
        if key == "library":
            self.everything.setChecked(True)
        elif one and self._has_open:
            self.this.setChecked(True)
        elif not self.scope.checkedButton().isEnabled():
            usable = [b for b in (self.this, self.selection, self.everything) if b.isEnabled()]
            if usable:
                usable[0].setChecked(True)
        self.save.setEnabled(self.scope.checkedButton().isEnabled())
        self.save.setToolTip("" if self.save.isEnabled() else self.tr("Open an article to export it in this format"))


class ExportFlow(QObject):
    def __init__(self, window, background: Background) -> None:  # window: MainWindow
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.background = background

    def export(self) -> None:
        ids = self.window.selected_article_ids()
        article = self.window.article_view.article
        dialog = ExportDialog(len(ids), self.window, has_open=article is not None)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        key, scope, style = str(dialog.format.currentData()), dialog.scope.checkedId(), str(dialog.style.currentData())
        dialog.deleteLater()  # made for this export only (each export would leave one behind)
        if not accepted:
            return
        targets = self.library.article_ids() if scope == 2 else (ids if scope == 1 else [article.id] if article else [])
        if not targets and key != "library":
            self.window.warn(self.tr("Nothing to export"), self.tr("Open or select an article first."))
            return
        path = self._ask_path(key, targets)
        if path is not None:
            self._write(key, targets, path, style, force=False)

    def _write(self, key: str, targets: list[int], path: Path, style: str, *, force: bool) -> None:
        """Write the export on a worker thread (a library of thousands of articles takes a while): the
        window keeps drawing, EPUB and library exports show their progress and can be cancelled.
        A file that exists is asked about once, then written over."""
        long = key in ("epub", "library") or len(targets) > 200

        def work(library, progress):
            return write_export(library, key, targets, path, style, force=force, progress=progress)

        operation = self.background.run(
            work,
            title=self.tr("Export") if long else "",
            label=self.tr("Exporting…"),
            describe=lambda done, total, title: (
                self.tr("Exporting %1 of %2\n%3")
                .replace("%1", f"{done + 1:,}")
                .replace("%2", f"{total:,}")
                .replace("%3", title)
            ),
        )
        operation.succeeded.connect(self._exported)
        operation.failed.connect(lambda exc: self._failed(exc, key, targets, path, style, force))
        operation.cancelled.connect(lambda: self.window.statusBar().showMessage(self.tr("Export cancelled"), 5000))

    def _failed(self, exc: ReaderError, key: str, targets: list[int], path: Path, style: str, force: bool) -> None:
        if isinstance(exc, FileExists) and not force:
            if self._confirm_replace(path):
                self._write(key, targets, path, style, force=True)
            return  # kept: the user keeps the file, no second message about it
        self.window.warn(self.tr("Nothing was exported"), said(exc))  # a folder that cannot be written, say

    def _exported(self, written: Path) -> None:
        folder = (
            self.window.statusBar().fontMetrics().elidedText(str(written.parent), Qt.TextElideMode.ElideMiddle, 320)
        )
        self.window.statusBar().showMessage(
            self.tr("Exported “%1” to %2").replace("%1", written.name).replace("%2", folder), 8000
        )

    def _ask_path(self, key: str, targets: list[int]) -> Path | None:
        from reader.core.export.safe_write import safe_filename

        folder = Path(str(self.window.settings.value("export/folder", str(Path.home()))))
        suffix = FORMATS[key].suffix
        if not suffix:
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("Export the library to a folder"), str(folder)
            )
            result = Path(chosen) / self.tr("Reader library") if chosen else None
        else:
            one = self.library.summaries(targets) if len(targets) == 1 else {}  # its row, not its text
            name = one[targets[0]].title if one else self.tr("Reader export")
            kind = QCoreApplication.translate("ExportFlow", FILE_KINDS.get(FORMATS[key].file_kind, "Files"))
            # Replacing a file is asked once, by Reader, when the file is written
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export"),
                str(folder / safe_filename(name, suffix)),
                f"{kind} (*{suffix});;{self.tr('All files')} (*)",
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            result = Path(chosen) if chosen else None
            if result is not None and not result.suffix:
                result = result.with_suffix(suffix)
        if result is not None:
            self.window.settings.setValue("export/folder", str(result.parent))
            remembered = [str(p) for p in (self.window.settings.value("export/folders") or [])]
            self.window.settings.setValue("export/folders", list(dict.fromkeys([str(result.parent), *remembered]))[:10])
        return result

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.window, self.tr("Replace?"), self.tr("%1 exists. Replace it?").replace("%1", path.name)
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- citing ---------------------------------------------------------------------------------

    def cite(self) -> None:
        article = self.window.article_view.article
        if article is None:
            return
        from reader.core.citing import PROSE_STYLES
        from reader.core.citing.cite import cite

        dialog = QDialog(self.window)
        dialog.setObjectName("citeDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per Cite: gone when closed
        dialog.setWindowTitle(self.tr("Cite"))
        styles = QComboBox()
        for key in STYLES:
            styles.addItem(QCoreApplication.translate("ExportDialog", STYLE_LABELS[key]), key)
        styles.setCurrentIndex(max(0, styles.findData(self.window.settings.value("cite/style", "apa"))))
        view = QTextBrowser()
        view.setObjectName("citation")
        view.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        layout = QFormLayout(dialog)
        layout.addRow(self.tr("&Style:"), styles)
        layout.addRow(view)
        layout.addRow(buttons)

        def show() -> None:
            style = str(styles.currentData())
            self.window.settings.setValue("cite/style", style)
            if style in PROSE_STYLES:
                view.setHtml(cite(article, style, date.today(), fmt="html"))
            else:
                view.setPlainText(cite(article, style, date.today()))

        def copy_it() -> None:
            style = str(styles.currentData())
            clipboard.copy(
                cite(article, style, date.today()),
                cite(article, style, date.today(), fmt="html") if style in PROSE_STYLES else None,
            )
            self.window.statusBar().showMessage(self.tr("Citation copied"), 4000)

        styles.currentIndexChanged.connect(lambda _i: show())
        copy.clicked.connect(copy_it)
        buttons.rejected.connect(dialog.close)
        show()
        dialog.resize(600, 230)
        dialog.show()
        self.cite_dialog = dialog

    def copy_quote(self) -> None:
        """Ctrl+Shift+C: the chosen highlight's exact words in quotation marks, with a short citation."""
        from reader.core.citing import PROSE_STYLES
        from reader.core.citing.cite import quote_with_citation

        article = self.window.article_view.article
        hid = self.window.annotation_panel.current_id() or self.window.article_view.highlight_at(
            self.window.article_view.textCursor().position()
        )
        if article is None or hid is None:
            self.window.statusBar().showMessage(self.tr("Choose a highlight first"), 5000)
            return
        highlight = self.library.annotations.get(hid)
        style = str(self.window.settings.value("cite/style", "apa"))
        style = style if style in PROSE_STYLES else "apa"
        clipboard.copy(
            quote_with_citation(article, highlight, style), quote_with_citation(article, highlight, style, fmt="html")
        )
        self.window.statusBar().showMessage(self.tr("Quote with citation copied"), 4000)
