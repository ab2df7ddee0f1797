"""A team library's password, kept so that the next sync needs nobody to type it: in the system
keyring (Secret Service, macOS Keychain, Windows Credential Locker) where this computer has one,
otherwise in PostgreSQL's own password file (~/.pgpass, or $PGPASSFILE), which libpq and every
PostgreSQL client read. Never in Reader's settings or in the library file."""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from reader.core.errors import TeamError

SERVICE = "Reader team library"


def account(url: str) -> tuple[str, str, str, str]:
    """The (host, port, database, user) a password belongs to, as libpq would fill in the missing ones."""
    parts = urlsplit(url)
    user = unquote(parts.username or "") or os.environ.get("PGUSER") or getpass.getuser()
    host = parts.hostname or os.environ.get("PGHOST") or "localhost"
    port = str(parts.port or os.environ.get("PGPORT") or 5432)
    database = unquote(parts.path.strip("/")) or user
    return host, port, database, user


def system_keyring() -> Any | None:
    """The system's keyring, or None where there is none (a server, a desktop without Secret Service).
    A keyring kept in a plain file (keyrings.alt) does not count: .pgpass is PostgreSQL's own."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        backend = keyring.get_keyring()
        found = backend.backends if isinstance(backend, ChainerBackend) else [backend]
        real = [b for b in found if b.priority >= 1 and not type(b).__module__.startswith("keyrings.alt")]
    except Exception:  # noqa: BLE001 - a keyring that cannot even be asked is no keyring
        return None
    return real[0] if real else None


def _key(url: str) -> str:
    host, port, database, user = account(url)
    return f"{user}@{host}:{port}/{database}"


def find(url: str, keyring: Any | None = None) -> str | None:
    """The password the keyring keeps for this team library (None: none there, or no keyring; libpq
    then reads .pgpass itself)."""
    backend = keyring if keyring is not None else system_keyring()
    if backend is None:
        return None
    try:
        found = backend.get_password(SERVICE, _key(url))
    except Exception:  # noqa: BLE001 - a locked or broken keyring: libpq's own ways remain
        return None
    return str(found) if found else None


def pgpass_path() -> Path:
    if named := os.environ.get("PGPASSFILE"):
        return Path(named).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    out, field, escaped = [], "", False
    for ch in line:
        if escaped:
            field, escaped = field + ch, False
        elif ch == "\\":
            escaped = True
        elif ch == ":":
            out.append(field)
            field = ""
        else:
            field += ch
    return [*out, field]


def keep(url: str, password: str, keyring: Any | None = None) -> str:
    """Keep the password for this team library; where it went, in words ("the system keyring", or
    the password file's path). The password file gets one line for the server, database and user
    (an older one for the same is replaced) and stays readable by its owner only."""
    backend = keyring if keyring is not None else system_keyring()
    if backend is not None:
        try:
            backend.set_password(SERVICE, _key(url), password)
            return "the system keyring"
        except Exception:  # noqa: BLE001 - a keyring that refuses (locked, dismissed): the file instead
            pass
    path = pgpass_path()
    host, port, database, user = account(url)
    line = ":".join(_escape(f) for f in (host, port, database, user, password))
    try:
        old = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        kept = [o for o in old if _fields(o)[:4] != [host, port, database, user]]
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".pgpass-")  # made 0600
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write("\n".join([*kept, line]) + "\n")
        os.replace(temporary, path)
    except OSError as exc:
        raise TeamError("cannot keep the password in {path}: {reason}", path=path, reason=exc.strerror) from exc
    return str(path)
