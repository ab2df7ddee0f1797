"""Saved HTML: an article's section headings stay with their paragraphs. trafilatura, reading an
article in plain <div>s, keeps the paragraphs and drops every <h2> between them; Reader puts back
each heading the page shows right above a paragraph that was kept, but not the headline, nor a
heading that is furniture ("Related articles")."""

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
