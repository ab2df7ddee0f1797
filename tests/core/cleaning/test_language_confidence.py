"""An article's language is named only on clear evidence (issue 14): a page of product names, prices
and menus holds few function words, and a long stop list catches a fifth of them by chance (the
Finnish list holds English nouns); such a page's language is "unknown", not a confident wrong guess.
The language the cleaner reads the page by is unchanged."""

from __future__ import annotations

from reader.core.cleaning import clean_html, clean_text
from reader.core.cleaning.language import detect, function_words, judged, stopwords

# a shop's collection page: names, fits, colours and prices; "fit", "new" and "long" are in French's
# list and repeat on every tile, which makes French look certain
TILES = [
    ("Harbour Crew Tee", "relaxed fit", "Sea Salt", "28"),
    ("Quay Long Sleeve", "slim fit", "Ink Navy", "34"),
    ("Breakwater Tank", "regular fit", "Storm Grey", "22"),
    ("Lighthouse Hoodie", "oversized fit", "Fog", "58"),
    ("Tide Shorts", "regular fit", "Kelp Green", "40"),
    ("Mooring Polo", "slim fit", "White Sand", "36"),
    ("Slipway Tee", "oversized fit", "Black Pearl", "26"),
    ("Anchor Vest", "slim fit", "Rust", "30"),
]
NAMES = "mens\nT-Shirts & Tops\n240 Products\n" + "\n".join(
    line for name, fit, colour, price in TILES for line in (name, fit, colour, f"${price}", "New", "Quick add")
)
PROSE = (
    "The council voted on Tuesday to rebuild the harbour wall with granite from the north quarry. "
    "It will cost twice the first estimate, and the work will take all summer, the harbour master said. "
    "Fishing crews have asked for the old slipway to stay open while the wall is built."
)
BERITA = (
    "Harga beras medium di pasar tradisional Surabaya naik lagi pada pekan ini. Para pedagang mengatakan "
    "pasokan dari daerah penghasil berkurang karena musim hujan, sehingga harga di tingkat konsumen ikut naik."
)


def test_a_page_of_names_and_prices_has_no_named_language() -> None:
    assert judged(NAMES) == ("fr", False)  # read by French's words, never named French
    assert clean_text(f"Shop\n\n{NAMES}\n").language == ""


def test_prose_names_its_language() -> None:
    assert judged(PROSE) == ("en", True)
    assert judged(BERITA) == ("id", True)  # Malay's list, almost the same, is no rival
    assert clean_text(f"Harbour wall to be rebuilt\n\n{PROSE}\n").language == "en"


def test_detection_for_reading_the_page_is_unchanged() -> None:
    assert detect(NAMES) == judged(NAMES)[0]


def test_a_saved_page_unsure_by_its_words_takes_the_language_it_declares() -> None:
    items = "".join(f"<li>{line}</li>" for line in NAMES.splitlines())
    page = (
        "<html lang='en'><head><title>T-Shirts</title></head><body><main><h1>T-Shirts</h1>"
        f"<ul>{items}</ul></main></body></html>"
    )
    assert clean_html(page).language == "en"


# Languages written without spaces have no stop list (their sentences are not split into words):
# they are named by their script.
UNSPACED = {
    "ja": "東京都は火曜日、港の壁の修理について議論するために会議を開きました。修理は観光シーズンの前に終わる予定です。",
    "zh": "东京都星期二召开会议，讨论港口墙壁的修理问题。修理工程预计在旅游旺季之前完成，居民们询问了费用问题。",
    "th": "กรุงเทพมหานครจัดประชุมเมื่อวันอังคารเพื่อหารือเรื่องการซ่อมแซมกำแพงท่าเรือ ซึ่งคาดว่าจะแล้วเสร็จก่อนฤดูท่องเที่ยว",
}


def test_a_text_in_a_script_without_spaces_is_named_by_its_script() -> None:
    for code, sentence in UNSPACED.items():
        text = "\n".join([sentence] * 5)
        assert judged(text) == (code, True)
        assert detect(text) == code
        assert clean_text("港の壁\n" + text if code == "ja" else text).language == code


def test_a_few_characters_of_such_a_script_name_no_language() -> None:
    # an English page quoting a shop's name in Japanese is English; a lone name says nothing
    assert judged(PROSE + " 東京湾") == ("en", True)
    assert judged("東京湾") == ("", False)


def test_an_english_menu_around_an_article_in_such_a_script_does_not_name_it_english() -> None:
    """The menu's lines are the only ones with spaces, which is what the stop lists read."""
    menu = [
        "Home",
        "Subscribe to the newsletter for the latest news",
        "Privacy policy and terms of use for this website",
    ]
    text = "\n".join([*menu, *[UNSPACED["ja"]] * 5, *menu])
    assert judged(text) == ("ja", True)
    assert clean_text(text).language == "ja"


def test_a_languages_function_words_are_its_commonest_without_the_nouns_of_its_list() -> None:
    english, french = stopwords("en"), stopwords("fr")
    assert {"best", "history", "business", "with", "which"} <= english
    assert {"with", "which", "from", "the"} <= function_words(english)
    assert not {"best", "history", "business"} & function_words(english)
    assert {"les", "dans", "pour"} <= function_words(french) < french
    other = frozenset({"lorem", "ipsum"})
    assert function_words(other) is other  # no list of Reader's: taken as it is
