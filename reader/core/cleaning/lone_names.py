"""Names standing alone, without a byline's "By": under a role's label ("Author:" over "A"), beside
the date ("Tom Talbot October 14, 2025"), under the headline, or over a bio below the article ("A"
over "A is a content writer at ..."). Not a button's words, a menu's or words the article writes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.cleaning import byline_words as bw
from reader.core.cleaning.dates import find_date
from reader.core.cleaning.kept_out import kept_out
from reader.core.cleaning.lines import Line, Tag, furniture
from reader.core.cleaning.written_words import any_written, common_words, starts_written

# A byline's role word on a line of its own, the name on the next one.
BARE_ROLE = re.compile(
    r"^((?:article\s+|story\s+)?(?:written\s+)?by|posted\s+by|words\s+by|text\s+by|authors?|author\(s\)|writers|penulis|oleh|por|"
    r"escrito\s+por|par|von)\s*:?$",
    re.IGNORECASE,
)


def lone_name(
    header: list[Line], start: int, used: list[Line], common: frozenset[str], *, bylined: bool = False
) -> Line | None:
    """A name standing alone: first one under a bare role line ("Written By"), else (unless bylines
    named the writers: `bylined`) one beside the date or a byline (the page's line next to it, not a
    heading a paragraph further down), or just under the headline (at `start`, and within two of
    the page's lines of it: not a box's heading among the first paragraphs), those under the
    headline first (above it a kicker or a category stands beside the date: "UX Analytics"). Not a
    line whose every word the article also writes in small letters (`common`): "Key Takeaways",
    "Accessibility Menu"; nor one starting with such a word ("Marketing Activation"). A line listing
    several writers ("A, B & C") is taken beside the date or a job only: under the headline alone it
    may be a picture's caption ("Prince William and Kate Middleton"). Under the headline, a menu's
    entry ("Positive Feedback" over "Negative Feedback") is no name (_in_menu)."""
    alone: set[int] = set()  # of the named: a name on its own, not a list of them
    named: list[int] = []
    for i, line in enumerate(header):
        if line in used or line.tag not in (Tag.SHORT, Tag.NEAR) or i == start - 1:
            continue  # (the headline is no name: "Perfect Privacy VPN Review")
        if i and header[i - 1].index == line.index - 1 and _FIELD.match(header[i - 1].text):
            continue  # a member's "Location" over "Hudson Valley, NY": the field's value
        if line.words <= 8 and names_someone(line.text, common) and not starts_written(name_of(line.text), common):
            alone.add(i)
        elif not names_listed(line.text, common):
            continue
        if not kept_out(line.text):  # a control's words: "Show Sidebar"
            named.append(i)
    for i, line in enumerate(header[1:], 1):  # "By" / "Lauren": a first name alone will do there
        if (
            line not in used
            and BARE_ROLE.match(header[i - 1].text)
            and (i in named or first_name(name_of(line.text), common) or described(line.text, common))
        ):
            return line
    if bylined:
        return None  # the bylines named the writers: a name beside them is a button or a label
    for i in sorted(named, key=lambda i: i < start):  # under the headline first: above it, a kicker
        if any(dated(n) or job_line(n) for n in _neighbours(header, i)):
            return header[i]
        near_headline = 0 <= i - start <= 1 and header[i].index - header[start - 1].index <= _UNDER_HEADLINE
        if (
            near_headline
            and i in alone
            and not any_written(name_of(header[i].text), common)
            and not _in_menu(header, i, start, common)
        ):
            return header[i]  # under the headline alone: no word of it one the article writes ("Waterfall Model")
    for i in range(max(0, start), min(len(header) - 1, start + _FIRST_NAME_UNDER)):
        line = header[i]
        if line not in used and line.tag is Tag.SHORT and first_name(line.text, common) and _bare_date(header[i + 1]):
            return line  # "Kev" over "January 1, 2026" under the headline: a blogger's first name
    return None


# The label of a field in a forum member's card or a profile, alone on its line over its value.
_FIELD = re.compile(r"^(location|from|city|country|hometown|occupation|website|member\s+since|joined)\s*:?$", re.I)


def beside_date(header: list[Line], line: Line) -> bool:
    """Whether the line stands next to a date's line on the page (the one above or below it)."""
    return any(dated(n) for n in _neighbours(header, header.index(line)))


def _neighbours(header: list[Line], i: int) -> list[Line]:
    """The lines of `header` on either side of its `i`th that are next to it on the page too."""
    return [n for n in header[max(0, i - 1) : i] + header[i + 1 : i + 2] if abs(n.index - header[i].index) == 1]


def _in_menu(header: list[Line], at: int, start: int, common: frozenset[str]) -> bool:
    """Whether the line at `at` is one of a menu's or a list's entries: it stands among lines of the
    page that each read as a bare name ("Positive Feedback", "Negative Feedback"), the headline (at
    `start` - 1) not counted; three or more, or two with no date, job or reading time beside them.
    A writer and a co-writer or the newspaper over the date ("Jon Bell", "Washington Post", "March
    3, 2026") are a byline. A job ("Marketing Director"), a name with its description ("Licensed Q Grader, M.A.") or
    the same name printed again (a picture's caption over the byline) is no entry."""
    first = last = at
    while (
        first - 1 >= 0 and first - 1 != start - 1 and _entry(header[first - 1], header[first], header[at].text, common)
    ):
        first -= 1
    while last + 1 < len(header) and _entry(header[last + 1], header[last], header[at].text, common):
        last += 1
    if last - first + 1 >= _MENU_RUN:
        return True
    around = [header[j] for j in (first - 1, last + 1) if 0 <= j < len(header) and j != start - 1]
    return last > first and not any(dated(n) or job_line(n) or bw.READING_TIME.search(n.text) for n in around)


_MENU_RUN = 3  # lines that read as bare names, one under the other: a menu's entries


def _entry(line: Line, next_to: Line, name: str, common: frozenset[str]) -> bool:
    return (
        abs(line.index - next_to.index) == 1
        and line.text != name
        and line.tag in (Tag.SHORT, Tag.NEAR)
        and name_of(line.text) == line.text
        and not bw.HAS_JOB.search(line.text)
        and names_someone(line.text, common)
    )


_UNDER_HEADLINE = 2  # the page's lines from the headline to a name under it: a subtitle may stand between
_FIRST_NAME_UNDER = 3  # lines under the headline where a first name over the date is the writer's


def _bare_date(line: Line) -> bool:
    """A line that is a date and no more than that: "January 1, 2026", "Updated on Dec 4, 2025 9:30";
    not a post's stamp with its poster ("raoul May 3, 2024", "Post by A » Sat Feb 24, 2024")."""
    found = find_date(line.text) if line.tag is Tag.DATE else None
    return found is not None and set(line.text[: found[1]].lower().replace(":", " ").split()) <= _DATE_WORDS


_DATE_WORDS = frozenset("published updated posted last on".split())


def dated(line: Line) -> bool:
    """A date's line or a byline: "March 3, 2025", "Last updated on 17 December 2025"; not a date
    with a byline of its own in it ("0 · by A · Updated on 8 January 2026": A is the writer there),
    nor a menu's entry that reads like a byline ("By School" over "Four-Year Institutions"), nor
    another thing's date ("Release date: Mar 4, 2025")."""
    if line.tag in (Tag.DATE, Tag.BYLINE):
        return not _OTHER_DATE.match(line.text) if line.tag is Tag.DATE else not bw.facet(line.text)
    return line.words <= 12 and not _BY_WORD.search(line.text) and find_date(line.text) is not None


_BY_WORD = re.compile(r"\bby\b", re.IGNORECASE)
# another thing's date, beside which a line is its name or its rating ("Mostly Positive" over "Release
# date: Mar 4, 2025"), not the article's writer
_OTHER_DATE = re.compile(r"(?:release|event|expiry|expiration|due|start|end|closing)\s+date\b", re.IGNORECASE)


def job_line(line: Line) -> bool:
    """A job alone on its line, under or over a name: "Writer", "Marketing Operations Analyst";
    not a menu's "Talk to Experts" or "Guest Writer Submission", nor a button's "Hire an Expert"."""
    job = bw.JOB_TITLE.search(line.text) if line.words <= 4 else None
    return job is not None and job.end() == len(line.text) and not job.group("plural") and not bw.button(line.text)


_FIRST_NAME = re.compile(r"^[A-ZÀ-ÝŁŚŻ][a-zà-ÿłśżćńó'’-]{2,}$")


def name_of(line: str) -> str:
    """The name on a name line: 'Jane Roe, Staff Writer', 'Jane Roe Senior Writer', 'Jane Roe | The
    Daily' and 'Jane - Product marketer' give the name alone."""
    name = _AFTER_NAME.split(line, maxsplit=1)[0].strip()
    return bw.name_before_job(name) or _before_newsroom(name)


def _before_newsroom(name: str) -> str:
    """The name before a news agency's or a network's name written in capitals after it ('Brian
    Truitt USA TODAY', 'Jane Roe CNN'). Only known newsrooms: a surname in capitals is written so
    too ('Anne Marie ROY', 'Mamadou Lamine SY', 'Juan Carlos PEREZ GOMEZ')."""
    found = _NEWSROOM.search(name) if name[-1:].isupper() else None  # most lines end in a small letter
    return name[: found.start()] if found else name


_NEWSROOM = re.compile(
    r"\s+(?:USA\s+TODAY|CNN|AP|AFP|BBC(?:\s+NEWS)?|NPR|UPI|DPA|EFE|ANSA|AAP|PTI|IANS|ANI|CNBC|MSNBC|"
    r"(?:CBS|NBC|ABC|FOX)\s+NEWS)$"
)


_AFTER_NAME = re.compile(r",|\s+[|\-–—]\s+")  # a job or a newsroom after the name


def names_someone(line: str, common: frozenset[str]) -> bool:
    """A line that is a name (perhaps with a role after a comma, a dash or a bar), not words the
    article writes in small letters ("Key Takeaways") nor a button's ("Get Started")."""
    name = name_of(line)
    return name_line(line) and not common_words(name, common) and not bw.button(name)


def first_name(text: str, common: frozenset[str]) -> bool:
    """'Lauren': one capitalised word that the article does not write in small letters."""
    return bool(_FIRST_NAME.match(text)) and text.lower() not in common


def name_before_date(header: list[Line], common: frozenset[str]) -> tuple[Line | None, str]:
    """A name on the date's own line: in front of it ("Tom Talbot October 14, 2025", "Patrick
    Clarke Published 10:19am 19 December 2025"), after it ("Dec 17, 2025 Julian K. Arni", after a
    post's two dates too), or one of the line's parts ("December 15, 2025 · 30 min · Ash Vardanian")."""
    for line in header:
        if line.tag is not Tag.DATE or not (found := find_date(line.text)):
            continue
        after = _AFTER_YEAR.match(line.text)  # "Dec 17, 2025 Julian K. Arni": the words after the dates
        parts = [
            _BEFORE_DATE.sub("", line.text[: found[1]]),
            *_PARTS.split(line.text),
            line.text[after.end() :] if after and not _CONTROL_WORDS.search(line.text, after.end()) else "",
        ]
        names = []
        for part in parts:
            part = _BY.sub("", part.strip(" ,|-–—" + bw.DOTS))  # "March 15, 2022 · 3 min read · By ASU Online"
            name = _AFFILIATION.split(part, maxsplit=1)[0]  # "A on behalf of B", "A in Travel"
            if (
                2 <= len(name.split()) <= 4
                and name_line(name)
                and name_of(name) == name
                and not common_words(name, common)
            ):
                names.append(name)
        if names:  # a weekly column's name beside its writer's: "12/19/2025 • Friday Philosophy • David Gordon"
            return line, next((name for name in names if not _COLUMN.match(name)), names[0])
    return None, ""


# A weekday first: a column's name ("Friday Philosophy") when another part of the line names the
# writer; alone it may be one ("Sunday Aborisade": Sunday and Monday are given names in Nigeria)
_COLUMN = re.compile(rf"{bw.WEEKDAY}\b", re.IGNORECASE)


_BEFORE_DATE = re.compile(
    r"\s*\b(published|updated|posted|on)?\s*(\d{1,2}[:.]\d\d\s*([ap]\.?m\.?)?)?\s*$", re.IGNORECASE
)
# a control's or a count's words after the date, not a name: "Leave A Comment", "No Comments", "Read More"
_CONTROL_WORDS = re.compile(r"\b(?:comments?|reply|replies|read|share|views?|min|minutes?|more)\b", re.IGNORECASE)
_AFTER_YEAR = re.compile(r"^.*\b(?:19|20)\d\d(?:-\d\d-\d\d)?\b,?\s+(?=\S)")  # the last date's year, or ISO day
_PARTS = re.compile(rf"\s+[{bw.DOTS}|]\s+")
_BY = re.compile(r"^(?i:by)\s+(?=[A-Z])")
# "A on behalf of B", "A in Travel", and "A in" whose category is a link of its own, on the next line
_AFFILIATION = re.compile(r"\s+(?:on\s+behalf\s+of|in|for|at)(?:\s+(?=(?:the\s+)?[A-Z])|$)")


def name_over_bio(tail: list[Line], common: frozenset[str]) -> tuple[Line | None, str]:
    """A name on its own line over a few sentences about that person, below the article ("Ridvika
    Arora" / "Ridvika Arora is a content writer at ..."): sentences that say what the person does
    (_PERSONS), not a product's or a place's ("Temple Smoke is a mystical blend ...")."""
    for line, below in zip(tail, tail[1:], strict=False):
        name = name_of(line.text)
        first = name.split(" ", 1)[0]
        if (
            2 <= len(name.split()) <= 4
            and below.words >= 8
            and below.text.startswith(first)
            and _BIO_START.match(below.text, len(first))
            and _PERSONS.search(" ".join(below.text.split()[:_BIO_WORDS]))
            and name_line(line.text)
            and not common_words(name, common)
        ):
            return line, name
    return None, ""


# After the name (or its first word) a bio starts: "is a ...", "has written ...", "'s work ..."
_BIO_START = re.compile(r"(\s+\S+){0,3}?\s*(is|was|has|writes|covers|leads|joined|’s|'s)\b")
# A person's bio says so: a job ("a growth analyst", "the co-founder of"), what the person writes
# ("has covered science for ..."), or "he", "she", "they" (not "their": a company's "their customers").
# A thing's does not: "Temple Smoke is a mystical blend ...", "Kraken is the most-loved operating system".
_BIO_WORDS = 25  # the bio's first words, where it says what the person does (a paragraph may name a partner later)
_PERSONS = re.compile(
    rf"\b(?:he|she|his|her|him|hers|they|"
    r"(?:co-?)?founder|ceo|cto|president|director|manager|engineer|consultant|specialist|strategist|"
    r"researcher|professor|scientist|designer|developer|teacher|coach|doctor|physician|nurse|lawyer|"
    r"attorney|author|poet|novelist|artist|historian|economist|covers|covered|written|writes|reported|reports)\b"
    rf"|{bw.JOB_TITLE.pattern}",
    re.IGNORECASE,
)


def names_listed(text: str, common: frozenset[str]) -> list[str]:
    """The writers a line lists without a "By": "A and B", "A, B & C", "A, B, C" (two names joined
    by "and" or "&", or three or more by commas: two by a comma are a name and a place, "Jane Roe,
    Hong Kong"), each of two to four capitalised words and none twice, none a job, a button's words
    or words the article writes in small letters; empty for any other line ("Home, Garden &
    Kitchen", "Sales and Marketing")."""
    if len(text) > _LISTED_CHARS:
        return []
    pieces = bw.NAME_JOINERS.split(text)
    names, joiners = [piece.strip() for piece in pieces[0::2]], pieces[1::2]
    if not joiners or len(names) > _MOST_LISTED or len(set(names)) < len(names):
        return []
    if len(names) < 3 and all(joiner in ",;" for joiner in joiners):
        return []
    for name in names:
        if (
            len(name.split()) > 4
            or not bw.NAME_LINE.match(name)  # two words or more, each capitalised
            or bw.JOB_TITLE.search(name)
            or bw.button(name)
            or any_written(name, common)
        ):
            return []
    return names


_LISTED_CHARS = 200
_MOST_LISTED = 8


def name_line(text: str) -> bool:
    """'Jane Roe', 'Jane Roe, Staff' (a few words after the comma, dash or bar): a name on its own line."""
    name = name_of(text)
    return bool(
        bw.NAME_LINE.match(name)
        and len(name.split()) <= 4
        and not bw.JOB_TITLE.search(name)
        and not BARE_ROLE.match(name)
        and name.split(maxsplit=1)[0].lower() not in _POSSESSIVES  # "Our Blogs", "Your Orders"
        and (name == text or len(text[len(name) :].lstrip(" ,").split()) <= 5)
    )


_POSSESSIVES = frozenset({"our", "your"})  # not "My": a given name too ("My Nguyen")


def labelled_name(page: tuple[Line, ...], common: frozenset[str]) -> tuple[Line | None, str]:
    """A name under a role's label on its own line anywhere on the page ("Author:" over "A", "by"
    over "A"): an author box beside the article, or below it past its related links. Not when the
    page labels several names so: a list of books, courses or posts, each with its writer."""
    named = [
        line
        for i, label in enumerate(page[:-1])
        if BARE_ROLE.match(label.text)
        and (line := under_role(page, i)).tag in (Tag.SHORT, Tag.NEAR)
        and described(line.text, common)
    ]
    if not named or any(line.text != named[0].text for line in named):
        return None, ""
    return named[0], name_of(named[0].text)


def under_role(lines: Sequence[Line], at: int) -> Line:
    """The line naming the writer under the role's label at `at` (a line follows it): the next
    one, or the one after the writer's avatar, drawn as initials ("Author" / "CP" / "Chengcheng Pei")."""
    after = lines[at + 1 : at + 3]
    return after[1] if len(after) == 2 and _AVATAR.match(after[0].text) else after[0]


_AVATAR = re.compile(r"^[A-Z]{1,3}$")


def described(line: str, common: frozenset[str]) -> bool:
    """A writer's line under a role's label: a name alone or with a role (names_someone), or a name
    with a description of any length after a comma ("Adrien Ramirez, 4+ years covering computer
    hardware, software, and science")."""
    if names_someone(line, common):
        return True
    name = line.split(",", 1)[0]
    return (
        "," in line
        and 2 <= len(name.split()) <= 4
        and bool(bw.NAME_LINE.match(name))
        and not bw.JOB_TITLE.search(name)
        and not common_words(name, common)
        and not bw.button(name)
    )


_AUTHORS_LABEL = re.compile(r"^(?:authors|author\(s\)|writers)\s*:?$", re.IGNORECASE)
_MOST_CO_AUTHORS = 8
_DESCRIBED_WORDS = 20  # a writer's line with a description: "B, senior editor with 5+ years testing laptops."


def co_authors(lines: Sequence[Line], lone: Line, common: frozenset[str]) -> list[Line]:
    """The lines naming the writers after `lone`, the first, one to a line (co_writers says which),
    the role's label right over it or over its avatar's initials."""
    at = next((i for i, line in enumerate(lines) if line is lone), 0)
    avatar = at >= 2 and lines[at - 1].text == _initials(lone.text) and lines[at - 1].index == lone.index - 1
    start = at - 1 if avatar else at
    label = lines[start - 1] if start else None
    if label is None or label.index != lines[start].index - 1:
        return []
    run = [lines[start]]
    for line in lines[start + 1 : start + 1 + 3 * _MOST_CO_AUTHORS]:
        if line.index != run[-1].index + 1 or line.tag not in (Tag.SHORT, Tag.NEAR, Tag.GOOD, Tag.BYLINE):
            break
        run.append(line)
    return [run[i] for i in co_writers([line.text for line in run], at - start, label.text, common)]


def co_writers(texts: Sequence[str], first: int, label: str, common: frozenset[str]) -> list[int]:
    """Where the writers after the first (at `first` among `texts`, under the role's `label`) are
    named, one to a line, up to the first line naming no one: under a plural label ("Authors"
    over "A", "B", "C") names alone; under any role's label, names each described after a comma
    where the first is ("Written by" over "A, senior editor ..." and "B, staff writer ..."); and
    where the first stands under its avatar's initials, each next name under its own, the line
    between them the writer's job ("Author" / "CP" / "Chengcheng Pei" / "Staff Software Engineer" /
    "YL" / "Yuan Lin")."""
    plural = bool(_AUTHORS_LABEL.match(label))
    if not (plural or BARE_ROLE.match(label)):
        return []
    each_described = "," in texts[first]
    avatar = first >= 1 and texts[first - 1] == _initials(texts[first])  # "CP" over "Chengcheng Pei"; not "BY"
    found: list[int] = []
    at, between = first + 1, 0
    while at < len(texts) and len(found) < _MOST_CO_AUTHORS:
        text = texts[at]
        if avatar:
            if at + 1 < len(texts) and text == _initials(texts[at + 1]) and names_someone(texts[at + 1], common):
                found.append(at + 1)
                at, between = at + 2, 0
                continue
            if between or not _job_line(text, common):
                break
            at, between = at + 1, 1  # the writer's job, under the name
            continue
        if each_described:  # not a lead paragraph starting with a name ("Jon Bell, the harbour master, said ...")
            named = "," in text and len(text.split()) <= _DESCRIBED_WORDS and described(text, common)
        else:
            named = plural and len(text.split()) <= 8 and names_someone(text, common)
        if not named:
            break
        found.append(at)
        at += 1
    return found


def _job_line(text: str, common: frozenset[str]) -> bool:
    """Whether a line under a writer's name may be their job ("Staff Software Engineer"): short, no
    name, no control or furniture ("Share", "Related articles", "View profile")."""
    return (
        len(text.split()) <= _JOB_WORDS
        and (bool(bw.HAS_JOB.search(text)) or not names_someone(text, common))  # "Staff Engineer" reads as a name
        and not bw.button(text)
        and furniture(text, frozenset()) is None
    )


_JOB_WORDS = 12


def _initials(line: str) -> str:
    """A name's initials, as an avatar draws them: "YL" of "Yuan Lin"."""
    return "".join(word[0] for word in name_of(line).split() if word[:1].isupper())
