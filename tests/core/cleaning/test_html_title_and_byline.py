"""A saved page's title is the headline its reader sees (its one <h1>), not the title written for search
engines and shares in <title> and og:title; with no single <h1>, or only the site's name in it, the
meta title stands. Its authors are its writers, not every "By ..." line on the page."""

from __future__ import annotations

import json

import pytest

from reader.core.cleaning import clean_html
from reader.core.cleaning.html_authors import site_itself

BODY = (
    "<p>The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise"
    " in six years, after a long meeting in the town hall that ran past midnight.</p>"
    "<p>Boat owners said the rise came without warning and that many of them had already paid for the"
    " season at the old rate, which the board said would be honoured until the end of March.</p>"
    "<p>The chair of the board said the money would pay for repairs to the north pier, which was"
    " damaged in the winter storms and has been closed to visitors since January.</p>"
)


def page(title: str, *headings: str, site: str = "Coast Times") -> str:
    return (
        f"<html><head><title>{title}</title><meta property='og:title' content='{title}'>"
        f"<meta property='og:site_name' content='{site}'></head><body>"
        + "".join(f"<h1>{h}</h1>" for h in headings)
        + f"<article>{BODY}</article></body></html>"
    )


def test_the_one_h1_is_the_title() -> None:
    cleaned = clean_html(page("Mooring Fees 2025 | Top 5 Harbour Costs Compared", "Harbour board raises mooring fees"))
    assert cleaned.title == "Harbour board raises mooring fees"
    assert not any(b.text == cleaned.title for b in cleaned.body)  # the headline is not also the body's first line


@pytest.mark.parametrize(
    "heading",
    ["Harbour board raises mooring fees – Coast Times", "Harbour board raises mooring fees | Coast Times"],
)
def test_the_sites_name_printed_in_the_h1_is_not_the_titles(heading: str) -> None:
    cleaned = clean_html(page("Mooring Fees 2025 | Top 5 Harbour Costs Compared", heading))
    assert cleaned.title == "Harbour board raises mooring fees"
    # the <h1> inside the article, read as its first line: the headline still, not the body's
    inside = page("Mooring Fees 2025", site="Coast Times").replace("<article>", f"<article><h1>{heading}</h1>")
    cleaned = clean_html(inside)
    assert cleaned.title == "Harbour board raises mooring fees"
    assert cleaned.body[0].text.startswith("The harbour board voted")


@pytest.mark.parametrize("other", ["The Blog", "Return to the main website", "Coast Times"])
def test_of_two_h1s_the_one_saying_what_the_meta_title_says_is_the_title(other: str) -> None:
    # a blog's label, a control or the logo in an <h1> of its own beside the headline's
    cleaned = clean_html(
        page("Mooring fees rise at the harbour | Coast Times", other, "Harbour board raises mooring fees")
    )
    assert cleaned.title == "Harbour board raises mooring fees"


def test_two_h1s_or_the_site_name_in_it_leave_the_meta_title() -> None:
    assert clean_html(page("Harbour fees rise", "First story", "Second story")).title == "Harbour fees rise"
    assert clean_html(page("Harbour fees rise", "Coast Times")).title == "Harbour fees rise"
    assert clean_html(page("Harbour fees rise")).title == "Harbour fees rise"


def test_an_h1_leading_into_a_box_with_a_colon_is_not_the_title() -> None:
    cleaned = clean_html(page("Harbour board raises mooring fees", "A message from our editor, Ann Lee:"))
    assert cleaned.title == "Harbour board raises mooring fees"
    # of two <h1>s, a filter's label and the blog's name, neither is the headline
    assert clean_html(page("Harbour board raises mooring fees", "Filter by:", "Blog")).title == (
        "Harbour board raises mooring fees"
    )


def test_a_headline_in_capitals_is_written_as_the_title_tag_writes_it() -> None:
    assert clean_html(page("Harbour Fees Rise", "HARBOUR FEES RISE")).title == "Harbour Fees Rise"
    assert clean_html(page("Mooring costs", "HARBOUR FEES RISE")).title == "HARBOUR FEES RISE"
    # a short word more or less in the capitals, and the site's name after the meta title's words
    capitals = page(
        "Harbour Fees Rise 2026: What Owners Pay | Coast Times", "HARBOUR FEES RISE IN 2026: WHAT OWNERS PAY"
    )
    assert clean_html(capitals).title == "Harbour Fees Rise 2026: What Owners Pay"


@pytest.mark.parametrize("label", ["<strong>Blog:</strong> ", "News / ", "Thread: "])
def test_a_kicker_printed_before_the_headline_in_its_h1_is_not_the_titles(label: str) -> None:
    cleaned = clean_html(
        page("Harbour board raises mooring fees | Coast Times", f"{label}Harbour board raises mooring fees")
    )
    assert cleaned.title == "Harbour board raises mooring fees"
    # a colon inside the headline itself stays
    cleaned = clean_html(page("Mooring fees | Coast Times", "Harbour board: fees rise by a fifth"))
    assert cleaned.title == "Harbour board: fees rise by a fifth"


def test_the_headline_reads_as_shown() -> None:
    assert clean_html(page("Mooring costs", "Harbour fees <em>r</em>ise")).title == "Harbour fees rise"
    assert clean_html(page("Mooring costs", "Harbour fees rise<br>for the winter")).title == (
        "Harbour fees rise for the winter"
    )
    # a subtitle in an element of its own, set on a line of its own by the style sheet
    subtitled = page("Mooring costs", "Harbour fees rise<span class='block'>What owners will pay from April</span>")
    assert clean_html(subtitled).title == "Harbour fees rise What owners will pay from April"
    assert clean_html(page("Mooring costs", "The new i<span>Phone</span> harbour app")).title == (
        "The new iPhone harbour app"
    )


def test_bylines_that_name_none_of_the_writers_are_not_its_authors() -> None:
    html = (
        "<html><head><title>Harbour fees rise</title><meta name='author' content='Rachel Ingleby'></head><body>"
        "<nav><p>Browse</p><p>By Industry</p><p>By Use Case</p></nav><h1>Harbour fees rise</h1>"
        f"<p>By Rachel Ingleby and Tom Marsh</p><article>{BODY}</article>"
        "<aside><p>Ferry fares rise</p><p>By Ana Lopes</p></aside>"
        "<form><p>By signing up, I agree to the Terms and Privacy Policy.</p></form></body></html>"
    )
    assert [a.name for a in clean_html(html).authors] == ["Rachel Ingleby", "Tom Marsh"]


def test_a_title_escaped_twice_reads_as_written() -> None:
    # "&amp;#x26;" in the markup is "&#x26;" once parsed: the page escaped its "&" twice
    assert clean_html(page("Tides &amp;#x26; Moorings", "Tides &amp;#x26; Moorings")).title == "Tides & Moorings"
    assert clean_html(page("Tides &amp;#x26; Moorings")).title == "Tides & Moorings"


def test_comment_sections_are_found_in_the_markup() -> None:
    from reader.core.cleaning.discussion import has_comment_section

    assert has_comment_section("<div id='main'></div><section class=\"post-comments wide\">")
    assert has_comment_section("<ol class=commentlist>")
    assert not has_comment_section("<p>Leave a comment below: we read every one.</p><div data-comment-id='3'>")


@pytest.mark.parametrize(
    ("meta_author", "names"),
    [
        ("https://www.facebook.com/harbourgazette", []),
        ("Imogen Tarrant February 8, 2024", ["Imogen Tarrant"]),
        ("Tom May", ["Tom May"]),  # a month alone may be a surname
        ("Written By", []),
        # letters after the name are a degree, not a co-writer, however the markup writes them
        ("Imogen Tarrant, Ph.D.", ["Imogen Tarrant"]),
        ("Article by Imogen Tarrant RN, BSN, Certified Sleep Consultant", ["Imogen Tarrant"]),
        # the newspaper after its writers is where they work
        ("Imogen Tarrant, Bram Okafor, The Harbour Gazette", ["Imogen Tarrant", "Bram Okafor"]),
    ],
)
def test_an_authors_name_is_a_name(meta_author: str, names: list[str]) -> None:
    prose = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "The harbour board raised ferry fares by a tenth on Monday, the third rise this year, citing fuel.",
            "Commuters who cross twice a day said the rise would cost them more than two hundred pounds a year.",
            "The board said the fares would be reviewed again in the autumn, once the pier repairs were done.",
        )
    )
    html = (
        f'<html><head><title>Ferry fares rise</title><meta name="author" content="{meta_author}"></head>'
        f"<body><article><h1>Ferry fares rise</h1>{prose}</article></body></html>"
    )
    assert [a.name for a in clean_html(html).authors] == names


@pytest.mark.parametrize(
    ("meta_author", "byline", "names"),
    [
        # trafilatura splits an organisation's name at its "and": the byline prints it whole
        ("Office for Ports and Harbours", "By Office for Ports and Harbours", ["Office for Ports and Harbours"]),
    ],
)
def test_the_parts_of_a_name_the_markup_split_are_not_names_of_their_own(
    meta_author: str, byline: str, names: list[str]
) -> None:
    html = (
        f"<html><head><title>Harbour fees rise</title><meta name='author' content='{meta_author}'></head><body>"
        f"<h1>Harbour fees rise</h1><p>{byline}</p><article>{BODY}</article></body></html>"
    )
    assert [a.name for a in clean_html(html).authors] == names


@pytest.mark.parametrize("stated", ["Updated January", "Written By", "https://www.facebook.com/coasttimes"])
def test_a_stated_author_that_is_no_name_leaves_the_byline_to_name_the_writer(stated: str) -> None:
    html = (
        f"<html><head><title>Harbour fees rise</title><meta name='author' content='{stated}'></head><body>"
        f"<h1>Harbour fees rise</h1><p>Written by Rachel Ingleby</p><article>{BODY}</article></body></html>"
    )
    assert [a.name for a in clean_html(html).authors] == ["Rachel Ingleby"]


def test_a_byline_run_together_with_its_by_is_read() -> None:
    html = (
        "<html><head><title>Harbour fees rise</title></head><body><h1>Harbour fees rise</h1>"
        f"<div><span>By</span><a href='/staff/ri'>Rachel Ingleby</a></div><article>{BODY}</article></body></html>"
    )
    assert [a.name for a in clean_html(html).authors] == ["Rachel Ingleby"]


def _ferry_page(head: str) -> str:
    return (
        f"<html><head><title>Harbour fees rise</title>{head}</head><body>"
        f"<h1>Harbour fees rise</h1><article>{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("meta_author", "declared", "names"),
    [
        ("Q Admin", "q_admin", ["Q Admin"]),  # a user name and the name it shows: one author
        ("Rachel Ingleby", "rachel.ingleby", ["Rachel Ingleby"]),
        ("Coast Times", ", Coast Times", ["Coast Times"]),
        ("Rachel Ingleby November", "Rachel Ingleby", ["Rachel Ingleby"]),  # what the markup set beside it
        ("Rachel Ingleby", "Tom Parry", ["Rachel Ingleby", "Tom Parry"]),  # two people stay two
    ],
)
def test_a_name_written_two_ways_is_one_author(meta_author: str, declared: str, names: list[str]) -> None:
    json_ld = json.dumps({"@type": "NewsArticle", "author": {"@type": "Person", "name": declared}})
    head = f'<meta name="author" content="{meta_author}"><script type="application/ld+json">{json_ld}</script>'
    assert [a.name for a in clean_html(_ferry_page(head)).authors] == names


def test_a_middle_name_written_once_is_the_same_writer() -> None:
    head = '<meta name="author" content="Tina Flint Huffman; Tina Huffman">'
    assert [a.name for a in clean_html(_ferry_page(head)).authors] == ["Tina Flint Huffman"]


_SIX = ("Rachel Ingleby", "Tom Parry", "Ann Lowe", "Mary Jane Smith", "John Paul Jones", "Anna Maria Lopez")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("<p><span>By</span> <a href='/staff/ri'>Rachel Ingleby</a></p>", [("Rachel Ingleby", "author")]),
        (  # the round picture's letters between the label and the name
            "<aside><span>Author</span><br><span class='avatar'>RI</span><br><span>Rachel Ingleby</span><br>"
            "<span>Staff Engineer</span></aside>",
            [("Rachel Ingleby", "author")],
        ),
        (  # an editor's line under the writer's byline is the article's
            "<ul class='meta'><li>Written by:</li><li><a href='/ri'>Rachel Ingleby</a></li>"
            "<li>Edited by: Tom Parry</li></ul>",
            [("Rachel Ingleby", "author"), ("Tom Parry", "editor")],
        ),
        (  # a card of other articles' bylines under it is not
            "<ul class='meta'><li>Written by:</li><li><a href='/ri'>Rachel Ingleby</a></li>"
            "<li>By Tom Parry</li><li>By Ann Lowe</li></ul>",
            [("Rachel Ingleby", "author")],
        ),
        (  # co-writers under a plural label, one to an element
            "<dl><dt>Author(s)</dt><dd>Rachel Ingleby</dd><dd>Tom Parry</dd><dd>Ann Lowe</dd></dl><p>Download pdf</p>",
            [("Rachel Ingleby", "author"), ("Tom Parry", "author"), ("Ann Lowe", "author")],
        ),
        (  # under "Authors", six co-writers: a byline longer than any one line's
            "<dl><dt>Authors</dt>" + "".join(f"<dd>{n}</dd>" for n in _SIX) + "</dl>",
            [(n, "author") for n in _SIX],
        ),
        (  # co-writers each described after a comma
            "<div><p>Written by</p><p>Rachel Ingleby, 6+ years covering the harbour and its boats</p>"
            "<p>Tom Parry, senior editor and keen sailor</p></div>",
            [("Rachel Ingleby", "author"), ("Tom Parry", "author")],
        ),
        (  # co-writers each under their avatar's letters, each with a job
            "<aside><span>Author</span><br><span>RI</span><br><span>Rachel Ingleby</span><br>"
            "<span>Staff Engineer</span><br><span>TP</span><br><span>Tom Parry</span><br>"
            "<span>Director of Engineering</span></aside>",
            [("Rachel Ingleby", "author"), ("Tom Parry", "author")],
        ),
        (  # a share button between two avatars' writers ends the writers
            "<aside><span>Author</span><br><span>RI</span><br><span>Rachel Ingleby</span><br>"
            "<span>Share</span><br><span>TP</span><br><span>Tom Parry</span></aside>",
            [("Rachel Ingleby", "author")],
        ),
        (  # a heading between two avatars' writers ends the writers
            "<aside><span>Author</span><br><span>RI</span><br><span>Rachel Ingleby</span><br>"
            "<span>Related articles</span><br><span>TP</span><br><span>Tom Parry</span></aside>",
            [("Rachel Ingleby", "author")],
        ),
        (  # a button between them too
            "<aside><span>Author</span><br><span>RI</span><br><span>Rachel Ingleby</span><br>"
            "<span>View profile</span><br><span>TP</span><br><span>Tom Parry</span></aside>",
            [("Rachel Ingleby", "author")],
        ),
        (  # a paragraph between them: past the byline
            "<aside><span>Author</span><br><span>RI</span><br><span>Rachel Ingleby</span><br>"
            "<span>The harbour board meets again in March, when the fees for visiting boats are set for the"
            " summer</span><br><span>TP</span><br><span>Tom Parry</span></aside>",
            [("Rachel Ingleby", "author")],
        ),
        (  # a name with no avatar of its own between them: no job, and the writers end there
            "<aside><span>Author</span><br><span>RI</span><br><span>Rachel Ingleby</span><br>"
            "<span>Tom Parry</span><br><span>AL</span><br><span>Ann Lowe</span></aside>",
            [("Rachel Ingleby", "author")],
        ),
        (  # letters over a control's words are no writer's avatar
            "<aside><span>Author</span><br><span>RI</span><br><span>Rachel Ingleby</span><br>"
            "<span>Staff Engineer</span><br><span>SP</span><br><span>Share Page</span></aside>",
            [("Rachel Ingleby", "author")],
        ),
        (  # letters that are not the next name's are no avatar of it
            "<aside><span>Author</span><br><span>RI</span><br><span>Rachel Ingleby</span><br>"
            "<span>Staff Engineer</span><br><span>NEW</span><br><span>Tom Parry</span></aside>",
            [("Rachel Ingleby", "author")],
        ),
        (  # the label names the article: "Article written by:", "Article by", "Story by"
            "<p>Article written by:</p><p>Rachel Ingleby, MD, FACS</p>",
            [("Rachel Ingleby", "author")],
        ),
        ("<p>Article by</p><p>Rachel Ingleby</p>", [("Rachel Ingleby", "author")]),
        ("<p>Story by</p><p>Rachel Ingleby</p>", [("Rachel Ingleby", "author")]),
        (  # a label in capitals is no avatar's letters: the name after it is no co-writer's either
            "<p>BY</p><p>Rachel Ingleby</p><p>TP</p><p>Tom Parry</p>",
            [("Rachel Ingleby", "author")],
        ),
        (  # under a label for one writer, a name on the next line is no co-writer
            "<p><span>By</span></p><p><a href='/staff/ri'>Rachel Ingleby</a></p><p>Tom Parry</p>",
            [("Rachel Ingleby", "author")],
        ),
    ],
)
def test_a_byline_in_elements_of_its_own_names_the_writer(byline: str, authors: list[tuple[str, str]]) -> None:
    html = (
        "<html><head><title>Harbour fees rise</title></head><body><h1>Harbour fees rise</h1>"
        f"{byline}<article>{BODY}</article></body></html>"
    )
    assert [(a.name, a.role) for a in clean_html(html).authors] == authors


def _listed_page(meta_author: str, *lines: str) -> str:
    shown = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html><head><title>Harbour fees rise</title><meta name='author' content='{meta_author}'></head><body>"
        f"<h1>Harbour fees rise</h1>{shown}<article>{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("meta_author", "lines", "names"),
    [
        (  # the markup names the first writer; the page lists them all
            "Rachel Ingleby",
            ["Rachel Ingleby, Tom Parry & Ann Lowe"],
            ["Rachel Ingleby", "Tom Parry", "Ann Lowe"],
        ),
        (  # only the first line that lists them: a later one is another piece's
            "Rachel Ingleby",
            ["Rachel Ingleby, Tom Parry & Ann Lowe", "Rachel Ingleby, Jo Marsh & Ben Hale"],
            ["Rachel Ingleby", "Tom Parry", "Ann Lowe"],
        ),
        (  # an editor's line under the writers' is the article's
            "Rachel Ingleby",
            ["Rachel Ingleby, Tom Parry & Ann Lowe", "Edited by Jo Marsh"],
            ["Rachel Ingleby", "Tom Parry", "Ann Lowe", "Jo Marsh"],
        ),
        (  # two names: as often a card of another piece by the writer
            "Rachel Ingleby",
            ["Rachel Ingleby and Tom Parry"],
            ["Rachel Ingleby"],
        ),
        (  # a line without every stated writer lists another piece's writers
            "Rachel Ingleby, Tom Parry",
            ["Tom Parry, Ann Lowe & Jo Marsh"],
            ["Rachel Ingleby", "Tom Parry"],
        ),
    ],
)
def test_co_writers_listed_beside_the_stated_writer_are_writers(
    meta_author: str, lines: list[str], names: list[str]
) -> None:
    assert [a.name for a in clean_html(_listed_page(meta_author, *lines)).authors] == names


def test_the_date_printed_in_the_headline_is_not_its_words() -> None:
    html = page(
        "Harbour fees rise | Coast Times",
        '<a href="/harbour-fees"><time datetime="2025-12-18T13:21:19+00:00">Dec <span>18</span> 2025</time>'
        " Harbour fees rise</a>",
    )
    article = clean_html(html)
    assert article.title == "Harbour fees rise"
    assert article.published == "2025-12-18"  # the date is still read


def shown(under_headline: str) -> str:
    """A page whose markup names no writer: the line under its headline is all there is."""
    return (
        "<html><head><title>Harbour fees rise | Coast Times</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Harbour board raises mooring fees</h1><p>{under_headline}</p>{BODY}</article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("May 3, 2026 By Marta Ruiz 4 Comments", ["Marta Ruiz"]),
        ("Published March 3, 2026 by Marta Ruiz and Jon Bell", ["Marta Ruiz", "Jon Bell"]),
        ("Marta Ruiz · March 3, 2026", ["Marta Ruiz"]),
        ("By Marta Ruiz ⋅ Senior Review Analyst ⋅ Updated March 5, 2026", ["Marta Ruiz"]),
        ("Written by:Marta Ruiz", ["Marta Ruiz"]),  # the label's span and the name's run together
        ("Mar 3, 2026 • Marta Ruiz in</p><p><a href='/news'>News</a>", ["Marta Ruiz"]),  # its section's own line
    ],
)
def test_a_byline_printed_under_the_headline_names_the_writers_the_markup_does_not(line: str, names: list[str]) -> None:
    assert [a.name for a in clean_html(shown(line)).authors] == names


@pytest.mark.parametrize("line", ["Download Guide", "Share Article", "Marta Ruiz"])
def test_a_lone_capitalised_line_under_the_headline_is_no_writer_of_a_saved_page(line: str) -> None:
    assert clean_html(shown(line)).authors == ()


@pytest.mark.parametrize(
    "menu_entry", ["BY USE CASE", "By Industry", "Text Generation API", "Text Me Retailer Information"]
)
def test_a_menu_entry_that_reads_like_a_byline_names_no_writer_of_a_saved_page(menu_entry: str) -> None:
    words = "Which use case fits depends on the industry, and the text generation you need is rarely the same."
    html = (
        shown("Harbour fees")
        .replace("<nav>", f"<nav><p>{menu_entry}</p>")
        .replace("</article>", f"<p>{words}</p></article>")
    )
    assert clean_html(html).authors == ()


@pytest.mark.parametrize(("line", "name"), [("Text: Marta Ruiz", "Marta Ruiz"), ("Text by Marta Ruiz", "Marta Ruiz")])
def test_a_text_credit_is_a_byline(line: str, name: str) -> None:
    from reader.core.cleaning.byline_words import BYLINE_RX
    from reader.core.cleaning.bylines import parse_byline

    assert BYLINE_RX.match(line)
    assert [a.name for a in parse_byline(line)] == [name]


@pytest.mark.parametrize("placeholder", ["page.head.extra.author", "%author%", "author_name", "The Author"])
def test_a_templates_unfilled_author_field_is_no_writer(placeholder: str) -> None:
    """A theme that leaves its author field unfilled names no writer ("Page Head Extra Author"); the
    byline the page prints does."""
    html = shown("By Marta Ruiz").replace("<head>", f"<head><meta name='author' content='{placeholder}'>")
    assert [a.name for a in clean_html(html).authors] == ["Marta Ruiz"]


def test_a_shops_by_menu_names_no_writer_on_a_page_stating_none() -> None:
    """A page whose markup names no writer: its shop menu's "By Gender & Age" (printed twice, the
    button's and the panel's) and "By School" are what the menu sorts by, not a byline."""
    html = (
        "<html><head><title>Harbour fees rise</title></head><body>"
        "<nav><p>Toys</p><p>By Gender &amp; Age <span>By Gender &amp; Age</span></p><p>Boys</p>"
        "<p>By School</p><p>Four-Year Institutions</p></nav>"
        f"<h1>Harbour fees rise</h1><article>{BODY}</article></body></html>"
    )
    assert clean_html(html).authors == ()


@pytest.mark.parametrize(
    "shown",
    [
        "<form><p>By checking out, you agree to our Terms of Use and Privacy Policy.</p></form>",
        '<form><p>By clicking "Join the Board" you are agreeing to our Terms of Service and Privacy Policy</p></form>',
        "<form><p>By signing up, I accept the Harbour Board's Terms &amp; Conditions</p></form>",
        "<nav><p>Sort</p><p>By Review</p><p>By Countries</p></nav>",
        '<pre>let post = Post {\nauthor: String::from("Iceburgh"),\n};</pre>',
    ],
)
def test_a_forms_consent_a_sort_menu_or_code_names_no_writer(shown: str) -> None:
    """A page whose markup names no writer: a sentence opening "By checking out", a menu's "By
    Review" or a line of code ('author: String::from("Iceburgh")') is no byline."""
    html = f"<html><head><title>Harbour fees rise</title></head><body><h1>Harbour fees rise</h1><article>{BODY}</article>{shown}</body></html>"
    assert clean_html(html).authors == ()


@pytest.mark.parametrize("stated", ["Name", "Undefined", "admin", "Sign In", "§ Authoring Applications"])
def test_a_stand_in_a_button_or_a_section_sign_stated_as_author_is_no_writer(stated: str) -> None:
    """What a template or a site's markup sets where it names no writer: a field's label, an empty
    value, its administrator's account, a button's words, a heading's section sign, a copyright line."""
    html = (
        f"<html><head><title>Harbour fees rise</title><meta name='author' content='{stated}'></head><body>"
        f"<h1>Harbour fees rise</h1><article>{BODY}</article></body></html>"
    )
    assert clean_html(html).authors == ()


def test_a_copyright_holder_is_no_writer() -> None:
    """A copyright line read as the author ("The Coast University ©", as one site's markup states it)."""
    from reader.core.cleaning.html_authors import plausible
    from reader.core.models import Author

    assert plausible([Author("The Coast University ©"), Author("Rachel Ingleby")]) == [Author("Rachel Ingleby")]


def test_a_stand_in_declared_in_json_ld_is_no_writer() -> None:
    """The JSON-LD's author, added to the cleaner's, is read as a name too: "undefined" is none."""
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "Article", "author": {"@type": "Person", "name": "undefined"}}
    )
    html = (
        f"<html><head><title>Harbour fees rise</title><script type='application/ld+json'>{ld}</script></head>"
        f"<body><h1>Harbour fees rise</h1><article>{BODY}</article></body></html>"
    )
    assert clean_html(html).authors == ()


def test_a_writers_site_in_brackets_or_a_links_words_around_the_name_are_cut_off() -> None:
    from reader.core.cleaning.html_authors import plausible
    from reader.core.models import Author

    assert plausible([Author("Jean-Luc Aufranc (CNXSoft)")]) == [Author("Jean-Luc Aufranc")]
    assert plausible([Author("Read more about The Upwork Team")]) == [Author("The Upwork Team")]  # a link's words


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("This review is posted", False),  # a sentence's words
        ("Search", False),  # a button's
        ("Center for Drug Evaluation and Research", True),  # an organisation's small words
        ("Ludwig van der Rohe", True),  # a name's particles
        ("sam colegrove", True),  # a user's name in small letters
    ],
)
def test_a_sentences_words_are_no_name_but_an_organisations_are(name: str, kept: bool) -> None:
    from reader.core.cleaning.html_authors import plausible
    from reader.core.models import Author

    assert plausible([Author(name)]) == ([Author(name)] if kept else [])


def _with_ld(ld: dict) -> str:
    return (
        f"<html><head><title>Harbour fees rise</title><script type='application/ld+json'>{json.dumps(ld)}</script>"
        f"</head><body><h1>Harbour fees rise</h1><article>{BODY}</article></body></html>"
    )


def test_the_reviewers_and_commenters_declared_in_json_ld_are_not_the_pages_writers() -> None:
    """A product's reviews and an article's comments, nested in its JSON-LD, name their own authors;
    a critic's review, the page's own object, names its writer."""
    review = {"@type": "Review", "author": {"@type": "Person", "name": "Kenneth S."}, "reviewBody": "Sturdy."}
    product = {"@context": "https://schema.org", "@type": "Product", "name": "Mooring rope", "review": [review]}
    assert clean_html(_with_ld(product)).authors == ()
    comment = {"@type": "Comment", "author": {"@type": "Person", "name": "Tony Rotundo"}, "text": "Agreed."}
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "author": {"@type": "Person", "name": "Rachel Ingleby"},
        "comment": [comment],
    }
    assert [a.name for a in clean_html(_with_ld(article)).authors] == ["Rachel Ingleby"]
    critic = {"@context": "https://schema.org", "@type": "Review", "author": {"@type": "Person", "name": "Ana Lopes"}}
    assert [a.name for a in clean_html(_with_ld(critic)).authors] == ["Ana Lopes"]


def test_an_articles_commenter_is_not_its_writer_when_it_names_none() -> None:
    comment = {"@type": "Comment", "author": {"@type": "Person", "name": "Tony Rotundo"}, "text": "Agreed."}
    article = {"@context": "https://schema.org", "@type": "BlogPosting", "comment": [comment]}
    assert clean_html(_with_ld(article)).authors == ()


def test_a_critics_one_review_of_a_book_names_its_writer() -> None:
    """Google's shape for a critic's review: the book, with the one review and its author under it."""
    review = {"@type": "Review", "author": {"@type": "Person", "name": "Ana Lopes"}, "reviewBody": "A fine book."}
    book = {"@context": "https://schema.org", "@type": "Book", "name": "The Harbour", "review": review}
    assert [a.name for a in clean_html(_with_ld(book)).authors] == ["Ana Lopes"]


@pytest.mark.parametrize(
    "name",
    [
        "Search Engine Land",
        "Ask Bjørn Hansen",
        "Talk Business & Politics",
        "Reporters sans frontières",
        "Bundesministerium für Bildung und Forschung",
    ],
)
def test_a_name_opening_with_a_verb_or_holding_small_words_is_still_a_name(name: str) -> None:
    from reader.core.cleaning.html_authors import plausible
    from reader.core.models import Author

    assert plausible([Author(name)]) == [Author(name)]


@pytest.mark.parametrize("byline", ["By The Product Team", "By The Department of State"])
def test_an_organisations_byline_of_facet_words_is_still_its_writer(byline: str) -> None:
    html = (
        "<html><head><title>Harbour fees rise</title></head><body><h1>Harbour fees rise</h1>"
        f"<p>{byline}</p><article>{BODY}</article></body></html>"
    )
    assert [a.name for a in clean_html(html).authors] == [byline.removeprefix("By ")]


def test_a_users_name_ending_in_ing_after_by_is_still_a_byline() -> None:
    from reader.core.cleaning.bylines import parse_byline

    assert [a.name for a in parse_byline("by ming", handles=True)] == ["ming"]


def test_a_forums_name_as_its_one_h1_is_neither_the_title_nor_taken_for_the_headline() -> None:
    # A forum prints its name in its one <h1> (a logo; the page's host names it too) and the thread's
    # title only in <title>, with no meta tags: the title is the tab's headline, the forum the site.
    html = _tab_over("Mooring fees to rise by a fifth in April - Harbour Talk", "Harbour Talk", thread=True)
    article = clean_html(html, url="https://harbourtalk.org/t/mooring-fees/4711")
    assert article.title == "Mooring fees to rise by a fifth in April"
    assert article.site_name == "Harbour Talk"


def test_the_headline_as_one_h1_after_the_sites_name_in_the_tab_stays_the_title() -> None:
    # "Site | Headline": the <h1> is the tab's last part, but the longer part is the headline.
    assert clean_html(_tab_over("Coast Times | Mooring fees to rise", "Mooring fees to rise")).title == (
        "Mooring fees to rise"
    )


@pytest.mark.parametrize(
    ("tab", "url"),
    [
        ("City of Springfield | Parking Permits", "https://springfield.gov/parking"),
        ("The Springfield Harbour Gazette - Parking Permits", ""),
    ],
)
def test_the_headline_as_one_h1_after_a_long_sites_name_in_the_tab_stays_the_title(tab: str, url: str) -> None:
    # "Site | Headline" with a site's name of three words or more: the <h1> is no logo, since
    # neither a domain nor a word of the page's host names the site by it.
    assert clean_html(_tab_over(tab, "Parking Permits"), url=url).title == "Parking Permits"


def test_a_domain_as_the_one_h1_and_the_tabs_last_part_is_a_logo_without_a_url() -> None:
    # Imported from a file, the page has no address to compare: a domain names the site by itself.
    html = _tab_over("Mooring fees to rise by a fifth in April - harbourtalk.org", "harbourtalk.org", thread=True)
    assert clean_html(html).title == "Mooring fees to rise by a fifth in April"


def _tab_over(tab: str, heading: str, *, thread: bool = False) -> str:
    """A page with no meta tags: its <title>, its one <h1>, then the article (or a forum's thread)."""
    body = f"<div class='thread'>{BODY}</div>" if thread else f"<article>{BODY}</article>"
    return f"<html><head><title>{tab}</title></head><body><h1>{heading}</h1>{body}</body></html>"


@pytest.mark.parametrize(
    "element",
    [
        "<a class='link authorized-dealer-link' href='/brand/nikon'>Authorized Dealer</a>",
        "<h2 id='about-authentication-and-authorization' class='group'>Authentication and Authorization</h2>",
        "<li class='menu-item authorities-governing-board'>Governing Board</li>",
        "<div class='authoring-tools'>Visual Editor</div>",
    ],
)
def test_a_class_or_id_that_only_starts_with_author_names_no_writer(element: str) -> None:
    assert clean_html(_headline_over(element)).authors == ()


@pytest.mark.parametrize("attribute", ["class='authorinfo'", "class='post-Author'", "id='author-box'"])
def test_a_class_or_id_saying_author_still_names_the_writer(attribute: str) -> None:
    assert [a.name for a in clean_html(_headline_over(f"<div {attribute}>Rachel Ingleby</div>")).authors] == [
        "Rachel Ingleby"
    ]


def _headline_over(element: str) -> str:
    """A page with its headline, then `element`, then the article."""
    return (
        "<html><head><title>Harbour fees rise</title></head><body><h1>Harbour fees rise</h1>"
        f"{element}<article>{BODY}</article></body></html>"
    )


def test_a_names_parts_beside_it_whole_are_left_out_and_its_entities_read() -> None:
    from reader.core.cleaning.html_authors import plausible
    from reader.core.models import Author

    stated = [Author("Imogen"), Author("Bram"), Author("Imogen &amp; Bram"), Author("Tarrant"), Author("Ana Tarrant")]
    assert [a.name for a in plausible(stated)] == ["Imogen & Bram", "Ana Tarrant"]
    run_into = [Author("JonB"), Author("J Offline JonB wrote")]  # a forum's words run into a name: keep the name
    assert [a.name for a in plausible(run_into)] == ["JonB", "J Offline JonB wrote"]
    pair = [Author("Ana Tarrant"), Author("Ana Tarrant and Bram Okafor")]  # a full name is a name of its own
    assert [a.name for a in plausible(pair)] == ["Ana Tarrant", "Ana Tarrant and Bram Okafor"]


def _stated(author: str, shown: str = "") -> str:
    byline = f"<p class='byline'>{shown}</p>" if shown else ""
    return (
        f"<html><head><title>Harbour fees rise</title><meta name='author' content='{author}'>"
        "<meta property='og:site_name' content='Coast Times'></head><body><article>"
        f"<h1>Harbour fees rise</h1>{byline}{BODY}</article></body></html>"
    )


def test_the_site_named_as_its_writer_gives_way_to_the_byline_the_page_prints() -> None:
    """The markup names the publisher ("Coast Times News"); the page prints the reporter's byline."""
    url = "https://coasttimes.example/harbour-fees"
    cleaned = clean_html(_stated("Coast Times News", "By Rachel Ingleby"), url=url)
    assert [a.name for a in cleaned.authors] == ["Rachel Ingleby"]
    cleaned = clean_html(_stated("Coast Times News", "By Rachel Ingleby and Coast Times Staff"), url=url)
    assert [a.name for a in cleaned.authors] == ["Rachel Ingleby"]
    alone = clean_html(_stated("Coast Times News"), url=url)  # no byline printed: the publisher stands
    assert [a.name for a in alone.authors] == ["Coast Times News"]


def test_the_site_beside_a_person_in_the_markup_is_not_a_second_writer() -> None:
    cleaned = clean_html(_stated("Rachel Ingleby, Coast Times News"), url="https://www.coasttimes.example/fees")
    assert [a.name for a in cleaned.authors] == ["Rachel Ingleby"]
    # a personal site's name is its owner's: a co-writer beside him, not the publisher
    owner = clean_html(_stated("Rachel Ingleby, Jon Bell"), url="https://www.jonbell.example/notes")
    assert [a.name for a in owner.authors] == ["Rachel Ingleby", "Jon Bell"]
    cleaned = clean_html(_stated("Rachel Ingleby, Harbour Trust"), url="https://www.coasttimes.example/fees")
    assert [a.name for a in cleaned.authors] == ["Rachel Ingleby", "Harbour Trust"]  # another body: a co-writer


@pytest.mark.parametrize(
    ("name", "site", "url", "itself"),
    [
        ("Clemson News", "Clemson News", "", True),
        ("USA TODAY", "", "https://www.usatoday.com/story/a", True),
        ("Team Tiger Data", "Tiger Data Blog", "https://www.tigerdata.com/blog/a", True),
        ("The Upwork Team", "Upwork", "", True),
        ("Atlantic Staff", "The Atlantic", "", True),
        ("Rachel Ingleby", "Coast Times", "https://coasttimes.example/a", False),
        ("Coast", "", "https://coasttimes.example/a", False),  # a part of the host's name
        ("Example", "", "https://example/a", False),  # a host of one part names nothing
    ],
)
def test_a_writers_name_is_the_sites_own_by_its_name_or_its_hosts(name: str, site: str, url: str, itself: bool) -> None:
    assert site_itself(name, site, url) is itself


def test_a_scholarly_pages_citation_authors_are_its_writers_each_in_byline_order() -> None:
    """Google Scholar's tags, one per writer, "Last, First" or "First Last": each tag one person."""
    tags = "".join(
        f"<meta name='citation_author' content='{name}'>"
        for name in ("Ingleby, Rachel T.", "van der Berg, Jan", "Marta Ruiz", "INGLEBY, RACHEL T.", "Jon Bell, PhD")
    )
    html = f"<html><head><title>Harbour fees rise</title>{tags}</head><body><article>{BODY}</article></body></html>"
    assert [a.name for a in clean_html(html).authors] == [
        "Rachel T. Ingleby",
        "Jan van der Berg",
        "Marta Ruiz",
        "Jon Bell",
    ]
