"""An article as one self-contained, printable HTML page, with its highlights and notes.

Everything is in the file: the CSS is inline, there are no scripts, fonts, images or other
resources, and a Content-Security-Policy forbids loading any. Every piece of text is escaped;
notes go through `notes_render.render_note` (Markdown, no raw HTML, no images). Each highlight
is a `<mark>` in its label's colour (overlapping highlights blend, being translucent), followed
by its number and label as text, so a black-and-white print still says what each one means;
the numbered list at the end gives each quote with its label, paragraph and note.

`article_body` is pure and builds well-formed XHTML as well as HTML: the EPUB export uses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from html import escape
from pathlib import Path

from reader.core.export.marks import Piece, block_pieces, paragraph_span, placed
from reader.core.export.safe_write import write_text
from reader.core.library import Library
from reader.core.models import Article, BlockKind, CleanedArticle, Highlight, HighlightStatus, Label
from reader.core.notes_render import render_note

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_LANG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
DEFAULT_HEX = "#f7d154"
_BLOCK_TAGS = {BlockKind.PARAGRAPH: "p", BlockKind.HEADING: "h2", BlockKind.QUOTE: "blockquote"}
CSP = "default-src 'none'; style-src 'unsafe-inline'"

CSS = """
body { font-family: Georgia, "Times New Roman", serif; color: #111; background: #fff; line-height: 1.55;
       max-width: 42em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.7em; line-height: 1.2; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.25em; margin: 1.4em 0 0.4em; }
.kicker, .meta, .tags, .hl-label, .hl-head, .source { font-family: Helvetica, Arial, sans-serif; }
.kicker { font-size: 0.8em; font-weight: bold; text-transform: uppercase; color: #8a5a00; margin: 0; }
.subtitle { font-size: 1.15em; font-style: italic; margin: 0 0 0.6em; }
.meta, .source, .tags { font-size: 0.85em; color: #555; margin: 0.2em 0; }
.article-note { border-left: 3px solid #999; padding: 0.2em 0 0.2em 1em; margin: 1.2em 0; }
blockquote { margin: 1em 2em; font-style: italic; }
pre { background: #f2f2f2; padding: 0.6em 0.8em; overflow-x: auto; white-space: pre-wrap; font-size: 0.9em; }
mark { color: inherit; padding: 0 0.05em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.moved { text-decoration: underline dotted; }
.hl-label { font-size: 0.65em; font-weight: bold; color: #333; vertical-align: super; white-space: nowrap; }
.annotations { border-top: 1px solid #bbb; margin-top: 2.5em; }
.annotations li { margin-bottom: 1em; }
.hl-head { font-size: 0.85em; color: #333; margin: 0; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid #777; margin-right: 0.3em;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { margin: 2cm; }
@media print { body { max-width: none; margin: 0; } a { color: inherit; text-decoration: none; }
               .annotations li { break-inside: avoid; } }
"""


def xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 forbids (and C1 controls): they would break an XHTML file."""
    return _NOT_XML.sub("", text)


def esc(text: str) -> str:
    return escape(xml_safe(text), quote=True)


def rgba(hex_color: str, alpha: float = 0.55) -> str:
    value = hex_color if _HEX.fullmatch(hex_color or "") else DEFAULT_HEX
    r, g, b = (int(value[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


def language_tag(language: str) -> str:
    return language if _LANG.fullmatch(language or "") else "en"


def _byline(article: Article) -> str:
    c = article.content
    writers = [a.name for a in c.authors if a.role in ("author", "reporter")]
    others = [f"{a.role.capitalize()}: {a.name}" for a in c.authors if a.role not in ("author", "reporter")]
    parts = (["By " + ", ".join(writers)] if writers else []) + others
    parts += [p for p in (c.site_name, c.published or "") if p]
    return " · ".join(parts)


def _piece(piece: Piece, numbers: Mapping[int, int], labels: Mapping[str, Label]) -> str:
    html = esc(piece.text)
    for h in reversed(piece.covering):  # the earliest highlight outermost
        label = labels.get(h.color)
        css = "moved" if h.status == HighlightStatus.MOVED else "hl"
        title = esc(label.name if label else h.color)
        html = (
            f'<mark class="{css}" style="background-color: {rgba(label.hex if label else DEFAULT_HEX)}"'
            f' title="{title}">{html}</mark>'
        )
    for h in piece.ending:
        label = labels.get(h.color)
        html += f'<span class="hl-label">[{numbers[h.id]}\u00a0{esc(label.name if label else h.color)}]</span>'
    return html


def article_body(
    article: Article,
    highlights: Iterable[Highlight],
    labels: Iterable[Label],
    *,
    tags: Iterable[str] = (),
    article_note: str = "",
    render: Callable[[str], str] = render_note,
) -> str:
    """The article's header, marked text and numbered notes as an HTML (and XHTML) fragment."""
    c = article.content
    label_of = {label.color: label for label in labels}
    all_highlights = list(highlights)
    on_text = placed(all_highlights, c)
    on_text_ids = {h.id for h in on_text}
    orphans = [h for h in all_highlights if h.id not in on_text_ids]
    numbers = {h.id: n for n, h in enumerate(on_text + orphans, start=1)}
    out = ["<article>", "<header>"]
    if c.section:
        out.append(f'<p class="kicker">{esc(c.section)}</p>')
    out.append(f"<h1>{esc(c.title)}</h1>")
    if c.subtitle:
        out.append(f'<p class="subtitle">{esc(c.subtitle)}</p>')
    if _byline(article):
        out.append(f'<p class="meta">{esc(_byline(article))}</p>')
    if c.url:
        out.append(f'<p class="source">{esc(c.url)}</p>')
    tag_list = list(tags)
    if tag_list:
        out.append(f'<p class="tags">Tags: {esc(", ".join(tag_list))}</p>')
    out.append("</header>")
    if article_note.strip():
        out.append(f'<section class="article-note">{render(xml_safe(article_note))}</section>')
    in_list = False
    for block, pieces in zip(c.body, block_pieces(c, on_text), strict=True):
        text = "".join(_piece(p, numbers, label_of) for p in pieces)
        if block.kind is BlockKind.LIST_ITEM:
            out.append(("" if in_list else "<ul>") + f"<li>{text}</li>")
            in_list = True
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if block.kind is BlockKind.CODE:  # its line breaks and indentation kept
            out.append(f"<pre><code>{text}</code></pre>")
            continue
        tag = _BLOCK_TAGS.get(block.kind, "p")
        out.append(f"<{tag}>{text}</{tag}>" if tag != "blockquote" else f"<blockquote><p>{text}</p></blockquote>")
    if in_list:
        out.append("</ul>")
    if on_text or orphans:
        out.append('<section class="annotations">')
        if on_text:
            out.append("<h2>Highlights and notes</h2>")
            out.append(_notes_list(c, on_text, numbers, label_of, render))
        if orphans:
            out.append("<h2>Not found in the current text</h2>")
            out.append(_notes_list(c, orphans, numbers, label_of, render))
        out.append("</section>")
    out.append("</article>")
    return "\n".join(out)


def _notes_list(
    c: CleanedArticle,
    highlights: list[Highlight],
    numbers: Mapping[int, int],
    labels: Mapping[str, Label],
    render: Callable[[str], str],
) -> str:
    items = []
    for h in highlights:
        label = labels.get(h.color)
        span = paragraph_span(c, h)
        facts = [esc(label.name if label else h.color)]
        if span:
            facts.append(f"para. {span[0]}" if span[0] == span[1] else f"paras. {span[0]}–{span[1]}")
        if h.status == HighlightStatus.MOVED:
            facts.append("moved: check the words")
        colour = rgba(label.hex if label else DEFAULT_HEX, 1)
        swatch = f'<span class="swatch" style="background-color: {colour}"></span>'
        note = f'<div class="note">{render(xml_safe(h.note))}</div>' if h.note.strip() else ""
        items.append(
            f'<li value="{numbers[h.id]}"><p class="hl-head">{swatch}{" · ".join(facts)}</p>'
            f"<blockquote>{_quoted(c, h, span)}</blockquote>{note}</li>"
        )
    return "<ol>\n" + "\n".join(items) + "\n</ol>"


def _quoted(c: CleanedArticle, h: Highlight, span: tuple[int, int] | None) -> str:
    """A highlight's words as the list quotes them: a program's lines as code, line by line and
    indented; other words with their line breaks (a quote over two paragraphs) kept."""
    if span and span[0] == span[1] and c.body[span[0] - 1].kind is BlockKind.CODE:
        return f"<pre><code>{esc(h.exact)}</code></pre>"
    return "<p>" + "<br>".join(esc(line) for line in h.exact.split("\n")) + "</p>"


def html_document(
    article: Article,
    highlights: Iterable[Highlight],
    labels: Iterable[Label],
    *,
    tags: Iterable[str] = (),
    article_note: str = "",
) -> str:
    """A complete HTML5 page: inline CSS, no scripts, nothing loaded from anywhere."""
    body = article_body(article, highlights, labels, tags=tags, article_note=article_note)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language_tag(article.content.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="Reader">\n<title>{esc(article.content.title)}</title>\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def article_html(library: Library, article_id: int) -> str:
    """The article with its highlights, notes and tags as a printable page."""
    article = library.get(article_id)
    return html_document(
        article,
        library.annotations.for_article(article_id),
        library.annotations.labels(),
        tags=library.organize.tags_of(article_id),
        article_note=library.annotations.article_note(article_id),
    )


def write_article_html(library: Library, article_id: int, path: Path | str, *, force: bool = False) -> Path:
    return write_text(path, article_html(library, article_id), force=force)
