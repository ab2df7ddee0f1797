"""Writing export files safely, and naming them safely.

Every file is written to a temporary file in the same folder (named `.reader-tmp-…`), flushed
and fsync'd, then renamed over its final name in one step: a reader of the folder sees the old
file or the whole new one, never half of one. Without `force`, an existing file is never
replaced: the rename is done with a hard link, which fails atomically when the name is taken
(on file systems without hard links, an existence check comes first instead). A write that was
interrupted leaves only a temporary file behind; `clean_stale_temp_files` removes those.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from reader.core.durable import fsync_folder
from reader.core.errors import FileExists, ReaderError

log = logging.getLogger(__name__)

TEMP_PREFIX = ".reader-tmp-"
_TEMP_SUFFIX = ".part"
# Windows refuses these as file names, with any extension: CON, CON.txt, com1.md, ...
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")
}
_UNSAFE_CHARS = re.compile(r'[<>:"/\\|?*]')
_SUFFIX = re.compile(r"(\.[A-Za-z0-9]{1,16})*")
_MAX_NAME_BYTES = 255  # most file systems' limit for one name, in bytes (UTF-8)


def write_text(path: Path | str, text: str, *, force: bool = False, encoding: str = "utf-8") -> Path:
    """Write text atomically (see the module's docstring); returns the path written."""
    return write_bytes(path, text.encode(encoding), force=force)


def write_bytes(path: Path | str, data: bytes, *, force: bool = False) -> Path:
    """Write bytes atomically; FileExists when the file exists and force is False."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ReaderError("cannot write {path}: the folder {folder} does not exist", path=path, folder=folder)
    if path.is_dir():
        raise ReaderError("cannot write {path}: it is a folder", path=path)
    if not force and path.exists():
        raise FileExists(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise ReaderError("cannot write in {folder}: {reason}", folder=folder, reason=exc.strerror or exc) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _set_default_mode(temp)
        _move_into_place(temp, path, force)
    except FileExists:
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ReaderError("cannot write {path}: {reason}", path=path, reason=exc.strerror or exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(folder, strict=False)  # the rename itself, durable; an export does not fail on it
    log.debug("wrote %s (%d bytes)", path, len(data))
    return path


def _move_into_place(temp: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)  # atomic, and fails if the name is taken meanwhile
    except FileExistsError:
        raise FileExists(path) from None
    except OSError:  # no hard links here (FAT, some network shares): check, then rename
        if path.exists():
            raise FileExists(path) from None
        os.replace(temp, path)
        return
    temp.unlink()


def _set_default_mode(path: Path) -> None:
    """mkstemp makes the file private (0600); an export gets the usual permissions instead."""
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def clean_stale_temp_files(folder: Path | str, *, min_age: float = 60.0) -> list[Path]:
    """Remove temporary files that interrupted writes left in `folder`; returns what was removed.

    Files younger than `min_age` seconds are left alone: another write may still be running."""
    folder = Path(folder)
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for entry in folder.iterdir():
        if not (entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(_TEMP_SUFFIX)):
            continue
        try:
            if not entry.is_file() or entry.is_symlink() or now - entry.stat().st_mtime < min_age:
                continue
            entry.unlink()
        except OSError as exc:
            log.warning("could not remove the stale temporary file %s: %s", entry, exc)
            continue
        removed.append(entry)
    if removed:
        log.info("removed %d stale temporary file(s) from %s", len(removed), folder)
    return removed


def safe_filename(title: str, suffix: str = "", max_len: int = 120) -> str:
    """A file name made from a title that is valid and harmless on Windows, macOS and Linux.

    No path separators, control or invisible format characters, leading dots, reserved device
    names or trailing dots and spaces; at most `max_len` characters (and 255 bytes) with the
    suffix; never empty ("untitled")."""
    if suffix and not _SUFFIX.fullmatch(suffix):
        raise ValueError(f"not a file suffix: {suffix!r}")
    if max_len < len(suffix) + 8:
        raise ValueError("max_len leaves no room for a name")
    text = unicodedata.normalize("NFC", title)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn") else ch for ch in text)
    text = _UNSAFE_CHARS.sub(" ", text)
    stem = " ".join(text.split()).lstrip(". ").rstrip(". ")
    stem = _fit(stem, max_len - len(suffix), _MAX_NAME_BYTES - len(suffix.encode()))
    if not stem:
        stem = "untitled"
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
        stem = _fit(stem, max_len - len(suffix), _MAX_NAME_BYTES - len(suffix.encode()))
    return stem + suffix


def _fit(stem: str, max_chars: int, max_bytes: int) -> str:
    stem = stem[:max_chars]
    while len(stem.encode("utf-8")) > max_bytes:
        stem = stem[:-1]
    # Do not end on a lone combining mark cut from its letter, a dot or a space.
    while stem and unicodedata.combining(stem[-1]):
        stem = stem[:-1]
    return stem.rstrip(". ")


def unique_filename(name: str, taken: Iterable[str]) -> str:
    """`name`, or `name (2)`, `name (3)`... before the suffix: the first not in `taken` (any case)."""
    used = {t.casefold() for t in taken}
    if name.casefold() not in used:
        return name
    stem, suffix = os.path.splitext(name)
    n = 2
    while f"{stem} ({n}){suffix}".casefold() in used:
        n += 1
    return f"{stem} ({n}){suffix}"
