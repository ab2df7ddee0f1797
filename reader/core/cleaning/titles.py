"""A page's title without the site's name: "Healthy Eating Plate | The Nutrition Source" → "Healthy Eating Plate".

A browser tab's title (the first line of a copied page, and `<title>` in HTML) usually joins the
headline and the site or its section with a separator. The headline alone is the article's title:
it is what a citation names and what a person searching for the article types. Only the end parts are
taken off, and only when they are evidently not part of the headline: the headline stands alone as a
line of the page, or the part names the site (its name, its domain, a name the page repeats elsewhere).
"""

from __future__ import annotations

import html
import re

from reader.core.cleaning.dates import find_date

SEPARATOR = re.compile(r"\s+(?:\||–|—|-|::|•|·|»)\s+")  # "Headline | Site"
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp);", re.IGNORECASE)


def readable(title: str) -> str:
    """A title as a reader sees it: entities the page escaped twice ("SQL &#x26; AI") read, and
    without a heading's permalink mark."""
    for _ in range(2):  # "&amp;#x26;" is "&#x26;" once read, "&" twice
        if _ENTITY.search(title):
            title = html.unescape(title)
    return without_anchor(_without_run_in_byline(title))


def _without_run_in_byline(title: str) -> str:
    """A headline without the post's byline its theme prints inside the <h1>, to the end: "Headline
    Posted on by infuy", "Headline Posted on May 3, 2025 by Ann Lowe": after "Posted on", a date or
    nothing, then perhaps "by" and a name of three words at most. Not a headline's own words ("What
    Gets Posted on Facebook Stays There")."""
    posted = _POSTED_ON.search(title)
    if posted is None:
        return title
    rest = _BY_NAME_END.sub("", posted["rest"]).strip()
    on_date = (found := find_date(rest)) is not None and found[1] == 0 and len(rest.split()) <= _DATE_WORDS
    return title[: posted.start()] if not rest or on_date else title


_POSTED_ON = re.compile(r"\s+Posted\s+on\b(?P<rest>.*)$")
_BY_NAME_END = re.compile(r"(?:^|\s)by\s+\S+(?:\s+\S+){0,2}\s*$")
_DATE_WORDS = 3  # "May 3, 2025", "3 May 2025", "2025-05-03"


def without_anchor(heading: str) -> str:
    """A heading without the pilcrow that documentation sites print after it as a link to it
    ("Quickstart¶", Sphinx's and MkDocs' permalinks): a mark to click, not the heading's words."""
    return heading[:-1].rstrip() if heading.endswith("¶") else heading


# What stands between a site's name and the headline after it: "Site | Headline", "Site: Headline"
# (as blogs write their tabs' titles).
_SITE_BEFORE = re.compile(r"(?:\s(?:\||–|—|-|::|•|·|»)|:)\s+$")


def is_tabs_headline(tab: str, line: str) -> bool:
    """Whether `line` is the headline part of the tab's title `tab`: "Headline | Site", "Site -
    Headline", "Site: Headline". A page prints its headline so under the tab's title."""
    tab, line = tab.strip(), line.strip()
    if not line or len(line) >= len(tab):
        return False
    if tab.startswith(line):
        return heads_tab(tab, line)
    return tab.endswith(line) and bool(_SITE_BEFORE.search(tab[: len(tab) - len(line)]))


def tabs_headline(tab: str) -> str:
    """The first part of a tab's title: "Headline" of "Headline | Site" (all of it without a separator)."""
    return SEPARATOR.split(tab, maxsplit=1)[0].strip()


def extends_tab(tab: str, line: str) -> bool:
    """Whether `line` is the tab's headline `tab` with more after it: a subtitle ("Headline: How
    ...", "Headline, Reviewed by ..."), or the rest of a headline the tab cut off in a word
    ("... laptop, and k" over "... laptop, and keyboard")."""
    if len(tab.split()) < 3 or not line.startswith(tab) or len(line) <= len(tab) + 1:
        return False
    rest = line[len(tab) :]
    return rest[0] in ":,(" or rest[:3] in (" - ", " – ", " — ") or (not rest[0].isspace() and tab[-1].isalnum())


def begins_tab(tab: str, line: str) -> bool:
    """Whether `line` is the start of the tab's headline `tab`, with half its words or more, the
    tab going on after a space, a comma, a colon or a bracket: the headline as printed, which the
    tab's title lengthens for search engines ("Easy Everyday Sourdough Bread" of "Easy Everyday
    Sourdough Bread Recipe", "... This Month" of "... This Month, December 2025"); not a line cut
    inside a word ("What Is U" of "What Is U.S. Policy", "Cherry" of "Cherry-Tomatoes")."""
    words = len(line.split())
    return (
        words >= 3
        and len(tab) > len(line)
        and tab.startswith(line)
        and (tab[len(line)].isspace() or tab[len(line)] in ",:(")
        and 2 * words >= len(tab.split())
    )


def rewords(tab: str, line: str) -> bool:
    """Whether `line` is the tab's headline `tab` with its first or last words put otherwise: six
    words or more at one end the same (two in three of the tab's and of the line's), the rest
    differing ("... eBike for Commuting & Adventure" over "... eBike for Commuting, Fitness, or
    Adventure"; "7 Best Gaming Laptops ..." over "The Best Gaming Laptops ..."); not the whole of one
    with more after it (extends_tab's). A tab's title is often the printed headline reworded for a
    search engine."""
    ours, theirs = _WORD.findall(tab.casefold()), _WORD.findall(line.casefold())
    shorter, longer = sorted((len(ours), len(theirs)))
    for a, b in ((ours, theirs), (ours[::-1], theirs[::-1])):  # from the start, then from the end
        same = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
        if same >= 6 and 3 * same >= 2 * longer and same < shorter:
            return True
    return False


_WORD = re.compile(r"\w+")


def ends_tab(tab: str, line: str) -> bool:
    """Whether `line` is the end of the tab's headline `tab`, four words or more and half of its
    words: the headline as printed, which the tab's title opens with a count or a word for search
    engines ("Cybersecurity Tips for Small Businesses" of "15 Critical Cybersecurity Tips for Small
    Businesses")."""
    words = len(line.split())
    return words >= 4 and tab.endswith(" " + line) and 2 * words >= len(tab.split())


def prints_headline(tab: str, line: str) -> bool:
    """Whether `line` is the tab's headline `tab` as the page prints it: the same, with more after
    it (extends_tab), or without the words the tab adds at its end (begins_tab)."""
    return line == tab or extends_tab(tab, line) or begins_tab(tab, line)


def crumbs_end(crumbs: str, line: str) -> bool:
    """Whether `crumbs` is a breadcrumb trail that ends with `line`, of three words or more, a
    separator right before it: "Home » Archive » Do Millennials Save?" over "Do Millennials Save?"
    names the page's headline; "Home » Blog » Why Do Millennials Save?" does not."""
    return (
        line.count(" ") >= 2
        and len(crumbs) > len(line)
        and crumbs.endswith(line)
        and crumbs[: len(crumbs) - len(line)].rstrip().endswith(("»", "›", "❯", ">", "/", "·"))
    )


def tabs_other_wording(tab: str, title: str) -> bool:
    """Whether `tab` is a tab's title ("Headline | Site") sharing a longer word with `title`; not a
    menu's row of separated words ("Home - News - Sport")."""
    headline = tabs_headline(tab)
    return headline != tab and bool(set(_LONGER.findall(headline.lower())) & set(_LONGER.findall(title.lower())))


_LONGER = re.compile(r"[^\W\d_]{4,}")


def heads_tab(tab: str, line: str) -> bool:
    """Whether `line` is the first part of the tab's title `tab`, a site's separator after it:
    "Headline" of "Headline | Site"."""
    return tab.startswith(line) and SEPARATOR.match(tab, len(line)) is not None


def without_site(title: str, page_lines: list[str], site_name: str = "", *, tab: bool = False) -> str:
    """The headline part of `title` (as it is when nothing says an end part is the site). With
    `tab`, the title is known to be a tab's ("Headline | Site"): its last part is the site."""
    parts = SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    standalone = {line.strip() for line in page_lines}
    # The page prints the headline alone (the <h1>): take the longest run of parts from the start
    # that it prints, and only if it is a real headline (three words or more).
    for end in range(len(parts) - 1, 0, -1):
        head = _join(title, parts[:end])
        if head in standalone and len(head.split()) >= 3:
            return head
    # A tab of three parts or more between bars, "Headline | Keywords | Site", "Headline | Section |
    # Site": the headline is the first.
    if tab and len(bars := title.split(" | ")) >= 3 and len(bars[0].split()) >= 3:
        return bars[0].strip()
    # Else take end parts off while each names the site.
    page = "\n".join(page_lines)
    if tab and len(_join(title, parts[:-1]).split()) >= 3:
        parts = parts[:-1]
    while len(parts) > 1 and _names_site(parts[-1], site_name, page, title):
        parts = parts[:-1]
    head = _join(title, parts)
    return head if len(head.split()) >= 2 else title


def _join(title: str, parts: list[str]) -> str:
    """The first parts as they stand in the title (with their own separators)."""
    position = 0
    for part in parts:
        position = title.index(part, position) + len(part)
    return title[:position].strip()


def is_domain(text: str) -> bool:
    """Whether a text is a domain name, as sites name themselves in a tab: "virtualbox.org"."""
    return bool(_DOMAIN.match(text))


def _names_site(part: str, site_name: str, page: str, title: str) -> bool:
    part = part.strip()
    if not part or len(part.split()) > 5:
        return False
    if site_name and part.casefold() in (site_name.casefold(), site_name.casefold().removeprefix("the ")):
        return True
    if is_domain(part):
        return True
    # A brand the page names again outside its title ("© 2025 FieldEdge", "About FieldEdge").
    return page.count(part) > title.count(part) and part[:1].isupper()


# What a page prints before a headline on its line: a breadcrumb ("Home / ", "Blog » ") or a kicker
# ("Blog: ", "PROJECT: ")
_LABEL = re.compile(r"^(?:[^:/»>|]{1,25}?(?::|\s[/»>|])\s+)+(?=\S)")
_TITLE_LABEL = re.compile(r"^title\s*:\s*(?=\S)", re.IGNORECASE)


# "(latimes.com) 87": a lower-case host of a common top-level domain, not "(Node.js)" or "(settings.py)"
_LINKED_SITE = re.compile(
    r"(?<=\S)\s+\((?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|uk|news|info|dev|app|blog|ai|us|ca|au|de|fr)\)"
    r"(?:\s+\d+)?$"
)


def without_label(title: str, tab: str) -> str:
    """The headline without the breadcrumb or kicker printed before it on its line, when the tab's
    title `tab` (a copied page's first line, a saved page's meta title) is that headline: "Home /
    Cheap Fixes Are the Best!" under the tab's "Cheap Fixes Are the Best!", "Blog: Best Agencies in
    2025" (an <h1>) under "Best Agencies in 2025 | Site". A record's "Title:" goes whatever the tab
    says (a paper's page: "Title: A", "Authors: B"). A link's site and its score after a shared
    story's title ("A (latimes.com) 87", as a link aggregator prints them) go too."""
    title = _LINKED_SITE.sub("", title)
    if (named := _TITLE_LABEL.match(title)) is not None and len(title[named.end() :].split()) >= 2:
        return title[named.end() :]
    label = _LABEL.match(title)
    if label is None or title == tab:
        return title
    rest = title[label.end() :]
    return rest if len(rest.split()) >= 2 and (rest == tab or heads_tab(tab, rest)) else title
