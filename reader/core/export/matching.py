"""Finding the article of a library that an exported article record describes.

Tried in order, the first that gives an answer wins: the URL; the source (file path or URL it
was imported from); the hash of the cleaned text; the title (case and spacing folded), only when
exactly one article has it: two articles called "Editorial" are not guessed between.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from reader.core.library import Library
from reader.core.models import Article

log = logging.getLogger(__name__)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fold_title(title: str) -> str:
    return " ".join(title.casefold().split())


@dataclass(frozen=True)
class ArticleKey:
    """What an export knows about an article, for finding it again."""

    url: str = ""
    source: str = ""
    title: str = ""
    text_hash: str = ""


class ArticleIndex:
    """The library's articles by URL, source, text hash and title: built once per import."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._by_url: dict[str, int] = {}
        self._by_source: dict[str, int] = {}
        self._by_hash: dict[str, int] = {}
        self._by_title: dict[str, list[int]] = {}
        self._hash_of: dict[int, str] = {}
        for article_id in sorted(library.article_ids()):
            self.add(library.get(article_id))

    def add(self, article: Article) -> None:
        """Index one article (the importer calls this for each article it adds)."""
        c = article.content
        if c.url:
            self._by_url.setdefault(c.url, article.id)
        if article.source:
            self._by_source.setdefault(article.source, article.id)
        digest = text_sha256(c.text)
        self._hash_of[article.id] = digest
        self._by_hash.setdefault(digest, article.id)
        ids = self._by_title.setdefault(fold_title(c.title), [])
        if article.id not in ids:
            ids.append(article.id)

    def find(self, key: ArticleKey) -> int | None:
        if key.url and key.url in self._by_url:
            return self._by_url[key.url]
        if key.source and key.source in self._by_source:
            return self._by_source[key.source]
        if key.text_hash and key.text_hash in self._by_hash:
            return self._by_hash[key.text_hash]
        if key.title.strip():
            ids = self._by_title.get(fold_title(key.title), [])
            if len(ids) == 1:
                return ids[0]
            if len(ids) > 1:
                log.info("%d articles are titled %r; not guessing which one is meant", len(ids), key.title)
        return None

    def text_hash(self, article_id: int) -> str:
        return self._hash_of.get(article_id, "")
