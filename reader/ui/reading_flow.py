"""The look of reading: style and theme (applied live and kept), zoom, and distraction-free mode."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from reader.ui import themes
from reader.ui.article_view import ArticleView
from reader.ui.reading import ReadingStyle


class ReadingFlow(QObject):
    def __init__(self, window: QMainWindow, view: ArticleView, settings: QSettings,
                 panes: list[QWidget]) -> None:
        super().__init__(window)
        self.window, self.view, self.settings, self.panes = window, view, settings, panes
        self.style = ReadingStyle.load(settings)
        self._base_palette = QApplication.palette()
        self.dialog = None
        self._hidden: list[QWidget] = []
        hints = QApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.style.theme == "system" and self.apply())
        self.apply()

    @property
    def theme(self) -> themes.Theme:
        return themes.resolve(self.style.theme)

    def apply(self, style: ReadingStyle | None = None) -> None:
        """Use a reading style everywhere (and remember it)."""
        if style is not None:
            self.style = style
            self.style.save(self.settings)
        theme = self.theme
        QApplication.setPalette(themes.palette(theme, self._base_palette))
        self.view.apply_style(self.style, theme)

    def set_theme(self, name: str) -> None:
        self.apply(replace(self.style, theme=name))

    def zoom(self, steps: int) -> None:
        """Ctrl+= / Ctrl+- (steps +1 / -1); 0 resets."""
        zoom = 0 if steps == 0 else max(-6, min(20, self.style.zoom + steps))
        self.apply(replace(self.style, zoom=zoom))

    def open_dialog(self) -> None:
        from reader.ui.reading_dialog import ReadingDialog

        if self.dialog is None:
            self.dialog = ReadingDialog(self.style, self.window)
            self.dialog.changed.connect(self.apply)
        self.dialog.show()
        self.dialog.raise_()

    @property
    def distraction_free(self) -> bool:
        return bool(self._hidden)

    def toggle_distraction_free(self) -> None:
        """Hide the panes, toolbar and status bar (and fill the screen); again to bring them back."""
        if self._hidden:
            for widget in self._hidden:
                widget.show()
            self._hidden = []
            self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowFullScreen)
            return
        self._hidden = [w for w in self.panes if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.window.setWindowState(self.window.windowState() | Qt.WindowState.WindowFullScreen)
        self.view.setFocus()
