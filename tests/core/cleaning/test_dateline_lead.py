"""A dateline lead ("HALVERSTON (Estuary Press) - ...") starts the body when only a standfirst stands
above it; a paragraph that merely opens like one ("Pralana – This was ...") under the article's first
paragraphs is a label in the text, and the paragraphs above it stay (issue 14)."""

from __future__ import annotations

from reader.core.cleaning import clean_text

_FIRST = [
    "Like most people who save for retirement, I want to know when and how I can stop working, and I want a "
    "plan that I can check each year against what the markets and my own spending have done in the meantime.",
    "In the first part of this guide I looked at the calculators that most readers already use, and many of "
    "you wrote in to ask about the tools I had left out, so this second part reviews four more of them.",
]
_REVIEWS = [
    "Pralana – This was the most requested review, and I can see why: it models taxes, pensions and annuities "
    "in more detail than any other tool I tried, though it takes an afternoon to learn where everything is.",
    "Empower – A mix of banking, investing and planning that links to your accounts, which makes it quick to "
    "start but leaves you trusting its assumptions about returns more than some investors will like.",
    "Investor – Not a full retirement calculator, but its free worksheets answer the questions that matter "
    "most to someone who manages their own money and wants to check a plan against a second opinion.",
]


def test_a_paragraph_that_opens_like_a_dateline_does_not_cut_the_article_above_it() -> None:
    page = ["A Saver's Guide to Retirement Calculators, Part Two", "By Charles Whitmore", *_FIRST, *_REVIEWS]

    article = clean_text("\n\n".join(page))

    assert "Like most people who save for retirement" in article.text
    assert "this second part reviews four more of them" in article.text
    assert "Pralana – This was the most requested review" in article.text


def test_a_dateline_lead_under_a_standfirst_still_starts_the_body() -> None:
    lead = (
        "HALVERSTON (Estuary Press) - The ferry that links the two halves of the estuary will run every twenty "
        "minutes from March, the harbour board said on Tuesday, after a winter of long waits on the pier."
    )
    rest = [
        "The board's chair told a packed meeting in the parish hall that the second boat, laid up since a gearbox "
        "failed in November, had passed its inspection and would return to service once its crew were trained.",
        "Fares will not rise this year, though the board warned that fuel costs may force an increase when it sets "
        "next year's budget in the autumn, after the accounts for this year have been audited.",
    ]
    standfirst = "Passengers will wait twenty minutes at most, and the pier gets a covered waiting room with a screen."
    page = ["Ferry to run every twenty minutes", standfirst, lead, *rest]

    article = clean_text("\n\n".join(page))

    assert article.text.startswith("HALVERSTON (Estuary Press) - The ferry")
    assert article.dateline == "HALVERSTON"


def test_a_label_in_capitals_over_a_list_is_not_a_lead() -> None:
    description = (
        "This lamp pairs a hand-thrown stoneware base with a linen shade, and its warm glaze changes from "
        "sand to rust where the clay was thickest, so no two of them leave the kiln looking quite alike."
    )
    page = [
        "Home",
        "Lighting",
        "Tideline Stoneware Table Lamp",
        "£ 148.00",
        description,
        "Linen shade",
        "Height 42 cm",
        "Add to basket",
        "SKU: TL42SB See more by Harrow Ceramics See all Lighting, Lamps See others tagged stoneware",
        "Related products",
        "£ 96.00",
        "Free delivery on every order over £50, and returns are free within thirty days of purchase.",
    ]

    article = clean_text("\n".join(page))

    assert "hand-thrown stoneware base" in article.text
