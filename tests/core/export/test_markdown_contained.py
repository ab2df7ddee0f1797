"""Notes cannot change the Markdown export around them: rendered by a CommonMark parser, every
highlight and every deep link is where it belongs, whatever the notes hold. And notes show fenced
code as code blocks: in the window's renderer, the HTML export and the EPUB."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.export.epub_export import epub_bytes
from reader.core.export.html_export import article_html
from reader.core.export.markdown import (
    annotations_markdown,
    annotations_markdown_combined,
    contained_in_item,
    contained_in_quote,
)
from reader.core.library import Library
from reader.core.models import Article
from reader.core.notes_render import close_fences, render_note

COMMONMARK = MarkdownIt("commonmark").enable(["table", "strikethrough"])
DEEP_LINK = re.compile(r"reader://article/(\d+)#highlight-(\d+)")

HOSTILE_NOTES = [
    "```\nan unclosed fence",
    "~~~~python\nunclosed tildes\n```\nnot the closing one",
    "---",
    "---\ntitle: not front matter\n---",
    "# A heading\n## Another",
    "Setext heading\n===",
    "> a quote\nlazy line",
    "- a list\n- of two",
    "1. numbered\n2. list",
    "    indented code",
    "\tcode after a tab",
    "<div>\nraw html with no end",
    "<!-- an unclosed comment",
    "<pre>\nunclosed pre",
    "[ref]: https://example.org/\n[a ref][ref]",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "***",
    "line\r\nwith CR LF\rand CR",
    "\n\n\nblank lines around\n\n\n",
    "``` not a fence ` because of a backtick\ntext",
    "````\n```\nnested fence, unclosed outer",
    "- item\n\n  ```\n  fence in the note's own list",
    "text\n\n- [ ] task\n\n> [!note] callout\n> ```\n> fence in a quote",
]


@pytest.fixture
def hostile(library: Library, add_article) -> Article:
    """An article whose every highlight has a hostile note, and a hostile article note."""
    article = add_article()
    text = article.content.text
    words = sorted({w for w in re.findall(r"[A-Za-z]{4,}", text) if text.count(w) == 1}, key=text.index)
    assert len(words) >= len(HOSTILE_NOTES)
    for word, note in zip(words, HOSTILE_NOTES):
        library.annotations.add_quote(article.id, word, note=note)
    library.annotations.set_article_note(article.id, "```\nan article note with an unclosed fence\n# and a heading")
    return article


def body_of(document: str) -> str:
    assert document.startswith("---\n")
    head, _, body = document[4:].partition("\n---\n")
    yaml.safe_load(head)  # still valid front matter
    return body


def links(tokens: list[Token]) -> list[tuple[int, int]]:
    """The deep links that are links (not text inside a code block or raw HTML)."""
    found = []
    for token in tokens:
        for child in token.children or []:
            if child.type == "link_open":
                match = DEEP_LINK.fullmatch(str(child.attrGet("href")))
                if match:
                    found.append((int(match.group(1)), int(match.group(2))))
    return found


def check_structure(library: Library, article: Article, markdown_text: str, level: int = 1) -> None:
    tokens = COMMONMARK.parse(body_of(markdown_text))
    highlights = library.annotations.for_article(article.id)
    # every deep link is a link, once, in reading order
    assert links(tokens) == [(article.id, h.id) for h in highlights]
    # the document's own headings are the only ones outside a container
    top = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open" and t.level == 0]
    h = f"h{level}"
    sub = f"h{level + 1}"
    assert top == [(h, article.content.title), (sub, "Highlights")]
    # one top-level list item per highlight, each opening with its quote
    items = [i for i, t in enumerate(tokens) if t.type == "list_item_open" and t.level == 1]
    assert len(items) == len(highlights)
    for index, h_ in zip(items, highlights, strict=True):
        assert tokens[index + 1].type == "blockquote_open"
        assert tokens[index + 3].content == h_.exact
    # nothing at the top level but the title, the article note's quote, the heading and the list
    kinds = [t.type for t in tokens if t.level == 0 and t.nesting >= 0]
    assert "fence" not in kinds and "hr" not in kinds and "html_block" not in kinds and "code_block" not in kinds


def test_hostile_notes_change_nothing_around_them(library: Library, hostile: Article) -> None:
    check_structure(library, hostile, annotations_markdown(library, hostile.id))


def test_hostile_notes_in_the_combined_document(library: Library, hostile: Article, add_article) -> None:
    second = add_article(title="Second story", url="https://herald.example/2")
    library.annotations.add_quote(second.id, "Residents were moved", note="```\nunclosed in the second")
    out = annotations_markdown_combined(library, [hostile.id, second.id])
    tokens = COMMONMARK.parse(body_of(out))
    expected = [(a.id, h.id) for a in (hostile, second) for h in library.annotations.for_article(a.id)]
    assert links(tokens) == expected
    top = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.level == 0]
    assert top == ["Highlights", hostile.content.title, "Highlights", "Second story", "Highlights"]


def test_notes_keep_their_own_markdown(library: Library, add_article) -> None:
    article = add_article()
    library.annotations.add_quote(article.id, "the lower town", note="**bold** and\n\n```python\nx = 1\n```")
    html = COMMONMARK.render(body_of(annotations_markdown(library, article.id)))
    assert "<strong>bold</strong>" in html
    assert '<pre><code class="language-python">x = 1\n</code></pre>' in html


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    notes=st.lists(
        st.text(alphabet=st.sampled_from(list("`~-#>*_[]()<>!|=\t \n\rab1.:")), max_size=40), min_size=3, max_size=3
    )
)
def test_any_notes_change_nothing_around_them(library: Library, add_article, notes: list[str]) -> None:
    article = add_article() if not library.article_ids() else library.get(library.article_ids()[0])
    for h in library.annotations.for_article(article.id):
        library.annotations.delete(h.id)
    for word, note in zip(("river", "council", "mayor"), notes):
        library.annotations.add_quote(article.id, word, note=note)
    check_structure(library, article, annotations_markdown(library, article.id))


@pytest.mark.parametrize(
    ("note", "closed"),
    [
        ("```\ncode", "```\ncode\n```"),
        ("~~~~ info\ncode\n~~~", "~~~~ info\ncode\n~~~\n~~~~"),
        ("```\ncode\n```", "```\ncode\n```"),
        ("``` a`b\ntext", "``` a`b\ntext"),  # not a fence: a backtick in its info string
        ("    ```\nindented: code, not a fence", "    ```\nindented: code, not a fence"),
        ("```\none\n```\n~~~\ntwo", "```\none\n```\n~~~\ntwo\n~~~"),
    ],
)
def test_open_fences_are_closed(note: str, closed: str) -> None:
    assert close_fences(note) == closed


def test_containers_indent_every_line() -> None:
    assert contained_in_item("a\n\n\tb\r\nc") == "  a\n\n      b\n  c"
    assert contained_in_quote("a\n\n```\nb") == "> a\n>\n> ```\n> b\n> ```"


# -- fenced code in notes: the window, the HTML and the EPUB -------------------------------------------

FENCED = "Before\n\n```python\nif a < b:\n    print('<b>')\n```\n\nAfter"


def test_the_window_shows_fenced_code_as_a_code_block() -> None:
    html = render_note(FENCED)
    assert "<pre><code" in html and "if a &lt; b:\n    print(&#x27;&lt;b&gt;&#x27;)" in html.replace("'", "&#x27;")
    assert "<p>After</p>" in html
    assert "<pre><code>unclosed\n</code></pre>" in render_note("```\nunclosed")  # runs to the note's end


def test_html_and_epub_show_fenced_code(library: Library, add_article) -> None:
    article = add_article()
    library.annotations.add_quote(article.id, "the lower town", note=FENCED)
    library.annotations.set_article_note(article.id, "~~~\narticle note code\n~~~")
    html = article_html(library, article.id)
    assert re.search(r"<pre><code[^>]*>if a &lt; b:", html) and "<pre><code>article note code" in html
    book = zipfile.ZipFile(io.BytesIO(epub_bytes(library, [article.id])))
    chapter = book.read("OEBPS/chapter-1.xhtml").decode("utf-8")
    assert re.search(r"<pre><code[^>]*>if a &lt; b:", chapter) and "<pre><code>article note code" in chapter
