"""A firm's legal notice at the foot of its pages ("for general information only", "not FDIC insured")
is furniture however long it runs: it must not outscore the short article above it (issue 14)."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning.notices import DISCLOSURE

_ARTICLE = [
    "Five checks before you lend a van",
    "A van lent to a customer is still your van in the eyes of an insurer, so the checks you make at the "
    "counter decide who pays when it comes back dented, and whether the claim is paid at all.",
    "Our short guide walks through the licence check, the photographs to take of every side of the vehicle, "
    "and the two questions to ask about where it will be driven.",
]
_NOTICE = (
    "Products and services mentioned here are for general information only. Ask a qualified adviser before "
    "you buy, and read the maker's instructions before use. Harbourline cannot be held liable for the wrong "
    "use of any product. Tax rules change, so ask your accountant which approach suits your business. "
    "Investment and insurance products are not FDIC or other government agency insured and may lose value. "
    "Advice is offered through Harbourline Advisers Ltd, a registered adviser, which may only do business in "
    "the states where it is registered or exempt from registration, and its office is at 14 Quay Street. "
    "Please do not send personal details to us by email, as email is not a secure way to share them."
)


def test_a_long_legal_notice_under_a_short_article_is_not_the_article() -> None:
    article = clean_text("\n".join([*_ARTICLE, "Contact us", _NOTICE, "© 2025 Harbourline Advisers Ltd"]))

    assert "the checks you make at the counter" in article.text
    assert "not FDIC" not in article.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Products and services referenced are for general information only.",
        "Investment products are not FDIC insured and may lose value.",
        "Not FDIC insured · No bank guarantee · May lose value",
        "Many offers on this site come from lenders from which we may receive financial compensation.",
        "This compensation may impact how and where products appear on this site.",
    ],
)
def test_notice_phrases(sentence: str) -> None:
    assert DISCLOSURE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The FDIC insured deposits up to $250,000 at each bank, the agency said.",
        "Unlike bank deposits, the accounts are not FDIC insured, and customers could lose everything.",
        "Workers' compensation may affect how much a claimant receives from other benefits.",
        "The board approved the package; such compensation may influence how rival firms pay their leaders.",
    ],
)
def test_an_article_about_deposit_insurance_is_not_a_notice(sentence: str) -> None:
    assert not DISCLOSURE.search(sentence)


_BROWSER_NOTICES = [
    "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.",
    "You are using an out of date browser. It may not display this or other websites correctly.",
    "You should upgrade or use an alternative browser.",
    "Please enable JavaScript to view this form.",
]


def test_what_a_page_says_about_the_readers_browser_is_not_its_text() -> None:
    article = clean_text("\n".join([*_BROWSER_NOTICES, *_ARTICLE, "Contact us"]))
    assert "the checks you make at the counter" in article.text
    assert not any(notice in article.text for notice in _BROWSER_NOTICES)
    assert {r.reason for r in article.removed if r.text in _BROWSER_NOTICES} == {"boilerplate"}


def test_a_guide_to_browsers_that_tells_its_reader_to_enable_javascript_keeps_that_paragraph() -> None:
    guide = (
        "If the map stays blank, open the browser's settings, find the section on site permissions, and "
        "enable JavaScript for this one site only; everything else can stay as it was, and the map will load."
    )
    assert guide in clean_text("\n".join([*_ARTICLE, guide, "Contact us"])).text


def test_a_disclosure_over_the_headline_leaves_the_body_and_the_printed_headline_is_the_title() -> None:
    """The disclosure a run of prose started at: the headline under it is the title (the tab
    shortened it), and the body starts under the headline's byline."""
    disclosure = (
        "Many of the van offers that appear on this site are from dealers from which we may receive financial "
        "compensation when a reader clicks on a link. This compensation may impact how and where offers appear "
        "on this site, though our reviews are written by our own staff and every van is tested by them."
    )
    headline = "Five Checks Before You Lend a Van [Licence, Photos, Routes, and More]"
    lines = ["Five Checks Before You Lend a Van [Licence, Photos] | Fleet Notes", "Home", "Vans", disclosure]
    article = clean_text("\n".join([*lines, "Close", "Home ›", "Vans ›", headline, "By Jon Bell", *_ARTICLE[1:]]))
    assert article.title == headline
    assert article.body[0].text.startswith("A van lent to a customer")
    assert [a.name for a in article.authors] == ["Jon Bell"]
