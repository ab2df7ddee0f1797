"""Highlights and notes as Markdown, for Obsidian, Logseq, GitHub or any Markdown editor.

`annotations_markdown` writes one note per article:

    ---
    title: "Flood wall holds as river peaks"      YAML front matter: every text value quoted
    authors:                                       and escaped, so any title is valid YAML
      - "Rachel Ingleby"
    ...
    ---
    # Flood wall holds as river peaks
    > <the article note>                           in a blockquote
    ## Highlights
    - > the highlighted words                      one list item per highlight, in reading order
      **Claim to check** · para. 2 · [Open in Reader](reader://article/1#highlight-3)
      <the highlight's note>                       indented inside its item

Quoted article text is escaped (`\\*`, `\\#`, `\\=`, ...) so it shows as written. Notes are the
user's own Markdown and keep their formatting, but each is contained: indented inside its list
item (the article note: inside its blockquote), with tabs at line starts expanded and a code
fence it leaves open closed at its end, so that no note (`---`, `# Heading`, `> quote`, an
unclosed fence, raw HTML) can change the document around it: every highlight and every deep link
stays where it is. `article_markdown` is the cleaned article itself with its highlights marked:
`==words==` by default (Obsidian's and Logseq's highlight), or `**words**` for renderers without
it, such as GitHub. Tags are written as Obsidian needs them: spaces become hyphens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.export.marks import block_pieces, merged_runs, paragraph_span, placed
from reader.core.export.safe_write import safe_filename, unique_filename, write_text
from reader.core.export.w3c import article_uri, highlight_uri
from reader.core.library import Library
from reader.core.models import Article, BlockKind, Highlight, HighlightStatus, page_span
from reader.core.notes_render import close_fences

MARKS = ("==", "**")
_ESCAPED = re.compile(r"([\\`*_\[\]<>#|~=$&])")
_LINE_START = re.compile(r"^([ \t]*)([-+]|\d+(?=[.)]))", re.MULTILINE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LEADING = re.compile(r"^[ \t]+", re.MULTILINE)


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `value` (YAML 1.1 and 1.2)."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif (
            code < 0x20
            or 0x7F <= code <= 0x9F
            or code in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)
            or 0xD800 <= code <= 0xDFFF
        ):
            out.append(f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def front_matter(
    fields: Iterable[tuple[str, str | list[str] | None]], dates: tuple[str, ...] = ("published", "saved")
) -> str:
    """YAML front matter; empty values are left out; the `dates` keys, when YYYY-MM-DD, stay dates
    (Obsidian shows them as date properties); every other value is a quoted string."""
    lines = ["---"]
    for key, value in fields:
        if isinstance(value, list):
            if value:
                lines.append(f"{key}:")
                lines.extend(f"  - {yaml_string(item)}" for item in value)
        elif value:
            is_date = key in dates and _DATE.fullmatch(value)
            lines.append(f"{key}: {value if is_date else yaml_string(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def escape_inline(text: str) -> str:
    """Markdown's, GitHub's and Obsidian's inline syntax characters escaped (not line starts)."""
    return _ESCAPED.sub(r"\\\1", text.replace("\x00", "")).replace("%%", "\\%\\%")  # %% is a comment


def _line_starts(text: str) -> str:
    """Escape what would make a line a list item, and drop indentation that would make code."""
    text = re.sub(r"^[ \t]+", "", text, flags=re.MULTILINE)
    return _LINE_START.sub(
        lambda m: m.group(1) + ("\\" + m.group(2) if not m.group(2)[0].isdigit() else m.group(2) + "\\"), text
    )


def escape_markdown(text: str) -> str:
    """Text that renders as itself in Markdown."""
    return _line_starts(escape_inline(text))


def _blockquote(text: str) -> str:
    return "\n".join(f"> {line}" if line.strip() else ">" for line in escape_markdown(text).split("\n"))


def _note_lines(note: str) -> list[str]:
    """A note's lines, ready to be indented into a container: line ends made plain, tabs at line
    starts expanded (an indent changes what a tab is worth), blank lines around it dropped, an
    open code fence closed."""
    text = note.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    text = _LEADING.sub(lambda m: m.group(0).expandtabs(4), text)
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return close_fences("\n".join(lines)).split("\n") if lines else []


def contained_in_item(note: str, indent: str = "  ") -> str:
    """A note indented as the continuation of a list item ("- " items: two spaces)."""
    return "\n".join(indent + line if line.strip() else "" for line in _note_lines(note))


def contained_in_quote(note: str) -> str:
    """A note as a blockquote of its own."""
    return "\n".join("> " + line if line.strip() else ">" for line in _note_lines(note))


def _list_item(parts: list[str]) -> str:
    """Blocks of Markdown as one "- " list item: the first on the marker's line, every line indented."""
    text = "\n\n".join(parts)
    lines = [("  " + line if line.strip() else "") for line in text.split("\n")]
    return "- " + lines[0][2:] + ("\n" + "\n".join(lines[1:]) if len(lines) > 1 else "")


def _tags(library: Library, article_id: int) -> list[str]:
    return ["-".join(tag.split()) for tag in library.organize.tags_of(article_id)]


def _front(library: Library, article: Article) -> str:
    c = article.content
    return front_matter(
        [
            ("title", c.title),
            ("authors", [a.name for a in c.authors if a.role in ("author", "reporter")]),
            ("site", c.site_name),
            ("published", c.published),
            ("url", c.url),
            ("tags", _tags(library, article.id)),
            ("saved", article.added_at[:10]),
            ("reader", article_uri(article.id)),
        ]
    )


def _highlight_entry(library: Library, article: Article, h: Highlight, names: dict[str, str]) -> str:
    facts = [f"**{escape_markdown(names.get(h.color, h.color))}**"]
    span = paragraph_span(article.content, h)
    pages = page_span(article.content.pages, h.start, h.end) if span else None
    if pages:  # a paged document (a PDF): its page, as a citation gives it
        facts.append(f"pp. {pages}" if "–" in pages else f"p. {pages}")
    elif span:
        facts.append(f"para. {span[0]}" if span[0] == span[1] else f"paras. {span[0]}–{span[1]}")
    if h.status == HighlightStatus.MOVED:
        facts.append("moved: check the words")
    facts.append(f"[Open in Reader]({highlight_uri(article.id, h.id)})")
    item = _list_item([_blockquote(h.exact), " · ".join(facts)])
    note = contained_in_item(h.note) if h.note.strip() else ""
    return item + ("\n\n" + note if note else "")


def _annotations_body(library: Library, article: Article, level: int) -> str:
    heading = "#" * level
    names = {label.color: label.name for label in library.annotations.labels()}
    highlights = library.annotations.for_article(article.id)
    parts = [f"{heading} {escape_markdown(article.content.title)}"]
    note = library.annotations.article_note(article.id)
    if note.strip():
        parts.append(contained_in_quote(note))
    placed_ones = [h for h in highlights if h.status != HighlightStatus.ORPHANED]
    orphans = [h for h in highlights if h.status == HighlightStatus.ORPHANED]
    if placed_ones:
        parts.append(f"{heading}# Highlights")
        parts.extend(_highlight_entry(library, article, h, names) for h in placed_ones)
    if orphans:
        parts.append(f"{heading}# Not found in the current text")
        parts.extend(_highlight_entry(library, article, h, names) for h in orphans)
    if not highlights and not note.strip():
        parts.append("*No highlights or notes.*")
    return "\n\n".join(parts) + "\n"


def annotations_markdown(library: Library, article_id: int) -> str:
    """One article's note and highlights, with YAML front matter."""
    return _annotations_document(library, library.get(article_id))


def _annotations_document(library: Library, article: Article) -> str:
    return _front(library, article) + "\n" + _annotations_body(library, article, level=1)


def annotations_markdown_combined(library: Library, article_ids: Iterable[int], title: str = "Highlights") -> str:
    """Several articles' notes and highlights in one document: one section per article."""
    sections = []
    for article_id in article_ids:
        article = library.get(article_id)
        c = article.content
        facts = [
            escape_markdown(f)
            for f in (
                ", ".join(a.name for a in c.authors if a.role in ("author", "reporter")),
                c.site_name,
                c.published or "",
            )
            if f
        ]
        if c.url:
            facts.append(f"<{c.url}>" if re.fullmatch(r"[^\s<>]+", c.url) else escape_markdown(c.url))
        byline = " · ".join(facts)
        body = _annotations_body(library, article, level=2)
        head, _, rest = body.partition("\n\n")
        sections.append(head + ("\n\n" + byline if byline else "") + ("\n\n" + rest if rest else "\n"))
    return front_matter([("title", title)]) + "\n" + f"# {escape_markdown(title)}\n\n" + "\n".join(sections)


def write_markdown_files(
    library: Library, article_ids: Iterable[int], folder: Path | str, *, force: bool = False
) -> list[Path]:
    """One Markdown file of annotations per article in `folder`, named after the titles."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReaderError("{folder} is not a folder", folder=folder)
    written: list[Path] = []
    taken: set[str] = set()
    for article_id in article_ids:
        article = library.get(article_id)
        name = unique_filename(safe_filename(article.content.title, ".md"), taken)
        taken.add(name)
        written.append(write_text(folder / name, _annotations_document(library, article), force=force))
    return written


def article_markdown(library: Library, article_id: int, *, mark: str = "==") -> str:
    """The cleaned article as Markdown, highlighted words between `mark`s ("==" or "**")."""
    if mark not in MARKS:
        raise ReaderError("highlights are marked with {choices}, not {mark!r}", choices=" or ".join(MARKS), mark=mark)
    article = library.get(article_id)
    c = article.content
    highlights = placed(library.annotations.for_article(article_id), c)
    parts = [f"# {escape_markdown(c.title)}"]
    if c.subtitle:
        parts.append(f"*{escape_markdown(c.subtitle)}*")
    writers = ", ".join(a.name for a in c.authors if a.role in ("author", "reporter"))
    byline = " · ".join(escape_markdown(f) for f in (writers, c.site_name, c.published or "") if f)
    if byline:
        parts.append(byline)
    prefixes = {BlockKind.HEADING: "## ", BlockKind.QUOTE: "> ", BlockKind.LIST_ITEM: "- "}
    for block, pieces in zip(c.body, block_pieces(c, highlights), strict=True):
        if block.kind is BlockKind.CODE:  # as it is, in a fence: a mark inside it would be read as code
            parts.append(fenced(block.text))
            continue
        text = "".join(_marked(run, mark) if on else escape_inline(run) for run, on in merged_runs(pieces))
        parts.append(prefixes.get(block.kind, "") + _line_starts(" ".join(text.split("\n"))))
    return _front(library, article) + "\n" + "\n\n".join(parts) + "\n"


def fenced(code: str) -> str:
    """A code block in a Markdown fence longer than any run of backticks inside it."""
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", code)), default=0))
    return f"{fence}\n{code}\n{fence}"


def _marked(text: str, mark: str) -> str:
    """Mark a run, keeping white space outside the marks (a mark next to a space does not open)."""
    stripped = text.strip()
    if not stripped:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{mark}{escape_inline(stripped)}{mark}{trail}"
