"""What an operation changed in the library, said once; the main window alone decides what to show again.

A flow (organising, fixing an extraction, editing authors or labels, importing annotations) reports
a `Change` through `Changes.report` after it has written: which kinds of data changed and, where it
knows, which articles (and the article as it now is, to save reading it again). The main window
listens to `Changes.changed` and refreshes the list, the left pane, the open article and its panel
as each kind needs (MainWindow._on_changed). A flow never reaches into the window's panes for that.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from reader.core.models import Article


class What(enum.Flag):
    ARTICLES = enum.auto()  # articles added or deleted, or what the list shows of them (title, site)
    TEXT = enum.auto()  # an article's text or metadata (a new version, its authors)
    HIGHLIGHTS = enum.auto()  # highlights, notes, labels' names
    TAGS = enum.auto()
    STATE = enum.auto()  # reading state
    SEARCHES = enum.auto()  # saved searches


@dataclass(frozen=True)
class Change:
    what: What
    ids: tuple[int, ...] = ()  # the articles it touched; () when not known (or all of them)
    article: Article | None = None  # one changed article as it is now, when the flow has it at hand
    deleted: bool = False  # the articles in `ids` are gone

    def touches(self, article_id: int) -> bool:
        return not self.ids or article_id in self.ids


class Changes(QObject):
    changed = Signal(object)  # a Change

    def report(
        self,
        what: What,
        ids: tuple[int, ...] | list[int] = (),
        *,
        article: Article | None = None,
        deleted: bool = False,
    ) -> None:
        self.changed.emit(Change(what, tuple(ids), article, deleted))
