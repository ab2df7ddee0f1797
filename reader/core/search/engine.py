"""Running a parsed query against the library: ranked (bm25), one result per article, with a snippet
and where it matched."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from reader.core.markdown_text import plain_markdown
from reader.core.search.index import ARTICLE, HIGHLIGHT, KINDS, NOTE
from reader.core.search.query import Query, parse

log = logging.getLogger(__name__)

MARK_START, MARK_END = "\x02", "\x03"  # around matched words in snippets; the UI and CLI style them
# A query matching more rows than this (a very common word in a very large library) is ranked among
# its newest RANK_AT_MOST matches: ranking every match would take a user-visible pause.
RANK_AT_MOST = 10_000


@dataclass(frozen=True)
class SearchResult:
    article_id: int
    title: str
    site: str
    score: float  # bm25: lower is better (FTS5's convention); 0.0 for filter-only results
    matched_in: str  # article, highlight or note
    snippet: str
    highlight_id: int | None = None  # the highlight that matched (or whose note matched)


LIKE_ESCAPE = "\\"  # every LIKE built here says ESCAPE '\\': the user's value is taken literally


def contains_pattern(value: str) -> str:
    """A LIKE pattern (with ESCAPE LIKE_ESCAPE) for "contains `value`": its % and _ are not wildcards."""
    for special in (LIKE_ESCAPE, "%", "_"):  # the escape character first: the others' escapes are not doubled
        value = value.replace(special, LIKE_ESCAPE + special)
    return f"%{value}%"


def _article_filters(query: Query) -> tuple[list[str], list[object]]:
    """SQL conditions on `a` (articles) for the query's filters."""
    where: list[str] = []
    params: list[object] = []
    for tag in query.tags:
        where.append(
            "a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id"
            " WHERE t.name = ? COLLATE NOCASE)"
        )
        params.append(tag)
    for site in query.sites:
        where.append(f"(a.site_name LIKE ? ESCAPE '{LIKE_ESCAPE}' OR a.url LIKE ? ESCAPE '{LIKE_ESCAPE}')")
        params.extend([contains_pattern(site)] * 2)
    for author in query.authors:
        # the names in the stored JSON, not its text: "author:name" is not every article with a byline
        where.append(
            "EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(a.authors) THEN a.authors ELSE '[]' END) p"
            " WHERE (CASE p.type WHEN 'object' THEN json_extract(p.value, '$.name') END)"
            f" LIKE ? ESCAPE '{LIKE_ESCAPE}')"
        )
        params.append(contains_pattern(author))
    if query.states:
        where.append(f"a.state IN ({','.join('?' * len(query.states))})")
        params.extend(query.states)
    if query.has_notes:
        where.append("EXISTS (SELECT 1 FROM notes n WHERE n.article_id = a.id)")
    if query.before:
        where.append("coalesce(a.published, substr(a.added_at, 1, 10)) < ?")
        params.append(query.before)
    if query.after:
        where.append("coalesce(a.published, substr(a.added_at, 1, 10)) >= ?")
        params.append(query.after)
    return where, params


def _label_colors(conn: sqlite3.Connection, labels: tuple[str, ...]) -> list[str]:
    colors = []
    for label in labels:
        row = conn.execute(
            "SELECT color FROM labels WHERE color = ? COLLATE NOCASE OR name = ? COLLATE NOCASE", (label, label)
        ).fetchone()
        colors.append(row[0] if row else "\x00none")
    return colors


def search(conn: sqlite3.Connection, text: str | Query, limit: int = 50) -> list[SearchResult]:
    """Search the library; never raises on odd input (every query is a valid query)."""
    query = parse(text) if isinstance(text, str) else text
    if query.empty:
        return []
    where, params = _article_filters(query)
    kinds = set(KINDS)
    if query.within:
        kinds = {HIGHLIGHT if w == "highlights" else NOTE for w in query.within}
    colors = _label_colors(conn, query.labels)
    if colors:
        kinds &= {HIGHLIGHT}
        kinds = kinds or {HIGHLIGHT}
    expression = query.match_expression()
    if expression:
        return _ranked(conn, query, expression, where, params, kinds, colors, limit)
    return _filtered(conn, query, where, params, kinds, colors, limit)


def _kind_sql(kinds: set[int], colors: list[str]) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if kinds != set(KINDS):
        where.append(f"(s.rowid % 4) IN ({','.join(str(k) for k in sorted(kinds))})")
    if colors:
        where.append(f"(s.rowid / 4) IN (SELECT id FROM highlights WHERE color IN ({','.join('?' * len(colors))}))")
        params.extend(colors)
    return where, params


def _ranked(
    conn: sqlite3.Connection,
    query: Query,
    expression: str,
    where: list[str],
    params: list[object],
    kinds: set[int],
    colors: list[str],
    limit: int,
) -> list[SearchResult]:
    kind_where, kind_params = _kind_sql(kinds, colors)
    conditions = ["search MATCH ?"] + kind_where
    values: list[object] = [expression, *kind_params]
    if where:
        conditions.append("s.article_id IN (SELECT a.id FROM articles a WHERE " + " AND ".join(where) + ")")
        values.extend(params)
    try:
        floor = _recent_floor(conn, expression)
        if floor:
            conditions.append("s.rowid > ?")
            values.append(floor)
        rows = conn.execute(
            f"SELECT s.rowid, s.article_id, s.rank FROM search s WHERE {' AND '.join(conditions)}"
            " ORDER BY s.rank LIMIT ?",
            [*values, limit * 4],
        ).fetchall()
    except sqlite3.OperationalError as exc:  # a query FTS5 cannot take: nothing we built should do this
        log.warning("search %r failed: %s", expression, exc)
        return []
    best: dict[int, tuple[int, float]] = {}
    for rowid, article_id, rank in rows:
        if article_id not in best:
            best[article_id] = (rowid, rank)
            if len(best) >= limit:
                break
    if not best:
        return []
    rowids = [rowid for rowid, _ in best.values()]
    marks = ",".join("?" * len(rowids))
    # The matches are walked once from the oldest chosen row, keeping the chosen ones (`+rowid`): a
    # lookup per rowid would expand a prefix query's terms again for each (100 ms for "minister*").
    snippets = dict(
        conn.execute(
            f"SELECT rowid, snippet(search, -1, '{MARK_START}', '{MARK_END}', '…', 12) FROM search"
            f" WHERE search MATCH ? AND rowid >= ? AND +rowid IN ({marks})",
            [expression, min(rowids), *rowids],
        )
    )
    ids = list(best)
    titles = {
        row[0]: row[1:]
        for row in conn.execute(
            f"SELECT id, title, site_name FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids
        )
    }
    return [
        _result(conn, rowid, article_id, rank, snippets.get(rowid, ""), *titles.get(article_id, ("", "")))
        for article_id, (rowid, rank) in best.items()
    ]


def _recent_floor(conn: sqlite3.Connection, expression: str) -> int:
    """For a query that matches a very large part of the library, the rowid below which rows are not
    ranked: bm25 is computed for the newest RANK_AT_MOST matches only (0: rank them all)."""
    row = conn.execute(
        "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?", (expression, RANK_AT_MOST)
    ).fetchone()  # none when there are at most RANK_AT_MOST
    return row[0] if row else 0


def _filtered(
    conn: sqlite3.Connection,
    query: Query,
    where: list[str],
    params: list[object],
    kinds: set[int],
    colors: list[str],
    limit: int,
) -> list[SearchResult]:
    """No words to match: the filters alone, newest first (negative words still exclude)."""
    for term in query.negative:
        where = where + ["a.id NOT IN (SELECT article_id FROM search WHERE search MATCH ?)"]
        params = params + [term.fts()]
    if colors or kinds != set(KINDS):
        return _annotated(conn, where, params, kinds, colors, limit)
    sql = (
        f"SELECT a.id * 4, a.id, 0.0, a.subtitle, a.title, a.site_name FROM articles a"
        f" WHERE {' AND '.join(where) or '1'} ORDER BY a.added_at DESC, a.id DESC LIMIT ?"
    )
    return [_result(conn, *row) for row in conn.execute(sql, [*params, limit]).fetchall()]


def _annotated(
    conn: sqlite3.Connection, where: list[str], params: list[object], kinds: set[int], colors: list[str], limit: int
) -> list[SearchResult]:
    """Articles with highlights (of some labels) or notes, newest first, each with its first one."""
    if HIGHLIGHT in kinds:
        table, kind = "highlights", HIGHLIGHT
        condition = f" AND x.color IN ({','.join('?' * len(colors))})" if colors else ""
        text = "x.exact"
    else:
        table, kind, condition, text = "notes", NOTE, "", "x.body"
    first = (
        f"SELECT x.id FROM {table} x WHERE x.article_id = a.id{condition}"
        f" ORDER BY {'x.start' if kind == HIGHLIGHT else 'x.id'} LIMIT 1"
    )
    sql = (
        f"SELECT ({first}) AS ref, a.id, a.title, a.site_name FROM articles a"
        f" WHERE EXISTS (SELECT 1 FROM {table} x WHERE x.article_id = a.id{condition})"
        f"{' AND ' + ' AND '.join(where) if where else ''} ORDER BY a.added_at DESC, a.id DESC LIMIT ?"
    )
    rows = conn.execute(sql, [*colors, *colors, *params, limit]).fetchall()
    results = []
    for ref, article_id, title, site in rows:
        body = conn.execute(f"SELECT {text} FROM {table} x WHERE x.id = ?", (ref,)).fetchone()
        results.append(_result(conn, ref * 4 + kind, article_id, 0.0, (body[0] if body else "")[:160], title, site))
    return results


def _result(
    conn: sqlite3.Connection, rowid: int, article_id: int, rank: float, snippet: str, title: str, site: str
) -> SearchResult:
    kind = rowid % 4
    highlight_id = None
    if kind == HIGHLIGHT:
        highlight_id = rowid // 4
    elif kind == NOTE:
        row = conn.execute("SELECT highlight_id FROM notes WHERE id = ?", (rowid // 4,)).fetchone()
        highlight_id = row[0] if row else None
        snippet = plain_markdown(snippet or "")  # a note is Markdown: its snippet shows the words, not the marks
    return SearchResult(
        article_id=article_id,
        title=title,
        site=site,
        score=float(rank),
        matched_in=KINDS.get(kind, "article") if kind != ARTICLE else "article",
        snippet=" ".join((snippet or "").split()),
        highlight_id=highlight_id,
    )
