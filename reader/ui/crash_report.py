"""Unexpected errors: logged to a rotating file in the user's log folder and shown once in a dialog
that can copy the details. The application keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import __version__
from reader.core.paths import log_dir

log = logging.getLogger(__name__)
_shown: set[str] = set()
_open: list[QMessageBox] = []  # dialogs on screen (a parentless dialog needs a reference to stay)


def setup_logging(folder: Path | None = None) -> Path:
    """Log warnings and errors to reader.log (1 MB, 3 old files kept) in the user's log folder."""
    folder = folder or log_dir()
    path = folder / "reader.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:  # a read-only home: keep running without a log file
        log.warning("cannot write the log file %s: %s", path, exc)
        return path
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def details(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    trace = "".join(traceback.format_exception(kind, value, tb))
    return f"Reader {__version__}, Python {sys.version.split()[0]}\n\n{trace}"


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """For sys.excepthook: log the error, and tell the user once per distinct error."""
    text = details(kind, value, tb)
    log.error("unexpected error\n%s", text)
    if kind is KeyboardInterrupt or QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    key = f"{kind.__name__}:{value}"
    if key in _shown:
        return
    _shown.add(key)
    QTimer.singleShot(0, lambda: _show(text, str(value) or kind.__name__))


def _show(text: str, summary: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, "Reader", "", QMessageBox.StandardButton.Close, QApplication.activeWindow()
    )
    box.setObjectName("errorReport")
    box.setText(
        QCoreApplication.translate(
            "CrashReport", "Something went wrong inside Reader. Your library is safe; you can go on working."
        )
    )
    box.setInformativeText(summary)
    box.setDetailedText(text)
    copy = box.addButton(QCoreApplication.translate("CrashReport", "Copy Details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    _open.append(box)
    box.finished.connect(lambda _result: _open.remove(box) if box in _open else None)
    box.open()


def install() -> Path:
    path = setup_logging()
    sys.excepthook = excepthook
    return path
