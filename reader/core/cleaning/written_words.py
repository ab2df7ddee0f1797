"""Words an article writes in small letters, and names made of them.

A line near a headline that reads like a name ("Key Takeaways", "Marketing Activation", "By Use
Case") is often a heading, a button or a menu's filter. The article itself tells them apart: it
writes "key", "marketing" and "case" as ordinary words, while a writer's name it writes, if at all,
with its capitals.
"""

from __future__ import annotations

import re

from reader.core.cleaning.language import WORD


def any_written(name: str, common: frozenset[str]) -> bool:
    """Whether a word of the name, other than a group's ("Staff", "Team"), is one the article writes."""
    return any((low := w.lower()) in common and not _GROUP.match(low) for w in name.split())


def small_words(text: str) -> frozenset[str]:
    """The words a text writes in small letters; not an address's ("russell@site.com", "@russellm")."""
    lines = (_ADDRESS.sub(" ", line) if "@" in line or "/" in line else line for line in text.split("\n"))
    return frozenset(filter(str.islower, WORD.findall("\n".join(lines))))


_ADDRESS = re.compile(r"(?<!\S)[^\s@/]*[@/]\S*")  # an e-mail address, a handle, a link (tried at a word's start)


def common_words(name: str, common: frozenset[str]) -> bool:
    """Whether each word of the name is one the text writes in small letters: words, not a name."""
    words = _words_of(name)
    return bool(words) and all(w in common for w in words)


def starts_written(name: str, common: frozenset[str]) -> bool:
    """Whether a lone line's first word is one the article writes in small letters: a topic or a
    button ("Marketing Activation", "Free Sewing Patterns", "Download Now"), seldom a first name. A
    group's name may ("Great Day Editorial Team")."""
    words = _words_of(name)
    return bool(words) and words[0] in common and not _GROUP.match(words[0]) and not _GROUP.match(words[-1])


def _words_of(name: str) -> list[str]:
    """A name's words that start with a letter, lower-cased ("Q Grader, M.A." -> q, grader, m.a.)."""
    return [w.lower() for w in name.split() if w[:1].isalpha()]


_GROUP = re.compile(r"^(the|team|staff|editors|editorial|desk|newsroom)$")
