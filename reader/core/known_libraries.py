"""The libraries on this computer that Reader knows of — the personal one, the replicas of team
libraries kept beside it, and any other library file a window has opened — for the left pane's
list of libraries and for copying articles and highlights from one to another.

A file is only read here, never opened as a Library: that would migrate another library's schema
just to list it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from reader.core.paths import default_library_path

URL_KEY = "team_url"  # as reader.core.team.replica keeps it (tests check they agree; not imported: start-up)
KEEP = 20  # how many opened libraries are remembered


@dataclass(frozen=True)
class KnownLibrary:
    path: Path
    team_url: str = ""  # the team library it is a replica of ("": a personal library)

    @property
    def is_team(self) -> bool:
        return bool(self.team_url)

    @property
    def is_default(self) -> bool:
        return same_file(self.path, default_library_path())

    def team_place(self) -> tuple[str, str]:
        """The team library as people say it: its database and its server ("newsdesk",
        "db.example.org"), without user or password."""
        try:
            parts = urlsplit(self.team_url)
            return parts.path.strip("/") or "postgres", parts.hostname or "localhost"
        except ValueError:
            return self.team_url, ""


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def look(path: Path) -> KnownLibrary | None:
    """What the file at `path` is: a personal or a team library, or None when it is not a Reader
    library (missing, not SQLite, another program's database, unreadable)."""
    try:
        if not path.is_file():
            return None
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except (OSError, sqlite3.Error):
        return None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        if not {"articles", "meta"} <= tables:
            return None
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (URL_KEY,)).fetchone()
        return KnownLibrary(path, str(row[0]) if row else "")
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def known_libraries(opened: Iterable[str | Path] = (), folder: Path | None = None) -> list[KnownLibrary]:
    """The personal library and the libraries in its folder (team replicas go there unless the user
    says otherwise), then those opened elsewhere (`opened`, most recent first): each file once, only
    Reader libraries that are there now. The personal library comes first, then team libraries, then
    the others, each group by name."""
    folder = folder or default_library_path().parent
    candidates: list[Path] = []
    try:
        candidates += sorted(folder.glob("*.sqlite3"))
    except OSError:
        pass
    candidates += [Path(p).expanduser() for p in opened if str(p)]
    found: list[KnownLibrary] = []
    seen: set[Path] = set()
    for path in candidates:
        try:
            key = path.resolve()
        except OSError:
            continue
        if key in seen:
            continue
        seen.add(key)
        if (known := look(path)) is not None:
            found.append(known)
    return sorted(found, key=lambda k: (not k.is_default, not k.is_team, k.path.name.lower()))


def remember(opened: list[str], path: Path) -> list[str]:
    """The list of opened libraries with `path` first (once), the oldest dropped past KEEP."""
    here = str(path.expanduser().resolve())
    return [here, *[p for p in opened if p != here]][:KEEP]
