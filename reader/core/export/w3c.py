"""Highlights and notes as W3C Web Annotations (JSON-LD), and importing them back.

Export: one `AnnotationCollection` whose embedded first page holds one `Annotation` per
highlight. Its target is the article's URL (or `reader://article/ID` when it has none) with a
TextQuoteSelector and a TextPositionSelector; its bodies are the note (Markdown, purpose
"commenting") and the label's name (purpose "tagging"). Reader's own facts travel in properties
named `reader:…` (JSON-LD reads them as absolute IRIs, other tools ignore them): the colour key,
the anchoring status, and `reader:articles`, the metadata that finds each article again on
import (URL, source, title, a SHA-256 of the text) with its article note.

Import: `import_annotations` (w3c_import.py, re-exported here) checks the whole file first and
stores nothing from a file it does not understand; it finds each article by URL, source, text or
title, re-anchors when the text differs, and never adds the same highlight twice.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reader.core.export.safe_write import write_text
from reader.core.export.w3c_import import ImportReport, import_annotations
from reader.core.library import Library, text_hash
from reader.core.links import article_link
from reader.core.models import Article, Highlight, Label

log = logging.getLogger(__name__)

__all__ = ["CONTEXT", "ImportReport", "annotation_json", "article_json", "article_uri", "dumps",
           "export_annotations", "highlight_uri", "import_annotations", "w3c_time", "write_annotations"]

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FORMAT_VERSION = 1


def article_uri(article_id: int) -> str:
    return article_link(article_id)


def highlight_uri(article_id: int, highlight_id: int) -> str:
    return article_link(article_id, highlight_id)


def w3c_time(stamp: str) -> str:
    """The library's '2024-03-03T10:00:00+00:00' as the 'Z' form the W3C model's examples use."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- export ---------------------------------------------------------------------------------------


def annotation_json(article: Article, h: Highlight, labels: Mapping[str, Label]) -> dict[str, Any]:
    """One highlight as a W3C Annotation."""
    bodies: list[dict[str, Any]] = []
    if h.note.strip():
        bodies.append({"type": "TextualBody", "value": h.note, "format": "text/markdown",
                       "purpose": "commenting"})
    label = labels.get(h.color)
    bodies.append({"type": "TextualBody", "value": label.name if label else h.color, "purpose": "tagging"})
    return {
        "@context": CONTEXT,
        "id": highlight_uri(article.id, h.id),
        "type": "Annotation",
        "motivation": "highlighting",
        "created": w3c_time(h.created_at),
        "modified": w3c_time(h.updated_at or h.created_at),
        "body": bodies,
        "target": {
            "source": article.content.url or article_uri(article.id),
            "reader:article": article_uri(article.id),
            "selector": [
                {"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix, "suffix": h.suffix},
                {"type": "TextPositionSelector", "start": h.start, "end": h.end},
            ],
        },
        "reader:color": h.color,
        "reader:status": h.status,
    }


def article_json(article: Article, note: str) -> dict[str, Any]:
    """What finds an article again on import, and its article note."""
    c = article.content
    return {"id": article_uri(article.id), "title": c.title, "url": c.url, "source": article.source,
            "site": c.site_name, "published": c.published,
            "authors": [{"name": a.name, "role": a.role} for a in c.authors],
            "textSha256": text_hash(c.text), "note": note}


def export_annotations(library: Library, article_ids: Iterable[int] | None = None) -> dict[str, Any]:
    """The annotations of these articles (default: the whole library) as one AnnotationCollection.

    Articles with neither highlights nor an article note are left out."""
    ids = sorted(library.article_ids()) if article_ids is None else list(article_ids)
    labels = {label.color: label for label in library.annotations.labels()}
    items: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    for article_id in ids:
        article = library.get(article_id)
        highlights = library.annotations.for_article(article_id)
        note = library.annotations.article_note(article_id)
        if not highlights and not note.strip():
            continue
        articles.append(article_json(article, note))
        items.extend(annotation_json(article, h, labels) for h in highlights)
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": "Highlights and notes exported from Reader",
        "generator": {"type": "Software", "name": "Reader"},
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "total": len(items),
        "reader:format": FORMAT_VERSION,
        "reader:articles": articles,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def dumps(document: Mapping[str, Any] | list[Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_annotations(library: Library, path: Path | str, article_ids: Iterable[int] | None = None, *,
                      force: bool = False) -> Path:
    """Export to a .jsonld / .json file (atomically; an existing file only with force)."""
    return write_text(path, dumps(export_annotations(library, article_ids)), force=force)
