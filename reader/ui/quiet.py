"""Quieter text for headings and hints: the widget's own text colour, drawn lighter.

A disabled label was used for this, but the light (system) palette's disabled text is about 1.6:1
against the window, too faint to read. The list's second lines use the same opacity, checked for
WCAG AA contrast on every theme (tests/ui/test_reading.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsOpacityEffect, QWidget

QUIET_OPACITY = 0.75  # as reader.ui.library_view.DETAIL_OPACITY


def quiet(widget: QWidget) -> QWidget:
    effect = QGraphicsOpacityEffect(widget)
    effect.setOpacity(QUIET_OPACITY)
    widget.setGraphicsEffect(effect)
    return widget
