from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui import crash_report


def test_unexpected_errors_are_logged_and_shown_once(qapp, qtbot, tmp_path, caplog) -> None:
    path = crash_report.setup_logging(tmp_path / "logs")
    try:
        raise ValueError("a bug in a slot")
    except ValueError:
        info = sys.exc_info()
    with caplog.at_level(logging.ERROR):
        crash_report.excepthook(*info)
        crash_report.excepthook(*info)  # the same error again: logged, not shown twice
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.objectName() == "errorReport" for w in QApplication.topLevelWidgets()
        ),
        timeout=2000,
    )
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == "errorReport"
    ]
    assert len(boxes) == 1
    box = boxes[0]
    assert "a bug in a slot" in box.informativeText()
    assert "ValueError" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy Details")
    copy.click()
    assert "Traceback" in QApplication.clipboard().text()
    if box.isVisible():
        box.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "a bug in a slot" in path.read_text(encoding="utf-8")
    assert sum("unexpected error" in r.message for r in caplog.records) == 2
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "") == str(path):
            logging.getLogger().removeHandler(handler)
            handler.close()
