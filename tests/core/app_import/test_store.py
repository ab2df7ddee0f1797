"""Another app's export stored in the library, as a user brings one over: articles with their text
or as links waiting for it, states, tags, starred, dates, highlights placed on the words (or waiting
for the text), page notes; the same export twice adds nothing, a newer one adds only what is new,
and a stopped import stores nothing."""

from __future__ import annotations

import pytest

from reader.core.app_import.formats import read_export
from reader.core.app_import.records import STARRED_TAG
from reader.core.app_import.store import import_export
from reader.core.errors import Cancelled
from reader.core.fetch_queue import LINK
from reader.core.library import Library
from reader.core.models import HighlightStatus
from tests.core.app_import.exports import (
    hypothesis_json,
    instapaper_csv,
    omnivore_zip,
    pocket_csv_zip,
    readwise_csv,
    wallabag_json,
)

STORY = (
    "<html><head><title>Tide tables</title></head><body><article><h1>Why the tides run late</h1>"
    "<p>The moon pulls the sea into two bulges, and the earth turns beneath them once a day.</p>"
    "<p>Friction with the sea floor drags the bulges ahead of the moon, so high water comes late.</p>"
    "<p>Harbour masters publish tables a year ahead because the pattern repeats with great precision.</p>"
    "</article></body></html>"
)
POCKET = [
    {"url": "https://example.org/tides", "title": "Tides", "tags": ["sea"], "time_added": 1600000000},
    {"url": "https://example.org/bread", "title": "Bread", "status": "archive", "tags": ["food", "sea"]},
]


def stored(library: Library, data: bytes, name: str):
    return import_export(library, read_export(data, name))


def test_pocket_links_are_listed_at_once_with_state_tags_and_date(library: Library) -> None:
    report = stored(library, pocket_csv_zip(POCKET), "pocket.zip")
    assert (report.added, report.with_text, report.queued) == (2, 0, 2)
    tides, bread = (library.get(i) for i in report.article_ids)
    assert tides.kind == LINK and tides.content.title == "Tides" and tides.content.url == POCKET[0]["url"]
    assert tides.added_at == "2020-09-13T12:26:40+00:00"  # when it was saved in Pocket
    assert library.organize.tags_of(tides.id) == ["sea"] and library.organize.state(tides.id) == "unread"
    assert library.organize.state(bread.id) == "archived"
    assert sorted(library.organize.tags_of(bread.id)) == ["food", "sea"]
    assert library.queue.counts().waiting == 2
    assert [r.article_id for r in library.search("bread")] == [bread.id]  # searchable by its title


def test_the_same_export_twice_adds_nothing(library: Library) -> None:
    data = pocket_csv_zip(POCKET)
    stored(library, data, "pocket.zip")
    again = stored(library, data, "pocket.zip")
    assert (again.added, again.updated, again.unchanged, again.queued) == (0, 0, 2, 0)
    assert library.count() == 2 and library.queue.counts().waiting == 2


def test_a_newer_export_adds_what_is_new_and_moves_states_and_tags_on(library: Library) -> None:
    stored(library, pocket_csv_zip(POCKET), "pocket.zip")
    tides = library.find(POCKET[0]["url"])
    assert tides is not None
    library.organize.set_state([tides], "reading")  # read on in Reader meanwhile
    newer = [
        {**POCKET[0], "status": "archive", "tags": ["sea", "physics"]},
        {**POCKET[1], "status": "unread"},  # an older state does not undo Reader's
        {"url": "https://example.org/owls", "title": "Owls"},
    ]
    report = stored(library, pocket_csv_zip(newer), "pocket-2.zip")
    assert (report.added, report.updated, report.unchanged) == (1, 1, 1)
    assert library.organize.state(tides) == "archived"
    assert sorted(library.organize.tags_of(tides)) == ["physics", "sea"]
    assert library.organize.state(library.find(POCKET[1]["url"]) or 0) == "archived"
    assert library.count() == 3


def test_instapaper_starred_and_folders(library: Library) -> None:
    rows = [
        {"url": "https://example.org/a", "title": "Starred one", "folder": "Starred"},
        {"url": "https://example.org/b", "title": "In a folder", "folder": "Recipes", "selection": "knead it well"},
    ]
    report = stored(library, instapaper_csv(rows), "instapaper.csv")
    a, b = report.article_ids
    assert library.organize.tags_of(a) == [STARRED_TAG] and library.organize.tags_of(b) == ["Recipes"]
    (waiting,) = library.annotations.for_article(b)
    assert waiting.exact == "knead it well" and waiting.status == HighlightStatus.ORPHANED
    assert report.highlights == report.waiting == 1


def test_omnivore_articles_come_with_their_text_and_highlights_placed(library: Library) -> None:
    items = [
        {
            "slug": "tides",
            "title": "Why the tides run late",
            "url": "https://example.org/tides",
            "labels": ["sea"],
            "state": "Archived",
            "author": "Mara Quist",
            "publishedAt": "2023-01-15T00:00:00.000Z",
            "content": STORY,
            "highlights": [{"quote": "so high water comes late", "note": "the key claim"}],
        }
    ]
    report = stored(library, omnivore_zip(items), "omnivore.zip")
    assert (report.added, report.with_text, report.queued) == (1, 1, 0)
    article = library.get(report.article_ids[0])
    assert article.kind == "html" and "Friction with the sea floor" in article.content.text
    assert [a.name for a in article.content.authors] == ["Mara Quist"]
    assert article.content.published == "2023-01-15"
    (h,) = library.annotations.for_article(article.id)
    assert h.status == HighlightStatus.ANCHORED and h.note == "the key claim"
    assert article.content.text[h.start : h.end] == "so high water comes late"
    assert library.organize.state(article.id) == "archived"


def test_wallabag_annotations_and_starred(library: Library) -> None:
    entries = [
        {
            "url": "https://example.org/tides",
            "title": "Tides",
            "content": STORY,
            "is_starred": 1,
            "tags": ["sea"],
            "published_by": ["Mara Quist"],
            "annotations": [{"quote": "Harbour masters publish tables", "text": "source?"}],
        }
    ]
    report = stored(library, wallabag_json(entries), "wallabag.json")
    article_id = report.article_ids[0]
    assert sorted(library.organize.tags_of(article_id)) == ["sea", STARRED_TAG]
    (h,) = library.annotations.for_article(article_id)
    assert h.status == HighlightStatus.ANCHORED and h.note == "source?"


def test_readwise_highlights_wait_on_a_source_entry(library: Library) -> None:
    rows = [
        {"highlight": "The sea keeps its own time.", "title": "Book of Tides", "author": "Ann Lee", "color": "pink"},
        {"highlight": "Friction with the sea floor", "title": "Book of Tides", "author": "Ann Lee", "note": "n"},
    ]
    report = stored(library, readwise_csv(rows), "readwise.csv")
    (book,) = report.article_ids
    entry = library.get(book)
    assert entry.kind == LINK and entry.content.title == "Book of Tides" and entry.content.url == ""
    assert library.queue.counts().waiting == 0  # nothing to fetch: no address
    marks = library.annotations.for_article(book)
    assert [m.color for m in marks] == ["red", "yellow"] and all(m.status == HighlightStatus.ORPHANED for m in marks)
    # its text arrives (imported into the entry): the highlight that is in it is placed
    result = library.ingest(_written(library, STORY), into=book)
    assert result.report is not None and result.report.kept == 1 and result.report.orphaned == 1
    again = stored(library, readwise_csv(rows), "readwise.csv")  # matched by title: nothing twice
    assert (again.added, again.highlights, again.duplicates) == (0, 0, 2)


def test_hypothesis_annotations_land_on_the_article_already_in_the_library(library: Library) -> None:
    article = library.import_bytes(STORY.encode(), "tides.html", url="https://example.org/tides")
    annotations = [
        {"uri": "https://example.org/tides", "exact": "two bulges", "text": "diagram?", "tags": ["check"]},
        {"uri": "https://example.org/tides", "exact": "", "text": "A page note about the whole piece."},
        {"uri": "https://example.org/elsewhere", "exact": "some words", "title": "Elsewhere"},
    ]
    report = stored(library, hypothesis_json(annotations), "hypothesis.json")
    (h,) = library.annotations.for_article(article.id)
    assert h.status == HighlightStatus.ANCHORED and h.note == "diagram?\n\nTags: check"
    assert library.annotations.article_note(article.id) == "A page note about the whole piece."
    (elsewhere,) = report.article_ids  # a page not in the library: a link, queued, its highlight waiting
    assert library.get(elsewhere).content.title == "Elsewhere" and library.queue.counts().waiting == 1
    assert report.notes == 1 and report.highlights == 2 and report.waiting == 1


def test_a_stopped_import_stores_nothing(library: Library) -> None:
    rows = [{"url": f"https://example.org/{i}", "title": f"Item {i}"} for i in range(250)]

    def stop(done: int, total: int, what: str) -> None:
        if done >= 200:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        import_export(library, read_export(pocket_csv_zip(rows), "pocket.zip"), stop)
    assert library.count() == 0 and library.queue.counts().waiting == 0


def _written(library: Library, html: str):
    path = library.path.parent / "tides.html"
    path.write_text(html)
    return path


def test_a_highlight_on_words_that_changed_is_placed_as_moved(library: Library) -> None:
    entries = [
        {
            "url": "https://example.org/tides",
            "content": STORY,
            "annotations": [{"quote": "Harbour masters publish their tables a year ahead", "text": "moved?"}],
        }
    ]
    report = stored(library, wallabag_json(entries), "wallabag.json")
    (h,) = library.annotations.for_article(report.article_ids[0])
    assert h.status == HighlightStatus.MOVED and report.moved == 1
    assert "1 of them moved (check them)" in str(report)
