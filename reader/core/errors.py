"""Errors the core raises. Each message is written for the user to act on.

`ReaderError` and its subclasses are known, expected failures (a bad file, a missing
article); anything else that escapes the core is a bug.

A message is a template with named values, `ReaderError("cannot read {path}: {reason}", path=...,
reason=...)`: `str(error)` is the English sentence (the command line's, the log's), and the window
translates the template (`reader.ui.messages`) and fills in the same values. A template is written
as a literal at the `raise`, so the list of messages to translate can be read from the source.
"""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """A failure the user can understand and act on."""

    def __init__(self, template: str = "", /, **values: object) -> None:
        super().__init__(template.format(**values) if values else template)
        self.template = template  # the English words, with {name} where a value goes
        self.values = values


class UnreadableInput(ReaderError):
    """The input cannot be turned into an article (empty, binary, too large, ...)."""


class NothingArticleLike(UnreadableInput):
    """The input is text, but the cleaner found only page furniture in it; it can be imported as it is."""


class PageUnavailable(UnreadableInput):
    """A page could not be had for now: the server answered 429 or 5xx, or did not answer in time.
    Worth trying again later (after `retry_after` seconds, when the server said)."""

    def __init__(self, template: str = "", /, *, retry_after: float | None = None, **values: object) -> None:
        super().__init__(template, **values)
        self.retry_after = retry_after


class MalformedExport(ReaderError):
    """Another app's export that Reader cannot read, or a broken one: nothing is stored from it."""


class MalformedAnnotations(ReaderError):
    """The annotations file is not JSON, or not W3C Web Annotations Reader understands."""


class FileExists(ReaderError):
    """The file to be written exists already and `force` was not given."""

    def __init__(self, path: Path) -> None:
        super().__init__("{path} already exists; choose another name, or overwrite it", path=path)
        self.path = path


class ArticleNotFound(ReaderError):
    def __init__(self, article_id: int) -> None:
        super().__init__("no article with id {article_id} in this library", article_id=article_id)
        self.article_id = article_id


class HighlightNotFound(ReaderError):
    def __init__(self, highlight_id: int) -> None:
        super().__init__("no highlight with id {highlight_id} in this library", highlight_id=highlight_id)


class LibraryError(ReaderError):
    """The library file cannot be opened, read or written."""


class BatchLost(LibraryError):
    """A batch of imports could not be committed: every article of it since the last commit is gone."""

    def __init__(self, template: str, lost: list[str], units: set[int], **values: object) -> None:
        super().__init__(template, **values)
        self.lost = lost  # the sources whose articles were rolled back
        self.units = units  # their units' numbers (Batch.unit), to tell apart one source imported twice
        self.source_not_read = False  # lost before the source being imported was read: import it again


class NewerLibraryError(LibraryError):
    """The library was written by a newer version of Reader."""


class SearchIndexDamaged(LibraryError):
    """The search index cannot be read; `reader repair` rebuilds it from the stored text."""


class Cancelled(ReaderError):
    """The user stopped a long piece of work; what it had done is undone."""

    def __init__(self, template: str = "stopped: nothing was imported", /, **values: object) -> None:
        super().__init__(template, **values)


class PairingRefused(ReaderError):
    """A browser's pairing code was wrong, used up or out of date, or no code is on show."""


class PortTaken(ReaderError):
    """Another program listens on the browser listener's port: Reader does not move to another one."""


class TeamError(ReaderError):
    """A team library's server cannot be used: unreachable, refused, newer, or no rights."""
