"""Reading themes — light, sepia, dark, or the system's choice — and the colours each gives the
article, the panes and the highlights."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader.ui.reading import ReadingStyle

THEME_NAMES = ("system", "light", "sepia", "dark")


@dataclass(frozen=True)
class Theme:
    name: str
    page: str  # the article's background
    text: str
    muted: str  # bylines, captions
    accent: str  # the section kicker
    window: str  # the panes around the article
    alpha: float  # how strongly a highlight colour lies over the page (legibility: see tests)
    dark: bool = False


THEMES = {
    "light": Theme(
        "light", page="#ffffff", text="#1c1c1c", muted="#5c5c5c", accent="#8a5a00", window="#f2f2f2", alpha=0.45
    ),
    "sepia": Theme(
        "sepia", page="#f5eddc", text="#3b2f20", muted="#6b5b45", accent="#7a4a00", window="#e9dfc9", alpha=0.45
    ),
    "dark": Theme(
        "dark",
        page="#1d1f23",
        text="#e6e6e6",
        muted="#a9adb3",
        accent="#e3b25b",
        window="#2a2c31",
        alpha=0.22,
        dark=True,
    ),
}


def resolve(setting: str) -> Theme:
    """The theme to use for a setting; "system" follows the desktop's light or dark colour scheme."""
    if setting in THEMES:
        return THEMES[setting]
    from PySide6.QtCore import Qt  # not at import: the window's first frame does without `Qt` (reader.ui.early)

    hints = QGuiApplication.styleHints() if QGuiApplication.instance() else None
    dark = hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark
    return THEMES["dark" if dark else "light"]


_system_palette: QPalette | None = None


def system_palette() -> QPalette:
    """The application's palette as it was before any theme was applied (a second window, made after
    the first one set a dark palette, must not take that for the system's)."""
    global _system_palette
    if _system_palette is None:
        _system_palette = QApplication.palette()  # a copy (and QPalette(...) would name `Qt`)
    return _system_palette


def apply_saved(settings: QSettings) -> QPalette:
    """Give the application the saved theme's palette before the window's first frame, so that a dark
    window does not first appear light; returns the system palette it replaced. Setting a palette
    names `Qt` (reader.ui.early): a sepia or dark window pays those milliseconds rather than flash. "light"
    is the system's own palette, and "system" is left to ReadingFlow, after the first frame: asking for
    the desktop's colour scheme names `Qt` too."""
    system = system_palette()
    name = ReadingStyle.load(settings).theme
    if name in THEMES and name != "light":
        QApplication.setPalette(palette(THEMES[name], system))
    return system


def palette(theme: Theme, base: QPalette) -> QPalette:
    """The application palette for a theme (the system's own palette for light)."""
    if theme.name == "light":
        return base
    p = QPalette(base)
    window, page, text = QColor(theme.window), QColor(theme.page), QColor(theme.text)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.Base, page)
        p.setColor(group, QPalette.ColorRole.AlternateBase, window)
        p.setColor(group, QPalette.ColorRole.Button, window)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            p.setColor(group, role, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(theme.muted))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, page)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#3d6fb6" if theme.dark else "#b5894a"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    # The shades styles draw frames, bevels and indicators with, from the theme's window colour
    # (left at the light palette's, a dark window's radio buttons and frames vanish).
    shades = (
        (
            (QPalette.ColorRole.Light, 160),
            (QPalette.ColorRole.Midlight, 130),
            (QPalette.ColorRole.Mid, 80),
            (QPalette.ColorRole.Dark, 60),
            (QPalette.ColorRole.Shadow, 40),
        )
        if theme.dark
        else (
            (QPalette.ColorRole.Light, 110),
            (QPalette.ColorRole.Midlight, 104),
            (QPalette.ColorRole.Mid, 80),
            (QPalette.ColorRole.Dark, 65),
            (QPalette.ColorRole.Shadow, 40),
        )
    )
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, factor in shades:
            p.setColor(group, role, window.lighter(factor) if factor >= 100 else window.darker(int(10000 / factor)))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        p.setColor(QPalette.ColorGroup.Disabled, role, window)  # an empty note box is not a light patch
    faded = mix(QColor(theme.muted), window, 0.6)  # disabled: between the quiet text and the window
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, faded)
    return p


def checked_tool_button_style() -> str:
    """The label toolbar's chosen label, marked in the palette's selection colour (set again after
    every palette change: the style sheet reads the palette when it is set)."""
    return (
        "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); border-radius: 3px; }"
    )


def mix(color: QColor, under: QColor, amount: float) -> QColor:
    """`color` laid over `under` at `amount` opacity."""
    return QColor(
        *(
            round(a * amount + b * (1 - amount))
            for a, b in ((color.red(), under.red()), (color.green(), under.green()), (color.blue(), under.blue()))
        )
    )
