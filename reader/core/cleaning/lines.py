"""The line: the unit the plain-text cleaner classifies, with the evidence it uses."""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

from reader.core.cleaning import byline_words as bw
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.dates import RELATIVE, YEAR, find_date
from reader.core.cleaning.language import WORD, density, word_count
from reader.core.cleaning.literals import Evidence, Probe, evidence, union


class Tag(enum.Enum):
    GOOD = "good"  # a line of prose
    NEAR = "near"  # prose-like, weaker evidence
    SHORT = "short"  # too short to judge alone
    WIDGET = "widget"  # share rows, ads, newsletter boxes, cookie notices, footers, navigation
    RELATED = "related"  # "Read more: ..."
    LIST_HEADER = "list_header"  # "Most read", "Berita Terkait"
    COMMENTS = "comments"  # the comment section starts here
    TAGS = "tags"
    BYLINE = "byline"
    DATE = "date"
    CREDIT = "credit"


@dataclass
class Line:
    index: int  # position among the input's non-empty lines
    text: str  # white space collapsed, bullet removed
    bullet: bool
    words: int
    density: float
    ends_sentence: bool
    tag: Tag = Tag.SHORT
    reason: str = ""  # the widget reason, for WIDGET lines

    @property
    def prose(self) -> bool:
        return self.tag in (Tag.GOOD, Tag.NEAR)


def make_lines(text: str, stops: frozenset[str]) -> list[Line]:
    result: list[Line] = []
    for raw in text.split("\n"):
        fields = _line_fields(raw, stops)
        if fields is not None:
            result.append(Line(len(result), *fields))
    return result


def first_line(text: str, stops: frozenset[str]) -> Line | None:
    """`make_lines(text, stops)[0]` without reading the lines after it (an HTML block's first line
    is all its cleaner asks about); None for a text with no line."""
    for raw in text.split("\n"):
        fields = _line_fields(raw, stops)
        if fields is not None:
            return Line(0, *fields)
    return None


@functools.lru_cache(maxsize=32768)
def _line_fields(raw: str, stops: frozenset[str]) -> tuple[str, bool, int, float, bool, Tag, str] | None:
    """A raw line's text, evidence and class (the fields of its `Line` after the index), or None for
    a blank line. Remembered: a page repeats its menu, and a site's pages share their furniture."""
    line = " ".join(raw.split())  # white space collapsed, as importers.text_doc.collapse does
    if not line:
        return None
    bullet = bool(pt.BULLET.match(line)) and len(line) > 2
    if bullet:
        line = pt.BULLET.sub("", line, count=1)
        if not line:
            return None
    words = WORD.findall(line)
    count = word_count(words)
    share = density(words, stops) if stops else 0.3
    ends = bool(pt.SENTENCE_END.search(line))
    tag, reason = _classified(line, bullet, count, share, ends, bool(stops))
    return line, bullet, count, share, ends, tag, reason


_RUN_ON = 60  # words without a sentence's end: not prose
_CAPITALISED = re.compile(r"\b[^\W\d_][^\W\d_]+")


def _mostly_names(text: str) -> bool:
    """Whether most of the line's words start with a capital ("Culture & Society Digital History
    Energy ..."): a menu's entries; code and a table's figures do not."""
    words = _CAPITALISED.findall(text)
    return bool(words) and sum(1 for w in words if w[0].isupper()) * 2 >= len(words)


_CHANNELS = ("whatsapp", "telegram", "saluran", "channel", "canal", "google news")


@functools.lru_cache(maxsize=32768)
def _classified(text: str, bullet: bool, words: int, density: float, ends: bool, has_stops: bool) -> tuple[Tag, str]:
    """`classify` of a line, remembered: a page repeats its menu, and sites share their furniture."""
    return classify(Line(0, text, bullet, words, density, ends), has_stops)


# What the phrases checked on a line of up to 30 words need, and what a byline, a credit or a date
# needs (literals.py): a line without it skips them all at once. None: always check.
_FURNITURE = union(
    *(
        rx.evidence
        for rx in (
            pt.COMMENT_HEADER,
            pt.REVIEW_FURNITURE,
            pt.RELATED_PREFIX,
            pt.LIST_HEADER,
            pt.TAG_LINE,
            *pt.WIDGET.values(),
        )
    )
)
_BYLINE = evidence(bw.BYLINE_RX.pattern, bw.BYLINE_RX.flags, anchored=True)
_RELATIVE = evidence(RELATIVE.pattern, RELATIVE.flags)
_HEADER_ITEM = union(_BYLINE, pt.CREDIT_RX.evidence, _RELATIVE, evidence(YEAR.pattern, YEAR.flags))


def _possible(needs: Evidence | None, probe: Probe) -> bool:
    return needs is None or needs.possible(probe)


def classify(line: Line, has_stops: bool) -> tuple[Tag, str]:
    text, words = line.text, line.words
    probe = Probe(text)
    lowered = probe.lowered
    if "cookie" in lowered and pt.WIDGET[pt.COOKIE].search(text, probe):
        return Tag.WIDGET, pt.COOKIE
    if pt.CONSENT_DIALOG.search(text, probe):
        return Tag.WIDGET, pt.COOKIE
    if words <= 150 and pt.DISCLOSURE.search(text, probe):
        return Tag.WIDGET, pt.BOILERPLATE
    if 20 < words <= 40 and any(k in lowered for k in _CHANNELS) and pt.CHANNEL_PROMO.search(text):
        return Tag.WIDGET, pt.SHARE
    if words <= 30 and not _possible(_FURNITURE, probe):  # none of the phrases below can match
        if pt.HASHTAG_LINE.match(text) and words <= 12:
            return Tag.TAGS, pt.TAGS
    elif words <= 30:
        if pt.COMMENT_HEADER.search(text, probe):
            return Tag.COMMENTS, pt.COMMENTS
        if pt.REVIEW_FURNITURE.search(text, probe):
            return Tag.WIDGET, pt.COMMENTS
        if pt.RELATED_PREFIX.search(text, probe):
            return Tag.RELATED, pt.RELATED
        if pt.LIST_HEADER.search(text, probe):
            return Tag.LIST_HEADER, pt.HEADLINES
        if pt.TAG_LINE.search(text, probe) or (pt.HASHTAG_LINE.match(text) and words <= 12):
            return Tag.TAGS, pt.TAGS
        if words <= 20:
            for reason, rx in pt.WIDGET.items():
                if rx.search(text, probe):
                    return Tag.WIDGET, reason
    if words <= 14 and _possible(_HEADER_ITEM, probe):  # else none of byline, credit, date
        byline = bw.BYLINE_RX.match(text) if _possible(_BYLINE, probe) else None
        if (
            byline
            and not text.endswith(".")
            and "|" not in text
            and bw.ROLE_WORDS.get(byline.group("role").strip(" :|").lower()) == "photographer"
        ):
            return Tag.CREDIT, pt.CREDIT  # "Foto: Name" under a picture
        if byline and (not text.endswith(".") or bw.NEXT_BYLINE_SENTENCE.search(text)):  # "By A. Edited by B."
            return Tag.BYLINE, pt.BYLINE
        if pt.CREDIT_RX.search(text, probe) and words <= 10:
            return Tag.CREDIT, pt.CREDIT
        if words <= 12 and (
            (_possible(_RELATIVE, probe) and RELATIVE.search(text))
            or (find_date(text) and (line.density < 0.3 or words <= 5))  # "May 31, 2024": "may" is a stop word
        ):
            return Tag.DATE, pt.DATE
    if words <= 30 and pt.DATE_PREFIX.match(text) and find_date(text):
        return Tag.DATE, pt.DATE
    if words >= _RUN_ON and len(pt.SENTENCE_STOP.findall(text)) * _RUN_ON < words and _mostly_names(text):
        return Tag.SHORT, ""  # a menu or a filter's choices flattened into one line: names, no sentences
    if words >= 10 and (line.density >= 0.22 or not has_stops):
        return Tag.GOOD, ""
    if words >= 5 and (line.density >= 0.15 or not has_stops):
        return Tag.NEAR, ""
    return Tag.SHORT, ""
