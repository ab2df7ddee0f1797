"""Reading W3C Web Annotation JSON into plain records, checking every value on the way.

Accepted: an AnnotationCollection (its embedded first page's items, or its items), an
AnnotationPage, one Annotation, or a list of Annotations; Reader's own export adds a list of the
articles (`reader:articles`). Anything else, and any value of the wrong type, is a ReaderError
naming the place: nothing is imported from a file that is not understood. An annotation without
a text quote (a note on a whole page, say) is not an error: it is skipped and reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from reader.core.annotations import MAX_NOTE_CHARS
from reader.core.errors import ReaderError

STATUSES = ("anchored", "moved", "orphaned")
MAX_TEXT = 1_000_000  # characters in one quote, prefix, suffix or note
MAX_POSITION = 2**31 - 1
MAX_INPUT_BYTES = 200 * 1024 * 1024


class MalformedAnnotations(ReaderError):
    """The annotations file is not JSON, or not W3C Web Annotations Reader understands."""


@dataclass(frozen=True)
class ArticleRecord:
    uri: str
    url: str = ""
    source: str = ""
    title: str = ""
    text_hash: str = ""
    note: str = ""


@dataclass(frozen=True)
class Incoming:
    """One annotation to import, checked."""

    where: str  # "annotation 3", for messages
    article_uri: str  # Reader's article id URI, or "" for another tool's annotation
    source: str  # the target's source (a URL, usually)
    exact: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    color: str
    label: str
    note: str
    status: str
    created: str | None
    modified: str | None


@dataclass
class Parsed:
    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    annotations: list[Incoming] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def parse(data: str | bytes | dict[str, Any] | list[Any]) -> Parsed:
    doc = _load(data) if isinstance(data, (str, bytes, bytearray)) else data
    parsed = Parsed()
    items: Any
    if isinstance(doc, list):
        items = doc
    elif isinstance(doc, dict):
        types = _types(doc, "the file")
        if "Annotation" in types:
            items = [doc]
        elif "AnnotationCollection" in types or "AnnotationPage" in types:
            items = _items(doc)
        else:
            raise MalformedAnnotations("this is not a W3C annotation file: expected an AnnotationCollection, "
                                       "an AnnotationPage, an Annotation or a list of them")
        for index, record in enumerate(_list(doc.get("reader:articles", []), "reader:articles")):
            article = _article(record, f"reader:articles item {index + 1}")
            parsed.articles[article.uri] = article
    else:
        raise MalformedAnnotations("this is not a W3C annotation file: it holds no annotations")
    for index, item in enumerate(_list(items, "items")):
        incoming = _annotation(item, f"annotation {index + 1}")
        if isinstance(incoming, str):
            parsed.skipped.append(incoming)
        else:
            parsed.annotations.append(incoming)
    return parsed


def _load(data: str | bytes | bytearray) -> Any:
    if len(data) > MAX_INPUT_BYTES:
        raise MalformedAnnotations("the annotations file is too large to import (over 200 MB)")
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise MalformedAnnotations(f"the annotations file is not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise MalformedAnnotations(f"the annotations file is not valid JSON: {exc.msg} at line {exc.lineno}, "
                                   f"column {exc.colno}") from None
    except RecursionError:
        raise MalformedAnnotations("the annotations file is nested too deeply to be annotations") from None
    except ValueError as exc:  # e.g. a number with more digits than Python will read
        raise MalformedAnnotations(f"the annotations file is not valid JSON: {exc}") from None


def _items(doc: dict[str, Any]) -> Any:
    if "items" in doc:
        return doc["items"]
    first = doc.get("first")
    if first is None:
        return []
    if isinstance(first, dict):
        if "items" not in first:
            raise MalformedAnnotations("the collection's first page has no items")
        if first.get("next") is not None:
            raise MalformedAnnotations("the collection continues on pages that are not in this file")
        return first["items"]
    raise MalformedAnnotations("the collection's annotations are not in this file (its first page is a link)")


def _annotation(item: Any, where: str) -> Incoming | str:
    item = _dict(item, where)
    if "Annotation" not in _types(item, where):
        raise MalformedAnnotations(f"{where} is not an Annotation")
    target = _quote_target(item.get("target"), where)
    if target is None:
        return f"{where}: no quoted text to place (a note on a whole page?)"
    selectors = target.get("selector")
    selectors = _list(selectors, f"{where} target.selector") if isinstance(selectors, list) else [selectors]
    quote = next(s for s in selectors if isinstance(s, dict) and "TextQuoteSelector" in _types(s, where))
    exact = _string(quote.get("exact"), f"{where} TextQuoteSelector.exact")
    if not exact.strip():
        raise MalformedAnnotations(f"{where}: the quoted text is empty")
    start = end = None
    for selector in selectors:
        if isinstance(selector, dict) and "TextPositionSelector" in _types(selector, where):
            start = _position(selector.get("start"), f"{where} TextPositionSelector.start")
            end = _position(selector.get("end"), f"{where} TextPositionSelector.end")
            if end <= start:
                raise MalformedAnnotations(f"{where}: TextPositionSelector ends before it starts")
    note, label = _bodies(item, where)
    status = _string(item.get("reader:status", "anchored"), f"{where} reader:status")
    if status not in STATUSES:
        raise MalformedAnnotations(f"{where}: reader:status is {status!r}, not one of {', '.join(STATUSES)}")
    return Incoming(
        where=where,
        article_uri=_string(target.get("reader:article", ""), f"{where} target.reader:article"),
        source=_string(target.get("source", ""), f"{where} target.source"),
        exact=exact,
        prefix=_string(quote.get("prefix", ""), f"{where} TextQuoteSelector.prefix"),
        suffix=_string(quote.get("suffix", ""), f"{where} TextQuoteSelector.suffix"),
        start=start, end=end,
        color=_string(item.get("reader:color", ""), f"{where} reader:color"),
        label=label, note=note, status=status,
        created=_time(item.get("created"), f"{where} created"),
        modified=_time(item.get("modified"), f"{where} modified"),
    )


def _quote_target(target: Any, where: str) -> dict[str, Any] | None:
    """The first target that carries a TextQuoteSelector (None if there is none)."""
    candidates = target if isinstance(target, list) else [target]
    for candidate in candidates:
        if isinstance(candidate, str):
            continue
        candidate = _dict(candidate, f"{where} target")
        selectors = candidate.get("selector")
        for selector in selectors if isinstance(selectors, list) else [selectors]:
            if isinstance(selector, dict) and "TextQuoteSelector" in _types(selector, f"{where} selector"):
                return candidate
    return None


def _bodies(item: dict[str, Any], where: str) -> tuple[str, str]:
    notes, label = [], ""
    if "bodyValue" in item:
        notes.append(_string(item["bodyValue"], f"{where} bodyValue"))
    bodies = item.get("body", [])
    for body in bodies if isinstance(bodies, list) else [bodies]:
        if body is None or isinstance(body, str):  # absent, or a link to a body elsewhere
            continue
        body = _dict(body, f"{where} body")
        if "value" not in body:
            continue
        value = _string(body["value"], f"{where} body value")
        purpose = body.get("purpose", "commenting")
        purposes = purpose if isinstance(purpose, list) else [purpose]
        if "tagging" in purposes:
            label = label or value
        else:
            notes.append(value)
    note = "\n\n".join(n for n in notes if n.strip())
    if len(note) > MAX_NOTE_CHARS:
        raise MalformedAnnotations(f"{where}: the note is longer than {MAX_NOTE_CHARS:,} characters")
    return note, label


def _article(record: Any, where: str) -> ArticleRecord:
    record = _dict(record, where)
    uri = _string(record.get("id"), f"{where} id")
    if not uri:
        raise MalformedAnnotations(f"{where} has no id")
    return ArticleRecord(uri=uri, url=_string(record.get("url", ""), f"{where} url"),
                         source=_string(record.get("source", ""), f"{where} source"),
                         title=_string(record.get("title", ""), f"{where} title"),
                         text_hash=_string(record.get("textSha256", ""), f"{where} textSha256"),
                         note=_note(record.get("note", ""), f"{where} note"))


def _note(value: Any, where: str) -> str:
    note = _string(value, where)
    if len(note) > MAX_NOTE_CHARS:
        raise MalformedAnnotations(f"{where} is longer than {MAX_NOTE_CHARS:,} characters")
    return note


def _types(obj: dict[str, Any], where: str) -> list[str]:
    value = obj.get("type", obj.get("@type", []))
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in values):
        raise MalformedAnnotations(f"{where}: 'type' must be a string or a list of strings")
    return values


def _dict(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedAnnotations(f"{where} must be a JSON object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise MalformedAnnotations(f"{where} must be a JSON list")
    return value


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise MalformedAnnotations(f"{where} must be text")
    if len(value) > MAX_TEXT:
        raise MalformedAnnotations(f"{where} is too long")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise MalformedAnnotations(f"{where} holds a broken character (a lone surrogate)") from None
    return value.replace("\x00", "")


def _position(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POSITION:
        raise MalformedAnnotations(f"{where} must be a whole number from 0 to {MAX_POSITION}")
    return value


def _time(value: Any, where: str) -> str | None:
    """A W3C timestamp as the library keeps them: UTC, ISO 8601, to the second."""
    if value is None:
        return None
    text = _string(value, where)
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise MalformedAnnotations(f"{where} is not a date and time: {text[:40]!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        return moment.astimezone(timezone.utc).isoformat(timespec="seconds")
    except (OverflowError, ValueError):
        raise MalformedAnnotations(f"{where} is out of range: {text[:40]!r}") from None
