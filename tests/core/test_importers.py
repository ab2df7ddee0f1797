from __future__ import annotations

import pytest

from reader.core.errors import UnreadableInput
from reader.core.importers import HTML, MARKDOWN, TEXT, detect_kind, read_article
from reader.core.importers.markdown_doc import inline_text
from reader.core.importers.text_doc import paragraphs
from reader.core.models import Block, BlockKind

P, H, Q, LI = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.QUOTE, BlockKind.LIST_ITEM


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("a.txt", b"<html>", TEXT),
        ("a.HTML", b"x", HTML),
        ("a.htm", b"x", HTML),
        ("notes.md", b"# x", MARKDOWN),
        ("noext", b"  <!DOCTYPE html><html>", HTML),
        ("noext", b"Just words", TEXT),
    ],
)
def test_detect_kind(name: str, data: bytes, kind: str) -> None:
    assert detect_kind(name, data) == kind


def test_a_word_document_is_refused_by_name() -> None:
    with pytest.raises(UnreadableInput, match="not supported"):
        read_article(b"PK\x03\x04 ...", "paper.docx")


def test_a_damaged_pdf_is_refused_in_one_line() -> None:
    with pytest.raises(UnreadableInput, match="is not a PDF Reader can read"):
        read_article(b"%PDF-1.7 ...", "paper.pdf")


def test_plain_text_first_line_is_title_and_blank_lines_split() -> None:
    result = read_article(b"Title here\n\nOne paragraph.\n\nTwo paragraph.\n", "x.txt")
    assert result.kind == TEXT
    assert result.article.title == "Title here"
    assert result.article.body == (Block(P, "One paragraph."), Block(P, "Two paragraph."))
    assert result.article.text == "One paragraph.\n\nTwo paragraph."


def test_plain_text_lines_of_a_copied_page_stay_separate() -> None:
    text = "Menu\nHome\nA long sentence about the council budget and its cuts.\nAnother one follows here."
    assert paragraphs(text) == [
        "Menu",
        "Home",
        "A long sentence about the council budget and its cuts.",
        "Another one follows here.",
    ]


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "The council met on Tuesday evening to discuss the budget for the\n"
        "coming year, which officers said would need cuts of nearly forty\n"
        "million pounds."
    )
    assert paragraphs(text) == [" ".join(text.split())]


def test_text_with_only_a_title_has_nothing_article_like() -> None:
    with pytest.raises(UnreadableInput, match="nothing article-like"):
        read_article(b"Just one line", "x.txt")


def test_markdown_blocks() -> None:
    md = """---
title: "Front matter title"
author: Jane Roe
date: 2024-03-05
---
# Front matter title

Intro with **bold**, _em_, `code` and a [link](http://example.org).
Continued line.

## A section

> A quote that
> spans lines.

- first item
* second item
1. third item

![alt text](image.png)

Closing paragraph.
"""
    a = read_article(md.encode(), "note.md").article
    assert a.title == "Front matter title"
    assert a.authors[0].name == "Jane Roe"
    assert a.published == "2024-03-05"
    assert a.body == (
        Block(P, "Intro with bold, em, code and a link. Continued line."),
        Block(H, "A section"),
        Block(Q, "A quote that spans lines."),
        Block(LI, "first item"),
        Block(LI, "second item"),
        Block(LI, "third item"),
        Block(P, "Closing paragraph."),
    )


def test_markdown_title_from_heading_and_byline() -> None:
    a = read_article(b"# The Title\n\nBy Ana Silva\n\nText of it.\n\nSetext\n------\n", "a.md").article
    assert a.title == "The Title"
    assert [x.name for x in a.authors] == ["Ana Silva"]
    assert a.body == (Block(P, "Text of it."), Block(H, "Setext"))


def test_inline_markup_is_reduced_to_text() -> None:
    assert inline_text("***very*** <b>bold</b> [a](b) ![i](j)") == "very bold a"


HTML_PAGE = """<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>Judul di tab | Situs</title>
<meta property="og:title" content="Judul Artikel">
<meta name="author" content="Siti Aminah">
<meta property="og:site_name" content="Kabar Kita">
<meta property="article:published_time" content="2023-04-05T08:00:00+07:00">
<script>document.write("<p>injected</p>")</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li>Beranda</li><li>Nasional</li></ul></nav>
<header><p>Masuk</p></header>
<article>
<h1>Judul Artikel</h1>
<p>Paragraf <b>pertama</b> &amp; <a href="https://x.test">tautan</a>.</p>
<figure><img src="file:///etc/passwd"><figcaption>Keterangan foto</figcaption></figure>
<h2>Subjudul</h2>
<blockquote><p>Kutipan penting.</p></blockquote>
<ul><li>Butir satu</li><li>Butir dua</li></ul>
<p>Baris satu<br>baris dua</p>
</article>
<aside><p>Terpopuler</p></aside>
<footer><p>© 2023 Kabar Kita</p></footer>
</body></html>"""


def test_fallback_html_extractor_metadata_and_blocks() -> None:
    from reader.core.importers.html_doc import import_html

    a = import_html(HTML_PAGE)
    assert a.title == "Judul Artikel"
    assert a.site_name == "Kabar Kita"
    assert a.published == "2023-04-05"
    assert a.language == "id"
    assert [x.name for x in a.authors] == ["Siti Aminah"]
    assert a.body == (
        Block(P, "Paragraf pertama & tautan."),
        Block(H, "Subjudul"),
        Block(Q, "Kutipan penting."),
        Block(LI, "Butir satu"),
        Block(LI, "Butir dua"),
        Block(P, "Baris satu"),
        Block(P, "baris dua"),
    )
    assert "injected" not in a.text and "Beranda" not in a.text and "©" not in a.text


def test_html_without_text_is_refused() -> None:
    with pytest.raises(UnreadableInput):
        read_article(b"<html><body><script>x()</script><img src=a.png></body></html>", "a.html")


def test_deeply_nested_html_is_linear() -> None:
    from reader.core.importers.html_doc import import_html

    depth = 100_000
    html = "<div>" * depth + "<p>deep text</p>" + "</div>" * depth
    assert import_html("<title>T</title>" + html).text == "deep text"
