"""Reading a W3C annotation file of any size one annotation at a time (w3c_parse.py checks each one).

`json.loads` of a million annotations holds the whole document in memory several times over. Here
only the outer structure is walked by hand — the top-level object or list, the `items` list, and the
`items` of the top-level `first` page — and every value inside it (one annotation, the article
records, a header field) is read by the standard library's own decoder (`raw_decode`) as soon as it
is complete. So a huge file needs the memory of one annotation, and a number too long to read,
nesting too deep and bytes that are not UTF-8 meet the same guards as in a small file.

`AnnotationFile` reads a file twice: once to check all of it (nothing is imported from a file that
is not understood) and count its annotations, then once to hand them over one by one.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from reader.core.annotation_import.parse import ArticleRecord, Incoming, checked_annotations, header
from reader.core.errors import MalformedAnnotations
from reader.core.importers.sources import open_file

CHUNK = 1 << 18  # bytes read at a time
MAX_VALUE = 256 * 1024 * 1024  # characters in one annotation or one header value
Progress = Callable[[int, int], None]  # (bytes read, file size): may raise to stop
_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_ITEMS = ((), ("first",))  # the objects whose `items` list is read one annotation at a time


class _Streamed(list):  # type: ignore[type-arg]
    """Stands, in the header, for an `items` list that is read one annotation at a time."""


class _Text:
    """The file's text, decoded as it is needed; `buf[pos:]` is what has not been read yet."""

    def __init__(self, stream: BinaryIO, size: int, progress: Progress | None) -> None:
        self.stream, self.size, self.progress = stream, size, progress
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf, self.pos, self.eof = "", 0, False
        self.read_bytes = 0
        self.lines = 0  # newlines in the text already let go, for messages

    def more(self, size: int = CHUNK) -> bool:
        if self.eof:
            return False
        data = self.stream.read(size)
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise MalformedAnnotations(
                "the annotations file is not UTF-8 text (byte {value})", value=self.read_bytes + exc.start
            ) from None
        if self.read_bytes == 0 and text.startswith("\ufeff"):
            text = text[1:]  # a byte-order mark, as some editors write
        self.read_bytes += len(data)
        self.eof = not data
        if self.pos > CHUNK:  # let go of what was read
            self.lines += self.buf.count("\n", 0, self.pos)
            self.buf, self.pos = self.buf[self.pos :], 0
        self.buf += text
        if self.progress is not None:
            self.progress(self.read_bytes, self.size)
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file)."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def expect(self, allowed: str) -> str:
        char = self.peek()
        if not char or char not in allowed:
            found = "the end of the file" if not char else repr(char)
            raise self.error(f"expected {' or '.join(repr(c) for c in allowed)}, found {found}", self.pos)
        self.pos += 1
        return char

    def value(self) -> Any:
        """The next whole JSON value."""
        self.peek()
        size = CHUNK
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.more(size):  # perhaps only cut off at the end of what was read so far
                    size = min(size * 2, 256 * CHUNK)
                    if len(self.buf) - self.pos > MAX_VALUE:
                        raise MalformedAnnotations(
                            "the annotations file holds one value larger than {value} MB",
                            value=MAX_VALUE // (1024 * 1024),
                        ) from None
                    continue
                raise self.error(exc.msg, exc.pos) from None
            except RecursionError:
                raise MalformedAnnotations("the annotations file is nested too deeply to be annotations") from None
            except ValueError as exc:  # e.g. a number with more digits than Python will read
                raise MalformedAnnotations("the annotations file is not valid JSON: {reason}", reason=exc) from None
            if end == len(self.buf) and self.more():
                continue  # a number (or true, false, null) may go on in the next part of the file
            self.pos = end
            return value

    def error(self, msg: str, pos: int) -> MalformedAnnotations:
        line = self.lines + self.buf.count("\n", 0, pos) + 1
        return MalformedAnnotations("the annotations file is not valid JSON: {msg} at line {line}", msg=msg, line=line)


def _walk(text: _Text) -> Iterator[tuple[tuple[str | None, ...], Any]]:
    """Every value of the document as (where, value): each item of a streamed `items` list as
    (…, "items", None), every other member of the top-level object (and of `first`) whole."""
    char = text.peek()
    if char == "[":
        yield from _array(text, ())
    elif char == "{":
        yield from _object(text, ())
    else:
        yield (), text.value()
    if text.peek():
        raise text.error("extra data after the document", text.pos)


def _object(text: _Text, path: tuple[str, ...]) -> Iterator[tuple[tuple[str | None, ...], Any]]:
    text.expect("{")
    yield path, {}
    if text.peek() == "}":
        text.pos += 1
        return
    while True:
        if text.peek() != '"':
            raise text.error("expected a member's name in double quotes", text.pos)
        key = text.value()
        text.expect(":")
        if key == "items" and path in _ITEMS and text.peek() == "[":
            yield from _array(text, (*path, "items"))
        elif key == "first" and path == () and text.peek() == "{":
            yield from _object(text, ("first",))
        else:
            yield (*path, key), text.value()
        if text.expect(",}") == "}":
            return


def _array(text: _Text, path: tuple[str, ...]) -> Iterator[tuple[tuple[str | None, ...], Any]]:
    text.expect("[")
    yield path, _Streamed()
    if text.peek() == "]":
        text.pos += 1
        return
    while True:
        yield (*path, None), text.value()  # None: an item, never a name
        if text.expect(",]") == "]":
            return


class AnnotationFile:
    """A W3C annotation file, checked whole when made; iterating it gives its annotations one at a time."""

    def __init__(self, path: Path, progress: Progress | None = None) -> None:
        self.path = Path(path)
        self.articles: dict[str, ArticleRecord] = {}
        self.skipped: list[str] = []
        self.count = 0  # annotations to place (not counting the skipped)
        doc: Any = None
        streamed = 0  # items read one at a time (the annotations, unless the header says otherwise)
        skipped: list[str] = []  # why some of them cannot be placed
        first_error: MalformedAnnotations | None = None
        with open_file(self.path) as stream:
            for where, value in _walk(_Text(stream, self._size(stream), progress)):
                if where and where[-1] is not None:
                    doc = _place(doc, where, value)
                elif not where:
                    doc = value
                elif first_error is None:  # checked now; whether these are the annotations, below
                    streamed += 1
                    try:
                        checked = next(checked_annotations([value], first=streamed))
                    except MalformedAnnotations as exc:
                        first_error = exc
                        continue
                    if isinstance(checked, str):
                        skipped.append(checked)
        found = header(doc, self.articles)
        self._where: tuple[str | None, ...] | None = None
        self._list: list[Any] = []
        if isinstance(found, _Streamed):
            if first_error is not None:
                raise first_error
            self._where = (*_path_of(doc, found), None)
            self.skipped = skipped
            self.count = streamed - len(skipped)
        else:  # one annotation: small, and in memory
            if not isinstance(found, list):
                raise MalformedAnnotations("items must be a JSON list")
            self._list = found
            checked_all = list(checked_annotations(self._list))
            self.skipped = [entry for entry in checked_all if isinstance(entry, str)]
            self.count = len(checked_all) - len(self.skipped)

    @staticmethod
    def _size(stream: BinaryIO) -> int:
        import os

        return os.fstat(stream.fileno()).st_size

    def __iter__(self) -> Iterator[Incoming]:
        if self._where is None:
            items: Any = self._list
        else:
            items = self._items()
        for incoming in checked_annotations(items):
            if not isinstance(incoming, str):
                yield incoming

    def _items(self) -> Iterator[Any]:
        with open_file(self.path) as stream:
            for where, value in _walk(_Text(stream, self._size(stream), None)):
                if where == self._where:
                    yield value


def _place(doc: Any, where: tuple[str | None, ...], value: Any) -> Any:
    """The header built up from the walk's values (a streamed list stays an empty `_Streamed`)."""
    parent = doc
    for key in where[:-1]:
        parent = parent[key]
    parent[where[-1]] = value
    return doc


def _path_of(doc: Any, found: _Streamed) -> tuple[str, ...]:
    if doc is found:
        return ()
    if doc.get("items") is found:
        return ("items",)
    return ("first", "items")
