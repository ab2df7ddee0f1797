"""A book of articles in several languages declares each of them, and each chapter speaks its own."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

import pytest

from reader.core.export.epub_export import book_languages, epub_bytes
from reader.core.library import Library
from reader.core.models import Block, BlockKind

XHTML = "{http://www.w3.org/1999/xhtml}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_each_language_is_declared_most_frequent_first(library: Library, add_article) -> None:
    spanish = add_article(
        title="Crece el río", language="es", body=(Block(BlockKind.PARAGRAPH, "El río creció durante la noche."),)
    )
    english = [add_article(title=f"Story {n}", language="en") for n in range(3)]
    indonesian = [
        add_article(title=f"Banjir {n}", language="id", body=(Block(BlockKind.PARAGRAPH, "Sungai meluap semalam."),))
        for n in range(2)
    ]
    unknown = add_article(title="No language", language="")
    ordered = [spanish, *english, *indonesian, unknown]
    book = zipfile.ZipFile(io.BytesIO(epub_bytes(library, [a.id for a in ordered])))
    package = ET.fromstring(book.read("OEBPS/content.opf"))
    assert [e.text for e in package.iter(f"{DC}language")] == ["en", "id", "es"]
    assert package.get(XML_LANG) == "en"
    nav = ET.fromstring(book.read("OEBPS/nav.xhtml"))
    assert nav.get("lang") == nav.get(XML_LANG) == "en"
    spine = [
        package.find(f".//{OPF}item[@id='{ref.get('idref')}']").get("href") for ref in package.iter(f"{OPF}itemref")
    ]
    expected = ["es", "en", "en", "en", "id", "id", "en"]  # the unknown one: the book's language
    for href, language in zip(spine, expected, strict=True):
        chapter = ET.fromstring(book.read(f"OEBPS/{href}"))
        assert chapter.tag == f"{XHTML}html"
        assert (chapter.get("lang"), chapter.get(XML_LANG)) == (language, language)


def test_one_article_declares_its_language(library: Library, add_article) -> None:
    article = add_article(language="id")
    book = zipfile.ZipFile(io.BytesIO(epub_bytes(library, [article.id])))
    package = ET.fromstring(book.read("OEBPS/content.opf"))
    assert [e.text for e in package.iter(f"{DC}language")] == ["id"]


@pytest.mark.parametrize(
    ("languages", "declared"),
    [
        ([], ["en"]),
        (["", ""], ["en"]),
        (["es", "en", "en"], ["en", "es"]),
        (["es", "en"], ["es", "en"]),  # a tie: in the order met
        (["pt-BR", "pt-br", "not a tag!", "fr"], ["pt-BR", "fr"]),
    ],
)
def test_book_languages(languages: list[str], declared: list[str]) -> None:
    assert book_languages(languages) == declared
