"""The line: the unit the plain-text cleaner classifies, with the evidence it uses."""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.dates import RELATIVE, find_date
from reader.core.cleaning.language import WORD, density, word_count
from reader.core.importers.plaintext import collapse


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
        line = collapse(raw)
        if not line:
            continue
        bullet = bool(pt.BULLET.match(line)) and len(line) > 2
        if bullet:
            line = pt.BULLET.sub("", line, count=1)
            if not line:
                continue
        words = WORD.findall(line)
        item = Line(index=len(result), text=line, bullet=bullet, words=word_count(words),
                    density=density(words, stops) if stops else 0.3,
                    ends_sentence=bool(pt.SENTENCE_END.search(line)))
        item.tag, item.reason = _classified(line, bullet, item.words, item.density, item.ends_sentence, bool(stops))
        result.append(item)
    return result


_CHANNELS = ("whatsapp", "telegram", "saluran", "channel", "canal", "google news")


@functools.lru_cache(maxsize=32768)
def _classified(text: str, bullet: bool, words: int, density: float, ends: bool, has_stops: bool) -> tuple[Tag, str]:
    """`classify` of a line, remembered: a page repeats its menu, and sites share their furniture."""
    return classify(Line(0, text, bullet, words, density, ends), has_stops)


def classify(line: Line, has_stops: bool) -> tuple[Tag, str]:
    text, words = line.text, line.words
    lowered = text.lower()
    if "cookie" in lowered and pt.WIDGET[pt.COOKIE].search(text):
        return Tag.WIDGET, pt.COOKIE
    if pt.CONSENT_DIALOG.search(text):
        return Tag.WIDGET, pt.COOKIE
    if 20 < words <= 40 and any(k in lowered for k in _CHANNELS) and pt.CHANNEL_PROMO.search(text):
        return Tag.WIDGET, pt.SHARE
    if words <= 30:
        if pt.COMMENT_HEADER.search(text):
            return Tag.COMMENTS, pt.COMMENTS
        if pt.REVIEW_FURNITURE.search(text):
            return Tag.WIDGET, pt.COMMENTS
        if pt.RELATED_PREFIX.search(text):
            return Tag.RELATED, pt.RELATED
        if pt.LIST_HEADER.search(text):
            return Tag.LIST_HEADER, pt.HEADLINES
        if pt.TAG_LINE.search(text) or (pt.HASHTAG_LINE.match(text) and words <= 12):
            return Tag.TAGS, pt.TAGS
        if words <= 20:
            for reason, rx in pt.WIDGET.items():
                if rx.search(text):
                    return Tag.WIDGET, reason
    if words <= 14:
        byline = pt.BYLINE_RX.match(text)
        if byline and not text.endswith(".") and "|" not in text and \
                pt.ROLE_WORDS.get(byline.group("role").strip(" :|").lower()) == "photographer":
            return Tag.CREDIT, pt.CREDIT  # "Foto: Name" under a picture
        if byline and (not text.endswith(".") or pt.NEXT_BYLINE_SENTENCE.search(text)):  # "By A. Edited by B."
            return Tag.BYLINE, pt.BYLINE
        if pt.CREDIT_RX.search(text) and words <= 10:
            return Tag.CREDIT, pt.CREDIT
        if words <= 12 and (RELATIVE.search(text) or (find_date(text) and line.density < 0.3)):
            return Tag.DATE, pt.DATE
    if words <= 30 and pt.DATE_PREFIX.match(text) and find_date(text):
        return Tag.DATE, pt.DATE
    if words >= 10 and (line.density >= 0.22 or not has_stops):
        return Tag.GOOD, ""
    if words >= 5 and (line.density >= 0.15 or not has_stops):
        return Tag.NEAR, ""
    return Tag.SHORT, ""
