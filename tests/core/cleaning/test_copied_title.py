"""The title of a copied page whose first line is its tab's title ("Headline | Site"), while the page
prints its headline in other words above the article (the <h1>): the printed one is the title. A
headline may hold a shortened word, initials or a question and its answer; a line about a newsletter
is no sign-up box."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning.kept_out import kept_out
from reader.core.cleaning.titles import begins_tab, crumbs_end, ends_tab, extends_tab, rewords

MENU = "\n".join(["Home", "Gardening", "Recipes", "Travel", "Subscribe", "Sign in"])
BODY = "\n".join(
    [
        "Anyone who has grown tomatoes on a balcony knows that the plants want more water than a pot "
        "can hold, and that the first hot week of July decides whether there will be a harvest at all.",
        "We compared four kinds of containers, with twelve plants kept for a whole summer, and weighed "
        "every tomato they gave, so that the advice below rests on what the plants did rather than on what we hoped.",
        "The deeper pots won by a wide margin, and the self-watering boxes came a close second, while the "
        "hanging baskets dried out before noon on every sunny day and gave the smallest fruit of all.",
    ]
)
FOOTER = "\n".join(["About us", "Contact", "Privacy policy", "© 2026 Green Balcony"])


def page(tab: str, above_headline: list[str], headline: str) -> str:
    lines = [tab, MENU, *above_headline, headline, "By Marta Ruiz", "March 3, 2026", BODY, FOOTER]
    return "\n".join(lines)


def test_the_headline_the_page_prints_is_the_title_not_the_tabs_wording() -> None:
    text = page(
        "Balcony Tomatoes: Four Containers Compared | Green Balcony",
        [],
        "The Best Containers for Balcony Tomatoes, Tested by Our Editors",
    )
    article = clean_text(text)
    assert article.title == "The Best Containers for Balcony Tomatoes, Tested by Our Editors"
    assert article.authors and article.authors[0].name == "Marta Ruiz"
    # the tab's title is the title in other words, not a menu's line (Fix Extraction names it so)
    assert article.removed[0].reason == "duplicate title"
    assert article.body[0].text.startswith("Anyone who has grown tomatoes")


def test_a_breadcrumb_ending_in_the_headline_is_not_the_title() -> None:
    text = page(
        "Balcony Tomato Containers Compared | Green Balcony",
        [],
        "Home » Gardening » Balcony Tomato Containers Compared",
    )
    assert clean_text(text).title == "Balcony Tomato Containers Compared"


def test_a_headline_like_the_tabs_far_above_the_article_is_a_link_not_the_title() -> None:
    sidebar = ["Balcony Containers for Tomatoes Compared Last Year", *(f"Guide to {w}" for w in GUIDES)]
    text = page("Balcony Tomatoes: Four Containers Compared | Green Balcony", sidebar, "Twelve Plants, One Summer")
    assert clean_text(text).title == "Balcony Tomatoes: Four Containers Compared"


GUIDES = "pruning compost seeds herbs peppers mulch pests watering frost trellis lettuce beans soil".split()


def test_text_written_in_markdown_keeps_its_headings_without_their_marks() -> None:
    paragraphs = BODY.split("\n")
    text = "\n\n".join(
        ["## Tomatoes on a balcony", paragraphs[0], "### What the pots did", *paragraphs[1:], "#garden #tomatoes"]
    )
    article = clean_text(text)
    assert article.title == "Tomatoes on a balcony"
    assert [(b.kind.name, b.text) for b in article.body] == [
        ("PARAGRAPH", paragraphs[0]),
        ("HEADING", "What the pots did"),
        ("PARAGRAPH", paragraphs[1]),
        ("PARAGRAPH", paragraphs[2]),
    ]
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Tomatoes on a balcony", "title"),
        ("#garden #tomatoes", "tags"),  # hashtags are no heading
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Clay vs. Plastic Pots: Which Keeps Balcony Tomatoes Alive?",
        "Dr. Ruiz Tested Four Containers on a Windy Balcony",
        "Balcony Tomatoes Across the U.S. Compared in Four Containers",
        "Do Balcony Tomatoes Need Deep Pots? We Tested Four",
        "Four Pots, One Summer! Which Kept Balcony Tomatoes Alive?",
    ],
)
def test_a_headline_with_a_shortened_word_initials_or_a_question_is_one_line_not_two_sentences(headline: str) -> None:
    text = page("Balcony Pots Tested: Clay and Plastic Containers | Green Balcony", [], headline)
    assert clean_text(text).title == headline


@pytest.mark.parametrize("tab_has_site", [False, True])
def test_a_headline_of_two_sentences_that_the_tab_gives_too_is_the_title(tab_has_site: bool) -> None:
    # Two sentences are mostly a standfirst; not when the tab's title says them (a blog's tab has no site)
    headline = "I Grew Tomatoes in Four Pots. Here's What Survived (And What Didn't)"
    text = page(f"{headline} | Green Balcony" if tab_has_site else headline, [], headline)
    assert clean_text(text).title == headline


def test_a_promotion_of_two_sentences_opening_the_copy_is_not_the_title() -> None:
    # The copy starts with the site's banner, not with a tab's title; no headline printed under it
    promo = "Free delivery on every balcony pot this week. Shop the tomato sale now!"
    text = "\n".join([promo, MENU, "By Marta Ruiz", "March 3, 2026", BODY, FOOTER])
    assert clean_text(text).title != promo


def test_a_writers_line_with_a_degree_after_a_comma_is_not_the_title() -> None:
    text = page("Green Balcony", [], "Which Containers Suit Balcony Tomatoes?").replace(
        "By Marta Ruiz\n",
        "Marta Ruiz\nLicensed Balcony Tomato Gardener, M.A. Horticulture\nRead how we weighed every tomato.\n",
    )
    assert clean_text(text).title == "Which Containers Suit Balcony Tomatoes?"


def test_a_post_about_a_newsletter_keeps_its_headline_and_lines_while_the_sign_up_box_goes() -> None:
    paragraphs = [
        "I started writing this newsletter three years ago, with a dozen readers and no plan at all, and "
        "the habits below are what kept it going every single week since then.",
        "My newsletter has one rule: every issue answers a question a reader sent me, in their words first and then in mine.",
        "The drafts live in one folder, the questions in another, and a short checklist decides when an issue is ready to go out.",
    ]
    text = "\n".join(
        [
            "How I Write My Weekly Newsletter - by Marta Ruiz",
            "Subscribe Sign in",
            "How I Write My Weekly Newsletter",
            "Marta Ruiz",
            "Nov 02, 2025",
            *paragraphs,
            "Subscribe to our newsletter",
            "Sign up to get it in your inbox.",
            FOOTER,
        ]
    )
    article = clean_text(text)
    assert article.title == "How I Write My Weekly Newsletter"
    assert [block.text for block in article.body] == paragraphs


def test_the_headline_printed_as_the_tab_names_it_wins_over_a_standfirst_in_the_same_words() -> None:
    headline = "Why Balcony Tomatoes Need Deeper Pots"
    text = page(
        f"{headline} | Green Balcony", [], f"{headline}\nFirst post in a series on deeper pots for balcony tomatoes"
    )
    assert clean_text(text).title == headline


def test_a_tabs_title_of_three_parts_between_bars_gives_its_first_as_the_headline() -> None:
    text = page("Balcony Tomatoes: Four Containers Compared | Pots, Soil & Water | Green Balcony", [], "")
    assert clean_text(text).title == "Balcony Tomatoes: Four Containers Compared"


def test_the_tabs_headline_opening_the_article_is_the_title_not_the_blogs_name_above_it() -> None:
    # A blog prints its name and motto over every post, then the date, then the post's headline,
    # the headline part of the tab's title ("Blog: Headline"): the headline is the post's title.
    blog = ["Green Balcony Notes", "Marta Ruiz on tomatoes, containers, compost and the small gardens of city flats."]
    tab = "Green Balcony Notes: Four Containers for Balcony Tomatoes"
    headline = "Four Containers for Balcony Tomatoes"
    assert_headline_over_body([tab, *blog, "Friday, March 3, 2026", headline], headline)


def assert_headline_over_body(above: list[str], headline: str) -> None:
    article = clean_text("\n".join([*above, BODY, FOOTER]))
    assert article.title == headline
    assert article.body[0].text.startswith("Anyone who has grown tomatoes")


def test_the_headline_in_the_tabs_other_words_over_its_byline_is_the_title_above_a_long_contents() -> None:
    # Between the printed headline (with its byline and date) and the first paragraph, a table of
    # contents of twenty entries: the headline stands far from the body but is still the headline.
    contents = ["Table of Contents", *(f"Step {n}: {w.title()}" for n, w in enumerate(GUIDES + GUIDES[:6], 1))]
    tab = "Balcony Tomatoes: Four Containers Compared | Green Balcony"
    headline = "Four Containers Compared for Balcony Tomatoes, Tested All Summer"
    assert_headline_over_body([tab, MENU, headline, "Marta Ruiz", "March 3, 2026", *contents], headline)


def test_the_tabs_title_without_a_site_is_the_title_when_the_page_prints_no_headline() -> None:
    # The headline is an image; above the article only the shop's menus, one in the article's words.
    menus = ["Summer harvest guide", "Shop", "Sign in", "Cart"]
    tab = "Tomato Pots for Small Balconies Explained"
    assert_headline_over_body([tab, *menus], tab)


@pytest.mark.parametrize(
    "printed", ["Blog: Four Containers for Balcony Tomatoes", "Home / Four Containers for Balcony Tomatoes"]
)
def test_a_kicker_or_breadcrumb_printed_before_the_tabs_headline_is_not_the_titles(printed: str) -> None:
    text = page("Four Containers for Balcony Tomatoes | Green Balcony", [], printed)
    assert clean_text(text).title == "Four Containers for Balcony Tomatoes"


def test_a_headline_in_two_parts_keeps_its_first_when_the_tab_sets_them_apart_otherwise() -> None:
    text = page("Balcony Tomatoes - The Complete Guide", [], "Balcony Tomatoes: The Complete Guide")
    assert clean_text(text).title == "Balcony Tomatoes: The Complete Guide"


@pytest.mark.parametrize("row", ["Facebook Twitter Pinterest Email WhatsApp", "Share on Facebook | Share on X | Email"])
def test_a_row_of_share_buttons_is_neither_the_title_nor_text(row: str) -> None:
    article = clean_text(page("Tomato Containers | Green Balcony", [row], "Four Containers for Balcony Tomatoes"))
    assert article.title == "Four Containers for Balcony Tomatoes"
    assert {r.reason for r in article.removed if r.text == row} == {"share/follow"}


def test_the_tabs_title_over_a_shops_promotion_banners_is_the_title_not_a_link_among_them() -> None:
    # Three headline-like lines in a row are a list of links; the page's first line, its tab's
    # title, is not one of them, though the shop's banners under it are.
    banners = [
        "Get 30% off your first four deliveries of potting soil",
        "Great news! Your discount will be applied to your first box",
        "Thanks! Your promotion code will be applied at checkout",
    ]
    tab = "Balcony Tomatoes: A Beginner's Guide to Growing in Pots"
    article = clean_text("\n".join([tab, *banners, MENU, BODY, FOOTER]))
    assert article.title == tab
    assert not {line for line in banners if line in article.text}


def test_a_records_title_label_is_not_part_of_the_title() -> None:
    # A paper's page prints its record: "Title: ...", "Authors: ...", then the abstract.
    tab = "[2603.01234] Balcony Tomatoes - Four Containers Compared Over a Summer"
    record = ["Title: Balcony Tomatoes - Four Containers Compared Over a Summer", "Authors: Marta Ruiz, Jon Bell"]
    article = clean_text("\n".join([tab, MENU, *record, BODY, FOOTER]))
    assert article.title == "Balcony Tomatoes - Four Containers Compared Over a Summer"
    assert [a.name for a in article.authors] == ["Marta Ruiz", "Jon Bell"]


@pytest.mark.parametrize(
    ("tab", "printed"),
    [
        # the page prints the tab's headline with its subtitle
        ("Balcony Tomatoes Compared | Green Balcony", "Balcony Tomatoes Compared: Four Containers Over One Summer"),
        ("Balcony Tomatoes Compared | Green Balcony", "Balcony Tomatoes Compared, Tested by a Student"),
        # the tab cut the headline off in a word; the page prints it whole
        (
            "Balcony tomatoes: how to choose the pots, the soil, and wat | Green Balcony",
            "Balcony tomatoes: how to choose the pots, the soil, and watering (checklist)",
        ),
    ],
)
def test_the_headline_printed_with_more_than_the_tab_gives_is_the_title(tab: str, printed: str) -> None:
    banners = ["Get 30% off your first four deliveries of potting soil", "Great news! Your discount is applied"]
    assert_headline_over_body([tab, *banners, MENU, printed, "By Marta Ruiz"], printed)
    assert_headline_over_body([tab, MENU, printed], printed)


@pytest.mark.parametrize(
    ("line", "extends"),
    [
        ("Balcony Tomatoes Compared: Four Containers", True),
        ("Balcony Tomatoes Compared – Four Containers", True),
        ("Balcony Tomatoes Compareds and more", True),  # a word the tab cut short
        ("Balcony Tomatoes Compared Again This Year", False),  # another headline that starts alike
        ("Balcony Tomatoes Compared", False),  # the same headline: no more after it
    ],
)
def test_a_line_extends_the_tabs_headline_only_with_a_subtitle_or_a_cut_words_rest(line: str, extends: bool) -> None:
    assert extends_tab("Balcony Tomatoes Compared", line) is extends


# A shop's banner: a heading in the article's own words over a line of prose, then the shop's menus.
BANNER = ["Deeper Pots for Balcony Tomatoes", "Deep pots, rich soil and seed trays for your balcony, delivered free."]
SHOP = ["Pots", "Soil", "Seed trays", "Watering cans", "Gift cards", "Sale", "Cart"]


def test_a_banners_heading_far_above_the_article_is_not_the_title_the_tab_is() -> None:
    # The banner's heading says the article's words, but seven menu lines stand between it and the
    # article: a promotion; the tab's title names the page.
    article = clean_text("\n".join(["Summer Garden Shop | Green Balcony", MENU, *BANNER, *SHOP, BODY, FOOTER]))
    assert article.title == "Summer Garden Shop"


def test_a_headline_far_above_the_article_stays_the_title_over_its_byline() -> None:
    headline = BANNER[0]
    article = clean_text(
        "\n".join(["Summer Garden Shop | Green Balcony", MENU, headline, "By Marta Ruiz", *SHOP, BODY])
    )
    assert article.title == headline


def test_a_headline_the_tab_names_after_the_sites_name_stays_the_title_far_above_the_article() -> None:
    # "Site - Headline": the headline printed alone is the tab's second part, though its date
    # stands under its share buttons and far from the article.
    headline = BANNER[0]
    text = "\n".join(
        [f"The Green Balcony - {headline}", MENU, headline, "12 comments", "Share", "March 3, 2026", *SHOP, BODY]
    )
    article = clean_text(text, url="https://thegreenbalcony.example/2026/03/deeper-pots")
    assert article.title == headline


@pytest.mark.parametrize(
    ("line", "begins"),
    [
        ("Four Containers for Balcony Tomatoes", True),  # the tab adds a word: "... Tomatoes Guide"
        ("Four Containers for Balcony", True),
        ("Four Containers", False),  # under half of the tab's words: a menu's entry
        ("Four Containers for Balcony Tom", False),  # cut in a word
        ("Four Containers for Balcony To", False),
        ("Four Containers for Balcony Tomatoes Guide", False),  # the tab's headline itself
    ],
)
def test_a_line_begins_the_tabs_headline_only_whole_words_and_half_of_them(line: str, begins: bool) -> None:
    assert begins_tab("Four Containers for Balcony Tomatoes Guide", line) is begins


@pytest.mark.parametrize(
    ("tab", "line", "begins"),
    [
        ("What Is U.S. Policy on Seeds", "What Is U", False),  # initials cut at their full stop
        ("Growing Sweet Cherry-Tomatoes on Balconies", "Growing Sweet Cherry", False),  # a hyphened word cut
        ("Four Containers for Balcony Tomatoes, March 2026", "Four Containers for Balcony Tomatoes", True),
        ("Four Containers for Balcony Tomatoes: 12 Steps", "Four Containers for Balcony Tomatoes", True),
    ],
)
def test_a_line_begins_the_tabs_headline_where_a_word_ends(tab: str, line: str, begins: bool) -> None:
    assert begins_tab(tab, line) is begins


def test_the_headline_printed_twice_round_its_kicker_is_the_title_not_a_list_of_links() -> None:
    # Under its breadcrumb the page prints its headline, a kicker and its headline again: three
    # headline-like lines in a row, not a list of links, since the tab's title begins with them.
    headline = "Four Containers for Balcony Tomatoes"
    tab = f"{headline}, March 2026 | Green Balcony"  # the tab adds the month
    above = [tab, MENU, "Gardening Guides", "Balcony Gardens", headline, "Our Big Container Test", headline]
    article = clean_text("\n".join([*above, "By Marta Ruiz", BODY]))
    assert article.title == headline
    assert article.authors and article.authors[0].name == "Marta Ruiz"


def test_the_headline_printed_shorter_than_the_tabs_is_the_title_far_above_the_article() -> None:
    # The tab adds the count of steps; the printed headline stands over a long list of them.
    headline = "How to Grow Tomatoes on a Balcony"
    steps = [f"Step {n}: {word.title()}" for n, word in enumerate(GUIDES + GUIDES[:4], 1)]
    article = clean_text("\n".join([f"{headline} : 17 Steps - Green Balcony", MENU, headline, *steps, BODY]))
    assert article.title == headline


def test_the_headline_printed_shorter_than_the_tabs_is_the_title_over_a_shops_long_menus() -> None:
    # Twenty menu lines between the printed headline and the article: the tab's title names it.
    headline = "How to Grow Tomatoes on a Balcony"
    menus = SHOP * 3
    article = clean_text("\n".join([f"{headline} : 17 Steps - Green Balcony", MENU, headline, *menus, BODY]))
    assert article.title == headline


def test_the_headline_ending_a_run_of_headline_like_lines_over_its_byline_is_the_title() -> None:
    """The blog's menus print headline-like lines right over the post's headline: the last of them,
    over the byline and the lead, is the headline, not one more link."""
    links = ["Search Our Gardening Guides Here", "Container Gardening Guides for Beginners"]
    text = page(
        "Balcony Tomatoes: Four Containers Compared | Green Balcony", links, "Twelve Plants, One Summer, Four Pots"
    )
    article = clean_text(text)
    assert article.title == "Twelve Plants, One Summer, Four Pots"
    assert "Container Gardening Guides for Beginners" not in article.text


def test_a_list_of_links_ending_over_a_pages_modified_date_stays_out() -> None:
    """The last of the links over a date is no headline when no article's first paragraph follows."""
    links = ["Watering Balcony Plants in a Heat Wave", "Compost for Containers Explained", "Saving Seeds From Tomatoes"]
    text = page("Balcony Tomatoes | Green Balcony", [], "Balcony Tomatoes").replace(FOOTER, "")
    text += "\n" + "\n".join([*links, "Page last modified March 9, 2026", "View older versions of this page.", FOOTER])
    assert not any(line in clean_text(text).text for line in links)


def test_a_headline_ending_in_initials_is_the_title() -> None:
    text = page("Balcony Tomatoes Compared | Green Balcony", [], "The Best Balcony Tomatoes Grown in the U.S.")
    assert clean_text(text).title == "The Best Balcony Tomatoes Grown in the U.S."


def test_the_headline_a_breadcrumb_ends_with_is_the_title_over_the_lead() -> None:
    """No byline or date: the breadcrumb over the headline names it, where the tab says otherwise."""
    crumbs = "Home » Archive » Gardening » Do Balcony Tomatoes Need Deep Pots?"
    offers = ["Get our newsletter today", "Garden Tools and Seed Trays", "I have an offer code"]  # headline-like
    lines = ["Seven Balcony Tomato Tips | Green Balcony", MENU, *offers, crumbs]
    text = "\n".join([*lines, "Do Balcony Tomatoes Need Deep Pots?", BODY, FOOTER])
    article = clean_text(text)
    assert article.title == "Do Balcony Tomatoes Need Deep Pots?"
    assert article.body[0].text.startswith("Anyone who has grown tomatoes")


def test_the_headline_over_its_byline_sharing_some_of_the_tabs_words_is_the_title() -> None:
    printed = "Tested! Which Container Grows the Juiciest Tomato on a Sunny City Balcony"  # "Container" one of the two
    text = page("Balcony Tomatoes: Four Containers Compared | Green Balcony", [], printed)
    assert clean_text(text).title == printed


def test_the_headline_a_breadcrumb_ends_with_is_the_title_over_a_table_of_contents() -> None:
    crumbs = "Blog / Gardening / Containers / Do Balcony Tomatoes Need Deep Pots?"
    contents = ["Table of Contents", "Why depth matters", "What we grew", "What we found"]
    lines = ["Seven Balcony Tomato Tips | Green Balcony", MENU, crumbs, "Do Balcony Tomatoes Need Deep Pots?"]
    article = clean_text("\n".join([*lines, *contents, BODY, FOOTER]))
    assert article.title == "Do Balcony Tomatoes Need Deep Pots?"


def test_the_line_a_byline_ending_in_a_comma_goes_on_to_is_not_the_title() -> None:
    """'By Marta Ruiz,' over her job: the job is the byline's, however well it scores as a headline."""
    lines = ["Balcony Tomatoes: Four Containers Compared | Green Balcony", MENU]
    job = "balcony tomatoes and containers columnist, Green Balcony"
    text = "\n".join([*lines, "By Marta Ruiz,", job, "By Marta Ruiz", "March 3, 2026", BODY, FOOTER])
    assert clean_text(text).title == "Balcony Tomatoes: Four Containers Compared"


def test_the_headline_over_a_breadcrumb_that_ends_with_it_is_the_title_and_the_trail_is_left_out() -> None:
    """The trail printed under the headline holds the headline: it is the page's furniture, and the
    headline is no pull quote of it (the tab's title is shorter: "Headline: subtitle" as printed)."""
    headline = "Do Balcony Tomatoes Need Deep Pots: What Twelve Plants Taught Us?"
    crumbs = f"Blog Home ❯ Gardening ❯ {headline}"
    text = "\n".join(["Do Balcony Tomatoes Need Deep Pots | Green Balcony", MENU, headline, crumbs, BODY, FOOTER])
    article = clean_text(text)
    assert article.title == headline
    assert article.body[0].text.startswith("Anyone who has grown tomatoes")
    assert ("navigation", crumbs) in [(line.reason, line.text) for line in article.removed]


@pytest.mark.parametrize(
    ("line", "out"),
    [
        ("Blog Home ❯ Gardening ❯ Deep Pots for Tomatoes", True),
        ("Home · Farm · Six Gardening Shows to Watch", True),
        ("Home Forums > Gardening > Containers >", True),
        ("Home > Settings > Display turns on dark mode.", False),  # a sentence
        ("Home · Away", False),  # one separator: a headline's words
        ("Blog / Vlog / Podcast: which should you start", False),  # no home to start from
    ],
)
def test_a_breadcrumb_trail_from_the_sites_home_is_left_out(line: str, out: bool) -> None:
    assert (kept_out(line) == "navigation") is out


@pytest.mark.parametrize(
    "notice",
    [
        ["We noticed that you are using an old browser. Some parts of this page may not work as they should."],
        ["Stay organized with collections", "Save and categorize content based on your preferences."],
    ],
)
def test_a_notice_the_run_took_in_over_the_printed_headline_is_left_out(notice: list[str]) -> None:
    tab = "Do Balcony Tomatoes Need Deep Pots? | Green Balcony"
    article = clean_text("\n".join([tab, MENU, *notice, "Do Balcony Tomatoes Need Deep Pots?", BODY, FOOTER]))
    assert article.title == "Do Balcony Tomatoes Need Deep Pots?"
    assert article.body[0].text.startswith("Anyone who has grown tomatoes")
    long = "Readers have asked us about the size of pots for years, so this spring we finally set out to measure it."
    article = clean_text(
        "\n".join([tab, MENU, long, long.replace("so", "and"), "Do Balcony Tomatoes Need Deep Pots?", BODY])
    )
    assert article.body[0].text == long  # two paragraphs above it: the article's own lead, not a notice


def test_a_lead_over_the_headline_printed_again_stays_the_articles() -> None:
    """Headline, byline, date and a lead of a paragraph, then the headline again (an embed's title):
    the lead is the article's, not a notice over the headline."""
    headline = "Do Balcony Tomatoes Need Deep Pots?"
    lead = (
        "Readers have asked us about the size of pots for years, so this spring we finally set out to "
        "measure it with twelve plants on one sunny balcony."
    )
    lines = [f"{headline} | Green Balcony", MENU, headline, "By Marta Ruiz", "March 3, 2026", lead, headline]
    article = clean_text("\n".join([*lines, BODY, FOOTER]))
    assert article.title == headline
    assert article.body[0].text == lead
    article = clean_text("\n".join([f"{headline} | Green Balcony", MENU, lead, headline, BODY, FOOTER]))
    assert article.body[0].text == lead  # a paragraph of a lead's length over it, no headline above: kept
    short_lead = " ".join(lead.split()[:16]) + "."  # under a lead's length, yet under the printed headline
    article = clean_text("\n".join([*lines[:5], short_lead, headline, BODY, FOOTER]))
    assert article.body[0].text == short_lead


def test_the_headline_the_tab_shortened_at_its_end_is_the_title() -> None:
    """A tab without a site's name ("Headline") that ends the headline in other words: the printed one."""
    tab = "How to Choose Tomato Pots for Balconies & Terraces"
    printed = "How to Choose Tomato Pots for Balconies, Roofs, or Terraces"
    article = clean_text("\n".join([tab, MENU, printed, BODY, FOOTER]))
    assert article.title == printed
    assert article.body[0].text.startswith("Anyone who has grown tomatoes")


def test_the_headline_printed_over_its_byline_that_the_tab_opens_otherwise_is_the_title() -> None:
    """'7 Best Pots ...' in the tab, 'The Best Pots ...' printed over the byline, menus between."""
    printed = "The Best Tomato Pots for Balconies Under $50 of 2026"
    tab = "7 Best Tomato Pots for Balconies Under $50 of 2026 - Green Balcony"
    assert clean_text(page(tab, ["Pots", "Seeds", "Tools"], printed)).title == printed
    contents = ["Share on Facebook", "Share on X", "Advertisement", "Contents", *(f"Pick {n}" for n in range(1, 16))]
    far = clean_text("\n".join([tab, MENU, printed, *contents, BODY, FOOTER]))
    assert far.title == printed  # no byline under it, a long table of contents between it and the text


def test_the_headline_a_trail_of_links_ends_with_is_the_title_when_the_tab_opens_it_with_a_count() -> None:
    """The copy runs a breadcrumb's links together ("Home Guides Containers Headline") over the
    headline; the tab's title adds a count before it."""
    headline = "Containers for Balcony Tomatoes Compared"
    trail = f"Home Guides Seasonal advice Containers {headline}"
    article = clean_text("\n".join([f"12 Tested {headline}", MENU, trail, headline, BODY, FOOTER]))
    assert article.title == headline
    assert article.body[0].text.startswith("Anyone who has grown tomatoes")
    other = clean_text("\n".join(["Seven Balcony Tomato Tips", MENU, trail, headline, BODY, FOOTER]))
    assert headline not in [b.text for b in other.body]  # not the tab's: the trail's last words, left out once


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Containers for Balcony Tomatoes Compared", True),
        ("Balcony Tomatoes Compared", False),  # three words
        ("for Balcony Tomatoes Compared", True),
        ("Tested Containers for Balcony Tomatoes", False),  # its start, not its end
    ],
)
def test_a_line_ends_the_tabs_headline_with_half_its_words(line: str, ends: bool) -> None:
    assert ends_tab("12 Tested Containers for Balcony Tomatoes Compared", line) is ends


@pytest.mark.parametrize(
    ("line", "reworded"),
    [
        ("How to Choose Tomato Pots for Balconies, Roofs, or Terraces", True),
        ("How to Choose Tomato Pots for Balconies & Terraces / March 2026", False),  # all of it, and more: extends
        ("How to Choose Tomato Planters for Balconies & Terraces", False),  # four words the same
        ("Why You Should Choose Tomato Pots for Balconies & Terraces", True),  # its start put otherwise
        ("A Guide: Tomato Pots for Balconies & Terraces", False),  # five words at its end
        ("How to Choose Tomato Pots for Balconies, Roofs, Terraces, Yards, Windows and Porches", False),  # too few
    ],
)
def test_a_line_rewords_the_tabs_headline_at_one_end_only_after_most_of_its_words(line: str, reworded: bool) -> None:
    assert rewords("How to Choose Tomato Pots for Balconies & Terraces", line) is reworded


@pytest.mark.parametrize(
    ("crumbs", "line", "ends"),
    [
        ("Home » Archive » Do Millennials Save?", "Do Millennials Save?", True),
        ("Blog Home ❯ Archive ❯ Do Millennials Save?", "Do Millennials Save?", True),
        ("Home · Farm · Do Millennials Save?", "Do Millennials Save?", True),
        ("Blog / Gardening / Deep Pots for Tomatoes", "Deep Pots for Tomatoes", True),
        ("Home » Blog » Why Do Millennials Save?", "Do Millennials Save?", False),  # not where a part starts
        ("Read next > Harbour board raises fees", "Harbour board raises fees", True),
        ("Do Millennials Save?", "Do Millennials Save?", False),
    ],
)
def test_a_breadcrumb_ends_with_a_line_only_after_a_separator(crumbs: str, line: str, ends: bool) -> None:
    assert crumbs_end(crumbs, line) is ends


def test_a_menus_row_of_separated_words_on_the_first_line_is_no_duplicate_title() -> None:
    text = page("Home - Gardening - Recipes", [], "Twelve Plants, One Summer, Four Pots")
    article = clean_text(text)
    assert article.title == "Twelve Plants, One Summer, Four Pots"
    assert article.removed[0].reason != "duplicate title"


def test_words_set_off_by_asterisks_keep_them_and_are_no_bullet() -> None:
    """A tab's title with a book's name in Markdown's emphasis keeps both asterisks: before, the first
    was taken for a bullet and the title read "Coffee* (1792)". A bullet stays a bullet. (Markdown's
    bold, "**Note:** soak", is read as before: the rule asks for single asterisks.)"""
    from reader.core.cleaning.language import stopwords
    from reader.core.cleaning.lines import make_lines

    text = "\n".join(["*A Treatise on Coffee* (1792) — The Old Books Review", MENU, BODY, FOOTER])
    assert clean_text(text).title == "*A Treatise on Coffee* (1792)"
    emphasis, star, starred = make_lines("*mic drop*\n* Water daily\n*Water daily", stopwords("en"))
    assert (emphasis.text, emphasis.bullet) == ("*mic drop*", False)
    assert (star.text, star.bullet) == (starred.text, starred.bullet) == ("Water daily", True)


COFFEE = "\n".join(
    [
        "The history of coffee and its origins start with a story nobody can check: a goat herd on a high plateau who "
        "noticed that his animals would not sleep after eating the red berries of a certain shrub.",
        "Whatever the truth of that story, the history that can be checked begins in the monasteries and "
        "markets of the Red Sea coast, where coffee was roasted, ground and boiled by the fifteenth century.",
        "From there the drink travelled with pilgrims and traders, and within two hundred years coffee "
        "houses stood in every large port between the Red Sea and the North Sea.",
    ]
)


@pytest.mark.parametrize("word", ["History", "Best"])
def test_the_headline_sharing_the_tabs_common_nouns_over_its_byline_is_the_title(word: str) -> None:
    # "history" and "best" are among the five hundred commonest English words (the stop-word list
    # Reader reads a language by), yet they say what a headline is about: the printed headline shares
    # them with the tab and is the title, not the tab's longer wording.
    tab = f"The {word} & Origins of Coffee - Bean Street"
    menu = ["Shop All Coffee", "Coffee Subscriptions", "Brand Collections", "Gift Cards", "Cart"]
    body = COFFEE.replace("history", word.lower()) if word != "History" else COFFEE
    headline = f"The {word} of Coffee"
    lines = [tab, *menu, headline, "Mar 24, 2025", "By Amy Wilhelm", "0 comments", body, FOOTER]
    article = clean_text("\n".join(lines))
    assert article.title == headline
    assert article.authors[0].name == "Amy Wilhelm"


def test_the_headline_over_its_dates_byline_and_photos_caption_is_the_title() -> None:
    # Under the printed headline: the dates, "By" and the name on lines of their own, then the
    # photo's caption, the fourth line under it: prose that vouches for the headline as the article's.
    tab = "Balcony Tomatoes: Four Containers Compared : Green Balcony"
    headline = "Deep pots beat every other container for tomatoes on a balcony, a summer's test finds"
    caption = (
        "Tomato plants in deep pots on a city balcony in late July, after the first hot week of the "
        "summer had dried out the hanging baskets. Marta Ruiz/Green Balcony"
    )
    dates = "Updated March 5, 2026 8:23 PM ET Originally published March 3, 2026"
    lines = [tab, MENU, "Share", "Gardening", headline, dates, "By", "Marta Ruiz", caption, "toggle caption"]
    lines += ["Marta Ruiz/Green Balcony", BODY, FOOTER]
    assert clean_text("\n".join(lines)).title == headline


SHOP_MENU = ["Shop", "Camp & Hike", "Hydration", "Water Bottles", "Tumblers", "Water Treatment", "Help Center"]
TILES = [
    "(24 products)",
    "Steel Narrow-Mouth Water Bottle - 32 fl. oz.",
    "$17.00",
    "(97) 97 reviews with an average rating of 4.8 out of 5 stars",
    "Insulated Wide-Mouth Bottle with Straw Cap - 24 fl. oz.",
    "$39.95",
    "(1472) 1472 reviews with an average rating of 4.6 out of 5 stars",
    "Filter Bottle with Press - 24 fl. oz.",
    "$99.95",
    "(2247) 2247 reviews with an average rating of 4.8 out of 5 stars",
]


def test_a_shops_heading_printed_as_its_tabs_short_title_is_the_title() -> None:
    # A category page: the tab's title is two words and a shop's name ("Water Bottles | Trail Co-op");
    # the page prints those two words over its products, below menus that name them too.
    lines = ["Water Bottles | Trail Co-op", *SHOP_MENU, "Find answers online any time", "Live Chat"]
    lines += ["Home and Living /", "Kitchen /", "Water Bottles", *TILES, *FOOTER.split("\n")]
    article = clean_text("\n".join(lines))
    assert article.title == "Water Bottles"
    assert not article.authors  # "Live Chat" under a help box's line is no writer


def test_a_short_headline_the_tab_gives_alone_stays_the_title_over_its_writer() -> None:
    lines = ["Mission accomplished! | Digital Preservation", MENU, "Mission accomplished!", "2025-12-17 ·"]
    lines += ["Trond Teigen", BODY, FOOTER]
    article = clean_text("\n".join(lines))
    assert article.title == "Mission accomplished!"
    assert [a.name for a in article.authors] == ["Trond Teigen"]


@pytest.mark.parametrize(
    ("tab", "label", "headline"),
    [
        ("Opinion | Deep Pots for Balcony Tomatoes - Green Balcony", "Opinion", "Deep Pots for Balcony Tomatoes"),
        (
            "Green Balcony - Gardening - Deep Pots for Balcony Tomatoes",
            "Green Balcony",
            "Deep Pots for Balcony Tomatoes",
        ),
    ],
)
def test_a_section_label_or_sites_name_opening_the_tab_is_no_short_heading(tab: str, label: str, headline: str) -> None:
    # The tab's first part is short, but a headline follows in it: the line printing that first
    # part is a label or a logo, not the page's heading.
    lines = [tab, MENU, label, headline, "By Marta Ruiz", "March 3, 2026", BODY, FOOTER]
    assert clean_text("\n".join(lines)).title == headline
