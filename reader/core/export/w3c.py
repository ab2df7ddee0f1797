"""Highlights and notes as W3C Web Annotations (JSON-LD), and importing them back.

Export: one `AnnotationCollection` (with an `id`) whose embedded first page (an `AnnotationPage`,
with an `id` of its own) holds one `Annotation` per highlight. Its target's `source` is the
article's web address, or for an article without one `urn:reader:article:sha256:<hash of its
text>`: never a path on this computer. The target selects the words with a TextQuoteSelector and,
only when the positions select exactly those words, a TextPositionSelector; an orphaned highlight
(and a moved one whose words differ from the quote) keeps its positions in `reader:position`,
which no tool reads as a selector. The bodies are the note (Markdown, purpose "commenting"), the
label's name and the highlight's tags (purpose "tagging"; tags live on the note's last line,
`Tags: a, b`, see `note_tags`).

Reader's own terms are defined in an extension context (`EXTENSION_CONTEXT`, inline, after the
Web Annotation context), each an IRI in Reader's own `reader:` scheme, so a JSON-LD processor
expands them instead of dropping them: the colour key, the anchoring status, the format version
and `reader:articles`, one record per article in schema.org terms (headline, url, publisher,
datePublished, inLanguage, author/editor/contributor) plus the SHA-256 of its text and its
article note, which find each article again on import.

Import (reader.core.annotation_import): `import_annotations` checks the whole file first and
stores nothing from a file it does not understand; it reads this form and the one before it
(format 1: plain keys, `reader:` keys without a context). `import_annotations_file` does the
same for a file of any size, one annotation at a time (annotation_import/stream.py).
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.core.annotation_import.parse import TEXT_URN, join_tags, note_tags
from reader.core.export.safe_write import write_text
from reader.core.library import Library
from reader.core.links import article_link
from reader.core.models import Article, Highlight, HighlightStatus, Label, page_span
from reader.core.stamps import text_hash

RFC_3778 = "http://tools.ietf.org/rfc/rfc3778"  # fragment identifiers of PDF documents: page=N
log = logging.getLogger(__name__)

__all__ = [
    "CONTEXT",
    "CONTEXTS",
    "EXTENSION_CONTEXT",
    "VOCAB",
    "annotation_json",
    "article_json",
    "article_uri",
    "dumps",
    "export_annotations",
    "highlight_uri",
    "join_tags",
    "note_tags",
    "source_iri",
    "w3c_time",
    "write_annotations",
]

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCAB = "reader:"  # Reader's own URI scheme, as in its reader://article/ID links
FORMAT_VERSION = 2
_TERMS = ("format", "articles", "color", "status", "position", "textSha256", "note", "role", "page")
_LINKS = ("article", "source")

# Reader's terms, each defined with its IRI in Reader's own `reader:` scheme, so that a JSON-LD
# processor expands every one of them (and the article records' schema.org terms: the Web Annotation
# context names "schema:"). Nothing here redefines a term of the Web Annotation context (the model
# forbids that). Not a "reader" prefix: the processors (pyld, jsonld.js) refuse to compact a
# document whose reader://article/ID links could then be read as compact IRIs.
EXTENSION_CONTEXT: dict[str, Any] = {
    **{f"reader:{term}": {"@id": f"reader:{term}"} for term in _TERMS},
    **{f"reader:{term}": {"@id": f"reader:{term}", "@type": "@id"} for term in _LINKS},
    "schema:url": {"@id": "schema:url", "@type": "@id"},
}
CONTEXTS: list[Any] = [CONTEXT, EXTENSION_CONTEXT]

_WEB = re.compile(r"https?://[^\s]+", re.IGNORECASE)
_ROLES = {"author": "schema:author", "reporter": "schema:author", "editor": "schema:editor"}
_KINDS = {"person": "schema:Person", "organization": "schema:Organization"}  # Author.kind; "" says nothing


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
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_web_address(value: str) -> bool:
    return bool(_WEB.fullmatch(value or ""))


def source_iri(article: Article, digest: str | None = None) -> str:
    """What an annotation's target is: the article's web address, or a URN made of its text's hash."""
    if is_web_address(article.content.url):
        return article.content.url
    return TEXT_URN + (digest if digest is not None else text_hash(article.content.text))


# -- export ---------------------------------------------------------------------------------------


def annotation_json(
    article: Article, h: Highlight, labels: Mapping[str, Label], *, text: str | None = None, source: str | None = None
) -> dict[str, Any]:
    """One highlight as a W3C Annotation (`text` and `source`: the article's, when already at hand)."""
    text = article.content.text if text is None else text
    comment, tags = note_tags(h.note)
    bodies: list[dict[str, Any]] = []
    if comment.strip():
        bodies.append({"type": "TextualBody", "value": comment, "format": "text/markdown", "purpose": "commenting"})
    label = labels.get(h.color)
    label_name = label.name if label else h.color
    bodies.append({"type": "TextualBody", "value": label_name, "purpose": "tagging"})
    bodies.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in tags)
    target: dict[str, Any] = {
        "source": source or source_iri(article),
        "reader:article": article_uri(article.id),
        "selector": [{"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix, "suffix": h.suffix}],
    }
    on_its_words = (
        h.status != HighlightStatus.ORPHANED and 0 <= h.start < h.end <= len(text) and text[h.start : h.end] == h.exact
    )
    if on_its_words:
        target["selector"].append({"type": "TextPositionSelector", "start": h.start, "end": h.end})
        if article.content.pages:  # a PDF's page, as RFC 3778 counts them (from 1), and as printed
            starts = [p.offset for p in article.content.pages]
            physical = max(1, bisect_right(starts, h.start))
            target["selector"].append({"type": "FragmentSelector", "conformsTo": RFC_3778, "value": f"page={physical}"})
            target["reader:page"] = page_span(article.content.pages, h.start, h.end)
    else:  # these positions do not select the quoted words: not a selector, only Reader's record
        target["reader:position"] = {"start": h.start, "end": h.end}
    annotation = {
        "@context": CONTEXT,
        "id": highlight_uri(article.id, h.id),
        "type": "Annotation",
        "motivation": "highlighting",
        "created": w3c_time(h.created_at),
        "modified": w3c_time(h.updated_at or h.created_at),
        "body": bodies,
        "target": target,
        "reader:color": h.color,
        "reader:status": h.status,
    }
    if h.creator:  # a team library's: who made it
        annotation["creator"] = {"type": "Person", "name": h.creator}
    return annotation


def article_json(article: Article, note: str, *, digest: str | None = None) -> dict[str, Any]:
    """What finds an article again on import, in schema.org terms, and its article note."""
    c = article.content
    record: dict[str, Any] = {"id": article_uri(article.id), "type": "schema:Article", "schema:headline": c.title}
    if is_web_address(c.url):
        record["schema:url"] = c.url
    if is_web_address(article.source) and article.source != c.url:
        record["reader:source"] = article.source  # a file's path never leaves the computer
    if c.site_name:
        record["schema:publisher"] = {"type": "schema:Organization", "schema:name": c.site_name}
    if c.published:
        record["schema:datePublished"] = c.published
    if c.language:
        record["schema:inLanguage"] = c.language
    for author in c.authors:
        person: dict[str, Any] = {"schema:name": author.name, "reader:role": author.role}
        kind = _KINDS.get(getattr(author, "kind", ""))
        if kind:
            person = {"type": kind, **person}
        if getattr(author, "job_title", ""):
            person["schema:jobTitle"] = author.job_title
        record.setdefault(_ROLES.get(author.role, "schema:contributor"), []).append(person)
    record["reader:textSha256"] = digest if digest is not None else text_hash(c.text)
    if note.strip():
        record["reader:note"] = note
    return record


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
        text = article.content.text
        digest = text_hash(text)
        source = source_iri(article, digest)
        articles.append(article_json(article, note, digest=digest))
        items.extend(annotation_json(article, h, labels, text=text, source=source) for h in highlights)
    collection = f"urn:uuid:{uuid.uuid4()}"
    return {
        "@context": [CONTEXT, dict(EXTENSION_CONTEXT)],
        "id": collection,
        "type": "AnnotationCollection",
        "label": "Highlights and notes exported from Reader",
        "generator": {"type": "Software", "name": "Reader"},
        "generated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "total": len(items),
        "reader:format": FORMAT_VERSION,
        "reader:articles": articles,
        "first": {
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": "AnnotationPage",
            "partOf": collection,
            "startIndex": 0,
            "items": items,
        },
    }


def dumps(document: Mapping[str, Any] | list[Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_annotations(
    library: Library, path: Path | str, article_ids: Iterable[int] | None = None, *, force: bool = False
) -> Path:
    """Export to a .jsonld / .json file (atomically; an existing file only with force)."""
    return write_text(path, dumps(export_annotations(library, article_ids)), force=force)
