"""The printable HTML page: self-contained, escaped, highlights marked with their colour and label."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.export.html_export import article_html, esc, rgba, write_article_html, xml_safe
from reader.core.library import Library
from reader.core.models import Block, BlockKind


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    return collector


def test_the_page_is_self_contained(library: Library, flood) -> None:
    html = article_html(library, flood.id)
    page = parse(html)
    names = {tag for tag, _ in page.tags}
    assert "script" not in names and "img" not in names and "iframe" not in names and "link" not in names
    assert not any(attrs.get("src") for _, attrs in page.tags)
    assert not re.search(r"url\(|@import|https?://(?!herald\.example)", html)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
    assert "default-src 'none'" in html


def test_highlights_are_marked_with_colour_and_label_text(library: Library, flood) -> None:
    html = article_html(library, flood.id)
    assert (
        '<mark class="hl" style="background-color: rgba(242, 139, 130, 0.55)" title="Claim to check">'
        'the lower town</mark><span class="hl-label">[1\u00a0Claim to check]</span>'
    ) in html
    assert "[2\u00a0Key fact]" in html
    assert "<h2>Highlights and notes</h2>" in html
    assert "<strong>council</strong>" in html  # the note, rendered
    assert "para. 1" in html and "para. 4" in html
    assert "Follow up with the mayor." in html
    assert "Tags: floods, local news" in html
    assert "<h2>What the engineers found</h2>" in html
    assert "<ul><li>Sandbags at the market square</li>" in html


def test_every_text_is_escaped(library: Library, add_article) -> None:
    body = (Block(BlockKind.PARAGRAPH, "<script>alert('x')</script> & <b>bold</b>"),)
    article = add_article(title="<img src=x onerror=alert(1)>", body=body, site="A&B", url="javascript:alert(1)")
    library.annotations.add_quote(article.id, "<b>bold</b>", note="<script>bad()</script>")
    library.organize.add_tags([article.id], ["<i>tag</i>"])
    html = article_html(library, article.id)
    page = parse(html)
    assert {tag for tag, _ in page.tags} <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "article",
        "header",
        "h1",
        "h2",
        "p",
        "mark",
        "span",
        "section",
        "ol",
        "li",
        "blockquote",
        "div",
    }
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<a " not in html  # the URL is shown as text, never as a link


def test_orphans_and_moved_highlights(library: Library, flood) -> None:
    h1, h2 = library.annotations.for_article(flood.id)
    library.annotations.delete(h1.id)
    library.annotations.restore(h1._replace(status="moved"))
    library.annotations.delete(h2.id)
    library.annotations.restore(h2._replace(status="orphaned"))
    html = article_html(library, flood.id)
    assert '<mark class="moved"' in html and "moved: check the words" in html
    assert "<h2>Not found in the current text</h2>" in html
    assert "the old flood wall had held</p></blockquote>" in html  # listed, not marked
    assert html.count("<mark") == 1


def test_overlapping_highlights_nest(library: Library, add_article) -> None:
    article = add_article()
    library.annotations.add_quote(article.id, "flooded the lower town", color="yellow")
    library.annotations.add_quote(article.id, "the lower town, the council", color="blue")
    html = article_html(library, article.id)
    assert re.search(
        r"<mark[^>]*title=\"Quote\">flooded </mark><mark[^>]*title=\"Quote\"><mark[^>]*"
        r"title=\"Question\">the lower town</mark></mark>",
        html,
    )


def test_helpers() -> None:
    assert xml_safe("a\x00b\x0bc\ud800d\ufffe") == "abcd"
    assert esc("<\"&'>") == "&lt;&quot;&amp;&#x27;&gt;"
    assert rgba("#000000", 1) == "rgba(0, 0, 0, 1)"
    assert rgba("red; background: url(x)") == rgba("#f7d154")


def test_write_article_html(tmp_path: Path, library: Library, flood) -> None:
    path = write_article_html(library, flood.id, tmp_path / "flood.html")
    assert path.read_text(encoding="utf-8") == article_html(library, flood.id)
    with pytest.raises(ReaderError):
        write_article_html(library, flood.id, path)


def test_subtitle_and_other_roles_in_the_header(library: Library, add_article) -> None:
    article = add_article(subtitle="The water fell", authors=(("Rachel Ingleby", "author"), ("Jane Roe", "editor")))
    html = article_html(library, article.id)
    assert '<p class="subtitle">The water fell</p>' in html
    assert '<p class="meta">By Rachel Ingleby · Editor: Jane Roe · The Herald · 2024-03-03</p>' in html
