"""trafilatura's comparison with readability is left out in Reader's call where it cannot change the
result: the article is what trafilatura's full sequence gives, and anyone else's trafilatura call
compares as it always does."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
import trafilatura.core
import trafilatura.external

from reader.core.cleaning import clean_html, comparison
from reader.core.importers.decoding import decode_html

PAGES = sorted((Path(__file__).resolve().parents[2] / "data" / "cleaning" / "html").glob("*.html"))

PARAGRAPH = (
    "The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six"
    " years, after a long meeting in the town hall that ran past midnight and ended in a narrow vote. "
)
SIDEBAR = (
    "Other stories from around the coast this week, with the lifeboat crew's summer fair, the ferry's new"
    " timetable and the council's plans for the old cinema on the front, read by thousands of people. "
)


def _page(paragraphs: int, sidebar: int = 0) -> str:
    aside = "".join(f"<div class='promo'><div>{n}. {SIDEBAR}</div></div>" for n in range(sidebar))
    body = "".join(f"<p>{n}. {PARAGRAPH}</p>" for n in range(paragraphs))  # told apart: trafilatura drops repeats
    return (
        "<html><head><title>Mooring fees rise</title></head><body>"
        f"<h1>Mooring fees rise</h1><article>{body}</article><div class='more'>{aside}</div></body></html>"
    )


@pytest.fixture
def comparisons(monkeypatch) -> list[str]:
    """The calls of trafilatura's comparison, each still run: "reader" inside Reader's call,
    "trafilatura" in anyone else's."""
    calls: list[str] = []
    real = trafilatura.core.compare_extraction

    def counted(*args, **kwargs):
        calls.append("reader" if getattr(comparison._state, "active", False) else "trafilatura")
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura.core, "compare_extraction", counted)
    return calls


def test_the_reasoning_was_worked_out_on_the_installed_trafilatura() -> None:
    assert comparison.in_place(), (
        f"trafilatura's comparison steps changed (fingerprint {comparison.fingerprint()}): check the reasoning"
        " in reader/core/cleaning/comparison.py against them, then update _FINGERPRINT"
    )


def test_the_comparison_is_left_out_where_the_article_is_most_of_the_page(comparisons: list[str]) -> None:
    article = clean_html(_page(12))
    assert comparisons == []
    assert len(article.body) == 12


def test_the_comparison_runs_where_the_article_is_under_half_the_page(comparisons: list[str]) -> None:
    clean_html(_page(3, sidebar=30))
    assert comparisons and set(comparisons) == {"reader"}


def test_trafilatura_called_by_anyone_else_compares_as_it_always_does(comparisons: list[str]) -> None:
    clean_html(_page(12))  # Reader's step is in place from here on
    assert trafilatura.extract(_page(12))
    assert comparisons == ["trafilatura"]


@pytest.mark.parametrize("html", [_page(12), _page(3, sidebar=30), _page(1)], ids=["article", "sidebar", "short"])
def test_leaving_the_comparison_out_changes_no_article(monkeypatch, html: str) -> None:
    left_out = clean_html(html)
    monkeypatch.setattr(comparison, "_stands", lambda *_args: False)
    assert clean_html(html) == left_out


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_leaving_the_comparison_out_changes_no_saved_page(monkeypatch, page: Path) -> None:
    html = decode_html(page.read_bytes())
    left_out = clean_html(html)
    monkeypatch.setattr(comparison, "_stands", lambda *_args: False)
    assert clean_html(html) == left_out


def _reading(*elements: tuple[str, str]) -> tuple[object, str]:
    """A reading as trafilatura's extractor gives it: a <body> of elements, and its text."""
    from lxml.etree import Element, SubElement

    body = Element("body")
    for tag, text in elements:
        SubElement(body, tag).text = text
    return body, " ".join(text for _tag, text in elements)


def _stands(reading: tuple[object, str], html: str, **options: bool) -> bool:
    from trafilatura.external import SANITIZED_XPATH
    from trafilatura.settings import Extractor

    from reader.core.cleaning.page import parse

    body, text = reading
    return comparison._stands(body, text, parse(html), Extractor(output_format="xml", **options), SANITIZED_XPATH)


ARTICLE = _reading(*(("p", f"{n}. {PARAGRAPH}") for n in range(4)))


def test_a_reading_of_most_of_the_page_stands_whatever_its_scripts_hold() -> None:
    script = "<script>" + "var tracking = 'x';\n" * 400 + "</script><style>" + "p { margin: 0 }\n" * 200 + "</style>"
    assert _stands(ARTICLE, _page(4).replace("</body>", f"{script}</body>"))


@pytest.mark.parametrize(
    ("reading", "html", "options"),
    [
        (ARTICLE, _page(4, sidebar=6), {}),  # under half the page's text: readability may find twice as much
        (ARTICLE, _page(4), {"recall": True}),  # the recall mode's retry compares on other terms
        (_reading(("p", "Fees rise by a fifth.")), "<p>Fees rise by a fifth.</p>", {}),  # short: jusText is asked
        (_reading(("list", PARAGRAPH * 4)), _page(4), {}),  # no paragraph's text
        (_reading(("p", PARAGRAPH * 2), ("table", "1"), ("table", "2"), ("table", "3")), _page(2), {}),  # tables
        (_reading(("p", PARAGRAPH * 3), ("nav", "Home News Sport")), _page(4), {}),  # a <nav> calls jusText in
    ],
    ids=["under-half", "recall", "short", "no-paragraph", "tables", "unclean"],
)
def test_a_reading_the_comparison_could_replace_does_not_stand(reading, html: str, options: dict[str, bool]) -> None:
    assert not _stands(reading, html, **options)


def test_a_trafilatura_whose_steps_differ_runs_as_it_is(monkeypatch, comparisons: list[str]) -> None:
    monkeypatch.setattr(comparison, "fingerprint", lambda: "another trafilatura")
    monkeypatch.setattr(comparison, "_tried", [])  # as in a new process
    monkeypatch.setattr(trafilatura.core, "_extract_and_compare", trafilatura.core._extract_and_compare)
    step = trafilatura.core._extract_and_compare
    assert clean_html(_page(12)).body
    assert not comparison.in_place()
    assert trafilatura.core._extract_and_compare is step


def test_another_threads_trafilatura_compares_while_reader_cleans(comparisons: list[str]) -> None:
    import threading

    html = _page(12)
    expected = clean_html(html)
    results: list[object] = []

    def clean() -> None:
        results.extend(clean_html(html) for _ in range(20))

    worker = threading.Thread(target=clean)
    worker.start()
    outside = [trafilatura.extract(html) for _ in range(20)]
    worker.join()
    assert all(outside) and results == [expected] * 20
    assert comparisons.count("trafilatura") == 20 and "reader" not in comparisons


VIDEO_PARAGRAPH = (
    "The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six years. "
)


@pytest.mark.parametrize("bio", [435, 440, 445])
def test_a_page_of_videos_is_compared_where_readability_may_write_them_in(monkeypatch, bio: int) -> None:
    """readability writes "VIDEO" into each video's <iframe>: its reading can be longer than the
    page's text. Here it is, and twice trafilatura's own (the first paragraphs, without the bio)."""
    paragraphs = "".join(f"<p>{n}. {VIDEO_PARAGRAPH}</p>" for n in range(4))
    videos = "".join(f"<iframe src='https://www.youtube.com/embed/v{n}'></iframe>" for n in range(3))
    words = ("Rachel writes about the harbour and its boats. " * 20)[:bio]
    html = (
        f"<html><body><div class='content'>{paragraphs}{videos}"
        f"<div class='author-bio'><p>{words}</p></div></div></body></html>"
    )
    left_out = clean_html(html)
    assert "Rachel writes" in left_out.text
    monkeypatch.setattr(comparison, "_stands", lambda *_args: False)
    assert clean_html(html) == left_out


@pytest.mark.parametrize("element", ["xmp", "noembed", "noframes", "plaintext"])
def test_a_page_with_text_the_parser_reads_as_written_is_always_compared(element: str) -> None:
    html = _page(4).replace("</article>", f"</article><{element}>AT&amp;T &lt;b&gt;</{element}>")
    assert not _stands(ARTICLE, html)
