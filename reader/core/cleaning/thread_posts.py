"""A forum thread's posts among a copied page's lines.

Each post of a thread stands under its own header: the poster's name, the post's date, its number
("#2"). Those dates score against the body as an article's furniture does, and between short posts
they cut the thread into pieces, of which the body kept one. Three or more dated headers in a row,
each with prose under it before the next (a header may show its date twice, beside the poster's
"Author stats"), are a thread: their dates and numbers part its posts, and score only a little
against the body. Not a blog's comments (under a "12 Comments" heading, or under an article of
some length), nor a list of articles: headlines, numbered items, teasers cut short ("Denver Health
unveiled..."), or teasers each "By" its writer.
"""

from __future__ import annotations

import re

from reader.core.cleaning.lines import Line, Tag

POST_HEADER_SCORE = -1.0
_LEAST_POSTS = 3
_MOST_APART = 20  # lines between two posts' dates
_POST_NUMBER = re.compile(r"^#\d{1,5}$")
_NEAR_DATE = (4, 2)  # lines above and below a post's date where its number stands
_ARTICLE_ABOVE = 400  # words of paragraphs just above the first date: an article, the posts its comments
_ABOVE = 40  # lines


def soften_post_headers(lines: list[Line], scores: list[float]) -> list[int]:
    """Score the dates and numbers of a thread's posts mildly (in `scores`, one per line), and a
    byline between a header's two dates; the posts' dates, in order."""
    posts: list[int] = []
    comments = next((i for i, line in enumerate(lines) if line.tag is Tag.COMMENTS), len(lines))
    chain: list[int] = []
    shared: list[tuple[int, int]] = []  # two dates with no prose between them: one post's header
    headers = 0  # the chain's post headers
    for at in [i for i, line in enumerate(lines[:comments]) if line.tag is Tag.DATE] + [-1]:
        if at >= 0 and (not chain or at - chain[-1] <= _MOST_APART):
            if chain and not _prose_between(lines, chain[-1], at):
                shared.append((chain[-1], at))
            else:
                headers += 1
            chain.append(at)
            continue
        if headers >= _LEAST_POSTS and _posts(lines, chain):
            posts += chain
            for date, after in shared:  # a header's lines between its two dates
                for inside in range(date + 1, after):
                    if lines[inside].tag is Tag.BYLINE:  # "Author stats"
                        scores[inside] = POST_HEADER_SCORE
            for date in chain:
                scores[date] = POST_HEADER_SCORE
                for near in range(max(0, date - _NEAR_DATE[0]), min(len(lines), date + _NEAR_DATE[1] + 1)):
                    if lines[near].tag is Tag.TAGS and _POST_NUMBER.match(lines[near].text):
                        scores[near] = POST_HEADER_SCORE
        chain, shared, headers = [at], [], 1
    return posts


def _prose_between(lines: list[Line], first: int, last: int) -> bool:
    return any(line.tag in (Tag.GOOD, Tag.NEAR) for line in lines[first + 1 : last])


def _posts(lines: list[Line], dates: list[int]) -> bool:
    """Whether the dated stretch holds posts, written in sentences: not comments under an article
    just above it, nor a list of articles: headlines, numbered items, teasers cut short, or dates
    beside bylines."""
    above = sum(line.words for line in lines[max(0, dates[0] - _ABOVE) : dates[0]] if line.tag is Tag.GOOD)
    if above >= _ARTICLE_ABOVE:
        return False
    prose = [line for line in lines[dates[0] : dates[-1]] if line.tag in (Tag.GOOD, Tag.NEAR)]
    cut = sum(1 for line in prose if line.text.endswith(("...", "…")))
    said = sum(1 for line in prose if line.ends_sentence)
    if cut * 2 >= len(prose) or said * 2 < len(prose):
        return False  # teasers cut short, or headlines: a list of articles
    if sum(1 for line in prose if _NUMBERED.match(line.text)) * 2 >= len(prose):
        return False  # a ranked list: "1. SigNoz is hiring", "2. ..."
    bylined = sum(1 for date in dates if any(_by_line(line) for line in lines[max(0, date - 2) : date + 3]))
    return bylined * 2 < len(dates)  # other articles' teasers, each "By" its writer


_NUMBERED = re.compile(r"^\d{1,3}[.)]\s")


def _by_line(line: Line) -> bool:
    """A teaser's byline, "By A" (a forum's "Author stats" button is no byline)."""
    return line.tag is Tag.BYLINE and line.text[:3].lower() == "by "
