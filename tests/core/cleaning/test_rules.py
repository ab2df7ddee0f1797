"""Targeted cases for the cleaner's general rules, each on a small page written for the test."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_text
from reader.core.cleaning.bylines import parse_byline
from reader.core.cleaning.dates import find_date
from reader.core.cleaning.language import detect, likely, stopwords
from reader.core.cleaning.lines import Tag, make_lines
from reader.core.cleaning.metadata import copyright_holder, find_dateline
from reader.core.models import Author, BlockKind

PAGE = """Skip to content
The Valley Gazette
Home
News
Sport
Weather

Local

Bridge repairs will close the river crossing for six weeks this summer

Engineers say the 90-year-old bridge needs new bearings before the autumn floods arrive

By Maria Okafor and Tom Leigh
Published June 3, 2024

Share
Facebook
Copy link

RIVERTON — The county will close the Mill Street bridge for six weeks from July 8 so that crews can replace its corroded bearings, officials said on Monday.

The work is part of a three-year programme to repair the county's older crossings, which were built when traffic was a fraction of what it is now.

Read more: County budget sets aside money for road repairs

“We know this is a real inconvenience for people who cross every day,” said the county engineer, Dana Holt.

Advertisement

A free shuttle bus will run every twenty minutes between the two car parks on either side of the river while the bridge is closed.

What drivers should do

Drivers heading north are advised to use the bypass, which adds about ten minutes to the journey at busy times.

“We will keep people posted,” Holt said.

Maria Okafor is a reporter covering transport and local government for the Gazette.

Most read
Storm knocks out power to hundreds of homes in the north
School board approves new start times for the autumn term
Farmers market moves to Saturday mornings from next month

12 Comments
I drive over that bridge twice a day and honestly the repairs are long overdue, so I am glad they are doing it now.
Reply

© 2024 The Valley Gazette. All rights reserved.
Privacy Policy
"""


@pytest.fixture(scope="module")
def article():
    return clean_text(PAGE)


def test_metadata(article) -> None:
    assert article.title == "Bridge repairs will close the river crossing for six weeks this summer"
    assert article.subtitle.startswith("Engineers say the 90-year-old bridge")
    assert article.section == "Local"
    assert article.authors == (Author("Maria Okafor"), Author("Tom Leigh"))
    assert article.published == "2024-06-03"
    assert article.dateline == "RIVERTON"
    assert article.site_name == "The Valley Gazette"
    assert article.language == "en"


def test_body(article) -> None:
    texts = [b.text for b in article.body]
    assert texts[0].startswith("RIVERTON — The county will close")
    assert texts[-1] == "“We will keep people posted,” Holt said."
    assert "What drivers should do" in texts
    assert article.body[texts.index("What drivers should do")].kind is BlockKind.HEADING
    for clutter in (
        "Read more",
        "Advertisement",
        "Most read",
        "Storm knocks out",
        "I drive over",
        "is a reporter covering",
        "©",
        "Privacy Policy",
        "Share",
    ):
        assert clutter not in article.text


@pytest.mark.parametrize("heading", ["Conclusion", "FAQs", "Pricing"])
def test_a_one_word_heading_over_a_paragraph_is_its_sections(heading: str) -> None:
    page = PAGE.replace("What drivers should do", heading)
    body = clean_text(page).body
    texts = [b.text for b in body]
    assert heading in texts
    assert body[texts.index(heading)].kind is BlockKind.HEADING


@pytest.mark.parametrize("control", ["Next", "Close", "Download", "Continue"])
def test_a_controls_one_word_over_a_paragraph_is_no_heading(control: str) -> None:
    page = PAGE.replace("What drivers should do", control)
    assert control not in [b.text for b in clean_text(page).body]


def test_every_dropped_line_is_kept_with_a_reason(article) -> None:
    kept = set(article.text.split("\n\n"))
    all_lines = [" ".join(line.split()) for line in PAGE.splitlines() if line.strip()]
    removed = {r.text for r in article.removed}
    assert all(line in kept or line in removed for line in all_lines)
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Read more: County budget sets aside money for road repairs"] == "related link"
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["12 Comments"] == "comment widget"
    assert reasons["© 2024 The Valley Gazette. All rights reserved."] == "footer"
    assert (
        reasons["Maria Okafor is a reporter covering transport and local government for the Gazette."] == "author bio"
    )


def test_the_date_under_the_headline_beats_a_promo_date_above_it() -> None:
    page = PAGE.replace("Local\n", "Trending\nDecember 19, 2025\nTen walks to try this winter\n\nLocal\n")
    assert clean_text(page).published == "2024-06-03"


def test_a_plain_note_keeps_its_title_and_short_paragraphs() -> None:
    a = clean_text("Shopping list\n\nBread.\n\nMilk and eggs.")
    assert a.title == "Shopping list"
    assert [b.text for b in a.body] == ["Bread.", "Milk and eggs."]


def test_end_marks_are_dropped_from_the_last_paragraph_only() -> None:
    body = "\n\n".join(
        ["Judul berita tentang banjir di kota"]
        + ["Banjir merendam ratusan rumah warga di kawasan pesisir utara kota sejak Senin pagi kemarin."] * 3
        + ["Petugas masih terus melakukan pendataan terhadap kerugian yang dialami warga.(ant/rdk)"]
    )
    a = clean_text(body)
    assert a.body[-1].text.endswith("dialami warga.")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Minggu (30/8/2021)", "2021-08-30"),
        ("Senin, 14 Maret 2022 10:15 WIB", "2022-03-14"),
        ("March 3, 2023 at 9:41 a.m. ET", "2023-03-03"),
        ("Publié le 3 mars 2023 à 09h41", "2023-03-03"),
        ("12 de marzo de 2023, 10:15", "2023-03-12"),
        ("Veröffentlicht am 14.02.2023, 17:30 Uhr", "2023-02-14"),
        ("17 de julho de 2023", "2023-07-17"),
        ("2024-05-06T10:00:00Z", "2024-05-06"),
        ("Rabu, 12 Ogos 2023", "2023-08-12"),
        ("12/31/2022", "2022-12-31"),
        ("By Jayesh Shinde | Updated on 19-Dec-2025", "2025-12-19"),
        ("Essay - Published: 2025.12.17 | programming", "2025-12-17"),
        ("Posted 2024/03/09 by admin", "2024-03-09"),
        ("Jul. 11. 2025", "2025-07-11"),
    ],
)
def test_dates_in_many_languages(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found[0].isoformat() == iso


def test_no_date_and_impossible_dates() -> None:
    assert find_date("Updated 3 hours ago") is None
    assert find_date("31/02/2023") is None
    assert find_date("Version 2024.1.33 is out") is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("SERAMBINEWS.COM, MOSKOW - Rusia akan bekerja", "MOSKOW"),
        ("Jakarta, LintasNusa.id - Harga cabai naik", "Jakarta"),
        ("LONDON (Reuters) - Prices rose", "LONDON"),
        ("MADRID, 12 mar (EFE) - El Gobierno", "MADRID"),
        ("Berlin (dpa) - Die Regierung", "Berlin"),
        ("KUALA LUMPUR: Kerajaan akan", "KUALA LUMPUR"),
        ("SÃO PAULO — A prefeitura", "SÃO PAULO"),
        ("Wien – Wer in Wien wartet", "Wien"),
        ("The council met on Tuesday - and agreed", ""),
        ("DIY (15): Can a reasonably competent investor use it alone?", ""),  # a score, not an agency
    ],
)
def test_datelines(line: str, place: str) -> None:
    assert find_dateline(line)[0] == place


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Editor: M Nur Pakar", [("M Nur Pakar", "editor")]),
        ("By Jane Doe and John Roe", [("Jane Doe", "author"), ("John Roe", "author")]),
        ("Reporter: Andi Wijaya | Editor: Siti Rahma", [("Andi Wijaya", "reporter"), ("Siti Rahma", "editor")]),
        ("Penulis: Andi Rahmat Editor: Nurul Fadhilah", [("Andi Rahmat", "author"), ("Nurul Fadhilah", "editor")]),
        ("Laporan Wartawan Kabar.com, Yogi Permana", [("Yogi Permana", "reporter")]),
        ("Por María López Garrido", [("María López Garrido", "author")]),
        ("Texto: Ana Ruiz | Foto: Luis Gil", [("Ana Ruiz", "author"), ("Luis Gil", "photographer")]),
        ("Von Anna Schmidt und Jonas Weber", [("Anna Schmidt", "author"), ("Jonas Weber", "author")]),
        ("Reporting by Priya Nair; Editing by Mark Hollis", [("Priya Nair", "reporter"), ("Mark Hollis", "editor")]),
    ],
)
def test_bylines(line: str, authors: list[tuple[str, str]]) -> None:
    assert [(a.name, a.role) for a in parse_byline(line)] == authors


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2023 The Northern Ledger Ltd. All rights reserved.", "The Northern Ledger"),
        ("Copyright © 2024 LintasNusa.id. Hak Cipta Dilindungi.", "LintasNusa.id"),
        ("Crónica del Ebro © 2023 Ediciones del Ebro S.L.", "Crónica del Ebro"),
        ("© Pitchside Report 2024", "Pitchside Report"),
        ("2025 © Hillside Rowing Club", "Hillside Rowing Club"),
        ("The Coffee Grinder 2024 ©", "The Coffee Grinder"),
        ("© St. Anne's College of Music", "St. Anne's College of Music"),
        ("© J.R. Fielding Company, Inc. — used by permission", "J.R. Fielding Company"),
        ("ISSN 1234-5678 · Copyright © 1998–2025 Field Notes & Our Writers", "Field Notes & Our Writers"),
        ("© 2025 by Marsh Media Group LLC. All rights reserved.", "Marsh Media Group"),
        ("© 2026 · Ada K. Lindqvist Studio LLC", "Ada K. Lindqvist Studio"),
        # a footer's links name no holder, nor does a charity's "501(c)(3)" or a forum's software
        ("Contact Us", ""),
        ("Privacy Policy", ""),
        ("Site Map", ""),
        ("All Rights Reserved.", ""),
        ("Report Copyright Violation", ""),
        ("Disclaimer & copyright", ""),
        ("Copyright & Privacy Policy", ""),
        ("Harbour Trust is a 501(c)(3) nonprofit. EIN: 91-0000000", ""),
        ("Powered by BoardSoft © BoardSoft Ltd", ""),
    ],
)
def test_copyright_holder(line: str, holder: str) -> None:
    assert copyright_holder(line) == holder


def test_a_copied_pages_site_is_its_copyright_holder_not_its_footers_links() -> None:
    story = "\n".join(
        f"Paragraph {n}: the rowing club's members voted to rebuild the boathouse on the old site by the river, "
        "after a long debate about the cost of moving it further upstream, away from the flood line."
        for n in range(5)
    )
    footer = [
        "About Us",
        "Contact Us",
        "© 2025 Hillside Rowing Club. All rights reserved.",
        "Privacy Policy",
        "Site Map",
    ]
    article = clean_text("Boathouse to be rebuilt on the old site\n" + story + "\n" + "\n".join(footer))
    assert article.site_name == "Hillside Rowing Club"
    without_holder = "\n".join(line for line in footer if "©" not in line)
    assert clean_text("Boathouse to be rebuilt on the old site\n" + story + "\n" + without_holder).site_name == ""


_STORY = "\n".join(
    f"Paragraph {n}: the plans for the new boathouse were approved on Tuesday evening, after a long debate "
    "in the club room about the cost of moving it upstream, away from the line the river reached last winter."
    for n in range(5)
)


def test_a_tabs_title_printed_again_over_the_article_is_its_headline_not_its_site() -> None:
    headline = "Why we rebuilt the boathouse"
    page = f"{headline}\nHome\nNews\nShow Sidebar\n{headline}\nMarch 3, 2025\nShow Sidebar\n{_STORY}\nPost Tags\nrowing"
    article = clean_text(page, url="https://hillside-rowing.org.uk/news/boathouse")
    assert article.title == headline
    assert article.site_name == "hillside-rowing.org.uk"
    assert article.authors == ()  # "Show Sidebar" is a control, not a writer
    assert {r.text: r.reason for r in article.removed}["Post Tags"] == "tags"  # the heading over its tags


def test_a_logo_repeated_in_the_footer_is_the_site() -> None:
    page = f"Hillside Rowing Club\nHome\nNews\nWhy we rebuilt the boathouse\n{_STORY}\nHillside Rowing Club\nContact"
    assert clean_text(page).site_name == "Hillside Rowing Club"


def test_a_copied_page_with_no_holder_is_of_its_own_host_not_a_domain_it_links_to() -> None:
    story = "\n".join(
        f"Paragraph {n}: the plans are on github.com and the minutes on github.com too, the secretary said, "
        "and the club will post the builder's drawings there once the committee has seen them."
        for n in range(5)
    )
    text = "Boathouse to be rebuilt on the old site\n" + story + "\nAbout Us\nContact Us"
    assert clean_text(text).site_name == "github.com"  # no address: the domain its text names is all there is
    assert (
        clean_text(text, url="https://www.hillside-rowing.org.uk/news/boathouse").site_name == "hillside-rowing.org.uk"
    )
    with_name = text + "\nNews from Hillside-Rowing.org.uk every week"
    assert clean_text(with_name, url="https://hillside-rowing.org.uk/news").site_name == "Hillside-Rowing.org.uk"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The council said that the bridge would be closed for repairs during the summer months.", "en"),
        ("Pemerintah kota mengatakan bahwa jembatan itu akan ditutup karena perbaikan selama musim kemarau.", "id"),
        ("Kerajaan negeri berkata bahawa jambatan itu akan ditutup kerana kerja-kerja pembaikan selepas ini.", "ms"),
        ("El ayuntamiento dijo que el puente estará cerrado por obras durante los meses de verano.", "es"),
        ("A prefeitura disse que a ponte ficará fechada para obras durante os meses de verão.", "pt"),
        ("La mairie a indiqué que le pont sera fermé pour travaux pendant les mois d'été.", "fr"),
        ("Die Stadt teilte mit, dass die Brücke in den Sommermonaten wegen Bauarbeiten gesperrt wird.", "de"),
        ("Kaupunginvaltuusto päätti, että silta suljetaan korjausten vuoksi kesäkuukausien ajaksi.", "fi"),
        ("De gemeente zei dat de brug tijdens de zomermaanden gesloten zal zijn voor reparaties.", "nl"),
        ("Il comune ha detto che il ponte sarà chiuso per lavori durante i mesi estivi.", "it"),
    ],
)
def test_language_detection(text: str, code: str) -> None:
    assert detect(text) == code


def test_a_shop_page_in_english_is_english_though_its_menus_come_first() -> None:
    # A shop's menus are names and colours, many of them in the long stop lists of other languages;
    # the language is read from the lines that are sentences.
    menu = "\n".join(
        ["New", "Best Sellers", "All", "Black", "Blue", "Rose Gold", "Kim", "Last Chance", "Metal", "X"] * 40
    )
    prose = (
        "This watch has a brushed steel case and a strap that you can change without any tools at all.\n"
        "It is water resistant to fifty metres, so it can go with you to the pool and into the sea.\n"
    ) * 4
    assert detect(f"{menu}\n{prose}") == "en"


def test_obvious_mojibake_is_repaired_and_clean_text_left_alone() -> None:
    from reader.core.cleaning.mojibake import repair

    good = "Café «naïve» — São Paulo, Zürich, “quoted"
    broken = good.encode("utf-8").decode("cp1252")
    assert broken != good and "Ã" in broken
    assert repair(broken) == good
    as_latin1 = "The harbourmaster’s report and the board’s reply".encode().decode("latin-1")
    assert repair(as_latin1) == "The harbourmaster’s report and the board’s reply"
    spaced = "50\xa0km and 20\xa0m"  # only "Â" shows it
    assert repair(spaced.encode().decode("cp1252")) == spaced
    assert repair(good) == good
    assert repair("Ã is a letter in Portuguese names like Ãngela.") == "Ã is a letter in Portuguese names like Ãngela."


def test_a_page_of_names_is_read_by_its_likely_language_without_naming_one() -> None:
    """A shop's page has too few function words for a language to be named, but the few it has say
    which stop words to read its lines by: rows of product names are then not taken for prose."""
    names = "Roast Coffee Beans Kettle Grinder Press Brew Hoodie Mug Canister Sampler Blend Tin Pods Cards".split()
    rows = [" ".join(names[(i + k) % len(names)] for k in range(5)) for i in range(15)] * 3
    prose = [
        "Add one of the bags to your cart and we will ship it to you on the same day.",
        "Every bag is roasted in small batches by our team in the week before it leaves us.",
        "If a bag is not what you hoped for, send it back to us and we will refund you.",
    ]
    page = "\n".join(rows + prose)
    assert detect(page) == ""
    assert likely(page) == "en"
    # Read by no stop list, a row of five names would count as prose; by English's, it is short.
    assert {line.tag for line in make_lines(page, stopwords(likely(page)))[:45]} == {Tag.SHORT}
    assert {line.tag for line in make_lines(page, frozenset())[:45]} == {Tag.NEAR}
    article = clean_text(page)
    assert article.language == ""
    assert [block.text for block in article.body] == prose


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("REUTERS/Jane Roe", True),  # an agency and its photographer, as the wires write them
        ("ANTARA FOTO/Budi Santoso", True),
        ("Downtown/Film Row", False),  # a district's name, not a credit
        ("Book the band and/or a DJ for the reception", False),  # a checklist's item
        ("Changes that mean reworking the plumbing/electrical", False),
    ],
)
def test_a_credit_with_a_slash_is_written_in_capitals(line: str, credit: bool) -> None:
    (only,) = make_lines(line, stopwords("en"))
    assert (only.tag is Tag.CREDIT) is credit


def test_a_wikis_edit_links_are_left_off_its_section_headings() -> None:
    """A copy of a wiki's page takes each section's "[edit]" link after its heading, or on a line of
    its own under it; the headings stay headings, without it."""
    lead, design, history = (
        "A harbour wall is a structure built to protect a harbour from waves and currents, and such walls have "
        "been built since antiquity.[1]",
        "Most harbour walls are built of rubble with a concrete cap, though older ones are of dressed stone laid "
        "without mortar.[3]",
        "The Romans built harbour walls of concrete that set under water, using volcanic ash from Pozzuoli, and "
        "several still stand.[4]",
    )
    page = ["Harbour wall - Wikipedia", "Harbour wall", lead, "Design[edit]", design, "History", "[ edit ]", history]
    body = clean_text("\n".join([*page, "Privacy policy"])).body
    assert [(b.kind, b.text) for b in body] == [
        (BlockKind.PARAGRAPH, lead),
        (BlockKind.HEADING, "Design"),
        (BlockKind.PARAGRAPH, design),
        (BlockKind.HEADING, "History"),
        (BlockKind.PARAGRAPH, history),
    ]
