"""A saved page's publication date: stated for machines, else shown by the headline, else guessed from markup.

trafilatura asks htmldate with its "extensive" search. Most of that search's cost (more than the
rest of the page's metadata together) went to its last resort, reading every stretch of the
page's text with dateparser, which loads a model for each language it meets; and it still
guessed a year's 1 January from a copyright line. The order here:

1. `stated_date`: the date the page states for machines, as htmldate reads it first: in the
   address, the meta tags, the JSON-LD, an `<abbr>`; exact when present, and cheap. Where the
   meta tags give only a modification date, htmldate takes it before the JSON-LD's publication
   date; `declared_instead` gives that one, unless the page shows the modification date. An
   earlier date the page prints alone by its headline is the first publication (`earlier_as_shown`);
2. `date_near`: the date the page shows to its reader next to the headline (or the first
   paragraph), on the line of the byline: Reader's own date reader, nearly free;
3. `markup_date`: htmldate's search of the markup (date-like classes, `<time>`, ...) without the
   text search.

A date found in steps 2 or 3 in figures alone ("09.10.2024") is read day first; `as_declared`
turns it round when the JSON-LD declares it the other way round.

On the WCXB articles (tune half) this finds the right date on 279 of 320 pages against 272 with
htmldate's extensive search, and as many on the confirm half (222 of 258), at a small part of the
cost. When htmldate's internals are not what this module expects, step 1 is htmldate's whole
search without the text search, and step 3 is left out.
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from typing import TYPE_CHECKING, Any

from reader.core.cleaning.dates import MONTH, before_update, find_date

if TYPE_CHECKING:  # lxml is loaded on first use, with trafilatura
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)


def stated_date(tree: HtmlElement, url: str = "") -> str | None:
    """The date in the page's address, meta tags, JSON-LD or an <abbr>, as YYYY-MM-DD."""
    try:
        from htmldate.core import examine_abbr_elements, examine_header, extract_url_date, json_search
        from htmldate.utils import Extractor
        from htmldate.validators import get_max_date, get_min_date

        options = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
    except (ImportError, TypeError):  # another htmldate: its own search, less the text search
        return markup_date(tree, url)
    try:
        return (
            extract_url_date(url or None, options)
            or examine_header(tree, options)
            or json_search(tree, options)
            or examine_abbr_elements(tree, options)
        )
    except Exception:  # noqa: BLE001 - a date reader failing on odd markup is no reason to lose the page
        log.debug("htmldate failed on the stated date", exc_info=True)
        return None


def as_declared(iso: str | None, nodes: list[dict[str, Any]]) -> str | None:
    """A date the page shows in figures alone ("09.10.2024"), read day first (`iso`, YYYY-MM-DD),
    or the one its JSON-LD declares when that has the same day and month the other way round: the
    page meant September 10. htmldate's own reading of the JSON-LD misses it when the JSON has a
    space before each colon ('"datePublished" : "2024-09-10T16:07Z"', as HubSpot's pages write it)."""
    if iso is None or not _ISO_DAY.fullmatch(iso) or iso[5:7] == iso[8:10] or max(iso[5:7], iso[8:10]) > "12":
        return iso  # the day and the month cannot be mistaken for each other
    swapped = f"{iso[:5]}{iso[8:10]}-{iso[5:7]}"
    return swapped if declared_published(nodes) == swapped else iso


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def declared_published(nodes: list[dict[str, Any]]) -> str | None:
    """The first publication date ("datePublished") of the page's JSON-LD objects, YYYY-MM-DD."""
    for node in nodes:
        value = node.get("datePublished")
        if isinstance(value, str) and (found := find_date(value)):
            return found[0].isoformat()
    return None


def declared_instead(tree: HtmlElement, stated: str | None) -> str | None:
    """The publication date the JSON-LD declares ("datePublished"), when the page's meta tags give
    only a modification date ("article:modified_time", no publication date beside it) and that is
    the `stated` date: htmldate takes such a date as its reserve before it reads the JSON-LD. None
    when the meta tags name a publication date, or the JSON-LD declares none or the same one."""
    if not stated:
        return None
    try:
        from htmldate.core import (
            DATE_ATTRIBUTES,
            ITEMPROP_ATTRS_MODIFIED,
            ITEMPROP_ATTRS_ORIGINAL,
            NAME_MODIFIED,
            PROPERTY_MODIFIED,
            json_search,
        )
        from htmldate.utils import Extractor
        from htmldate.validators import get_max_date, get_min_date

        options = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
        publication = DATE_ATTRIBUTES | ITEMPROP_ATTRS_ORIGINAL
        modification = PROPERTY_MODIFIED | NAME_MODIFIED | ITEMPROP_ATTRS_MODIFIED
    except (ImportError, TypeError):  # another htmldate: its order stands
        return None
    modified = False
    for meta in tree.iter("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if name in publication:
            return None  # the stated date is a publication date, or beside one
        if name in modification and (found := find_date(meta.get("content") or meta.get("datetime") or "")):
            modified = modified or found[0].isoformat() == stated[:10]
    if not modified:
        return None  # the stated date is the address's, or another's: not a modification date
    try:
        declared = json_search(tree, options)
    except Exception:  # noqa: BLE001 - a date reader failing on odd markup is no reason to lose the page
        log.debug("htmldate failed on the JSON-LD date", exc_info=True)
        return None
    return declared if declared and declared != stated[:10] else None


def shown(iso: str, lines: list[str], title: str, first: str) -> bool:
    """Whether the page shows the date `iso` near its headline (or its first paragraph)."""
    return any((found := find_date(line)) and found[0].isoformat() == iso for line in _near(lines, title, first))


# A <meta> naming the publication date in the site's own words ("w-published-date", "published",
# "article.published"), which htmldate's list of names does not have; not a modified or expiry date.
_PUBLISHED_NAME = re.compile(r"publish|pubdate|release_?date|date_?posted|posted_?date", re.IGNORECASE)
_NOT_PUBLISHED = re.compile(r"modif|updat|revis|expir|edit", re.IGNORECASE)


def meta_published(tree: HtmlElement) -> str | None:
    """The date of the first <meta> whose name (or property, or itemprop) says it is the
    publication date, as YYYY-MM-DD; its content read as Reader reads dates ("July 17, 2025",
    "2025-05-27T06:03:43Z")."""
    for meta in tree.iter("meta"):
        name = meta.get("name") or meta.get("property") or meta.get("itemprop") or ""
        if name and _PUBLISHED_NAME.search(name) and not _NOT_PUBLISHED.search(name):
            if found := find_date(meta.get("content") or ""):
                return found[0].isoformat()
    return None


def markup_date(tree: HtmlElement, url: str = "", *, consume: bool = False) -> str | None:
    """htmldate's reading of the markup, as YYYY-MM-DD: elements whose class, id or itemprop says
    date or time (and the like), the title and <h1>, <time> elements. Not its searches of the
    serialised page and its text for anything date-shaped: they cost more than these and found
    timestamps of scripts and copyright years as often as an article's date. htmldate cleans the
    tree first; `consume`: the caller has no further use for it, so it is cleaned in place rather
    than copied (the copy was a fifth of the search's cost)."""
    try:
        from htmldate.core import date_candidates, examine_elements, examine_time_elements
        from htmldate.extractors import discard_unwanted
        from htmldate.settings import CLEANING_LIST
        from htmldate.utils import Extractor, clean_html
        from htmldate.validators import get_max_date, get_min_date

        options = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
    except (ImportError, TypeError):  # another htmldate: its own search
        from htmldate import find_date

        return find_date(tree, extensive_search=False, original_date=True, url=url or None)
    try:
        search = discard_unwanted(clean_html(tree if consume else deepcopy(tree), CLEANING_LIST))
        return (
            examine_elements(date_candidates(search, False), options)
            or examine_elements(search.xpath(".//title|.//h1"), options)
            or examine_time_elements(search, options)
        )
    except Exception:  # noqa: BLE001 - a date reader failing on odd markup is no reason to lose the page
        log.debug("htmldate failed", exc_info=True)
        return None


def date_near(lines: list[str], title: str, first: str, before: int = 8, after: int = 8) -> str | None:
    """The date written near the headline (or, when no line is the headline, near the article's
    first paragraph): the first line of at most 20 words there with a date before any word
    saying "updated"; an update's date only when there is no other (a page showing only its
    update date means that one)."""
    near = _near(lines, title, first, before, after)
    for line in [before_update(line) for line in near] + near:
        if found := find_date(line):
            return found[0].isoformat()
    return None


def _near(lines: list[str], title: str, first: str, before: int = 8, after: int = 8) -> list[str]:
    """The lines of at most 20 words near the headline, else near the first paragraph; none when
    the page shows neither."""
    anchor = next((i for i, line in enumerate(lines) if line == title), None) if title else None
    if anchor is None:
        anchor = next((i for i, line in enumerate(lines) if line == first), None) if first else None
    if anchor is None:
        return []
    return [line for line in lines[max(0, anchor - before) : anchor + after] if len(line.split()) <= 20]


def day_month_as_shown(iso: str, lines: list[str], title: str) -> str:
    """The stated date `iso`, or the same date with its day and month swapped when the page shows
    that one by its headline with its month in words: a numeric date written month first
    ("03-09-2026", as American pages write it) is read day first."""
    swapped = _day_month_swapped(iso)
    return swapped if swapped and _shown_in_words(swapped, lines, title) else iso


def earlier_as_shown(iso: str, lines: list[str], title: str, first: str) -> str:
    """The stated date `iso`, or an earlier one the page prints by its headline as its date alone
    ("March 1, 2024", "On 8 Oct 2022", "Published: January 3, 2024 • 3 min read"): the markup's
    date is then a later publication of the same article (a site's move, an edit saved anew). Not
    a date with other words before it ("Release date: February 2, 2024", "On this day: July 20,
    1969", a category's "Sourdough · December 9, 2021"), nor the stated date with its day and month
    swapped (the same date, read the other way round)."""
    for line in _near(lines, title, first):
        found = find_date(line)
        if found is None:
            continue
        if set(_WORD.findall(line[: found[1]].lower())) <= _PUBLISHED_WORDS:
            shown_date = found[0].isoformat()
            if shown_date < iso[:10] and shown_date != _day_month_swapped(iso[:10]):
                return shown_date
        return iso  # the first date by the headline is the one it shows
    return iso


_PUBLISHED_WORDS = frozenset({"published", "posted", "first", "on", "date", "dated"})
_WORD = re.compile(r"[^\W\d_]+")


def _day_month_swapped(iso: str) -> str:
    """The date with its day and month swapped, when both could be a month ("2026-09-03" gives
    "2026-03-09"); "" when they cannot be swapped."""
    match = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", iso)
    if match is None or match.group(2) == match.group(3) or int(match.group(3)) > 12:
        return ""
    return f"{match.group(1)}-{match.group(3)}-{match.group(2)}"


def _shown_in_words(iso: str, lines: list[str], title: str) -> bool:
    """Whether the page shows the date `iso` by the headline with its month in words."""
    for line in _near(lines, title, ""):
        found = find_date(line)
        if found and found[0].isoformat() == iso and any(w.lower() in MONTH for w in re.findall(r"[^\W\d_]+", line)):
            return True
    return False
