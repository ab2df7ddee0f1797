"""The search box's language, as mail clients have it.

    words  "exact phrase"  prefix*  -exclude  tag:NAME (repeatable)  site:  author:  color: / label:
    in:notes  in:highlights  is:unread|reading|read|archived  has:notes  before:DATE  after:DATE

Anything else — unbalanced quotes, lone operators, FTS syntax, control characters — is read as
plain words. Parsing never fails. The FTS5 expression is built only from quoted tokens made here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.models import ReadingState

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TOKEN = re.compile(r'(-?)(?:([A-Za-z]+):)?("([^"]*)"|\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
FILTERS = {"tag", "site", "author", "color", "colour", "label", "in", "is", "has", "before", "after"}
STATES = set(ReadingState)
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or the words of a phrase
    prefix: bool = False
    negate: bool = False

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words) + '"'
        return quoted + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Query:
    terms: tuple[Term, ...] = ()
    tags: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    within: frozenset[str] = field(default_factory=frozenset)  # "notes", "highlights"
    states: tuple[str, ...] = ()
    has_notes: bool = False
    before: str | None = None
    after: str | None = None

    @property
    def positive(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.negate)

    @property
    def negative(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.negate)

    def match_expression(self) -> str:
        """The FTS5 MATCH text: positive terms ANDed, negatives with NOT ('' when there is nothing to match)."""
        if not self.positive:
            return ""
        expression = " ".join(t.fts() for t in self.positive)
        for term in self.negative:
            expression += " NOT " + term.fts()
        return expression

    @property
    def empty(self) -> bool:
        return self == Query()


def _date(value: str, end: bool) -> str | None:
    match = _DATE.match(value)
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    if month is None:
        return f"{year}-12-31" if end else f"{year}-01-01"
    if day is None:
        return f"{year}-{int(month):02d}-31" if end else f"{year}-{int(month):02d}-01"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def parse(text: str) -> Query:
    text = _CONTROL.sub(" ", text or "")
    if text.count('"') % 2:
        text = text.replace('"', " ")  # unbalanced: read the quote marks as spaces
    terms: list[Term] = []
    values: dict[str, list[str]] = {key: [] for key in ("tag", "site", "author", "label", "in", "is", "has")}
    before = after = None
    for match in _TOKEN.finditer(text):
        negate, key, raw, quoted = match.group(1) == "-", (match.group(2) or "").lower(), match.group(3), match.group(4)
        value = quoted if quoted is not None else raw
        if key in FILTERS and value.strip() and not negate:
            key = {"colour": "label", "color": "label"}.get(key, key)
            if key == "before":
                before = _date(value, end=False) or before
            elif key == "after":
                after = _date(value, end=False) or after
            else:
                values[key].append(value.strip())
            continue
        if key:  # not a filter we know ("http:", "10:30"): its words are search words
            value = f"{key}:{value}"
        prefix = quoted is None and value.endswith("*") and len(value.rstrip("*")) > 0
        words = tuple(w.lower() for w in _WORD.findall(value))
        if words:
            terms.append(Term(words, prefix=prefix and len(words) >= 1, negate=negate))
    within = frozenset(
        v.lower().rstrip("s") + "s" for v in values["in"] if v.lower().rstrip("s") in ("note", "highlight")
    )
    return Query(
        terms=tuple(terms),
        tags=tuple(values["tag"]),
        sites=tuple(values["site"]),
        authors=tuple(values["author"]),
        labels=tuple(values["label"]),
        within=within,
        states=tuple(v.lower() for v in values["is"] if v.lower() in STATES),
        has_notes=any(v.lower().rstrip("s") == "note" for v in values["has"]),
        before=before,
        after=after,
    )
