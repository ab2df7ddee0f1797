"""Bylines read into names with roles (issue 13, item 14): English and Indonesian, roles in the
line, titles written beside a name, organisations kept whole; then through the three cleaners."""

from __future__ import annotations

import pytest

from reader.core.cleaning import clean_html, clean_text
from reader.core.cleaning.bylines import parse_byline
from reader.core.importers.markdown_doc import import_markdown
from reader.core.models import ORGANIZATION

A, B, C, D = "Alice Ingleby", "Bernard Okafor", "Carla Mendes", "Dana Whitfield"
ANDI, SITI, NURUL, YOGI = "Andi Rahmat", "Siti Rahma", "Nurul Fadhilah", "Yogi Permana"

# (byline, [(name, role)] or [(name, role, the title written beside the name)])
ENGLISH = [
    (f"By {A}, {B} and {C}. Edited by {D}.", [(A, "author"), (B, "author"), (C, "author"), (D, "editor")]),
    (f"By {A}, Local Democracy Reporter", [(A, "author", "Local Democracy Reporter")]),
    (f"By {A}, Senior Reporter, and {B}", [(A, "author", "Senior Reporter"), (B, "author")]),
    (
        f"By {A} and {B}, Political Correspondents",
        [(A, "author", "Political Correspondents"), (B, "author", "Political Correspondents")],
    ),
    (f"By {A}, Staff Writer", [(A, "author", "Staff Writer")]),
    (f"Written by {A}. Edited by {D}", [(A, "author"), (D, "editor")]),
    (f"By {A}. Additional reporting by {B} and {C}.", [(A, "author"), (B, "contributor"), (C, "contributor")]),
    (f"By {A}, with additional reporting by {B}", [(A, "author"), (B, "contributor")]),
    (f"Words by {A}, photographs by {B}", [(A, "author"), (B, "photographer")]),
    (f"Reporter: {A} | Editor: {D} | Photographs by {B}", [(A, "reporter"), (D, "editor"), (B, "photographer")]),
    (f"Reporting by {A}; Editing by {D}", [(A, "reporter"), (D, "editor")]),
    (f"Edited by {D}", [(D, "editor")]),
    (f"By {A} in London and {B} in Lagos", [(A, "author"), (B, "author")]),
    (f"By J. K. Rowling and {A}", [("J. K. Rowling", "author"), (A, "author")]),
    (f"By Martin Luther King Jr. and {A}", [("Martin Luther King Jr.", "author"), (A, "author")]),
    (f"By {A}. She covers the council for the paper.", [(A, "author")]),
    (f"By {A} and {B}, BBC News", [(A, "author"), (B, "author")]),  # where they work, not an author
    ("By Reuters", [("Reuters", "author")]),
    ("By the Associated Press", [("Associated Press", "author")]),
    ("By the Food and Agriculture Organization", [("Food and Agriculture Organization", "author")]),
    ("By Tuesday the council had agreed", []),
    (f"By {A}, Dietitian", [(A, "author", "Dietitian")]),  # one word after a full name: a title
    (f"By {A}, Co-Founder, COO", [(A, "author", "Co-Founder, COO")]),
    (f"By {A}, {B}", [(A, "author"), (B, "author")]),
    # another language's "and" is a joiner in small letters only: these are names
    ("By Dan Davies", [("Dan Davies", "author")]),
    (f"By Dan Pantelo and {A}", [("Dan Pantelo", "author"), (A, "author")]),
    ("By John Y Smith", [("John Y Smith", "author")]),
    (f"Posted by {A} at 9:00 AM", [(A, "author")]),
    (f"Posted by {A} on Tuesday, August 29, 2023", [(A, "author")]),
    ("Por Ana Lima y Luis Prado", [("Ana Lima", "author"), ("Luis Prado", "author")]),
    ("By Maria E Costa", [("Maria E Costa", "author")]),
    (f"BY {A.upper()} AND {B.upper()}", [(A.upper(), "author"), (B.upper(), "author")]),
    (f"By {A}, Home and Digital Security Expert", [(A, "author", "Home and Digital Security Expert")]),
    (f"By {A}, Lead Reviewer", [(A, "author", "Lead Reviewer")]),
    # a job of several parts after a name is one job, not more names
    (f"By {A}, COO", [(A, "author", "COO")]),
    (f"By {A}, Co-Founder & COO", [(A, "author", "Co-Founder & COO")]),
    (f"By {A}, CEO of HarbourBasix", [(A, "author", "CEO of HarbourBasix")]),
    (
        f"by {A}, Senior Director, Content & Marketing, HarbourSherpa and Estuary Institute",
        [(A, "author", "Senior Director, Content & Marketing, HarbourSherpa and Estuary Institute")],
    ),
    (f"By {A}, Head of Growth, and {B}", [(A, "author", "Head of Growth"), (B, "author")]),
    # where the writer works, after the job: no second author (a co-author after a job has "and")
    (f"By {A}, MD, Estuary Clinic", [(A, "author", "MD")]),
    (f"By {A}, Staff Writer, and {B}", [(A, "author", "Staff Writer"), (B, "author")]),
    # a job glued to the name, without a comma: all of it up to the next name is the job
    (
        f"Written by: {A} Executive Digital Editor and Master Gardener",
        [(A, "author", "Executive Digital Editor and Master Gardener")],
    ),
    ("By Priya N Head of Product, Growth", [("Priya N", "author", "Head of Product, Growth")]),
    (f"By {A} Senior Editor and {B}", [(A, "author", "Senior Editor and " + B)]),  # read as one job: the rare cost
    ("By Local Democracy Reporter", []),
    (f"By {A}, PhD", [(A, "author", "PhD")]),  # letters after a name: a degree, not a second name
    (f"By {A}, Ph D, and {B}, MD", [(A, "author", "Ph D"), (B, "author", "MD")]),
    (f"By {A} RN, BSN", [(A, "author", "RN, BSN")]),
    (f"By {A}, {B}, The Harbour Gazette", [(A, "author"), (B, "author")]),  # the paper they write for
    (
        f"By {A}, Digital Security Senior Analyst",
        [(A, "author", "Digital Security Senior Analyst")],
    ),  # a one-word job after two words: a job's own words, no name
    (f"By {A} and {B} Senior Editor", [(A, "author"), (B, "author", "Senior Editor")]),
]
INDONESIAN = [
    ("Editor: M Nur Pakar", [("M Nur Pakar", "editor")]),
    ("Editor : M Nur Pakar", [("M Nur Pakar", "editor")]),
    (f"Penulis: {ANDI} | Editor: {NURUL}", [(ANDI, "author"), (NURUL, "editor")]),
    (f"Penulis: {ANDI} Editor: {NURUL}", [(ANDI, "author"), (NURUL, "editor")]),
    (f"Penulis: {ANDI}. Editor: {NURUL}. Foto: {SITI}", [(ANDI, "author"), (NURUL, "editor"), (SITI, "photographer")]),
    (f"Oleh {ANDI} dan {SITI}", [(ANDI, "author"), (SITI, "author")]),
    (f"Oleh: {ANDI}", [(ANDI, "author")]),
    ("Oleh: Tim Redaksi", [("Tim Redaksi", "author")]),
    ("Oleh Kementerian Lingkungan Hidup dan Kehutanan", [("Kementerian Lingkungan Hidup dan Kehutanan", "author")]),
    (
        f"Laporan Wartawan Serambinews.com, {YOGI} | Editor: M Nur Pakar",
        [(YOGI, "reporter"), ("M Nur Pakar", "editor")],
    ),
    (f"Laporan wartawan Tribun Jateng, {YOGI} dan {ANDI}", [(YOGI, "reporter"), (ANDI, "reporter")]),
    (f"Reporter: {ANDI}, {SITI} / Editor: {NURUL}", [(ANDI, "reporter"), (SITI, "reporter"), (NURUL, "editor")]),
    (f"Pewarta: {ANDI}. Editor: {SITI}", [(ANDI, "reporter"), (SITI, "editor")]),
    (f"Pewarta foto: {ANDI}", [(ANDI, "photographer")]),
    (f"Fotografer: {ANDI}", [(ANDI, "photographer")]),
    (f"Kontributor Yogyakarta, {ANDI}", [(ANDI, "contributor")]),
    (f"Penulis: {ANDI}, Kontributor Surabaya", [(ANDI, "author", "Kontributor Surabaya")]),
    (f"Ditulis oleh {ANDI}, Editor: {SITI}", [(ANDI, "author"), (SITI, "editor")]),
    (f"Disunting oleh {NURUL}", [(NURUL, "editor")]),
    (f"OLEH {ANDI.upper()} DAN {SITI.upper()}", [(ANDI.upper(), "author"), (SITI.upper(), "author")]),
]


def _read(line: str) -> list[tuple[str, ...]]:
    return [(a.name, a.role, a.job_title) if a.job_title else (a.name, a.role) for a in parse_byline(line)]


@pytest.mark.parametrize(("line", "expected"), ENGLISH + INDONESIAN, ids=[line for line, _ in ENGLISH + INDONESIAN])
def test_byline_table(line: str, expected: list[tuple[str, ...]]) -> None:
    assert _read(line) == expected


def test_the_table_has_both_languages() -> None:
    assert len(ENGLISH) >= 20 and len(INDONESIAN) >= 15


def test_a_title_beside_a_name_is_never_an_author() -> None:
    for line in (
        "By Local Democracy Reporter",
        "By Staff Writer",
        "Oleh: Kontributor Surabaya",
        "By Digital Security Expert",
        "By Lead Reviewer",
    ):
        assert parse_byline(line) == []


def test_organisations_in_a_byline_are_marked_so() -> None:
    kinds = {a.name: a.kind for a in parse_byline("By Reuters and Alice Ingleby")}
    assert kinds == {"Reuters": ORGANIZATION, "Alice Ingleby": ""}  # "": a person, nobody having said otherwise
    [ministry] = parse_byline("Oleh Kementerian Lingkungan Hidup dan Kehutanan")
    assert ministry.kind == ORGANIZATION


PARAGRAPHS = [
    "The river rose overnight and flooded the lower town, the council said on Monday, and residents were moved.",
    "Engineers said the old flood wall had held better than expected during the night, and nobody was hurt.",
    "The mayor thanked the volunteers who filled sandbags at the market square until the early morning hours.",
    "Pumps at the station were running again by noon, and the trains to the city resumed in the afternoon.",
]
BYLINE = f"By {A}, {B} and {C}. Edited by {D}."
WANTED = [(A, "author"), (B, "author"), (C, "author"), (D, "editor")]


def _roles(article) -> list[tuple[str, str]]:
    return [(a.name, a.role) for a in article.authors]


def test_the_issue_byline_in_markdown() -> None:
    article = import_markdown("# Flood wall holds as river peaks\n\n" + BYLINE + "\n\n" + "\n\n".join(PARAGRAPHS))
    assert _roles(article) == WANTED
    assert article.body[0].text == PARAGRAPHS[0]


def test_the_issue_byline_in_plain_text() -> None:
    article = clean_text("Flood wall holds as river peaks\n" + BYLINE + "\nMarch 3, 2024\n\n" + "\n\n".join(PARAGRAPHS))
    assert _roles(article) == WANTED
    assert article.body[0].text == PARAGRAPHS[0]  # the byline is not the first paragraph
    assert any(r.text == BYLINE and r.reason == "byline" for r in article.removed)


def _page(byline: str, head: str = "") -> str:
    return (
        "<html lang='en'><head><title>Flood wall holds as river peaks</title>" + head + "</head><body><article>"
        "<h1>Flood wall holds as river peaks</h1><p class='byline'>"
        + byline
        + "</p>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article></body></html>"
    )


def test_the_issue_byline_in_html() -> None:
    assert _roles(clean_html(_page(BYLINE))) == WANTED


def test_a_title_beside_the_name_in_html() -> None:
    [author] = clean_html(_page(f"By {A}, Local Democracy Reporter")).authors
    assert (author.name, author.role, author.job_title) == (A, "author", "Local Democracy Reporter")


@pytest.mark.parametrize("line", ["By Matthew d'Ancona", "By Karim al-Hakim", "By Ni Luh Ayu Sukmawati"])
def test_names_with_small_or_inner_capitals(line: str) -> None:
    assert [a.name for a in parse_byline(line)] == [line[3:]]


# -- Markdown: the header lines under the headline, and front matter ---------------------------


@pytest.mark.parametrize(
    "header, date, site",
    [
        ("By Ana Silva\n\nMarch 3, 2024", "2024-03-03", ""),
        ("Published on 3 March 2024, 10:30 am\n\nBy Ana Silva · The Gazette", "2024-03-03", "The Gazette"),
        ("By Ana Silva\n\n*Sunday, March 3, 2024*", "2024-03-03", ""),
    ],
)
def test_a_markdown_byline_and_date_line_are_read_and_leave_the_body(header: str, date: str, site: str) -> None:
    article = import_markdown(f"# Flood wall holds\n\n{header}\n\n" + "\n\n".join(PARAGRAPHS))
    assert [a.name for a in article.authors] == ["Ana Silva"]
    assert (article.published, article.site_name) == (date, site)
    assert [b.text for b in article.body] == PARAGRAPHS


@pytest.mark.parametrize("first", ["Updated March 3, 2024", "On March 3, 2024 the council voted to rebuild it."])
def test_a_markdown_line_that_is_more_than_a_published_date_stays(first: str) -> None:
    article = import_markdown(f"# Flood wall holds\n\n{first}\n\n" + "\n\n".join(PARAGRAPHS))
    assert article.published is None
    assert article.body[0].text == first


def test_markdown_front_matter_lists_and_other_key_names() -> None:
    article = import_markdown(
        '---\ntitle: "Flood wall holds"\nauthors:\n  - Ana Silva\n  - Budi Santoso\n'
        "published: 2024-03-03\nsource: https://gazette.example/wall\n---\n\n"
        "By Ana Silva and Budi Santoso\n\n" + PARAGRAPHS[0]
    )
    assert [a.name for a in article.authors] == ["Ana Silva", "Budi Santoso"]
    assert (article.title, article.published, article.url) == (
        "Flood wall holds",
        "2024-03-03",
        "https://gazette.example/wall",
    )
    assert [b.text for b in article.body] == [PARAGRAPHS[0]]  # the byline is not kept twice
    flow = import_markdown('---\ntitle: T\nauthor: [Ana Silva, Budi Santoso]\ndate: "2024-03-03T10:00"\n---\nText\n')
    assert ([a.name for a in flow.authors], flow.published) == (["Ana Silva", "Budi Santoso"], "2024-03-03")


UNDER_THE_HEADLINE = """Home
Guides
How to read a tide table before a trip on the water
{line}
12 March 2024
A tide table lists the times of high and low water for each day, and the key to reading one is knowing which port it was made for.
The first of the key takeaways is that heights are given above chart datum, the lowest water you will normally see in the harbour.
Most tables also give the range of each tide, which tells you how fast the water will rise or fall in the hours around the turn.
"""


@pytest.mark.parametrize(("line", "authors"), [("Key Takeaways", []), ("Jane Roe", ["Jane Roe"])])
def test_a_heading_the_article_writes_in_small_letters_is_not_a_lone_name(line: str, authors: list[str]) -> None:
    """A line under the headline and beside the date reads as the writer's name, unless the article
    uses each of its words as an ordinary word ("key", "takeaways"): then it is a heading."""
    article = clean_text(UNDER_THE_HEADLINE.format(line=line))
    assert [a.name for a in article.authors] == authors


def test_a_filter_menus_by_line_names_no_writer() -> None:
    """'By Use Case' in a site's menu is a filter, not a byline: the article writes its words in
    small letters. The real byline still names the writer."""
    page = (
        UNDER_THE_HEADLINE.format(line="By Jane Roe").replace("Guides\n", "Guides\nBy Use Case\nBy Role\n")
        + "Which case you use depends on your role on the boat and the use you make of the table.\n"
    )
    article = clean_text(page)
    assert [a.name for a in article.authors] == ["Jane Roe"]


@pytest.mark.parametrize("menu", ["By Gender & Age By Gender & Age", "BY COMPANY SIZE", "By Team Size", "By Price"])
def test_what_a_menu_sorts_by_is_no_writer_even_when_the_page_never_writes_it(menu: str) -> None:
    """A shop's "Shop by" menu ("By Gender & Age", the label twice as a copy gives it) names no
    person, though the page writes none of its words in small letters; a real byline still does."""
    page = f"Home\nShop\n{menu}\nBoys\nGirls\n" + UNDER_THE_HEADLINE.format(line="By Jane Roe").replace("Home\n", "")
    assert [a.name for a in clean_text(page).authors] == ["Jane Roe"]
    alone = f"Home\nShop\n{menu}\nBoys\nGirls\n" + UNDER_THE_HEADLINE.format(line="").replace("Home\n", "")
    assert [a.name for a in clean_text(alone).authors] == []


def test_a_name_in_front_of_the_date_is_the_writer() -> None:
    article = clean_text(UNDER_THE_HEADLINE.format(line="Tom Talbot October 14, 2025").replace("12 March 2024\n", ""))
    assert [a.name for a in article.authors] == ["Tom Talbot"]
    assert article.published == "2025-10-14"
    assert not any("Tom Talbot" in b.text for b in article.body)


@pytest.mark.parametrize(
    "line",
    ["Patrick Clarke Published 10:19am 19 December 2025", "19 December 2025 · 30 min · 6279 words · Patrick Clarke"],
)
def test_a_name_beside_the_date_among_its_parts_is_the_writer(line: str) -> None:
    article = clean_text(UNDER_THE_HEADLINE.format(line=line).replace("12 March 2024\n", ""))
    assert [a.name for a in article.authors] == ["Patrick Clarke"]
    assert article.published == "2025-12-19"


def test_a_name_over_a_bio_below_the_article_is_the_writer() -> None:
    page = (
        UNDER_THE_HEADLINE.format(line="Harbour guides").replace("12 March 2024\n", "")
        + "Share this:\nRidvika Arora\n"
        + "Ridvika Arora is a sailing instructor on the south coast and has written about tides and charts "
        "for the harbour guides since she first took a boat out alone.\n"
    )
    article = clean_text(page)
    assert [a.name for a in article.authors] == ["Ridvika Arora"]
    assert not any("Ridvika" in b.text for b in article.body)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a name with its own job after a glued job starts a second writer
        (f"By {A} Senior Editor and {B} Staff Writer", [(A, "author", "Senior Editor"), (B, "author", "Staff Writer")]),
        (f"By {A} Ph D", [(A, "author", "Ph D")]),  # letters of two words, without a comma
    ],
)
def test_glued_jobs_and_letters(line: str, expected: list[tuple[str, ...]]) -> None:
    assert _read(line) == expected


def test_a_headline_opening_with_a_letter_is_no_name_before_a_job() -> None:
    from reader.core.cleaning.byline_words import name_before_job

    assert name_before_job("Gen Z Managing Money Better Than Their Parents") == ""
    assert name_before_job("Shivkumar M Head of Product", initial=True) == "Shivkumar M"
