from __future__ import annotations

import pytest

from reader.core.errors import ReaderError
from reader.core.extraction import DROPPED_BY_USER
from reader.core.library import Library

PAGE = """Home
News

Ferry fares to rise by a tenth from April

By Sam Reed

The island ferry company will raise fares by ten per cent from the first of April, it said on Monday.

Read more: Harbour dredging starts next month

The company blamed higher fuel prices and the cost of a new vessel that joins the fleet in the summer.

Advertisement

Islanders said the rise would hit families who travel to the mainland for school and hospital visits.
"""


def test_put_back_and_drop_make_new_versions(library: Library, write) -> None:
    article = library.import_file(write("ferry.txt", PAGE))
    texts = [b.text for b in article.content.body]
    assert not any("Read more" in t for t in texts)
    index = next(i for i, r in enumerate(article.content.removed) if r.text.startswith("Read more"))

    restored = library.versions.restore_removed(article.id, index).article
    texts = [b.text for b in restored.content.body]
    assert texts[1] == "Read more: Harbour dredging starts next month"  # where it stood in the page
    assert all(not r.text.startswith("Read more") for r in restored.content.removed)
    assert restored.version_id != article.version_id
    assert library.versions.count(article.id) == 2

    dropped = library.versions.drop_block(article.id, 0).article
    assert [b.text for b in dropped.content.body][0] == "Read more: Harbour dredging starts next month"
    assert dropped.content.removed[-1].reason == DROPPED_BY_USER
    assert dropped.content.removed[-1].text.startswith("The island ferry company")
    assert library.versions.count(article.id) == 3


def test_bad_indexes_are_refused_without_a_new_version(library: Library, write) -> None:
    article = library.import_file(write("ferry.txt", PAGE))
    with pytest.raises(ReaderError):
        library.versions.restore_removed(article.id, 999)
    with pytest.raises(ReaderError):
        library.versions.drop_block(article.id, 999)
    assert library.versions.count(article.id) == 1


def test_the_last_paragraph_cannot_be_dropped(library: Library, write) -> None:
    article = library.import_file(write("note.txt", "A note\n\nOnly one paragraph here."))
    with pytest.raises(ReaderError, match="last one"):
        library.versions.drop_block(article.id, 0)
