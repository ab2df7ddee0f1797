"""A PDF in the window (issue 17): imported on a worker with the pages it has read in the progress
dialog (and Cancel stops it with nothing stored), shown with its page numbers between paragraphs,
and a quote highlighted with the mouse copied with its page in the citation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from reader.core.models import page_at
from reader.ui.highlight_model import HRole
from tests.documents.pdfs import report_like, two_columns
from tests.ui.test_journeys import _no_native_dialogs_and_no_hang, bring_up, drag_select, keys  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)


def test_a_pdf_is_read_with_its_pages_and_quoted_by_page(make_window, qtbot, tmp_path: Path) -> None:
    doc = two_columns(pages=3)
    path = tmp_path / "street-trees.pdf"
    path.write_bytes(doc.pdf)
    window = make_window()
    bring_up(window, qtbot)
    window.import_paths([path])  # what a drop or File ▸ Import does
    view = window.article_view
    qtbot.waitUntil(lambda: view.article is not None and view.article.kind == "pdf", timeout=15000)
    article = view.article
    assert article.content.title == doc.title and len(article.content.pages) == 3

    # the page numbers stand between the paragraphs, apart from the text
    shown = view.toPlainText().split("\n")
    assert "2" in shown and "3" in shown
    assert shown.index("2") < shown.index("3")
    assert all(b.text in view.toPlainText() for b in article.content.body)

    # a quote on page 2, highlighted with the mouse, is copied with its page
    on_two = next(p for p in doc.paragraphs if p.kind == "paragraph" and p.first_page == p.last_page == 2)
    words = " ".join(on_two.text.split()[2:8])
    drag_select(qtbot, view, words)
    keys(view, "H")
    qtbot.waitUntil(lambda: len(window.library.annotations.for_article(article.id)) == 1, timeout=3000)
    (h,) = window.library.annotations.for_article(article.id)
    assert page_at(article.content.pages, h.start) == "2"
    panel = window.annotation_panel
    assert str(panel.model.index(0).data(HRole.DATE)).startswith("p. 2 · ")  # the panel says its page
    window.annotation_panel.select(h.id)
    view.setFocus()
    keys(view, "Ctrl+Shift+C")
    copied = QApplication.clipboard().text()
    assert copied.startswith("“") and copied.endswith(", 2026, p. 2)"), copied


def test_a_long_pdf_shows_its_pages_read_and_cancel_stores_nothing(make_window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "long-report.pdf"
    path.write_bytes(report_like(pages=120).pdf)
    window = make_window()
    bring_up(window, qtbot)
    window.import_paths([path])
    qtbot.waitUntil(lambda: window.imports.job is not None and window.imports.job.dialog is not None, timeout=5000)
    dialog: QProgressDialog = window.imports.job.dialog
    qtbot.waitUntil(lambda: "/120)" in dialog.labelText(), timeout=15000)
    assert "long-report.pdf (" in dialog.labelText()
    (cancel,) = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Cancel"]
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.imports.job is None, timeout=15000)
    assert window.library.count() == 0
