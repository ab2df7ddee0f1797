"""Turning the article model into plain JSON-ready data and back (for storage and the command line)."""

from __future__ import annotations

import json
from typing import Any

from reader.core.models import Author, Block, BlockKind, Figure, PageStart, RemovedLine


def blocks_to_json(blocks: tuple[Block, ...]) -> str:
    return json.dumps([[b.kind.value, b.text] for b in blocks], ensure_ascii=False)


def blocks_from_json(data: str) -> tuple[Block, ...]:
    return tuple(Block(BlockKind(kind), text) for kind, text in json.loads(data))


def author_to_dict(a: Author) -> dict[str, str]:
    """{"name", "role"}, with "kind" and "job_title" only when said (old readers ignore them)."""
    data = {"name": a.name, "role": a.role}
    if a.kind:
        data["kind"] = a.kind
    if a.job_title:
        data["job_title"] = a.job_title
    return data


def author_from_dict(a: dict[str, Any]) -> Author:
    """An author as stored; one stored before the kind existed has none (read from its name)."""
    return Author(a["name"], a.get("role", "author"), a.get("kind", ""), a.get("job_title", ""))


def authors_to_json(authors: tuple[Author, ...]) -> str:
    return json.dumps([author_to_dict(a) for a in authors], ensure_ascii=False)


def authors_from_json(data: str) -> tuple[Author, ...]:
    return tuple(author_from_dict(a) for a in json.loads(data))


def figures_to_json(figures: tuple[Figure, ...]) -> str:
    return json.dumps([{"caption": f.caption, "credit": f.credit} for f in figures], ensure_ascii=False)


def figures_from_json(data: str) -> tuple[Figure, ...]:
    return tuple(Figure(f.get("caption", ""), f.get("credit", "")) for f in json.loads(data))


def removed_to_json(removed: tuple[RemovedLine, ...]) -> str:
    return json.dumps([{"text": r.text, "reason": r.reason} for r in removed], ensure_ascii=False)


def removed_from_json(data: str) -> tuple[RemovedLine, ...]:
    return tuple(RemovedLine(r["text"], r["reason"]) for r in json.loads(data))


def pages_to_json(pages: tuple[PageStart, ...]) -> str:
    return json.dumps([[p.offset, p.label] for p in pages], ensure_ascii=False)


def pages_from_json(data: str | None) -> tuple[PageStart, ...]:
    return tuple(PageStart(int(offset), str(label)) for offset, label in json.loads(data or "[]"))


def cleaned_to_dict(c: Any) -> dict[str, Any]:
    """A CleanedArticle as plain data: every field, the body's blocks and the joined text."""
    return {
        "title": c.title,
        "subtitle": c.subtitle,
        "section": c.section,
        "authors": [author_to_dict(a) for a in c.authors],
        "site_name": c.site_name,
        "dateline": c.dateline,
        "published": c.published,
        "language": c.language,
        "url": c.url,
        "body": [{"kind": b.kind.value, "text": b.text} for b in c.body],
        "figures": [{"caption": f.caption, "credit": f.credit} for f in c.figures],
        "removed": [{"text": r.text, "reason": r.reason} for r in c.removed],
        "text": c.text,
        **({"pages": [p.offset for p in c.pages], "page_labels": [p.label for p in c.pages]} if c.pages else {}),
    }


def article_to_dict(article: Any) -> dict[str, Any]:
    """A stored Article as the command line's JSON object."""
    data: dict[str, Any] = {"id": article.id}
    data.update(cleaned_to_dict(article.content))
    data.update(
        {
            "source": article.source,
            "kind": article.kind,
            "added_at": article.added_at,
            "fetched_at": article.fetched_at,
            "words": article.content.word_count,
        }
    )
    return data
