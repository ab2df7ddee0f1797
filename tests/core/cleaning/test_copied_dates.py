"""The date of a copied article whose header the body's run took in: promos of a few sentences above
it scored as prose, so its date line stands among the paragraphs, not above them."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text

PROMOS = [
    f"Our {kind} newsletter brings the week's best reading to your inbox every Friday morning, with "
    f"recipes, walks and the stories our readers shared with us, and it costs nothing to join today."
    for kind in ("garden", "kitchen", "weekend", "family", "travel")
]
BODY = [
    "The council voted on Tuesday evening to close the old river footbridge for a year, after an "
    "inspection found that two of its four supports had rusted through below the waterline.",
    "Engineers told the meeting that the bridge was safe for now but could not carry crowds, and that "
    "the repair would cost about twice what the town had set aside for all its bridges this year.",
]


def test_a_date_line_the_body_took_in_is_the_articles_date() -> None:
    page = [*PROMOS, "River footbridge to close for a year", "March 3, 2026", *BODY, "About us", "Contact"]
    assert clean_text("\n".join(page)).published == "2026-03-03"


def test_a_page_without_a_date_line_has_no_date() -> None:
    page = [*PROMOS, "River footbridge to close for a year", *BODY, "About us", "Contact"]
    assert clean_text("\n".join(page)).published is None


def published(lines: list[str]) -> str | None:
    return clean_text("\n".join([*lines, *BODY, "About us", "Contact"])).published


def test_a_header_line_with_both_dates_gives_the_publication_date() -> None:
    """'Published X - [Updated Y]': X, not Y, and not a date the first paragraph mentions."""
    header = ["River footbridge to close for a year", "Published Oct 10, 2023 - [Updated Dec 3, 2025]"]
    first = "On July 4, 2025, the council voted to close the old river footbridge for a year, after an inspection."
    assert clean_text("\n".join([*header, first, *BODY])).published == "2023-10-10"
    assert published(["River footbridge to close for a year", "[Updated Dec 3, 2025]"]) == "2025-12-03"


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET",
        "Updated Nov 11, 2022 · Published Nov 9, 2022",
    ],
)
def test_an_updates_date_before_the_publications_gives_the_publications(stamp: str) -> None:
    assert published(["River footbridge to close for a year", stamp]) == "2022-11-09"


def test_a_page_that_writes_its_dates_month_first_is_read_so() -> None:
    header = ["River footbridge to close for a year", "8/1/2025"]
    teaser = ["Library opening hours will change in January", "8/27/2025"]
    assert published(header) == "2025-01-08"  # either way round: day first, as most of the world writes
    page = [*header, *BODY, *teaser, "About us", "Contact"]
    assert clean_text("\n".join(page)).published == "2025-08-01"  # "8/27/2025" is month first
    page = [*header, *BODY, *teaser, "Posted 27/8/2025", "About us"]
    assert clean_text("\n".join(page)).published == "2025-01-08"  # both ways: the page does not say
