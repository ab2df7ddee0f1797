"""A W3C annotation file of any size is read one annotation at a time (issue 13, item 6): the same
records as reading it whole, the same clear messages for a damaged file, and memory that does not
grow with the file."""

from __future__ import annotations

import gc
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from reader.core import annotation_import
from reader.core.annotation_import import stream as w3c_stream
from reader.core.annotation_import.parse import parse
from reader.core.annotation_import.stream import AnnotationFile
from reader.core.errors import MalformedAnnotations, UnreadableInput
from reader.core.library import Library

TEXT = (
    "Tide tables\n\nThe spring tide reached the harbour wall at dawn, and the ferry waited offshore until "
    "the water fell.\n\nFishermen moved their boats to the inner basin before noon.\n"
)


def _annotation(n: int, exact: str, **extra) -> dict:
    return {
        "id": f"urn:x:{n}",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": f"note {n} é"},
        "target": {"source": "https://example.org/tides", "selector": {"type": "TextQuoteSelector", "exact": exact}},
        **extra,
    }


ITEMS = [
    _annotation(1, "spring tide"),
    _annotation(2, "harbour wall", created="2026-01-02T03:04:05Z"),
    {"id": "urn:x:3", "type": "Annotation", "target": "https://example.org/tides"},  # a whole page: skipped
    _annotation(4, "inner basin"),
]
RECORDS = [{"id": "urn:reader:article:1", "schema:headline": "Tide tables", "schema:url": "https://example.org/tides"}]

SHAPES = {
    "collection with its first page": {
        "type": "AnnotationCollection",
        "reader:articles": RECORDS,
        "first": {"type": "AnnotationPage", "items": ITEMS},
    },
    "articles after the items": {
        "first": {"items": ITEMS, "type": "AnnotationPage"},
        "reader:articles": RECORDS,
        "type": "AnnotationCollection",
    },
    "page": {"type": "AnnotationPage", "items": ITEMS},
    "list": ITEMS,
    "one annotation": _annotation(9, "ferry"),
    "empty collection": {"type": "AnnotationCollection"},
}


def _write(tmp_path: Path, doc, *, indent=None, name="a.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=indent), encoding="utf-8")
    return path


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("chunk", [w3c_stream.CHUNK, 7])  # 7 bytes: every value, number and letter cut across reads
def test_streaming_gives_what_reading_whole_gives(tmp_path: Path, monkeypatch, shape: str, chunk: int) -> None:
    monkeypatch.setattr(w3c_stream, "CHUNK", chunk)
    doc = SHAPES[shape]
    path = _write(tmp_path, doc, indent=1)
    whole = parse(path.read_bytes())
    streamed = AnnotationFile(path)
    assert list(streamed) == whole.annotations
    assert list(streamed) == whole.annotations  # it can be read again
    assert streamed.skipped == whole.skipped and streamed.articles == whole.articles
    assert streamed.count == len(whole.annotations)
    if shape not in ("one annotation", "empty collection"):
        assert [a.ident for a in streamed] == ["urn:x:1", "urn:x:2", "urn:x:4"]
        assert streamed.skipped[0].startswith("annotation 3 (id urn:x:3)")


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'[{"type": "Annotation", "n": ' + b"9" * 5000 + b"}]", "not valid JSON"),
        (b'{"type": "AnnotationPage", "items": [{"type": "Annotation", "id": "\xff"}]}', r"not UTF-8 text \(byte 67\)"),
        (b'{"type": "AnnotationPage", "items": [{"type": "Annotation"}', "not valid JSON"),
        (b'{"type": "AnnotationPage", "items": []} {}', "extra data"),
        (b'{"type": "AnnotationPage",\n "items": [1, 2,]}', "line 2"),
        (b'{"type": "AnnotationPage", "items": 5}', "items must be a JSON list"),
        (b'{"type": "Book", "items": []}', "not a W3C annotation file"),
        (b"", "not valid JSON"),
        (b'"just text"', "holds no annotations"),
    ],
)
def test_a_damaged_file_is_one_clear_message(tmp_path: Path, raw: bytes, said: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(MalformedAnnotations, match=said):
        AnnotationFile(path)


def test_a_byte_order_mark_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(ITEMS).encode())
    assert AnnotationFile(path).count == 3


def test_a_bad_annotation_at_the_end_stops_the_import_before_anything_is_stored(tmp_path: Path) -> None:
    items = [*ITEMS, {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": 5}}}]
    path = _write(tmp_path, {"type": "AnnotationPage", "items": items})
    with Library.open(tmp_path / "lib.sqlite3") as library:
        article = library.import_bytes(TEXT.encode(), "tides.txt", source="https://example.org/tides")
        with pytest.raises(MalformedAnnotations, match="annotation 5 TextQuoteSelector.exact must be text"):
            annotation_import.import_annotations_file(library, path)
        assert library.annotations.for_article(article.id) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableInput, match="not a regular file"):
        AnnotationFile(fifo)


def _big_file(tmp_path: Path, library: Library, count: int) -> Path:
    """`count` annotations, each with a long note, on 40 articles of distinct words."""
    items = []
    for n in range(count):
        a, i = n % 40, n // 40
        items.append(
            {
                "id": f"urn:x:{n}",
                "type": "Annotation",
                "body": {"type": "TextualBody", "value": f"Comment {n}: " + "why this matters " * 120},
                "target": {
                    "source": f"https://example.org/r{a}",
                    "selector": {"type": "TextQuoteSelector", "exact": f"w{a}x{i} w{a}x{i + 1}"},
                },
            }
        )
    return _write(tmp_path, {"type": "AnnotationPage", "items": items}, indent=2, name=f"{count}.json")


def test_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    """Reading a file whole holds several times its size; the streamed import's peak is about the same
    for a file five times larger (it keeps only a digest of each highlight stored, and a few texts)."""
    import rapidfuzz.distance  # noqa: F401 - loaded by the first fuzzy placing: not the import's growth
    import rapidfuzz.fuzz  # noqa: F401

    peaks, sizes = [], []
    for count in (600, 600, 3000):  # the first only loads the modules an import uses
        with Library.open(tmp_path / f"lib{len(peaks)}.sqlite3") as library:
            for a in range(40):
                words = [f"w{a}x{i}" for i in range(200)]
                text = f"Report {a}\n\n" + "\n\n".join(" ".join(words[i : i + 50]) + "." for i in range(0, 200, 50))
                library.import_bytes(text.encode(), f"r{a}.txt", url=f"https://example.org/r{a}")
            path = _big_file(tmp_path, library, count)
            gc.collect()
            tracemalloc.start()
            try:
                report = annotation_import.import_annotations_file(library, path)
                peaks.append(tracemalloc.get_traced_memory()[1])
                if count == 3000:
                    tracemalloc.reset_peak()
                    json.loads(path.read_bytes())
                    whole = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            assert report.imported == count, str(report)
            sizes.append(path.stat().st_size)
    peaks, sizes = peaks[1:], sizes[1:]
    assert sizes[1] > 4 * sizes[0] and whole > sizes[1]  # what "the parsed file" costs
    assert peaks[1] - peaks[0] < (sizes[1] - sizes[0]) / 8, (peaks, sizes)  # a digest per highlight
    assert peaks[1] < whole / 4, (peaks, whole)
