"""Reading W3C Web Annotation JSON into plain records, checking every value on the way.

Accepted: an AnnotationCollection (its embedded first page's items, or its items), an
AnnotationPage, one Annotation, or a list of Annotations; Reader's own export adds a list of the
articles (`reader:articles`: schema.org terms since format 2, plain keys in format 1). Anything
else, and any value of the wrong type, is a ReaderError naming the place: nothing is imported
from a file that is not understood.

An annotation is placed by its TextQuoteSelector or, lacking one, by its TextPositionSelector
(w3c_import.py decides whether the article's text is the one those positions were counted on).
One that has neither (a note on a whole page, a FragmentSelector of an image...) is not an error:
it is skipped, and the report names it by its number and id and says which selector it had.

Highlights have no tags of their own in the library: tagging bodies other than the label are
kept on the note's last line, `Tags: a, b` (`join_tags`), and exported from there (`note_tags`).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from reader.core.annotations import MAX_NOTE_CHARS
from reader.core.errors import MalformedAnnotations
from reader.core.models import HighlightStatus

STATUSES = tuple(HighlightStatus)
MAX_TEXT = 1_000_000  # characters in one quote, prefix, suffix or note
MAX_POSITION = 2**31 - 1
MAX_INPUT_BYTES = 200 * 1024 * 1024
TEXT_URN = "urn:reader:article:sha256:"  # an article without a web address: the SHA-256 of its text
_TEXT_URN = re.compile(re.escape(TEXT_URN) + r"([0-9a-f]{64})", re.IGNORECASE)
_TAGS_LINE = re.compile(r"(?:\A|\n\n)Tags: ([^\n]*\S[^\n]*)\Z")


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
    exact: str  # "" for an annotation with positions only
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    color: str  # Reader's colour key ("" from another tool)
    taggings: tuple[str, ...]  # the tagging bodies' values, in order (Reader's: the label's name first)
    note: str
    status: str
    created: str | None
    modified: str | None
    ident: str = ""  # the annotation's own id, if it has one

    @property
    def name(self) -> str:
        """How a message names it: its number in the file and its id."""
        return f"{self.where} (id {shown(self.ident, 60)})" if self.ident else self.where


@dataclass
class Parsed:
    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    annotations: list[Incoming] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def urn_text_hash(source: str) -> str:
    """The SHA-256 in Reader's `urn:reader:article:sha256:…` source ("" for any other source)."""
    match = _TEXT_URN.fullmatch(source)
    return match.group(1).lower() if match else ""


def shown(value: str, limit: int = 80) -> str:
    """A value from the file as a message shows it: one line, control characters escaped, cut short."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def note_tags(note: str) -> tuple[str, list[str]]:
    """The note without its last line `Tags: a, b` (after a blank line, or alone), and those tags."""
    match = _TAGS_LINE.search(note)
    if not match:
        return note, []
    try:
        tags = unique_tags(next(csv.reader([match.group(1)], skipinitialspace=True), []))
    except csv.Error:  # a line longer than the csv module reads: not a tag line
        return note, []
    return (note[: match.start()], tags) if tags else (note, [])


def join_tags(note: str, tags: Iterable[str]) -> str:
    """The note with a last line `Tags: a, b` (a tag holding a comma or a double quote is quoted, as in CSV)."""
    clean = unique_tags(tags)
    if not clean:
        return note
    cells = ['"' + t.replace('"', '""') + '"' if ("," in t or '"' in t) else t for t in clean]
    line = "Tags: " + ", ".join(cells)
    return f"{note}\n\n{line}" if note.strip() else line


def unique_tags(tags: Iterable[str]) -> list[str]:
    """Tags on one line each, blank ones dropped, each once (case folded)."""
    seen: set[str] = set()
    out = []
    for tag in tags:
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


def parse(data: str | bytes | dict[str, Any] | list[Any]) -> Parsed:
    """A whole document at once (a file of any size is read by w3c_stream.py, one annotation at a time)."""
    doc = _load(data) if isinstance(data, (str, bytes, bytearray)) else data
    parsed = Parsed()
    for incoming in checked_annotations(_list(header(doc, parsed.articles), "items")):
        if isinstance(incoming, str):
            parsed.skipped.append(incoming)
        else:
            parsed.annotations.append(incoming)
    return parsed


def header(doc: Any, articles: dict[str, ArticleRecord]) -> Any:
    """The document's annotations (not yet checked: `checked_annotations` does that), after checking what kind
    of document it is and reading its article records into `articles`."""
    if isinstance(doc, list):
        return doc
    if not isinstance(doc, dict):
        raise MalformedAnnotations("this is not a W3C annotation file: it holds no annotations")
    types = _types(doc, "the file")
    if "Annotation" in types:
        items: Any = [doc]
    elif "AnnotationCollection" in types or "AnnotationPage" in types:
        items = _items(doc)
    else:
        raise MalformedAnnotations(
            "this is not a W3C annotation file: expected an AnnotationCollection, "
            "an AnnotationPage, an Annotation or a list of them"
        )
    records = doc.get("reader:articles", [])
    records = [records] if isinstance(records, dict) else records  # one, as JSON-LD compaction writes it
    for index, record in enumerate(_list(records, "reader:articles")):
        article = _article(record, f"reader:articles item {index + 1}")
        articles[article.uri] = article
    return items


def checked_annotations(items: Iterable[Any], first: int = 1) -> Iterator[Incoming | str]:
    """Each annotation checked, in order (numbered from `first` in messages): an Incoming, or (one
    that cannot be placed) why it is skipped."""
    for number, item in enumerate(items, first):
        yield _annotation(item, f"annotation {number}")


def _load(data: str | bytes | bytearray) -> Any:
    if len(data) > MAX_INPUT_BYTES:
        raise MalformedAnnotations("the annotations file is too large to import (over 200 MB)")
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise MalformedAnnotations(
                "the annotations file is not UTF-8 text (byte {position})", position=exc.start
            ) from None
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise MalformedAnnotations(
            "the annotations file is not valid JSON: {problem} at line {line}, column {column}",
            problem=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise MalformedAnnotations("the annotations file is nested too deeply to be annotations") from None
    except ValueError as exc:  # e.g. a number with more digits than Python will read
        raise MalformedAnnotations("the annotations file is not valid JSON: {reason}", reason=exc) from None


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
        raise MalformedAnnotations("{where} is not an Annotation", where=where)
    ident = item.get("id", item.get("@id", ""))
    ident = ident if isinstance(ident, str) else ""  # only named in messages: any text will do
    found = _placeable_target(item.get("target"), where)
    if isinstance(found, str):
        return f"{where} (id {shown(ident, 60)}): {found}" if ident else f"{where}: {found}"
    target, selectors = found
    quote = next((s for s in selectors if "TextQuoteSelector" in _types(s, where)), None)
    exact = prefix = suffix = ""
    if quote is not None:
        exact = _string(quote.get("exact"), f"{where} TextQuoteSelector.exact")
        if not exact.strip():
            raise MalformedAnnotations("{where}: the quoted text is empty", where=where)
        prefix = _string(quote.get("prefix", ""), f"{where} TextQuoteSelector.prefix")
        suffix = _string(quote.get("suffix", ""), f"{where} TextQuoteSelector.suffix")
    start = end = None
    for selector in selectors:
        if "TextPositionSelector" in _types(selector, where):
            start, end = _span(selector, f"{where} TextPositionSelector")
    if start is None and quote is not None and target.get("reader:position") is not None:
        # Reader's record of where an orphan (or a moved highlight) was: not a selector
        start, end = _span(_dict(target["reader:position"], f"{where} reader:position"), f"{where} reader:position")
    note, taggings = _bodies(item, where)
    status = _string(item.get("reader:status", HighlightStatus.ANCHORED), f"{where} reader:status")
    if status not in STATUSES:
        raise MalformedAnnotations(
            "{where}: reader:status is {status!r}, not one of {choices}",
            where=where,
            status=status,
            choices=", ".join(STATUSES),
        )
    return Incoming(
        where=where,
        article_uri=_string(target.get("reader:article", ""), f"{where} target.reader:article"),
        source=_string(target.get("source", ""), f"{where} target.source"),
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=start,
        end=end,
        color=_string(item.get("reader:color", ""), f"{where} reader:color"),
        taggings=tuple(taggings),
        note=note,
        status=status,
        created=_time(item.get("created"), f"{where} created"),
        modified=_time(item.get("modified"), f"{where} modified"),
        ident=ident,
    )


def _span(selector: dict[str, Any], where: str) -> tuple[int, int]:
    start = _position(selector.get("start"), f"{where}.start")
    end = _position(selector.get("end"), f"{where}.end")
    if end <= start:
        raise MalformedAnnotations("{where} ends before it starts", where=where)
    return start, end


def _placeable_target(target: Any, where: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | str:
    """The first target with a TextQuoteSelector, else the first with a TextPositionSelector, with its
    selectors; or why there is none (what the skipped annotation had instead)."""
    candidates = target if isinstance(target, list) else [target]
    by_position = None
    pages: list[str] = []
    others: list[str] = []
    for candidate in candidates:
        if candidate is None:
            continue
        if isinstance(candidate, str):
            pages.append(candidate)
            continue
        candidate = _dict(candidate, f"{where} target")
        raw = candidate.get("selector")
        selectors = []
        for selector in raw if isinstance(raw, list) else [raw]:
            if isinstance(selector, dict):
                selectors.append(selector)
                kinds = _types(selector, f"{where} selector")
                if not {"TextQuoteSelector", "TextPositionSelector"} & set(kinds):
                    others.extend(kinds or ["a selector of no type"])
            elif isinstance(selector, str):
                others.append("a selector given by link")
        if any("TextQuoteSelector" in _types(s, where) for s in selectors):
            return candidate, selectors
        if by_position is None and any("TextPositionSelector" in _types(s, where) for s in selectors):
            by_position = (candidate, selectors)
        if raw is None:
            source = candidate.get("source", candidate.get("id", ""))
            pages.append(source if isinstance(source, str) else "")
    if by_position is not None:
        return by_position
    if others:
        listed = ", ".join(dict.fromkeys(shown(k, 40) for k in others))
        return (
            f"its target has no TextQuoteSelector or TextPositionSelector, only {listed}, which Reader "
            "cannot place on an article's text"
        )
    if pages:
        page = next((p for p in pages if p), "")
        return (
            "its target has no selector: it is on the whole of "
            + (shown(page) if page else "a resource")
            + ", not on words"
        )
    return "it has no target"


def _bodies(item: dict[str, Any], where: str) -> tuple[str, list[str]]:
    notes: list[str] = []
    taggings: list[str] = []
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
            taggings.append(value)
        else:
            notes.append(value)
    note = "\n\n".join(n for n in notes if n.strip())
    if len(note) > MAX_NOTE_CHARS:
        raise MalformedAnnotations(
            "{where}: the note is longer than {limit:,} characters", where=where, limit=MAX_NOTE_CHARS
        )
    if len(note) + sum(len(t) + 4 for t in taggings) + 8 > MAX_NOTE_CHARS:  # the tags go on its last line
        raise MalformedAnnotations(
            "{where}: the note with its tags is longer than {limit:,} characters",
            where=where,
            limit=MAX_NOTE_CHARS,
        )
    return note, taggings


def _article(record: Any, where: str) -> ArticleRecord:
    """An article record: format 2's schema.org and reader: terms, or format 1's plain keys."""
    record = _dict(record, where)
    uri = _string(record.get("id"), f"{where} id")
    if not uri:
        raise MalformedAnnotations("{where} has no id", where=where)

    def text(*keys: str) -> str:
        for key in keys:
            if key in record:
                return _string(record[key], f"{where} {key}")
        return ""

    return ArticleRecord(
        uri=uri,
        url=text("schema:url", "url"),
        source=text("reader:source", "source"),
        title=text("schema:headline", "title"),
        text_hash=text("reader:textSha256", "textSha256"),
        note=_note(text("reader:note", "note"), f"{where} note"),
    )


def _note(value: Any, where: str) -> str:
    note = _string(value, where)
    if len(note) > MAX_NOTE_CHARS:
        raise MalformedAnnotations("{where} is longer than {limit:,} characters", where=where, limit=MAX_NOTE_CHARS)
    return note


def _types(obj: dict[str, Any], where: str) -> list[str]:
    value = obj.get("type", obj.get("@type", []))
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in values):
        raise MalformedAnnotations("{where}: 'type' must be a string or a list of strings", where=where)
    return values


def _dict(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedAnnotations("{where} must be a JSON object", where=where)
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise MalformedAnnotations("{where} must be a JSON list", where=where)
    return value


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise MalformedAnnotations("{where} must be text", where=where)
    if len(value) > MAX_TEXT:
        raise MalformedAnnotations("{where} is too long", where=where)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise MalformedAnnotations("{where} holds a broken character (a lone surrogate)", where=where) from None
    return value.replace("\x00", "")


def _position(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POSITION:
        raise MalformedAnnotations("{where} must be a whole number from 0 to {limit}", where=where, limit=MAX_POSITION)
    return value


def _time(value: Any, where: str) -> str | None:
    """A W3C timestamp as the library keeps them: UTC, ISO 8601, to the second."""
    if value is None:
        return None
    text = _string(value, where)
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise MalformedAnnotations("{where} is not a date and time: {value!r}", where=where, value=text[:40]) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC).isoformat(timespec="seconds")
    except (OverflowError, ValueError):
        raise MalformedAnnotations("{where} is out of range: {value!r}", where=where, value=text[:40]) from None
