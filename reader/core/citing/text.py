"""Rich text for citations (italics and URLs), title case, dates and quotation marks.

A citation is built as a list of segments (plain, italic or URL) and rendered as plain text,
Markdown (`*italic*`, `<url>`) or HTML (`<i>`, escaped, URLs as links): the window can put
the HTML on the clipboard for a word processor and the plain text beside it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

PLAIN, ITALIC, URL = "plain", "italic", "url"
FORMATS = ("text", "markdown", "html")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_SENTENCE_END = ".?!"
_CLOSING = "”’\"')»"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

_ARTICLES = {"a", "an", "the"}
# Prepositions whose use as an adverb or conjunction in a headline is rare ("up", "down", "over",
# "after", "since", "like" are left out: capitalised, as most of their headline uses need).
_PREPOSITIONS = {
    "about",
    "above",
    "across",
    "against",
    "along",
    "amid",
    "amidst",
    "among",
    "amongst",
    "around",
    "at",
    "behind",
    "below",
    "beneath",
    "beside",
    "between",
    "beyond",
    "by",
    "despite",
    "during",
    "except",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "onto",
    "per",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "underneath",
    "upon",
    "via",
    "with",
    "within",
    "without",
    "versus",
    "vs.",
}
# APA 7: lower-case only articles, and conjunctions and prepositions of three letters or fewer.
APA_MINOR = _ARTICLES | {
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "if",
    "in",
    "nor",
    "of",
    "off",
    "on",
    "or",
    "per",
    "so",
    "to",
    "up",
    "via",
    "yet",
}
# MLA 9: articles, prepositions, coordinating conjunctions, "to".
MLA_MINOR = _ARTICLES | _PREPOSITIONS | {"and", "but", "for", "nor", "or", "so", "yet", "as"}
# Chicago 17 (8.159): articles, prepositions, and, but, for, or, nor, "to" and "as".
CHICAGO_MINOR = _ARTICLES | _PREPOSITIONS | {"and", "but", "for", "nor", "or", "as"}


@dataclass
class Rich:
    parts: list[tuple[str, str]] = field(default_factory=list)

    def add(self, text: str, kind: str = PLAIN) -> Rich:
        if text:
            self.parts.append((text, kind))
        return self

    def extend(self, other: Rich) -> Rich:
        self.parts.extend(other.parts)
        return self

    def ends_sentence(self) -> bool:
        text = self.plain().rstrip().rstrip(_CLOSING)
        return bool(text) and text[-1] in _SENTENCE_END

    def period(self) -> Rich:
        """End with a full stop, unless it already ends with one (or a ? or !)."""
        if self.parts and not self.ends_sentence():
            self.add(".")
        return self

    def plain(self) -> str:
        return "".join(text for text, _ in self.parts)

    def render(self, fmt: str = "text") -> str:
        out = []
        for text, kind in self.parts:
            if fmt == "markdown":
                if kind == URL:
                    out.append(f"<{text}>" if re.fullmatch(r"[^\s<>]+", text) else _MD_SPECIAL.sub(r"\\\1", text))
                else:
                    escaped = _MD_SPECIAL.sub(r"\\\1", text)
                    out.append(f"*{escaped}*" if kind == ITALIC else escaped)
            elif fmt == "html":
                escaped = html.escape(text, quote=True)
                if kind == URL and text.startswith(("http://", "https://")):
                    out.append(f'<a href="{escaped}">{escaped}</a>')
                else:
                    out.append(f"<i>{escaped}</i>" if kind == ITALIC else escaped)
            else:
                out.append(text)
        return re.sub(r"(?<=\S) {2,}", " ", "".join(out)).strip()


def join_list(items: list[str], conjunction: str, *, serial_comma: bool = True) -> str:
    """ "A", "A and B", "A, B, and C" (or with "&")."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    return ", ".join(items[:-1]) + ("," if serial_comma else "") + f" {conjunction} {items[-1]}"


def clean(text: str) -> str:
    return " ".join((text or "").split())


def title_case(title: str, minor: set[str]) -> str:
    """Headline-style capitals: first, last and every word after a colon capitalised, minor words
    lower-cased; words with capitals inside (iPhone, NASA, McDonald) or starting with a digit are
    left alone."""
    words = clean(title).split(" ")
    out = []
    capitalise_next = True
    for index, word in enumerate(words):
        match = re.match(r"^([^\w]*)(.*?)([^\w]*)$", word)
        lead, core, trail = match.groups() if match else ("", word, "")
        last = index == len(words) - 1
        if not core or _keep_as_is(core):
            out.append(word)
        elif not capitalise_next and not last and core.lower() in minor:
            out.append(lead + core.lower() + trail)
        else:
            parts = core.split("-")
            parts = [p if _keep_as_is(p) or (i and p.lower() in minor) else _capitalise(p) for i, p in enumerate(parts)]
            out.append(lead + "-".join(parts) + trail)
        capitalise_next = bool(trail) and trail[-1] in ":?!—" or word in ("—", "–")
    return " ".join(out)


def _keep_as_is(word: str) -> bool:
    """1st, 5G, iPhone, NASA, McDonald, U.S: written as they are."""
    return word[:1].isdigit() or any(ch.isupper() for ch in word[1:]) or "." in word.strip(".")


def _capitalise(word: str) -> str:
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1 :]
    return word


def is_english(language: str) -> bool:
    return (language or "en").lower().split("-")[0] == "en"


@dataclass(frozen=True)
class PubDate:
    year: int
    month: int | None = None
    day: int | None = None


def parse_date(value: str | None) -> PubDate | None:
    """'2024-03-03', '2024-03' or '2024'; anything else is no date."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", (value or "").strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        return PubDate(year)
    if day is not None and not 1 <= day <= 31:
        return PubDate(year, month)
    return PubDate(year, month, day)


def strip_protocol(url: str) -> str:
    return re.sub(r"^https?://", "", url.strip())


# Opening and closing marks, then the inner pair for quotations inside a quotation.
QUOTE_MARKS = {
    "en": ("“", "”", "‘", "’"),
    "nl": ("“", "”", "‘", "’"),
    "zh": ("“", "”", "‘", "’"),
    "de": ("„", "“", "‚", "‘"),
    "cs": ("„", "“", "‚", "‘"),
    "sk": ("„", "“", "‚", "‘"),
    "fr": ("«\u202f", "\u202f»", "“", "”"),
    "es": ("«", "»", "“", "”"),
    "it": ("«", "»", "“", "”"),
    "pt": ("«", "»", "“", "”"),
    "ru": ("«", "»", "„", "“"),
    "uk": ("«", "»", "„", "“"),
    "pl": ("„", "”", "«", "»"),
    "sv": ("”", "”", "’", "’"),
    "fi": ("”", "”", "’", "’"),
    "da": ("»", "«", "›", "‹"),
    "ja": ("「", "」", "『", "』"),
    "id": ("“", "”", "‘", "’"),
}


def quoted(text: str, language: str = "en") -> str:
    """Text in the language's quotation marks; its own double quotes become the inner marks."""
    opening, closing, inner_open, inner_close = QUOTE_MARKS.get(
        (language or "en").lower().split("-")[0], QUOTE_MARKS["en"]
    )
    body = clean(text)
    out = []
    for i, ch in enumerate(body):
        if ch in '"“”„':
            opens = ch in "“„" or (ch == '"' and (i == 0 or body[i - 1] in " ([{—–-"))
            out.append(inner_open if opens else inner_close)
        else:
            out.append(ch)
    return opening + "".join(out) + closing
