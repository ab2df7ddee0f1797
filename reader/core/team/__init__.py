"""Team libraries: a library shared through a PostgreSQL database, with a SQLite replica on each
computer that works offline.

- `server.py`: the database side. One append-only table of changes (`reader_changes`), each with a
  global change id (a retried push never stores a change twice), its author (the database role)
  and a sequence number pulls go by; pushes are serialised so the sequence is the commit order.
- `replica.py`: the local side. Triggers added to a replica give what a team shares a global id,
  record each local change in `team_outbox` (so every writer — the window, the command line, an
  import — is covered without knowing of teams), and stand aside while pulled changes are applied.
- `sync.py`: push the outbox, then pull what others did, each batch in one transaction on both
  sides, so a push or pull cut off at any point and tried again neither loses nor doubles a change.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

TEAM_SCHEMA = 1  # the server schema this Reader writes and reads


def replica_path(url: str) -> Path:
    """Where a team library's replica goes unless the user says: beside the personal library."""
    from reader.core.paths import default_library_path

    try:
        parts = urlsplit(url)
        host = parts.hostname or "local"
    except ValueError:
        parts, host = urlsplit(""), "local"
    name = f"team-{parts.path.strip('/') or 'postgres'}-{host}"
    return default_library_path().parent / (re.sub(r"[^\w.-]+", "_", name) + ".sqlite3")
