"""Lists in a copied article whose bullets the copy lost: a line ending in a colon ("Key cost
factors:") over its items, each a short line, or a review's label over its points ("Pros",
"Cons", "What we like"); and a fact box's rows, whose table the copy flattened ("Capacity: 24
ounces", "Materials: Stainless steel"). The cleaner keeps such items inside the body and shows
them as a list again."""

from __future__ import annotations

import re
from itertools import takewhile

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.lines import TEXT_TAGS, Line, Tag

# A review's label over its points: "Pros", "Cons:", "What we like", "What we don't like", "Reasons to
# buy", "Kelebihan" (Indonesian: strengths), "Kekurangan" (shortcomings)
_REVIEW_LABEL = re.compile(
    r"^(pros|cons|advantages|disadvantages|strengths|weaknesses|"
    r"what\s+(we|i)\s+(like|liked|love|loved)|what\s+(we|i)\s+(don['’]t|didn['’]t)\s+like|"
    r"reasons\s+to\s+(buy|avoid)|kelebihan|kekurangan)\s*:?$",
    re.IGNORECASE,
)
_LABEL_WORDS = 5  # "What we don't like": the apostrophe splits a word in two


def introduces(line: Line) -> bool:
    """Whether a line introduces a list: it ends in a colon, or it is a review's label."""
    return line.text.endswith(":") or review_label(line)


def review_label(line: Line) -> bool:
    """A review's label over its points: "Pros", "Cons", "What we like"."""
    return line.words <= _LABEL_WORDS and bool(_REVIEW_LABEL.match(line.text))


def in_list(region: list[Line], i: int) -> bool:
    """Whether a short line belongs to a list the article introduces with a colon ("Key cost
    factors:" over its items, whose bullets the copy lost) or a review's label ("Pros"): the
    introducing line over two items or more, or an item under it."""
    if introduces(region[i]):
        return _items_under(region, i) >= _MIN_ITEMS
    for k in range(i - 1, max(-1, i - _LIST_ITEMS - 1), -1):
        above = region[k]
        if introduces(above):
            # a review's points end where its next entry starts (see _review_point)
            return above.tag in TEXT_TAGS and (not review_label(above) or i - k <= _items_under(region, k))
        if not _list_item(above):
            return False
    return False


def in_fact_box(region: list[Line], i: int) -> bool:
    """Whether a short line is one of a fact box's rows, whose table the copy flattened: three or
    more "Label: value" lines in a row ("Capacity: 24 ounces", "Materials: Stainless steel", "Filter
    type: Single screen"), each label once."""
    if not _fact(region[i]):
        return False
    first = i
    while first > 0 and _fact(region[first - 1]):
        first -= 1
    last = i
    while last + 1 < len(region) and _fact(region[last + 1]):
        last += 1
    labels = [line.text.split(":", 1)[0].strip().lower() for line in region[first : last + 1]]
    if len(labels) < _FACTS or len(set(labels)) < len(labels):
        return False
    if any(_POSTER.match(line.text) for line in region[first : last + 1]):
        return False  # a forum poster's box: "Join Date: Aug 2008", "Location: Leeds", "Posts: 138"
    near = region[max(0, first - _POST_NEAR) : first] + region[last + 1 : last + 1 + _POST_NEAR]
    return not any(line.tag in (Tag.DATE, Tag.BYLINE) for line in near)  # a post's header beside it


def _fact(line: Line) -> bool:
    """A fact box's row: a value after its label, not a sentence ("Interviewer: So why did you leave?",
    a transcript's line) nor a line of code ('"urls": {', '"email": "x",': its label quoted)."""
    text = line.text
    if line.tag not in TEXT_TAGS or line.words > _FACT_WORDS or text.endswith(_CODE_ENDS):
        return False
    if not pt.LABELLED.match(text):
        return False
    value = text.split(":", 1)[1].split()
    return not (len(value) >= _SENTENCE_WORDS and text.endswith((".", "?", "!")))


_CODE_ENDS = (",", "{", "[", "(", ";")
_SENTENCE_WORDS = 3
_POSTER = re.compile(
    r"^(join(ed)?(\s+date)?|member\s+since|registered|posts|messages|reaction\s+score|reputation|karma)\s*:",
    re.IGNORECASE,
)
_FACTS = 3
_FACT_WORDS = 12
_POST_NEAR = 2


def introduced_items(lines: list[Line]) -> set[int]:
    """The positions of the items of each list a line introduces (see in_list), and of a fact box's
    rows (in_fact_box): shown as a list again, not as headings or paragraphs."""
    found = {i for i in range(len(lines)) if in_fact_box(lines, i)}
    for i, line in enumerate(lines):
        if introduces(line) and (count := _items_under(lines, i)) >= _MIN_ITEMS:
            found.update(range(i + 1, i + 1 + count))
    return found


def _items_under(lines: list[Line], i: int) -> int:
    """How many list items follow the line at i, up to the first line that is none."""
    if not review_label(lines[i]):
        return len(list(takewhile(_list_item, lines[i + 1 : i + 1 + _LIST_ITEMS])))
    count = len(list(takewhile(_review_point, lines[i + 1 : i + 1 + _LIST_ITEMS])))
    after = i + 1 + count
    if count > _MIN_ITEMS and after < len(lines) and lines[after].prose and lines[after].ends_sentence:
        count -= 1  # the last short line stands over a paragraph: its heading ("How we tested")
    return count


def _list_item(line: Line) -> bool:
    return line.tag in TEXT_TAGS and line.words <= _ITEM_WORDS and not introduces(line)


def _review_point(line: Line) -> bool:
    """A review's point under "Pros" or "Cons": a short phrase. A rank ("2") or a label with its
    name ("Best budget pick: Tamsin Lite") starts the review's next entry."""
    return _list_item(line) and line.words <= _POINT_WORDS and ":" not in line.text and not line.text.isdigit()


_LIST_ITEMS = 12  # items under one introducing line
_ITEM_WORDS = 25
_POINT_WORDS = 15
_MIN_ITEMS = 2
