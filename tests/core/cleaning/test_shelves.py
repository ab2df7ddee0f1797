"""A product page copied with the shop's shelf of other products under it ("Related products", each
tile's name, price and buttons): the shelf is not the product's text. A manual's or a service's
section headed "Related products", with its own paragraphs and no prices, stays (issue 14)."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning.line_marks import mark_by_neighbours
from reader.core.cleaning.lines import Tag, make_lines

PRODUCT = [
    "Stoneground Rye Flour 1kg | Millbrook Grains",
    "Home",
    "Shop",
    "Flour",
    "Stoneground Rye Flour",
    "£3.40",
    "Our rye flour is milled slowly between stones from whole grains grown on two farms within twenty miles "
    "of the mill, so it keeps the bran, the germ and the deep flavour that roller milling strips away.",
    "It makes a dense, moist loaf that keeps for a week. Mix it with strong white flour for a lighter crumb, "
    "or use it alone for a traditional sourdough with caraway seeds and a long, cool rise overnight.",
    "Store the flour in a sealed tin somewhere cool and dry, and use it within three months of opening, "
    "because the oils in the germ turn stale faster than those of white flour.",
]
TILES = [
    ("Wholemeal Spelt Flour 1kg", "£3.90"),
    ("Organic Strong White Flour 1.5kg", "£2.75"),
    ("Malted Barley Flakes 500g", "£2.10"),
]


def _shelf(heading: str, buttons: list[str]) -> list[str]:
    lines = [heading]
    for name, price in TILES:
        lines += [name, f"From: {price}", f"({price} inc. VAT)", "Select your sizes"]
        sizes = " ".join(f"{size} - {price}{price} per kg" for size in ("500g", "1kg", "2kg", "5kg", "10kg", "25kg"))
        lines += [f"Choose an option {sizes}", "Quantity", *buttons]  # a size's price and its price per kilogram
    return lines


@pytest.mark.parametrize(
    ("heading", "buttons"),
    [
        ("Related products", []),
        ("Similar items to consider", []),
        ("Related Items", ["Quick view"]),
        ("Explore related items", ["Add to basket"]),
    ],
)
def test_a_shelf_of_other_products_is_not_the_products_text(heading: str, buttons: list[str]) -> None:
    article = clean_text("\n".join(PRODUCT + _shelf(heading, buttons) + ["Delivery", "Contact us"]))
    assert "milled slowly between stones" in article.text
    assert "sealed tin somewhere cool" in article.text
    for name, _price in TILES:
        assert name not in article.text
    assert heading not in article.text
    assert "Choose an option" not in article.text
    assert "inc. VAT" not in article.text


@pytest.mark.parametrize("button", ["Quick view", "Add to basket", "Select options"])
def test_a_shops_buttons_alone_mark_its_shelf(button: str) -> None:
    """Tiles that show no price (a trade shop's, until you sign in) still carry the shop's buttons."""
    lines = make_lines("\n".join(["Related products", "Wholemeal Spelt Flour 1kg", button, "Contact us"]), frozenset())
    mark_by_neighbours(lines)
    assert lines[0].tag is Tag.LIST_HEADER
    plain = make_lines("\n".join(["Related products", "Wholemeal Spelt Flour 1kg", "Contact us"]), frozenset())
    mark_by_neighbours(plain)
    assert plain[0].tag is not Tag.LIST_HEADER  # no price, no button: a section's heading


def test_a_related_products_section_without_prices_stays() -> None:
    manual = [
        "Installing the Harbour Sync agent | Harbour Docs",
        "Docs",
        "Installing the Harbour Sync agent",
        "The agent runs on each server that holds files to be copied. Download the package for your system, "
        "unpack it into a folder the service account can read, and run the installer as an administrator.",
        "When the installer finishes it starts the agent and prints the address of its status page, where you "
        "can check that it reaches the central server and see which folders it watches.",
        "Related products",
        "Harbour Sync works with Harbour Vault, which keeps every version of a copied file for as long as your "
        "retention rules say, and with Harbour Watch, which alerts you when a server stops reporting.",
        "Both are configured from the same console, and the agent needs no change to serve them.",
        "Was this page helpful?",
    ]
    article = clean_text("\n".join(manual))
    assert "Harbour Vault, which keeps every version" in article.text
    assert "configured from the same console" in article.text
    assert "Related products" in article.text  # the section's heading
