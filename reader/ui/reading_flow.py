"""The look of reading: style and theme (applied live and kept), zoom, distraction-free mode, and
where the reader left off in each article."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, QPoint, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.ui import themes
from reader.ui.article_view import ArticleView
from reader.ui.reading import ReadingStyle

log = logging.getLogger(__name__)


class ReadingFlow(QObject):
    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        view: ArticleView,
        settings: QSettings,
        panes: list[QWidget],
        system_palette: QPalette,
    ) -> None:
        super().__init__(window)
        self.window, self.library, self.view, self.settings, self.panes = window, library, view, settings, panes
        self.style = ReadingStyle.load(settings)
        self._base_palette = system_palette  # before any theme was applied
        self.dialog = None
        self._hidden: list[QWidget] = []
        self._scrolled = False  # the reader moved through the open article (not a program scrolling it)
        view.verticalScrollBar().actionTriggered.connect(self._on_scroll_action)
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
        for pane in self.panes:
            if isinstance(pane, QToolBar):
                pane.setStyleSheet(themes.checked_tool_button_style())
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
            self.dialog = ReadingDialog(self.style, self.window, room=self.view.room_for)
            self.dialog.changed.connect(self.apply)
        self.dialog.update_measure_note()  # its hint first: the dialog's size allows for it
        self.dialog.adjustSize()
        screen = self.window.screen().availableGeometry()
        pane = QRect(self.view.mapToGlobal(QPoint(0, 0)), self.view.size())
        self.dialog.move(place_beside(self.dialog.frameGeometry().size(), pane, screen))
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

    def _on_scroll_action(self, _action: int) -> None:
        self._scrolled = True  # the wheel, the keys or the scroll bar: the reader is reading

    def forget_scrolling(self) -> None:
        """The user just set the article's state by hand: leaving it must not undo that."""
        self._scrolled = False

    def remember_position(self) -> None:
        """Keep how far the open article is read (called before another article opens and on quit).
        The reading state follows only when the reader scrolled: unread becomes reading, and the end
        reached, read."""
        article = self.view.article
        bar = self.view.verticalScrollBar()
        if article is not None and bar.maximum() > 0:
            try:
                self.library.organize.set_position(article.id, bar.value() / bar.maximum(), reading=self._scrolled)
            except ReaderError as exc:
                log.warning("reading position not saved: %s", exc)
        self._scrolled = False

    def restore_position(self, article_id: int) -> None:
        """Scroll the article that has just opened to where the reader left it."""
        fraction = self.library.organize.position(article_id)
        if fraction > 0:

            def restore() -> None:
                if self.view.article is not None and self.view.article.id == article_id:
                    self.view.document().size()  # lay the whole text out: the scroll range is final
                    bar = self.view.verticalScrollBar()
                    bar.setValue(round(fraction * bar.maximum()))

            restore()
            QTimer.singleShot(0, restore)  # again once a window that is still opening has its size


def place_beside(size: QSize, pane: QRect, screen: QRect, gap: int = 8) -> QPoint:
    """Where a dialog of `size` goes so that the pane it changes stays in sight: right of the pane,
    else left of it, else on the screen's side with more room beside the pane (covering as little of
    the pane as it can), top-aligned with the pane and kept on the screen."""
    pane_right, screen_right = pane.x() + pane.width(), screen.x() + screen.width()
    y = max(screen.top(), min(pane.top(), screen.y() + screen.height() - size.height()))
    right, left = pane_right + gap, pane.left() - gap - size.width()
    if right + size.width() <= screen_right:
        return QPoint(right, y)
    if left >= screen.left():
        return QPoint(left, y)
    room_right, room_left = screen_right - pane_right, pane.left() - screen.left()
    x = screen_right - size.width() if room_right >= room_left else screen.left()
    return QPoint(max(screen.left(), x), y)
