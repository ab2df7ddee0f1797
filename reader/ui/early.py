"""Qt values the window's first frame needs, as plain numbers.

Qt for Python builds all 93 enums of the `Qt` namespace (about 18 ms) the first time anything names
`Qt`. The first frame (the library list) avoids that: the modules it loads use these numbers, and set
enum-typed settings through Qt's property system, which converts a number to the property's enum.
Everything that runs after the first frame may name `Qt` freely, and so may what is worth its cost
(a sepia or dark theme's palette is set before the first frame, see themes.apply_saved).
tests/ui/test_startup_values.py checks every number against Qt's own enum and that the first frame
leaves the `Qt` namespace unbuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 256

# Qt.AlignmentFlag and Qt.TextFlag, for QPainter.drawText(rect, flags, text), which takes an int
ALIGN_LEFT = 0x0001
ALIGN_TOP = 0x0020
TEXT_WORD_WRAP = 0x1000

# enum-typed properties, set with `set_enum(widget, property, value)`
VERTICAL = 2  # Qt.Orientation, for "orientation"
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy, for "horizontalScrollBarPolicy"
TOOL_BUTTON_TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle, for "toolButtonStyle"
ACTIONS_CONTEXT_MENU = 2  # Qt.ContextMenuPolicy, for "contextMenuPolicy"
CUSTOM_CONTEXT_MENU = 3  # Qt.ContextMenuPolicy
ELIDE_MIDDLE = 2  # Qt.TextElideMode, for "textElideMode"
WIDGET_SHORTCUT = 0  # Qt.ShortcutContext, for "shortcutContext"


def set_enum(target: QObject, name: str, value: int) -> None:
    """Set an enum-typed Qt property from its number (as `target.setName(Qt.Enum(value))` would)."""
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__} has no writable property {name!r}")
