"""Paragraphs about the writer or the publisher at the end of a copied page's body: a bio
("Jane Roe is a reporter who ..."), a blurb ("Acme has been serving the valley for 75 years"),
and the site's furniture that follows a writer's bio; and an agency's end mark after the last
paragraph, on either cleaner's body."""

from __future__ import annotations

import re

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.lines import Line
from reader.core.models import Author, Block, BlockKind

_BIO_VERB = re.compile(
    r"^\W*(is|was|covers|writes|reports|adalah|merupakan|meliput|es|é|est|ist|schreibt|"
    r"berichtet|cubre|cobre|couvre|escreve|escribe)\b",
    re.IGNORECASE,
)


def drop_bios(body: list[Line], authors: list[Author], removed: dict[int, str], *, blurbs: bool) -> list[Line]:
    """The body without the writer's bio and what follows it (`_cut_at_writers_bio`); then, at its
    end, a paragraph about a writer or a company ('Jane Roe is a reporter who ...', with `blurbs`
    also 'Acme has been serving the valley for 75 years') is a bio or the publisher's blurb. (On a
    page of items, a description may be the last item.)"""
    names = [a.name for a in authors if len(a.name) > 3]
    people = {a.name for a in authors if a.kind != "organization"}  # who has a first name
    body = _cut_at_writers_bio(body, names, people, removed)
    while body:
        last = body[-1]
        name = next((n for n in names if last.text.startswith(n)), None)
        if name is not None and (last.text == name or _BIO_VERB.match(last.text[len(name) :])):
            pass
        elif not (
            blurbs
            and last.words <= _BIO_WORDS
            and (found := _ABOUT.match(last.text))
            and found.group(1) not in _NOT_NAMES
        ):
            break
        removed[last.index] = pt.BIO
        body = body[:-1]
    return body


def _cut_at_writers_bio(body: list[Line], names: list[str], people: set[str], removed: dict[int, str]) -> list[Line]:
    """The writer's bio in the last third of the body ("Jane Roe is a reporter who ...", "About
    the Author Jane Roe is ...", "Jane Roe, our science editor, is ...", or "Jane Roe Senior
    Reporter" over "Jane covers the council ...") ends the article: what follows it is the site's (a
    newsletter box, related posts, a fact-checker's note), not more of the article. Unless much
    follows it: then the bio is a box inside the article, before its questions and answers, say.
    `people`: the names that are persons' (a first name alone calls them)."""
    total = sum(line.words for line in body)
    read = 0
    for i, line in enumerate(body):
        if read < _BIO_FROM * total:
            read += line.words
            continue
        name = next((name for name in names if _opens_bio(body, i, name, name in people)), None)
        if name is None:
            read += line.words
            continue
        if i > 0 and _names_writer(body[i - 1].text, name):
            i -= 1  # the box's heading or the writer's name and title over the bio
        bio = i + 1
        while bio < len(body) and _opens_bio(body, bio, name, name in people):  # "About Jane Roe", "Jane is ..."
            bio += 1
        if sum(line.words for line in body[bio:]) > _AFTER_BIO * read:
            for line in body[i:bio]:
                removed[line.index] = pt.BIO
            return body[:i] + body[bio:]
        for j, after in enumerate(body[i:], start=i):
            removed[after.index] = pt.BIO if j < bio else pt.OUTSIDE
        return body[:i]
    return body


_AFTER_BIO = 0.3  # of the words above it: more than that under a bio is more of the article
_BIO_FROM = 2 / 3  # of the body's words read before it: a writer named earlier is the article's subject
_ABOUT_WRITER = re.compile(
    r"^(about|über|sobre|tentang|à propos de|a proposito di|over)(\s+the\s+(author|writer))?\s*:?\s+", re.IGNORECASE
)
# What a bio says of its writer after the name: "is a reporter", "has written for", "joined the team"
# (after a title set off by commas: "Jane Roe, the Gazette's science editor, is ...")
_WRITER_IS = re.compile(
    r"^(,[^,]{1,100},)?\s*((is|was)\s+(a|an|the|our)|(is|was)\s+([A-Z][\w&-]*\s+){1,4}(at|of|for|with)|"
    r"has\s+(been|written|worked|covered|spent)|joined|founded|covers|writes|reports)\s"
)
_JOB_WORDS = 4  # "Jane Roe Senior Staff Writer": the most words of a title beside the name


def _opens_bio(body: list[Line], i: int, name: str, person: bool) -> bool:
    text = body[i].text
    about = _ABOUT_WRITER.match(text)
    if about:
        text = text[about.end() :]  # "About the Author Jane Roe is a writer at ..."
    if text == name:
        return True
    if text.startswith(name) and (_BIO_VERB.match(text[len(name) :]) or _WRITER_IS.match(text[len(name) :])):
        return True
    first = name.split()[0]  # under the name, or in a box of its own, the bio calls the writer by the first name
    if not person or not text.startswith(first) or len(first) < 3:
        return False
    rest = text[len(first) :]
    return bool(_WRITER_IS.match(rest)) or (i > 0 and body[i - 1].text.endswith(name) and bool(_BIO_VERB.match(rest)))


def _names_writer(text: str, name: str) -> bool:
    """Whether a line over the bio is its box's: the writer's name with a short title beside it
    ("Jane Roe Senior Reporter"), or a title or a heading alone ("Senior Staff Writer", "Meet the
    Writer")."""
    if text.endswith((".", "!", ":")):
        return False
    return len(text.removeprefix(name).split()) <= _JOB_WORDS


# 'Mr. Jeffrey A. Slotnick, CPP, PSP, is an ...', 'Acme has been ...': a name (capitalised words,
# credentials after it) and a verb that opens a description of it.
_ABOUT = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?([A-Z][\w'’.&-]*)(?:\s+[A-Z][\w'’.&-]*){0,3}(?:,\s*[A-Z][A-Za-z.]{1,6})*,?\s+"
    r"(?:(?:is|was|covers|writes|reports|joined|holds|leads|serves)\s+(?:a|an|the|as|over|more|for|about)|has\s+been)\s"
)
_NOT_NAMES = frozenset(
    "This That These Those There Here It What When Where Who Whom How Why Which The He She They We You I Our "
    "Your Their His Her Its Each Every One Another Such Everything Nothing Something Anyone Everyone".split()
)
_BIO_WORDS = 150


def without_end_mark(blocks: list[Block]) -> list[Block]:
    """The body without an agency's or an editor's end mark, such as '(*)' or '(ant/rdk)', after its
    last paragraph (both cleaners): the article's end, like a blurb's. Not after code: "(x)" ends
    a line of code."""
    if not blocks:
        return blocks
    last = blocks[-1]
    stripped = pt.END_MARK.sub("", last.text).rstrip()
    if stripped != last.text and stripped and last.kind is not BlockKind.CODE:
        return blocks[:-1] + [Block(last.kind, stripped)]
    return blocks
