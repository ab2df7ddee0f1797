"""Keeping a replica and its team library in step: pull what others did, push what waits here.

Each push batch is one server transaction, and the outbox rows it carried are dropped only after
it committed; each pull batch is applied in one local transaction that also records how far the
pulls got. Cut off anywhere — the server killed, the network gone, Reader quit — the next sync
pushes again what the server may or may not have (stored once: a change's id is unique) and pulls
from where the last applied batch ended.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from reader.core.errors import ReaderError, TeamError
from reader.core.storage.db import write_transaction
from reader.core.team import replica, server

BATCH = 500


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    waiting: int  # local changes still to push (0 after a sync that reached the server)
    # the articles others changed (their text, highlights, notes or tags), by local id; not the echo
    # of this member's own changes coming back
    changed_by_others: frozenset[int] = frozenset()

    def __str__(self) -> str:
        return f"{self.pushed:,} changes pushed, {self.pulled:,} pulled"


class Team:
    """A library's team side (see Library.team): nothing happens to a personal library."""

    def __init__(self, conn: sqlite3.Connection, text_of: Callable[[int], str]) -> None:
        self._conn, self._text_of = conn, text_of

    @property
    def is_replica(self) -> bool:
        return replica.is_replica(self._conn)

    def _meta(self, key: str) -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    @property
    def url(self) -> str:
        return self._meta(replica.URL_KEY)

    @property
    def user(self) -> str:
        return self._meta(replica.USER_KEY)

    @property
    def pulled(self) -> int:
        return int(self._meta(replica.PULLED_KEY) or 0)

    def waiting(self) -> int:
        return replica.pending(self._conn) if self.is_replica else 0

    def connect(self, url: str, display_name: str, password: str | None = None) -> SyncReport:
        """Join the team library at `url` (setting it up in an empty database) as `display_name`,
        make this library its replica, and sync (`password`: for this connection; `passwords.keep` keeps it)."""
        if not display_name.strip():
            raise TeamError("give the name the team sees for you (--name)")
        conn = server.connect(url, password=password)
        try:
            server.prepare(conn)
            server.join(conn, display_name.strip())
            kept = server.without_password(url)
            with write_transaction(self._conn) as local:
                replica.enable(local, display_name.strip(), kept)
            return self._sync(conn)
        finally:
            conn.close()

    def sync(self, url: str | None = None) -> SyncReport:
        """Pull, push, pull (`url`: with a password for this once; else the one kept)."""
        if not self.is_replica:
            raise TeamError("this library is not a team library: join one with `reader connect postgresql://…`")
        conn = server.connect(url or self.url)
        try:
            return self._sync(conn)
        finally:
            conn.close()

    def _sync(self, conn: Any) -> SyncReport:
        # Pull first: a change someone pushed while this one's edit of the same thing waited here is
        # seen as a conflict (both notes kept, a deleted highlight kept and marked) before the local
        # edit goes out as the later one; then push; then pull what came meanwhile, and the echo.
        pulled, others = self.pull(conn)
        pushed = self.push(conn)
        more, still_others = self.pull(conn)
        return SyncReport(pushed, pulled + more, self.waiting(), frozenset(others | still_others))

    def watch(self, until: Callable[[], bool], heard: Callable[[SyncReport], None], *, every: float = 2.0) -> None:
        """Stay in step until `until()`: the server's NOTIFY brings others' changes within a second
        or two, and what is done here is pushed within `every` seconds. A lost connection is
        TeamError, and nothing waiting is lost (the next sync takes it)."""
        if not self.is_replica:
            raise TeamError("this library is not a team library: join one with `reader connect postgresql://…`")
        listen = server.connect(self.url)
        work = server.connect(self.url)
        try:
            listen.autocommit = True
            try:
                listen.execute(f"LISTEN {server.CHANNEL}")
            except psycopg.OperationalError as exc:
                raise TeamError("lost the team library at {url}: {reason}", url=self.url, reason=exc) from exc
            heard(self._sync(work))
            while not until():
                try:
                    news = list(listen.notifies(timeout=every, stop_after=1))
                except psycopg.OperationalError as exc:
                    raise TeamError("lost the team library at {url}: {reason}", url=self.url, reason=exc) from exc
                if news or self.waiting():
                    heard(self._sync(work))
        finally:
            listen.close()
            work.close()

    def push(self, conn: Any) -> int:
        done = 0
        while True:
            batch = replica.waiting(self._conn, BATCH)
            if not batch:
                return done
            changes = [c for _seq, c in batch if c.op != "skip"]
            if changes:
                server.push(conn, changes, self.user)
            with write_transaction(self._conn) as local:
                replica.forget_pushed(local, [seq for seq, _c in batch])
            done += len(changes)

    def pull(self, conn: Any) -> tuple[int, set[int]]:
        """Apply what others did: how many changes came, and the articles others changed."""
        done, others = 0, set[int]()
        while True:
            changes = server.pull(conn, self.pulled, BATCH)
            if not changes:
                return done, others
            with write_transaction(self._conn) as local:
                theirs = [c for c in changes if c.author != self.user]
                before = replica.articles_of(local, theirs)  # a deleted thing's article, while it is here
                touched = replica.apply(local, changes)
                replica.reindex(local, touched, self._text_of)
                others |= before | replica.articles_of(local, theirs)
                local.execute("UPDATE meta SET value = ? WHERE key = ?", (str(changes[-1].seq), replica.PULLED_KEY))
            done += len(changes)


def join_team(path: Path, url: str, display_name: str, password: str | None = None) -> SyncReport:
    """Make the library file at `path` (a new one, or one to share) a replica of the team library at
    `url` and bring it in step. A new file that could not join is not left behind."""
    from reader.core.library import Library

    new = not path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with Library.open(path) as library:
            return library.team.connect(url, display_name, password)
    except (ReaderError, OSError):
        if new:
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
        raise
