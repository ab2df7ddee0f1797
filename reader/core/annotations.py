"""Highlights, notes and labels in the library: every change one transaction.

`Annotations` works on the library's connection; `Library.annotations` is the one instance the
window and the command line use.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable
from typing import NamedTuple

from reader.core.anchoring import Selector, anchor, describe
from reader.core.errors import HighlightNotFound, ReaderError
from reader.core.models import Article, Highlight, HighlightStatus, Label, ReadingState, ReanchorReport
from reader.core.storage.db import write_transaction

log = logging.getLogger(__name__)

MAX_NOTE_CHARS = 200_000
_COLUMNS = (
    'h.id, h.article_id, h.version_id, h.exact, h.prefix, h.suffix, h.start, h."end", h.color, h.status,'
    " h.created_at, h.updated_at, coalesce(n.body, ''), h.creator"
)


_DISPLAY_COLUMNS = (
    "h.id, h.article_id, h.version_id, h.exact, '', '', h.start, h.\"end\", h.color, h.status,"
    " h.created_at, '', coalesce(n.body, ''), h.creator"
)


class Span(NamedTuple):
    id: int
    start: int
    end: int
    color: str
    status: str


class Annotations:
    def __init__(self, conn: sqlite3.Connection, get_article: Callable[[int], Article], now: Callable[[], str]) -> None:
        self._conn = conn
        self._get_article = get_article
        self._now = now

    # -- labels ----------------------------------------------------------------------------

    def labels(self) -> list[Label]:
        return [Label(*row) for row in self._conn.execute("SELECT color, name, hex FROM labels ORDER BY position")]

    def label(self, key: str) -> Label:
        """A label by colour key or by meaning (any case): 'red', 'Claim to check'."""
        for label in self.labels():
            if key.lower() in (label.color.lower(), label.name.lower()):
                return label
        names = ", ".join(f"{lb.name} ({lb.color})" for lb in self.labels())
        raise ReaderError("no label {key!r}; the labels are {names}", key=key, names=names)

    def rename_label(self, color: str, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise ReaderError("a label needs a name")
        with write_transaction(self._conn) as conn:
            if not conn.execute("UPDATE labels SET name = ? WHERE color = ?", (name[:60], color)).rowcount:
                raise ReaderError("no label with colour {color!r}", color=color)

    # -- highlights ---------------------------------------------------------------------------

    def add(self, article_id: int, start: int, end: int, color: str = "yellow", note: str = "") -> Highlight:
        """Highlight text[start:end] of the article's current text (and attach a note)."""
        article = self._get_article(article_id)
        text = article.content.text
        while start < end and text[start : start + 1].isspace():
            start += 1
        while end > start and text[end - 1 : end].isspace():
            end -= 1
        if not 0 <= start < end <= len(text):
            raise ReaderError("select some words of the article to highlight")
        color = self.label(color).color
        selector = describe(text, start, end)
        stamp = self._now()
        with write_transaction(self._conn) as conn:
            cur = conn.execute(
                'INSERT INTO highlights (article_id, version_id, exact, prefix, suffix, start, "end", color, status,'
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    article.version_id,
                    selector.exact,
                    selector.prefix,
                    selector.suffix,
                    start,
                    end,
                    color,
                    HighlightStatus.ANCHORED,
                    stamp,
                    stamp,
                ),
            )
            highlight_id = cur.lastrowid
            assert highlight_id is not None
            # an article being marked is being read
            conn.execute(
                "UPDATE articles SET state = ? WHERE id = ? AND state = ?",
                (ReadingState.READING, article_id, ReadingState.UNREAD),
            )
            if note.strip():
                self._write_note(conn, article_id, highlight_id, note, stamp)
        return self.get(highlight_id)

    def add_quote(
        self, article_id: int, exact: str, occurrence: int = 1, color: str = "yellow", note: str = ""
    ) -> Highlight:
        """Highlight the n-th occurrence of some words (the command line's way)."""
        text = self._get_article(article_id).content.text
        if not exact.strip():
            raise ReaderError("give the words to highlight")
        if occurrence < 1:
            raise ReaderError("--occurrence counts from 1")
        position = -1
        for _ in range(occurrence):
            position = text.find(exact, position + 1)
            if position < 0:
                found = text.count(exact)
                if not found:
                    raise ReaderError(
                        "{exact!r} is not in the text of article {article_id}", exact=exact, article_id=article_id
                    )
                raise ReaderError(
                    "{exact!r} occurs {found} time(s) in article {article_id}, not {occurrence}",
                    exact=exact,
                    found=found,
                    article_id=article_id,
                    occurrence=occurrence,
                )
        return self.add(article_id, position, position + len(exact), color, note)

    def get(self, highlight_id: int) -> Highlight:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM highlights h LEFT JOIN notes n ON n.highlight_id = h.id WHERE h.id = ?",
            (highlight_id,),
        ).fetchone()
        if row is None:
            raise HighlightNotFound(highlight_id)
        return Highlight(*row)

    def for_article(self, article_id: int, *, selectors: bool = True) -> list[Highlight]:
        """In reading order; orphans (which have no place in the text) last.

        With selectors=False (for display: the panel and the painted text) the prefix, suffix and
        update time are left empty, which halves the cost for an article with many highlights;
        never restore or re-anchor from such a record."""
        columns = _COLUMNS if selectors else _DISPLAY_COLUMNS
        rows = self._conn.execute(
            f"SELECT {columns} FROM highlights h LEFT JOIN notes n ON n.highlight_id = h.id"
            ' WHERE h.article_id = ? ORDER BY h.start, h."end", h.id',
            (article_id,),
        ).fetchall()
        highlights = list(map(Highlight._make, rows))
        return [h for h in highlights if h.status != HighlightStatus.ORPHANED] + [
            h for h in highlights if h.status == HighlightStatus.ORPHANED
        ]

    def spans(self, article_id: int) -> list[Span]:
        """Where and how the article's highlights are painted, in reading order, orphans last: the
        little that opening an article needs (the words and notes come with details())."""
        rows = self._conn.execute(
            'SELECT id, start, "end", color, status FROM highlights WHERE article_id = ? ORDER BY start, "end", id',
            (article_id,),
        ).fetchall()
        spans = list(map(Span._make, rows))
        return [h for h in spans if h.status != HighlightStatus.ORPHANED] + [
            h for h in spans if h.status == HighlightStatus.ORPHANED
        ]

    def details(self, ids: list[int]) -> dict[int, tuple[str, str, str, str]]:
        """id -> (exact words, note, created_at, who made it in a team library) for these highlights."""
        result: dict[int, tuple[str, str, str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for hid, exact, note, created, creator in self._conn.execute(
                f"SELECT h.id, h.exact, coalesce(n.body, ''), h.created_at, h.creator FROM highlights h"
                f" LEFT JOIN notes n ON n.highlight_id = h.id WHERE h.id IN ({marks})",
                chunk,
            ):
                result[hid] = (exact, note, created, creator)
        return result

    def recolor(self, highlight_id: int, color: str) -> Highlight:
        color = self.label(color).color
        with write_transaction(self._conn) as conn:
            if not conn.execute(
                "UPDATE highlights SET color = ?, updated_at = ? WHERE id = ?", (color, self._now(), highlight_id)
            ).rowcount:
                raise HighlightNotFound(highlight_id)
        return self.get(highlight_id)

    def set_note(self, highlight_id: int, body: str) -> Highlight:
        """Write (or, when empty, remove) a highlight's note."""
        highlight = self.get(highlight_id)
        with write_transaction(self._conn) as conn:
            self._write_note(conn, highlight.article_id, highlight_id, body, self._now())
        return self.get(highlight_id)

    def delete(self, highlight_id: int) -> Highlight:
        """Delete a highlight and its note; returns what was deleted, so it can be restored."""
        highlight = self.get(highlight_id)
        with write_transaction(self._conn) as conn:
            conn.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
        return highlight

    def restore(self, h: Highlight) -> Highlight:
        """Put a deleted highlight back exactly as it was, with its id and note (undo of delete)."""
        return self._insert(h, h.id)

    def insert(self, h: Highlight) -> Highlight:
        """Store a highlight with every field as given (place, status, label, times, note) under a new id:
        an imported one. `h.id` is ignored."""
        return self._insert(h, None)

    def insert_many(self, highlights: Iterable[Highlight]) -> None:
        """`insert` for many at once, all or none of them (one savepoint, not one each: an import of a
        million annotations spends half its time on savepoints otherwise)."""
        with write_transaction(self._conn) as conn:
            for h in highlights:
                self._write(conn, h, None)

    def _insert(self, h: Highlight, highlight_id: int | None) -> Highlight:
        with write_transaction(self._conn) as conn:
            return self._write(conn, h, highlight_id)

    def _write(self, conn: sqlite3.Connection, h: Highlight, highlight_id: int | None) -> Highlight:
        cur = conn.execute(
            'INSERT INTO highlights (id, article_id, version_id, exact, prefix, suffix, start, "end", color,'
            " status, created_at, updated_at, creator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                highlight_id,
                h.article_id,
                h.version_id,
                h.exact,
                h.prefix,
                h.suffix,
                h.start,
                h.end,
                h.color,
                h.status,
                h.created_at,
                h.updated_at,
                h.creator,
            ),
        )
        stored_id = cur.lastrowid
        assert stored_id is not None
        if h.note:
            self._write_note(conn, h.article_id, stored_id, h.note, h.updated_at)
        note = h.note.replace("\x00", "")  # as _write_note keeps it: not read back
        return h._replace(id=stored_id, note=note if note.strip() else "")

    def confirm(self, highlight_id: int) -> Highlight:
        """The user checked a moved highlight: it is anchored on the words it now covers."""
        highlight = self.get(highlight_id)
        if highlight.status != HighlightStatus.MOVED:
            return highlight
        return self.reattach(highlight_id, highlight.start, highlight.end)

    def reattach(self, highlight_id: int, start: int, end: int) -> Highlight:
        """Attach a highlight (an orphan, usually) to new words of the current text."""
        highlight = self.get(highlight_id)
        article = self._get_article(highlight.article_id)
        text = article.content.text
        if not 0 <= start < end <= len(text):
            raise ReaderError("select the words to attach the highlight to")
        s = describe(text, start, end)
        with write_transaction(self._conn) as conn:
            conn.execute(
                "UPDATE highlights SET version_id = ?, exact = ?, prefix = ?, suffix = ?, start = ?,"
                ' "end" = ?, status = ?, updated_at = ? WHERE id = ?',
                (
                    article.version_id,
                    s.exact,
                    s.prefix,
                    s.suffix,
                    s.start,
                    s.end,
                    HighlightStatus.ANCHORED,
                    self._now(),
                    highlight_id,
                ),
            )
        return self.get(highlight_id)

    # -- article notes ------------------------------------------------------------------------

    def article_note(self, article_id: int) -> str:
        row = self._conn.execute(
            "SELECT body FROM notes WHERE article_id = ? AND highlight_id IS NULL", (article_id,)
        ).fetchone()
        return row[0] if row else ""

    def creators(self, article_id: int) -> dict[int, str]:
        """Who made each of the article's highlights, in a team library (none named elsewhere)."""
        rows = self._conn.execute(
            "SELECT id, creator FROM highlights WHERE article_id = ? AND creator != ''", (article_id,)
        ).fetchall()
        return {int(i): str(c) for i, c in rows}

    def team_notes(self, article_id: int, highlight_id: int | None) -> tuple[str, list[dict[str, str]]]:
        """In a team library: why the highlight was kept after a deletion (its mark), and the earlier
        texts of its note (or the article's) that a conflict set aside; ("", []) elsewhere."""
        mark = ""
        if highlight_id is not None:
            row = self._conn.execute("SELECT team_mark FROM highlights WHERE id = ?", (highlight_id,)).fetchone()
            mark = row[0] if row else ""
            found = self._conn.execute("SELECT history FROM notes WHERE highlight_id = ?", (highlight_id,)).fetchone()
        else:
            found = self._conn.execute(
                "SELECT history FROM notes WHERE article_id = ? AND highlight_id IS NULL", (article_id,)
            ).fetchone()
        try:
            history = [h for h in json.loads(found[0]) if isinstance(h, dict)] if found else []
        except ValueError:
            history = []
        return mark, history

    def set_article_note(self, article_id: int, body: str) -> None:
        self._get_article(article_id)
        with write_transaction(self._conn) as conn:
            self._write_note(conn, article_id, None, body, self._now())

    def _write_note(
        self, conn: sqlite3.Connection, article_id: int, highlight_id: int | None, body: str, stamp: str
    ) -> None:
        body = body.replace("\x00", "")
        if len(body) > MAX_NOTE_CHARS:
            raise ReaderError("a note can hold up to {limit:,} characters", limit=MAX_NOTE_CHARS)
        where = "highlight_id = ?" if highlight_id is not None else "article_id = ? AND highlight_id IS NULL"
        key = highlight_id if highlight_id is not None else article_id
        if not body.strip():
            conn.execute(f"DELETE FROM notes WHERE {where}", (key,))
            return
        if conn.execute(f"UPDATE notes SET body = ?, updated_at = ? WHERE {where}", (body, stamp, key)).rowcount == 0:
            conn.execute(
                "INSERT INTO notes (article_id, highlight_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (article_id, highlight_id, body, stamp, stamp),
            )

    # -- re-anchoring ---------------------------------------------------------------------------

    def reanchor(self, conn: sqlite3.Connection, article_id: int, text: str, version_id: int) -> ReanchorReport:
        """Place every highlight of the article on a new text version (inside the caller's transaction)."""
        kept = moved = orphaned = 0
        stamp = self._now()
        rows = conn.execute(
            'SELECT id, version_id, exact, prefix, suffix, start, "end", status FROM highlights WHERE article_id = ?',
            (article_id,),
        ).fetchall()
        for hid, old_version, exact, prefix, suffix, start, end, status in rows:
            if status == HighlightStatus.ORPHANED:
                found = anchor(Selector(exact, prefix, suffix, start, end), text)
            else:
                found = anchor(
                    Selector(exact, prefix, suffix, start, end), text, same_version=old_version == version_id
                )
            if found.status is HighlightStatus.ORPHANED:
                orphaned += 1
                conn.execute(
                    "UPDATE highlights SET status = ?, updated_at = ? WHERE id = ?",
                    (HighlightStatus.ORPHANED, stamp, hid),
                )
                continue
            new_status = (
                HighlightStatus.MOVED
                if found.status is HighlightStatus.MOVED
                else (HighlightStatus.MOVED if status == HighlightStatus.MOVED else HighlightStatus.ANCHORED)
            )
            if found.status is HighlightStatus.MOVED:
                moved += 1
            else:
                kept += 1
            new = describe(text, found.start, found.end)
            conn.execute(
                'UPDATE highlights SET version_id = ?, prefix = ?, suffix = ?, start = ?, "end" = ?,'
                " status = ?, updated_at = ? WHERE id = ?",
                (version_id, new.prefix, new.suffix, found.start, found.end, new_status, stamp, hid),
            )
        return ReanchorReport(kept, moved, orphaned)
