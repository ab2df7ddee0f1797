"""A Markdown note, shown rendered and edited in place; every pause in typing is saved."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

SAVE_AFTER_MS = 400


class _Rendered(QTextBrowser):
    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 - never fetch anything
        return None


class NoteEditor(QWidget):
    """Emits `committed(text)` when the text changed and the user paused, left, or pressed Ctrl+Enter."""

    committed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self.placeholder = placeholder
        self.view = _Rendered()
        self.view.setOpenLinks(False)
        self.view.setObjectName("noteView")
        self.view.viewport().installEventFilter(self)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("noteEdit")
        self.edit.setPlaceholderText(self.tr("Write a note in Markdown… (Ctrl+Enter to finish, Esc to cancel)"))
        self.edit.installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.commit)
        self.edit.textChanged.connect(self._timer.start)
        self.set_text("")

    def text(self) -> str:
        return self.edit.toPlainText() if self.editing else self._saved

    @property
    def editing(self) -> bool:
        return self.stack.currentWidget() is self.edit

    def set_text(self, text: str) -> None:
        """Show a stored note (leaving edit mode without saving anything)."""
        self._timer.stop()
        self._saved = text
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self._render()
        self.stack.setCurrentWidget(self.view)

    def start_editing(self) -> None:
        self.stack.setCurrentWidget(self.edit)
        self.edit.setFocus()
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def commit(self) -> None:
        self._timer.stop()
        text = self.edit.toPlainText()
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)

    def finish(self) -> None:
        self.commit()
        self._render()
        self.stack.setCurrentWidget(self.view)

    def cancel(self) -> None:
        self._timer.stop()
        self.set_text(self._saved)

    def _render(self) -> None:
        if self._saved.strip():
            from reader.core.notes_render import render_note  # Markdown is loaded when a note is shown

            self.view.setHtml(render_note(self._saved))
        else:
            self.view.setHtml(f"<p style='color:#888888'><i>{self.placeholder}</i></p>")

    # Qt API
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if (
                    event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                ):
                    self.finish()
                    return True
                if event.key() == Qt.Key.Key_Escape:
                    self.cancel()
                    return True
            elif event.type() == QEvent.Type.FocusOut:
                self.finish()
        elif event.type() == QEvent.Type.MouseButtonDblClick or (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return)
        ):
            self.start_editing()
            return True
        return super().eventFilter(watched, event)
