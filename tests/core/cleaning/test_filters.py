"""A shop's filters copied with its page ("Filter by Colour", "Green (29)", "Blue (15)") are its
controls, not its text; a directory whose content is its categories with their counts keeps them,
and a figure's year in brackets is no count (issue 14)."""

from __future__ import annotations

from reader.core.cleaning import clean_text
from reader.core.cleaning import patterns as pt

FILTERS = [
    "Filter by Colour",
    "Green (29)",
    "Blue (15)",
    "Khaki (13)",
    "Filter by Weight",
    "1.50 to 2.99 kg (4)",
    "3 to 4.99 kg (11)",
    "Filter by Brand",
    "Fellwalker (8 products)",
    "Northbound (3 products)",
]
GUIDE = [
    "Choosing a tent starts with how many people will sleep in it and in which seasons you camp. A tent "
    "rated for two people fits two sleeping mats side by side with little room for gear, so many campers "
    "buy one size up.",
    "Three-season tents have plenty of mesh for airflow and shed spring and autumn rain. Four-season tents "
    "use stronger poles and less mesh so that they stand up to wind and snow, which makes them warm in summer.",
    "Look at the peak height if you want to sit up or dress inside, and at the number of doors if more than "
    "one person will get up in the night; a porch keeps wet boots and packs out of the sleeping area.",
    "A footprint under the floor protects it from stones and roots and is cheaper to replace than the tent "
    "itself, so it is worth buying one when the tent you choose does not come with it.",
]


def test_a_shops_filters_are_not_the_pages_text() -> None:
    page = ["Camping Tents | Fellside Outfitters", "Camping Tents", *FILTERS, "Buying guide", *GUIDE, "About us"]
    article = clean_text("\n".join(page))
    body = [b.text for b in article.body]
    assert not set(FILTERS[1:4] + FILTERS[5:7] + FILTERS[8:]) & set(body)
    assert [text for text in body if text in GUIDE] == GUIDE
    removed = {r.text: r.reason for r in article.removed}
    assert removed["Green (29)"] == removed["Fellwalker (8 products)"] == pt.NAVIGATION


def test_a_directory_of_categories_with_their_counts_keeps_them() -> None:
    categories = ["Radios (4)", "Cameras (31)", "Electronics and gadgets (312)", "Outdoor items (2993)"]
    page = ["Categories | Swap Shop", "Categories", *categories, "Contact"]
    assert [b.text for b in clean_text("\n".join(page)).body] == categories


def test_a_year_in_brackets_or_a_rating_is_no_count() -> None:
    rows = ["Homes sold above asking (2024)", "Median days on the market (2024)", "Average sale-to-list (2024)"]
    page = ["Hottest housing markets | Realty Notes", "Hottest housing markets", GUIDE[0], *rows, *GUIDE[1:]]
    assert {r.text for r in clean_text("\n".join(page)).removed}.isdisjoint(rows)
    rated = ["Python for beginners ★★★★★(13)", "Data analysis with pandas ★★★★☆(8)", "Web scraping ★★★★★(21)"]
    page = ["Courses we rate | Realty Notes", "Courses we rate", GUIDE[0], *rated, *GUIDE[1:]]
    assert {r.text for r in clean_text("\n".join(page)).removed}.isdisjoint(rated)
