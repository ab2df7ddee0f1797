"""A tab's title without the site's name, and a consent dialog copied with the page (issue 14)."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning.titles import without_site


@pytest.mark.parametrize(("title", "lines", "site", "expected"), [
    # the page prints the headline alone (its <h1>)
    ("Healthy Eating Plate | The Nutrition Source", ["Healthy Eating Plate", "Body"], "", "Healthy Eating Plate"),
    ("Ferry fares rise again - Harbour Gazette - News", ["Ferry fares rise again"], "", "Ferry fares rise again"),
    # the end part names the site: its name, its domain, or a brand the page names again
    ("Top Fitness Equipment Trends in 2025 - advantagefitness.co", [], "", "Top Fitness Equipment Trends in 2025"),
    ("Best Cloud Stocks of 2025 | The Motley Fool", [], "The Motley Fool", "Best Cloud Stocks of 2025"),
    ("51 Must-Have Electrician Tools - FieldEdge", ["© 2025 FieldEdge"], "", "51 Must-Have Electrician Tools"),
    # part of the headline: kept
    ("Storm hits coast - thousands without power", ["thousands without power"], "", "Storm hits coast - thousands without power"),
    ("Russia - Ukraine talks resume", ["Ukraine talks resume"], "", "Russia - Ukraine talks resume"),
    ("A headline with no separator", ["Other"], "", "A headline with no separator"),
    ("Well-known half-truths", [], "", "Well-known half-truths"),
])
def test_the_site_is_taken_off_a_tab_title(title: str, lines: list[str], site: str, expected: str) -> None:
    assert without_site(title, [title, *lines], site) == expected


CONSENT = """Harbour Gazette
We Care About Your Privacy
We and our 840 partners store and/or access information on a device, such as unique IDs in cookies to process personal data. You may accept or manage your choices by clicking below, including your right to object where legitimate interest is used, or at any time in the privacy policy page.
Accept All
Manage Preferences
Ferry fares rise for the third time this year
By Imogen Tarrant
The harbour board raised ferry fares by a tenth on Monday, the third rise this year, citing the price of fuel and the cost of repairs to the north pier.
Commuters who cross twice a day said the rise would cost them more than two hundred pounds a year and that the board had not asked them before deciding.
The board said the fares would be reviewed again in the autumn, once the repairs to the pier were finished and the new timetable had been tried.
"""

ARTICLE_ON_CONSENT = """Regulator fines app over tracking
The regulator said on Tuesday that the company had shared personal data with advertising partners without consent, and fined it four million euros.
Privacy campaigners said the fine was small for a company of its size and that users' consent had been assumed rather than asked for.
The company said it would appeal, and that it had changed the way it asks for consent since the complaint was made last year.
"""


def test_a_consent_dialog_is_neither_the_body_nor_the_title() -> None:
    article = clean_text(CONSENT)
    body = " ".join(b.text for b in article.body)
    assert article.title == "Ferry fares rise for the third time this year"
    assert "partners" not in body and "Accept All" not in body and body.startswith("The harbour board")
    assert any(r.reason == "cookie notice" and "legitimate interest" in r.text for r in article.removed)


def test_an_article_about_consent_keeps_its_paragraphs() -> None:
    article = clean_text(ARTICLE_ON_CONSENT)
    assert len(article.body) == 3 and "advertising partners without consent" in article.body[0].text
