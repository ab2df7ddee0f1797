"""A review copied with each product's fact box ("Key Specs" over "Capacity: 24 ounces",
"Materials: Stainless steel", ...): the rows are the review's facts and stay, shown as a list. A
forum poster's box ("Join Date: Aug 2008", "Location: Leeds") is not the thread's text (issue 14)."""

from __future__ import annotations

from reader.core.cleaning import clean_text
from reader.core.models import BlockKind

REVIEW = [
    "The Best French Presses of 2026 | Kitchen Bench",
    "Reviews",
    "Coffee",
    "The Best French Presses of 2026",
    "We brewed forty pots of coffee in nine French presses over a month, tasting each for sediment and "
    "measuring how warm the coffee stayed after half an hour on the counter.",
    "The Best Overall French Press",
    "The Alder press kept its coffee hottest of all, and its fine mesh filter left almost no grit in the cup, "
    "which is the thing most people dislike about French press coffee in the first place.",
    "Key Specs",
    "Capacity: 24 ounces",
    "Dimensions: 4.5 x 6.7 x 7.9 inches",
    "Materials: Stainless steel, plastic",
    "Filter type: Single screen",
    "Dishwasher-safe: No",
    "The Best Budget French Press",
    "For a third of the price, the Birch press brewed coffee nearly as clean, though its glass carafe lost "
    "heat quickly and needs a careful hand when you wash it.",
    "How We Tested",
    "Each press brewed the same beans, ground the same way, and we weighed what sediment each left behind "
    "after pouring the coffee through a paper filter.",
    "About us",
    "Privacy policy",
]


def test_a_reviews_fact_box_stays_as_a_list() -> None:
    article = clean_text("\n".join(REVIEW))
    blocks = [(block.kind, block.text) for block in article.body]
    for row in REVIEW[8:13]:
        assert (BlockKind.LIST_ITEM, row) in blocks
    assert "For a third of the price" in article.text
    assert (BlockKind.HEADING, "Key Specs") in blocks  # the box's heading, not a writer's name
    assert (BlockKind.HEADING, "The Best Overall French Press") in blocks  # over its paragraph
    assert not article.authors


THREAD = [
    "Which hand plane to buy first? - Bench Talk Forum",
    "Forums",
    "Hand Tools",
    "Which hand plane to buy first?",
    "oakleaf",
    "Join Date: Aug 2008",
    "Location: Leeds",
    "Programs: Evening joinery class",
    "I have started making small boxes and want to buy one good plane rather than three cheap ones. Should "
    "it be a block plane or a number four smoother, and is a secondhand one worth the trouble?",
    "Report",
    "ashgrain",
    "Join Date: Mar 2011",
    "Location: Bristol",
    "Programs: Furniture restoration",
    "Start with a secondhand number four and learn to sharpen it properly; a block plane is handy but a "
    "smoother will teach you far more about setting up a blade and reading the grain.",
    "Report",
]


def test_a_posters_box_is_not_the_threads_text() -> None:
    article = clean_text("\n".join(THREAD))
    assert "Start with a secondhand number four" in article.text
    assert "Join Date" not in article.text
    assert "Location: Bristol" not in article.text


def test_a_transcripts_lines_are_no_fact_box() -> None:
    """Speakers' lines are "Label: value" too, but their values are sentences."""
    interview = [
        "Ten minutes with a lighthouse keeper | Coast Weekly",
        "Interviews",
        "Ten minutes with a lighthouse keeper",
        "Mara Quist kept the light on Skerry Point for nineteen years before it was automated last spring, and "
        "she still climbs the tower every week to check on the lamp that replaced her.",
        "Interviewer: What did you miss first?",
        "Quist: The quiet at four in the morning.",
        "Interviewer: And the least?",
        "Quist: Painting the railings every single year.",
        "She now guides visitors around the tower on Saturdays and says the questions they ask have hardly "
        "changed since the first tour she gave in 1998.",
    ]
    article = clean_text("\n".join(interview))
    blocks = [(block.kind, block.text) for block in article.body]
    assert (BlockKind.LIST_ITEM, "Interviewer: What did you miss first?") not in blocks
