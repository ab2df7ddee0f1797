"""What the user named to import: files and URLs as given, folders as the articles inside them."""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import UnreadableInput
from reader.core.importers import SUFFIXES


def read_file(path: Path) -> bytes:
    """A file's bytes, or an UnreadableInput that says plainly why not."""
    try:
        if path.is_dir():
            raise UnreadableInput(f"{path.name} is a folder, not a file")
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInput(f"no such file: {path}") from None
    except PermissionError:
        raise UnreadableInput(f"permission denied: {path}") from None
    except OSError as exc:
        raise UnreadableInput(f"cannot read {path}: {exc.strerror or exc}") from None


def expand_sources(names: list[str]) -> list[str]:
    """Folders become their text, HTML and Markdown files, recursively and sorted; the rest stays."""
    result: list[str] = []
    for name in names:
        path = Path(name)
        if not name.lower().startswith(("http://", "https://")) and path.is_dir():
            result.extend(str(p) for p in sorted(path.rglob("*"))
                          if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
        else:
            result.append(name)
    return result
