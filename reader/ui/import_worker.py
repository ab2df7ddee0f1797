"""Importing many files, folders or URLs off the UI thread, with progress, cancel and a summary.

The worker opens its own connection to the library (SQLite connections are not shared across
threads) and commits the imported articles in batches a few times a second (core.storage.db.Batch),
so notes saved meanwhile wait a moment at most. Should a batch fail to commit, the summary takes its
articles back and names them among the problems.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reader.core.errors import BatchLost, NothingArticleLike, ReaderError
from reader.core.fetch import is_url
from reader.core.library import Library
from reader.core.models import Article

log = logging.getLogger(__name__)


@dataclass
class ImportSummary:
    imported: list[int] = field(default_factory=list)  # article ids, new or updated
    updated: list[str] = field(default_factory=list)  # "title: new version: 3 kept, ..." lines
    problems: list[str] = field(default_factory=list)  # "name: why" lines
    raw_candidates: list[str] = field(default_factory=list)  # only page furniture found: importable as they are
    cancelled: bool = False
    total: int = 0
    _stored: list[tuple[int | None, int, str]] = field(default_factory=list, repr=False)  # (unit, id, line)

    def ingest(self, library: Library, source: str, raw: bool = False) -> Article | None:
        """Import one source into the library and record how it went."""
        try:
            result = library.ingest(source, raw=raw)
        except NothingArticleLike as exc:
            self.problems.append(f"{_name(source)}: {exc}")
            self.raw_candidates.append(source)
            return None
        except BatchLost as exc:
            self.lose(exc)
            if exc.source_not_read:  # lost before this one was read: the batch is closed, read it now
                return self.ingest(library, source, raw)
            return None
        except ReaderError as exc:
            self.problems.append(f"{_name(source)}: {exc}")
            return None
        line = "" if result.created else f"{result.article.title[:60]}: {result.describe()}"
        self._stored.append((result.unit, result.article.id, line))
        self.imported.append(result.article.id)
        if line:
            self.updated.append(line)
        return result.article

    def lose(self, exc: BatchLost) -> None:
        """A batch could not be committed: its articles were not imported after all."""
        self._stored = [entry for entry in self._stored if entry[0] not in exc.units]
        self.imported = [article_id for _unit, article_id, _line in self._stored]
        self.updated = [line for _unit, _id, line in self._stored if line]
        self.problems.extend(f"{_name(source)}: {exc}" for source in sorted(set(exc.lost)))


def _name(source: str) -> str:
    return source if is_url(source) else Path(source).name


class ImportWorker(QObject):
    progress = Signal(int, int, str)  # done, total, current name
    finished = Signal(object)  # ImportSummary

    def __init__(self, library_path: Path, sources: list[str], raw: bool = False) -> None:
        super().__init__()
        self._path = library_path
        self._sources = sources
        self._raw = raw
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @Slot()
    def run(self) -> None:
        summary = ImportSummary()
        try:
            sources = self._sources  # already expanded by ImportFlow: files and URLs
            summary.total = len(sources)
            with Library.open(self._path) as library, library.bulk():
                for done, source in enumerate(sources):
                    if self._cancel:
                        summary.cancelled = True
                        break
                    self.progress.emit(done, len(sources), _name(source))
                    summary.ingest(library, source, self._raw)
                self.progress.emit(len(sources), len(sources), "")
        except BatchLost as exc:  # the last batch, committed as the import ends
            summary.lose(exc)
        except ReaderError as exc:
            summary.problems.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - reported to the user, logged with its traceback
            log.exception("import failed")
            summary.problems.append(self.tr("unexpected error: %1").replace("%1", str(exc)))
        self.finished.emit(summary)


class ImportJob(QObject):
    """A worker on its own thread; `finished(summary)` arrives on the UI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, library_path: Path, sources: list[str], parent: QObject | None = None, *,
                 raw: bool = False) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.worker = ImportWorker(library_path, sources, raw)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._on_finished)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def _on_finished(self, summary: ImportSummary) -> None:
        self.thread.quit()
        self.thread.wait()
        self.finished.emit(summary)
