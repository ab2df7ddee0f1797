"""The names of the highlight labels as the window shows them.

A new library stores the six default meanings in English (reader.core.storage.schema, v3), and
exports and the command line keep them so. In the window a default meaning is shown in the
interface's language; a name the user gave (Annotate ▸ Rename Labels) is shown as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reader.core.models import Label

CONTEXT = "Labels"

# The default meaning of each colour, as the schema stores it (tests/ui/test_translation.py checks).
DEFAULT_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Labels", "Quote"),
    "red": QT_TRANSLATE_NOOP("Labels", "Claim to check"),
    "green": QT_TRANSLATE_NOOP("Labels", "Key fact"),
    "blue": QT_TRANSLATE_NOOP("Labels", "Question"),
    "purple": QT_TRANSLATE_NOOP("Labels", "Definition"),
    "orange": QT_TRANSLATE_NOOP("Labels", "Idea"),
}

# The colour keys, for screen readers (the swatches say nothing by themselves).
COLOR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Labels", "yellow"),
    "red": QT_TRANSLATE_NOOP("Labels", "red"),
    "green": QT_TRANSLATE_NOOP("Labels", "green"),
    "blue": QT_TRANSLATE_NOOP("Labels", "blue"),
    "purple": QT_TRANSLATE_NOOP("Labels", "purple"),
    "orange": QT_TRANSLATE_NOOP("Labels", "orange"),
}


def display_name(label: Label) -> str:
    """The label's meaning for the window: a default one translated, a renamed one as typed."""
    if DEFAULT_NAMES.get(label.color) == label.name:
        return QCoreApplication.translate(CONTEXT, label.name)
    return label.name


def color_name(color: str) -> str:
    """A colour key ("yellow") in the interface's language; an unknown key as it is."""
    return QCoreApplication.translate(CONTEXT, COLOR_NAMES[color]) if color in COLOR_NAMES else color
