"""The writer's bio at the end of a copied article, in the forms sites print it, is not the
article's text, nor the site's boxes under it; more of the article under a bio box stays (issue 14)."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning import patterns as pt
from tests.core.cleaning.test_copied_bylines import BODY as BRIDGE_STORY

HEAD = [
    "River footbridge to close for a year | Riverside Gazette",
    "River footbridge to close for a year",
    "By Marta Ruiz",
]
BODY = [
    *BRIDGE_STORY,
    "The ferry would cost the town less than a month of lost trade would cost the shops, their association "
    "said, and it could use the old landing stage that the rowing club no longer needs in the winter.",
]
BOX = [
    "Get the Gazette in your inbox",
    "Every morning we send the day's council news, the planning notices and the weather to thirty thousand readers.",
    "Sign up",
]


@pytest.mark.parametrize(
    "bio",
    [
        [
            "About the Author Marta Ruiz is a reporter at the Gazette, where she has covered the council for eleven years."
        ],
        ["Marta Ruiz, the Gazette's council reporter, is a graduate of the city's journalism school and a keen rower."],
        ["Senior Council Reporter", "Marta is the Gazette's council reporter and has covered its budgets since 2015."],
        ["Marta Ruiz Council Reporter", "Marta is Lead Reporter at the Gazette, covering the council and the courts."],
        ["Marta has written for the Gazette since 2018, mostly about the council, its budgets and its bridges."],
    ],
)
def test_the_writers_bio_and_the_box_under_it_are_not_the_article(bio: list[str]) -> None:
    article = clean_text("\n".join([*HEAD, *BODY, *bio, *BOX]))
    assert [b.text for b in article.body] == BODY
    removed = {r.text: r.reason for r in article.removed}
    assert all(removed[line] == pt.BIO for line in bio)
    assert removed[BOX[1]] == pt.OUTSIDE


def test_more_of_the_article_under_a_bio_box_stays() -> None:
    bio = "Marta has written for the Gazette since 2018, mostly about the council, its budgets and its bridges."
    faq = [
        "Questions readers asked",
        "Will the footbridge reopen before the summer festival? The engineers expect it to reopen in time.",
        "How will wheelchairs cross meanwhile? The road bridge has a shared path on its north side.",
        "Will the ferry be free? The council will decide at its next meeting, in April.",
    ]
    article = clean_text("\n".join([*HEAD, *BODY, bio, *faq]))
    body = [b.text for b in article.body]
    assert bio not in body
    assert body[-3:] == faq[1:]


def test_a_paragraph_about_the_company_that_wrote_the_article_stays() -> None:
    head = ["River footbridge repairs explained | Acme Bridges", "River footbridge repairs explained", "By Acme Team"]
    about = "Acme is the firm the council chose to repair the footbridge, after a tender that drew six bids."
    last = "Work starts in April, and the firm will post each month's progress on a board at the east landing."
    body = [b.text for b in clean_text("\n".join([*head, *BODY, about, last])).body]
    assert body == [*BODY, about, last]
