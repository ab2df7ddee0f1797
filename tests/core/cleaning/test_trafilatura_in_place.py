"""trafilatura may clean the parsed page in place when the cleaner needs it no more, or a copy of it
when the cleaner needs the page again: either way the article comes out as trafilatura's own call
(bare_extraction) gives it, and a trafilatura whose internals differ is asked that usual way."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
import trafilatura.settings

from reader.core.cleaning import clean_html
from reader.core.cleaning.extraction import _trafilatura
from reader.core.cleaning.page import parse
from reader.core.cleaning.xml_blocks import read_xml
from reader.core.importers.decoding import decode_html

PAGES = sorted((Path(__file__).resolve().parents[2] / "data" / "cleaning" / "html").glob("*.html"))


def _body(document) -> list[str]:
    return [block.text for block in read_xml(document.body)[0]] if document is not None else []


@pytest.mark.parametrize("page", PAGES[:6], ids=lambda p: p.stem)
def test_in_place_gives_the_article_the_copy_gives(page: Path) -> None:
    html = decode_html(page.read_bytes())
    kept = parse(html)
    before = len(list(kept.iter()))
    copied = _body(_trafilatura(kept, "", consume=False))
    assert copied, "the page has an article"
    assert len(list(kept.iter())) == before  # the copying call left the tree as it was
    assert _body(_trafilatura(parse(html), "", consume=True)) == copied
    own = trafilatura.bare_extraction(
        parse(html), output_format="xml", include_tables=True, include_images=False, with_metadata=False
    )
    assert _body(own) == copied


def test_a_trafilatura_without_the_expected_internals_is_asked_the_usual_way(monkeypatch) -> None:
    html = decode_html(PAGES[0].read_bytes())
    expected = clean_html(html)

    def other_options(*_args, **_kwargs):
        raise TypeError("this trafilatura's Extractor takes other arguments")

    monkeypatch.setattr(trafilatura.settings, "Extractor", other_options)  # bare_extraction keeps its own
    tree = parse(html)
    size = len(list(tree.iter()))
    assert _body(_trafilatura(tree, "", consume=True)) == [
        b.text for b in read_xml(_trafilatura(parse(html), "").body)[0]
    ]
    assert len(list(tree.iter())) == size  # bare_extraction copied it
    assert clean_html(html) == expected
