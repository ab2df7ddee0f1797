"""Known failures in the user's words: the one way the window says what went wrong.

The core raises a `ReaderError` whose message is an English template with named values
(reader/core/errors.py). `said(error)` is that message in the user's language: the template
translated (context "core"; tools/core_messages.py lists the templates for lupdate), then filled in.
`guard(warn, title)` runs a change the user asked for: a ReaderError becomes a warning with `title`
and the failure's words, and anything else, a bug, goes on to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from reader.core.errors import ReaderError

Warn = Callable[[str, str], object]  # (title, text): a message box, say


def said(error: BaseException) -> str:
    """What the error says, in the user's language (English where no translation has it); a value that
    is itself a ReaderError (the problem a backup has, say) is said in the user's language too."""
    if not isinstance(error, ReaderError) or not error.template:
        return str(error)
    template = QCoreApplication.translate("core", error.template)
    if not error.values:
        return template
    values = {name: said(value) if isinstance(value, ReaderError) else value for name, value in error.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that names a value wrongly: say it in English
        return str(error)


@dataclass
class Outcome:
    failed: bool = False


@contextmanager
def guard(warn: Warn, title: str) -> Iterator[Outcome]:
    """`with guard(self.warn, self.tr("Cannot delete")) as outcome:` runs the block; a ReaderError in it
    is shown with `title`, and `outcome.failed` says so afterwards."""
    outcome = Outcome()
    try:
        yield outcome
    except ReaderError as exc:
        outcome.failed = True
        warn(title, said(exc))


def guarded(warn: Warn, title: str, action: Callable[[], object]) -> bool:
    """Run `action` under `guard`; True when it worked."""
    with guard(warn, title) as outcome:
        action()
    return not outcome.failed
