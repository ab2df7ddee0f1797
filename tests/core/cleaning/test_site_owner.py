"""A personal site's owner as the writer of a copied page that names no one else: the tab's title and
the masthead both carry the person's name. A business's, a forum's or a magazine's name is no writer."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text

BODY = [
    "I moved my notes from a hosted service to a small server in the cupboard last spring, and after "
    "eight months of running it I can say what went well and what I would do differently next time.",
    "The hardware cost less than a year of the subscription, and the backups are now copies I can read "
    "with any text editor, which matters to me more than the search box the old service offered.",
    "What I did not expect was how little time it takes: an update once a month, a glance at the disk "
    "space, and a test restore every quarter, which so far has worked each time I tried it.",
]
FOOT = ["Archive", "Subscribe by RSS"]


def writers(lines: list[str]) -> list[str]:
    return [a.name for a in clean_text("\n".join(lines)).authors]


@pytest.mark.parametrize(
    "masthead",
    [
        ["Nadia Okafor"],
        ["Nadia Okafor //", "About Notes Projects"],
        ["Nadia Okafor notes projects now", "Home"],
    ],
)
def test_a_blog_named_after_its_owner_in_the_tab_and_the_masthead_is_theirs(masthead: list[str]) -> None:
    page = ["Running my notes at home | Nadia Okafor", *masthead, "Running my notes at home", *BODY, *FOOT]
    assert writers(page) == ["Nadia Okafor"]


def test_the_site_known_by_its_copyright_and_printed_as_the_masthead_is_the_owners() -> None:
    page = ["Running my notes at home", "Nadia Okafor", "Posts", "Running my notes at home", *BODY]
    page += ["© 2026 Nadia Okafor. Written by hand."]
    assert writers(page) == ["Nadia Okafor"]


def test_the_name_in_the_tab_alone_is_not_enough() -> None:
    page = ["Running my notes at home | Nadia Okafor", "Home", "Posts", "Running my notes at home", *BODY, *FOOT]
    assert writers(page) == []


def test_a_byline_names_the_writer_before_the_sites_owner() -> None:
    page = ["Running my notes at home | Nadia Okafor", "Nadia Okafor", "Running my notes at home"]
    page += ["By Tomas Berg", "March 3, 2026", *BODY, *FOOT]
    assert writers(page) == ["Tomas Berg"]


@pytest.mark.parametrize(
    "site",
    [
        "Harbour Forums",  # a community's
        "Kestrel Dentistry",  # a business's
        "Harbour Foundation",  # an organisation's
        "The Lantern",  # a magazine's
        "NADIA OKAFOR",  # a logo's capitals: the page prints a brand so
        "Harbour CDN",  # a word in capitals: an acronym, a brand's
        "Quiet Server",  # words the page writes in small letters ("a quiet server")
        "Contact Sales",  # a button's
        "Senior Reviewer",  # a job
        "Price Level",  # what a shop's menu sorts by
        "Okafor",  # one word: a brand as often as a name
        "Mill Lane Garden Rooms",  # four words: a place's or a shop's
    ],
)
def test_a_sites_name_that_is_no_persons_is_no_writer(site: str) -> None:
    foot = [*FOOT, "Everything here runs on one quiet server."]
    page = [f"Running my notes at home | {site}", site, "Running my notes at home", *BODY, *foot]
    assert writers(page) == []


def test_a_masthead_naming_someone_else_is_not_the_owners() -> None:
    page = ["Running my notes at home | Nadia Okafor", "Nadia Okaforova", "Running my notes at home", *BODY, *FOOT]
    assert writers(page) == []


def test_the_name_far_below_the_masthead_is_not_the_sites_heading() -> None:
    menu = ["Home", "Archive", "Reading list", "Contact"]
    page = ["Running my notes at home | Nadia Okafor", *menu, "Nadia Okafor", "Running my notes at home", *BODY]
    assert writers(page) == []


def test_a_copy_without_the_tabs_title_starts_with_the_masthead() -> None:
    page = ["Nadia Okafor", "Posts", "Running my notes at home", *BODY, "© 2026 Nadia Okafor"]
    assert writers(page) == ["Nadia Okafor"]


def test_the_name_among_a_menus_entries_is_no_masthead() -> None:
    page = ["About Us", "Nadia Okafor", "Services", "Running my notes at home", *BODY, "© 2026 Nadia Okafor"]
    assert writers(page) == []
