"""The writers of a saved page: the names its markup states (trafilatura's metadata) read again as
the byline they came from, with what the page's own byline lines add (roles, contributors), and
what is no name at all left out ("Updated January", a template's unfilled "%author%")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from reader.core.citing.names import PARTICLES, name_key, same_person
from reader.core.cleaning import byline_words as bw
from reader.core.cleaning.bylines import _CREDITS_LINE, _valid_name, names_a_person, parse_byline
from reader.core.cleaning.dates import MONTH
from reader.core.cleaning.lone_names import BARE_ROLE, co_writers, name_of, names_listed
from reader.core.cleaning.metadata import host_of
from reader.core.cleaning.site_owner import reads_as_person
from reader.core.cleaning.titles import readable
from reader.core.importers.text_doc import collapse
from reader.core.models import Author


def named_authors(text: str) -> list[Author]:
    """trafilatura's names ("A; B; C Edited by D", "A; Local Democracy Reporter") read again as the
    byline they came from; as they are when that finds no name."""
    parts = (collapse(part) for part in re.split(r"\s*;\s*", _ITS_BY.sub("", text)))
    names = list(dict.fromkeys(n for n in parts if n and not _PLACEHOLDER.search(n)))  # not "Author Name"
    if not names:
        return []
    line = ", ".join(names)
    return parse_byline(line if bw.BYLINE_RX.match(line) else f"By {line}") or [Author(n) for n in names]


_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
_ITS_BY = re.compile(r"^(?:article|story|post|guide|review)\s+by\s+(?=\S)", re.IGNORECASE)  # "Article by A"
# A line any of the three starts: a role word alone, a byline, a credit. One pattern, asked of every
# short line of the page; most start none.
_ROLE_START = re.compile(
    "|".join(f"(?:{rx.pattern})" for rx in (BARE_ROLE, bw.BYLINE_RX, _CREDITS_LINE)), re.IGNORECASE
)
_INITIALS = re.compile(r"[A-Z]{1,3}")
_ITS = re.compile(r"^(?:article|story)\s+(?=\S)", re.IGNORECASE)  # "Article written by": "written by"
_SAME_BYLINE = 3  # lines under a byline that still belong to it


def merge_authors(
    authors: list[Author], lines: list[str], common: Callable[[], frozenset[str]] = frozenset
) -> list[Author]:
    """Add what the page's own byline lines say: roles (editor, photographer), contributors and
    co-writers (one to a line under the label, or listed beside the stated writers), from
    credit lines and from bylines that name one of the article's writers (WCXB articles, author right:
    tune 68.2% → 73.6%, confirm 62.2% → 70.3%, against taking every byline on the page); not names
    whose every word the article writes in small letters (`common()`, read on first need)."""
    result = list(authors)
    byline_at = -_SAME_BYLINE - 1  # the last line that named the article's writers
    for at, line in enumerate(lines):  # white space collapsed: a line of at most 16 words has at most 15 spaces
        if line.count(" ") > 15:
            continue  # no byline, nor a bare "By" waiting for its name
        if result and (listed := _listed_with(line, result, common)):
            result += [Author(name) for name in listed if not any(same_person(name, a.name) for a in result)]
            byline_at = at  # "A, B, C & D" under the markup's "A": an editor's line under it is the article's too
            continue
        if line[:2] == "By":
            line = _GLUED_BY.sub("By ", line)  # "ByDaryl Austin": the page's spans run together
        if not _ROLE_START.match(line):
            continue
        co: list[str] = []  # the co-writers named one to a line under the first
        if BARE_ROLE.match(line) and at + 1 < len(lines):  # "By" in its element, the name in a link of its own
            first = at + 2 if _INITIALS.fullmatch(lines[at + 1]) and at + 2 < len(lines) else at + 1
            co = [name_of(lines[i]) for i in co_writers(lines, first, line, common())]
            # "Author", "CP" (the round picture's letters), "Chengcheng Pei"; "Article written by:" over its name
            line = f"{_ITS.sub('', line.rstrip(' :'))}: {lines[first]}"
        if line.count(" ") > 15 or not (bw.BYLINE_RX.match(line) or _CREDITS_LINE.match(line)):
            continue
        others = result and bw.BYLINE_RX.match(line) and not any(a.name in line for a in result)
        if others and at - byline_at > _SAME_BYLINE:
            # Once the article has a writer, a byline that names none of its writers is another
            # article's (a card of related posts) or a menu's ("By Industry", "By signing up, ...");
            # an editor's right under the writers' own is theirs ("Written by: A", "Edited by: B").
            continue
        found = [a for a in parse_byline(line) if names_a_person(a, common())]  # not "BY USE CASE", "By Gender & Age"
        if others and not (found := [a for a in found if a.role != "author"]):
            continue
        if all(a.role == "photographer" for a in found):
            continue  # a picture credit, not the article's byline
        byline_at = at
        for author in found:
            same = next((i for i, a in enumerate(result) if a.name == author.name), None)
            if same is None:
                if result or author.role != "photographer":
                    result.append(author)
            elif result[same].role == "author" and author.role != "author":
                result[same] = author
        if found:
            role = found[0].role
            result += [Author(name, role) for name in co if not any(same_person(name, a.name) for a in result)]
    return result


def _listed_with(line: str, authors: list[Author], common: Callable[[], frozenset[str]]) -> list[str]:
    """The names a line lists, without a "By", beside every name the byline holds so far (the
    writers the markup states): three or more ("Rui Ma, Heba Ledwon & Suparn Patra" where the
    markup names "Rui Ma"). Not two ("Rui Ma and Ann Lowe": as often a card of another piece by the
    writer), nor a list leaving one of them out (another piece's writers, one of them this one's)."""
    if not any(author.name in line for author in authors):
        return []  # most lines: no writer's name in them
    listed = names_listed(line, common())
    every = all(any(same_person(name, a.name) for name in listed) for a in authors)
    return listed if every and len(listed) >= _LISTED else []


_LISTED = 3  # names on a line listing the writers


def plausible(authors: list[Author]) -> list[Author]:
    """The names as names: a profile's address is not one ("https://www.facebook.com/..."); a date
    the markup set beside the name ("Supermove February 8"), a site in brackets after it ("Jean-Luc
    Aufranc (CNXSoft)") and a link's words before it ("Read more about A") are cut off; and what is
    left of a label ("Written By", "Updated January") or of a template's unfilled field
    ("page.head.extra.author", "%author%", read as "Page Head Extra Author" and "Author"), a
    stand-in ("Name", "Undefined", "admin"), a button's words ("Sign In"), a sentence's words ("This
    review is posted") or code ('String::from("Ann")') is no name at all."""
    result: list[Author] = []
    for author in authors:
        name = _SITE_IN_BRACKETS.sub("", _DATE_AFTER.sub("", _LINK_WORDS.sub("", readable(author.name))))
        name = name.strip(" ,|·-–—")  # (an entity escaped twice read: "Maria &amp; Katerina")
        if "://" in name or name.lower().startswith("www.") or _NOT_A_NAME.match(name) or BARE_ROLE.match(name):
            continue
        if _NO_NAME_CHARS.search(name) or _STAND_IN.match(name) or _command(name) or _phrase(name):
            continue  # code, a section sign, a copyright's holder; "Name", "Undefined"; a button's "Sign In"
        if _PLACEHOLDER.search(name) or _FOOTER_LINKS.search(name):  # "Conditions Privacy Policy"
            continue
        if name != author.name:
            author = replace(author, name=name)
        if all(not same_person(a.name, name) for a in result):  # "Tina Flint Huffman; Tina Huffman"
            result.append(author)
    # a part of a name the markup split ("Center", "Research" of "Center for Drug Evaluation and Research")
    return [a for a in result if not any(a is not b and _part_of(a.name, b.name) for b in result)]


def site_itself(name: str, site_name: str, url: str) -> bool:
    """Whether a writer's name is the site's own: its name ("Clemson News"), its host's ("Corti" of
    corti.ai, "USA TODAY" of usatoday.com), or either with "The", "Team", "Staff", "News", "Editors"
    or "Editorial" ("Team Tiger Data" of tigerdata.com, "Atlantic Staff" of "The Atlantic"). Such a
    byline is the publisher's, which a person's byline on the page may name better; but a personal
    site's name is its owner's ("Martin Fowler" of martinfowler.com): see publisher()."""
    own = _key(name)
    host = [part for part in host_of(url).split(".") if part not in _HOST_PREFIXES]
    names = {_key(site_name), _TEAM.sub("", _key(site_name)), _key(host[0]) if len(host) > 1 else ""} - {""}
    return bool(own) and (own in names or _TEAM.sub("", own) in names)


def publisher(name: str, site_name: str, url: str) -> bool:
    """Whether a writer's name is the site's own and no person's: "Greenhouse Studio", "Fastarz",
    "Clemson News"; not "Martin Fowler", who is his site's writer beside a co-writer."""
    return site_itself(name, site_name, url) and not reads_as_person(name)


def _key(text: str) -> str:
    return name_key(text).replace(" ", "")  # "Clemson News", "clemson-news" and "ClemsonNews" alike


_TEAM = re.compile(r"^(the|team)|(team|staff|news|editors|editorial|editorialteam)$")
_HOST_PREFIXES = frozenset({"blog", "news", "m", "en"})  # "www." host_of takes off


def _part_of(part: str, name: str) -> bool:
    """Whether a one-word name is a word of another, whole name: "Center" of "Center for Drug
    Evaluation and Research", "Roy" of "Aniruddha Roy"; not of a name with a label's or a forum's
    words run into it ("JonB" of "J Offline JonB wrote")."""
    return " " not in part and f" {part} " in f" {name} " and _valid_name(name)


def _command(name: str) -> bool:
    """A button's words: its verb alone or with a particle ("Get", "Search", "Sign In"); not an
    outlet's or a person's name that starts with such a word ("Search Engine Land", "Ask Bjørn Hansen")."""
    words = name.split()
    return bw.button(name) and (len(words) == 1 or (len(words) == 2 and words[1].lower() in _BUTTON_ENDS))


_BUTTON_ENDS = frozenset("in up out now more here started".split())


def _phrase(name: str) -> bool:
    """Words of a sentence, not a name: capitals, and two words or more in small letters that are
    neither a name's particles nor an organisation's small words ("This review is posted"); before a
    comma only ("Jane Doe, staff writer" is a name and a job). A name in small letters alone is a
    user's ("sam colegrove")."""
    words = name.split(",", 1)[0].split()
    small = [w for w in words if w.islower() and w not in _PARTICLES]
    return len(small) >= 2 and any(w[:1].isupper() for w in words)


# beside a name's particles, the small words of an organisation's name in the languages Reader reads
# most ("Center for Drug Evaluation and Research", "Reporters sans frontières", "Bundesministerium für
# Bildung und Forschung", "Ministère de l'Économie et des Finances")
_PARTICLES = PARTICLES | frozenset(
    "do les y e i of for and the on in at to für und sans et des dem aus het op en och og per pour sur im am auf "
    "dan untuk dari".split()
)
_MONTHS = "|".join(sorted(MONTH, key=len, reverse=True))
# a month with its day or year: a month alone may be a surname ("Tom May", "Alyssa Maio")
_DATE_AFTER = re.compile(rf"\s+(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:,?\s+\d{{4}})?|,?\s+\d{{4}})$", re.IGNORECASE)
# 'String::from("Ann")', "§ Authoring", "University ©", a breadcrumb's "Home » Services"
_NO_NAME_CHARS = re.compile(r"::|[(){}\[\]<>=§©®™]|\s[»›]\s")  # not «» around a name (РИА «Новости»)
# a link's words around the name, as the markup gave them: "Read more about The Upwork Team"
_LINK_WORDS = re.compile(
    r"^(?:read\s+more\s+(?:about|from|by)|more\s+(?:about|from|by)|(?:view|see)\s+(?:all\s+)?"
    r"(?:posts|articles|stories)\s+(?:by|from)|(?:all\s+)?(?:posts|articles|stories)\s+by)\s+(?=\S)",
    re.IGNORECASE,
)
_SITE_IN_BRACKETS = re.compile(r"\s*\([^()]*\)$")  # "Jean-Luc Aufranc (CNXSoft)": the name, without its site
# what a template or a site sets where no writer is named: a field's label, an empty value, a role
_STAND_IN = re.compile(r"^(?:name|full\s+name|undefined|null|none|unknown|n/?a|admin|administrator|webmaster)$", re.I)
_PLACEHOLDER = re.compile(r"(?:^|[\W_])authors?(?:$|[\W_])", re.IGNORECASE)  # a field's name: "author_name"
# a footer's links, which a template's author field may hold: no name has these words
_FOOTER_LINKS = re.compile(
    r"\b(?:privacy\s+(?:policy|notice)|terms\s+(?:of|and)\b|conditions|cookie\s+(?:policy|settings)|"
    r"all\s+rights\s+reserved|sitemap)",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(rf"^((updated|published|posted)\b\s*(?:{_MONTHS})?\.?|(?:{_MONTHS}))?$", re.IGNORECASE)


__all__ = ["merge_authors", "named_authors", "plausible"]
