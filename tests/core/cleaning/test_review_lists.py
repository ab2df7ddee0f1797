"""A review copied from its page: each product's "Pros" and "Cons" (or "What we like", "Reasons to
avoid") over short points whose bullets the copy lost. The points are the reviewer's verdict and
stay, shown as lists under their labels (issue 14)."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.models import BlockKind

INTRO = (
    "We spent six weeks commuting, cooking and cleaning with twelve cordless vacuums to find the ones worth "
    "their price, measuring how much sand, rice and pet hair each picked up from carpet and hard floors."
)
PRODUCTS = [
    (
        "Best overall: Harlow Sweep 7",
        "The Sweep 7 picked up more sand than any other vacuum we tried, ran for fifty minutes on its middle "
        "setting and still weighs little enough to carry up the stairs with one hand.",
        ["Strong suction on carpet", "Long battery life", "Light to carry"],
        ["Small dust bin", "Loud on its highest setting"],
    ),
    (
        "Best budget pick: Tamsin Lite",
        "For well under half the price of our top pick, the Tamsin Lite cleaned hard floors almost as well, "
        "though it struggled with pet hair wound around its brush and needed emptying twice a room.",
        ["Cheap to buy", "Good on hard floors"],
        ["Hair tangles on the brush", "Short run time", "No wall mount"],
    ),
]


def _page(pros: str = "Pros", cons: str = "Cons") -> str:
    lines = ["The Best Cordless Vacuums of 2026 | Home Tested", "Reviews", "Kitchen", "Cleaning", INTRO]
    for rank, (name, verdict, good, bad) in enumerate(PRODUCTS, 1):
        lines += [str(rank), name, "Check price", verdict, pros, *good, cons, *bad]
    lines += [
        "How we tested",
        "Each vacuum cleaned the same three rooms from a full charge, and we weighed the dust bin after every "
        "run so that the figures compare like with like.",
        "About us",
        "Privacy policy",
    ]
    return "\n".join(lines)


def test_pros_and_cons_stay_as_lists_under_their_labels() -> None:
    article = clean_text(_page())
    blocks = [(block.kind, block.text) for block in article.body]
    for _name, _verdict, good, bad in PRODUCTS:
        for point in good + bad:
            assert (BlockKind.LIST_ITEM, point) in blocks
    assert (BlockKind.HEADING, "Pros") in blocks
    assert (BlockKind.HEADING, "Cons") in blocks
    assert "Each vacuum cleaned the same three rooms" in article.text
    assert (BlockKind.HEADING, "How we tested") in blocks  # over its paragraph: no point of the last "Cons"
    assert "Check price" not in article.text  # the shop's button beside each product
    assert (BlockKind.LIST_ITEM, "Best budget pick: Tamsin Lite") not in blocks  # the next entry's name
    assert (BlockKind.LIST_ITEM, "2") not in blocks  # its rank


@pytest.mark.parametrize(
    ("pros", "cons"),
    [("What we like", "What we don't like"), ("Reasons to buy", "Reasons to avoid"), ("Kelebihan", "Kekurangan")],
)
def test_other_labels_for_a_reviews_points(pros: str, cons: str) -> None:
    article = clean_text(_page(pros, cons))
    for _name, _verdict, good, bad in PRODUCTS:
        for point in good + bad:
            assert point in article.text
    assert (BlockKind.HEADING, cons) in [(block.kind, block.text) for block in article.body]
