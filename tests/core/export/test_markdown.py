"""Markdown export: front matter that is valid YAML for any title, escaping, highlights and marks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reader.core.errors import ReaderError
from reader.core.export.markdown import (
    _marked,
    annotations_markdown,
    annotations_markdown_combined,
    article_markdown,
    escape_markdown,
    front_matter,
    write_markdown_files,
    yaml_string,
)
from reader.core.library import Library

from .conftest import FLOOD

COMMONMARK = MarkdownIt("commonmark").enable(["table", "strikethrough"])  # what GitHub and Obsidian build on


def render(markdown_text: str) -> str:
    return COMMONMARK.render(markdown_text)


def front(document: str) -> dict:
    assert document.startswith("---\n")
    head, _, _ = document[4:].partition("\n---\n")
    return yaml.safe_load(head)


TRICKY_TITLES = [
    "Flood: the wall held",
    'He said "no" — and left',
    "It's a 'test'",
    "#1 story of the year",
    "- starts like a list",
    "* starts like a bullet",
    "> starts like a quote",
    "? a question key",
    "@mention & more",
    "`code` and | pipes",
    "[not] {a} map",
    "line one\nline two",
    "tab\there",
    "trailing space ",
    "yes",
    "null",
    "2024-03-03",
    "0x1F",
    "Ünïcödé 東京 🌊 ‘quotes’",
    "back\\slash",
    "control \x07 char \x1b",
    "line\u2028separator and \x85 NEL",
    "%% Obsidian comment",
    "---",
    "...",
    "",
]


@pytest.mark.parametrize("title", TRICKY_TITLES)
def test_front_matter_is_valid_yaml_for_any_title(title: str) -> None:
    data = front(front_matter([("title", title or "x"), ("authors", [title or "y", "Jane Roe"])]))
    assert data["title"] == (title or "x")
    assert data["authors"] == [title or "y", "Jane Roe"]


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_yaml_string_reads_back_exactly(value: str) -> None:
    assert yaml.safe_load(f"key: {yaml_string(value)}") == {"key": value}


def test_annotations_markdown(library: Library, flood) -> None:
    text = annotations_markdown(library, flood.id)
    data = front(text)
    assert data["title"] == "Flood wall holds as river peaks"
    assert data["authors"] == ["Rachel Ingleby"]
    assert data["site"] == "The Herald"
    assert str(data["published"]) == "2024-03-03"
    assert data["url"] == "https://herald.example/news/flood-wall"
    assert data["tags"] == ["floods", "local-news"]
    assert str(data["saved"]) == flood.added_at[:10]
    body = text.split("\n---\n", 1)[1]
    assert body.index("# Flood wall holds as river peaks") < body.index("Follow up with the mayor.")
    first, second = body.index("> the lower town"), body.index("> the old flood wall had held")
    assert first < second  # reading order
    h1, h2 = library.annotations.for_article(flood.id)
    assert f"**Claim to check** · para. 1 · [Open in Reader](reader://article/{flood.id}#highlight-{h1.id})" in body
    assert f"**Key fact** · para. 4 · [Open in Reader](reader://article/{flood.id}#highlight-{h2.id})" in body
    assert body.index("Check with the **council**.") > first  # the note follows its highlight, as Markdown


def test_quotes_are_escaped_but_notes_are_kept_as_markdown(library: Library, add_article) -> None:
    article = add_article(body=(FLOOD[0],))
    text = article.content.text
    library.annotations.add(article.id, 0, len(text), note="**bold** note")
    out = annotations_markdown(library, article.id)
    html = render(out.split("\n---\n", 1)[1])
    assert "<strong>bold</strong>" in html
    assert "<blockquote>" in html


@pytest.mark.parametrize(
    "raw",
    [
        "*not italic*",
        "# not a heading",
        "- not a list",
        "1. not a list",
        "[not](a link)",
        "<b>not html</b>",
        "a_b_c",
        "==not marked==",
        "$not math$",
        "%%not a comment%%",
        "`not code`",
        "+ plus",
        "    indented",
        "~~not struck~~",
        "a | b",
        "&amp; stays",
        "#tag",
        "> not quoted",
        "***",
    ],
)
def test_escaped_text_renders_as_itself(raw: str) -> None:
    html = render(escape_markdown(raw))
    expected = raw.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert html == f"<p>{expected}</p>\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Z")) | st.just(" "), max_size=80))
def test_any_single_line_renders_as_itself(raw: str) -> None:
    html = render(escape_markdown(raw))
    expected = raw.strip(" ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    assert html in ("", f"<p>{expected}</p>\n")


def test_orphans_are_listed_apart_and_moved_ones_say_so(library: Library, flood) -> None:
    h1, h2 = library.annotations.for_article(flood.id)
    library.annotations.delete(h2.id)
    library.annotations.restore(h2._replace(status="orphaned"))
    library.annotations.delete(h1.id)
    library.annotations.restore(h1._replace(status="moved"))
    out = annotations_markdown(library, flood.id)
    assert "moved: check the words" in out
    assert out.index("## Not found in the current text") < out.index("> the old flood wall had held")


def test_article_without_annotations(library: Library, add_article) -> None:
    article = add_article(authors=(), site="", published=None, url="")
    out = annotations_markdown(library, article.id)
    data = front(out)
    assert set(data) == {"title", "saved", "reader"}
    assert "*No highlights or notes.*" in out


def test_combined_document_has_one_section_per_article(library: Library, flood, add_article) -> None:
    second = add_article(title="Second: story", url="https://herald.example/2")
    library.annotations.add_quote(second.id, "Residents were moved")
    out = annotations_markdown_combined(library, [flood.id, second.id], title="My: highlights")
    assert front(out) == {"title": "My: highlights"}
    assert out.count("\n## ") == 2
    assert "<https://herald.example/2>" in out
    assert out.index("## Flood wall") < out.index("## Second: story")


def test_write_markdown_files_one_per_article_with_safe_unique_names(
    tmp_path: Path, library: Library, add_article
) -> None:
    a = add_article(title="Same/Title")
    b = add_article(title="Same/Title", url="https://x.example/2")
    paths = write_markdown_files(library, [a.id, b.id], tmp_path)
    assert [p.name for p in paths] == ["Same Title.md", "Same Title (2).md"]
    with pytest.raises(ReaderError, match="already exists"):
        write_markdown_files(library, [a.id], tmp_path)
    assert write_markdown_files(library, [a.id], tmp_path, force=True)[0].name == "Same Title.md"
    with pytest.raises(ReaderError):
        write_markdown_files(library, [a.id], tmp_path / "missing")


@pytest.mark.parametrize(("mark", "rendered"), [("==", "==the lower town=="), ("**", "**the lower town**")])
def test_article_markdown_marks_the_highlights(library: Library, flood, mark: str, rendered: str) -> None:
    out = article_markdown(library, flood.id, mark=mark)
    assert f"flooded {rendered}, the council" in out
    assert "## What the engineers found" in out
    assert "> “We were lucky this time,” the mayor said." in out
    assert "- Sandbags at the market square" in out
    assert front(out)["title"] == "Flood wall holds as river peaks"
    if mark == "**":
        assert "<strong>the lower town</strong>" in render(out.split("\n---\n", 1)[1])
    else:
        assert "==the lower town==" in render(out.split("\n---\n", 1)[1])  # Obsidian's own syntax


def test_article_markdown_refuses_other_marks(library: Library, flood) -> None:
    with pytest.raises(ReaderError, match="marked with"):
        article_markdown(library, flood.id, mark="__")


def test_marks_keep_spaces_outside() -> None:
    assert _marked(" the town ", "==") == " ==the town== "
    assert _marked("  ", "**") == "  "
    assert _marked("a*b", "**") == "**a\\*b**"


def test_article_markdown_header(library: Library, add_article) -> None:
    article = add_article(
        subtitle="The *water* fell by morning", authors=(("Rachel Ingleby", "author"), ("Jane Roe", "editor"))
    )
    out = article_markdown(library, article.id).split("\n---\n", 1)[1]
    assert out.startswith(
        "\n# Flood wall holds as river peaks\n\n*The \\*water\\* fell by morning*\n\n"
        "Rachel Ingleby · The Herald · 2024-03-03\n\n"
    )
