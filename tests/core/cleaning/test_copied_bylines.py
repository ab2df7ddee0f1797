"""Whose article a copied page is: its own byline, not the bylines of the other articles teased
below it, nor a pair of menu words under the tab's title."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning.bylines import parse_byline
from reader.core.cleaning.lone_names import co_writers

BODY = [
    "The council voted on Tuesday evening to close the old river footbridge for a year, after an "
    "inspection found that two of its four supports had rusted through below the waterline.",
    "Engineers told the meeting that the bridge was safe for now but could not carry crowds, and that "
    "the repair would cost about twice what the town had set aside for all its bridges this year.",
    "Shop owners on the east bank said the closure would cut them off from the market square, and asked "
    "the council to run a free ferry for as long as the work lasts; the council agreed to consider it.",
]
MORE = [
    "More from the town desk",
    "Library opening hours will change in January",
    "By Jon Bell",
    "A new bus route links the station and the hospital",
    "By Priya Nair",
]
FOOTER = ["About us", "Contact", "Privacy policy"]


def authors(lines: list[str]) -> list[str]:
    return [a.name for a in clean_text("\n".join(lines)).authors]


def test_the_bylines_of_the_articles_teased_below_are_not_the_articles() -> None:
    page = ["River footbridge to close for a year", "By Marta Ruiz", "March 3, 2026", *BODY, *MORE, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_byline_right_under_an_article_with_none_above_it_is_its_own() -> None:
    page = ["River footbridge to close for a year", "March 3, 2026", *BODY, "By Marta Ruiz", *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_long_byline_with_its_date_and_fact_checker_under_the_article_is_its_own() -> None:
    byline = "By Marta Ruiz – Updated Mar 3, 2026 at 1:00 PM EST | Fact-checked by Jon Bell and the town desk"
    page = ["River footbridge to close for a year", "March 3, 2026", *BODY, byline, *FOOTER]
    assert authors(page)[0] == "Marta Ruiz"


def test_a_byline_far_below_an_article_with_none_above_it_is_a_teasers() -> None:
    teasers = [f"Weekend events roundup number {n}" for n in range(1, 9)]
    page = ["River footbridge to close for a year", "March 3, 2026", *BODY, *teasers, *MORE, *FOOTER]
    assert authors(page) == []


def test_menu_words_under_the_tabs_title_are_not_a_writer() -> None:
    page = ["River footbridge to close for a year | Riverside Courier", "Accessibility Menu", "News", *BODY, *FOOTER]
    article = clean_text("\n".join(page))
    assert article.title == "River footbridge to close for a year"
    assert article.authors == ()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Marta Ruiz December 2, 2025", ["Marta Ruiz"]),
        ("By Marta Ruiz on Dec 3, 2024 at 4:28 PM EST", ["Marta Ruiz"]),
        # posted, then updated, the date the page shows twice
        ("By Marta July 30, 2019 January 18, 2023 January 18, 2023", ["Marta"]),
        ("By Marta Ruiz March 3, 2024 Updated on January 18, 2025", ["Marta Ruiz"]),
        ("By Marta Ruiz and Jon Bell · 12 March 2025", ["Marta Ruiz", "Jon Bell"]),
        ("By the Riverside Desk 2–3 minutes", ["Riverside Desk"]),
        ("By Marta Ruiz | 5 min read", ["Marta Ruiz"]),
        ("By Marta RuizPublished Dec 3, 2025", ["Marta Ruiz"]),  # a saved page's spans run together
        ("Oleh Siti Rahma pada 3 Desember 2024", ["Siti Rahma"]),
        # the other dots a byline's parts are set apart with
        ("By Marta Ruiz ⋅ Senior Review Analyst ⋅ Updated March 5, 2025", ["Marta Ruiz"]),
        ("by Marta Ruiz ● December 23, 2025 ● 6 min read", ["Marta Ruiz"]),
        ("By Marta Ruiz ∙ 5 min read", ["Marta Ruiz"]),
    ],
)
def test_a_date_or_reading_time_after_the_names_is_not_a_name(byline: str, names: list[str]) -> None:
    assert [a.name for a in parse_byline(byline)] == names


def test_a_byline_under_the_last_paragraph_over_the_writers_bio_is_the_articles() -> None:
    bio = "Marta Ruiz is a reporter who has covered the town council and its budgets for eleven years."
    page = ["River footbridge to close for a year", "March 3, 2026", *BODY, "Written by Marta Ruiz", bio, *MORE]
    article = clean_text("\n".join(page))
    assert [a.name for a in article.authors] == ["Marta Ruiz"]
    assert bio not in article.text


def test_a_name_under_the_headline_is_the_writer_even_with_teasers_below() -> None:
    page = ["River footbridge to close for a year", "Marta Ruiz", "March 3, 2026", *BODY, *MORE, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_role_line_and_a_name_line_under_the_article_are_its_byline() -> None:
    page = ["River footbridge to close for a year", "March 3, 2026", *BODY, "Article by", "Marta Ruiz", *MORE]
    assert authors(page) == ["Marta Ruiz"]


def test_a_first_name_alone_under_a_bare_by_is_the_writer() -> None:
    page = ["River footbridge to close for a year", "By", "Marta", "March 3, 2026", *BODY, *FOOTER]
    assert authors(page) == ["Marta"]


@pytest.mark.parametrize(
    "date_line",
    [
        "Dec. 19, 2025 · Marta Ruiz on behalf of Harbour Doc group",
        "Dec. 19, 2025 · Marta Ruiz at Harbour Gazette",
        "Dec 26, 2025 • Marta Ruiz in Town News",
        "Dec 26, 2025 ⋅ Marta Ruiz in Town News",
    ],
)
def test_a_name_on_the_dates_line_with_whom_it_writes_for(date_line: str) -> None:
    page = ["Home", "News", "River footbridge to close for a year", date_line, *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_byline_whose_label_runs_into_the_name_names_the_writer() -> None:
    page = ["River footbridge to close for a year", "Written by:Marta Ruiz", "March 3, 2026", *BODY, *FOOTER]
    article = clean_text("\n".join(page))
    assert [a.name for a in article.authors] == ["Marta Ruiz"]
    assert "Written by:Marta Ruiz" not in article.text


def test_a_name_on_the_dates_line_whose_section_is_a_link_of_its_own() -> None:
    page = ["Home", "News", "River footbridge to close for a year", "Dec 26, 2025 • Marta Ruiz in", "Town News"]
    assert authors([*page, *BODY, *FOOTER]) == ["Marta Ruiz"]


def test_a_name_over_an_updated_date_is_the_writer() -> None:
    page = ["Home", "Blog", "River footbridge to close for a year", "MR", "Marta Ruiz", "Last updated on 3 March 2026"]
    assert authors(page + BODY + FOOTER) == ["Marta Ruiz"]


def test_the_headline_beside_a_date_is_no_writer() -> None:
    page = ["Home", "Reviews", "Harbour Ferry Review", "Last updated: March 3, 2026", *BODY, *FOOTER]
    assert authors(page) == []


def test_a_heading_a_few_lines_under_the_headline_is_no_writer() -> None:
    page = ["River footbridge to close for a year | Town Times", "River footbridge to close for a year"]
    assert authors([*page, "Share", "Save", "First Steps", *BODY]) == []
    assert authors([*page, "Share", "Marta Ruiz", *BODY]) == ["Marta Ruiz"]  # right under it, a name is


def test_a_name_under_the_headline_is_the_writer_beside_an_editors_byline() -> None:
    """'Edited by B' names an editor, not the writers: A's name alone under the headline still is one."""
    page = ["River footbridge to close for a year", "Marta Ruiz", "Staff Reporter", "Edited by: Jon Bell"]
    article = clean_text("\n".join([*page, "March 3, 2026", *BODY, *FOOTER]))
    assert [(a.name, a.role) for a in article.authors] == [("Marta Ruiz", "author"), ("Jon Bell", "editor")]


def test_written_by_a_firm_whose_words_the_article_uses_names_the_firm() -> None:
    """'Written by Harbour Growth Marketing' under a post on harbour marketing and growth: said outright."""
    body = [*BODY, "Good marketing helps a harbour town's growth, and the team at each shop on the east bank knows it."]
    page = ["River footbridge to close for a year", *body, "Share", "Written by Harbour Growth Marketing", *FOOTER]
    assert authors(page) == ["Harbour Growth Marketing"]
    assert authors([*page[:-4], "By Harbour Growth Marketing", *FOOTER]) == []  # a bare "By": menu words, perhaps
    assert authors([*page[:-4], "Written by Marketing", *FOOTER]) == []  # one word the article uses: no name
    assert authors([*page[:-4], "Written by Growth Marketing Team", *FOOTER]) == []  # a team's label


@pytest.mark.parametrize("label", ["Location", "From:", "Member since"])
def test_a_members_field_over_a_date_is_no_writer(label: str) -> None:
    """A forum member's card: 'Location' over 'Harbour Valley, NY' over the post's date."""
    card = ["Thread starter river_fan", "Member", label, "Harbour Valley, NY", "March 3, 2026"]
    page = ["River footbridge to close for a year", *card, *BODY, *FOOTER]
    assert authors(page) == []
    assert authors([*page[:3], "Marta Ruiz", *page[5:]]) == ["Marta Ruiz"]  # a name there, with no label, is


def test_a_topic_label_under_the_headline_is_no_writer_the_name_by_the_date_is() -> None:
    page = ["River footbridge to close for a year", "Council Repairs", "Marta Ruiz", "March 3, 2026", *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_writers_address_in_the_article_does_not_make_the_name_a_common_word() -> None:
    contact = "Write to the reporter at marta@riverside.example or @ruiz on the town's forum with your questions."
    page = ["River footbridge to close for a year", "Marta Ruiz", "March 3, 2026", *BODY, contact, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


@pytest.mark.parametrize(
    "around",
    [["Download Now", "By Marta Ruiz"], ["By Marta Ruiz", "Print Email Copy Link"], ["By Marta Ruiz", "Fact Checked"]],
)
def test_a_button_or_label_beside_the_byline_is_no_second_writer(around: list[str]) -> None:
    page = ["River footbridge to close for a year", *around, "March 3, 2026", *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_menus_by_entries_far_above_the_headline_are_no_writers() -> None:
    menu = ["Solutions", "By Use Case", "Managed File Transfer", "By Industry", "Media", "Pricing", "Contact"]
    page = [*menu, "River footbridge to close for a year", "By Marta Ruiz | March 3, 2026", *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_byline_far_above_the_headline_still_names_the_writer_when_none_is_near_it() -> None:
    page = ["By Marta Ruiz", "News", "Council", "Transport", "Weather", "River footbridge to close for a year"]
    assert authors([*page, "March 3, 2026", *BODY, *FOOTER]) == ["Marta Ruiz"]


def test_a_long_byline_with_its_date_and_a_fact_checker_names_the_writer() -> None:
    byline = "By Marta Ruiz – Updated March 3, 2026 at 9:00 AM EST | Fact-checked by Jon Bell"
    article = clean_text("\n".join(["River footbridge to close for a year", byline, *BODY, *FOOTER]))
    assert article.authors[0].name == "Marta Ruiz"
    assert byline not in [block.text for block in article.body]
    assert article.published == "2026-03-03"


def test_a_long_dated_byline_under_the_first_paragraph_names_the_writer() -> None:
    byline = "By Marta Ruiz – Updated March 3, 2026 at 9:00 AM EST | Fact-checked by Jon Bell"
    page = ["River footbridge to close for a year", BODY[0], byline, *BODY[1:], *FOOTER]
    assert authors(page)[0] == "Marta Ruiz"


@pytest.mark.parametrize(
    ("dated", "names"),
    [
        ("May 3, 2026 By Marta Ruiz 4 Comments", ["Marta Ruiz"]),
        ("Published March 3, 2026 by Marta Ruiz", ["Marta Ruiz"]),
        ("Posted on March 3, 2026 Posted by Marta Ruiz 59 Comments", ["Marta Ruiz"]),
        ("Published on March 3rd, 2026 by Marta Ruiz and Jon Bell", ["Marta Ruiz", "Jon Bell"]),
        ("March 3, 2026 · 3 min read · By Marta Ruiz", ["Marta Ruiz"]),
        (
            "On March 3, 2026 March 9, 2026 By Marta Ruiz In Town News, Council, Bridges and Roads, Transport, River",
            ["Marta Ruiz"],
        ),
    ],
)
def test_the_writers_named_after_the_date_on_its_line(dated: str, names: list[str]) -> None:
    article = clean_text("\n".join(["River footbridge to close for a year", dated, *BODY, *FOOTER]))
    assert [a.name for a in article.authors] == names
    assert dated not in [block.text for block in article.body]


def test_a_posts_edit_stamp_in_brackets_is_no_byline() -> None:
    from reader.core.cleaning.language import stopwords
    from reader.core.cleaning.lines import Tag, make_lines

    stamp = "2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by StarredSkies. Edited 1 time in total.)"
    assert make_lines(stamp, stopwords("en"))[0].tag is not Tag.BYLINE


@pytest.mark.parametrize("count", ["No Comments", "4 Comments"])
def test_a_comment_count_beside_the_date_is_no_writer(count: str) -> None:
    article = clean_text("\n".join(["River footbridge to close for a year", "March 3, 2026", count, *BODY, *FOOTER]))
    assert article.authors == ()
    assert [block.text for block in article.body] == BODY


def test_a_heading_alone_under_the_headline_with_a_word_the_article_writes_is_no_writer() -> None:
    page = ["River footbridge to close for a year", "Riverside Supports", *BODY, *FOOTER]
    assert authors(page) == []
    assert authors(["River footbridge to close for a year", "Marta Ruiz", *BODY, *FOOTER]) == ["Marta Ruiz"]


HEADLINE = ["River footbridge to close for a year", "The town's oldest crossing shuts in May"]


@pytest.mark.parametrize(
    ("pair", "names"),
    [
        (["Marta Ruiz", "Transport Reporter"], ["Marta Ruiz"]),
        (["Marta Ruiz", "Senior Data Analyst"], ["Marta Ruiz"]),
        (["Marta Ruiz", "Writer"], ["Marta Ruiz"]),
        # a menu's entries beside a job's word
        (["Get A Demo", "Talk to Experts"], []),
        (["Get A Demo", "Guest Writer Submission"], []),
        (["Get A Demo", "Editor’s Pick"], []),
    ],
)
def test_a_name_over_its_job_is_the_writer(pair: list[str], names: list[str]) -> None:
    assert authors([*HEADLINE, "Share", *pair, *BODY, *FOOTER]) == names


def test_a_name_with_a_particle_beside_the_date_is_the_writer() -> None:
    assert authors([*HEADLINE, "Nick van Mead", "2026-03-03T08:10+02:00", *BODY, *FOOTER]) == ["Nick van Mead"]


def test_a_name_with_its_job_after_it_beside_the_date_is_the_writer() -> None:
    byline = "Marta Ruiz Founder & Lead Reviewer"
    assert authors([*HEADLINE, byline, "Updated Mar 3, 2026", *BODY, *FOOTER]) == ["Marta Ruiz"]


def test_a_dated_byline_under_the_post_that_ends_with_a_full_stop_names_the_writer() -> None:
    stamp = "Posted by Marta Ruiz on 2026-03-03 in town news. Tags: bridges, council."
    assert authors(["River footbridge to close for a year", *BODY, "Load comments", stamp, *FOOTER]) == ["Marta Ruiz"]


@pytest.mark.parametrize("button", ["View Company Profile", "Book Now", "Get Started", "Find A Location"])
def test_a_button_beside_the_date_or_under_the_headline_is_no_writer(button: str) -> None:
    assert authors([*HEADLINE, button, "March 3, 2026", *BODY, *FOOTER]) == []
    assert authors(["River footbridge to close for a year", button, *BODY, *FOOTER]) == []
    assert authors([*HEADLINE, "Marta Ruiz", "March 3, 2026", *BODY, *FOOTER]) == ["Marta Ruiz"]


# under the article a route planner's form, nine lines, then the author's box
STOPS = ["North bank", "South bank", "Old town", "Market square", "Station"]
OFFER = ["Plan your trip across town", "Choose your route", *STOPS, "Walking or cycling", "Get started"]


@pytest.mark.parametrize("label", ["Author:", "by", "Article written by:"])
def test_a_name_under_a_role_label_far_below_the_article_is_the_writer(label: str) -> None:
    box = [label, "Marta Ruiz", "Last Updated:", "March 4, 2026"]
    page = ["River footbridge to close for a year", "March 3, 2026", *BODY, *OFFER, *box, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_names_under_role_labels_of_several_listed_items_are_not_the_pages_writer() -> None:
    books = ["Reading list", "The River Years", "by", "Jon Bell", "Bridges of the North", "by", "Priya Nair"]
    page = ["River footbridge to close for a year", "March 3, 2026", *BODY, *OFFER, *books, *FOOTER]
    assert authors(page) == []


@pytest.mark.parametrize(
    ("under", "name"),
    [("Marta - Transport reporter", "Marta"), ("Marta Ruiz | The Riverside Post", "Marta Ruiz")],
)
def test_a_name_under_a_bare_role_with_its_job_or_newsroom_after_a_dash_or_bar_is_the_writer(
    under: str, name: str
) -> None:
    assert authors([*HEADLINE, "Written by", under, "March 3, 2026", *BODY, *FOOTER]) == [name]


def test_an_offer_ending_on_a_date_beside_the_headline_is_no_writer() -> None:
    assert authors([*HEADLINE, "12 months", "Special Financing – Ends Aug 2, 2026", *BODY, *FOOTER]) == []


@pytest.mark.parametrize("date", ["January 1, 2026", "Updated on Dec 4, 2025"])
def test_a_first_name_alone_over_the_date_under_the_headline_is_the_writer(date: str) -> None:
    assert authors([*HEADLINE, "Marta", date, *BODY, *FOOTER]) == ["Marta"]


@pytest.mark.parametrize("stamp", ["raoul (raoul) May 3, 2024, 8:45am", "Post by raoul » Sat Feb 24, 2024 12:41 pm"])
def test_a_word_over_a_posts_stamp_under_the_headline_is_no_writer(stamp: str) -> None:
    assert authors(["River footbridge to close for a year", "Configuration", stamp, *BODY, *FOOTER]) == []


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("by ibby", "ibby"),
        ("By sara.r.peter", "sara.r.peter"),
        ("Posted by infuy on July 1, 2024", "infuy"),
    ],
)
def test_a_byline_naming_a_user_name_names_that_user(byline: str, name: str) -> None:
    page = ["River footbridge to close for a year", "March 3, 2026", byline, *BODY, *FOOTER]
    assert authors(page) == [name]


@pytest.mark.parametrize("line", ["by admin", "By phone", "Author: username", "Author stats"])
def test_a_word_after_by_or_a_label_is_no_user_name(line: str) -> None:
    page = ["River footbridge to close for a year", "March 3, 2026", line, *BODY, *FOOTER]
    assert authors(page) == []


def test_saved_html_bylines_name_no_user_names() -> None:
    assert parse_byline("by topic") == []
    assert [a.name for a in parse_byline("by topic", handles=True)] == ["topic"]  # the caller knows the line


def test_a_heading_a_paragraph_below_the_date_is_not_beside_it() -> None:
    page = [
        "Tidebook: online booking for small surgeries",
        "Mazi",
        "December 19, 2025",
        BODY[0],
        "Key Features",
        "Calendar sync: bookings land in the calendar the practice already uses.",
        "Reminders: patients get a text the day before their appointment.",
        *BODY[1:],
        *FOOTER,
    ]
    assert authors(page) == ["Mazi"]


def test_the_name_under_the_headline_is_the_writer_not_the_category_beside_the_date() -> None:
    page = [
        "Fifteen ways to make a footbridge last another century | Span Weekly",
        "Get a Demo",
        "October 26, 2025",
        "Product Analytics",
        "Fifteen ways to make a footbridge last another century",
        "Brinda Gulati",
        "Content Editor",
        *BODY,
        *FOOTER,
    ]
    assert authors(page) == ["Brinda Gulati"]


@pytest.mark.parametrize(
    ("byline", "named"),
    [
        ("Authors: Marta Ruiz, Jon Bell", [("Marta Ruiz", "author"), ("Jon Bell", "author")]),
        ("Author(s): Marta Ruiz", [("Marta Ruiz", "author")]),
        ("Writers: Marta Ruiz and Jon Bell", [("Marta Ruiz", "author"), ("Jon Bell", "author")]),
        ("Contributors: Marta Ruiz", [("Marta Ruiz", "contributor")]),
    ],
)
def test_a_plural_label_before_the_names_is_a_byline(byline: str, named: list[tuple[str, str]]) -> None:
    article = clean_text("\n".join(["River footbridge to close for a year", byline, "March 3, 2026", *BODY]))
    assert [(a.name, a.role) for a in article.authors] == named
    assert byline not in article.text


def test_a_plural_label_over_one_name_a_line_names_them_all() -> None:
    # A report's record under its text: the label on a line of its own, a writer on each line after it.
    record = ["Publication date", "March 2026", "Author(s)", "Marta Ruiz", "Jon Bell", "Priya Nair", "Download pdf"]
    page = ["River footbridge to close for a year", *BODY, *record, *FOOTER]
    assert authors(page) == ["Marta Ruiz", "Jon Bell", "Priya Nair"]


def test_writers_opening_a_headline_makes_no_byline() -> None:
    page = ["Writers Guild and studios agree on a new contract", "March 3, 2026", *BODY]
    assert authors(page) == []


def test_the_headline_again_in_a_list_of_recent_posts_does_not_hide_the_writer_under_it() -> None:
    # The page prints its headline whole (the tab cut it off in a word), the writer under it; the
    # list of recent posts at its foot repeats the headline over its date: that is no headline.
    headline = "River footbridge closes for repairs"
    recent = ["Recent posts", headline, "Mar 3, 2026", "Library opening hours will change in January", "Feb 26, 2026"]
    tab = "River footbridge closes for repa | Riverside Courier"
    page = [tab, "News", "Sport", headline, "Marta Ruiz Reporter at the Courier"]
    article = clean_text("\n".join([*page, *BODY, *recent, *FOOTER]))
    assert article.title == headline
    assert [a.name for a in article.authors] == ["Marta Ruiz"]


@pytest.mark.parametrize("column", ["Friday Philosophy", "Sunday Reads", "Monday Morning Notes"])
def test_a_weekly_columns_name_beside_the_date_is_no_writer(column: str) -> None:
    """ "12/19/2025 • Friday Philosophy • Marta Ruiz": the column's name comes before its writer's."""
    assert authors([*HEADLINE, f"03/03/2026 • {column} • Marta Ruiz", *BODY, *FOOTER]) == ["Marta Ruiz"]


def test_a_writer_whose_given_name_is_a_weekday_is_still_the_writer() -> None:
    # Sunday and Monday are given names in Nigeria and Ghana
    assert authors([*HEADLINE, "03/03/2026 • Sunday Aborisade", *BODY, *FOOTER]) == ["Sunday Aborisade"]
    assert authors([*HEADLINE, "Monday Okafor", "March 3, 2026", *BODY, *FOOTER]) == ["Monday Okafor"]


def test_writers_described_after_a_comma_under_written_by_are_the_authors() -> None:
    """A review site's header: its list of other reviews, then "Written by" over each writer with a
    line about them, then the date. The label ends the list; each described writer is an author."""
    writers = [
        "Marta Ruiz, 4+ years covering town planning, bridges, and roads",
        "Jon Bell, senior editor and river enthusiast with 10+ years of reporting on the council",
    ]
    more = ["More Articles You Might Enjoy", "Best Bridges in the County", "How We Walked Every Bridge"]
    page = ["River footbridge to close for a year", *more, "Written by", *writers, "The Rundown", "March 3, 2026"]
    assert authors([*page, *BODY, *FOOTER]) == ["Marta Ruiz", "Jon Bell"]


def test_the_author_box_under_a_comment_form_names_the_writer() -> None:
    """ "Leave a Reply" opens the comments, whose lines are no writer's; the role's label under it
    ends them: the box below is the article's own."""
    comments = [f"Reader {n}\nThe ferry idea is a good one, and it should run every day.\nReply" for n in range(8)]
    box = ["Leave a Reply", "Author", "Written by", "Marta Ruiz", "I cover the council, its bridges and its budget."]
    page = ["River footbridge to close for a year", "March 3, 2026", *BODY, "8 Comments", *comments, *box]
    page += ["Recent Posts", *MORE[1:], *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_writers_avatar_drawn_as_initials_stands_between_the_label_and_the_name() -> None:
    page = ["River footbridge to close for a year", *BODY, "Author", "MR", "Marta Ruiz", "Town Reporter", *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_co_writers_each_under_their_avatars_initials_are_each_an_author() -> None:
    """ "Author", then each writer's round picture drawn as initials over the name and a job under it."""
    box = ["Author", "MR", "Marta Ruiz", "Town Reporter", "JB", "Jon Bell, Director of Photography"]
    assert authors(["River footbridge to close for a year", *BODY, *box, *FOOTER]) == ["Marta Ruiz", "Jon Bell"]


def test_writers_described_under_a_label_in_capitals_are_each_an_author() -> None:
    """ "BY" is the label, not an avatar's letters over the first name."""
    page = ["River footbridge to close for a year", "BY", "Marta Ruiz, Editor", "Jon Bell, Reporter"]
    assert authors([*page, "March 3, 2026", *BODY, *FOOTER]) == ["Marta Ruiz", "Jon Bell"]


def test_a_name_two_lines_past_a_writers_job_is_no_co_writer() -> None:
    box = ["Author", "MR", "Marta Ruiz", "Town Reporter", "Based in Riverton", "JB", "Jon Bell"]
    assert authors(["River footbridge to close for a year", *BODY, *box, *FOOTER]) == ["Marta Ruiz"]


def test_a_share_button_between_two_names_ends_the_writers() -> None:
    box = ["Author", "MR", "Marta Ruiz", "Share", "JB", "Jon Bell"]
    assert authors(["River footbridge to close for a year", *BODY, *box, *FOOTER]) == ["Marta Ruiz"]


def test_co_writers_stand_only_under_a_role_label() -> None:
    """The names under a line that is no role's label ("Share") are not read as co-writers."""
    assert co_writers(["Share", "Marta Ruiz, Editor", "Jon Bell, Reporter"], 1, "Share", frozenset()) == []
    assert co_writers(["Written by", "Marta Ruiz, Editor", "Jon Bell, Reporter"], 1, "Written by", frozenset()) == [2]


def test_letters_that_are_not_the_next_names_initials_are_no_avatar_of_it() -> None:
    box = ["Author", "MR", "Marta Ruiz", "Town Reporter", "NEW", "Jon Bell", "Director of Photography"]
    assert authors(["River footbridge to close for a year", *BODY, *box, *FOOTER]) == ["Marta Ruiz"]


def test_writers_with_short_descriptions_under_written_by_are_each_an_author() -> None:
    page = ["River footbridge to close for a year", "Written by", "Marta Ruiz, Editor", "Jon Bell, Reporter"]
    assert authors([*page, "March 3, 2026", *BODY, *FOOTER]) == ["Marta Ruiz", "Jon Bell"]


def test_a_lead_paragraph_starting_with_a_name_under_the_writer_is_no_co_author() -> None:
    lead = (
        "Jon Bell, the harbour master, said on Tuesday that the ferry would run every hour while the bridge is shut, "
        "from the first train in the morning until the last one at night."
    )
    page = ["River footbridge to close for a year", "Written by", "Marta Ruiz, town reporter", lead, *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        ("Marta Ruiz and Jon Bell", ["Marta Ruiz", "Jon Bell"]),
        ("Marta Ruiz, Jon Bell & Priya Nair", ["Marta Ruiz", "Jon Bell", "Priya Nair"]),
        (
            "Marta Ruiz, Jon Bell, Ana Sofia Lopez & Priya Nair",
            ["Marta Ruiz", "Jon Bell", "Ana Sofia Lopez", "Priya Nair"],
        ),
        ("Marta Ruiz, Jon Bell, Priya Nair", ["Marta Ruiz", "Jon Bell", "Priya Nair"]),  # three: commas will do
        ("Marta Ruiz y Jon Bell", ["Marta Ruiz", "Jon Bell"]),
        ("Marta Ruiz, Hong Kong", ["Marta Ruiz"]),  # two by a comma: a name and a place
        ("Marta Ruiz, New York, New York", ["Marta Ruiz"]),  # a name and a place twice
    ],
)
def test_writers_listed_on_one_line_without_by_are_each_an_author(listed: str, names: list[str]) -> None:
    standfirst = "The town's oldest crossing will be shut while engineers replace two of its four supports."
    page = ["River footbridge to close for a year", standfirst, listed, "March 3, 2026", *BODY, *FOOTER]
    assert authors(page) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Roads, Bridges & Rivers", []),  # sections, one word each
        ("Old Supports and River Repair", []),  # words the article writes in small letters
        ("Jon Bell, Staff Writer", ["Jon Bell"]),  # a name and its job
        ("Jon Bell and Harbour Lantern Society Prize Fund", []),  # five words: a group's name
    ],
)
def test_a_line_of_sections_or_a_name_with_its_job_is_no_list_of_writers(line: str, names: list[str]) -> None:
    page = ["River footbridge to close for a year", "March 3, 2026", line, *BODY, *FOOTER]
    assert authors(page) == names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Marta Ruiz USA TODAY", "Marta Ruiz"),  # the newsroom in capitals after the name
        ("Marta Ruiz CNN", "Marta Ruiz"),
        ("Jean DUPONT", "Jean DUPONT"),  # a surname in capitals stays
        ("Anne Marie ROY", "Anne Marie ROY"),  # however short
        ("Juan Carlos PEREZ GOMEZ", "Juan Carlos PEREZ GOMEZ"),  # or in two words
    ],
)
def test_a_newsroom_in_capitals_after_the_name_is_not_part_of_it(line: str, name: str) -> None:
    today = "Shop owners said today that they would ask for a free ferry, and the council agreed to consider it."
    page = ["River footbridge to close for a year", line, "March 3, 2026", *BODY, today, *FOOTER]
    assert authors(page) == [name]


def test_two_names_under_the_headline_with_no_date_beside_them_are_a_caption() -> None:
    page = ["Royal couple opens the new footbridge", "Prince William & Kate Middleton", *BODY, *FOOTER]
    assert authors(page) == []


@pytest.mark.parametrize(
    "entry",
    ["By School", "By Sector", "By Gender & Age", "By Collection", "By Weight", "Par Matière", "By the Numbers"],
)
def test_a_menus_by_entry_is_no_byline_for_the_line_under_it(entry: str) -> None:
    """A jobs board's menu: "By School" over "Four-Year Institutions" is what the menu sorts by and its
    first choice, not a byline and the writer's name beside it."""
    menu = ["Job Search", "By Category", "Administrative", "Faculty", entry, "Four-Year Institutions", "All Jobs"]
    assert authors([*menu, "River footbridge to close for a year", "March 3, 2026", *BODY, *FOOTER]) == []


@pytest.mark.parametrize("button", ["Talk to an expert", "Hire an Expert", "Become a Grant Reviewer"])
def test_a_button_ending_in_a_job_is_no_writers_job_beside_a_heading(button: str) -> None:
    """A service page's heading over its button ("Harbour Mooring" over "Talk to an expert") is no
    name over a job: the button's words end in one but open with a verb."""
    page = ["River footbridge to close for a year", "March 3, 2026", "Share", "Harbour Mooring", button, *BODY, *FOOTER]
    assert authors(page) == []


def test_another_things_date_makes_no_writer_of_the_line_beside_it() -> None:
    """A shop's game tiles: each one's rating over its release date ("Mostly Positive" over "Release
    date: Mar 4, 2025"). A date of the article's own beside a name still makes a writer."""
    tiles = ["Harbour Tycoon", "Mostly Positive", "Release date: Mar 4, 2025", "Ferry Days", "Very Positive"]
    tiles += ["Release date: Jan 24, 2024"]
    assert authors(["Harbour games", "Sort by: Top sellers", "Filter", *tiles, *BODY, *FOOTER]) == []
    assert authors(["River footbridge to close for a year", "Marta Ruiz", "March 3, 2026", *BODY]) == ["Marta Ruiz"]


@pytest.mark.parametrize("entries", [["Positive Feedback", "Negative Feedback"], ["Example Heading", "Other Heading"]])
def test_a_menus_entries_under_the_headline_are_no_writer(entries: list[str]) -> None:
    """Under a guide's headline, its contents' entries one per line: each reads like a name, but a
    name standing under the headline has no other such line beside it."""
    page = ["Giving feedback to a harbour crew", *entries, "Crew Rotas", *BODY, *FOOTER]
    assert authors(page) == []


@pytest.mark.parametrize("beside", [["Marketing Director"], ["Insights from"], ["Marta Ruiz"]])
def test_a_name_under_the_headline_beside_its_job_or_label_is_the_writer(beside: list[str]) -> None:
    """The writer's name stays the writer beside a job, a label leading to it, or itself again (a
    picture's caption over the byline)."""
    around = ["Marta Ruiz", *beside] if beside != ["Insights from"] else [*beside, "Marta Ruiz"]
    page = ["River footbridge to close for a year", *around, "8 min read", *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_name_under_a_headline_that_reads_like_a_name_is_still_the_writer() -> None:
    page = ["Harbour Lights Festival", "Marta Ruiz", "8 min read", *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


@pytest.mark.parametrize(
    ("below", "writers"),
    [
        (
            ["Marta Ruiz", "Marta Ruiz is a staff writer who covers the council and the river for the Gazette."],
            ["Marta Ruiz"],
        ),
        (
            ["Marta Ruiz", "Marta Ruiz has lived by the river all her life and walks its banks every morning."],
            ["Marta Ruiz"],
        ),
        (["Harbour Smoke", "Harbour Smoke is a smoky blend of oud and cedar that fills a room within minutes."], []),
        (
            [
                "Quarry Hill Park",
                "Quarry Hill is another fine day out, with trails for riders of every level and an honour box at the gate for "
                "the day fee, which the owners share with their partner, the county riding club.",
            ],
            [],
        ),
    ],
)
def test_a_name_over_a_bio_below_the_article_is_a_persons_not_a_things(below: list[str], writers: list[str]) -> None:
    """A name over sentences about it, below an article that names no writer above: a person's bio says
    what the person does or "he" or "she"; a product's or a place's description does not."""
    assert authors(["River footbridge to close for a year", "March 3, 2026", *BODY, *below, *FOOTER]) == writers


@pytest.mark.parametrize("after", [["Washington Post", "March 3, 2026"], ["Jon Bell", "8 min read"]])
def test_a_writer_beside_the_newspaper_or_a_co_writer_over_the_date_is_no_menu(after: list[str]) -> None:
    page = ["River footbridge to close for a year", "Marta Ruiz", *after, *BODY, *FOOTER]
    assert authors(page)[:1] == ["Marta Ruiz"]


def test_a_list_articles_own_byline_under_its_headline_names_its_writer() -> None:
    """Numbered tips are read as a page of items; the byline right under the headline is still the article's."""
    tips = [f"{n}. Coil the mooring rope and hang it to dry after every trip out on the water" for n in range(1, 13)]
    page = ["Twelve tips for new boat owners", "By Marta Ruiz", "March 3, 2026", "Here are our tips.", *tips, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


@pytest.mark.parametrize(
    "bio",
    [
        "Sam Rivera is a Brooklyn-based poet and translator. They live in Queens with two cats and a piano.",
        "Sam Rivera has covered science and technology for the Gazette since the floods of twenty-twelve.",
    ],
)
def test_a_bio_saying_they_or_what_the_writer_covers_is_a_persons(bio: str) -> None:
    page = ["River footbridge to close for a year", "March 3, 2026", *BODY, "Sam Rivera", bio, *FOOTER]
    assert authors(page) == ["Sam Rivera"]


def test_a_name_under_the_headline_opening_the_run_of_prose_is_the_writer_not_text() -> None:
    # The printed headline, a question, scores as prose and starts the body's run, with the writer's
    # name under it: both are the article's header, the tab's title in other words and its byline.
    tab = "Footbridge Closed? What the River Bridge Repair Means for the Market | Town Desk"
    headline = "Footbridge Closed? What the Repair Means for the Market"
    menu = ["News", "Sport", "Weather", "Travel September 8, 2025 -- min read"]
    article = clean_text("\n".join([tab, *menu, headline, "Andrei Zakhareuski", *BODY, *MORE, *FOOTER]))
    assert article.title == headline
    assert [a.name for a in article.authors] == ["Andrei Zakhareuski"]
    assert article.body[0].text.startswith("The council voted")


def test_a_heading_under_a_line_opening_the_run_of_prose_is_text_not_a_writer() -> None:
    # The same layout with a heading in words the page writes in small letters: "Market Hours" is no name.
    tab = "Footbridge Closed? What the River Bridge Repair Means for the Market | Town Desk"
    headline = "Footbridge Closed? What the Repair Means for the Market"
    menu = ["News", "Sport", "Travel September 8, 2025 -- min read"]
    article = clean_text("\n".join([tab, *menu, headline, "Market Hours", *BODY, *FOOTER]))
    assert not article.authors
    assert "Market Hours" in [block.text for block in article.body]


def test_a_name_under_a_line_of_prose_other_than_the_tabs_headline_stays_in_the_text() -> None:
    # The run opens with a line of the article's own, not the headline, over a foundation's name.
    tab = "River footbridge to close for a year | Town Desk"
    opening = "Why the old footbridge matters to the shops on the east bank of the river"
    menu = ["News", "Sport", "Travel September 8, 2025 -- min read"]
    article = clean_text("\n".join([tab, *menu, opening, "Kessler Foundation", *BODY, *FOOTER]))
    assert [block.text for block in article.body][:2] == [opening, "Kessler Foundation"]


def test_a_name_like_line_under_a_short_heading_with_no_date_is_no_writer() -> None:
    # "Webcams" over "Yosemite Falls": a guide's heading over the thing it shows, not a byline.
    tab = "Webcams | Valley Park Guide"
    lines = [tab, "Plan Your Visit", "Things To Do", "Maps", "Webcams", "Webcam", "Yosemite Falls", *BODY, *FOOTER]
    assert authors(lines) == []


def test_a_name_under_a_short_tabs_title_opening_the_copy_is_the_writer() -> None:
    # A personal site: the tab's title of two words opening the copy and its owner's name under it.
    assert authors(["Footbridge Repairs", "Marta Ruiz", "Posts", "RSS", "Contact", *BODY, *FOOTER]) == ["Marta Ruiz"]


def test_a_byline_written_as_a_sentence_names_the_writer_not_where_they_work() -> None:
    line = "This post was written by Marta Ruiz, MD, paediatrician, Riverside Clinic."
    page = ["River footbridge to close for a year", "March 3, 2026", line, *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]
    assert clean_text("\n".join(page)).authors[0].job_title == "MD, paediatrician"


def test_a_long_byline_after_by_and_a_colon_is_still_a_byline() -> None:
    line = "By: Marta Ruiz, Senior Director of Operations, Riverside Movers - 10+ Years in the Moving Industry"
    page = ["River footbridge to close for a year", "March 3, 2026", line, *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


@pytest.mark.parametrize("line", ["The post was a hit with readers by Friday.", "By 2030: the plan in numbers"])
def test_a_sentence_with_by_in_it_is_no_byline(line: str) -> None:
    page = ["River footbridge to close for a year", "March 3, 2026", line, *BODY, *FOOTER]
    assert authors(page) == []


def test_the_dated_byline_under_a_menu_names_the_writer_not_the_menus_last_entry() -> None:
    menu = ["News", "Reviews", "Partner Offers"]
    dated = "Posted on March 3, 2026 by Marta Ruiz (mruiz) - 5 Comments on River footbridge to close for a year"
    page = [*menu, dated, "River footbridge to close for a year", *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_the_name_beside_the_date_under_the_headline_beats_a_teasers_byline_above_it() -> None:
    teaser = [
        "The best travel cameras of the year",
        "Jon Bell rounds up the cameras that fit in a coat pocket.",
        "by Jon Bell",
    ]
    page = [*teaser, "River footbridge to close for a year", "Marta Ruiz", "March 3, 2026", *BODY, *FOOTER]
    assert authors(page) == ["Marta Ruiz"]


def test_a_byline_above_the_headline_with_the_writers_job_under_it_stays_the_writers() -> None:
    page = ["by Jon Bell", "Contributing Writer", "River footbridge to close for a year", "Feature", "March 3, 2026"]
    assert authors([*page, *BODY, *FOOTER]) == ["Jon Bell"]


def test_a_persons_byline_under_the_article_beats_the_teams_over_it() -> None:
    page = ["River footbridge to close for a year", "By Team Riverside Courier", "March 3, 2026", *BODY]
    assert authors([*page, "Written by Marta Ruiz", *FOOTER]) == ["Marta Ruiz"]
    assert authors([*page, "Author Spotlight", *FOOTER]) == ["Team Riverside Courier"]


def test_a_name_under_the_headline_without_a_date_beside_it_does_not_unseat_a_byline() -> None:
    page = ["by Jon Bell", "River footbridge to close for a year", "Marta Ruiz", *BODY, *FOOTER]
    assert authors(page) == ["Jon Bell"]


def test_a_dated_byline_above_the_headline_is_the_articles_own() -> None:
    page = ["By Jon Bell, March 3, 2026", "River footbridge to close for a year", "Marta Ruiz", "Updated March 4, 2026"]
    assert authors([*page, *BODY, *FOOTER]) == ["Jon Bell"]


@pytest.mark.parametrize(
    "line",
    [
        "This post was written by a reader who asked us to keep her name out of it.",
        "This post was written by volunteers.",
    ],
)
def test_a_sentence_about_who_wrote_a_post_in_small_letters_is_no_byline(line: str) -> None:
    page = ["River footbridge to close for a year", "March 3, 2026", line, *BODY, *FOOTER]
    assert authors(page) == []  # not the user name "volunteers"


def test_a_persons_byline_in_a_teaser_far_below_does_not_replace_an_agencys() -> None:
    teasers = [f"Weekend events roundup number {n}" for n in range(1, 6)]
    page = ["River footbridge to close for a year", "By the Associated Press", "March 3, 2026", *BODY, *teasers]
    assert authors([*page, "Written by Marta Ruiz", *FOOTER]) == ["Associated Press"]


@pytest.mark.parametrize("entry", ["Editor Setup", "Editor Support", "Editors Note", "Author Bio"])
def test_a_roles_noun_and_one_word_is_a_menu_entry_not_a_byline(entry: str) -> None:
    """A manual's menu ("Editor Setup" under "Setup"), a shop's heading ("Editors Note"): no one named."""
    assert parse_byline(entry) == []
    page = ["Getting started", "Install", "Setup", entry, "Using the command line", "Quick start", *BODY, *FOOTER]
    assert clean_text("\n".join(page)).authors == ()


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Editor: Setup", "Setup"),
        ("Editor Ann Lowe", "Ann Lowe"),
        ("Edited by Walter", "Walter"),
        ("Editor Sunardi", "Sunardi"),
    ],
)
def test_an_editors_byline_with_its_colon_a_full_name_or_by_is_read(line: str, name: str) -> None:
    assert [(a.name, a.role) for a in parse_byline(line)] == [(name, "editor")]


@pytest.mark.parametrize(
    "line", ["Dec 17, 2025 Julian Arni", "September 1, 2016 September 8, 2016 Autumn Adams", "2025-12-17 Marta Ruiz"]
)
def test_a_name_after_the_date_on_its_line_is_the_writer(line: str) -> None:
    """The date (or the dates published and updated) and then the writer, with no "By" between."""
    name = " ".join(line.split()[-2:])
    page = ["River footbridge to close for a year", line, *BODY, *FOOTER]
    article = clean_text("\n".join(page))
    assert [a.name for a in article.authors] == [name]
    assert line not in article.text


def test_words_the_article_writes_after_the_date_are_no_writer() -> None:
    body = [*BODY, "There are no comments yet, and the council has not said when the next meeting is."]
    page = ["River footbridge to close for a year", "December 15, 2025 No Comments", *body, *FOOTER]
    assert clean_text("\n".join(page)).authors == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By A. J. Neal View In Digital Edition", ["A. J. Neal"]),
        ("By Jane Roe Follow", ["Jane Roe"]),
        ("By Jane Roe, Ann Lowe Share this", ["Jane Roe", "Ann Lowe"]),
        ("By Ann Read", ["Ann Read"]),  # a surname, not a link's verb
        ("By Jane Watch", ["Jane Watch"]),  # one word before it: the name itself
        ("By Human Rights Watch", ["Human Rights Watch"]),  # an organisation's last word
        ("By Center for Contact Lens Research", ["Center for Contact Lens Research"]),
    ],
)
def test_a_links_words_after_the_writers_name_are_not_the_name(line: str, names: list[str]) -> None:
    assert [a.name for a in parse_byline(line)] == names
    page = ["River footbridge to close for a year", line, *BODY, *FOOTER]
    assert [a.name for a in clean_text("\n".join(page)).authors] == names


@pytest.mark.parametrize("crumb", ["Our Blogs", "Your Orders"])
def test_a_possessives_menu_entry_under_the_headline_is_no_writer(crumb: str) -> None:
    page = ["River footbridge to close for a year", "Home", crumb, *BODY, *FOOTER]
    assert clean_text("\n".join(page)).authors == ()


def test_a_byline_written_as_a_sentence_under_the_article_is_its_writers() -> None:
    line = "This post was written by Marta Ruiz, Head of Marketing and Community Development"
    page = ["River footbridge to close for a year", *BODY, line, "Posted on March 3, 2026", *FOOTER]
    article = clean_text("\n".join(page))
    assert [(a.name, a.job_title) for a in article.authors] == [
        ("Marta Ruiz", "Head of Marketing and Community Development")
    ]
    assert line not in article.text


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("By Marta Ruiz, Director of Sales and Customer Care", [("Marta Ruiz", "Director of Sales and Customer Care")]),
        ("By Marta Ruiz, Senior Editor and Jon Bell", [("Marta Ruiz", "Senior Editor"), ("Jon Bell", "")]),
        ("By Marta Ruiz, Head of News, and Jon Bell", [("Marta Ruiz", "Head of News"), ("Jon Bell", "")]),
        (
            "By Marta Ruiz, Professor of History and Jon Bell",
            [("Marta Ruiz", "Professor of History"), ("Jon Bell", "")],
        ),
    ],
)
def test_a_job_of_a_field_goes_on_after_its_and(line: str, people: list[tuple[str, str]]) -> None:
    assert [(a.name, a.job_title) for a in parse_byline(line)] == people


def test_a_sentence_that_says_who_wrote_something_else_is_prose() -> None:
    line = "The article was written by Einstein in 1905, and it changed how physicists saw light."
    page = ["River footbridge to close for a year", "By Marta Ruiz", *BODY[:2], line, BODY[2], *FOOTER]
    article = clean_text("\n".join(page))
    assert [a.name for a in article.authors] == ["Marta Ruiz"]
    assert line in article.text


@pytest.mark.parametrize("after", ["Leave A Comment", "Read More", "No Comments"])
def test_a_controls_words_after_the_date_are_no_writer(after: str) -> None:
    """The body never writes these words in small letters: the words themselves say they are no name."""
    page = ["River footbridge to close for a year", f"December 15, 2025 {after}", *BODY, *FOOTER]
    assert clean_text("\n".join(page)).authors == ()


def test_a_given_name_that_is_a_possessive_elsewhere_is_a_name() -> None:
    page = ["River footbridge to close for a year", "My Nguyen", "March 3, 2026", *BODY, *FOOTER]
    assert [a.name for a in clean_text("\n".join(page)).authors] == ["My Nguyen"]
