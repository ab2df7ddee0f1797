"""The package document (OPF) of an EPUB 2 or EPUB 3 book: its metadata and its reading order.

Elements are matched by local name, so an OPF that forgets a namespace still reads. What is kept:

- the title: the `dc:title` an EPUB 3 `title-type` calls "main" (and the "subtitle" one as the
  subtitle), else the first `dc:title`;
- the creators (`dc:creator`, not `dc:contributor`, where tools sign their name), with the MARC
  relator code of `opf:role` (EPUB 2) or of a `<meta refines="#id" property="role">` (EPUB 3) read
  as a role: aut author, edt editor, pht photographer, any other code contributor, none author;
- the language (`dc:language`, as a two-letter ISO 639-1 code where one exists);
- the publication date: a full date (YYYY-MM-DD, a time after it allowed) only. A year or a
  year and month alone gives None: the article's date is a day, and no day is invented;
- the publisher (`dc:publisher`), kept as the site name;
- an identifier, kept as the article's address, since an article has no other place for it:
  an ISBN as "urn:isbn:<digits>", else a DOI as "https://doi.org/<doi>"; anything else (a UUID,
  a publisher's own number) is not kept;
- the spine: the zip paths of its XHTML documents in reading order (`linear="no"` ones in their
  place too). The navigation document and the NCX are not chapters, nor is anything not XHTML.
"""

from __future__ import annotations

import datetime
import posixpath
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from reader.core.importers.text_doc import collapse
from reader.core.models import Author

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.etree import _Element

    Refined = Callable[[_Element, str], str]  # an element's EPUB 3 property, from <meta refines="#its-id">

OPF_NS = "http://www.idpf.org/2007/opf"
# MARC relator codes (https://id.loc.gov/vocabulary/relators) to Reader's roles; others: contributor.
ROLES = {"aut": "author", "edt": "editor", "trl": "contributor", "ill": "contributor", "pht": "photographer"}
CHAPTER_TYPES = {"application/xhtml+xml", "text/html", "text/x-oeb1-document"}
# ISO 639-2 codes of the commoner languages whose books say so, to their ISO 639-1 code.
_THREE_LETTERS = {
    "ara": "ar", "chi": "zh", "zho": "zh", "cze": "cs", "ces": "cs", "dan": "da", "dut": "nl", "nld": "nl",
    "eng": "en", "fin": "fi", "fre": "fr", "fra": "fr", "ger": "de", "deu": "de", "gre": "el", "ell": "el",
    "heb": "he", "hin": "hi", "hun": "hu", "ind": "id", "ita": "it", "jpn": "ja", "kor": "ko", "may": "ms",
    "msa": "ms", "nor": "no", "pol": "pl", "por": "pt", "rum": "ro", "ron": "ro", "rus": "ru", "spa": "es",
    "swe": "sv", "tha": "th", "tur": "tr", "ukr": "uk", "vie": "vi",
}  # fmt: skip
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_ISBN_SHAPE = re.compile(r"\d{13}|\d{9}[\dX]")
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_DOI_PREFIXES = (
    "doi:",
    "urn:doi:",
    "info:doi/",
    "https://doi.org/",
    "http://doi.org/",
    "https://dx.doi.org/",
    "http://dx.doi.org/",
)
# ONIX code list 5 (the scheme EPUB 3's identifier-type names): 02 and 15 are ISBNs.
_ONIX_ISBN = {"02", "15"}


@dataclass(frozen=True)
class Package:
    title: str
    subtitle: str
    authors: tuple[Author, ...]
    language: str
    published: str | None
    publisher: str
    url: str
    chapters: tuple[str, ...]  # zip paths of the spine's XHTML documents, in reading order


def local(element: _Element) -> str:
    """An element's name without its namespace ("" for a comment or processing instruction)."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(element: _Element) -> str:
    return collapse("".join(element.itertext()))


def _opf_attribute(element: _Element, name: str) -> str:
    return (element.get(f"{{{OPF_NS}}}{name}") or element.get(name) or "").strip()


def read_package(root: _Element, opf_path: str) -> Package:
    """The book's metadata and chapters from its parsed package document at `opf_path` in the zip."""
    children = {local(child): child for child in root if local(child)}
    metadata = children.get("metadata")
    elements = [e for e in metadata.iter() if local(e)] if metadata is not None else []
    refines: dict[str, dict[str, str]] = {}
    for meta in elements:
        target, prop = (meta.get("refines") or "").lstrip("#"), meta.get("property") or ""
        if local(meta) == "meta" and target and prop:
            refines.setdefault(target, {}).setdefault(prop, text_of(meta))
    named: dict[str, list[_Element]] = {}
    for element in elements:
        named.setdefault(local(element), []).append(element)

    def refined(element: _Element, prop: str) -> str:
        return refines.get(element.get("id") or "", {}).get(prop, "")

    titles = [t for t in named.get("title", []) if text_of(t)]
    main = next((t for t in titles if refined(t, "title-type") == "main"), titles[0] if titles else None)
    subtitle = next((t for t in titles if refined(t, "title-type") == "subtitle"), None)
    return Package(
        title=text_of(main) if main is not None else "",
        subtitle=text_of(subtitle) if subtitle is not None else "",
        authors=_authors(named.get("creator", []), refined),
        language=next((code for e in named.get("language", []) if (code := _language(text_of(e)))), ""),
        published=_published(named.get("date", [])),
        publisher=next((text_of(e) for e in named.get("publisher", []) if text_of(e)), ""),
        url=_identifier_url(named.get("identifier", []), refined),
        chapters=_chapters(children, opf_path),
    )


def _authors(creators: list[_Element], refined: Refined) -> tuple[Author, ...]:
    ranked: list[tuple[int, int, Author]] = []
    for n, creator in enumerate(creators):
        name = text_of(creator)[:300]
        if not name:
            continue
        code = (_opf_attribute(creator, "role") or refined(creator, "role")).lower()
        role = ROLES.get(code, "contributor") if code else "author"
        seq = refined(creator, "display-seq")
        ranked.append((int(seq) if seq.isdigit() else len(creators) + n, n, Author(name, role)))
    return tuple(dict.fromkeys(author for _, _, author in sorted(ranked, key=lambda r: r[:2])))


def _language(tag: str) -> str:
    primary = tag.split("-")[0].split("_")[0].strip().lower()
    if re.fullmatch(r"[a-z]{2}", primary):
        return primary
    return _THREE_LETTERS.get(primary, "")


def _published(dates: list[_Element]) -> str | None:
    """The publication date: EPUB 2's `opf:event="publication"` first, then one without an event
    (EPUB 3 has only that one); never a creation or modification date."""
    events = [(_opf_attribute(d, "event").lower(), text_of(d)) for d in dates]
    chosen = [v for e, v in events if e == "publication"] or [v for e, v in events if not e]
    match = _DATE.match(chosen[0]) if chosen else None
    if match is None:
        return None
    try:
        return datetime.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:  # 2019-02-30
        return None


def _identifier_url(identifiers: list[_Element], refined: Refined) -> str:
    values = []
    for element in identifiers:
        kind = (_opf_attribute(element, "scheme") or refined(element, "identifier-type")).lower()
        values.append((text_of(element), kind))
    for value, kind in values:
        isbn = _isbn(value, labelled=kind == "isbn" or kind in _ONIX_ISBN)
        if isbn:
            return f"urn:isbn:{isbn}"
    for value, _ in values:
        doi = _doi(value)
        if doi:
            return f"https://doi.org/{doi}"
    return ""


def _isbn(value: str, *, labelled: bool) -> str | None:
    """The ISBN's digits; a number not labelled an ISBN must have an ISBN's check digit to be one."""
    lowered = value.lower()
    for prefix in ("urn:isbn:", "isbn:", "isbn"):
        if lowered.startswith(prefix):
            value, labelled = value[len(prefix) :], True
            break
    digits = re.sub(r"[\s-]", "", value).upper()
    if not _ISBN_SHAPE.fullmatch(digits):
        return None
    return digits if labelled or _check_digit_fits(digits) else None


def _check_digit_fits(digits: str) -> bool:
    if len(digits) == 10:
        return sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits)) % 11 == 0
    return digits[:3] in ("978", "979") and sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10 == 0


def _doi(value: str) -> str | None:
    value = value.strip()
    for prefix in _DOI_PREFIXES:
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
            break
    return value if _DOI.fullmatch(value) else None


def _chapters(children: dict[str, _Element], opf_path: str) -> tuple[str, ...]:
    manifest, spine = children.get("manifest"), children.get("spine")
    if manifest is None or spine is None:
        return ()
    items = {item.get("id"): item for item in manifest if local(item) == "item" and item.get("id")}
    folder = posixpath.dirname(opf_path)
    paths: list[str] = []
    for itemref in spine:
        item = items.get(itemref.get("idref")) if local(itemref) == "itemref" else None
        if item is None or (item.get("media-type") or "").strip().lower() not in CHAPTER_TYPES:
            continue
        if "nav" in (item.get("properties") or "").split() or itemref.get("idref") == spine.get("toc"):
            continue
        href = unquote((item.get("href") or "").split("#")[0])
        path = posixpath.normpath(posixpath.join(folder, href)) if href else ""
        if path and not path.startswith(("../", "/")) and path != ".." and path not in paths:
            paths.append(path)
    return tuple(paths)
