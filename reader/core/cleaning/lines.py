"""The line: the unit the plain-text cleaner classifies, with the evidence it uses."""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

from reader.core.cleaning import byline_words as bw
from reader.core.cleaning import notices
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.checks import Checks, Pattern, Reading
from reader.core.cleaning.dates import RELATIVE, YEAR, find_date
from reader.core.cleaning.language import WORD, density, word_count
from reader.core.cleaning.literals import Probe
from reader.core.cleaning.titles import without_anchor


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


PROSE_TAGS = (Tag.GOOD, Tag.NEAR)
TEXT_TAGS = (Tag.GOOD, Tag.NEAR, Tag.SHORT)  # text, not furniture: prose, or too short to tell


@dataclass(eq=False)  # a line is itself: compared, and looked up in lists, by identity
class Line:
    index: int  # position among the input's non-empty lines
    text: str  # white space collapsed, bullet (or a Markdown heading's marks) removed
    bullet: bool
    words: int
    density: float
    ends_sentence: bool
    tag: Tag = Tag.SHORT
    reason: str = ""  # the widget reason, for WIDGET lines
    row: bool = False  # a row of a table of figures ("6/1/2024 +4.1%", "48 Arkansas 26.6")
    control: bool = False  # a filter's choice with its count ("Coffee (24)"): left out where it stands

    @property
    def prose(self) -> bool:
        return self.tag in PROSE_TAGS


def make_lines(text: str, stops: frozenset[str]) -> list[Line]:
    result: list[Line] = []
    for raw in text.split("\n"):
        fields = _line_fields(raw, stops)
        if fields is not None:
            result.append(Line(len(result), *fields))
    return result


@functools.lru_cache(maxsize=32768)
def _line_fields(raw: str, stops: frozenset[str]) -> tuple[str, bool, int, float, bool, Tag, str] | None:
    """A raw line's text, evidence and class (the fields of its `Line` after the index), or None for
    a blank line. Remembered: a page repeats its menu, and a site's pages share their furniture."""
    read = _read(raw)
    return None if read is None else _fields(read, stops)


def _fields(
    read: tuple[str, bool, list[str], int, Probe], stops: frozenset[str]
) -> tuple[str, bool, int, float, bool, Tag, str]:
    line, bullet, words, count, probe = read
    share = density(words, stops) if stops else 0.3
    ends = bool(pt.SENTENCE_END.search(line))
    tag, reason = classify(Line(0, line, bullet, count, share, ends), bool(stops), probe)
    return line, bullet, count, share, ends, tag, reason


# A line opening with words set off by single asterisks, as Markdown's emphasis or a chat's action:
# "*A Treatise Concerning the Properties and Effects of Coffee* (1792)", "*mic drop*". The asterisks
# are the page's own characters, not a bullet's ("* Item", "*Item" with no asterisk closing it).
_EMPHASIS = re.compile(r"\*[^*\s](?:[^*]*[^*\s])?\*(?!\*)")


def _read(raw: str) -> tuple[str, bool, list[str], int, Probe] | None:
    """A raw line's text (white space collapsed, as importers.text_doc.collapse does; its bullet or
    Markdown heading marks taken off), whether it had a bullet, its words, how many, and its probe."""
    line = without_anchor(" ".join(raw.split()))  # "A Minimal Application ¶": a heading's permalink
    if not line:
        return None
    bullet = bool(pt.BULLET.match(line)) and len(line) > 2 and not _EMPHASIS.match(line)
    if bullet:
        line = pt.BULLET.sub("", line, count=1)
        if not line:
            return None
    elif line[0] == "#":  # a heading of text written in Markdown: "## What owners said" is that heading
        line = _HEADING_MARKS.sub("", line, count=1)
    lowered = line.lower()
    if line.isascii():  # the quick way, for most lines: a word of the lowered line is a lowered word
        words = WORD.findall(lowered)
        return line, bullet, words, len(words), Probe(line, lowered, frozenset(words))
    words = WORD.findall(line)
    if "Σ" in line or "İ" in line:  # lowered in the line, not alone: "ΟΔΟΣ'Α" keeps σ; İ becomes two characters
        return line, bullet, words, word_count(words), Probe(line, lowered)
    return line, bullet, words, word_count(words), Probe(line, lowered, frozenset(map(str.lower, words)))


def furniture(text: str, stops: frozenset[str]) -> tuple[Tag, str] | None:
    """The tag and reason of the text's first line, as make_lines would give them, when that line is
    not text (TEXT_TAGS); None when it is, or when the text has no line. What the HTML cleaner asks of
    each of trafilatura's blocks, mostly paragraphs: a first line of over 30 words is asked only the
    notices' questions, as classify asks them, since what it says of such a line's length is never
    furniture; its density and sentence ends are not worked out."""
    for raw in text.split("\n"):
        read = _read(raw)
        if read is None:
            continue
        line, _bullet, _words, count, probe = read
        if count > _LONG:
            return _notice(line, count, probe.lowered, _LONG_CHECKS.read(line, probe))
        *_, tag, reason = _fields(read, stops)
        return None if tag in TEXT_TAGS else (tag, reason)
    return None


_HEADING_MARKS = re.compile(r"^#{1,6}\s+(?=\S)")
_RUN_ON = 60  # words without a sentence's end: not prose
_CAPITALISED = re.compile(r"\b[^\W\d_][^\W\d_]+")


_MENU_SENTENCE = 25  # words: a sentence of prose is shorter
_MENU_CAPITALS = 0.75  # of the words capitalised: prose has a fifth (German's nouns, under half)


def _capitalised(text: str) -> float:
    """The share of the line's words (of two letters or more) that start with a capital."""
    words = _CAPITALISED.findall(text)
    return sum(1 for w in words if w[0].isupper()) / len(words) if words else 0.0


def _mostly_names(text: str) -> bool:
    """Whether most of the line's words start with a capital ("Culture & Society Digital History
    Energy ..."): a menu's entries; code and a table's figures do not."""
    return _capitalised(text) >= 0.5


# A newsletter the line is about, not one it offers: "How to write a (good) newsletter", "I Ran My
# Own Newsletter Through...", "with this newsletter, I might say". Offers sign up, subscribe, join.
_ONES_NEWSLETTER = re.compile(r"\b(a|my|own|this)\s+([\w()'’-]+\s+)?newsletters?\b", re.IGNORECASE)
_OFFER = re.compile(r"\b(sign|signing|subscrib\w*|join|inbox|e-?mail)\b", re.IGNORECASE)


def _all_capitalised(text: str) -> bool:
    """Whether every word starts with a capital and nothing marks a headline: a menu's row, which no
    sentence is (nor a line in a script without capitals)."""
    if _SMALL_START.search(text) or _HEADLINE_MARKS.search(text):
        return False  # a word in small letters; "Best Drip Coffee Maker 2026: Buying Tips": a headline
    words = _CAPITALISED.findall(text)
    return bool(words) and all(w[0].isupper() for w in words)


_HEADLINE_MARKS = re.compile(r"[:?!|–—\"“”]")
_SMALL_START = re.compile(r"\b[a-z][a-z]")  # a word in small letters: most lines, answered before listing words


_CHANNELS = ("whatsapp", "telegram", "saluran", "channel", "canal", "google news")


# Every phrase a line is asked about, read for all at once (checks.py). The furniture of a line of
# up to 30 words, in the order tried: each with its tag and reason, and the most words it may have.
_FURNITURE: dict[str, tuple[Pattern, Tag, str, int]] = {
    "comment header": (pt.COMMENT_HEADER, Tag.COMMENTS, pt.COMMENTS, 30),
    "reviews header": (pt.REVIEWS_HEADER, Tag.COMMENTS, pt.COMMENTS, 30),
    "review furniture": (pt.REVIEW_FURNITURE, Tag.WIDGET, pt.COMMENTS, 30),
    "related prefix": (pt.RELATED_PREFIX, Tag.RELATED, pt.RELATED, 30),
    "list header": (pt.LIST_HEADER, Tag.LIST_HEADER, pt.HEADLINES, 30),
    "tag line": (pt.TAG_LINE, Tag.TAGS, pt.TAGS, 30),
    "hashtags": ((pt.HASHTAG_LINE, True), Tag.TAGS, pt.TAGS, 12),
    **{f"widget: {reason}": (rx, Tag.WIDGET, reason, 20) for reason, rx in pt.WIDGET.items()},
}
_EVERY_LINE = {
    "cookie": pt.WIDGET[pt.COOKIE],
    "consent": notices.CONSENT_DIALOG,
    "marketing": notices.MARKETING,
    "disclosure": notices.DISCLOSURE,
}
_LONG_CHECKS = Checks(_EVERY_LINE)  # all a line of more than _LONG words is asked: read quicker alone
_CHECKS = Checks(
    {
        **_EVERY_LINE,
        # asked of a line of up to 30 words
        "browser": notices.BROWSER,
        **{name: checked[0] for name, checked in _FURNITURE.items()},
        "byline": (bw.BYLINE_RX, True),
        "credit": pt.CREDIT_RX,
        "relative": (RELATIVE, False),
        "year": (YEAR, False),
        "date prefix": (pt.DATE_PREFIX, True),
    }
)
_UP_TO = {most: frozenset(n for n, (*_, limit) in _FURNITURE.items() if most <= limit) for most in (12, 20, 30)}


def classify(line: Line, has_stops: bool, probe: Probe | None = None) -> tuple[Tag, str]:
    """The line's tag and, for furniture, the reason; `probe`, the line's (literals.py) when known."""
    text, words = line.text, line.words
    probe = Probe(text) if probe is None else probe
    lowered = probe.lowered
    reading = (_LONG_CHECKS if words > _LONG else _CHECKS).read(text, probe)
    if notice := _notice(text, words, lowered, reading):
        return notice
    if words <= _SENTENCE and lowered.startswith(("this ", "the ")) and bw.sentence_byline(text):
        return Tag.BYLINE, pt.BYLINE  # "This post was written by A, Head of Marketing": the byline, not prose
    if words > _LONG:
        return _by_length(line, has_stops)
    if ("browser" in lowered or "javascript" in lowered) and reading.search("browser"):
        return Tag.WIDGET, pt.BOILERPLATE  # "JavaScript is disabled ...", "You are using an out of date browser."
    found = reading.first(_UP_TO[12 if words <= 12 else 20 if words <= 20 else 30])
    if found is not None:
        _pattern, tag, reason, _most = _FURNITURE[found]
        if reason != pt.NEWSLETTER or not _ONES_NEWSLETTER.search(text) or _OFFER.search(text):
            return tag, reason
    if words <= 14 and reading.may("byline", "credit", "relative", "year"):  # else none of byline, credit, date
        byline = reading.search("byline")
        if (
            byline
            and not text.endswith(".")
            and "|" not in text
            and bw.ROLE_WORDS.get(byline.group("role").strip(" :|").lower()) == "photographer"
        ):
            return Tag.CREDIT, pt.CREDIT  # "Foto: Name" under a picture
        if byline and (not text.endswith(".") or bw.NEXT_BYLINE_SENTENCE.search(text)):  # "By A. Edited by B."
            return Tag.BYLINE, pt.BYLINE
        if words <= 10 and reading.search("credit"):
            return Tag.CREDIT, pt.CREDIT
        if words <= 12 and (
            reading.search("relative")
            or (find_date(text) and (line.density < 0.3 or words <= 5))  # "May 31, 2024": "may" is a stop word
        ):
            return Tag.DATE, pt.DATE
    if reading.search("date prefix") and find_date(text):
        return Tag.DATE, pt.DATE
    if 14 < words <= DATED_BYLINE and not text.endswith(".") and " by " in f" {lowered}":
        dated = find_date(text)  # "By A – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by B"
        if dated and (reading.search("byline") or bw.by_after(text, dated[1])):
            return Tag.BYLINE, pt.BYLINE  # "On January 12, 2025 By A In Budget Travel, Travel Tips"
    return _by_length(line, has_stops)


def _notice(text: str, words: int, lowered: str, reading: Reading) -> tuple[Tag, str] | None:
    """What every line is asked first, however long: a cookie or consent notice, a marketing
    consent, a disclosure, a promotion of the site's channels, a template's placeholder text, a
    script's data printed as text."""
    if lowered.startswith("lorem") and _PLACEHOLDER.match(lowered):
        return Tag.WIDGET, pt.BOILERPLATE  # "Lorem ipsum dolor sit amet, consectetur ...": never written to be read
    if text.startswith(("[", "{")) and _script_data(text):
        return Tag.WIDGET, pt.BOILERPLATE
    if "cookie" in lowered and reading.search("cookie"):
        return Tag.WIDGET, pt.COOKIE
    if reading.search("consent"):
        return Tag.WIDGET, pt.COOKIE
    if reading.search("marketing"):
        return Tag.WIDGET, pt.NEWSLETTER
    if words <= 150 and reading.search("disclosure"):
        return Tag.WIDGET, pt.BOILERPLATE
    if 20 < words <= 40 and any(k in lowered for k in _CHANNELS) and pt.CHANNEL_PROMO.search(text):
        return Tag.WIDGET, pt.SHARE
    return None


# A template's placeholder: the line is "Lorem ipsum" or starts with the placeholder's sentence (an
# article about it writes of it in its own sentences: "Lorem ipsum has been the printer's ...")
_PLACEHOLDER = re.compile(r"lorem\s+ipsum(?:\s*$|\s+dolor\s+sit\s+amet\b)")


def without_placeholders(text: str) -> str:
    """The text without its lines of placeholder text, for judging its language: a template's
    "Lorem ipsum" repeated down a page reads as Latin and weighs every line by Latin's small words."""
    if "orem ipsum" not in text.lower():
        return text  # most pages: no placeholder, the text as it is
    return "\n".join(
        line for line in text.split("\n") if not _PLACEHOLDER.match(pt.BULLET.sub("", line.strip(), count=1).lower())
    )


_DATA_JOINS = ('","', '":', "],[", "},{")  # where minified JSON joins its items: no space


def _script_data(text: str) -> bool:
    """Whether a line is a script's data printed as text, as a copy takes it from a page whose
    script never ran: minified JSON ('[[["Easy to understand","easyToUnderstand","thumb-up"],...',
    '{"displayPrice":"EUR 15.49",...'), its items joined without a space. A JSON example in an
    article is written for people, with spaces after its commas and colons."""
    joins = sum(text.count(join) for join in _DATA_JOINS)
    return len(text) >= 80 and joins >= 6 and '", "' not in text and '": ' not in text


_SENTENCE = 20  # words: a byline written as a sentence, with the writer's job after the name
_LONG = 30  # words: a longer line is asked only the notices' questions, then weighed by its length
DATED_BYLINE = 30  # words: a byline with its date, time and a second role, or its categories


def _by_length(line: Line, has_stops: bool) -> tuple[Tag, str]:
    """A line no phrase marked, by its length and its share of function words."""
    text, words = line.text, line.words
    if words >= _RUN_ON and len(pt.SENTENCE_STOP.findall(text)) * _RUN_ON < words and _mostly_names(text):
        return Tag.SHORT, ""  # a menu or a filter's choices flattened into one line: names, no sentences
    if 8 <= words <= 30 and not line.ends_sentence and _all_capitalised(text):
        return Tag.SHORT, ""  # "Family & Parenting Health & Wellness Sleep Careers All Life": a menu's row
    if (
        words > 30
        and len(pt.SENTENCE_STOP.findall(text)) * _MENU_SENTENCE < words
        and _capitalised(text) >= _MENU_CAPITALS
    ):
        return Tag.SHORT, ""  # a menu flattened, its entries some questions: "How to Invest What Are Stock Splits? ..."
    if words >= 10 and (line.density >= 0.22 or not has_stops):
        return Tag.GOOD, ""
    if words >= 5 and (line.density >= 0.15 or not has_stops):
        return Tag.NEAR, ""
    return Tag.SHORT, ""
