"""Reading bylines: the names in a byline with their roles ("By A, B and C. Edited by D"), and the
article's authors from the lines around its headline (a byline, or a lone name beside the date)."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.citing.names import PARTICLES, looks_like_organization
from reader.core.cleaning import byline_words as bw
from reader.core.cleaning import lone_names as ln
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.dates import YEAR, find_date
from reader.core.cleaning.lines import DATED_BYLINE, Line, Tag
from reader.core.cleaning.site_owner import site_owner
from reader.core.cleaning.titles import SEPARATOR
from reader.core.cleaning.written_words import common_words
from reader.core.models import ORGANIZATION, Author


def _clean_name(name: str) -> str:
    name = re.split(r"\s+[-–—|]\s+|\s*\(|,\s*(?=\d)|\s+(?:on|at|pada|el|le|am)\s+\d", name)[0]
    name = re.sub(r"\s+(?:in|di|en|em|à|a|aus|desde|de)\s+[A-ZÀ-Ý][\w ]*$", "", name) if " in " in name else name
    name = bw.without_link(name)  # "A. J. Neal View In Digital Edition", "Jane Roe Follow"
    name = re.sub(r"^the\s+(?=[A-Z])", "", name.strip(" .:|,;-–—"))  # "by the Associated Press"
    return name + "." if re.search(r"\s(?:Jr|Sr)$", name) else name


# Lower-case words a name may have: particles of people's names, small words of organisations'.
_NAME_SMALL_WORDS = PARTICLES | frozenset("bt ap y e of for the and on dan untuk dari des et und für do para".split())


def _valid_name(name: str) -> bool:
    words = name.split()
    organization = looks_like_organization(name)
    return (
        1 <= len(words) <= (10 if organization else 6)
        and name[:1].isupper()
        and not any(ch.isdigit() for ch in name)
        and "@" not in name
        and not pt.DOMAIN.fullmatch(name)
        and not bw.JOB_TITLE.search(name)
        and all(_name_word(w) for w in words)
    )


def _handle(name: str) -> bool:
    """A writer's user name, the whole of a byline ("by ibby", "By sara.r.peter"): one token of small
    letters, not a word such a line uses for no one ("by admin", "by default", "By phone"). Only after
    "by": a label ("Author: username", "Author stats") is a search form's or a forum's control."""
    return bool(_HANDLE.fullmatch(name)) and name.lower() not in _NOT_HANDLES


_HANDLE = re.compile(r"[a-z][a-z0-9._-]{2,29}")
_BY_START = re.compile(r"\s*(?:(?:posted|written|published)\s+(?:on\s+.{4,30}?\s+)?)?by\s", re.IGNORECASE)
_NOT_HANDLES = frozenset(
    "admin administrator author editor editors staff team guest user anonymous unknown default design hand far "
    "appointment request category date name popularity price relevance phone email mail post fax".split()
)


def _name_word(word: str) -> bool:
    """A word a name can have: with a capital (Ingleby, d'Ancona, al-Hakim), a particle or a small
    word of an organisation's name, or a word of a script without capitals."""
    return any(ch.isupper() for ch in word) or word in _NAME_SMALL_WORDS or word[:1].lower() == word[:1].upper()


def _author(name: str, role: str = "author", job_title: str = "") -> Author:
    """A byline's name; an organisation's name is marked so (kept with the article, editable)."""
    return Author(name, role, ORGANIZATION if looks_like_organization(name) else "", job_title)


# The full stop after an abbreviation or an initial is no sentence's end.
_ABBREVIATIONS = {"jr", "sr", "dr", "drs", "mr", "mrs", "ms", "prof", "st", "hj", "ir", "ph", "md", "rev", "sir"}
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=\S)")
_JOINERS_ANY_CASE = re.compile(bw.NAME_JOINERS.pattern, re.IGNORECASE)  # a byline in capitals: "OLEH A DAN B"


def _first_sentence(names: str) -> str:
    """ "Alice Ingleby. She covers..." -> "Alice Ingleby"; "J. K. Rowling" and "King Jr." are kept whole."""
    for match in _SENTENCE_STOP.finditer(names):
        word = re.findall(r"[^\W\d_]+$", names[: match.start()])
        if word and word[0].casefold() not in _ABBREVIATIONS:
            return names[: match.start()]
    return names


def _byline_parts(text: str) -> list[tuple[str, str]]:
    """(role, the names after its label) for each labelled part of a byline."""
    text = " ".join(text.split())
    text = bw.BY_PHRASE_INSIDE.sub(" | ", bw.ROLE_INSIDE.sub(" | ", text))
    parts = []
    for segment in re.split(rf"\s*[|;{bw.DOTS}]\s*", text):
        match = bw.BYLINE_LABEL.match(segment.strip(" —–-()"))
        if match:
            index = next(int(k[1:]) for k, v in match.groupdict().items() if v is not None and k != "names")
            parts.append((bw.BYLINE_LABELS[index][1], match.group("names")))
    return parts


def _names_in(text: str) -> list[tuple[str, str]]:
    """The names of one part of a byline, each with the word that joined it to the one before."""
    text = _first_sentence(text).strip(" .()")
    pieces = (_JOINERS_ANY_CASE if text.isupper() else bw.NAME_JOINERS).split(text)
    result = [(pieces[0], "")]
    for i in range(1, len(pieces) - 1, 2):
        result.append((pieces[i + 1], pieces[i].lower()))
    return result


_BYLINE_DATE = re.compile(
    r"\s*(?:[|–—-]\s*)?\b(?:published|updated|posted(?!\s+by\b)|last\s+updated|diterbitkan|"
    r"diperbarui|publicado|actualizado)\b\s*:?.*$",
    re.IGNORECASE,
)


_DATE_TAIL_WORDS = 8  # "December 2, 2025 at 4:28 PM EST": a date and its time, nothing more
_LATER_DATE_WORDS = 4  # and for each later date ("Updated January 18, 2023")


def _without_date_after(text: str) -> str:
    """A byline without the date written after its names ("By A December 2, 2025")."""
    found = find_date(text)
    if found is None or found[1] == 0:
        return text
    tail = text[found[1] :]  # a date, or a few: "July 30, 2019 January 18, 2023" (posted, updated)
    if len(tail.split()) > _DATE_TAIL_WORDS + _LATER_DATE_WORDS * (len(YEAR.findall(tail)) - 1):
        return text
    return _ON.sub("", text[: found[1]].rstrip(" ,|–—-" + bw.DOTS))


# "By A on December 2, 2025"; "By APublished Dec 3, 2025" (a page's spans run together)
# "By A on Tuesday, December 2, 2025": the weekday goes with the date
_ON = re.compile(
    rf"(?:\s+(?:on|pada|el|le|am|em)(?:\s+{bw.WEEKDAY})?|\s+{bw.WEEKDAY}|(?:published|updated|posted)(?:\s+on)?\s*:?)$",
    re.IGNORECASE,
)


# A form's consent, not a byline: "By clicking Join you agree ...", "By signing up, I accept ...". A
# name never starts with a word in small letters ending in -ing.
_CONSENT = re.compile(r"^(?:By|by|BY)\s+[a-z]{2,}ing(?=,|\s+\S)")  # not a user's "by ming", "by jing"


def parse_byline(text: str, *, handles: bool = False) -> list[Author]:
    """A byline's names with their roles: 'By A, B and C. Edited by D', 'Reporter: A | Editor: B',
    'Penulis: A Editor: B', 'Laporan wartawan Site, A'. A title written beside a name ('A, Local
    Democracy Reporter') stays with that name; an organisation's name keeps its 'and' ('Kementerian
    Lingkungan Hidup dan Kehutanan'). With `handles`, a byline of "by" and one user name ("by ibby")
    names that user: asked only of a line standing as a byline on its own."""
    if _CONSENT.match(text) or bw.ROLE_AND_WORD.match(text):
        return []  # "By checking out, you agree to ..."; a menu's "Editor Setup", a heading's "Editors Note"
    authors: list[Author] = []
    text = _BYLINE_DATE.sub("", text)  # "By A Published: Jan 29, 2025", "By A – Updated Sep 9, 2025"
    text = _without_date_after(bw.READING_TIME.sub("", text))  # "By A 2–3 minutes", "By A December 2, 2025"
    for role, names in _byline_parts(text):
        found: list[Author] = []
        pieces = _names_in(names)
        glued = False  # the last name's job came after it without a comma: "A Executive Editor and B"
        for at, (raw, joiner) in enumerate(pieces):
            name = _clean_name(raw)
            if not name:
                continue
            if found and glued and joiner in ("and", "&") and not bw.name_before_job(name, initial=True):
                last = found[-1]  # "A Executive Digital Editor and Master Gardener": the job goes on
                found[-1] = replace(last, job_title=f"{last.job_title} {joiner} {name}")
                continue
            after_glued, glued = glued, False
            if found and bw.CREDENTIAL.fullmatch(name):  # "A, Ph.D.", "A RN, BSN": the last name's letters
                letters, last = raw.strip(" ,;"), found[-1]  # with the full stop _clean_name takes off
                found[-1] = replace(last, job_title=f"{last.job_title}, {letters}" if last.job_title else letters)
                continue
            # a name of its own, not the job of the one before it ("A, Home Security Expert", "A, Privacy
            # and Security Expert"), with a job of two words or more glued on: "A Executive Editor", "A
            # Senior Editor and B Staff Writer"
            starts = not found or (joiner in ("and", "&") and (after_glued or not found[-1].job_title))
            person = bw.name_before_job(name, initial=True) if starts else ""
            if (
                person and _valid_name(person) and len(name[len(person) :].split()) > 1
            ):  # not "Local Democracy Reporter"
                found.append(_author(person, role, name[len(person) :].strip()))
                glued = True
                continue
            if found and joiner == "," and bw.JOB_START.match(name) and not found[-1].job_title:
                found[-1] = replace(found[-1], job_title=name)  # "A, Senior Director": a job
                continue
            if (
                found
                and found[-1].job_title
                and joiner in ("and", "&")
                and (
                    len(name.split()) == 1
                    or looks_like_organization(name)
                    or (bw.field_goes_on(found[-1].job_title, name) and pieces[at - 1][0].strip())  # not ", and B"
                )
            ):
                last = found[-1]  # "A, Senior Director, Content & Marketing", "A, Head of X and Y": the job goes on
                found[-1] = replace(last, job_title=f"{last.job_title} {joiner} {name}")
                continue
            title = bw.JOB_TITLE.search(name) or (found and bw.PROFESSION.search(name))  # not "Lawyer Monthly"
            if title and len(name.split()) <= 6:  # a title beside the names, not a name
                takers = [a for a in found if not a.job_title] if title.group("plural") else found[-1:]
                if takers == found[-1:] and found and found[-1].job_title and joiner in ("and", "&"):
                    name = f"{found[-1].job_title} {joiner} {name}"  # "A, Home and Digital Security Expert"
                found = [replace(a, job_title=name) if a in takers else a for a in found]
                continue
            if found and joiner == "," and len(name.split()) == 1 and _person_named_in_full(found[-1]):
                # "A Parker, Dietitian", "C Wilson, Co-Founder, COO": a credential or a role; a co-author
                # has a name in full
                last = found[-1]
                found[-1] = replace(last, job_title=f"{last.job_title}, {name}" if last.job_title else name)
                continue
            if (
                found
                and joiner in ("and", "dan", "&")
                and len(name.split()) == 1
                and found[-1].kind == ORGANIZATION
                and len(found[-1].name.split()) > 1
                and not looks_like_organization(name)
            ):
                found[-1] = replace(found[-1], name=f"{found[-1].name} {joiner} {name}")  # "... Hidup dan Kehutanan"
                continue
            if (
                found
                and joiner in ("and", "&")
                and len(found[-1].name.split()) == 1
                and found[-1].kind != ORGANIZATION
                and looks_like_organization(name)
                and len(name.split()) > 1
            ):
                found[-1] = _author(f"{found[-1].name} {joiner} {name}", role)  # "Food and Agriculture Organization"
                continue
            if (
                found
                and joiner == ","
                and found[-1].kind != ORGANIZATION
                and (looks_like_organization(name) or found[-1].job_title or name.startswith("The "))
                and (raw, joiner) == pieces[-1]
            ):
                continue  # "By A, BBC News", "By A, MD, Parkview Health", "By A, The Daily": where A works
            letters = ""
            if (after := _CREDENTIAL_AFTER.search(name)) and len(name[: after.start()].split()) >= 2:
                name, letters = name[: after.start()], after.group(1)  # "Cara Dumaplin RN", "Jane Roe Ph D"
            if _valid_name(name) or (handles and len(pieces) == 1 and _BY_START.match(text) and _handle(name)):
                found.append(_author(name, role, letters))
        authors += [a for a in found if all(a.name != b.name or a.role != b.role for b in authors)]
    return authors


def _person_named_in_full(author: Author) -> bool:
    return author.kind != ORGANIZATION and len(author.name.split()) >= 2


def _byline_after_date(header: list[Line], common: frozenset[str]) -> tuple[Line | None, list[Author]]:
    """The writers named after the date on its line: "May 3, 2017 By Erin Spain 4 Comments",
    "Published August 7, 2023 by Nicole Burke", "On January 12, 2025 By A In Budget Travel"."""
    for line in header:
        if line.words > DATED_BYLINE or not (found := find_date(line.text)):
            continue
        by = bw.by_after(line.text, found[1])
        if by is None:
            continue
        names = _AFTER_NAMES.sub("", line.text[by.end() :])
        authors = [a for a in parse_byline(f"By {names}") if not common_words(a.name, common)]
        if authors:
            return line, authors
    return None, []


# What follows the names: "In Budget Travel", "4 Comments", "| Community", "· This post may contain..."
_AFTER_NAMES = re.compile(rf"\s+(?:In(?:\s|$)|\d+\s+(?i:comments?)\b|[|{bw.DOTS}—–-]\s).*$")


_SIGNED = 3  # lines after the body's last where the article's own closing byline stands
_ABOVE_HEADLINE = 4  # lines over the headline where its kicker and byline may stand
_BELOW_BODY = 8  # lines under the article where its own byline may stand ("— Jane Roe", "Reporting by ...")


_CREDITS_LINE = re.compile(r"^(additional\s+)?(reporting|editing|writing)\s+by\b|^mitarbeit\s*:", re.IGNORECASE)


def names_a_person(author: Author, common: frozenset[str]) -> bool:
    """Whether a byline's name is someone's, not words the article writes in small letters ("BY USE
    CASE") nor what a shop's or a directory's menu sorts by ("By Role", "By Gender & Age")."""
    return not common_words(author.name, common) and not bw.facet(author.name)


# A byline's label with its colon
_COLON_BY = re.compile(r"^(?:written\s+)?by\s*:\s*(?-i:[A-Z])", re.IGNORECASE)
_CREDENTIAL_AFTER = re.compile(rf"\s({bw.CREDENTIAL.pattern})$")  # letters after a name, without a comma


def _read_bylines(lines: list[Line], authors: list[Author], used: list[Line], common: frozenset[str]) -> None:
    """The names of the bylines among `lines`, added to `authors`; the lines read, to `used`."""
    for line in lines:
        if line.tag is Tag.CREDIT:
            continue
        text, sentence = bw.SENTENCE_BYLINE.subn("By ", line.text, count=1)  # "This post was written by A, ..."
        bylineish = (
            line.tag is Tag.BYLINE
            or sentence
            or _COLON_BY.match(text)  # "By: A, Director of Operations, ...": a long line, still a byline
            or line.text.startswith(("—", "(", "-", "–"))
            or _CREDITS_LINE.match(line.text)
            or (line.tag is Tag.DATE and bw.BYLINE_RX.match(line.text))  # "Posted by A on 2025-12-18 in B."
        )
        found = parse_byline(text, handles=True) if bylineish else []
        written = bool(sentence or _WRITTEN_BY.match(text))  # "Written by Top Growth Marketing": said outright
        found = [a for a in found if names_a_person(a, common) or written and _capitalised(a.name)]
        if found:
            for author in found:
                same = next((i for i, a in enumerate(authors) if a.name == author.name), None)
                if same is None:
                    authors.append(author)
                elif authors[same].role == "author":
                    authors[same] = author  # "Reporting by A" says more than "By A"
            used.append(line)


_WRITERS = ("author", "reporter")
_WRITTEN_BY = re.compile(r"^(?:written|authored)\s+by\s+(?-i:[A-Z])", re.IGNORECASE)


def _capitalised(name: str) -> bool:
    """Two words or more, each starting with a capital, as a firm's name is written ("Top Growth
    Marketing"); not a job ("Staff Writer", "Guest Author") nor a team's label ("The Team", "Our
    Editors")."""
    words = name.split()
    return (
        len(words) >= 2
        and all(word[:1].isupper() for word in words)
        and words[0].lower() not in ("the", "our", "a", "an")
        and words[-1].lower() not in ("author", "authors", "writer", "writers", "team", "staff", "editors")
        and not bw.JOB_TITLE.search(name)
        and not bw.facet(name)
    )


def _first_byline_below(tail: list[Line], authors: list[Author], used: list[Line], common: frozenset[str]) -> None:
    """The article's own byline under it: the first one there ("Written by A", or "Article by" over
    "A" on the next line); the ones after it are the teased articles'."""
    below = [line for line in tail[:_BELOW_BODY] if line.words <= 16 or line.tag is Tag.BYLINE]
    for i, line in enumerate(below):
        _read_bylines([line], authors, used, common)
        if not authors and i + 1 < len(below) and ln.BARE_ROLE.match(line.text):
            after = ln.under_role(below, i)
            if ln.described(after.text, common):
                for named in (after, *ln.co_authors(below, after, common)):  # "Authors" over a name a line
                    authors.append(_author(ln.name_of(named.text)))
                    used.append(named)
        if authors:
            return


def _above_only(used: list[Line], headline: Line) -> bool:
    """Whether the bylines read all stand above the headline, without a date: another article's
    teaser ("The best travel cameras" / "by Andy Westlake") over this one's headline."""
    return all(line.index < headline.index and not find_date(line.text) for line in used)


def find_authors(
    header: list[Line],
    tail: list[Line],
    title: Line | None = None,
    common: frozenset[str] = frozenset(),
    end: tuple[Line, ...] = (),
    page: tuple[Line, ...] = (),
    site: str = "",
) -> tuple[list[Author], list[Line]]:
    """Authors from byline lines, and a lone name standing beside the date or under the headline
    (or over a bio at the article's `end` or below it, or, last, under a role's label anywhere on
    the `page`; last, the person a personal `site` is named after); `common`, the words the article
    writes in small letters."""
    authors: list[Author] = []
    used: list[Line] = []
    start = header.index(title) + 1 if title in header else len(header)  # no headline: no "under it"
    if title is not None and header and title is header[0] and SEPARATOR.search(title.text):
        start = len(header)  # the tab's title, "Headline | Site": the page's own menus stand under it
    elif (
        title is not None
        and title.words < 3
        and start > 1
        and not any(line.tag is Tag.DATE for line in header[start : start + 3])
    ):
        start = len(header)  # a shop's or a guide's heading ("Water Bottles") over its filters, not an article's

    # Undated bylines far above the headline are a menu's ("By Use Case", "By Industry") when the
    # bylines near it, or one with its date ("by A · Dec 20, 2025"), name the writers
    near = max(0, start - _ABOVE_HEADLINE) if start < len(header) else 0
    first = [line for i, line in enumerate(header) if i >= near or (line.tag is Tag.BYLINE and find_date(line.text))]
    _read_bylines(first, authors, used, common)
    if not authors:
        _read_bylines(header[:near], authors, used, common)
    if not authors and title in header and header.index(title) + 1 == start:
        # "Posted on May 3, 2025 by A" by the headline: the writer, not a menu's last entry beside it
        dated, after = _byline_after_date(header[near : start + _ABOVE_HEADLINE], common)
        if dated is not None:
            authors += after
            used.append(dated)
    writers = any(a.role in _WRITERS for a in authors)  # "Edited by B", "Photos by C": no writer named
    lone = ln.lone_name(header, start, used, common, bylined=writers)
    if authors and lone is None and 0 < start < len(header) and _above_only(used, header[start - 1]):
        under = ln.lone_name(header, start, used, common)
        if (
            under is not None
            and under.index > header[start - 1].index
            and len(ln.name_of(under.text).split()) > 1  # a full name: not a kicker's word ("Feature")
            and ln.beside_date(header, under)
        ):
            authors, used, lone = [], [], under  # the name over the date under the headline, not teasers' bylines above
    if not authors and lone is None:  # only then: bylines further down are other articles' teasers
        _first_byline_below(tail, authors, used, common)

    name = ln.name_of(lone.text) if lone is not None else ""
    if lone is None and not authors:
        lone, name = ln.name_before_date(header, common)
    if lone is None and not authors:
        dated, after = _byline_after_date(header, common)
        if dated is not None:
            authors += after
            used.append(dated)
    if lone is None and not authors:
        lone, name = ln.name_over_bio([*end, *tail], common)
    if lone is None and not authors:
        lone, name = ln.labelled_name(page, common)
    if lone is None and not authors and (owner := site_owner([line.text for line in page], site)):
        authors.append(_author(owner))  # no line is marked as the byline: the masthead is the site's
    if lone is not None:
        at = sum(1 for u in used if u.index < lone.index)
        for listed in ln.names_listed(lone.text, common) or [name]:  # "A, B & C": each a writer
            if (author := _author(listed)) not in authors:
                authors.insert(at, author)
                at += 1
        used.append(lone)
        for line in ln.co_authors(page or header, lone, common):  # "Authors" over a name a line
            if (author := _author(ln.name_of(line.text))) not in authors:
                authors.append(author)
            used.append(line)
    if authors and all(a.kind == ORGANIZATION for a in authors) and end:
        people: list[Author] = []
        signed: list[Line] = []  # the article's own closing lines, not a teaser's further down
        _first_byline_below([line for line in tail if line.index <= end[-1].index + _SIGNED], people, signed, common)
        if people and all(map(_person_named_in_full, people)):  # not "Author Spotlight"
            return people, used + signed  # "By Team Tiger Data" over the post, "Written by A" under it: A's
    return authors, used
