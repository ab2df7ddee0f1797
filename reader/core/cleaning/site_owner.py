"""A personal site's owner as its writer. A blog named after a person ("Notes on Zig | Jane Roe" in the
tab, or a site the cleaner knows as "Jane Roe" from its copyright line, with "Jane Roe" printed as
the masthead over the menu) is written by that person; asked only when no byline and no lone name
beside the headline names anyone."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.citing.names import looks_like_organization
from reader.core.cleaning import byline_words as bw
from reader.core.cleaning.titles import SEPARATOR
from reader.core.cleaning.written_words import any_written, small_words

_TAB_WORDS = 4  # a first line this long is a tab's title over the masthead, not a menu's entry ("About Us")


def site_owner(page: Sequence[str], site_name: str) -> str:
    """The person a personal site is named after, when the page says so twice: the tab's title ends
    with the name or the site is known by it (`site_name`: its copyright's holder, say), and the
    name heads the page's masthead ("Jane Roe", "Jane Roe //", "Jane Roe posts about"). "" otherwise,
    and for a name that reads as a business's, a community's or a job ("Kneib Dentistry", "Asana
    Forum", "Senior Reviewer"), or has a word the page writes in small letters ("Quiet Server")."""
    if len(page) < 2:
        return ""
    tab = SEPARATOR.split(page[0])
    # the masthead: the page's first line, or the one under the tab's title (not under a menu's entry)
    masthead = page[:2] if len(page[0].split()) >= _TAB_WORDS else page[:1]
    for name in dict.fromkeys([tab[-1].strip() if len(tab) > 1 else "", site_name]):
        if reads_as_person(name) and any(_heads(line, name) for line in masthead):
            # a word of it written in small letters anywhere on the page is a word: "Docker Community Forums"
            if not any_written(name, small_words("\n".join(page))):
                return name
    return ""


# Words of businesses' and communities' names that no one is named: "Asana Forum", "Kneib
# Dentistry", "Synrgys Solutions", "Noble Desktop", "TheFocus.AI Labs".
_SITE_WORDS = frozenset(
    "ai app apps blog blogs capital clinic cloud co com community company consulting dental dentistry design "
    "desktop digital energy farm forum forums gallery guide guides health hub labs law legal market media "
    "network online partners pro services shop software solutions store studio studios support systems tech "
    "travel".split()
)


def _heads(text: str, name: str) -> bool:
    """Whether a masthead's line starts with the name, alone or over its menu's words."""
    return text.startswith(name) and not text[len(name) : len(name) + 1].isalnum()


def reads_as_person(name: str) -> bool:
    """A name that reads as a person's: two or three capitalised words, none a business's, a job's or
    a control's word, not in capitals, not "The ..."."""
    return (
        len(name.split()) <= 3
        and bool(bw.NAME_LINE.match(name))  # two words or more
        and not any(len(word) > 1 and word.isupper() for word in name.split())  # "REI Co-op", "Cloudflare CDN"
        and not name.startswith("The ")
        and not any(word.lower().strip(".") in _SITE_WORDS for word in name.split())
        and not looks_like_organization(name)
        and not bw.JOB_TITLE.search(name)
        and not bw.button(name)
        and not bw.facet(name)
    )
