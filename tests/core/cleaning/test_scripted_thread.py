"""Saved HTML: a forum thread whose scripts draw the page (Discourse does so) holds its posts in a
<noscript> element, which is what a browser shows without scripts, and Reader runs none. The
thread is all its posts, not the one post or summary box trafilatura picks; a reading of other
posts that has lost what trafilatura read and the thread's question is not taken."""

from __future__ import annotations

import json

from reader.core.cleaning import clean_html
from reader.core.cleaning.page import as_drawn_without_scripts, parse, walk
from reader.core.cleaning.shown_reading import or_as_shown
from reader.core.models import Block, BlockKind

from .test_thread_posts import POSTS

TITLE = "Ladder gardens: tomatoes on a balcony"


def _post(number: int, name: str, text: str) -> str:
    return (
        f"<div id='post_{number}' class='topic-body crawler-post'>"
        f"<div class='crawler-post-meta'><span class='creator'><a href='/u/{name.lower()}'>{name}</a></span>"
        f"<time datetime='2026-03-0{number + 2}T10:00:00Z'>March {number + 2}, 2026</time>"
        f"<span>#{number}</span></div>"
        f"<div class='post' itemprop='text'><p>{text}</p></div></div>"
    )


def _scripted_thread(posts: list[tuple[str, str]]) -> str:
    """A thread saved as its server sends it: an empty frame for the scripts to fill, the posts in
    <noscript> for readers without scripts, and the opening post in its structured data."""
    data = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "headline": TITLE,
        "text": posts[0][1],
        "author": {"@type": "Person", "name": posts[0][0]},
        "datePublished": "2026-03-03T10:00:00Z",
    }
    return (
        "<!DOCTYPE html><html lang='en'><head>"
        f"<title>{TITLE} - Balcony Growers Forum</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script>"
        "<script src='/assets/app.js'></script></head><body>"
        "<noscript><p>Please enable JavaScript to use every feature of this forum.</p></noscript>"
        "<section id='main'></section>"
        "<noscript data-path='/t/ladder-gardens/123'>"
        "<header><a href='/'>Balcony Growers Forum</a></header>"
        f"<div id='main-outlet' role='main'><h1><a href='/t/ladder-gardens/123'>{TITLE}</a></h1>"
        + "".join(_post(n, name, text) for n, (name, text) in enumerate(posts, 1))
        + "</div><footer><p>Powered by the forum's own software</p></footer></noscript>"
        "</body></html>"
    )


STEPS = ("top", "second", "third", "lowest")


def _paragraph(post: int, number: int) -> str:
    return (
        f"In week {number + 1} of the season I moved the pot from the {STEPS[number % 4]} step, and by day "
        f"{3 * number + post + 2} the leaves had stopped curling, so {number + post + 4} litres of water a week "
        "seem to be enough for a tomato on a ladder shelf."
    )


def _long_posts(paragraphs: list[int]) -> list[tuple[str, str]]:
    """Posts of a few paragraphs each, one much longer than the rest: trafilatura reads that one."""
    names = ("Marta", "Jon Bell", "Priya", "Ahmed", "Lena")
    return [
        (names[post], "</p><p>".join(_paragraph(post, number) for number in range(count)))
        for post, count in enumerate(paragraphs)
    ]


def test_a_thread_drawn_by_scripts_is_all_its_posts() -> None:
    posts = _long_posts([5, 8, 3, 6, 14])
    article = clean_html(_scripted_thread(posts))
    for post, (_name, text) in enumerate(posts):
        for paragraph in text.split("</p><p>"):
            assert paragraph in article.text, post  # every post, not the longest alone
    assert "enable JavaScript" not in article.text
    assert article.title == TITLE


def test_a_thread_of_short_posts_drawn_by_scripts_is_read_too() -> None:
    article = clean_html(_scripted_thread(POSTS))
    for _name, text in POSTS:
        assert text in article.text


def test_a_page_that_shows_its_text_keeps_its_noscript_hidden() -> None:
    """A notice for readers without scripts, or a copy of the article for them, is not what the
    page shows: only a page that shows almost nothing else is read from its <noscript>."""
    story = " ".join(text for _name, text in POSTS)
    html = (
        "<html><body><article><h1>Tomatoes on a ladder</h1>"
        + "".join(f"<p>{text}</p>" for _name, text in POSTS)
        + f"</article><noscript><div>{story}</div><p>Please enable JavaScript for comments.</p></noscript>"
        "</body></html>"
    )
    page = walk(parse(html))
    assert as_drawn_without_scripts(page) is page
    assert not any("enable JavaScript" in line for line in page.lines)
    assert sum(story in line for line in page.lines) == 0  # the copy is not read twice


def test_a_page_drawn_by_scripts_shows_its_noscript_text_and_keeps_the_element() -> None:
    tree = parse(_scripted_thread(POSTS))
    shown = as_drawn_without_scripts(walk(tree))
    assert POSTS[2][1] in shown.lines
    assert len(list(tree.iter("noscript"))) == 2  # trafilatura still sees the page as it was saved


REPLIES = [
    "I tried the saucers under every pot on my own ladder shelf last summer and the top step still dried "
    "out by the middle of the afternoon, so in the end I moved the pots around every week instead.",
    "Our balcony faces west, which means the evening sun is the strongest, and the plants on the lowest "
    "step did best of all, with the largest fruit and the fewest split skins at the end of the season.",
    "Watering twice a day worked for me in July, though I used a drip line on a timer from the hardware "
    "shop because I was away at work most days and could not be there to water by hand at noon.",
]
SUMMARY = "Thread summary: members compare watering routines for tomatoes grown on ladder shelves."


def _lines() -> list[str]:
    lines = ["Balcony Growers Forum", "Latest", "Categories", "Log in"]
    for number, text in enumerate(REPLIES, 2):
        lines += [f"Member {number}", f"March {number + 2}, 2026", text, "Reply"]
    return lines + ["Powered by the forum's own software", "Privacy", "Terms"]


def test_a_threads_reading_must_go_on_from_trafilaturas_or_hold_its_question() -> None:
    """trafilatura read a summary box the page does not show as text; the page shows replies only.
    Without the thread's question in the replies' reading, trafilatura's stands; when the
    structured data's question is among them, the reading of the posts is taken."""
    kept = [Block(BlockKind.PARAGRAPH, SUMMARY)]
    body, _ = or_as_shown(kept, [], _lines(), TITLE, "", thread="")
    assert [b.text for b in body] == [SUMMARY]
    body, _ = or_as_shown(kept, [], _lines(), TITLE, "", thread="Somebody else's question, never shown here at all")
    assert [b.text for b in body] == [SUMMARY]
    body, _ = or_as_shown(kept, [], _lines(), TITLE, "", thread=REPLIES[0])
    assert [b.text for b in body] == REPLIES
