"""Longer fuzzing by hand with atheris (coverage-guided): `make fuzz` (TARGET=text|html|markdown|query|anchor,
SECONDS=N). Any exception other than the project's own ReaderError is a finding."""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports():
    from reader.core.anchoring import anchor, describe
    from reader.core.errors import ReaderError
    from reader.core.importers import read_article
    from reader.core.search.query import parse


def text(data: bytes) -> None:
    _read(data, "page.txt")


def html(data: bytes) -> None:
    _read(data, "page.html")


def markdown(data: bytes) -> None:
    _read(data, "note.md")


def _read(data: bytes, name: str) -> None:
    try:
        read_article(data, name)
    except ReaderError:
        pass


def query(data: bytes) -> None:
    parse(data.decode("utf-8", "replace")).match_expression()


def anchor_target(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    original = fdp.ConsumeUnicodeNoSurrogates(300)
    edited = fdp.ConsumeUnicodeNoSurrogates(300)
    if len(original) < 2:
        return
    a, b = sorted((fdp.ConsumeIntInRange(0, len(original)), fdp.ConsumeIntInRange(0, len(original))))
    if a < b:
        found = anchor(describe(original, a, b), edited)
        assert found.status.value == "orphaned" or 0 <= found.start < found.end <= len(edited)


TARGETS = {"text": text, "html": html, "markdown": markdown, "query": query, "anchor": anchor_target}

if __name__ == "__main__":
    target = TARGETS[os.environ.get("TARGET", "text")]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()
