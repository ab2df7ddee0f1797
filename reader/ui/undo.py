"""Undoable annotation changes: each command wraps library calls and can be undone and redone.

The change itself is made before the command is pushed (so a failure is reported where the user
acted and nothing is pushed); the stack's first redo() is therefore a no-op.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from reader.core.annotations import Annotations
from reader.core.models import Highlight

Refresh = Callable[[int | None], None]  # called with the highlight to select after a change

# A command's name follows Edit ▸ Undo / Redo in the menu ("Undo Delete Highlight"): translated in context "Undo".


class _Command(QUndoCommand):
    def __init__(self, text: str, refresh: Refresh) -> None:
        super().__init__(text)
        self._refresh = refresh
        self._done = True  # the change was made before the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddHighlight(_Command):
    def __init__(self, annotations: Annotations, highlight: Highlight, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Highlight"), refresh)
        self._a, self._h = annotations, highlight

    def _redo(self) -> None:
        self._h = self._a.restore(self._h)
        self._refresh(self._h.id)

    def _undo(self) -> None:
        self._h = self._a.delete(self._h.id)
        self._refresh(None)


class DeleteHighlight(_Command):
    def __init__(self, annotations: Annotations, deleted: Highlight, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Delete Highlight"), refresh)
        self._a, self._h = annotations, deleted

    def _redo(self) -> None:
        self._a.delete(self._h.id)
        self._refresh(None)

    def _undo(self) -> None:
        self._h = self._a.restore(self._h)
        self._refresh(self._h.id)


class Recolor(_Command):
    def __init__(self, annotations: Annotations, highlight_id: int, old: str, new: str, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Change Label"), refresh)
        self._a, self._id, self._old, self._new = annotations, highlight_id, old, new

    def _redo(self) -> None:
        self._a.recolor(self._id, self._new)
        self._refresh(self._id)

    def _undo(self) -> None:
        self._a.recolor(self._id, self._old)
        self._refresh(self._id)


class EditNote(_Command):
    def __init__(self, annotations: Annotations, highlight_id: int, old: str, new: str, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Edit Note"), refresh)
        self._a, self._id, self._old, self._new = annotations, highlight_id, old, new

    def _redo(self) -> None:
        self._a.set_note(self._id, self._new)
        self._refresh(self._id)

    def _undo(self) -> None:
        self._a.set_note(self._id, self._old)
        self._refresh(self._id)


class EditArticleNote(_Command):
    def __init__(self, annotations: Annotations, article_id: int, old: str, new: str, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Edit Article Note"), refresh)
        self._a, self._id, self._old, self._new = annotations, article_id, old, new

    def _redo(self) -> None:
        self._a.set_article_note(self._id, self._new)
        self._refresh(None)

    def _undo(self) -> None:
        self._a.set_article_note(self._id, self._old)
        self._refresh(None)
