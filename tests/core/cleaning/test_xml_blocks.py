"""trafilatura's XML read as Reader's blocks: an article written as one element, its paragraphs
parted by blank lines and its headings and lists inside it, reads as those paragraphs, headings
and lists, not as one wall of text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from reader.core.cleaning import clean_html
from reader.core.cleaning.xml_blocks import along_lines, as_shown, read_xml
from reader.core.models import Block, BlockKind


def _read(xml: str) -> list[tuple[str, str]]:
    return _read_body(etree.fromstring(f"<body>{xml}</body>"))


def _read_body(body: etree._Element) -> list[tuple[str, str]]:
    blocks, parts = read_xml(body)
    return [(b.kind.value, b.text) for b in as_shown(blocks, parts, "")[0]]


def test_a_blank_line_parts_a_paragraph() -> None:
    assert _read("<p>The weir held.  <lb/> <lb/>The gauges did not.<lb/><lb/><lb/>Nor did the fence.</p>") == [
        ("paragraph", "The weir held."),
        ("paragraph", "The gauges did not."),
        ("paragraph", "Nor did the fence."),
    ]


def test_a_single_line_break_is_a_space_not_glue() -> None:
    assert _read("<p>Route WI<lb/>829 closes at dusk, <lb/>and opens at dawn.</p>") == [
        ("paragraph", "Route WI 829 closes at dusk, and opens at dawn.")
    ]


def test_a_line_break_between_two_sentences_ends_a_paragraph() -> None:
    xml = (
        "<p>The tide guide every harbour keeps.<lb/>Now in its fourth printing!<lb/>“Read it twice,” said one skipper.<lb/>"
        "Small Boats, Long Seasons<lb/>Whatever you sail, it helps.<lb/>It comes in three parts.<lb/>then more</p>"
    )
    assert _read(xml) == [
        ("paragraph", "The tide guide every harbour keeps."),
        ("paragraph", "Now in its fourth printing!"),
        ("paragraph", "“Read it twice,” said one skipper."),
        ("paragraph", "Small Boats, Long Seasons Whatever you sail, it helps."),
        ("paragraph", "It comes in three parts. then more"),
    ]


def test_a_line_break_after_a_few_words_or_an_abbreviation_stays_a_space() -> None:
    for xml, text in [
        ("<p>Please see Dr.<lb/>Smith about the results.</p>", "Please see Dr. Smith about the results."),
        ("<p>Harbour Office, 12 Main St.<lb/>Springfield</p>", "Harbour Office, 12 Main St. Springfield"),
        ("<p>Step 1.<lb/>Preheat the oven.</p>", "Step 1. Preheat the oven."),
    ]:
        assert _read(xml) == [("paragraph", text)]
    assert _read("<p>Harbour Office<lb/>12 Quay Street<lb/><lb/>Open daily.</p>") == [
        ("paragraph", "Harbour Office 12 Quay Street"),
        ("paragraph", "Open daily."),
    ]


def test_a_table_left_as_the_page_wrote_it_is_read_by_its_rows() -> None:
    xml = "<p>Top picks:<table><tr><th>Budget</th><th>Pick</th></tr><tr><td>Entry</td><td>RX 7600</td></tr></table></p>"
    assert _read(xml) == [("paragraph", "Top picks:"), ("paragraph", "Budget · Pick"), ("paragraph", "Entry · RX 7600")]


def test_words_between_two_line_breaks_keep_the_paragraph_whole() -> None:
    assert _read("<p>Harbour Office<lb/><hi>12 Quay Street</hi><lb/>Open daily</p>") == [
        ("paragraph", "Harbour Office 12 Quay Street Open daily")
    ]


def test_a_heading_a_list_and_a_table_inside_a_paragraph_stand_as_blocks_where_they_stand() -> None:
    xml = (
        "<p>Packing takes longer than anyone plans for. <lb/><head rend='h2'>Fragile items</head>"
        "Wrap each plate on its own. <hi>Never</hi> stack glasses.<list rend='ul'><item>Paper</item>"
        "<item>Tape</item></list>Label every box.<table><row><cell>Boxes</cell><cell>12</cell></row></table>"
        "<lb/><lb/>Then rest.</p>"
    )
    assert _read(xml) == [
        ("paragraph", "Packing takes longer than anyone plans for."),
        ("heading", "Fragile items"),
        ("paragraph", "Wrap each plate on its own. Never stack glasses."),
        ("list_item", "Paper"),
        ("list_item", "Tape"),
        ("paragraph", "Label every box."),
        ("paragraph", "Boxes · 12"),
        ("paragraph", "Then rest."),
    ]


def test_a_quote_of_two_paragraphs_is_two_quoted_paragraphs() -> None:
    assert _read("<quote><p>We will appeal.</p><p>The vote was close.</p></quote>") == [
        ("quote", "We will appeal."),
        ("quote", "The vote was close."),
    ]


def test_an_item_or_a_cell_out_of_its_list_stays_words_apart() -> None:
    assert _read("<p>Sizes:<item>small</item><lb/><lb/>Colours:<cell>red</cell>blue</p>") == [
        ("paragraph", "Sizes: small"),
        ("paragraph", "Colours: red blue"),
    ]


def test_a_list_item_holding_paragraphs_stays_one_item() -> None:
    xml = (
        "<list rend='ul'><item><head rend='h3'>Deckhand</head><p>Harbour Tools</p><lb/><lb/><p>Remote</p></item></list>"
    )
    assert _read(xml) == [("list_item", "Deckhand Harbour Tools Remote")]


def test_a_heading_that_is_only_an_anchor_is_left_out() -> None:
    assert _read("<p>Before.<head rend='h2'>¶</head>After.</p>") == [("paragraph", "Before."), ("paragraph", "After.")]


def test_a_saved_page_written_with_line_breaks_reads_as_its_paragraphs_and_headings() -> None:
    """The whole chain: a page whose article is one <div> of text parted by <br><br>, with its
    section headings inside it, as many older sites and site builders write one."""
    paragraphs = [
        "Moving house is less stressful when the packing is planned a fortnight ahead, room by room.",
        "Start with the rooms you use least: the loft, the spare room and the garden shed.",
        "Books are heavy and suffer from damp, so pack them flat in small boxes lined with paper.",
        "Plates travel best on their edges, each one wrapped, with crumpled paper filling every gap.",
    ]
    html = (
        "<html><head><title>Packing for a move</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div class='entry'><h1>Packing for a move</h1><div class='text'>"
        f"{paragraphs[0]}<br><br>{paragraphs[1]}<br><h2>Books</h2>{paragraphs[2]}<br><br><h2>Kitchen</h2>"
        f"{paragraphs[3]}</div></div></body></html>"
    )
    body = clean_html(html).body
    assert [(b.kind, b.text) for b in body] == [
        (BlockKind.PARAGRAPH, paragraphs[0]),
        (BlockKind.PARAGRAPH, paragraphs[1]),
        (BlockKind.HEADING, "Books"),
        (BlockKind.PARAGRAPH, paragraphs[2]),
        (BlockKind.HEADING, "Kitchen"),
        (BlockKind.PARAGRAPH, paragraphs[3]),
    ]


def test_an_element_opening_with_the_headline_shows_the_text_under_it() -> None:
    blocks, parts = read_xml(
        etree.fromstring("<body><p>Mooring fees rise<lb/><lb/>The board voted on Tuesday.</p></body>")
    )
    shown, above = as_shown(blocks, parts, "Mooring fees rise")
    assert [b.text for b in shown] == ["The board voted on Tuesday."]
    assert above == ["Mooring fees rise"]
    # further down, the same words are a heading of the text, not its headline
    many = "".join(f"Line {n}.<lb/><lb/>" for n in range(9))
    blocks, parts = read_xml(etree.fromstring(f"<body><p>{many}Mooring fees rise<lb/><lb/>End.</p></body>"))
    assert "Mooring fees rise" in [b.text for b in as_shown(blocks, parts, "Mooring fees rise")[0]]


def test_the_page_run_together_shows_as_its_lines() -> None:
    """trafilatura's fallback, the page's whole text in one paragraph, shows as the page's lines."""
    lines = ["Home About", "Notes from the weir", "The river rose again this morning.", "We moved the gauges."]
    glued = Block(BlockKind.PARAGRAPH, " ".join(lines))
    parts = along_lines([glued], {}, ["Skip to content", *lines, "© Weir Club"])
    assert [b.text for b in parts[glued]] == lines
    shown, above = as_shown([glued], parts, "Notes from the weir")
    assert [b.text for b in shown] == lines[2:] and above == lines[:2]


def test_an_articles_text_run_together_without_spaces_shows_as_its_lines() -> None:
    lines = ["Tide Tables", "When the water turns", "What the moon does"]
    glued = Block(BlockKind.PARAGRAPH, "Tide TablesWhen the water turnsWhat the moon does")
    assert [b.text for b in along_lines([glued], {}, lines)[glued]] == lines


def test_the_texts_own_spaces_stand_where_the_page_shows_none() -> None:
    lines = ["Fixtures", "Club FixturesHarbour RoversQuay United", "Results"]
    glued = Block(BlockKind.PARAGRAPH, "Fixtures Club Fixtures Harbour Rovers Quay United Results")
    pieces = along_lines([glued], {}, lines)[glued]
    assert [b.text for b in pieces] == ["Fixtures", "Club Fixtures Harbour Rovers Quay United", "Results"]


def test_lines_holding_most_of_the_text_part_it_and_the_rest_is_one_piece() -> None:
    lines = ["The river rose again this morning.", "We moved the gauges up the bank.", "Related"]
    glued = Block(BlockKind.PARAGRAPH, f"{lines[0]} {lines[1]} Subscribe now")
    assert [b.text for b in along_lines([glued], {}, lines)[glued]] == [*lines[:2], "Subscribe now"]
    mostly_not = Block(BlockKind.PARAGRAPH, f"{lines[0]} {lines[1]} " + "Other words not on the page. " * 3)
    assert along_lines([mostly_not], {}, lines) == {}


def test_only_a_fallback_reading_is_matched_with_the_lines() -> None:
    lines = ["One line.", "Two line.", "Three line."]
    glued = Block(BlockKind.PARAGRAPH, " ".join(lines))
    assert along_lines([glued], {}, lines)  # the fallback's one paragraph
    assert along_lines([glued], {glued: (glued,)}, lines) == {}  # trafilatura's own element, parted
    for blocks in (
        [glued, *[Block(BlockKind.PARAGRAPH, f"Other {n}.") for n in range(3)]],
        [glued, Block(BlockKind.HEADING, "A")],
    ):
        assert along_lines(blocks, {}, lines) == {}  # four paragraphs, or a heading: trafilatura's own reading
    for text in (
        "One line. Two line",  # not whole lines
        "One line.",  # one line is no run
        "One line. Two line.xThree line.",  # more than the lines
    ):
        assert along_lines([Block(BlockKind.PARAGRAPH, text)], {}, lines) == {}


_NOTE = ("The river rose again this morning.", "We moved the gauges up the bank before lunch.")
_NOTE_HTML = "".join(f"<p>{paragraph}</p>" for paragraph in _NOTE)


def test_a_small_page_trafilatura_runs_together_reads_as_its_paragraphs() -> None:
    """A short note with a menu: trafilatura finds no article and gives the page's text as one
    paragraph; Reader shows its paragraphs, and keeps the menu and the headline among the removed."""
    html = (
        "<html><head><title>Notes from the weir</title></head><body><nav><a href='/'>Home</a> <a href='/about'>About</a>"
        f"</nav><h1>Notes from the weir</h1>{_NOTE_HTML}</body></html>"
    )
    article = clean_html(html)
    assert article.title == "Notes from the weir"
    assert [b.text for b in article.body] == list(_NOTE)
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Home About", "navigation"),  # the line of its <nav>
        ("Notes from the weir", "title"),
    ]


def test_a_category_pages_items_that_repeat_its_menu_stay() -> None:
    """A menu's lines leave as navigation; an entry the page's text repeats (its items) is not
    taken for a menu's anywhere: the items stay, and the menu's copy above the headline leaves
    with what stands there."""
    html = (
        "<html><head><title>Spring bulbs</title></head><body><nav><ul><li><a href='/r'>Roses</a></li>"
        "<li><a href='/t'>Tulips</a></li><li><a href='/l'>Lilies</a></li></ul></nav><h1>Spring bulbs</h1>"
        "<div><a href='/t'>Tulips</a><div>Plant the bulbs in autumn, a hand deep, in soil that drains.</div></div>"
        "<div><a href='/l'>Lilies</a><div>Lilies like their heads in the sun and their feet in the shade.</div></div>"
        "<nav><a href='/c'>Contact the nursery</a></nav></body></html>"
    )
    article = clean_html(html)
    assert [b.text for b in article.body] == [
        "Tulips",
        "Plant the bulbs in autumn, a hand deep, in soil that drains.",
        "Lilies",
        "Lilies like their heads in the sun and their feet in the shade.",
    ]
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Roses", "navigation"),
        ("Contact the nursery", "navigation"),
        ("Tulips", "outside the article"),
        ("Lilies", "outside the article"),
        ("Spring bulbs", "title"),
    ]


def test_a_breadcrumb_naming_the_headline_leaves_with_it() -> None:
    html = (
        "<html><head><title>Notes from the weir</title></head><body><nav><ol><li><a href='/'>Home</a></li>"
        "<li>Notes from the weir</li></ol></nav><h1>Notes from the weir</h1>"
        f"{_NOTE_HTML}</body></html>"
    )
    article = clean_html(html)
    assert [b.text for b in article.body] == list(_NOTE)
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Home", "navigation"),
        ("Notes from the weir", "title"),
        ("Notes from the weir", "title"),
    ]


def test_a_page_that_sets_its_text_in_a_menu_keeps_it() -> None:
    """Where the lines inside <nav> elements hold most of the page's words, the page sets its text
    there (some do): they are its text, not a menu to leave out."""
    html = (
        "<html><head><title>Notes from the weir</title></head><body><nav><a href='/'>Home</a> <a href='/about'>About</a>"
        f"<h1>Notes from the weir</h1>{_NOTE_HTML}</nav></body></html>"
    )
    article = clean_html(html)
    assert [b.text for b in article.body] == list(_NOTE)


def test_the_lines_of_a_page_run_together_are_judged_as_lines() -> None:
    """A photo's credit among them is furniture; so is a menu's "Comments (3)" link, which cuts
    nothing after it (as a comment section's heading would)."""
    html = (
        "<html><head><title>Notes from the weir</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div><a href='/c'>Comments (3)</a></div><h1>Notes from the weir</h1><p>The river rose again.</p>"
        "<p>Photo: Dana Reyes / Weir Club</p><p>We moved the gauges.</p></body></html>"
    )
    article = clean_html(html)
    assert [b.text for b in article.body] == ["The river rose again.", "We moved the gauges."]
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Home", "navigation"),
        ("Comments (3)", "comment widget"),
        ("Photo: Dana Reyes / Weir Club", "photo credit"),
        ("Notes from the weir", "title"),
    ]


def test_a_paragraph_trafilatura_read_with_its_line_breaks_is_not_parted_as_lines() -> None:
    """A verse or an address is one paragraph, though the page shows each of its lines apart."""
    blocks, parts = read_xml(
        etree.fromstring("<body><p>Roses are red,<lb/>violets are blue,<lb/>sugar is sweet</p></body>")
    )
    lines = ["Home", "Roses are red,", "violets are blue,", "sugar is sweet", "Footer"]
    assert along_lines(blocks, parts, lines) == {}
    assert [b.text for b in as_shown(blocks, parts, "")[0]] == ["Roses are red, violets are blue, sugar is sweet"]


def test_comments_and_processing_instructions_hold_no_words() -> None:
    body = etree.fromstring("<body><p>A.<lb/><lb/>B<!-- hidden --> end<?pi data?></p></body>")
    assert _read_body(body) == [("paragraph", "A."), ("paragraph", "B end")]


def test_a_quote_and_a_paragraph_with_the_same_words_keep_their_kinds() -> None:
    xml = (
        "<quote>We will appeal.<lb/><lb/>The vote was close.</quote><p>We will appeal.<lb/><lb/>The vote was close.</p>"
    )
    assert _read(xml) == [
        ("quote", "We will appeal."),
        ("quote", "The vote was close."),
        ("paragraph", "We will appeal."),
        ("paragraph", "The vote was close."),
    ]


def test_an_end_mark_is_taken_off_the_last_part_and_the_parts_stand() -> None:
    paragraphs = [
        "Der Stadtrat hat am Dienstag beschlossen, die Gebühren für Liegeplätze im Hafen ab April zu erhöhen.",
        "Die Erhöhung ist die erste seit sechs Jahren und soll die Sanierung der alten Kaimauer bezahlen.",
        "Die Fischer des Ortes hatten gegen die Pläne protestiert, doch die Mehrheit im Rat stand fest.",
    ]
    html = (
        "<html lang='de'><head><title>Hafen</title></head><body><article><h1>Liegeplätze werden teurer</h1>"
        f"<div>{paragraphs[0]}<br><br>{paragraphs[1]}<br><br>{paragraphs[2]} (dpa)</div></article></body></html>"
    )
    assert [b.text for b in clean_html(html).body] == paragraphs


_WORDS = st.sampled_from(["tide", "Harbour", "rose.", "gauge,", "Dr.", "WI", "829", "“Yes,”", "Quay!", "¶"])
_TEXT = st.lists(_WORDS, max_size=4).map(" ".join)


@st.composite
def _element(draw: st.DrawFn, depth: int = 0) -> str:
    """A piece of trafilatura's XML: text, line breaks, inline words and, less deep, inner blocks."""
    tag = draw(st.sampled_from(["p", "quote", "head", "hi", "list", "table"] if depth < 2 else ["hi"]))
    inner = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.sampled_from(["text", "lb", "child"] if depth < 2 else ["text", "lb"]))
        if choice == "text":
            inner.append(draw(_TEXT))
        elif choice == "lb":
            inner.append("<lb/>")
        else:
            inner.append(draw(_element(depth + 1)))
    if tag == "list":
        return "<list>" + "".join(f"<item>{piece}</item>" for piece in inner) + "</list>"
    if tag == "table":
        return "<table><row>" + "".join(f"<cell>{piece}</cell>" for piece in inner) + "</row></table>"
    return f"<{tag}>{''.join(inner)}</{tag}>"


@settings(max_examples=300, deadline=None)
@given(st.lists(_element(), min_size=1, max_size=3))
def test_an_elements_parts_hold_its_words_in_order_and_nothing_else(elements: list[str]) -> None:
    """Whatever an element holds, the parts it shows as hold its words, in their order: nothing
    lost, nothing added, none glued to its neighbour (a heading's closing "¶", a documentation
    site's permalink, is left out, even glued to its last word; a table's cells are parted by "·")."""
    blocks, parts = read_xml(etree.fromstring(f"<body>{''.join(elements)}</body>"))

    def words(text: str) -> list[str]:
        return [word.rstrip("¶") for word in text.split() if word.rstrip("¶") and word != "·"]

    for block in blocks:
        shown = " ".join(part.text for part in parts.get(block, (block,)))
        assert words(shown) == words(block.text)
        assert all(part.text and part.text == " ".join(part.text.split()) for part in parts.get(block, ()))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(_WORDS, min_size=1, max_size=3).map(" ".join), min_size=2, max_size=6),
    st.lists(st.booleans(), min_size=6, max_size=6),
)
def test_a_text_run_together_from_the_pages_lines_parts_back_into_them(lines: list[str], spaced: list[bool]) -> None:
    """The page's lines run together, with or without a space between each two, part back into
    one piece for each line, holding the text's own characters."""
    text = lines[0] + "".join((" " if space else "") + line for line, space in zip(lines[1:], spaced))
    glued = Block(BlockKind.PARAGRAPH, text)
    pieces = [b.text for b in along_lines([glued], {}, ["Menu", *lines, "Footer"]).get(glued, ())]
    assert ["".join(p.split()) for p in pieces] == ["".join(line.split()) for line in lines]
    if all(spaced[: len(lines) - 1]):
        assert pieces == lines
