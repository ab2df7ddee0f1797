"""Pathological inputs: each finishes in bounded time with a clear message and nothing half-stored."""

from __future__ import annotations

import resource as rlimit
import time

import pytest

from reader.core.errors import NothingArticleLike, UnreadableInput
from reader.core.importers import read_article
from reader.core.importers.decoding import MAX_INPUT_BYTES
from reader.core.library import Library


def timed(fn):
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


def test_a_100_mb_text_is_refused_at_once(library: Library, write) -> None:
    path = write("huge.txt", b"word " * (100 * 1024 * 1024 // 5))
    with pytest.raises(UnreadableInput, match="too large"):
        timed(lambda: library.import_file(path))
    assert library.count() == 0


def test_html_nested_100000_levels_deep(write, library: Library) -> None:
    depth = 100_000
    html = (
        "<html><body>"
        + "<div>" * depth
        + "<p>The bottom of a very deep page, with a sentence of text.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    result, seconds = timed(lambda: read_article(html.encode(), "deep.html"))
    assert "bottom of a very deep page" in result.article.text
    assert seconds < 10


def test_billion_laughs_entities_are_not_expanded(write, library: Library) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><html><body><p>&lol9;</p>'
        "<p>A real paragraph of the page that talks about the council and the harbour wall.</p></body></html>"
    )
    for name in ("laughs.html", "laughs.xhtml"):
        before = rlimit.getrusage(rlimit.RUSAGE_SELF).ru_maxrss
        try:
            result, seconds = timed(lambda: read_article(doc.encode(), name))
        except UnreadableInput:
            seconds = 0.0
        else:
            assert "lol" * 1000 not in result.article.text
        assert seconds < 5
        assert rlimit.getrusage(rlimit.RUSAGE_SELF).ru_maxrss - before < 200 * 1024  # KiB: no explosion


def test_invalid_utf8_is_decoded_without_loss_of_the_rest() -> None:
    data = (
        b"Judul berita\n\nKalimat pertama yang cukup panjang untuk dibaca dengan baik oleh pembaca." + b"\xff\xfe\xfa"
    )
    result = read_article(data, "broken.txt")
    assert "Kalimat pertama" in result.article.text


def test_utf16_without_bom() -> None:
    text = "A title\n\nA paragraph of text in UTF-16 without a byte order mark, about the river."
    assert "UTF-16 without" in read_article(text.encode("utf-16-le"), "x.txt").article.text


def test_only_boilerplate_is_refused_clearly_and_can_be_kept_raw(library: Library, write) -> None:
    path = write(
        "menu.txt", "Home\nNews\nSport\nShare\nFacebook\nTwitter\nAdvertisement\n© 2024 Example\nPrivacy Policy\n"
    )
    with pytest.raises(NothingArticleLike, match="nothing article-like"):
        library.import_file(path)
    assert library.count() == 0
    kept = library.import_file(path, raw=True)
    assert "Facebook" in kept.content.text


@pytest.mark.parametrize("data", [b"", b"\x00" * 100, bytes(range(256)) * 100])
def test_empty_and_binary_store_nothing(library: Library, write, data: bytes) -> None:
    with pytest.raises(UnreadableInput):
        library.import_file(write("bad.txt", data))
    assert library.count() == 0


def test_size_limit_is_the_documented_one() -> None:
    assert MAX_INPUT_BYTES == 50 * 1024 * 1024
