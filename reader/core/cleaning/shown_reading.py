"""Saved HTML: the page's text as a person sees it, read when trafilatura keeps only part of it.

trafilatura takes a page of items (products, posts, courses) or of short sections for navigation,
and leaves out what some pages hide until a click (a list of questions with their answers
collapsed). The copied-text cleaner, run on the lines the page shows (page.py's walk), then finds
more of the content. Its reading replaces trafilatura's when it finds twice as much; over a few
hundred words only an article read so does, and not one eight times as long as trafilatura's (the
whole page swept up), since a page of items read from its lines is no surer than trafilatura's
reading there. On the WCXB pages: F1 +0.012 on either half with the first rule; +0.004 (tune) and
+0.005 (confirm) more with the second.

A forum's thread is read so too: trafilatura takes one post of it (the longest, or a summary box)
where the page's scripts would draw the rest. The shown reading must then hold trafilatura's, or
the thread's opening post as its structured data gives it: a reading of some other posts only has
lost the question. Five tune pages +0.33 to +0.69, one confirm page +0.55.

The page's lines include its menus, which the copied-text cleaner cannot tell from a listing's
rows: on a shop's or a job board's page it may take the menus of every category for the items. So
a shown reading more than half of whose words are lines of the page's <nav> elements is not taken
where the page shows enough outside them to double trafilatura's reading itself: there the reading
has swept up the menus (never where trafilatura kept nothing: the reading is all there is). On the
WCXB pages: one listing page on each half read right (0.13 -> 0.95, 0 -> 0.59) and a collection
page on the tune half a little (0 -> 0.21); nothing else changed.

A reading of trafilatura's that is bare of prose (under a fifth of its words in lines of prose
length) has read a catalogue's or a shop's fields ("Price", "$950", "Duration", "5 weeks long")
and left out what each item is, which the page says in sentences elsewhere. The shown reading
then takes its place where it holds at least as many words, twice trafilatura's prose (and two
hundred words of it at least) and not eight times as many words: even a page of items, whose
items read with what they are is surer than their fields alone. On the WCXB pages: one listing on each half (0 -> 0.39,
0.11 -> 0.70); nothing else changed.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.cleaning.copied_text import read_text
from reader.core.cleaning.discussion import words
from reader.core.models import Block, RemovedLine

LITTLE = 200  # words trafilatura kept: under this, any reading twice as long wins
SOME = 800  # words: from here on, trafilatura's reading stands
MORE = 2  # times as many words as trafilatura kept
MOST = 8  # times as many: the whole page swept up
PROSE_LINE = 12  # words: a line of prose length
BARE = 5  # trafilatura's reading is bare of prose where under one word in this many is in prose lines


def or_as_shown(
    kept: list[Block],
    dropped: list[RemovedLine],
    lines: list[str],
    title: str,
    url: str,
    *,
    thread: str | None = None,
    menus: list[str] | None = None,
) -> tuple[list[Block], list[RemovedLine]]:
    """The body and removed lines to use: the shown text's reading or trafilatura's (`kept`).
    `thread`: the page is a forum's thread, whose opening post its structured data gives as this
    ("" when it does not); the shown reading must then go on from trafilatura's (see _goes_on).
    `menus`: the lines of `lines` in the page's menus (see _swept_menus)."""
    have = words([b.text for b in kept])
    if have >= SOME or not lines or (have >= LITTLE and _left_out_prose(kept, lines) < 0.75 * have):
        return kept, dropped
    shown, items = read_text("\n".join(lines), url=url)
    body = [b for b in shown.body if b.text != title]
    found = words([b.text for b in body])
    bare = _prose(kept) * BARE < have and _prose(body) >= MORE * max(_prose(kept), LITTLE // 2)
    if not (bare and have <= found <= MOST * have) and (
        found < MORE * max(have, 1) or (have >= LITTLE and (items or found > MOST * have))
    ):
        return kept, dropped
    if thread is not None and not _goes_on(kept, body, thread):
        return kept, dropped
    if menus and _swept_menus(body, found, lines, set(menus), have):
        return kept, dropped
    return body, list(shown.removed)


def _prose(blocks: list[Block]) -> int:
    """The words of a reading's blocks of prose length."""
    return _prose_words(b.text for b in blocks)


def _prose_words(texts: Iterable[str]) -> int:
    """The words of the texts of prose length (PROSE_LINE words or more)."""
    return sum(n for text in texts if (n := text.count(" ") + 1) >= PROSE_LINE)


def _swept_menus(body: list[Block], found: int, lines: list[str], menus: set[str], have: int) -> bool:
    """Whether the shown reading `body` (`found` words) is more than half lines of the page's
    `menus`, on a page whose other `lines` hold at least twice the `have` words trafilatura kept:
    enough for a reading of them alone to stand. Not where trafilatura kept nothing: the reading is
    all there is. A menu line the reading rewrote (a bullet taken off) is not counted: the reading is
    let stand where it is not plainly the menus."""
    if not have or 2 * words([b.text for b in body if b.text in menus]) <= found:
        return False
    return words(list({line for line in lines if line not in menus})) >= MORE * have


def _goes_on(kept: list[Block], body: list[Block], opening: str) -> bool:
    """Whether a thread's shown reading holds what trafilatura read of it (one post, or a few of
    them, where the page's scripts draw the rest), or else the thread's opening post (trafilatura
    may read a summary box instead): a reading of other posts only has lost the question."""
    shown = " ".join(" ".join(b.text for b in body).split())
    held = [b.text for b in kept if _start(b.text) in shown]
    return 2 * words(held) >= words([b.text for b in kept]) or bool(opening and _start(opening) in shown)


def _start(text: str) -> str:
    """A text's first words, as a check of where it stands: eight words are nobody else's."""
    return " ".join(text.split()[:8])


def _left_out_prose(kept: list[Block], lines: list[str]) -> int:
    """How many words the page shows in lines of prose length that trafilatura left out. The
    copied-text cleaner doubles trafilatura's reading only with such lines, so it is run only when
    they hold three quarters as many words as trafilatura kept (every such page of the tune half)."""
    have = {b.text for b in kept}
    return _prose_words(line for line in lines if line not in have)
