"""The whole library to one folder, and back: a backup and a way to move to another computer.

    folder/
      manifest.json        written last: format, version, counts, and a SHA-256 of every file
      articles/ID.json     one per article: metadata, the current blocks, the raw input, reading state
      annotations.jsonld   every highlight and note as W3C Web Annotations (w3c.py)
      tags.json            tag names per article
      labels.json          the highlight colours and the meanings given to them

Every file is written atomically (safe_write.py); the manifest comes last, so a folder without
one is an export that did not finish. `import_library_folder` checks the manifest and every
checksum before it stores anything, adds the articles the library does not have (an article it
has, found by URL, source, text or title, is not added twice: its annotations go onto it), then
tags and annotations, which are never duplicated either. Importing the same folder again adds
nothing. An article's first-added time and its earlier text versions are not carried over.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.core.annotation_import import ImportReport, import_annotations
from reader.core.annotation_import.matching import ArticleIndex, ArticleKey
from reader.core.annotation_import.parse import parse as parse_annotations
from reader.core.errors import ReaderError, UnreadableInput
from reader.core.export import w3c
from reader.core.export.safe_write import clean_stale_temp_files, write_bytes
from reader.core.importers import HTML, MARKDOWN, TEXT, ImportedArticle
from reader.core.importers.sources import read_file
from reader.core.library import Library
from reader.core.models import Article, Author, Block, BlockKind, CleanedArticle, Figure, ReadingState, RemovedLine
from reader.core.organize import STATES, clean_tag
from reader.core.progress import Progress
from reader.core.serialize import cleaned_to_dict
from reader.core.stamps import text_hash

MANIFEST_LIMIT = 10 * 1024 * 1024  # bytes: a manifest lists files, it is never this large
MAX_PART = 250 * 1024 * 1024  # bytes of one file of an export (an article, its raw input, the annotations)

log = logging.getLogger(__name__)

FORMAT = "reader-library-folder"
VERSION = 1
_ARTICLE_FILE = re.compile(r"articles/\d+\.json")


@dataclass
class FolderExport:
    folder: Path
    articles: int
    highlights: int
    files: int


@dataclass
class FolderImport:
    added: int = 0  # new articles
    matched: int = 0  # already in the library: not added again
    annotations: ImportReport = field(default_factory=ImportReport)

    def __str__(self) -> str:
        return f"{self.added} articles added, {self.matched} already there; annotations: {self.annotations}"


def _dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_library_folder(
    library: Library, folder: Path | str, *, force: bool = False, progress: Progress | None = None
) -> FolderExport:
    """Write the whole library to `folder` (created if missing; an existing one must be empty unless force).
    The manifest is written last, and an older export's manifest goes first: a folder whose export
    was stopped (`progress` raising Cancelled, or a crash) never passes for a whole library.
    `progress(done, total, title)` hears of each article."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ReaderError("{folder} is a file; choose a folder to export the library to", folder=folder)
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise ReaderError("{folder} is not empty; choose an empty folder, or overwrite the export in it", folder=folder)
    try:
        (folder / "articles").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReaderError("cannot create {folder}: {reason}", folder=folder, reason=exc.strerror or exc) from exc
    clean_stale_temp_files(folder, min_age=0)
    clean_stale_temp_files(folder / "articles", min_age=0)
    try:
        (folder / "manifest.json").unlink(missing_ok=True)
    except OSError as exc:
        raise ReaderError(
            "cannot replace the export in {folder}: {reason}", folder=folder, reason=exc.strerror or exc
        ) from exc
    checksums: dict[str, str] = {}

    def put(name: str, data: bytes) -> None:
        write_bytes(folder / name, data, force=force)
        checksums[name] = hashlib.sha256(data).hexdigest()

    ids = sorted(library.article_ids())
    tags: dict[str, list[str]] = {}
    for done, article_id in enumerate(ids):
        article = library.get(article_id)
        if progress is not None:
            progress(done, len(ids), article.content.title)
        put(f"articles/{article_id}.json", _dump(_article_record(library, article)))
        if names := library.organize.tags_of(article_id):
            tags[w3c.article_uri(article_id)] = names
    annotations = w3c.export_annotations(library, ids)
    put("annotations.jsonld", w3c.dumps(annotations).encode("utf-8"))
    put("tags.json", _dump(tags))
    put(
        "labels.json",
        _dump([{"color": lb.color, "name": lb.name, "hex": lb.hex} for lb in library.annotations.labels()]),
    )
    for stale in (folder / "articles").glob("*.json"):  # an older export's articles since deleted
        if f"articles/{stale.name}" not in checksums and _ARTICLE_FILE.fullmatch(f"articles/{stale.name}"):
            stale.unlink()
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "counts": {
            "articles": len(ids),
            "highlights": annotations["total"],
            "tags": len({t.casefold() for names in tags.values() for t in names}),
        },
        "files": checksums,
    }
    write_bytes(folder / "manifest.json", _dump(manifest), force=True)
    log.info("exported %d articles to %s", len(ids), folder)
    return FolderExport(folder, len(ids), annotations["total"], len(checksums) + 1)


def _article_record(library: Library, article: Article) -> dict[str, Any]:
    return {
        "id": w3c.article_uri(article.id),
        "source": article.source,
        "kind": article.kind,
        "added_at": article.added_at,
        "fetched_at": article.fetched_at,
        "state": library.organize.state(article.id),
        "position": library.organize.position(article.id),
        "content": cleaned_to_dict(article.content),
        "raw_text": library.versions.raw_text(article),
        "textSha256": text_hash(article.content.text),
    }


# -- import ---------------------------------------------------------------------------------------


def is_library_folder(folder: Path | str) -> bool:
    """A folder written by export_library_folder (it has Reader's manifest)."""
    manifest = Path(folder) / "manifest.json"
    if not manifest.is_file():
        return False
    try:
        ours: bool = json.loads(read_file(manifest, limit=MANIFEST_LIMIT)).get("format") == FORMAT
        return ours
    except (ReaderError, ValueError, AttributeError, RecursionError):
        return False


def import_library_folder(library: Library, folder: Path | str) -> FolderImport:
    """Bring an exported folder into this library (empty or not) without duplicating anything."""
    folder = Path(folder)
    files = _listed_files(folder)
    read = _VerifiedReader(folder, files)
    articles = [_parse_article(read.json(name), name) for name in sorted(files) if _ARTICLE_FILE.fullmatch(name)]
    tags = read.json("tags.json") if "tags.json" in files else {}
    labels = read.json("labels.json") if "labels.json" in files else []
    if not isinstance(tags, dict) or not all(
        isinstance(v, list) and all(isinstance(t, str) for t in v) for v in tags.values()
    ):
        raise ReaderError("tags.json is damaged: expected tag names per article")
    for names in tags.values():
        for name in names:
            clean_tag(name)  # a ReaderError now rather than half-way through the import
    # a damaged file stops the import before anything is stored
    annotations = parse_annotations(read.bytes("annotations.jsonld") if "annotations.jsonld" in files else b"[]")
    read.the_rest()  # every file the manifest lists is checked, also one this Reader does not use
    if not isinstance(labels, list):
        raise ReaderError("labels.json is damaged: expected a list of labels")
    with library.transaction():  # the whole folder, or (interrupted) none of it: no article without its notes
        return _import_checked(library, folder, articles, tags, labels, annotations)


def _import_checked(
    library: Library,
    folder: Path,
    articles: list[tuple[str, _Imported, str, float]],
    tags: dict[str, list[str]],
    labels: list[Any],
    annotations: Any,
) -> FolderImport:
    was_empty = library.count() == 0
    report = FolderImport()
    # Only the articles the library had before are looked up (by URL, source or text, not by title):
    # the export's own articles are all distinct, even two with the same title or source.
    index = ArticleIndex(library)
    mapping: dict[str, int] = {}
    for uri, imported, state, position in articles:
        c = imported.article
        found = index.find(ArticleKey(url=c.url, source=imported.source, text_hash=text_hash(c.text)))
        if found is None:
            article = library.add(
                ImportedArticle(imported.kind, imported.raw_text, c),
                source=imported.source,
                fetched_at=imported.fetched_at,
            )
            library.organize.set_position(article.id, position)
            library.organize.set_state([article.id], state)
            found = article.id
            report.added += 1
        else:
            report.matched += 1
        mapping[uri] = found
    for uri, names in tags.items():
        if uri in mapping and names:
            library.organize.add_tags([mapping[uri]], names)
    if was_empty:
        _adopt_labels(library, labels)
    report.annotations = import_annotations(library, annotations, article_map=mapping)
    log.info("imported library folder %s: %s", folder, report)
    return report


@dataclass(frozen=True)
class _Imported:
    kind: str
    raw_text: str
    article: CleanedArticle
    source: str
    fetched_at: str | None


def _listed_files(folder: Path) -> dict[str, str]:
    """The files the export's manifest lists, with their SHA-256, once the manifest itself checks out."""
    manifest = _json(folder, "manifest.json", _read(folder, "manifest.json"))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ReaderError(
            "{folder} does not hold a Reader library export (its manifest.json is not one)", folder=folder
        )
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReaderError("the export's manifest.json is damaged: it has no format version")
    if version > VERSION:
        raise ReaderError(
            "this export was made by a newer Reader (format {version}); update Reader to import it", version=version
        )
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise ReaderError("the export's manifest.json is damaged: it lists no files")
    root = folder.resolve()
    for name, digest in files.items():
        path = (folder / name).resolve()
        if not isinstance(digest, str) or ".." in Path(name).parts or not path.is_relative_to(root):
            raise ReaderError("the export's manifest.json is damaged: it names {name!r}", name=name)
    return files


class _VerifiedReader:
    """Reads each listed file once, checking it is the file that was exported."""

    def __init__(self, folder: Path, files: dict[str, str]) -> None:
        self.folder, self.files, self.unread = folder, files, set(files)

    def bytes(self, name: str) -> bytes:
        data = _read(self.folder, name, incomplete=True)
        if hashlib.sha256(data).hexdigest() != self.files[name]:
            raise ReaderError("the export is damaged: {name} is not the file that was exported", name=name)
        self.unread.discard(name)
        return data

    def json(self, name: str) -> Any:
        return _json(self.folder, name, self.bytes(name))

    def the_rest(self) -> None:
        for name in sorted(self.unread):
            self.bytes(name)


def _read(folder: Path, name: str, *, incomplete: bool = False) -> bytes:
    path = folder / name
    try:
        if not path.exists():
            raise FileNotFoundError(name)
        try:  # only a regular file is read (a FIFO or a device named in the manifest would hang)
            return read_file(path, limit=MAX_PART)
        except UnreadableInput as exc:
            raise OSError(str(exc).replace(str(path), name)) from None
    except FileNotFoundError:
        if incomplete:
            raise ReaderError("the export is incomplete: {name} is missing", name=name) from None
        raise ReaderError(
            "{folder} has no {name}; it is not a finished Reader export", folder=folder, name=name
        ) from None
    except OSError as exc:
        if incomplete:
            raise ReaderError(
                "the export is incomplete: {name} cannot be read ({reason})",
                name=name,
                reason=exc.strerror or exc,
            ) from exc
        raise ReaderError("cannot read {value}: {reason}", value=folder / name, reason=exc.strerror or exc) from exc


def _json(folder: Path, name: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise ReaderError("{name} in the export is damaged: it is not JSON ({reason})", name=name, reason=exc) from None


def _parse_article(data: Any, name: str) -> tuple[str, _Imported, str, float]:
    """One article file, checked: (its id URI, the article, reading state, position)."""
    try:
        c = data["content"]
        authors = tuple(
            Author(
                _text(a["name"]),
                _text(a.get("role", "author")),
                _text(a.get("kind", "")),
                _text(a.get("job_title", "")),
            )
            for a in c["authors"]
        )
        body = tuple(Block(BlockKind(b["kind"]), _text(b["text"])) for b in c["body"])
        figures = tuple(Figure(_text(f.get("caption", "")), _text(f.get("credit", ""))) for f in c.get("figures", []))
        removed = tuple(RemovedLine(_text(r["text"]), _text(r["reason"])) for r in c.get("removed", []))
        published = c.get("published")
        cleaned = CleanedArticle(
            title=_text(c["title"]),
            body=body,
            subtitle=_text(c.get("subtitle", "")),
            section=_text(c.get("section", "")),
            authors=authors,
            site_name=_text(c.get("site_name", "")),
            dateline=_text(c.get("dateline", "")),
            published=None if published is None else _text(published),
            language=_text(c.get("language", "")),
            url=_text(c.get("url", "")),
            figures=figures,
            removed=removed,
        )
        kind = data.get("kind", TEXT)
        state = data.get("state", ReadingState.UNREAD)
        position = data.get("position", 0.0)
        if kind not in (TEXT, HTML, MARKDOWN) or state not in STATES or not body:
            raise ValueError("kind, state or body")
        if isinstance(position, bool) or not isinstance(position, (int, float)):
            raise ValueError("position")
        fetched = data.get("fetched_at")
        imported = _Imported(
            kind,
            _text(data.get("raw_text", cleaned.text)),
            cleaned,
            _text(data.get("source", "")),
            None if fetched is None else _text(fetched),
        )
        return _text(data["id"]), imported, state, float(position)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ReaderError("{name} in the export is damaged: {reason}", name=name, reason=exc) from None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    value.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError, a ValueError
    return value


def _adopt_labels(library: Library, labels: list[Any]) -> None:
    """A new library takes the exported labels' meanings."""
    known = {lb.color for lb in library.annotations.labels()}
    for label in labels:
        if (
            isinstance(label, dict)
            and label.get("color") in known
            and isinstance(label.get("name"), str)
            and label["name"].strip()
        ):
            library.annotations.rename_label(label["color"], label["name"])
