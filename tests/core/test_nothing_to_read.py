"""A page with nothing to read (issue 14): the headline again, or a handful of menu words, is not an
article; the importer says "nothing article-like" and offers to import the page as it is."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_html, clean_text
from reader.core.cleaning.nothing import nothing_to_read
from reader.core.errors import NothingArticleLike
from reader.core.importers import read_article

# what a page's cleaner left out around what it kept: menus, a footer, a cookie notice
MENUS = [
    "Home Shop New In Sale Brands Gift Cards Stores Help",
    "Sign in Create account Wishlist Basket (0)",
    "We use cookies to improve your experience. Accept all Manage preferences",
    "© 2026 Rugs & More. All rights reserved. Privacy Terms Accessibility",
]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Beatrice Tan Rug | Rugs & More", ["Beatrice Tan Rug | Rugs & More"]),  # the tab's title again
        ("2025 in review: my favourite games", ["2025 in review: my favourite games"]),
        ("Shop", ["All Popular, Product, Promotion, Low Price, Great Value, Reviews, Wiki, Blog"]),
        ("Desks", ["Sort : Relevance Latest Top sales", "Price: low to high", "Loading..."]),
        ("Trails", ["esk8 calc", "donate now"]),
    ],
)
def test_menu_words_and_the_headline_again_are_nothing_to_read(title: str, body: list[str]) -> None:
    assert nothing_to_read(title, body, MENUS)
    assert not nothing_to_read(title, body, [])  # without a page's furniture around it: a note of one's own


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Ferry fares rise", ["The ferry company raises its fares by a tenth from March."]),  # one short sentence
        ("Shopping list", ["Bread.", "Milk and eggs."]),  # a note's own short sentences
        ("Meeting", ["Call the harbour master about the granite before Friday!"]),
        # a post whose whole text is its page's title: a long "headline" is to be read
        (
            "FCC chair to Europe: if you restrict our satellite providers, we will ban yours here, he told a "
            "conference in Brussels on Tuesday",
            [
                "FCC chair to Europe: if you restrict our satellite providers, we will ban yours here, he told a "
                "conference in Brussels on Tuesday"
            ],
        ),
        ("東京の天気", ["今日は東京で一日中雨が降り続き、多くの電車が遅れました。"]),  # one sentence, unspaced
        ("Harbour", []),  # nothing kept at all is another case (the importer's own)
    ],
)
def test_a_short_text_with_a_sentence_is_kept(title: str, body: list[str]) -> None:
    assert not nothing_to_read(title, body, MENUS)


def test_a_shop_page_whose_text_never_loaded_is_refused_with_the_way_out() -> None:
    links = ["About us", "Careers", "Press room", "Contact us", "Privacy Policy", "Terms of Use", "Cookie settings"]
    links += ["Accessibility", "Store finder", "Gift cards", "Track an order", "Returns and refunds", "Delivery"]
    page = (
        "<html><head><title>Beatrice Tan Rug | Rugs &amp; More</title></head><body>"
        "<header><a href='/'>Rugs &amp; More</a></header>"
        "<main><h1>Beatrice Tan Rug | Rugs &amp; More</h1><div id='app'></div></main><footer><ul>"
        + "".join(f"<li><a href='/{i}'>{text}</a></li>" for i, text in enumerate(links))
        + "</ul><p>© 2026 Rugs &amp; More</p></footer></body></html>"
    )
    assert clean_html(page).body == ()
    with pytest.raises(NothingArticleLike, match="imported as it is"):
        read_article(page.encode(), "rug.html")


def test_a_tiny_file_of_ones_own_is_still_an_article() -> None:
    article = read_article(b"Banana\n\ntext", "b.txt")
    assert article.article.title == "Banana" and [b.text for b in article.article.body] == ["text"]


def test_a_copied_page_of_menu_words_is_refused() -> None:
    menu = ["Home", "Shop", "New In", "Sale", "Brands", "Gift Cards", "Stores", "Help", "Sign in", "Basket (0)"]
    footer = ["About us", "Careers", "Press", "Contact", "Privacy Policy", "Terms of Use", "Cookie settings"]
    copied = "\n\n".join(
        [
            "Shop",
            "\n".join(menu),
            "All Popular, Product, Promotion, Low Price, Great Value, Reviews, Wiki, Blog, Video",
            "\n".join([*footer, "© 2026 Rugs & More. All rights reserved."]),
        ]
    )
    assert clean_text(copied).body == ()
    with pytest.raises(NothingArticleLike):
        read_article(copied.encode(), "copied.txt")


def test_a_page_drawn_by_scripts_that_never_ran_is_refused() -> None:
    page = (
        "<html><head><title>Beatrice Tan Rug | Rugs &amp; More</title><script src='/app.js'></script></head>"
        "<body><div id='root'></div><noscript></noscript></body></html>"
    )
    assert clean_html(page).body == ()
    with pytest.raises(NothingArticleLike):
        read_article(page.encode(), "rug.html")
