"""What a saved or copied page prints around its headline and is not the title: a byline the theme
prints inside the <h1>, a forum's vote score, a blog's name as the one <h1>, a link aggregator's
site and score after a shared story's title."""

from __future__ import annotations

import re

import pytest

from reader.core.cleaning import clean_html, clean_text
from tests.core.cleaning.test_html_title_and_byline import BODY  # the harbour story


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        (
            'Harbour fees rise <span class="posted-on">Posted on <time></time></span> by <a href="/u/1">coastdesk</a>',
            "Harbour fees rise",
        ),
        ("Harbour fees rise Posted on May 3, 2026 by Rachel Ingleby", "Harbour fees rise"),
        ("Jobs posted by the harbour board", "Jobs posted by the harbour board"),  # the headline's own words
        ("What Gets Posted on Facebook Stays There", "What Gets Posted on Facebook Stays There"),
        ("Video Posted by Police Shows Arrest", "Video Posted by Police Shows Arrest"),
    ],
)
def test_a_byline_the_theme_prints_inside_the_headline_is_not_the_title(h1: str, title: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><article>{BODY}</article></body></html>"
    assert clean_html(html).title == title


def test_a_vote_count_in_a_headline_box_is_not_the_title() -> None:
    """A forum's score set in a heading that the metadata's title search reads first ("Ω 48")."""
    html = (
        "<html><head><title>Harbour fees rise — Coast Forum</title></head><body>"
        '<h1 class="vote-headline">Ω 48</h1><h1 class="PostsPage-title">Harbour fees rise</h1>'
        f"<article>{BODY}</article></body></html>"
    )
    assert clean_html(html).title == "Harbour fees rise"


@pytest.mark.parametrize(
    ("head", "h1", "title"),
    [
        ("<title>Harbour fees: progress report #3</title>", "Antoyo's Blog", "Harbour fees: progress report #3"),
        ('<meta property="og:title" content="Harbour fees rise again">', "Our BLOG", "Harbour fees rise again"),
        ("<title>Harbour fees rise again</title>", "coasttimes.org", "Harbour fees rise again"),
        # a headline that speaks of a blog is the headline
        ("<title>Coast Times</title>", "Why I started a harbour blog", "Why I started a harbour blog"),
    ],
)
def test_a_blogs_name_as_the_one_h1_is_not_the_title(head: str, h1: str, title: str) -> None:
    html = f"<html><head>{head}</head><body><h1>{h1}</h1><article>{BODY}</article></body></html>"
    assert clean_html(html).title == title


@pytest.mark.parametrize(
    ("shown", "title"),
    [
        ("Harbour fees rise (coasttimes.org) 87", "Harbour fees rise"),
        ("Harbour fees rise (news.coasttimes.co.uk)", "Harbour fees rise"),
        ("Harbour fees rise (again) 2", "Harbour fees rise (again) 2"),  # no site in the brackets
        ("Building a harbour booking API (Node.js)", "Building a harbour booking API (Node.js)"),
        ("Reading the tide tables (settings.py)", "Reading the tide tables (settings.py)"),
    ],
)
def test_a_linked_sites_name_and_score_after_a_shared_storys_title_are_not_the_title(shown: str, title: str) -> None:
    html = f"<html><head><title>{shown}</title></head><body><article><h1>{shown}</h1>{BODY}</article></body></html>"
    article = clean_html(html)
    assert article.title == title
    assert shown not in article.text
    copied = clean_text("\n".join([shown, "Top", "New", shown, *re.findall(r"<p>(.*?)</p>", BODY)]))
    assert copied.title == title
