"""A table of figures copied row by row ("6/1/2024 +4.1%", "3 Rhode Island 84.5") is the article's:
its rows are kept, the text after it too, and a row's date is not the article's (issue 14)."""

from __future__ import annotations

from reader.core.cleaning import clean_text

_ABOVE = [
    "Home prices on the estuary climb again",
    "By Miriam Oyelaran",
    "March 3, 2025",
    "Prices of homes along the estuary rose again last year after two years in which they barely moved, the "
    "county's land registry said on Monday, with the villages on the north shore gaining most of all.",
    "The registry's figures show the median sale price a year earlier for each month since the start of 2024, "
    "and they suggest that the slowdown that followed the rise in mortgage rates has now run its course.",
    "Month Change in median sale price (YoY)",
]
_MONTHS = [f"{month}/1/2024 +{(month * 7) % 9 + 1}.{month % 10}%" for month in range(1, 13)]
_BETWEEN = [
    "Agents said the rise had less to do with interest rates than with the number of homes for sale, which "
    "fell to its lowest level in a decade as owners who had fixed their mortgages at low rates stayed put.",
    "Villages with the hottest markets",
]
_VILLAGES = [
    f"{rank} {name} {score}"
    for rank, (name, score) in enumerate(
        [
            ("Northwick", "91.0"),
            ("Salt Haven", "87.8"),
            ("Mardle", "85.7"),
            ("Quayside", "84.5"),
            ("Oxley", "82.8"),
            ("Fenmouth", "75.5"),
            ("Cray Bridge", "73.9"),
        ],
        start=1,
    )
]
_BELOW = [
    "The county expects prices to keep rising through the summer, though more slowly, and it will publish the "
    "next figures in June, together with the number of new homes that were started in the first quarter.",
    "First-time buyers, who made up fewer than one sale in five last year, will be watching the next figures "
    "most closely, the registry's chief statistician said, because they feel each rise first.",
]


def test_a_table_of_figures_between_paragraphs_is_kept_with_the_text_after_it() -> None:
    article = clean_text("\n".join(_ABOVE + _MONTHS + _BETWEEN + _VILLAGES + _BELOW))

    for row in _MONTHS + _VILLAGES:
        assert row in article.text
    assert "fell to its lowest level in a decade" in article.text
    assert "the registry's chief statistician said" in article.text
    assert article.published == "2025-03-03"  # the byline's date, not the first row's (2024-01-01)


def test_the_article_again_in_one_long_line_is_left_out_once() -> None:
    """A summary widget's copy of the whole article, or the page's source shown as text, copied as
    one line: the article is read once, the copy kept aside."""
    story = [line for line in _ABOVE + _BETWEEN + _BELOW if len(line.split()) > 12] + _MORE
    copy = "Summary of this article: " + " ".join(story)
    article = clean_text("\n".join(_ABOVE[:3] + story + [copy, "© 2025 The Estuary Gazette. All rights reserved."]))

    assert article.text.count("rose again last year after two years") == 1  # each paragraph once, no copy
    assert "quieter than anyone can remember" in article.text
    assert "Summary of this article" not in article.text
    assert any(line.text.startswith("Summary of this article") for line in article.removed)


_MORE = [
    "Estate agents in the market town said the spring had started early, with viewings booked weeks ahead and "
    "several cottages on the quay sold before their photographs had even been put in the window.",
    "Builders are less cheerful. The cost of timber and slate has risen faster than house prices, and two of "
    "the small firms that restore the old fishermen's houses have stopped taking on new work until autumn.",
    "On the south shore the picture is different: the caravan park has closed, the village shop opens three "
    "days a week, and the lanes are quieter than anyone can remember at this time of the year.",
    "The parish council wants the county to set aside some of the new homes for young families, who say they "
    "are being priced out of the villages where their parents and grandparents grew up and worked.",
    "A public meeting on the plan will be held in the school hall at the end of the month, and the council "
    "has asked residents to send written comments before then so that they can be read out on the night.",
    "Whatever the meeting decides, the registry expects the gap between the two shores to keep widening for "
    "some years yet, as the ferry timetable and the new road both favour the north side of the estuary.",
]


_FEES_ABOVE = [
    "Personal Training | Harbour Sports Centre",
    "Personal Training",
    "Work out with a certified trainer who plans each session around your goals, whether you are new to the "
    "gym, coming back after an injury or training for an event, and who checks your progress every month.",
    "Packages",
    "Sessions last an hour and can take place at either of the centre's two gyms, at any time it is open.",
    "Package Fee",
]
# The fee table as a copy gives it, a cell a line: each row's words, then its two prices.
_FEES = [
    cell
    for sessions, student, member in ((2, 80, 130), (5, 190, 240), (10, 345, 450), (20, 630, 800), (30, 900, 1100))
    for cell in (f"{sessions} one-hour training sessions", f"Student: ${student}", f"Member: ${member}")
]
_FEES_BELOW = [
    "How to book",
    "Buy the package you want at the front desk or in the centre's online shop, and fill in the health form.",
    "Your trainer will call you within a week to arrange the first session and a short fitness check.",
    "Contact us",
    "Opening hours",
]


def test_a_table_copied_cell_by_cell_is_kept_with_the_text_after_it() -> None:
    article = clean_text("\n".join(_FEES_ABOVE + _FEES + _FEES_BELOW))

    for cell in _FEES:
        assert cell in article.text
    assert "Your trainer will call you within a week" in article.text


def test_a_filters_choices_under_their_group_headings_are_no_table() -> None:
    # A shop's filter under its products, each choice with its count, the groups under headings
    # without figures: the page's controls, not a table of the article.
    facets = ["Colour", "Red 5 items", "Black 6 items", "Brown 6 items", "Square Size", "50mm 2 items"]
    facets += ["55mm 14 items", "60mm 3 items", "Stock", "In Stock 18 items", "Out of Stock 2 items"]
    blurb = "Every set in the shop is turned by hand in our own workshop and checked twice before it is sent."
    article = clean_text("\n".join(_ABOVE + _BELOW + facets + [blurb, "Contact us", "Opening hours"]))

    assert "Black 6 items" not in article.text


def test_teasers_each_over_its_date_are_no_table() -> None:
    # Other articles' headlines (a figure in each) over their dates: no table's rows, and no part of the body
    teasers = [
        line for year in range(2019, 2026) for line in (f"Best Budget Laptops of {year}", f"Jan 5, {year} · 3 min read")
    ]
    article = clean_text("\n".join(_ABOVE[:4] + _BELOW + ["More from the desk"] + teasers + _BELOW[:1]))

    assert "Best Budget Laptops of 2021" not in article.text
