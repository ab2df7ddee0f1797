"""What the command line is given, checked before any command runs: ids and counts in range,
text that is text, and the files or pages a bare `reader FILE|URL…` asks the window to open."""

from __future__ import annotations

import argparse
from collections.abc import Collection
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.ids import parse_count, parse_id
from reader.core.names import is_text


def article_id(text: str) -> int:
    """argparse's type for an article id: 1 to 2^63 - 1, refused in one line otherwise."""
    try:
        return parse_id(text)
    except ReaderError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def count(what: str, low: int, high: int):
    def parse(text: str) -> int:
        try:
            return parse_count(text, what, low, high)
        except ReaderError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = what.strip("-")
    return parse


# Arguments that name files: they may hold any bytes the file system allows. Every other argument is
# text to store or match (a tag, a note, words, a query) and must be real text.
PATH_ARGUMENTS = {"files", "inputs", "file", "library", "output", "command"}


def not_text(args: argparse.Namespace) -> str | None:
    """The option or argument, if any, whose value is not real text (other than file names)."""
    for key, value in vars(args).items():
        if key in PATH_ARGUMENTS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and not is_text(item):
                return ARGUMENT_NAMES.get(key, "--" + key.replace("_", "-"))
    return None


ARGUMENT_NAMES = {"tags": "a tag", "exact": "WORDS", "query": "the query"}  # the positional ones


def files_to_open(raw: list[str], commands: Collection[str]) -> tuple[list[str], list[str]] | None:
    """`reader [--library PATH] FILE|file-URL|URL...` with no command: (the library options, what to
    open); None for anything else (a command, an option argparse should answer, nothing)."""
    from urllib.parse import unquote, urlsplit

    options: list[str] = []
    sources: list[str] = []
    items = iter(raw)
    for item in items:
        if item == "--library":
            options += [item, next(items, "")]
        elif item.startswith("--library="):
            options.append(item)
        elif item.startswith("-") or item in commands:
            return None
        elif item.lower().startswith("file://"):
            sources.append(unquote(urlsplit(item).path))
        elif item.lower().startswith(("http://", "https://")) or Path(item).exists() or _a_path(item):
            sources.append(item)  # one that is not there: the window says "no such file"
        else:
            return None  # a mistyped command: argparse says so
    return (options, sources) if sources else None


def _a_path(item: str) -> bool:
    """Whether an argument names a file, though none is there: it has a folder in it, or the ending
    of a file Reader imports (`page.html`), which no command has."""
    from reader.core.importers import SUFFIXES

    return "/" in item or Path(item).suffix.lower() in SUFFIXES
