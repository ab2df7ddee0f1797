"""A page pasted from a browser (pasted_page.py): the selection's HTML comes without the page's
<head>, so its writer and date are read from what it shows, as the copied-text cleaner reads them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.cleaning import clean_html
from reader.core.cleaning.pasted_page import with_shown_metadata
from reader.core.models import Author

PROSE = (
    "Hawthorn, blackthorn and field maple make a hedge that birds use all year, and November is the month "
    "to plant them, while the ground is still warm enough for the roots to settle before the frosts."
)


def selection(meta: str = "<div>Maren Olsted</div><div>Nov 20, 2025</div>", head: str = "") -> str:
    """A select-all copy's HTML as a browser puts it on the clipboard: the body's markup, no <head>."""
    return (
        f"{head}<meta charset='utf-8'><div><div class='crumbs'><a href='/'>Garden</a> <a href='/h'>Hedges</a></div>"
        f"<h1>Planting a winter hedge</h1><div class='meta'>{meta}</div>"
        + "".join(f"<p>{PROSE} Row {i} goes in next.</p>" for i in range(6))
        + "</div>"
    )


def test_a_pasted_pages_writer_and_date_are_read_from_what_it_shows() -> None:
    article = clean_html(selection())
    assert article.title == "Planting a winter hedge"
    assert [a.name for a in article.authors] == ["Maren Olsted"]
    assert article.published == "2025-11-20"


def test_what_the_markup_names_stands() -> None:
    article = clean_html(
        selection(meta="<div>By <a rel='author' href='/a/ps'>Pia Strand</a></div><div>Nov 20, 2025</div>")
    )
    assert [a.name for a in article.authors] == ["Pia Strand"]


def test_only_a_page_without_its_head_is_read_again() -> None:
    article = clean_html(selection())
    bare = replace(article, authors=(), published=None)
    lines = ["Planting a winter hedge", "Maren Olsted", "Nov 20, 2025", PROSE]
    assert with_shown_metadata(bare, lines, "", fragment=False) is bare  # a saved page: its head said
    read = with_shown_metadata(bare, lines, "", fragment=True)
    assert read.authors == (Author("Maren Olsted"),) and read.published == "2025-11-20"
    found = replace(bare, authors=(Author("Pia Strand"),), published="2025-11-21")
    assert with_shown_metadata(found, lines, "", fragment=True) is found  # nothing missing: not read again


def test_what_is_found_stays_and_only_the_missing_is_taken() -> None:
    bare = replace(clean_html(selection()), authors=(), published=None)
    lines = ["Planting a winter hedge", "Maren Olsted", "Nov 20, 2025", PROSE]
    named = with_shown_metadata(replace(bare, authors=(Author("Pia Strand"),)), lines, "", fragment=True)
    assert (named.authors, named.published) == ((Author("Pia Strand"),), "2025-11-20")
    dated = with_shown_metadata(replace(bare, published="2025-11-21"), lines, "", fragment=True)
    assert (dated.authors, dated.published) == ((Author("Maren Olsted"),), "2025-11-21")


def test_a_page_with_meta_tags_has_its_head() -> None:
    article = clean_html(selection(head="<meta property='og:site_name' content='Garden Notes'>"))
    assert article.site_name == "Garden Notes" and article.authors == ()  # saved, not pasted: not read again


BODY = "".join(f"<p>{PROSE} Row {i} goes in next.</p>" for i in range(6))


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("<header><h1><a href='/'>Garden Notes</a></h1></header>", "<h1>Planting a winter hedge</h1>"),
        (
            "<a class='title' href='https://garden.example'><h1>Garden Notes</h1></a>",
            "<h1>Planting a winter hedge</h1>",
        ),
        ("<h1><a href='/blog/'>Garden Notes</a></h1>", "<h2>Planting a winter hedge</h2>"),  # a post's title in an <h2>
    ],
)
def test_a_pasted_blogs_name_set_as_its_heading_is_not_the_title(top: str, headline: str) -> None:
    article = clean_html(f"<meta charset='utf-8'><div>{top}{headline}<div>Maren Olsted</div>{BODY}</div>")
    assert article.title == "Planting a winter hedge"


@pytest.mark.parametrize(
    "heading",
    [
        "<a href='{}'>Planting a winter hedge</a>",
        "Planting a winter hedge <a href='/'>now</a>",  # a link to the front page among its words
    ],
)
@pytest.mark.parametrize(
    "href",
    ["#", "/2025/11/planting-a-winter-hedge", "https://garden.example/?p=12", "/hedge-guide", "/about", "/2025/"],
)
def test_a_headline_linked_to_the_post_itself_is_the_title(heading: str, href: str) -> None:
    page = f"<meta charset='utf-8'><div><h1>{heading.format(href)}</h1>{BODY}<h2>Choosing the plants</h2>{BODY}</div>"
    assert clean_html(page).title.startswith("Planting a winter hedge")
