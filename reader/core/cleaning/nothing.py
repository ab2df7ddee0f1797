"""A page with nothing to read — an error page, an empty listing, a shop page whose text is drawn
by scripts that never ran. What a cleaner keeps of such a page is the headline again, or a handful
of menu words without one sentence among them. Both cleaners then give an empty body, and the
importer says "nothing article-like" and offers to import the page as it is, rather than passing a
few menu words off as an article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reader.core.cleaning.language import word_count

FEW_WORDS = 15  # under this many words, and no sentence: menu words
FURNITURE_WORDS = 20  # a page's menus and the like, left out: at least this many words
HEADLINE_WORDS = 12  # a short headline: a link post shares a longer one as its only text
_TOKEN = re.compile(r"\w+")
# a sentence ends in . ! ? (or 。！？), perhaps inside a closing quote or bracket; not in "…" or "..."
_SENTENCE_END = re.compile(r"(?<!\.\.)[.!?。！？][\"'”’)\]]?$")


def _words(text: str) -> int:
    return word_count(_TOKEN.findall(text))


def _plain(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


def _is_sentence(text: str) -> bool:
    """Ends as a sentence does ("Milk and eggs." in a note is one; "Loading..." and menu words are not)."""
    return bool(_TOKEN.search(text)) and bool(_SENTENCE_END.search(text.rstrip()))


def nothing_to_read(title: str, body: Sequence[str], left_out: Iterable[str]) -> bool:
    """Whether the body kept is only the headline again (with a site's name, say), or a handful of
    words with no sentence, on a page whose menus and furniture (`left_out`, read only then) outweigh
    it: nothing a person saved the page to read. A short note of one's own ("Banana", "text") has no
    furniture. A long body is let go at its first lines: this runs on every page."""
    texts = [t for t in body if t.strip()]
    if not texts or not (_only_the_headline(title, texts) or _few_words_no_sentence(texts)):
        return False
    return sum(map(_words, left_out)) >= max(FURNITURE_WORDS, 2 * sum(map(_words, texts)))


def _only_the_headline(title: str, texts: list[str]) -> bool:
    headline = _plain(title)
    # (a long "headline" is a post's whole text, as a link post or a social post gives it: that is to read)
    return (
        bool(headline)
        and _words(headline) <= HEADLINE_WORDS
        and all(
            (line := _plain(text)) and (line in headline or (headline in line and _words(line) <= _words(headline) + 8))
            for text in texts
        )
    )


def _few_words_no_sentence(texts: list[str]) -> bool:
    count = 0
    for text in texts:
        count += _words(text)
        if count >= FEW_WORDS or _is_sentence(text):
            return False
    return True
