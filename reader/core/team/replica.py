"""A team library's local replica: the triggers that record local changes, the row images pushed
for them, and pulled changes applied.

A change is recorded as (entity, gid, op); what is pushed is the row as it is at push time, so ten
edits of one note before a push travel as its latest text. Entities: article (metadata, not the
reading state or position, which are each person's own), version (an article's text; versions are
never edited), highlight, note, tag (an article's tag: gid "article-gid|tag name") and label (a
colour's name, shared by the team).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reader.core.search.index import index_article
from reader.core.stamps import now_iso

USER_KEY = "team_user"  # the display name of the person working on this replica
URL_KEY = "team_url"  # the server, without a password
PULLED_KEY = "team_pulled"  # the last server sequence number applied here

_NEW_GID = "lower(hex(randomblob(16)))"
_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM team_applying)"
_STAMP = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_USER = f"coalesce((SELECT value FROM meta WHERE key = '{USER_KEY}'), '')"
ARTICLE_FIELDS = (
    "source", "url", "kind", "title", "subtitle", "section", "site_name", "dateline", "authors",
    "published", "language", "added_at", "fetched_at",
)  # fmt: skip
VERSION_FIELDS = ("created_at", "text_hash", "raw_text", "body", "figures", "removed", "pages")
HIGHLIGHT_FIELDS = (
    "exact", "prefix", "suffix", "start", "end", "color", "status", "created_at", "updated_at", "creator", "team_mark",
)  # fmt: skip
NOTE_FIELDS = ("body", "created_at", "updated_at", "creator", "history")
_HIGHLIGHT_COLUMNS = ", ".join(f'h."{f}"' for f in HIGHLIGHT_FIELDS)  # "end" is a keyword


def _outbox(entity: str, gid_sql: str, op: str) -> str:
    return (
        f"INSERT INTO team_outbox (change_id, entity, gid, op, made_at) "
        f"SELECT {_NEW_GID}, '{entity}', {gid_sql}, '{op}', {_STAMP} WHERE {_NOT_APPLYING} AND {gid_sql} IS NOT NULL;"
    )


def _triggers() -> list[str]:
    found = []
    for table, entity, watched in (
        ("articles", "article", ARTICLE_FIELDS),
        ("article_versions", "version", ()),
        ("highlights", "highlight", tuple(f for f in HIGHLIGHT_FIELDS if f not in ("creator",)) + ("version_id",)),
        ("notes", "note", ("body", "history")),
    ):
        gid = f"(SELECT gid FROM {table} WHERE id = NEW.id)"
        creator = (
            f"UPDATE {table} SET creator = {_USER} WHERE id = NEW.id AND NEW.creator = '';"
            if table in ("highlights", "notes")
            else ""
        )
        found.append(
            f"CREATE TRIGGER IF NOT EXISTS team_{table}_insert AFTER INSERT ON {table} BEGIN "
            f"UPDATE {table} SET gid = {_NEW_GID} WHERE id = NEW.id AND NEW.gid IS NULL; {creator} "
            f"{_outbox(entity, gid, 'put')} END"
        )
        if watched:
            columns = ", ".join(f'"{c}"' for c in watched)
            found.append(
                f"CREATE TRIGGER IF NOT EXISTS team_{table}_update AFTER UPDATE OF {columns} ON {table} BEGIN "
                f"{_outbox(entity, 'NEW.gid', 'put')} END"
            )
        found.append(
            f"CREATE TRIGGER IF NOT EXISTS team_{table}_delete AFTER DELETE ON {table} BEGIN "
            f"{_outbox(entity, 'OLD.gid', 'delete')} END"
        )
    tag_gid = (
        "(SELECT a.gid || '|' || t.name FROM articles a, tags t WHERE a.id = {row}.article_id AND t.id = {row}.tag_id)"
    )
    found.append(
        "CREATE TRIGGER IF NOT EXISTS team_article_tags_insert AFTER INSERT ON article_tags BEGIN "
        f"{_outbox('tag', tag_gid.format(row='NEW'), 'put')} END"
    )
    found.append(
        "CREATE TRIGGER IF NOT EXISTS team_article_tags_delete BEFORE DELETE ON article_tags BEGIN "
        f"{_outbox('tag', tag_gid.format(row='OLD'), 'delete')} END"
    )
    found.append(
        "CREATE TRIGGER IF NOT EXISTS team_labels_update AFTER UPDATE OF name ON labels BEGIN "
        f"{_outbox('label', 'NEW.color', 'put')} END"
    )
    return found


def enable(conn: sqlite3.Connection, user: str, url: str) -> None:
    """Make this library a replica: its triggers, and global ids for what it already holds (each
    then waits in the outbox, to be pushed once)."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (USER_KEY, user))
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (URL_KEY, url))
    conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, '0')", (PULLED_KEY,))
    for trigger in _triggers():
        conn.execute(trigger)
    for table, entity in (
        ("articles", "article"),
        ("article_versions", "version"),
        ("highlights", "highlight"),
        ("notes", "note"),
    ):
        conn.execute(f"UPDATE {table} SET gid = {_NEW_GID} WHERE gid IS NULL")
        if table in ("highlights", "notes"):
            conn.execute(f"UPDATE {table} SET creator = ? WHERE creator = ''", (user,))
        conn.execute(
            f"INSERT INTO team_outbox (change_id, entity, gid, op, made_at) "
            f"SELECT {_NEW_GID}, '{entity}', gid, 'put', {_STAMP} FROM {table} ORDER BY id"
        )
    conn.execute(
        f"INSERT INTO team_outbox (change_id, entity, gid, op, made_at) SELECT {_NEW_GID}, 'tag', "
        f"a.gid || '|' || t.name, 'put', {_STAMP} FROM article_tags x JOIN articles a ON a.id = x.article_id "
        "JOIN tags t ON t.id = x.tag_id"
    )


def is_replica(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (URL_KEY,)).fetchone() is not None


@dataclass(frozen=True)
class Change:
    """One change as it travels: its id, what it is about, and the row (None for a delete)."""

    id: str
    entity: str
    gid: str
    op: str
    body: dict[str, Any] | None
    author: str = ""
    seq: int = 0  # the server's sequence number, for a pulled change


def _row(conn: sqlite3.Connection, sql: str, gid: str) -> dict[str, Any] | None:
    cur = conn.execute(sql, (gid,))
    row = cur.fetchone()
    return None if row is None else dict(zip((d[0] for d in cur.description), row, strict=True))


def _image(conn: sqlite3.Connection, entity: str, gid: str) -> dict[str, Any] | None:
    """The row a change of this entity carries, by the global ids of what it refers to."""
    if entity == "article":
        return _row(conn, f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles WHERE gid = ?", gid)
    if entity == "version":
        return _row(
            conn,
            f"SELECT {', '.join('v.' + f for f in VERSION_FIELDS)}, a.gid AS article FROM article_versions v "
            "JOIN articles a ON a.id = v.article_id WHERE v.gid = ?",
            gid,
        )
    if entity == "highlight":
        return _row(
            conn,
            f"SELECT {_HIGHLIGHT_COLUMNS}, a.gid AS article, "
            "v.gid AS version FROM highlights h JOIN articles a ON a.id = h.article_id "
            "JOIN article_versions v ON v.id = h.version_id WHERE h.gid = ?",
            gid,
        )
    if entity == "note":
        return _row(
            conn,
            f"SELECT {', '.join('n.' + f for f in NOTE_FIELDS)}, a.gid AS article, h.gid AS highlight FROM notes n "
            "JOIN articles a ON a.id = n.article_id LEFT JOIN highlights h ON h.id = n.highlight_id WHERE n.gid = ?",
            gid,
        )
    if entity == "tag":
        return {"tag": gid.split("|", 1)[1]}
    if entity == "label":
        return _row(conn, "SELECT name, hex FROM labels WHERE color = ?", gid)
    return None


def waiting(conn: sqlite3.Connection, limit: int) -> list[tuple[int, Change]]:
    """The first `limit` changes in the outbox, with the rows they carry now (a put whose row is
    gone meanwhile carries nothing and is dropped: its delete follows)."""
    rows = conn.execute(
        "SELECT seq, change_id, entity, gid, op FROM team_outbox ORDER BY seq LIMIT ?", (limit,)
    ).fetchall()
    found = []
    for seq, change_id, entity, gid, op in rows:
        body = _image(conn, entity, gid) if op == "put" else None
        if op == "put" and body is None:
            found.append((seq, Change(change_id, entity, gid, "skip", None)))
        else:
            found.append((seq, Change(change_id, entity, gid, op, body)))
    return found


def forget_pushed(conn: sqlite3.Connection, seqs: Sequence[int]) -> None:
    conn.executemany("DELETE FROM team_outbox WHERE seq = ?", [(s,) for s in seqs])


def pending(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0])


# -- applying what others did ----------------------------------------------------------------------


def _local_id(conn: sqlite3.Connection, table: str, gid: str | None) -> int | None:
    if gid is None:
        return None
    row = conn.execute(f"SELECT id FROM {table} WHERE gid = ?", (gid,)).fetchone()
    return int(row[0]) if row else None


def _waiting_here(conn: sqlite3.Connection, entity: str, gid: str) -> bool:
    """Whether a local change to it waits to be pushed (it will come after the one pulled)."""
    return conn.execute("SELECT 1 FROM team_outbox WHERE entity = ? AND gid = ?", (entity, gid)).fetchone() is not None


def _upsert(conn: sqlite3.Connection, table: str, gid: str, values: dict[str, Any]) -> int:
    existing = _local_id(conn, table, gid)
    columns = list(values)
    if existing is None:
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        cur = conn.execute(f"INSERT INTO {table} ({names}, gid) VALUES ({marks}, ?)", (*values.values(), gid))
        return int(cur.lastrowid or 0)
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), existing))
    return existing


def apply(conn: sqlite3.Connection, changes: Iterable[Change]) -> set[int]:
    """Apply pulled changes (inside the caller's transaction); the articles whose text or title
    changed, to index again. A change whose article, version or highlight has not arrived yet (a
    push split between two of its batches) is held in `team_held` and applied when they come; a
    new article waits there for its first text, so no article is ever listed without one."""
    conn.execute("INSERT INTO team_applying (flag) VALUES (1)")
    touched: set[int] = set()
    try:
        for change in changes:
            done = _apply_one(conn, change)
            if done is None:
                _hold(conn, change)
            else:
                touched |= done
        touched |= _apply_held(conn)
    finally:
        conn.execute("DELETE FROM team_applying")
    return touched


def _hold(conn: sqlite3.Connection, change: Change) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO team_held (entity, gid, change) VALUES (?, ?, ?)",
        (change.entity, change.gid, json.dumps([change.id, change.op, change.body, change.author, change.seq])),
    )


def _held(conn: sqlite3.Connection, entity: str, gid: str) -> Change | None:
    row = conn.execute("SELECT change FROM team_held WHERE entity = ? AND gid = ?", (entity, gid)).fetchone()
    if row is None:
        return None
    change_id, op, body, author, seq = json.loads(row[0])
    return Change(change_id, entity, gid, op, body, author=author, seq=seq)


def _apply_held(conn: sqlite3.Connection) -> set[int]:
    """Apply what was held and can be now (articles wait for their versions); again while any could."""
    touched: set[int] = set()
    while True:
        rows = conn.execute("SELECT entity, gid FROM team_held WHERE entity != 'article' ORDER BY rowid").fetchall()
        progress = False
        for entity, gid in rows:
            change = _held(conn, entity, gid)
            assert change is not None
            done = _apply_one(conn, change)
            if done is not None:
                conn.execute("DELETE FROM team_held WHERE entity = ? AND gid = ?", (entity, gid))
                touched |= done
                progress = True
        if not progress:
            return touched


def _apply_one(conn: sqlite3.Connection, change: Change, *, first_text: bool = False) -> set[int] | None:
    """Apply one change: the articles to index again, or None when what it refers to is not here
    yet (a new article is, until its first version comes: `first_text`)."""
    entity, gid, body = change.entity, change.gid, change.body or {}
    if change.op == "delete":
        return _delete(conn, change)
    if entity == "note" and _waiting_here(conn, "note", gid):
        _keep_both(conn, gid, body, change.author)
        return set()
    if _waiting_here(conn, entity, gid):
        return set()  # the local change goes later, and wins
    if entity == "article":
        values = {f: body.get(f) for f in ARTICLE_FIELDS}
        values["updated_at"] = now_iso()
        existing = _local_id(conn, "articles", gid)
        if existing is None and not first_text:
            return None  # listed once its text is here
        if existing is None:
            values["added_at"] = values.get("added_at") or now_iso()
        return {_upsert(conn, "articles", gid, values)}
    if entity == "version":
        if _local_id(conn, "article_versions", gid) is not None:
            return set()
        article = _local_id(conn, "articles", body.get("article"))
        waiting = _held(conn, "article", body.get("article") or "") if article is None else None
        if waiting is not None:
            _apply_one(conn, waiting, first_text=True)
            conn.execute("DELETE FROM team_held WHERE entity = 'article' AND gid = ?", (waiting.gid,))
            article = _local_id(conn, "articles", body.get("article"))
        if article is None:
            return None
        _upsert(conn, "article_versions", gid, {"article_id": article, **{f: body.get(f) for f in VERSION_FIELDS}})
        return {article}
    if entity == "highlight":
        article = _local_id(conn, "articles", body.get("article"))
        version = _local_id(conn, "article_versions", body.get("version"))
        if article is None or version is None:
            return None
        _upsert(
            conn,
            "highlights",
            gid,
            {"article_id": article, "version_id": version, **{f: body.get(f) for f in HIGHLIGHT_FIELDS}},
        )
        return set()
    if entity == "note":
        article = _local_id(conn, "articles", body.get("article"))
        if article is None:
            return None
        highlight = _local_id(conn, "highlights", body.get("highlight"))
        if body.get("highlight") is not None and highlight is None:
            return None
        values = {"article_id": article, "highlight_id": highlight, **{f: body.get(f) for f in NOTE_FIELDS}}
        if _local_id(conn, "notes", gid) is None:  # one note per article (or highlight): a note made here too
            where = "highlight_id = ?" if highlight is not None else "article_id = ? AND highlight_id IS NULL"
            twin = conn.execute(f"SELECT id, body FROM notes WHERE {where}", (highlight or article,)).fetchone()
            if twin is not None:
                conn.execute("UPDATE notes SET gid = ? WHERE id = ?", (gid, twin[0]))
        _upsert(conn, "notes", gid, values)
        return set()
    if entity == "tag":
        article_gid, name = gid.split("|", 1)
        article = _local_id(conn, "articles", article_gid)
        if article is None:
            return None
        conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        tag = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0]
        conn.execute("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)", (article, tag))
        return set()
    if entity == "label":
        conn.execute("UPDATE labels SET name = ? WHERE color = ?", (body.get("name"), gid))
    return set()


def _keep_both(conn: sqlite3.Connection, gid: str, body: dict[str, Any], author: str) -> None:
    """Two people edited one note: the one pushed later stays current (the local one, still to be
    pushed); the other becomes a visible earlier version of it, so neither text is lost."""
    row = conn.execute("SELECT id, body, history FROM notes WHERE gid = ?", (gid,)).fetchone()
    if row is None:
        return
    history = json.loads(row[2] or "[]")
    theirs = json.loads(body.get("history") or "[]")
    earlier = {"body": body.get("body", ""), "by": author or body.get("creator", ""), "at": body.get("updated_at", "")}
    for item in [*theirs, earlier]:
        if item not in history and item.get("body") != row[1]:
            history.append(item)
    conn.execute("UPDATE notes SET history = ? WHERE id = ?", (json.dumps(history, ensure_ascii=False), row[0]))
    # the local edit waits in the outbox already: it carries this history when it is pushed


def _delete(conn: sqlite3.Connection, change: Change) -> set[int]:
    entity, gid = change.entity, change.gid
    conn.execute("DELETE FROM team_held WHERE entity = ? AND gid = ?", (entity, gid))
    if entity == "highlight" and _waiting_here(conn, "highlight", gid):
        # team_mark: who deleted it (the window says the rest in the reader's language)
        conn.execute("UPDATE highlights SET team_mark = ? WHERE gid = ?", (change.author or "?", gid))
        return set()  # the local change, still to be pushed, carries the mark to the others
    table = {"article": "articles", "version": "article_versions", "highlight": "highlights", "note": "notes"}.get(
        entity
    )
    if table is not None:
        conn.execute(f"DELETE FROM {table} WHERE gid = ?", (gid,))
        return set()
    if entity == "tag":
        article_gid, name = gid.split("|", 1)
        conn.execute(
            "DELETE FROM article_tags WHERE article_id = (SELECT id FROM articles WHERE gid = ?) "
            "AND tag_id = (SELECT id FROM tags WHERE name = ?)",
            (article_gid, name),
        )
    return set()


def articles_of(conn: sqlite3.Connection, changes: Iterable[Change]) -> set[int]:
    """The local ids of the articles these changes are about (those here now)."""
    gids: set[str] = set()
    for change in changes:
        body = change.body or {}
        if change.entity == "article":
            gids.add(change.gid)
        elif change.entity == "tag":
            gids.add(change.gid.split("|", 1)[0])
        elif isinstance(body.get("article"), str):
            gids.add(body["article"])
        elif change.entity in ("version", "highlight", "note"):  # a delete: its article while it is here
            table = {"version": "article_versions", "highlight": "highlights", "note": "notes"}[change.entity]
            row = conn.execute(
                f"SELECT a.gid FROM {table} x JOIN articles a ON a.id = x.article_id WHERE x.gid = ?", (change.gid,)
            ).fetchone()
            if row is not None:
                gids.add(row[0])
    found: set[int] = set()
    for gid in gids:
        local = _local_id(conn, "articles", gid)
        if local is not None:
            found.add(local)
    return found


def reindex(conn: sqlite3.Connection, article_ids: Iterable[int], get_text: Any) -> None:
    """The search rows of articles whose title or text arrived."""
    for article_id in article_ids:
        row = conn.execute("SELECT title, site_name, authors FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            continue
        authors = ", ".join(a.get("name", "") for a in json.loads(row[2] or "[]"))
        index_article(conn, article_id, row[0], get_text(article_id), row[1], authors)
