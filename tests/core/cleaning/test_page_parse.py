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


# What trafilatura's repair_faulty_html mends: characters XML does not allow, a doctype with a slash
# on the first line, a self-closed <html/>; and pages with none of these.
TO_REPAIR = [
    "<html><body><p>bell\x07 form feed\x0c and unit\x1f separators</p></body></html>",
    "<html><body><p>tab\tnew line\nreturn\r kept</p></body></html>",
    "<html><body><p>not characters: \ufffe and \uffff, next to \u2019 and \u00e9</p></body></html>",
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1.dtd">\n<html><body>x</body></html>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">',
    "<!doctype html>\n<html lang=en/>\n<body><p>self-closed root</p></body>",
    "<html><body><p>nothing to mend, caf\u00e9 \u2014 \U0001f600</p></body></html>",
]


@pytest.mark.parametrize("html", TO_REPAIR)
def test_the_page_is_repaired_as_trafilatura_repairs_it(html: str) -> None:
    from trafilatura.utils import repair_faulty_html

    from reader.core.cleaning.page import _repaired

    beginning = html[:50].lower()
    assert _repaired(html, beginning) == repair_faulty_html(html, beginning)
    ours, theirs = parse(html), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours) == etree.tostring(theirs)


def test_each_character_alone_is_repaired_as_trafilatura_repairs_it() -> None:
    from trafilatura.utils import repair_faulty_html

    from reader.core.cleaning.page import _repaired

    for code in (*range(0x20), 0x7F, 0xA0, 0xFFFD, 0xFFFE, 0xFFFF):
        html = f"<html><body><p>one{chr(code)}two</p></body></html>"
        assert _repaired(html, html[:50]) == repair_faulty_html(html, html[:50]), hex(code)


def test_trafilatura_keeps_its_own_parser() -> None:
    """Reader's parser is its own: trafilatura run on its own still gives a form its FormElement."""
    parse(PAGES[0])
    form = next(load_html(PAGES[0]).iter("form"))
    assert isinstance(form, FormElement)
    assert not isinstance(next(parse(PAGES[0]).iter("form")), FormElement)


# A theme's header template that closes the page before the article is printed: a browser shows
# what follows in the body; lxml keeps it as a second root that nothing reads.
EARLY_END = (
    "<html><head><title>Six kinds of outsourcing | Firm</title></head><body>"
    "<header><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav></header></body></html>\n"
    "<div class='post'><h1>Six kinds of outsourcing</h1>"
    + "".join(
        f"<p>Paragraph {n} of the article explains how a small company hands one of its tasks to a firm "
        "that does it for many others, and what it keeps for itself when it does.</p>"
        for n in range(1, 7)
    )
    + "</div><footer>Copyright Firm</footer>"
)


def test_what_follows_a_closing_html_tag_is_the_bodys() -> None:
    tree = parse(EARLY_END)
    assert tree is not None
    body = tree.find("body")
    assert body is not None
    assert [child.tag for child in body] == ["header", "div", "footer"]
    assert "Paragraph 6 of the article" in body.text_content()


def test_an_article_after_a_closing_html_tag_is_read() -> None:
    from reader.core.cleaning import clean_html

    article = clean_html(EARLY_END, url="https://firm.example/blog/six-kinds")
    assert len(article.body) == 6
    assert article.body[0].text.startswith("Paragraph 1 of the article")
    assert article.title == "Six kinds of outsourcing"


def test_a_second_document_after_the_first_joins_its_body() -> None:
    tree = parse(
        "<html><head><title>One</title></head><body><p>First page</p></body></html>"
        "<html><head><title>Two</title></head><body><p>Second page</p></body></html>"
    )
    assert tree is not None
    assert [element.tag for element in tree] == ["head", "body"]
    assert [p.text for p in tree.iter("p")] == ["First page", "Second page"]
    assert [t.text for t in tree.iter("title")] == ["One"]
