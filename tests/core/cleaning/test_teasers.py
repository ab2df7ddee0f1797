"""Other articles' teasers under an article ("You might also like": headline, byline, blurb) are not
its text; a box of headlines inside the article, and a listing page's own items, stay (issue 14)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning import patterns as pt

_ARTICLE = [
    "The ferry that links the two halves of the estuary will run every twenty minutes from March, the harbour "
    "board said on Tuesday, after a winter in which passengers waited up to an hour on the exposed pier.",
    "The board's chair, Rosalind Achterberg, told a packed meeting in the parish hall that the second boat, "
    "which has been laid up since a gearbox failed in November, had passed its inspection and would return "
    "to service as soon as its crew had finished their training on the new engine controls.",
    "Commuters who cross each morning to the boatyards and the college on the north shore have complained for "
    "months that the single boat could not keep to its timetable, and a petition asking for a bridge gathered "
    "more than two thousand names before Christmas, many of them from parents of students.",
    "Ms Achterberg said a bridge had been studied three times since the nineteen-seventies and each time "
    "rejected because it would block the channel that the fishing fleet and the yachts depend on, and she "
    "did not expect a fourth study to reach a different conclusion, whatever the petition said.",
    "Instead the board will spend the money it had set aside for the study on a covered waiting room at the "
    "south pier, with a screen that shows where each boat is, and on a ramp so that wheelchairs and bicycles "
    "can board at any state of the tide without help from the crew.",
    "Fares will not rise this year. A season ticket stays at the price it has been since two thousand and "
    "nineteen, though the board warned that fuel costs may force an increase when it sets next year's budget "
    "in the autumn, after the accounts for this year have been audited.",
    "Passengers at the pier on Wednesday morning were cautiously pleased. One student, who crosses twice a day, "
    "said she would believe the new timetable when she saw it, but that a dry place to wait would already "
    "make the winter a good deal easier for everyone who uses the ferry.",
    "The harbour master added that the new timetable depends on the weather as much as on the boats: in a "
    "strong easterly the crossing takes twice as long, and on the worst days the service will still stop, "
    "as it always has, until the wind drops and the pier is safe again.",
    "Timetables will be posted at both piers and on the board's website from the middle of February, and the "
    "board has asked the bus company to move its last evening bus so that it meets the final crossing.",
    "The college on the north shore welcomed the news and said it would move the start of its morning classes "
    "by ten minutes so that students from the south side no longer arrive late through no fault of their own.",
]
_TEASERS = [
    ("Harbour Life", "Lifeboat crew rescue two walkers cut off by the tide", "By Tomasz Wierzbicki", "March 2, 2025"),
    ("Town Council", "Market square to close to cars on Saturdays this summer", "By Ines Albuquerque", "March 1, 2025"),
    ("Schools", "College opens a boatbuilding course for school leavers", "By Martha Okonkwo", "February 27, 2025"),
    ("Weather", "Storm surge warning lifted for the estuary villages", "By Tomasz Wierzbicki", "February 25, 2025"),
]


def _blurb(headline: str) -> str:
    return (
        f"{headline}: our reporter spent a day with the people involved and heard what they think should happen "
        "next, and why the decision matters to families on both sides of the water who rely on it…"
    )


def _teaser_lines() -> list[str]:
    lines = []
    for label, headline, byline, date in _TEASERS:
        lines += [label, headline, f"{byline} {date}", _blurb(headline), f"Read More {headline}"]
    return lines


def _page(*middle: str) -> str:
    head = ["Estuary Gazette", "News", "Sport", "Ferry to run every twenty minutes from March", "By Dana Whitfield"]
    foot = ["Subscribe to our newsletter", "About us", "Contact", "© 2025 Estuary Gazette"]
    return "\n".join(head + [*middle] + foot)


def test_teasers_under_an_article_are_not_its_text() -> None:
    article = clean_text(_page(*_ARTICLE, "You might also like", *_teaser_lines()))
    body = [b.text for b in article.body]
    assert body == _ARTICLE
    removed = {r.text: r.reason for r in article.removed}
    for _label, headline, _byline, _date in _TEASERS:
        assert removed[_blurb(headline)] == pt.HEADLINES  # kept, with its reason, for "Fix Extraction"
    assert article.authors[0].name == "Dana Whitfield"


def test_a_box_of_headlines_inside_the_article_leaves_the_rest_of_the_article_in() -> None:
    box = ["Recommended Reading"] + [line for _l, headline, byline, _d in _TEASERS for line in (headline, byline[3:])]
    page = _page(*_ARTICLE[:7], *box, *_ARTICLE[7:])
    assert [b.text for b in clean_text(page).body] == _ARTICLE


def test_a_listing_pages_own_items_above_its_most_read_list_stay() -> None:
    items = []
    for week in ("one", "two", "three", "four", "five", "six"):
        for _label, headline, byline, date in _TEASERS:
            items += [f"{headline}, week {week}", f"{byline} {date}", _blurb(f"{headline}, week {week}")]
    most_read = [line for _l, headline, _b, _d in _TEASERS for line in (f"{headline} again", _blurb(headline))]
    text = clean_text(_page(*items, "Most Read", *most_read)).text
    assert _blurb(f"{_TEASERS[0][1]}, week six") in text
    assert all(_blurb(headline) in text for _l, headline, _b, _d in _TEASERS)


_MENU = [
    "Gazette Rewards Earn points on every ferry ticket",
    "Gazette Events Book a seat at our summer talks",
    "Gazette Jobs Find work along the whole estuary coast",
    "Gazette Homes Search houses for sale near the water",
    "Gazette Shop Buy prints of our best harbour photographs",
    "Gazette Puzzles Play the daily crossword and word search",
    "Gazette Archive Read every edition printed since 1921",
    "Gazette Weddings Share your announcement with the town",
    "Gazette Obituaries Remember the people we have lost",
    "Gazette Podcasts Listen to our weekly harbour briefing",
]


def test_a_listing_starts_under_its_own_headline_not_at_the_site_menu_above_it() -> None:
    items = []
    for week in ("one", "two", "three"):
        for _label, headline, byline, date in _TEASERS:
            items += [f"{headline}, week {week}", f"{byline} {date}"]
    page = [
        "Harbour News | Estuary Gazette",
        "Menu",
        *_MENU,
        "Harbour News",
        *items,
        "About us",
        "© 2025 Estuary Gazette",
    ]
    article = clean_text("\n".join(page))
    body = [b.text for b in article.body]
    assert article.title == "Harbour News"
    assert body[0] == f"{_TEASERS[0][1]}, week one"
    assert f"{_TEASERS[-1][1]}, week three" in body
    assert not set(_MENU) & set(body)  # the site's menu over the page's headline
    # a heading with the page's title under most of the items is one of its sections: all stay
    page = ["Harbour News | Estuary Gazette", *items, "Harbour News", *items[:18]]
    assert f"{_TEASERS[-1][1]}, week three" in [b.text for b in clean_text("\n".join(page)).body]


def _dated_teasers(date_of: Callable[[str, str], str] = lambda _byline, date: date) -> list[str]:
    """A blog's latest posts under its article, with no heading over them: headline, blurb, date."""
    lines = []
    for _label, headline, byline, date in _TEASERS:
        lines += [headline, _blurb(headline), date_of(byline, date)]
    return lines


def test_dated_teasers_with_no_heading_over_them_are_not_the_articles_text() -> None:
    article = clean_text(_page(*_ARTICLE, "Blog.", *_dated_teasers()))
    assert [b.text for b in article.body if b.text != "Blog."] == _ARTICLE
    assert not any(_blurb(headline) in article.text for _l, headline, _b, _d in _TEASERS)


def test_dated_posts_with_their_writers_names_under_an_article_stay() -> None:
    """Reviews or replies, each with its writer's name beside its date ("Tomasz, March 2, 2025"),
    are no teasers of other articles: the rule leaves them where the page's other rules put them."""
    signed = _dated_teasers(lambda byline, date: f"{byline[3:]}, {date}")
    article = clean_text(_page(*_ARTICLE, "Blog.", *signed))
    assert _blurb(_TEASERS[0][1]) in article.text


def test_a_page_of_dated_entries_from_its_top_keeps_them_all() -> None:
    """A page whose own entries are dated from the start (a news page's latest items: date, desk,
    headline, blurb, now and then a second paragraph) is no article over other articles' teasers,
    however many words stand above its later entries."""
    entries = []
    for week in ("one", "two", "three", "four"):
        for label, headline, _byline, date in _TEASERS:
            entries += [date, label, f"{headline}, week {week}", _blurb(f"{headline}, week {week}")]
            if week in ("two", "three"):
                entries.append(_ARTICLE[0])  # longer entries in the middle of the page
    text = clean_text(_page(*entries)).text
    assert _blurb(f"{_TEASERS[-1][1]}, week four") in text


def test_headlines_in_a_row_with_a_question_among_them_are_a_list_of_links() -> None:
    # a question set as a headline is one more post's title; a FAQ's questions are sentences
    headlines = [
        "Ferry Fares Frozen for Another Year on the Estuary",
        "Which Commuter Routes Will Gain Buses in the Spring?",
        "Lifeboat Crew Rescue Two Walkers Cut Off by the Tide",
        "College Opens a Boatbuilding Course for School Leavers",
    ]
    article = clean_text(_page(*_ARTICLE, *headlines))
    assert [b.text for b in article.body] == _ARTICLE
    removed = {r.text: r.reason for r in article.removed}
    assert all(removed[headline] == pt.HEADLINES for headline in headlines)


def test_a_faqs_questions_under_an_article_are_not_headlines() -> None:
    faq = [
        "Can I take my bicycle on the ferry?",
        "Yes: bicycles travel free, and the new ramp means the crew no longer has to lift them on board at low tide.",
        "Do season tickets cover the evening crossings?",
        "They do, and the last crossing now meets the final bus from the town centre on weekdays and on Saturdays.",
        "Where do I wait when it rains?",
        "The covered waiting room at the south pier opens in March, with a screen that shows where each boat is.",
    ]
    article = clean_text(_page(*_ARTICLE, *faq))
    assert all(question in article.text for question in faq[::2])


def test_questions_written_as_sentences_in_a_row_stay_in_the_article() -> None:
    # only a question set as a headline joins a run of headlines: these are the article's own
    questions = [
        "Is the ferry free for children under five?",
        "Can I bring my dog on board the ferry?",
        "Does the timetable change in the winter months?",
    ]
    article = clean_text(_page(*_ARTICLE, *questions))
    assert all(question in article.text for question in questions)


def _cards() -> list[str]:
    """Other articles' cards as a copy takes them: each headline twice (the picture's link, then the
    headline's own) over its blurb."""
    lines = []
    for _label, headline, _byline, _date in _TEASERS:
        lines += [headline, headline, _blurb(headline)]
    return lines


def test_cards_with_their_headline_twice_under_an_article_are_not_its_text() -> None:
    article = clean_text(_page(*_ARTICLE, "More From the Estuary?", *_cards()))
    assert [b.text for b in article.body] == _ARTICLE  # their heading goes with them
    assert not any(_blurb(headline) in article.text for _l, headline, _b, _d in _TEASERS)


def test_two_cards_are_too_few_to_end_the_article() -> None:
    """A headline printed twice over a paragraph happens once in an article (a pull quote over its
    paragraph); three cards in a row are a grid of other articles."""
    article = clean_text(_page(*_ARTICLE, *_cards()[:6]))
    assert _blurb(_TEASERS[1][1]) in article.text


@pytest.mark.parametrize("mark", ["", "?"])
def test_a_page_of_cards_from_its_top_keeps_them_all(mark: str) -> None:
    """A listing whose own items are such cards, many words of them above the later ones; its
    headlines may be questions, which the test for a list of teasers above does not count."""
    cards = [
        line.replace(headline, f"{headline}, week {week}{mark}")
        for week in ("one", "two", "three")
        for _label, headline, _b, _d in _TEASERS
        for line in [headline, headline, _blurb(headline)]
    ]
    text = clean_text(_page(*cards)).text
    assert _blurb(f"{_TEASERS[-1][1]}, week three{mark}") in text


def test_a_page_of_items_names_no_writer_of_its_own() -> None:
    """A listing's bylines are each its item's: the first post's writer is not the page's."""
    items = []
    for week in ("one", "two", "three"):
        for _label, headline, byline, date in _TEASERS:
            items += [f"{headline}, week {week}", f"{byline} {date}"]
    page = ["Harbour News | Estuary Gazette", "Menu", *_MENU, "Harbour News", "Tomasz Wierzbicki", *items, "About us"]
    article = clean_text("\n".join(page))
    assert f"{_TEASERS[-1][1]}, week three" in [b.text for b in article.body]
    assert article.authors == ()
