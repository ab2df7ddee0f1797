"""Making a rename survive a power cut: flush the folder that holds the renamed file."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_folder(folder: Path, *, strict: bool = True) -> None:
    """Flush `folder`'s entries to disk (POSIX). Windows cannot open a folder to flush it; NTFS
    journals its renames. With `strict=False` a folder that cannot be flushed is let be (an export),
    otherwise the OSError is raised (a backup, a restore)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        if strict:
            raise
