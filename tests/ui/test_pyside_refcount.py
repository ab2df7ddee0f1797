"""Guard against a binding bug: PySide6 6.12.0 loses a reference to None on each void call, which
aborts Python 3.11 after enough calls (painting 1,000 highlights was enough)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QTextCursor, QTextDocument


def test_void_calls_keep_none_alive(qapp) -> None:
    document = QTextDocument()
    document.setPlainText("some text to move around in")
    cursor = QTextCursor(document)
    color = QColor("red")
    before = sys.getrefcount(None)
    for _ in range(2_000):
        cursor.setPosition(3)
        color.setAlpha(100)
    assert sys.getrefcount(None) - before > -100
