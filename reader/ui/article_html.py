"""An article as the small, escaped HTML document the article view shows.

Built only from the project's own block structure: every piece of text is escaped, and no
markup, image or link from the imported page reaches the view.
"""

from __future__ import annotations

from bisect import bisect_right
from html import escape

from reader.core.models import Article, BlockKind, CleanedArticle, block_starts
from reader.ui.reading import ReadingStyle
from reader.ui.themes import THEMES, Theme

_TAGS = {BlockKind.PARAGRAPH: "p", BlockKind.HEADING: "h2", BlockKind.QUOTE: "blockquote"}


def stylesheet(style: ReadingStyle, theme: Theme) -> str:
    """The article's CSS for a reading style and a theme (Qt's rich-text subset of CSS)."""
    lh = style.line_height
    gap = style.paragraph_spacing
    return f"""
body {{ color: {theme.text}; }}
h1 {{ font-size: 1.6em; font-weight: 600; margin-top: 0.2em; margin-bottom: 0.3em; line-height: 120%; }}
h2 {{ font-size: 1.3em; font-weight: 600; margin-top: 1.2em; margin-bottom: 0.4em; }}
p {{ margin-top: 0; margin-bottom: {gap}em; line-height: {lh}%; }}
p.subtitle {{ font-size: 1.15em; font-style: italic; margin-bottom: 0.6em; }}
p.meta {{ font-family: sans-serif; font-size: 0.85em; color: {theme.muted}; margin-bottom: 1.4em; }}
p.page {{ font-family: sans-serif; font-size: 0.7em; color: {theme.muted}; margin: 0; }}
p.notice {{ font-family: sans-serif; font-size: 0.9em; color: {theme.muted}; }}
p.kicker {{ font-family: sans-serif; font-size: 0.8em; font-weight: 600; color: {theme.accent};
           text-transform: uppercase; margin-bottom: 0.2em; }}
p.code {{ font-family: monospace; font-size: 0.85em; white-space: pre-wrap; background-color: {theme.window};
         margin-top: 0; margin-bottom: {gap}em; line-height: 130%; }}
blockquote {{ margin-left: 1.5em; margin-right: 1.5em; font-style: italic; line-height: {lh}%; }}
li {{ margin-bottom: 0.4em; line-height: {lh}%; }}
p.tags {{ font-family: sans-serif; font-size: 0.8em; color: {theme.muted}; margin-top: -1em; margin-bottom: 1.4em; }}
p.figure {{ font-family: sans-serif; font-size: 0.8em; color: {theme.muted}; margin-bottom: 1.2em; line-height: 130%; }}
p.figure-note {{ font-family: sans-serif; font-size: 0.75em; font-weight: 600; color: {theme.muted};
                text-transform: uppercase; margin-bottom: 0.1em; }}
"""


# The words the article's header uses; the view passes them in translated.
WORDS = {
    "by": "By %1",
    "and": "and",
    "photo": "Photo",
    "tags": "Tags: %1",
    "editor": "Editor",
    "photographer": "Photographer",
    "contributor": "Contributor",
}


def byline(article: Article, words: dict[str, str] | None = None) -> str:
    """'By A and B · Editor: C · Site · 30 Aug 2021' as plain text."""
    w = {**WORDS, **(words or {})}
    c = article.content

    def named(a) -> str:  # the title written beside a name ("Local Democracy Reporter") stays with it
        return f"{a.name} ({a.job_title})" if getattr(a, "job_title", "") else a.name

    writers = [named(a) for a in c.authors if a.role in ("author", "reporter")]
    others = [
        f"{w.get(a.role, a.role.capitalize())}: {named(a)}" for a in c.authors if a.role not in ("author", "reporter")
    ]
    parts = []
    if writers:
        names = ", ".join(writers[:-1]) + f" {w['and']} " + writers[-1] if len(writers) > 1 else writers[0]
        parts.append(w["by"].replace("%1", names))
    parts.extend(others)
    if c.site_name:
        parts.append(c.site_name)
    if c.published:
        parts.append(c.published)
    return " · ".join(parts)


def code_lines(text: str) -> str:
    """A block's text as the view's document holds it: a code block's lines parted by Qt's line
    separator (one document block for each body block, each character where it was)."""
    return text.replace("\n", "\u2028")


def page_marks(c: CleanedArticle) -> dict[int, str]:
    """Before which body block each page's number stands: the block its text begins in (a page
    that begins inside a paragraph is marked at the paragraph after it). The first page is not marked."""
    starts = block_starts(c.body)
    marks: dict[int, str] = {}
    for page in c.pages[1:]:
        index = bisect_right(starts, page.offset) - 1
        if index >= 0 and starts[index] != page.offset:
            index += 1  # the page begins inside that block: marked after it
        if 0 <= index < len(c.body):
            marks.setdefault(index, page.label)
    return marks


def render_article(
    article: Article,
    published_label: str | None = None,
    tags: list[str] | None = None,
    css: str = "",
    justify: bool = False,
    words: dict[str, str] | None = None,
    blocks: tuple[int, int] | None = None,
) -> str:
    """The article as HTML; with `blocks=(first, last)`, only those body blocks (and the header only
    when `first` is 0), so a very long article can be shown a part at a time."""
    c = article.content
    first, last = blocks if blocks is not None else (0, len(c.body))
    out = (
        [f"<html><head><style>{css or stylesheet(ReadingStyle(), THEMES['light'])}</style></head><body>"]
        if first == 0
        else []
    )
    if first == 0:
        out.extend(_header(article, published_label, tags, {**WORDS, **(words or {})}))
        if not c.body and (words or {}).get("notice"):  # a link whose text has not arrived
            out.append(f'<p class="notice">{escape((words or {})["notice"])}</p>')
            if c.url.startswith(("http://", "https://")):
                out.append(f'<p class="notice"><a href="{escape(c.url)}">{escape(c.url)}</a></p>')
    in_list = False
    attr = ' align="justify"' if justify else ""  # Qt's rich text takes alignment as an attribute
    marks = page_marks(c) if c.pages else {}
    for index, block in enumerate(c.body[first:last], first):
        if index in marks:  # a page of the PDF begins here: its number, small, at the right
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append(f'<p class="page" align="right">{escape(marks[index])}</p>')
        text = escape(block.text)  # highlights are painted by the view (highlight_paint), not written here
        if block.kind is BlockKind.LIST_ITEM:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li{attr}>{text}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if block.kind is BlockKind.CODE:  # its lines as line breaks within the one block (code_lines)
            out.append(f'<p class="code">{text.replace(chr(10), "<br/>")}</p>')
            continue
        tag = _TAGS[block.kind]
        out.append(f"<{tag}{attr if tag == 'p' else ''}>{text}</{tag}>")
    if in_list:
        out.append("</ul>")
    if first == 0:
        out.append("</body></html>")
    return "\n".join(out)


def _header(article: Article, published_label: str | None, tags: list[str] | None, w: dict[str, str]) -> list[str]:
    c = article.content
    out = []
    if c.section:
        out.append(f'<p class="kicker">{escape(c.section)}</p>')
    out.append(f"<h1>{escape(c.title)}</h1>")
    if c.subtitle:
        out.append(f'<p class="subtitle">{escape(c.subtitle)}</p>')
    meta = byline(article, w)
    if published_label and c.published:
        meta = meta.replace(c.published, published_label)
    if meta:
        out.append(f'<p class="meta">{escape(meta)}</p>')
    if tags:
        out.append(f'<p class="tags">{escape(w["tags"].replace("%1", ", ".join(tags)))}</p>')
    if c.figures:
        out.append(f'<p class="figure-note">{escape(w["photo"])}</p>')
        for fig in c.figures:
            text = " — ".join(part for part in (fig.caption, fig.credit) if part)
            out.append(f'<p class="figure">{escape(text)}</p>')
    return out
