"""Saved HTML: an article's section headings and lists stay with its paragraphs. trafilatura,
reading an article in plain <div>s, keeps the paragraphs and drops every <h2> and list between
them; Reader puts back each heading the page shows right above a paragraph that was kept (not the
headline, nor a heading that is furniture: "Related articles"), and each list that says something
between two paragraphs kept one after the other (not a list of link titles)."""

from __future__ import annotations

from reader.core.cleaning import clean_html
from reader.core.models import BlockKind

HEADLINE = "Ferry timetable: what changes in March"
SECTIONS = [
    (
        "Why the second boat was laid up",
        "The second boat has been laid up since November, when its gearbox failed halfway across the "
        "estuary and it had to be towed back to the south pier by the harbour launch in a rising wind.",
    ),
    (
        "What the inspection found",
        "Inspectors spent three days aboard in January and found the new gearbox sound, though they asked "
        "for the engine controls to be moved so that the skipper can reach them without leaving the wheel.",
    ),
    (
        "When the crews will be ready",
        "Both crews are training on the moved controls this month, and the harbour board expects them to "
        "pass their practical tests in the second week of February, weather allowing, before the timetable starts.",
    ),
    (
        "What it means for passengers",
        "From the first of March a boat will leave each pier every twenty minutes between six in the morning "
        "and eight at night, twice as often as this winter, and the last crossing will wait for the late bus.",
    ),
]


def _page(*extra: str) -> str:
    sections = "".join(f"<h2>{heading}</h2><p>{paragraph}</p>" for heading, paragraph in SECTIONS)
    return (
        f"<html><head><title>{HEADLINE} | Estuary Gazette</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='wrap'><h1>{HEADLINE}</h1><div>{sections}{''.join(extra)}</div></div>"
        "<footer><p>© 2026 Estuary Gazette</p></footer></body></html>"
    )


def test_section_headings_trafilatura_dropped_are_put_back_above_their_paragraphs() -> None:
    article = clean_html(_page())
    body = [(b.kind, b.text) for b in article.body]
    expected = [
        (kind, text)
        for heading, paragraph in SECTIONS
        for kind, text in (
            (BlockKind.HEADING, heading),
            (BlockKind.PARAGRAPH, paragraph),
        )
    ]
    assert body == expected
    assert article.title == HEADLINE  # the headline is the title, not a heading of the body


def test_a_heading_that_is_furniture_is_not_put_back() -> None:
    related = (
        "<h2>Related articles</h2><p>Our reporter rode the ferry on its busiest morning of the winter and "
        "counted the passengers left on the pier when the single boat pulled away, full, at ten past eight.</p>"
    )
    article = clean_html(_page(related))
    assert "Related articles" not in [b.text for b in article.body]
    assert SECTIONS[-1][0] in [b.text for b in article.body]


STEPS = [
    "Buy a ticket at the kiosk on the south pier, or on the board's app, before you board.",
    "Show it to the crew as you step aboard; season tickets are checked once a week.",
    "Bicycles go on the lower deck, where the crew will help you tie them to the rail.",
]
CONTENTS = [
    "Lifeboat crew rescue two walkers cut off by the tide",
    "Market square to close to cars on Saturdays",
    "College opens a boatbuilding course for school leavers",
]
BEFORE = (
    "Tickets will not change with the timetable: the board keeps the prices it has charged since 2019, "
    "and season tickets bought this winter stay valid on every crossing until they run out."
)
AFTER = (
    "The board will post the new timetable at both piers in the middle of February, and the college on the "
    "north shore has promised to move its first classes so that students from the south side arrive on time."
)


def _items(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def test_a_list_between_two_kept_paragraphs_is_put_back_with_its_heading() -> None:
    """trafilatura's reading of plain <div>s keeps no list: one between two paragraphs it kept,
    one after the other, goes back between them, with the heading over it."""
    article = clean_html(_page(f"<p>{BEFORE}</p><h2>How to board</h2>{_items(STEPS)}<p>{AFTER}</p>"))
    body = [(b.kind, b.text) for b in article.body]
    at = body.index((BlockKind.PARAGRAPH, BEFORE))
    assert body[at + 1 : at + 6] == [
        (BlockKind.HEADING, "How to board"),
        *((BlockKind.LIST_ITEM, step) for step in STEPS),
        (BlockKind.PARAGRAPH, AFTER),
    ]


def test_a_list_of_link_titles_between_paragraphs_stays_out() -> None:
    """A table of contents or a list of other articles' titles, items that say nothing of
    themselves, is navigation: trafilatura was right to leave it out."""
    article = clean_html(_page(f"<p>{BEFORE}</p>{_items(CONTENTS)}<p>{AFTER}</p>"))
    assert not any(b.kind is BlockKind.LIST_ITEM for b in article.body)


def test_a_documentation_pages_permalink_marks_are_no_part_of_its_title_and_headings() -> None:
    # Sphinx and MkDocs print a pilcrow after each heading as a link to it.
    def mark(anchor: str) -> str:
        return f'<a class="headerlink" href="#{anchor}" title="Link to this heading">¶</a>'

    sections = "".join(f"<h2>{h}{mark(str(n))}</h2><p>{p}</p>" for n, (h, p) in enumerate(SECTIONS))
    html = (
        "<html><head><title>Ferry timetable — Harbour Board manual</title></head><body>"
        f"<main><h1>Ferry timetable{mark('top')}</h1>{sections}</main></body></html>"
    )
    article = clean_html(html)
    assert article.title == "Ferry timetable"
    headings = [b.text for b in article.body if b.kind is BlockKind.HEADING]
    assert headings == [heading for heading, _ in SECTIONS]
    # in plain <div>s, where trafilatura drops the headings and Reader puts them back
    marked = _page().replace("</h2>", mark("s") + "</h2>")
    headings = [b.text for b in clean_html(marked).body if b.kind is BlockKind.HEADING]
    assert headings == [heading for heading, _ in SECTIONS]


def test_a_copied_headings_permalink_mark_is_no_part_of_it() -> None:
    from reader.core.cleaning import clean_text

    lines = ["Ferry timetable — Harbour Board manual", "Ferry timetable ¶"]
    for heading, paragraph in SECTIONS:
        lines += [f"{heading} ¶", paragraph]
    article = clean_text("\n".join(lines))
    assert article.title == "Ferry timetable"
    assert "¶" not in article.text
    assert "What the inspection found" in [b.text for b in article.body]
