"""Copying rich text (plain and HTML) to the clipboard without crashing at exit.

A QMimeData made in Python is a Python-backed object; the clipboard keeps it after the copy, and when
the application ends Qt asks it for its data once more (to hand it to a clipboard manager, or to
free it) after Python has shut down, and the process dies (exit code 139). So whatever Reader put
on the clipboard is handed back to Qt, as Qt's own plain-text data, before Python stops: when the
application is about to quit, and at interpreter exit for a process that never quits the loop (a
test run).
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_ours: list[QMimeData] = []  # what Reader put on the clipboard last
_registered: list[bool] = []


def copy(text: str, html: str | None = None) -> None:
    """Put text (and its HTML form) on the clipboard."""
    mime = QMimeData()
    mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    if not _registered:
        _registered.append(True)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(hand_back)
        atexit.register(hand_back)
    _ours[:] = [mime]
    QGuiApplication.clipboard().setMimeData(mime)


def hand_back() -> None:
    """If the clipboard still holds what Reader copied, replace it with the same text held by Qt."""
    if not _ours or QGuiApplication.instance() is None:
        return
    mime = _ours.pop()
    if shiboken6.isValid(mime) and QGuiApplication.clipboard().mimeData() is mime:
        QGuiApplication.clipboard().setText(mime.text())  # data made by Qt in C++: safe after Python stops
