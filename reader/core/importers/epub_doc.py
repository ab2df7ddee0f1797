"""An EPUB 2 or EPUB 3 book to one article: its chapters, in reading order, read as Reader reads HTML.

The zip is opened with the standard library and its XML parsed with lxml (no EPUB library: the common
one is AGPL-licensed). `META-INF/container.xml` names the package document (epub_parts reads its
metadata and spine); each XHTML chapter of the spine goes through `import_html`, which keeps every
block of a page (the web-page cleaner would drop a book's short paragraphs), and the chapters' blocks
follow one another in the article's body. Before that, a chapter's `<header>` is made a plain block
(import_html leaves page headers out, but a chapter's header holds its heading), page-break markers
and the numbered labels of Reader's own exports' highlights are left out, and a chapter with a
`<title>` but no heading gets its title as a heading (unless it has no text, as a cover page, or
the title is the book's own).

Refused, each with UnreadableInput: what is not a zip or is a damaged one, a zip that is not an EPUB
(no container, no package document), a book whose files are encrypted (DRM; fonts obfuscated as EPUB
allows are not DRM), and a zip that unpacks to more than MAX_UNPACKED_BYTES (counted as it is read,
not taken from the zip's headers, which can lie) or holds more than MAX_MEMBERS files.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from html.entities import html5
from pathlib import PurePath
from typing import TYPE_CHECKING

from reader.core.errors import UnreadableInput
from reader.core.importers.decoding import decode_html
from reader.core.importers.epub_parts import local, read_package, text_of
from reader.core.importers.html_doc import import_html
from reader.core.importers.text_doc import MAX_TITLE, collapse
from reader.core.models import Block, BlockKind, CleanedArticle, body_text

if TYPE_CHECKING:
    from lxml.etree import _Element

log = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 300 * 1024 * 1024  # what is read of the zip, all members together
MAX_MEMBERS = 10_000
_CHUNK = 64 * 1024
CONTAINER = "META-INF/container.xml"
ENCRYPTION = "META-INF/encryption.xml"
# Font obfuscation (IDPF's and Adobe's): a font's first bytes scrambled, the book itself readable.
FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
# import_html takes the headline out of a page's blocks when it equals the page's title; a chapter's
# heading must stay, so each chapter is read under this title, which no heading is.
_NO_TITLE = "\u2063reader-epub-chapter\u2063"
_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = {b"amp", b"lt", b"gt", b"quot", b"apos"}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_epub(data: bytes, name: str) -> tuple[str, CleanedArticle]:
    """(raw_text, article): the book's chapters in spine order as one article.

    raw_text is the chapters' text, blocks separated by blank lines. UnreadableInput, with a one-line
    message naming the file, for anything that cannot be read as an EPUB book or has no text."""
    book = _Archive(data, name)
    container = book.read(CONTAINER)
    if container is None:
        raise UnreadableInput("{name} is not an EPUB book: it has no META-INF/container.xml", name=name)
    _refuse_drm(book, name)
    root = _parse_xml(container)
    rootfiles = [e for e in root.iter() if local(e) == "rootfile" and e.get("full-path")] if root is not None else []
    rootfiles.sort(key=lambda e: e.get("media-type") != "application/oebps-package+xml")
    if not rootfiles:
        raise UnreadableInput(
            "{name} is not an EPUB book: its META-INF/container.xml names no package document", name=name
        )
    opf_path = str(rootfiles[0].get("full-path")).lstrip("/")
    opf = book.read(opf_path)
    if opf is None:
        raise UnreadableInput("{name} is damaged: its package document {path} is missing", name=name, path=opf_path)
    package_root = _parse_xml(opf)
    if package_root is None or local(package_root) != "package":
        raise UnreadableInput("{name} is damaged: its package document {path} cannot be read", name=name, path=opf_path)
    package = read_package(package_root, opf_path)
    if not package.chapters:
        raise UnreadableInput("{name} has no chapters to read: its spine lists no XHTML documents", name=name)
    blocks: list[Block] = []
    for path in package.chapters:
        chapter = book.read(path)
        if chapter is None:
            log.info("%s: chapter %s is not in the zip", name, path)
            continue
        blocks += _chapter_blocks(chapter, package.title)
    if not blocks:
        raise UnreadableInput("{name} has no text to read: its chapters are empty or missing", name=name)
    first_heading = next((b.text for b in blocks if b.kind is BlockKind.HEADING), "")
    article = CleanedArticle(
        title=(package.title or first_heading or PurePath(name).stem)[:MAX_TITLE],
        body=tuple(blocks),
        subtitle=package.subtitle,
        authors=package.authors,
        site_name=package.publisher,
        published=package.published,
        language=package.language,
        url=package.url,
    )
    return body_text(blocks), article


class _Archive:
    """The zip's members by name, read with a cap on what they unpack to, all together."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self.unpacked = 0
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            members = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError):
            if data.startswith(b"PK"):
                raise UnreadableInput("{name} is damaged: its zip archive is cut short or broken", name=name) from None
            raise UnreadableInput("{name} is not an EPUB book: it is not a zip archive", name=name) from None
        if len(members) > MAX_MEMBERS:
            raise UnreadableInput(
                "{name} holds too many files ({count}); Reader reads books of up to {limit}",
                name=name,
                count=len(members),
                limit=MAX_MEMBERS,
            )
        self.members = {info.filename: info for info in members}
        self.folded = {key.casefold(): info for key, info in reversed(self.members.items())}

    def read(self, path: str) -> bytes | None:
        """The member's bytes; None when the zip has no such file."""
        info = self.members.get(path) or self.folded.get(path.casefold())
        if info is None or info.is_dir():
            return None
        if info.flag_bits & 0x1:
            raise UnreadableInput("{name} is password-protected; Reader cannot open it", name=self.name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnreadableInput("{name} is damaged: {member} cannot be unpacked", name=self.name, member=path)
        parts = []
        try:
            with self.zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    self.unpacked += len(chunk)
                    if self.unpacked > MAX_UNPACKED_BYTES:
                        raise UnreadableInput(
                            "{name} is too large to read: it unpacks to more than {limit} MB",
                            name=self.name,
                            limit=MAX_UNPACKED_BYTES // (1024 * 1024),
                        )
                    parts.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
            raise UnreadableInput(
                "{name} is damaged: {member} cannot be unpacked", name=self.name, member=path
            ) from None
        return b"".join(parts)


def _refuse_drm(book: _Archive, name: str) -> None:
    """UnreadableInput when META-INF/encryption.xml lists a file encrypted otherwise than a font's
    obfuscation: the book is under DRM (Adobe's, Readium LCP, ...) and its text cannot be read."""
    encryption = book.read(ENCRYPTION)
    root = _parse_xml(encryption) if encryption is not None else None
    if root is None:
        return
    for data in (e for e in root.iter() if local(e) == "EncryptedData"):
        method = next((e.get("Algorithm") or "" for e in data.iter() if local(e) == "EncryptionMethod"), "")
        if method.strip() not in FONT_OBFUSCATION:
            raise UnreadableInput(
                "{name} is protected by DRM (its files are encrypted); Reader reads only books without DRM",
                name=name,
            )


def _parse_xml(data: bytes) -> _Element | None:
    """The root of a well-formed XML document, or None: no DTD loaded, no entity expanded, nothing
    fetched. HTML's named entities (&nbsp;, which many books use) are written as numbers first."""
    from lxml import etree

    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # an ASCII-compatible encoding
        data = _ENTITY.sub(_numeric_entity, data)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _numeric_entity(match: re.Match[bytes]) -> bytes:
    name = match.group(1)
    characters = html5.get(name.decode("ascii") + ";")
    if name in _XML_ENTITIES or characters is None:
        return match.group(0)
    return "".join(f"&#{ord(c)};" for c in characters).encode("ascii")


def _chapter_tree(data: bytes) -> _Element | None:
    """The chapter as a tree: as XML, as XHTML should be; else as HTML, as a browser would read it."""
    root = _parse_xml(data)
    if root is not None and local(root) == "html":
        return root
    from lxml import etree
    from lxml.html import document_fromstring

    try:
        text = _XML_DECLARATION.sub("", decode_html(data))
        return document_fromstring(text)
    except (UnreadableInput, etree.ParserError, ValueError):
        return None


def _chapter_blocks(data: bytes, book_title: str) -> list[Block]:
    """A chapter's blocks, read by import_html; its <title> as a heading when it has text but no
    heading (not for a cover page with no text, nor for a title that is only the book's)."""
    from lxml import etree

    root = _chapter_tree(data)
    if root is None:
        return []
    for element in root.iter():
        if local(element):
            element.tag = local(element)
    heads = [e for e in root.iter() if local(e) == "head"]
    title = next((text_of(e) for head in heads for e in head.iter() if local(e) == "title"), "")
    for head in heads:
        _drop(head)
    body = next((e for e in root.iter() if local(e) == "body"), root)
    for element in list(body.iter()):
        classes = (element.get("class") or "").split()
        types = " ".join(v for k, v in element.attrib.items() if str(k).endswith("type")).split()
        if local(element) == "header":
            element.tag = "div"
        elif (local(element) == "span" and "hl-label" in classes) or "pagebreak" in types:
            _drop(element)
    page = etree.tostring(body, method="html", encoding="unicode", with_tail=False)
    blocks = list(import_html(f"<html><head><title>{_NO_TITLE}</title></head>{page}</html>").body)
    title = collapse(title)
    if blocks and title and title != book_title and not any(b.kind is BlockKind.HEADING for b in blocks):
        if blocks[0].text == title:  # a paragraph styled as the heading
            blocks.pop(0)
        blocks.insert(0, Block(BlockKind.HEADING, title))
    return blocks


def _drop(element: _Element) -> None:
    """Take an element out of the tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)
