"""Articles with known metadata and highlights, for the export and citation tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.core.importers import ImportedArticle
from reader.core.library import Library
from reader.core.models import Article, Author, Block, BlockKind, CleanedArticle

FLOOD = (
    Block(BlockKind.PARAGRAPH, "The river rose overnight and flooded the lower town, the council said on Monday."),
    Block(BlockKind.PARAGRAPH, "Residents were moved to the school hall before midnight, and nobody was hurt."),
    Block(BlockKind.HEADING, "What the engineers found"),
    Block(BlockKind.PARAGRAPH, "Engineers said the old flood wall had held better than expected during the night."),
    Block(BlockKind.QUOTE, "“We were lucky this time,” the mayor said."),
    Block(BlockKind.LIST_ITEM, "Sandbags at the market square"),
    Block(BlockKind.LIST_ITEM, "Pumps at the station"),
)


def cleaned(
    title: str = "Flood wall holds as river peaks",
    *,
    body: tuple[Block, ...] = FLOOD,
    authors: tuple[tuple[str, str], ...] = (("Rachel Ingleby", "author"),),
    site: str = "The Herald",
    published: str | None = "2024-03-03",
    url: str = "https://herald.example/news/flood-wall",
    language: str = "en",
    subtitle: str = "",
) -> CleanedArticle:
    return CleanedArticle(
        title=title,
        body=body,
        subtitle=subtitle,
        authors=tuple(Author(*a) for a in authors),
        site_name=site,
        published=published,
        language=language,
        url=url,
    )


@pytest.fixture
def add_article(library: Library) -> Callable[..., Article]:
    """Store an article with the given metadata (see `cleaned`) and return it."""
    counter = iter(range(1, 10_000))

    def _add(*, source: str | None = None, raw: str | None = None, **kwargs: object) -> Article:
        c = cleaned(**kwargs)  # type: ignore[arg-type]
        return library.add(
            ImportedArticle("text", raw if raw is not None else c.text, c),
            source=source or f"/tmp/inputs/article-{next(counter)}.txt",
        )

    return _add


@pytest.fixture
def flood(library: Library, add_article) -> Article:
    """The flood article with two highlights (one with a note), a tag and an article note."""
    article = add_article()
    library.annotations.add_quote(article.id, "the lower town", color="red", note="Check with the **council**.")
    library.annotations.add_quote(article.id, "the old flood wall had held", color="green")
    library.organize.add_tags([article.id], ["floods", "local news"])
    library.annotations.set_article_note(article.id, "Follow up with the mayor.")
    return article


@pytest.fixture
def other_library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "other.sqlite3")
    yield lib
    lib.close()
