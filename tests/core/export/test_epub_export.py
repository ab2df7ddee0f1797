"""EPUB: a valid container (mimetype first, stored), well-formed XHTML, read back with zipfile."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from reader.core.errors import ReaderError
from reader.core.export.epub_export import epub_bytes, to_xhtml, write_epub
from reader.core.library import Library
from reader.core.models import Block, BlockKind

XHTML = "{http://www.w3.org/1999/xhtml}"
OPF = "{http://www.idpf.org/2007/opf}"


def test_container_layout(library: Library, flood) -> None:
    data = epub_bytes(library, [flood.id])
    assert data[:4] == b"PK\x03\x04"
    assert data[30:38] == b"mimetype" and data[38:58] == b"application/epub+zip"  # first, stored, no extra field
    book = zipfile.ZipFile(io.BytesIO(data))
    first = book.infolist()[0]
    assert (first.filename, first.compress_type, first.extra) == ("mimetype", zipfile.ZIP_STORED, b"")
    assert book.testzip() is None
    container = ET.fromstring(book.read("META-INF/container.xml"))
    rootfile = container.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile")
    assert rootfile is not None and rootfile.get("full-path") == "OEBPS/content.opf"
    package = ET.fromstring(book.read("OEBPS/content.opf"))
    assert package.get("version") == "3.0"
    hrefs = {item.get("href") for item in package.iter(f"{OPF}item")}
    assert {f"OEBPS/{h}" for h in hrefs} == set(book.namelist()) - {
        "mimetype",
        "META-INF/container.xml",
        "OEBPS/content.opf",
    }
    meta = {m.get("property"): m.text for m in package.iter(f"{OPF}meta")}
    assert meta["dcterms:modified"].endswith("Z")
    assert package.find(".//{http://purl.org/dc/elements/1.1/}creator").text == "Rachel Ingleby"
    for name in book.namelist():
        if name.endswith((".xhtml", ".opf", ".ncx", ".xml")):
            ET.fromstring(book.read(name))  # every XML file is well-formed


def test_the_chapter_marks_the_quote(library: Library, flood) -> None:
    book = zipfile.ZipFile(io.BytesIO(epub_bytes(library, [flood.id])))
    chapter = ET.fromstring(book.read("OEBPS/chapter-1.xhtml"))
    marks = [(m.text, m.get("title")) for m in chapter.iter(f"{XHTML}mark")]
    assert ("the lower town", "Claim to check") in marks
    assert ("the old flood wall had held", "Key fact") in marks
    labels = ["".join(s.itertext()) for s in chapter.iter(f"{XHTML}span") if s.get("class") == "hl-label"]
    assert labels == ["[1\u00a0Claim to check]", "[2\u00a0Key fact]"]
    assert chapter.find(f".//{XHTML}strong").text == "council"  # the note's Markdown, as XHTML


def test_no_articles_is_an_error(library: Library) -> None:
    with pytest.raises(ReaderError, match="at least one article"):
        epub_bytes(library, [])


def test_to_xhtml_makes_markdown_html_well_formed() -> None:
    out = to_xhtml('<p>a<br>b &copy; &amp; <a href="https://x.example/?a=1&amp;b=2">l</a></p><hr><ul><li>x</ul>')
    assert out == ('<p>a<br/>b © &amp; <a href="https://x.example/?a=1&amp;b=2">l</a></p><hr/><ul><li>x</li></ul>')
    ET.fromstring(f"<div>{out}</div>")


def test_one_chapter_per_article_written_safely(tmp_path: Path, library: Library, flood, add_article) -> None:
    second = add_article(
        title="Pumps & <money>",
        url="https://herald.example/2",
        body=(Block(BlockKind.PARAGRAPH, "Four pumps cost £2m & more."),),
    )
    path = tmp_path / "two.epub"
    write_epub(library, [flood.id, second.id], path)
    with zipfile.ZipFile(path) as book:
        chapters = [n for n in book.namelist() if n.endswith(".xhtml") and "nav" not in n]
        assert len(chapters) == 2
        texts = [book.read(n).decode("utf-8") for n in chapters]
        for text in texts:
            ET.fromstring(text)  # well-formed XHTML
        assert any("Pumps &amp; &lt;money&gt;" in t for t in texts)
    with pytest.raises(ReaderError):
        write_epub(library, [flood.id], path)  # an existing file is not overwritten
    write_epub(library, [flood.id], path, force=True)
    assert zipfile.ZipFile(path).read("mimetype") == b"application/epub+zip"
