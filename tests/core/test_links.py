import pytest

from reader.core.errors import ReaderError
from reader.core.links import article_link, parse_link


def test_links_round_trip() -> None:
    assert parse_link(article_link(12, 34)) == (12, 34)
    assert parse_link(article_link(7)) == (7, None)
    assert parse_link("READER://article/7/") == (7, None)


@pytest.mark.parametrize("bad", ["reader://article/x", "http://article/1", "reader://article/1#note-2", ""])
def test_bad_links_are_refused_clearly(bad: str) -> None:
    with pytest.raises(ReaderError, match="not a Reader link"):
        parse_link(bad)


def test_reader_open_only_starts_reader() -> None:
    from reader.core.links import is_open_link

    assert is_open_link("reader://open") and is_open_link("READER://open/") and is_open_link("reader://")
    assert not is_open_link("reader://article/3") and not is_open_link("reader://opened")
