"""Articles as an EPUB 3 book: one chapter per article, highlights marked as in the HTML export.

Written with the standard library's zipfile (no EPUB library: the common one is AGPL-licensed,
and the format is small). The container follows EPUB 3.3's rules: `mimetype` is the first entry,
stored uncompressed with no extra field; `META-INF/container.xml` names the package document;
the package has a `dcterms:modified` date, a navigation document, and a `toc.ncx` for EPUB 2
readers. Chapters are XHTML made by `html_export.article_body`; notes' rendered Markdown is
re-serialised as well-formed XML (entities resolved, empty elements closed). A book of articles in
several languages declares each (one `dc:language` per language, the most frequent first, which is
also the package's and the contents page's `xml:lang`); each chapter's `lang` and `xml:lang` are its
article's language (the book's first, for an article whose language is not known).
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.export.html_export import CSS, article_body, esc, language_tag
from reader.core.export.safe_write import write_bytes
from reader.core.library import Library
from reader.core.notes_render import render_note
from reader.core.progress import Progress

MIMETYPE = b"application/epub+zip"
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_NAME = re.compile(r"[A-Za-z_][-A-Za-z0-9_.]*")

CONTAINER = """<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""


class _XHTMLWriter(HTMLParser):
    """HTML in, well-formed XHTML out: the subset of HTML that Markdown produces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []

    def _attrs(self, attrs: list[tuple[str, str | None]]) -> str:
        return "".join(f' {name}="{esc(value or "")}"' for name, value in attrs if _NAME.fullmatch(name))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not _NAME.fullmatch(tag):
            return
        if tag in _VOID:
            self.out.append(f"<{tag}{self._attrs(attrs)}/>")
        else:
            self.out.append(f"<{tag}{self._attrs(attrs)}>")
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if _NAME.fullmatch(tag):
            self.out.append(f"<{tag}{self._attrs(attrs)}/>")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open:
                last = self.open.pop()
                self.out.append(f"</{last}>")
                if last == tag:
                    break

    def handle_data(self, data: str) -> None:
        self.out.append(esc(data))

    def result(self) -> str:
        self.close()
        self.out.extend(f"</{tag}>" for tag in reversed(self.open))
        self.open.clear()
        return "".join(self.out)


def to_xhtml(html: str) -> str:
    writer = _XHTMLWriter()
    writer.feed(html)
    return writer.result()


def render_note_xhtml(source: str) -> str:
    return to_xhtml(render_note(source))


def _chapter(title: str, language: str, body: str, *, stylesheet: bool = True) -> str:
    link = '<link rel="stylesheet" type="text/css" href="style.css"/>\n' if stylesheet else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
        f' lang="{language}" xml:lang="{language}">\n'
        f'<head>\n<meta charset="utf-8"/>\n<title>{esc(title)}</title>\n{link}</head>\n'
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def book_languages(languages: Iterable[str]) -> list[str]:
    """Each language of the articles once, the most frequent first (ties: in the order met); articles
    whose language is not known count for none. ["en"] when no article says."""
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}
    for language in languages:
        if language and language_tag(language) == language:
            key = language.casefold()
            counts[key] = counts.get(key, 0) + 1
            spelled.setdefault(key, language)
    ranked = sorted(counts, key=lambda key: -counts[key])  # sorted() is stable: ties keep their order
    return [spelled[key] for key in ranked] or ["en"]


def _package(
    book_id: str,
    title: str,
    languages: list[str],
    creators: list[str],
    date: str | None,
    chapters: list[str],
    modified: str,
) -> str:
    language = languages[0]
    meta = [f'<dc:identifier id="book-id">{esc(book_id)}</dc:identifier>', f"<dc:title>{esc(title)}</dc:title>"]
    meta += [f"<dc:language>{esc(tag)}</dc:language>" for tag in languages]
    meta += [f"<dc:creator>{esc(name)}</dc:creator>" for name in creators]
    if date:
        meta.append(f"<dc:date>{esc(date)}</dc:date>")
    meta += ["<dc:publisher>Reader</dc:publisher>", f'<meta property="dcterms:modified">{modified}</meta>']
    items = [
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
        '<item id="css" href="style.css" media-type="text/css"/>',
    ]
    items += [
        f'<item id="c{n}" href="{name}" media-type="application/xhtml+xml"/>'
        for n, name in enumerate(chapters, start=1)
    ]
    spine = [f'<itemref idref="c{n}"/>' for n in range(1, len(chapters) + 1)]
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id"'
        f' xml:lang="{language}">\n<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n  '
        + "\n  ".join(meta)
        + "\n</metadata>\n<manifest>\n  "
        + "\n  ".join(items)
        + '\n</manifest>\n<spine toc="ncx">\n  '
        + "\n  ".join(spine)
        + "\n</spine>\n</package>\n"
    )


def _nav(language: str, entries: list[tuple[str, str]]) -> str:
    links = "\n".join(f'<li><a href="{href}">{esc(title)}</a></li>' for href, title in entries)
    nav = f'<nav epub:type="toc" id="toc">\n<h1>Contents</h1>\n<ol>\n{links}\n</ol>\n</nav>'
    return _chapter("Contents", language, nav, stylesheet=False)


def _ncx(book_id: str, title: str, entries: list[tuple[str, str]]) -> str:
    points = "\n".join(
        f'<navPoint id="p{n}" playOrder="{n}"><navLabel><text>{esc(label)}</text></navLabel>'
        f'<content src="{href}"/></navPoint>'
        for n, (href, label) in enumerate(entries, start=1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">\n'
        f'<head><meta name="dtb:uid" content="{esc(book_id)}"/><meta name="dtb:depth" content="1"/>'
        '<meta name="dtb:totalPageCount" content="0"/><meta name="dtb:maxPageNumber" content="0"/></head>\n'
        f"<docTitle><text>{esc(title)}</text></docTitle>\n<navMap>\n{points}\n</navMap>\n</ncx>\n"
    )


def epub_bytes(
    library: Library,
    article_ids: Iterable[int],
    *,
    title: str | None = None,
    book_id: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The EPUB file's bytes: one chapter per article, in the order given. `progress(done, total,
    title)` hears of each chapter (and may stop the work by raising Cancelled: nothing is written)."""
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        raise ReaderError("choose at least one article to put in the book")
    articles = [library.get(i) for i in ids]
    first = articles[0].content
    languages = book_languages(a.content.language for a in articles)
    language = languages[0]  # the book's own: the package's, the contents page's, an unlabelled chapter's
    book_title = title or (first.title if len(articles) == 1 else f"{len(articles)} articles from Reader")
    creators = [a.name for a in first.authors if a.role in ("author", "reporter")] if len(articles) == 1 else []
    book_id = book_id or f"urn:uuid:{uuid.uuid4()}"
    labels = library.annotations.labels()
    files: list[tuple[str, str]] = []
    entries: list[tuple[str, str]] = []
    for n, article in enumerate(articles, start=1):
        if progress is not None:
            progress(n - 1, len(articles), article.content.title)
        body = article_body(
            article,
            library.annotations.for_article(article.id),
            labels,
            tags=library.organize.tags_of(article.id),
            article_note=library.annotations.article_note(article.id),
            render=render_note_xhtml,
        )
        name = f"chapter-{n}.xhtml"
        own = article.content.language
        chapter_language = own if own and language_tag(own) == own else language
        files.append((name, _chapter(article.content.title, chapter_language, body)))
        entries.append((name, article.content.title))
    modified = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    date = first.published if len(articles) == 1 else None
    package = _package(book_id, book_title, languages, creators, date, [n for n, _ in files], modified)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr(
            zipfile.ZipInfo("mimetype", date_time=(2000, 1, 1, 0, 0, 0)), MIMETYPE, compress_type=zipfile.ZIP_STORED
        )
        parts = [
            ("META-INF/container.xml", CONTAINER),
            ("OEBPS/content.opf", package),
            ("OEBPS/nav.xhtml", _nav(language, entries)),
            ("OEBPS/toc.ncx", _ncx(book_id, book_title, entries)),
            ("OEBPS/style.css", CSS),
        ] + [(f"OEBPS/{name}", text) for name, text in files]
        for name, text in parts:
            book.writestr(name, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def write_epub(
    library: Library,
    article_ids: Iterable[int],
    path: Path | str,
    *,
    title: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write the EPUB atomically; an existing file only with force."""
    return write_bytes(path, epub_bytes(library, article_ids, title=title, progress=progress), force=force)
