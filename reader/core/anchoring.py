"""Keeping a highlight on the right words when the text changes.

A highlight is stored the way the W3C Web Annotation Data Model describes a text target: a
TextQuoteSelector (`exact` with 32 characters of `prefix` and `suffix`) and a
TextPositionSelector (`start`, `end`), plus the hash of the text it was made on. Placing it on a
text follows five steps:

1. the same text version: the positions stand;
2. the text at the old positions is still `exact`: keep it;
3. every exact occurrence of `exact`, scored by how well prefix and suffix match, nearest to the
   old position on a tie;
4. a fuzzy match (rapidfuzz's bit-parallel alignment), near the old position first, then anywhere;
   accepted only when the matched text is at least MIN_SIMILARITY like `exact` — "moved, check";
5. otherwise the highlight is orphaned: never deleted, never silently moved to other words.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.models import HighlightStatus

CONTEXT = 32
MIN_SIMILARITY = 0.80  # of the matched text to `exact`, for a fuzzy move
MIN_FUZZY_LENGTH = 12  # shorter quotes are too ambiguous to move fuzzily
MAX_OCCURRENCES = 5_000


@dataclass(frozen=True)
class Selector:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class Anchor:
    status: HighlightStatus
    start: int
    end: int
    score: float  # 1.0 for an exact placement; the similarity for a fuzzy one


def describe(text: str, start: int, end: int) -> Selector:
    """The quote and position selectors for text[start:end]."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"range {start}-{end} is outside a text of {len(text)} characters")
    return Selector(text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT], start, end)


def similarity(a: str, b: str) -> float:
    """1.0 for equal strings, falling towards 0 with the share of characters inserted or deleted."""
    if not a and not b:
        return 1.0
    from rapidfuzz.distance import Indel  # loaded on first use: start-up stays quick

    return Indel.normalized_similarity(a, b)


def _context_score(text: str, start: int, end: int, selector: Selector) -> float:
    before = text[max(0, start - len(selector.prefix)) : start]
    after = text[end : end + len(selector.suffix)]
    return (similarity(before, selector.prefix) + similarity(after, selector.suffix)) / 2


def anchor(selector: Selector, text: str, *, same_version: bool = False) -> Anchor:
    exact = selector.exact
    if same_version and 0 <= selector.start < selector.end <= len(text):
        return Anchor(HighlightStatus.ANCHORED, selector.start, selector.end, 1.0)
    if selector.end <= len(text) and text[selector.start : selector.end] == exact:
        return Anchor(HighlightStatus.ANCHORED, selector.start, selector.end, 1.0)
    occurrences: list[int] = []
    position = text.find(exact)
    while position >= 0 and len(occurrences) < MAX_OCCURRENCES:
        occurrences.append(position)
        position = text.find(exact, position + 1)
    if occurrences:
        best = max(
            occurrences,
            key=lambda p: (round(_context_score(text, p, p + len(exact), selector), 6), -abs(p - selector.start)),
        )
        return Anchor(HighlightStatus.ANCHORED, best, best + len(exact), 1.0)
    if len(exact.strip()) >= MIN_FUZZY_LENGTH:
        found = _fuzzy(selector, text)
        if found is not None:
            return found
    return Anchor(HighlightStatus.ORPHANED, selector.start, selector.end, 0.0)


def _fuzzy(selector: Selector, text: str) -> Anchor | None:
    from rapidfuzz import fuzz

    exact = selector.exact
    reach = 4 * len(exact) + 2_000
    windows = [(max(0, selector.start - reach), min(len(text), selector.end + reach)), (0, len(text))]
    for low, high in windows:
        window = text[low:high]
        if len(window) < len(exact) * MIN_SIMILARITY:
            continue
        alignment = fuzz.partial_ratio_alignment(exact, window, score_cutoff=MIN_SIMILARITY * 100)
        if alignment is None:
            continue
        start, end = low + alignment.dest_start, low + alignment.dest_end
        start, end = _trim(text, start, end)
        score = similarity(exact, text[start:end])
        if score >= MIN_SIMILARITY and end > start:
            return Anchor(HighlightStatus.MOVED, start, end, score)
        if (low, high) == (0, len(text)):
            break
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Snap a fuzzy match out to whole words, then trim white space at its ends."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection [start, end) of `text` widened to whole words where it begins or ends inside one
    (as a reader who drags across "ighlight th" means "highlight the"). Edges already between words,
    or on punctuation, stay where they are."""
    start, end = max(0, start), min(len(text), end)
    if start < end and _in_word(text[start]):
        while start > 0 and _in_word(text[start - 1]):
            start -= 1
    if start < end and _in_word(text[end - 1]):
        while end < len(text) and _in_word(text[end]):
            end += 1
    return start, end
