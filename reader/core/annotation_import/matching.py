"""Finding the article of a library that an exported article record describes.

Tried in order, the first that gives an answer wins: the URL; the source (file path or URL it
was imported from); the hash of the cleaned text; the title (case and spacing folded), only when
exactly one article has it: two articles called "Editorial" are not guessed between.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from reader.core.library import Library
from reader.core.models import Article
from reader.core.stamps import text_hash

log = logging.getLogger(__name__)


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
        for row in library.match_keys():  # the stored hashes: no article is loaded or hashed again
            self._add(*row)

    def add(self, article: Article) -> None:
        """Index one article (the importer calls this for each article it adds)."""
        c = article.content
        self._add(article.id, c.url, article.source, c.title, text_hash(c.text))

    def _add(self, article_id: int, url: str, source: str, title: str, digest: str) -> None:
        if url:
            self._by_url.setdefault(url, article_id)
        if source:
            self._by_source.setdefault(source, article_id)
        self._hash_of[article_id] = digest
        self._by_hash.setdefault(digest, article_id)
        ids = self._by_title.setdefault(fold_title(title), [])
        if article_id not in ids:
            ids.append(article_id)

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
