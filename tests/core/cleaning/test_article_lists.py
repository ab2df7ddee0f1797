"""Copied text: an article's own lists and tables stay in it (issue 14). A copy loses the bullets
and the table's lines, so a list's items are short lines: the line that introduces them with a
colon says they are the article's, as numbering its entries does ("3. Name") and measures at the
ends of a table's rows ("Weight 26.4 lbs"). And a list of links inside the article ("Other links:")
does not end it when the article goes on."""

from __future__ import annotations

from reader.core.cleaning import clean_text
from reader.core.models import BlockKind

_INTRO = [
    "Renovating an older house on the coast costs more than most owners expect, because salt air shortens "
    "the life of every metal fitting and the building rules for exposed sites ask for heavier materials.",
    "We asked four builders who work along the estuary what their customers paid last year, and their "
    "answers agreed more closely than we thought they would, whatever the size of the house.",
]
_LIST = [
    "What drives the cost up:",
    "Slate instead of concrete tiles",
    "Hardwood window frames",
    "Moving the plumbing",
    "Scaffolding on a steep site",
]
_AFTER = [
    "Most of the builders said that the roof is where owners should start, since water coming in from "
    "above undoes every other repair, and a roof done well lasts for half a century or more.",
    "They also warned that prices rise each spring, when the weather opens up and every crew on the coast "
    "is booked for months ahead, so the owners who plan in winter pay the least for the same work.",
]


def _page(*middle: str) -> str:
    head = ["Coast Homes", "Guides", "Costs", "What a coastal renovation costs", "By Ilse Marchetti"]
    foot = ["Newsletter", "About us", "© 2026 Coast Homes"]
    return "\n".join(head + [*middle] + foot)


def test_a_list_the_article_introduces_with_a_colon_stays_in_it() -> None:
    blocks = clean_text(_page(*_INTRO, *_LIST, *_AFTER)).body
    assert [b.text for b in blocks] == _INTRO + _LIST + _AFTER
    kinds = {b.text: b.kind for b in blocks}
    assert [kinds[item] for item in _LIST[1:]] == [BlockKind.LIST_ITEM] * 4  # shown as a list again


def test_short_lines_with_no_introduction_are_still_left_out() -> None:
    menu = ["Roofing", "Windows", "Damp"]  # the article's own short lines with nothing to say they are a list
    body = [b.text for b in clean_text(_page(*_INTRO, *menu, *_AFTER)).body]
    assert body == _INTRO + _AFTER


_SENTENCES = [
    "The station has two platforms, one for each direction, and the boards above them show the next trains.",
    "Each board gives the stops first in Japanese and then in English, a line at a time.",
    "A visitor who has never seen the line before can still tell within a minute which side to stand on.",
    "Coloured marks on the floor show where each door of the train will open, and people queue beside them.",
    "The trains leave on the minute, so a traveller who arrives as the doors close waits for the next one.",
    "Announcements repeat the name of every station twice, and the screens above the doors repeat it again.",
    "Most lines run from five in the morning until just after midnight, later on a Friday.",
    "The last trains are crowded, and the staff on the platforms help the passengers squeeze aboard.",
    "A prepaid card works on the trains, the buses and in most of the shops inside the stations.",
    "It can be topped up with cash at any ticket machine, and its balance shows on the gate as you pass.",
    "Large suitcases fit behind the last row of seats in each carriage, but not at the busiest hours.",
    "Station exits are numbered, and the maps by the gates say which exit is nearest to which street.",
]


def _paragraph(opening: str, start: int, count: int) -> str:
    return " ".join([opening] + [_SENTENCES[(start + k) % len(_SENTENCES)] for k in range(count)])


def test_a_list_of_links_inside_an_article_does_not_end_it() -> None:
    article = [
        _paragraph("Tokyo's trains can look daunting on a first visit.", 0, 9),
        _paragraph("Getting around the city is easier than it looks.", 3, 9),
    ]
    links = ["Other links:", "East Japan Railway Company", "Tokyo Metro", "City bus map"]
    sections = []
    for n, heading in enumerate(("Buying a ticket", "Finding the platform", "Changing trains", "Travelling at night")):
        sections += [heading, _paragraph(f"{heading} is simpler than it sounds.", 2 * n, 9)]
    body = [b.text for b in clean_text(_page(*article, *links, *sections)).body]
    assert body[: len(article)] == article
    assert body[-1] == sections[-1]  # the last section is still the article's


def test_an_articles_numbered_entries_stay_whatever_stands_under_them() -> None:
    entries = []
    for n, name in enumerate(("Harbour Light", "Saltmarsh Ember", "Tidewater Oak", "Northgate Slate"), start=1):
        entries += [f"{n}. {name}", f"Weight: {n + 2} kg", _SENTENCES[n] + " " + _SENTENCES[n + 4]]
    body = [b.text for b in clean_text(_page(*_INTRO, *entries, *_AFTER)).body]
    assert [text for text in body if text[:2] in ("1.", "2.", "3.", "4.")] == [
        "1. Harbour Light",
        "2. Saltmarsh Ember",
        "3. Tidewater Oak",
        "4. Northgate Slate",
    ]


def test_two_numbered_lines_are_no_series() -> None:
    lines = ["1. Harbour Light", "Weight: 3 kg", _SENTENCES[1], "2. Saltmarsh Ember", "Weight: 4 kg", _SENTENCES[2]]
    body = [b.text for b in clean_text(_page(*_INTRO, *lines, *_AFTER)).body]
    assert "1. Harbour Light" not in body


def test_a_table_of_specifications_in_an_article_stays() -> None:
    specs = [
        "Tested Top Speed 23.9 MPH",
        "Tested Range 39.6 Miles",
        "Folded Weight 26.4 lbs",
        "Charging Time 5.5 Hours",
    ]
    blocks = clean_text(_page(*_INTRO, *specs, *_AFTER)).body
    assert [b.text for b in blocks] == _INTRO + specs + _AFTER
    assert all(b.kind is BlockKind.PARAGRAPH for b in blocks)  # rows, not headings


def test_a_run_of_other_articles_titles_is_still_left_out() -> None:
    links = [
        "Best Folding Scooters of 2026",
        "Every Commuter Bike Tested in 2025",
        "Our Favourite Helmets Under 100",
        "Why We Ride to Work Every Day",
    ]
    body = [b.text for b in clean_text(_page(*_INTRO, *links, *_AFTER)).body]
    assert body == _INTRO + _AFTER
