"""What the user named to import: files and URLs as given, folders as the articles inside them."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from reader.core.errors import UnreadableInput
from reader.core.importers import SUFFIXES
from reader.core.importers.decoding import MAX_INPUT_BYTES
from reader.core.names import readable

MAX_DOCUMENT_BYTES = 300 * 1024 * 1024  # a PDF or an EPUB: a long report with its images


def read_file(path: Path, limit: int | None = None) -> bytes:
    """A regular file's bytes, or an UnreadableInput that says plainly why not (see `open_file`); the
    size is checked before reading and again while reading (a file that grows is not read past the limit).
    Without a `limit`, a PDF or an EPUB may be up to 300 MB, anything else up to 50 MB."""
    if limit is None:
        limit = MAX_DOCUMENT_BYTES if path.suffix.lower() in (".pdf", ".epub") else MAX_INPUT_BYTES
    with open_file(path, limit) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise UnreadableInput(
                "cannot read {path}: {reason}", path=readable(str(path)), reason=exc.strerror or exc
            ) from None
    if len(data) > limit:
        raise _too_large(len(data), limit)
    return data


def open_file(path: Path, limit: int | None = None) -> BinaryIO:
    """A regular file opened for reading, or an UnreadableInput that says plainly why not. A FIFO, a
    device or a socket is refused before it is opened (reading one would wait forever, or never end);
    a file larger than `limit` bytes, before it is read."""
    shown = readable(str(path))
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableInput("{name} is a folder, not a file", name=readable(path.name))
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableInput(
                "{shown} is not a regular file ({kind}); Reader reads only files",
                shown=shown,
                kind=_kind(info.st_mode),
            )
        if limit is not None and info.st_size > limit:
            raise _too_large(info.st_size, limit)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags)  # non-blocking: a file swapped for a FIFO since stat() cannot hang us
        handle = os.fdopen(fd, "rb")
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            handle.close()
            raise UnreadableInput("{shown} is not a regular file; Reader reads only files", shown=shown)
        return handle
    except FileNotFoundError:
        raise UnreadableInput("no such file: {shown}", shown=shown) from None
    except PermissionError:
        raise UnreadableInput("permission denied: {shown}", shown=shown) from None
    except OSError as exc:
        raise UnreadableInput("cannot read {shown}: {reason}", shown=shown, reason=exc.strerror or exc) from None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _too_large(size: int, limit: int) -> UnreadableInput:
    return UnreadableInput(
        "the file is too large ({size:.0f} MB or more); Reader imports articles up to {limit} MB",
        size=size / (1024 * 1024),
        limit=limit // (1024 * 1024),
    )


def expand_sources(names: list[str]) -> list[str]:
    """Folders become their text, HTML, Markdown, PDF and EPUB files, recursively and sorted; the rest stays."""
    result: list[str] = []
    for name in names:
        path = Path(name)
        if not name.lower().startswith(("http://", "https://")) and path.is_dir():
            # regular files only (is_file follows links to files; a FIFO or device is not one)
            result.extend(
                str(p)
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
            )
        else:
            result.append(name)
    return result
