"""Saved HTML: words the page shows apart stay apart when the markup sets no space between them."""

from reader.core.cleaning import clean_html

TENTS = [
    ("Fellcraft", "Ridgeline 2 Tent", "289.00"),
    ("Northmoor", "Cairn Ultralight Tent", "415.50"),
    ("Fellcraft", "Bothy Family Tent", "520.00"),
]

SHOP = (
    "<html><head><title>Tents</title></head><body><main><h1>Tents</h1>"
    "<p>Every tent on this page has spent a week on the hill with our staff, in wind and rain, before it "
    "was listed; the notes beside each one say how it did and who it suits.</p><ul>"
    + "".join(
        f'<li><a href="/p/{n}"><span class="brand">{brand}</span><span class="name">{name}</span></a>'
        f'<div class="price">${price}</div>'
        f"<p>The {name.lower()} pitched in under five minutes and stayed dry through a night of heavy rain on "
        f"the tops.</p></li>"
        for n, (brand, name, price) in enumerate(TENTS)
    )
    + "</ul><p>Our pitching guide shows how to set a tent's guy lines so that it sheds the wind, and how to "
    "dry it before it goes back in its bag.</p></main></body></html>"
)


def test_a_brand_and_a_name_in_spans_of_their_own_are_two_words() -> None:
    """A shop's tile sets the brand and the product's name in spans side by side, which its style
    sheet shows on lines of their own: "Fellcraft Ridgeline", not "FellcraftRidgeline"."""
    text = clean_html(SHOP).text
    assert "Fellcraft Ridgeline 2 Tent" in text
    assert "Northmoor Cairn Ultralight Tent" in text
    assert "FellcraftRidgeline" not in text


def test_words_split_by_markup_inside_one_word_stay_one_word() -> None:
    """Markup inside a word (a first letter set apart, a word's end in bold) adds no space: only a
    word in small letters followed by a capitalised one is two words."""
    page = (
        "<html><body><main><p><span>T</span>he river rose through the night and by morning the lower "
        "town was under water, though the new <b>flood</b><span>wall</span> held at the bridge and "
        "kept the <a>market</a>'s cellars dry for the first time in years.</p></main></body></html>"
    )
    text = clean_html(page).text
    assert text.startswith("The river rose")
    assert "floodwall held" in text
    assert "market's cellars" in text


def test_links_side_by_side_are_read_as_separate_words() -> None:
    """A menu's links set side by side by the style sheet, with nothing between them in the markup,
    are two entries to the walk over the page ("Log In Find jobs"), as a copy from the browser gives
    them; links the text sets apart keep what stands between them."""
    from reader.core.cleaning.page import load_page

    page = load_page(
        "<html><body><nav><a href='/login'>Log In</a><a href='/jobs'>Find jobs</a><a href='/h'>Hire</a></nav>"
        "<p>See the <a href='/a'>harbour</a>, <a href='/b'>ferry</a> and <a href='/c'>pier</a> timetables.</p>"
        "<p>Our <a href='/d'>guides</a><b>!</b> and the wh<a href='/e'>ole</a> word.</p></body></html>"
    )
    assert page is not None
    assert "Log In Find jobs Hire" in page.lines
    assert "See the harbour, ferry and pier timetables." in page.lines
    assert "Our guides! and the whole word." in page.lines
