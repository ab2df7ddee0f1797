"""The writer a saved page states in a way the markup search drops: a one-word name in its meta tags
(a first name, a handle), a profession beside a name, and a footer's links held in an author field."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_html, clean_text
from reader.core.cleaning.bylines import parse_byline
from reader.core.cleaning.html_authors import plausible
from reader.core.models import Author
from tests.core.cleaning.test_html_title_and_byline import BODY  # the harbour story


def saved(meta: str, shown: str = "") -> str:
    return (
        f"<html><head><title>Harbour fees rise</title>{meta}</head><body><h1>Harbour fees rise</h1>"
        f"{shown}<article>{BODY}</article><footer><p>© 2026 Coast Times</p></footer></body></html>"
    )


@pytest.mark.parametrize("name", ["author", "parsely-author"])
def test_a_one_word_writer_in_the_meta_tags_is_the_writer_where_nothing_else_names_one(name: str) -> None:
    assert [a.name for a in clean_html(saved(f'<meta name="{name}" content="Maddy">')).authors] == ["Maddy"]


def test_a_one_word_meta_writer_gives_way_to_the_writer_the_markup_marks() -> None:
    html = saved('<meta name="author" content="coasttimes">', '<div class="author">Rachel Ingleby</div>')
    assert [a.name for a in clean_html(html).authors] == ["Rachel Ingleby"]


@pytest.mark.parametrize("stand_in", ["Webmaster", "admin"])
def test_a_one_word_stand_in_in_the_meta_tags_is_no_writer(stand_in: str) -> None:
    assert clean_html(saved(f'<meta name="author" content="{stand_in}">')).authors == ()


def test_a_footers_links_in_an_author_field_are_no_writer_and_leave_the_meta_tags_name() -> None:
    """A template's author element holding the footer's links: the one-word meta writer is the writer."""
    html = saved(
        '<meta name="author" content="Maddy">',
        '<div class="author">© <a href="/terms">Terms &amp; Conditions</a> <a href="/privacy">Privacy Policy</a></div>',
    )
    assert [a.name for a in clean_html(html).authors] == ["Maddy"]


@pytest.mark.parametrize("links", ["Conditions Privacy Policy", "Terms of Use", "All Rights Reserved", "Sitemap"])
def test_a_footers_links_are_no_name(links: str) -> None:
    assert plausible([Author(links), Author("Rachel Ingleby")]) == [Author("Rachel Ingleby")]


@pytest.mark.parametrize("job", ["Trial Attorney", "Family Lawyer", "Registered Dietitian", "Clinical Pharmacist"])
def test_a_profession_beside_a_name_in_a_byline_is_the_writers_job(job: str) -> None:
    assert [(a.name, a.job_title) for a in parse_byline(f"By Rachel Ingleby, {job}")] == [("Rachel Ingleby", job)]


def test_a_profession_the_markup_splits_off_a_name_is_no_second_writer() -> None:
    html = saved('<meta name="author" content="Rachel Ingleby, Trial Attorney">')
    assert [a.name for a in clean_html(html).authors] == ["Rachel Ingleby"]


def test_a_menu_of_trades_names_no_writer_of_a_copied_page() -> None:
    """A directory's menu ("Lawn Care" over "Attorney"): a profession under a name-like line is a
    menu's entry there, not a writer and a job."""
    body = [
        "The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in "
        "six years, after a long meeting in the town hall that ran past midnight.",
        "Boat owners said the rise came without warning and that many of them had already paid for the "
        "season at the old rate, which the board said would be honoured until the end of March.",
        "The chair of the board said the money would pay for repairs to the north pier, which was damaged "
        "in the winter storms and has been closed to visitors since January.",
    ]
    menu = ["Church", "Travel", "Lawn Care", "Attorney", "Automotive"]
    page = ["Harbour fees rise", *menu, *body]
    assert clean_text("\n".join(page)).authors == ()


@pytest.mark.parametrize(
    "box",
    [
        '<div class="testimonial_rotator_slide"><p>They fixed our site in a day.</p>'
        '<div class="testimonial_rotator_author_info">Lynn B</div></div>',
        '<div><p>Great service, fair price.</p><span class="testimonial-author">Lynn B</span></div>',
        '<div class="review-card"><p>Five stars, would call again.</p><span class="review-author">Rachel M</span></div>',
        '<div class="CustomerQuotes_root"><blockquote>Our team ships twice as fast.</blockquote>'
        '<div class="CustomerQuotes_authorInfo"><span class="author">Gabriel Peal</span></div></div>',
    ],
)
def test_a_customers_name_under_a_testimonial_or_a_review_is_no_writer(box: str) -> None:
    assert clean_html(saved("", box)).authors == ()


@pytest.mark.parametrize(
    ("post", "header"),
    [
        ("post tag-customer-data category-customer-service", "post-header"),  # WordPress writes a post's tags so
        ("post-17 post tag-customer-data", "post-header"),  # in an older theme's <div> around the post, too
        ("single-customer_story topic-customer-experience", "post-header rating-box-wrap"),  # a case study's
    ],
)
def test_a_posts_own_classes_naming_customers_do_not_hide_its_writer(post: str, header: str) -> None:
    """A post's tags, a custom taxonomy's or a case study's classes on the <article>, and a critic's
    stars around the byline: not a testimonial's box."""
    tag = "div" if post.startswith("post-") else "article"
    html = (
        f'<html><head><title>Harbour fees rise</title></head><body><{tag} class="{post}">'
        f'<div class="{header}"><h1>Harbour fees rise</h1><p class="author-name">Rachel Ingleby</p></div>'
        f"{BODY}</{tag}></body></html>"
    )
    assert [a.name for a in clean_html(html).authors] == ["Rachel Ingleby"]


def test_a_breadcrumb_is_no_name() -> None:
    assert plausible([Author("Home » Technology Consulting"), Author("Rachel Ingleby")]) == [Author("Rachel Ingleby")]


def test_a_publication_named_for_a_profession_is_a_writer() -> None:
    assert [(a.name, a.job_title) for a in parse_byline("By Lawyer Monthly")] == [("Lawyer Monthly", "")]


@pytest.mark.parametrize("organisation", ["РИА «Новости»", "Редакция «Новой газеты»"])
def test_an_organisations_name_in_guillemets_is_a_name(organisation: str) -> None:
    assert plausible([Author(organisation)]) == [Author(organisation)]
