"""Reader parses a saved page as trafilatura's load_html does, with a parser of its own whose
elements are found without a Python call each (cleaning/page.py)."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import FormElement, HtmlElement
from trafilatura.utils import load_html

from reader.core.cleaning.page import parse

PAGES = [
    "<html><head><title>T</title></head><body><form><input name=q></form><p>One</p><!-- c --><p>Two</p></body></html>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared encoding</p><p>Second</p></body></html>',
    "<p>just a fragment</p>",
    "plain words, no markup at all",
    "",
    "<html><body>" + "<div>" * 300 + "deep" + "</div>" * 300 + "</body></html>",
    "<html><body><p>caf\udce9 half a surrogate</p><p>more</p></body></html>",
]


@pytest.mark.parametrize("html", PAGES)
def test_the_tree_is_trafilaturas(html: str) -> None:
    ours, theirs = parse(html), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours) == etree.tostring(theirs)
        assert all(isinstance(element, HtmlElement) for element in ours.iter() if isinstance(element.tag, str))


def test_trafilatura_keeps_its_own_parser() -> None:
    """Reader's parser is its own: trafilatura run on its own still gives a form its FormElement."""
    parse(PAGES[0])
    form = next(load_html(PAGES[0]).iter("form"))
    assert isinstance(form, FormElement)
    assert not isinstance(next(parse(PAGES[0]).iter("form")), FormElement)
