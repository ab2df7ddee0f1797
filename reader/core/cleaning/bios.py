"""Paragraphs about the writer or the publisher at the end of a copied page's body: a bio
("Jane Roe is a reporter who ..."), a blurb ("Acme has been serving the valley for 75 years"),
and the site's furniture that follows a writer's bio."""

from __future__ import annotations

import re

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.lines import Line
from reader.core.models import Author

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
    body = _cut_at_writers_bio(body, names, removed)
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


def _cut_at_writers_bio(body: list[Line], names: list[str], removed: dict[int, str]) -> list[Line]:
    """The writer's bio in the last third of the body ("Jane Roe is a reporter who ...", "About
    Jane Roe", or "Jane Roe" over "Jane covers the council ...") ends the article: what follows it
    is the site's (a newsletter box, related posts, a fact-checker's note), not more of the article."""
    total = sum(line.words for line in body)
    read = 0
    for i, line in enumerate(body):
        name = next((name for name in names if _opens_bio(body, i, name)), None) if read >= _BIO_FROM * total else None
        if name is not None:
            bio = i + 1
            while bio < len(body) and _opens_bio(body, bio, name):  # "About Jane Roe", then "Jane is ..."
                bio += 1
            for j, after in enumerate(body[i:], start=i):
                removed[after.index] = pt.BIO if j < bio else pt.OUTSIDE
            return body[:i]
        read += line.words
    return body


_BIO_FROM = 2 / 3  # of the body's words read before it: a writer named earlier is the article's subject
_ABOUT_WRITER = re.compile(r"^(about|über|sobre|tentang|à propos de|a proposito di|over)\s+", re.IGNORECASE)


def _opens_bio(body: list[Line], i: int, name: str) -> bool:
    text = body[i].text
    about = _ABOUT_WRITER.match(text)
    if text == name or (about and text[about.end() :] == name):
        return True
    if text.startswith(name) and _BIO_VERB.match(text[len(name) :]):
        return True
    first = name.split()[0]  # under the name, the bio calls the writer by the first name
    return (
        i > 0
        and body[i - 1].text.endswith(name)
        and text.startswith(first)
        and bool(_BIO_VERB.match(text[len(first) :]))
    )


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
