"""The headline a saved page prints: its one <h1> (not a blog's name, a logo, a label or a control
beside it), the site's name an <h1> prints as a logo, and a headline set in capitals read as the
<title> writes it."""

from __future__ import annotations

import re

from reader.core.cleaning.metadata import content_words
from reader.core.cleaning.titles import SEPARATOR, is_domain


def has_word(title: str) -> bool:
    """Whether a title has a word of two letters or more, in any script: a vote's "Ω 48" has none."""
    return bool(_WORD.search(title))


_WORD = re.compile(r"[^\W\d_]{2,}")
_NO_STOPS: frozenset[str] = frozenset()  # the longer words of two titles, whatever their language
_BLOGS_NAME = 4  # words
_BLOG = re.compile(r"\bblog\b", re.IGNORECASE)


def headline_of(headings: list[str], site_name: str, meta_title: str) -> str:
    """The page's one <h1>, as the headline its reader sees; "" when it has none, more than one
    (a listing, a page of posts) or only the site's name there (a logo). Of several, the one left
    when those of fewer than three words or not saying what the meta title says (two of its longer
    words) are set aside: a blog's label, a logo or a control beside the headline. The meta tags'
    and the <title>'s title is often the one written for search engines and shares ("Best Movers
    in NYC 2025 | Top 19 Companies") rather than the headline: on the WCXB articles the <h1> is
    the human-made title on 82 % of pages against 74 % for the meta title, on either half. An <h1>
    ending in a colon leads into a box ("A message from our co-founder:"): no headline ends so."""
    several = len(set(headings)) > 1
    headings = [heading for heading in headings if not heading.endswith(":")]
    if several:  # a section's, a logo's or a control's <h1> beside the headline's: "The Blog"
        said = content_words(meta_title, _NO_STOPS)
        headings = [h for h in headings if len(h.split()) >= 3 and len(content_words(h, _NO_STOPS) & said) >= 2]
    if len(set(headings)) != 1 or len(headings[0]) > 300 or headings[0].lower() == site_name.lower():
        return ""
    if blogs_name(headings[0], meta_title):
        return ""  # the blog's name as its one <h1> ("Antoyo's Blog", "Our BLOG", "davidbau.com"), not the post's
    return headings[0]


def blogs_name(heading: str, title: str) -> bool:
    """Whether a heading is a blog's name (a domain, "Antoyo's Blog": four words at most) sharing no
    word with the title there is."""
    if not title or len(heading.split()) > _BLOGS_NAME:
        return False
    return bool(is_domain(heading) or _BLOG.search(heading)) and not (
        content_words(heading, _NO_STOPS) & content_words(title, _NO_STOPS)
    )


def logo_of(headings: list[str], tab: str, host: str) -> str:
    """The site's name (the tab's last part) when the page's one <h1> prints it as a logo: the tab's
    first part, the headline, is longer ("Discuss the 7.1 release here - virtualbox.org" over
    "virtualbox.org"), and the last part names the site: a domain, or a word of the page's host
    ("Playful Tones" at playfultones.com; not "Parking Permits" of "City of Springfield | Parking
    Permits" at springfield.gov); else ""."""
    if len(set(headings)) != 1:
        return ""
    parts = SEPARATOR.split(tab)
    heading, first, last = headings[0], parts[0].strip(), parts[-1].strip()
    if len(parts) < 2 or not len(heading.split()) < len(first.split()) >= 3:
        return ""
    if not (last + " ").startswith(heading + " "):
        return ""
    named = is_domain(last) or any(word in host.lower() for word in _NAME_WORD.findall(last.lower()))
    return last if named else ""


_NAME_WORD = re.compile(r"[^\W_]{4,}")  # a site name's longer words: "playful" of "Playful Tones"


def same_words(heading: str, meta_title: str) -> bool:
    """Whether a headline in capitals says what the meta title says, give or take a short word: "BEST
    DRIP COFFEE MAKER IN 2026: BUYING TIPS" and "Best Drip Coffee Maker 2026: Buying Tips"."""
    said = content_words(meta_title, _NO_STOPS)
    return bool(said) and content_words(heading, _NO_STOPS) == said
