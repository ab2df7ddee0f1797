"""jusText's paragraphs, read by Reader in one walk of the tree, are jusText's own: the same text,
place, links and tags, judged alike; they stand in for jusText's walk inside Reader's call alone."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import trafilatura
import trafilatura.external
from hypothesis import given, settings
from hypothesis import strategies as st
from justext.core import PARAGRAPH_TAGS, ParagraphMaker, classify_paragraphs, revise_paragraph_classification
from justext.paragraph import Paragraph as JustextParagraph
from justext.utils import normalize_whitespace
from lxml import etree, html

from reader.core.cleaning import clean_html, justext_paragraphs
from reader.core.cleaning.comparison import reading_in_place
from reader.core.importers.decoding import decode_html

PAGES = sorted((Path(__file__).resolve().parents[2] / "data" / "cleaning" / "html").glob("*.html"))

# A page with what jusText's walk has rules for: two line breaks in a row, one alone, links, a
# heading, a drop-down, a copyright line, a comment with text after it, text in the head, white
# space of every sort, and tags inside paragraphs. (The HTML parser reads "<?...?>" as a comment.)
PAGE = """<?xml version="1.0"?>
<html><head><title>Tide tables for the estuary</title></head>
<body>
  <div class="menu"><a href="/">Home</a> | <a href="/tides">Tides</a> | <a href="/club">Club</a></div>
  <h2>Spring tides this month</h2>
  <p>The highest tides of the month come two days after the full moon, when the water at the
  quay rises  to within a hand of the top step and the\tslipway is under water for an hour.</p>
  <div>Boats on the lower moorings should be checked<br>before the evening tide<br><br>and the
  harbour master asks owners to <a href="/rules">read the mooring rules</a> again<!-- old note -->
  before the season starts.</div>
  <select><option>January</option><option>February</option></select>
  <p>Low water\xa0on Sunday is at 06:12 and again at 18:40; the ferry runs\r\n from the south
  slip until the channel is too shallow for it.</p>
  <ul><li><b>Neap</b> tides: small range</li><li><em>Spring</em> tides: large range</li></ul>
  <p>\u00a9 Estuary Sailing Club</p>
</body></html>"""


def _judged(paragraphs: list) -> list[tuple]:
    stoplist = trafilatura.external.JT_STOPLIST or trafilatura.external.jt_stoplist_init()
    classify_paragraphs(paragraphs, stoplist, 50, 150, 0.1, 0.2, 0.25, True)
    revise_paragraph_classification(paragraphs, 150)
    return [
        (p.dom_path, p.text, p.chars_count_in_links, p.tags_count, p.heading, p.cf_class, p.class_type)
        for p in paragraphs
    ]


def _same_as_justext(tree: html.HtmlElement) -> list[tuple]:
    ours = justext_paragraphs.make_paragraphs(tree, PARAGRAPH_TAGS)
    assert ours is not None
    theirs = _judged(ParagraphMaker.make_paragraphs(tree))
    assert _judged(ours) == theirs
    return theirs


def test_a_page_is_cut_into_justexts_own_paragraphs_judged_alike() -> None:
    paragraphs = _same_as_justext(html.fromstring(PAGE))
    texts = [" ".join(text.split()) for _, text, *_ in paragraphs]
    assert "Tide tables for the estuary" in texts
    assert "Home | Tides | Club" in texts  # links alone, then judged by their share of links
    assert any(
        text.startswith("Boats on the lower moorings") and text.endswith("before the evening tide") for text in texts
    )
    assert any(
        text.startswith("and the harbour master") and text.endswith("before the season starts.") for text in texts
    )
    assert {"good", "bad"} <= {class_type for *_, class_type in paragraphs}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_saved_page_of_the_tests_is_cut_alike(page: Path) -> None:
    assert _same_as_justext(html.fromstring(decode_html(page.read_bytes())))


def test_text_set_after_an_instruction_beside_the_root_is_read_as_justext_reads_it() -> None:
    root = etree.fromstring("<?style one?><html><body><p>The quay at low water</p></body></html><?style two?>")
    root.getprevious().tail, root.getnext().tail = "Before the page", "After the page"  # only a program puts them there
    texts = [text for _, text, *_ in _same_as_justext(root)]
    assert texts[0].startswith("Before the page") and texts[-1] == "After the page"


def test_instructions_namespaces_and_odd_tag_names_are_read_as_justext_reads_them() -> None:
    # A tree a program builds (the HTML parser keeps no instruction in the page): instructions
    # with text after them, tags in a namespace, and names with a brace that are no namespace.
    root = etree.fromstring(
        '<html xmlns:m="urn:marks"><body><div>The quay<?mark a?> at low water<m:p>under the bridge</m:p>'
        "<m:a>a link</m:a> and the slip<m:br/><m:br/>at dawn</div></body></html>"
    )
    texts = [text for _, text, *_ in _same_as_justext(root)]
    assert "under the bridge" in texts and "at dawn" in texts  # {urn:marks}p is a p; the breaks a pair
    braces = html.fromstring("<html><body><div>Home <x}p>Club news</x}p> and <x}a>more</x}a></div></body></html>")
    assert [text for _, text, *_ in _same_as_justext(braces)] == ["Home Club news and more"]


def test_a_whole_document_is_read_from_its_root() -> None:
    document = html.fromstring(PAGE).getroottree()
    ours = justext_paragraphs.make_paragraphs(document, PARAGRAPH_TAGS)
    assert ours is not None and _judged(ours) == _judged(ParagraphMaker.make_paragraphs(document))


_WORDS = st.sampled_from(["the", "tide", "rises", "of", "and", "quay", "\u00a9", "&amp;copy", "boats", "to", "a"])
_SPACES = st.sampled_from(["", " ", "  ", "\n", " \r\n ", "\t", "\xa0", "\u3000", "\x0b", "\u2028 "])
_TEXT = st.lists(st.tuples(_SPACES, _WORDS, _SPACES), max_size=6).map(lambda parts: "".join(map("".join, parts)))
_TAGS = st.sampled_from(["p", "div", "a", "b", "span", "br", "h2", "li", "ul", "td", "select", "em", "pre", "section"])


def _element(tag_and_children: tuple[str, list[str], str]) -> str:
    tag, children, tail = tag_and_children
    inner = "".join(children)
    return (f"<br>{inner}" if tag == "br" else f"<{tag}>{inner}</{tag}>") + tail


_CONTENT = st.recursive(
    _TEXT | _TEXT.map(lambda text: f"<!--{text}-->"),
    lambda inner: st.tuples(_TAGS, st.lists(inner, max_size=4), _TEXT).map(_element),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CONTENT, min_size=1, max_size=5))
def test_any_page_is_cut_into_justexts_own_paragraphs(parts: list[str]) -> None:
    _same_as_justext(html.fromstring(f"<html><body>{''.join(parts)}</body></html>"))


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000ab", max_size=12))
def test_white_space_is_written_as_justext_writes_it(text: str) -> None:
    assert justext_paragraphs._normal(text) == normalize_whitespace(text)


def test_a_tree_deeper_than_the_walk_reads_is_left_to_justext() -> None:
    depth = justext_paragraphs._DEEPEST + 5
    tree = html.fromstring("<html><body>" + "<span>" * depth + "deep words" + "</span>" * depth + "</body></html>")
    assert justext_paragraphs.make_paragraphs(tree, PARAGRAPH_TAGS) is None
    with reading_in_place():
        paragraphs = trafilatura.external.ParagraphMaker.make_paragraphs(tree)
    assert [p.text for p in paragraphs] == ["deep words"] and isinstance(paragraphs[0], JustextParagraph)


def test_the_walk_was_worked_out_on_the_installed_justext() -> None:
    assert justext_paragraphs.fingerprint() == justext_paragraphs._FINGERPRINT, (
        f"jusText's or trafilatura's steps changed (fingerprint {justext_paragraphs.fingerprint()}): check"
        " reader/core/cleaning/justext_paragraphs.py against them, then update _FINGERPRINT"
    )


def test_reader_cuts_inside_its_own_call_and_justext_everywhere_else() -> None:
    clean_html(PAGE)  # Reader's walk is in place from here on
    maker = trafilatura.external.ParagraphMaker
    tree = html.fromstring(PAGE)
    with reading_in_place():
        inside = maker.make_paragraphs(tree)
    outside = maker.make_paragraphs(tree)
    assert all(isinstance(p, justext_paragraphs.Paragraph) for p in inside)
    assert all(isinstance(p, JustextParagraph) for p in outside)
    assert _judged(inside) == _judged(outside)


def test_justexts_reading_in_reader_call_is_its_reading_anywhere_else() -> None:
    clean_html(PAGE)
    tree = html.fromstring(PAGE)
    with reading_in_place():
        inside = trafilatura.external.try_justext(tree, None, None)
    outside = trafilatura.external.try_justext(tree, None, None)
    assert etree.tostring(inside) == etree.tostring(outside) and len(inside) >= 2


def test_another_threads_justext_walks_as_it_always_does_while_reader_cleans() -> None:
    clean_html(PAGE)
    tree = html.fromstring(PAGE)
    seen: list[type] = []

    def clean() -> None:
        for _ in range(20):
            with reading_in_place():
                seen.extend(type(p) for p in trafilatura.external.ParagraphMaker.make_paragraphs(tree))

    worker = threading.Thread(target=clean)
    worker.start()
    outside = [type(p) for _ in range(20) for p in trafilatura.external.ParagraphMaker.make_paragraphs(tree)]
    worker.join()
    assert set(seen) == {justext_paragraphs.Paragraph} and set(outside) == {JustextParagraph}


def test_another_justext_is_left_as_it_is(monkeypatch) -> None:
    monkeypatch.setattr(justext_paragraphs, "fingerprint", lambda: "another jusText")
    monkeypatch.setattr(trafilatura.external, "ParagraphMaker", ParagraphMaker)
    assert not justext_paragraphs.install(lambda: True)
    assert trafilatura.external.ParagraphMaker is ParagraphMaker


def test_a_page_that_asks_justext_cleans_as_with_justexts_own_walk(monkeypatch) -> None:
    page = (  # an article too short for trafilatura to trust its own reading of it
        "<html><body><div class='menu'><a href='/'>Home</a> | <a href='/tides'>Tides</a></div>"
        "<div>Boats on the lower moorings should be checked before the evening tide, and the harbour master"
        " asks owners to read the mooring rules again.</div><p>\u00a9 Estuary Sailing Club</p></body></html>"
    )
    calls: list[int] = []
    walk = justext_paragraphs.make_paragraphs
    monkeypatch.setattr(justext_paragraphs, "make_paragraphs", lambda *args: calls.append(1) or walk(*args))
    article = clean_html(page)
    assert calls  # the page asks jusText
    monkeypatch.setattr(justext_paragraphs, "make_paragraphs", lambda *_args: None)  # jusText's own walk
    assert clean_html(page) == article
    assert "read the mooring rules again" in article.text
