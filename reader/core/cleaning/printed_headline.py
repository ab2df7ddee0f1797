"""Where a copied page prints its headline: the tab's title names it ("Headline | Site"), and the
page prints it over the article, perhaps under a notice the body's run took in ("You use an old
browser"), with its subtitle, in other closing words, or at the end of a breadcrumb trail; and the
headline printed again below a tab's title, with the short lines under it (its byline, its date)."""

from __future__ import annotations

from reader.core.cleaning.lines import Line
from reader.core.cleaning.titles import (
    begins_tab,
    crumbs_end,
    ends_tab,
    extends_tab,
    is_tabs_headline,
    rewords,
    tabs_headline,
)


def headline_at(title: Line, body: list[Line], lines: list[Line]) -> int:
    """Where the headline printed over the article stands among the body's first lines (-1: not
    there): the first, or, where the title is the tab's, under a notice or a label of a few words
    that the run took in (two lines and 40 words at most, none of a lead's length: a paragraph over
    the headline printed again, an embed's title, is the article's own)."""
    above = 0
    for k, line in enumerate(body[: len(body) - 1]):
        if k and (title.index or above > _NOTICE_WORDS or k > _NOTICE_LINES or body[k - 1].words >= _LEAD):
            break
        if printed_headline(title, line, lines[0], lines[max(0, line.index - 1)]):
            return k
        above += line.words
    return -1


_NOTICE_WORDS, _NOTICE_LINES = 40, 2
_LEAD = 25  # words: a lead paragraph's, not a notice's


def printed_headline(title: Line, first: Line, tab: Line, above: Line) -> bool:
    """Whether a line `first` of the body (its first, one of the next two, or one a trail of links
    ends with) is the headline again: the title's words, the end of the breadcrumb trail `above`
    it ("Home » Blog » Headline"), or the tab's title or its headline part ("Site: Headline",
    "Headline | Site"), that part with a subtitle after it, without the words the tab adds at its
    end, with its first or last words put otherwise, whatever line was chosen as the title (a
    blog's name printed over every post is no headline when the post's stands under it)."""
    if first.words < 3 or first is title:
        return False
    if first.text == title.text or crumbs_end(above.text, first.text):
        return True
    headline = tabs_headline(tab.text)
    if first.text == headline != tab.text and not first.text.endswith("."):
        return True  # "Do Tomatoes Need Deep Pots?" of "Do Tomatoes Need Deep Pots? | Site"
    if first.words <= 25 and (extends_tab(headline, first.text) or begins_tab(headline, first.text)):
        return True  # with its subtitle, whole where the tab cut it, or without the tab's last words
    if (
        title.index == 0
        and not first.ends_sentence
        and (rewords(headline, first.text) or ends_tab(headline, first.text))
    ):
        return True  # the tab's title put it otherwise, or opened it with a count ("15 Critical ...")
    return not first.ends_sentence and (first.text == tab.text or is_tabs_headline(tab.text, first.text))


def under_headline(lines: list[Line], title: Line | None, taken: set[int]) -> tuple[Line | None, list[Line]]:
    """The headline printed again below the title, when the title is the page's first line (the
    tab's title; the headline stands above the byline and the date), and the short lines under it
    not yet `taken`."""
    if title is None or title.index != 0:
        return None, []  # a headline printed on the page: its text again further down is a teaser's
    wanted = title.text.casefold()
    for line in lines[title.index + 1 :]:
        heading = line.text.casefold()
        if line.words >= 3 and (heading == wanted or wanted.startswith(heading + " ")):
            under = lines[line.index + 1 : line.index + 1 + _UNDER_HEADLINE]
            return line, [near for near in under if near.words <= 16 and near.index not in taken]
    return None, []


_UNDER_HEADLINE = 6
