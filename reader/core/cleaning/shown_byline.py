"""A saved page's writers read from its text as shown, when its markup names none.

Many pages print their byline without marking it up: no meta author, no JSON-LD, no element whose
class says "author". The lines a reader sees around the headline ("May 3, 2017 By Erin Spain 4
Comments", "Niko Matsakis" over the date) are read as a copied page's are (bylines.py): only near
the headline, where the article's own byline stands, only names the article does not write in
small letters, and only from a byline or a date's line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.core.cleaning.bylines import find_authors
from reader.core.cleaning.line_marks import mark_by_neighbours
from reader.core.cleaning.lines import Tag, make_lines
from reader.core.models import Author

_ABOVE = 3  # lines over the headline: a kicker, a byline set above it
_BELOW = 10  # lines under it: standfirst, byline, date, share row


def shown_authors(
    lines: Sequence[str], title: str, common: Callable[[], frozenset[str]], stops: frozenset[str]
) -> list[Author]:
    """The writers the page prints near its headline `title` among its shown `lines`; `common`
    gives the words the article writes in small letters (a name is not made of them), read only
    when a headline is found."""
    at = next((i for i, line in enumerate(lines) if line == title), None)
    if at is None or not title:
        return []
    window = list(lines[max(0, at - _ABOVE) : at + _BELOW + 1])
    made = make_lines("\n".join(window), stops)
    mark_by_neighbours(made)
    headline = next((line for line in made if line.text == title), None)
    if headline is None:
        return []
    authors, used = find_authors(made, [], headline, common())
    # A byline or a date's line names them; a lone capitalised line near a headline the markup set
    # apart is as often a button or a menu's entry ("Download Guide", "Share Article").
    return authors if used and all(line.tag in (Tag.BYLINE, Tag.DATE) for line in used) else []
