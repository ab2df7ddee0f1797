"""Importing many files, folders' contents or URLs at once: one protocol for `reader import` and the window.

The sources are read one by one inside `Library.bulk()`, which commits a batch of them a few times a
second (one sync to disk per batch, not per file). What each source became is kept in an
`ImportSummary`: the articles stored, the articles a new version was added to, and every source that
was not imported with why (a file that is not an article, a page with nothing article-like, which
can be imported as it is). Should a batch fail to commit, its articles are taken back out of the
summary and named among the problems (`BatchLost`); a source whose batch was lost before it was
read is read again in a new batch.

Callers hear of it as it goes: `progress(done, total, name)` before each source (raising Cancelled
stops the import after the articles stored so far, which stay), `on_problem(line)` for each source
not imported, and `on_commit(stored)` with the articles a commit has put on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from reader.core.errors import BatchLost, Cancelled, NothingArticleLike, ReaderError
from reader.core.fetch import is_url
from reader.core.library import Library
from reader.core.models import Article, ReanchorReport
from reader.core.progress import Progress


@dataclass(frozen=True)
class Stored:
    unit: int | None  # the batch unit that stored it (BatchLost.units), None outside a batch
    article_id: int
    title: str
    created: bool  # a new article, not one that was in the library already
    report: ReanchorReport | None = None  # a new version's highlights: kept, moved, orphaned

    @property
    def change(self) -> str:
        """ "" for a new article; else what the import did to it, in English (the window words it itself)."""
        if self.created:
            return ""
        return f"new version: {self.report}" if self.report is not None else "unchanged"


@dataclass(frozen=True)
class Problem:
    """A source that was not imported, and why."""

    name: str  # the source as messages name it
    error: ReaderError

    def __str__(self) -> str:
        return f"{self.name}: {self.error}"


@dataclass
class ImportSummary:
    total: int = 0
    stored: list[Stored] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    raw_candidates: list[str] = field(default_factory=list)  # only page furniture found: importable as they are
    cancelled: bool = False
    on_problem: Callable[[str], object] | None = field(default=None, repr=False)
    name: Callable[[str], str] = field(default=lambda source: source_name(source), repr=False)  # in messages
    _pending: list[Stored] = field(default_factory=list, repr=False)  # stored since the last commit

    @property
    def imported(self) -> list[int]:
        """The articles stored, new or with a new version, in the order they came."""
        return [s.article_id for s in self.stored]

    @property
    def updated(self) -> list[Stored]:
        """The articles that were there already (a new version of each, or unchanged)."""
        return [s for s in self.stored if not s.created]

    def ingest(
        self,
        library: Library,
        source: str,
        *,
        raw: bool = False,
        into: int | None = None,
        pages: Callable[[int, int], None] | None = None,
    ) -> Article | None:
        """Import one source into the library and record how it went (`pages` hears how far a PDF is read;
        the Cancelled it may raise goes on up)."""
        try:
            result = library.ingest(source, into=into, raw=raw, progress=pages)
        except Cancelled:
            raise
        except NothingArticleLike as exc:
            self.raw_candidates.append(source)
            self._problem(source, exc)
            return None
        except BatchLost as exc:
            self.lose(exc)
            if exc.source_not_read:  # lost before this one was read: the batch is closed, read it now
                return self.ingest(library, source, raw=raw, into=into)
            return None
        except ReaderError as exc:
            self._problem(source, exc)
            return None
        entry = Stored(result.unit, result.article.id, result.article.title, result.created, result.report)
        self.stored.append(entry)
        self._pending.append(entry)
        return result.article

    def lose(self, exc: BatchLost) -> None:
        """A batch could not be committed: its articles were not imported after all."""
        self.stored = [s for s in self.stored if s.unit not in exc.units]
        self._pending = [s for s in self._pending if s.unit not in exc.units]
        for source in sorted(set(exc.lost)):
            self._problem(source, exc)

    def committed(self) -> list[Stored]:
        """What was stored since the last call: on disk now that its batch is committed."""
        done, self._pending = self._pending, []
        return done

    def _problem(self, source: str, error: ReaderError) -> None:
        problem = Problem(self.name(source), error)
        self.problems.append(problem)
        if self.on_problem is not None:
            self.on_problem(str(problem))


def _page_progress(progress: Progress, done: int, total: int, name: str, page: int, pages: int) -> None:
    progress(done, total, f"{name} ({page:,}/{pages:,})")


def source_name(source: str) -> str:
    """How a source is named in messages: a URL whole, a file by its name."""
    return source if is_url(source) else Path(source).name


def import_sources(
    library: Library,
    sources: list[str],
    *,
    raw: bool = False,
    into: int | None = None,
    progress: Progress | None = None,
    on_problem: Callable[[str], object] | None = None,
    on_commit: Callable[[list[Stored]], object] | None = None,
    name: Callable[[str], str] = source_name,
) -> ImportSummary:
    """Import every source (files and URLs, already expanded from folders) in batches; see the module.
    `name` says how a source is named in the problems' lines (by default a file by its name)."""
    summary = ImportSummary(total=len(sources), on_problem=on_problem, name=name)
    try:
        with library.bulk() as batch:  # a few writes to disk a second, not one per file
            if on_commit is not None:
                batch.on_commit = lambda: on_commit(summary.committed())
            for done, source in enumerate(sources):
                if progress is not None:
                    try:
                        progress(done, len(sources), name(source))
                    except Cancelled:
                        summary.cancelled = True
                        break
                pages = None
                if progress is not None and Path(source).suffix.lower() == ".pdf":
                    pages = partial(_page_progress, progress, done, len(sources), name(source))
                try:
                    summary.ingest(library, source, raw=raw, into=into, pages=pages)
                except Cancelled:
                    summary.cancelled = True
                    break
    except BatchLost as exc:  # the last batch, committed as the import ends
        summary.lose(exc)
    if on_commit is not None and summary._pending:
        on_commit(summary.committed())
    return summary
