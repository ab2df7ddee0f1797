"""Where an article's body runs among a copied page's lines.

Each line scores for the body (prose, by its words) or against it (furniture; a table's rows are
neither; a thread's post headers only a little, thread_posts.py); the run with the highest total is
the body (runs.best_run). The run is then moved off a comment thread that outscores its post, back
above the page's copyright notice when only dialogs outscore the page there, up to a paragraph
right under the printed headline when little stands between (a sidebar's boxes of prose can
outscore a service's own paragraph and list), off the headline,
standfirst and byline at its top (not off a thread's first post; or onto a dateline lead just below
a standfirst), and ended where other articles' teasers start: under a heading, or three in a row
with a date each or with each headline printed twice.
"""

from __future__ import annotations

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.dates import find_date
from reader.core.cleaning.language import spaced
from reader.core.cleaning.lines import PROSE_TAGS, TEXT_TAGS, Line, Tag
from reader.core.cleaning.metadata import content_words, find_dateline
from reader.core.cleaning.runs import best_run
from reader.core.cleaning.thread_posts import soften_post_headers
from reader.core.cleaning.titles import is_tabs_headline, tabs_headline

HARD_STOP = -10_000.0
_SCORES = {
    Tag.WIDGET: -8.0,
    Tag.RELATED: -8.0,
    Tag.LIST_HEADER: -30.0,
    Tag.COMMENTS: HARD_STOP,
    Tag.TAGS: -30.0,
    Tag.BYLINE: -20.0,
    Tag.DATE: -20.0,
    Tag.CREDIT: -10.0,
}
_WIDGET_SCORES = {pt.FOOTER: -30.0, pt.COOKIE: -12.0}
_UNBROKEN = 150  # words in one line without a sentence's end: not prose


def _unbroken(text: str) -> bool:
    """No sentence ends in the line (patterns.SENTENCE_STOP knows the stops of many scripts), and
    none of it is in a script written without spaces: Thai, Lao, Khmer and Myanmar end their
    sentences with a space, not a stop."""
    return not pt.SENTENCE_STOP.search(text) and spaced(text)


def line_scores(lines: list[Line]) -> list[float]:
    """Each line's score for the body: prose by its words, furniture against."""
    scores = []
    for line in lines:
        if line.tag in PROSE_TAGS and line.words >= _UNBROKEN and _unbroken(line.text):
            score = 0.0  # 150 words or more and no sentence's end: a filter's options, a table's cells flattened
        elif line.tag is Tag.GOOD:
            score = float(line.words)
        elif line.tag is Tag.NEAR:
            score = line.words * 0.5
        elif line.tag is Tag.SHORT:
            if line.row:
                score = 0.0  # a table's row: neither for nor against
            else:
                score = 1.0 if line.ends_sentence and line.words >= 1 and not line.text.endswith(":") else -2.0
        elif line.tag is Tag.WIDGET:
            score = HARD_STOP if pt.PAYWALL.search(line.text) else _WIDGET_SCORES.get(line.reason, _SCORES[Tag.WIDGET])
        else:
            score = _SCORES[line.tag]
        scores.append(score)
    return scores


def body_region(lines: list[Line]) -> tuple[int, int]:
    """The run of lines with the highest total score: prose counts for, furniture against."""
    scores = line_scores(lines)
    posts = soften_post_headers(lines, scores)  # a thread's posts, each under its date, are one body
    best, best_start, best_end = best_run(scores)
    best, best_start, best_end = _before_comments(lines, scores, (best, best_start, best_end))
    best, best_start, best_end = _before_the_notice(lines, scores, (best, best_start, best_end))
    if (inside := _headline_inside(lines, best_start, best_end)) != best_start:
        best, best_start = sum(scores[inside : best_end + 1]), inside
    above_run = best_start
    best, best_start, best_end = _under_headline(lines, scores, (best, best_start, best_end))
    under_headline = best_start < above_run  # the lead under the headline: the header is above it
    if best <= 0:  # no prose at all (a note of a few words): everything that is not furniture
        plain = [i for i, line in enumerate(lines) if line.tag in TEXT_TAGS]
        if len(plain) < 2 or len(plain) * 2 <= len(lines):  # mostly furniture: a menu, not a note
            return len(lines), len(lines) - 1
        first = plain[1] if plain[0] == 0 else plain[0]
        for i in plain:
            if i >= first:
                lines[i].tag = Tag.NEAR  # short, but all there is: keep it
        return first, plain[-1]
    # A dateline lead ("CITY (Agency) - ...") is where the body starts.
    for i in range(max(0, best_start - 15), min(best_end, best_start + 15)):
        if lines[i].tag is Tag.GOOD and find_dateline(lines[i].text)[0]:
            if i > best_start and not lines[i].ends_sentence:
                continue  # a label in capitals over a list ("SKU: N667FD See more ..."), not a lead
            if i < best_start and any(scores[j] <= HARD_STOP for j in range(i, best_start)):
                continue
            if sum(line.words for line in lines[best_start:i] if line.prose) > _STANDFIRST_WORDS:
                break  # paragraphs above it: a label in the text ("DIY (15): Can ..."), not the lead
            best_start = i
            break
    if not under_headline and not any(best_start - _POST_ABOVE_RUN <= date <= best_end for date in posts):
        best_start = _skip_article_header(lines, best_start, best_end)  # a thread's first post is no standfirst
    while best_start < best_end and scores[best_start] < 0:
        best_start += 1
    while best_end > best_start and scores[best_end] < 0:
        best_end -= 1
    return best_start, best_end


def _before_comments(lines: list[Line], scores: list[float], run: tuple[float, int, int]) -> tuple[float, int, int]:
    """A long comment thread can outscore the post it answers; the body is never below the line
    that opens the comments when a post of some length stands right above it (a short one under a
    thread three times its length is a question with its answers, a discussion: the run stands;
    not under a shop's "Customer Reviews", whose product is above however long its reviews are, nor
    under a list of other stories between the post and the thread's heading: a news story's layout,
    "You may like to read:" over "Load All Comments". A count, "2 Comments", may stand in a post's
    header under such a list, so it does not count as that heading)."""
    best, start, _end = run
    for i in range(start - 1, -1, -1):
        if lines[i].tag is Tag.COMMENTS:
            above = best_run(scores[:i])
            reviews = bool(pt.REVIEWS_HEADER.match(lines[i].text))
            related = not pt.COUNT.match(lines[i].text) and any(
                line.tag is Tag.LIST_HEADER for line in lines[above[2] + 1 : i]
            )
            if above[0] >= _POST_ABOVE_COMMENTS and (reviews or related or above[0] * 3 >= best):
                return above
            break
    return run


def _under_headline(lines: list[Line], scores: list[float], run: tuple[float, int, int]) -> tuple[float, int, int]:
    """The page's own text starts under its printed headline (the tab's): a service's or a shop's
    paragraph there, with its short list under it, can lose to a sidebar's boxes of prose further
    down ("About us", "Our mission"). When a paragraph of some length stands right under the
    headline, and starting the run there lowers its total by less than that paragraph's own worth
    (the lines between outweigh the paragraph, but by less than it weighs) with no furniture's stop
    among them (a list's header, tags, a footer, comments, a paywall), the run starts at the
    paragraph; the header's furniture is above it, so nothing more is cut from its top."""
    best, start, end = run
    tab = lines[0].text if lines else ""
    headline = tabs_headline(tab)
    for h in range(1, start - 1):
        if lines[h].text != headline and not is_tabs_headline(tab, lines[h].text):
            continue
        lead = lines[h + 1]
        if lead.tag is not Tag.GOOD or not lead.ends_sentence or lead.words < _LEAD_WORDS:
            continue
        between = scores[h + 1 : start]  # the paragraph and what stands under it
        cost = -sum(between)  # what the run loses by starting at the paragraph
        stops = any(score <= _SCORES[Tag.LIST_HEADER] for score in between)
        if 0 < cost < lead.words and not stops:
            return best - cost, h + 1, end
    return run


_LEAD_WORDS = 25


def _headline_inside(lines: list[Line], start: int, end: int) -> int:
    """Where the run starts when the tab's headline is printed inside it, over its byline or date
    (in the next two lines) and a paragraph (after those and other short lines, in the next four): a
    shop's menus of offers ("Take 25% off your favorite capsules.") scored as prose above the
    article, where the run holds more prose under the headline than above it (not a teaser of the
    article in a list under its text). The headline may differ from the tab's in case alone."""
    tab = lines[0].text if lines else ""
    headline = tabs_headline(tab).casefold()
    if len(headline.split()) < 3:
        return start
    for i in range(start + 1, min(end, len(lines) - 3)):
        text = lines[i].text
        if text.casefold() != headline and not is_tabs_headline(tab, text):
            continue
        under = lines[i + 1 : i + 5]
        signed = any(line.tag in (Tag.BYLINE, Tag.DATE) for line in under[:2])
        lead = next((line for line in under if line.prose or line.words > _SHORT_WORDS), None)
        if signed and lead is not None and lead.prose:
            above = sum(line.words for line in lines[start:i] if line.prose)
            return i if sum(line.words for line in lines[i : end + 1] if line.prose) > above else start
    return start


_SHORT_WORDS = 12  # a byline's, a date's or a reading time's line is shorter


_POST_ABOVE_COMMENTS = 60.0
_POST_ABOVE_RUN = 4  # lines: a post's date and number stand right above its text
_STANDFIRST_WORDS = 80  # prose a dateline lead may stand under and still start the body


def _before_the_notice(lines: list[Line], scores: list[float], run: tuple[float, int, int]) -> tuple[float, int, int]:
    """The page's copyright notice closes what it shows: below it a copy holds the dialogs and
    boxes the page never opened (sign in, reset your password, cookie choices, a survey's small
    print), which can outscore a shop's or a service's few paragraphs above the notice. A run below
    the notice stands only when it far outweighs the best run above (a page whose markup puts its
    footer first, the article after it)."""
    best, start, _end = run
    notice = next((i for i in range(len(lines) - 1, -1, -1) if _claims_copyright(lines[i])), -1)
    if 0 <= notice < start:
        above = best_run(scores[:notice])
        if above[0] >= _ABOVE_THE_NOTICE * best and above[0] > 0:
            return above
    return run


def _claims_copyright(line: Line) -> bool:
    """'© 2026 Harbour Boots Ltd. All Rights Reserved': a mark and a year or a rights phrase."""
    if line.reason != pt.FOOTER or line.words > 30:
        return False  # the line's reading found no footer in it: most lines
    text = line.text
    claimed = pt.YEAR.search(text) or pt.RIGHTS.search(text)
    return bool(pt.COPYRIGHT_MARK.search(text)) and bool(claimed)


_ABOVE_THE_NOTICE = 0.5  # of the run below the notice


def before_teasers(lines: list[Line], start: int, end: int) -> int:
    """Other articles' teasers under a heading ("You might also like", "More from Jane Doe"): each a
    headline or byline over its blurb. The blurbs are prose and carry the run on past the article;
    the heading ends the body when an article of some length stands above it that is not itself
    such a list (a listing page's own items, above its "Most read"). Dated teasers need no heading
    (_dated_teasers), unless the run's own entries are dated so from the top (a page of news items);
    nor do cards that print each headline twice over its blurb (_doubled_teasers)."""
    above, dated_seen, doubled_seen = 0, False, False
    dates = [0]  # how many date lines stand before each line of the run: where three teasers may be
    for line in lines[start : end + 1]:
        dates.append(dates[-1] + (line.tag is Tag.DATE))
    for i in range(start, end + 1):
        line = lines[i]
        headed = (
            line.tag is Tag.LIST_HEADER
            and _teasers(lines[i + 1 : end + 1], share=0.5)
            and not _goes_on(lines[i + 1 : end + 1])
        )
        near = dates[min(i - start + 4 * _DATED_TEASERS, end + 1 - start)] - dates[i - start]
        dated = not headed and not dated_seen and near >= _DATED_TEASERS and _dated_teasers(lines, i, end)
        doubled = not headed and not dated and not doubled_seen and _doubled_teasers(lines, i, end)
        if (
            (headed or dated or doubled)
            and above >= _ARTICLE_ABOVE_TEASERS
            and not _teasers(lines[start:i], share=0.8, least=3)
        ):
            return i - 1
        dated_seen = dated_seen or dated  # a page of dated entries from its start: its own items
        doubled_seen = doubled_seen or doubled  # likewise a page of cards
        if line.prose:
            above += line.words
    return end


def _goes_on(lines: list[Line]) -> bool:
    """Whether the first paragraph under a list's heading is the article going on: longer than any
    teaser's blurb (a site cuts its excerpts well short of that). An article's own list of links
    ("Other links:") stands between two of its sections."""
    first = next((line for line in lines if line.prose), None)
    return first is not None and first.words >= _LONGEST_BLURB


def _teasers(lines: list[Line], *, share: float, least: int = 2) -> bool:
    """Headlines each over a blurb: at least `least` short lines without a sentence's end, each right
    above a paragraph, and as many as `share` of the paragraphs."""
    titles = paragraphs = 0
    for line, nxt in zip(lines, lines[1:]):
        if nxt.prose and nxt.ends_sentence and not line.ends_sentence and line.words <= _TITLE_WORDS:
            titles += 1
        if line.prose and line.ends_sentence:
            paragraphs += 1
    return titles >= least and titles >= share * paragraphs


def _dated_teasers(lines: list[Line], i: int, end: int) -> bool:
    """Whether line i starts three or more teasers in a row with no heading over them (a blog's
    latest posts under its article): each a headline over its blurb with its date above or below,
    three or four lines each, laid out the same way every time. An article's sections have no
    date each; a live blog's entries have no headline over each."""
    if lines[i].tag is not Tag.DATE and not _headline_over_blurb(lines, i, end):
        return False
    for size in (3, 4):
        layout, groups, j = None, 0, i
        while j + size - 1 <= end:
            group = lines[j : j + size]
            dates = tuple(k for k, line in enumerate(group) if line.tag is Tag.DATE)
            if len(dates) == 1 and not _bare_date(group[dates[0]]):
                break  # "Jane Roe, May 26, 2025", "Trustpilot, 2.23.2025": posts and reviews
            heads = tuple(k for k in range(size - 1) if _headline_over_blurb(lines, j + k, end))
            if len(dates) != 1 or len(heads) != 1 or (layout is not None and layout != (dates, heads)):
                break
            layout, groups, j = (dates, heads), groups + 1, j + size
        if groups >= _DATED_TEASERS:
            return True
    return False


def _doubled_teasers(lines: list[Line], i: int, end: int) -> bool:
    """Whether line i starts three or more cards in a row, each its headline twice (the picture's
    link and the headline's, copied one over the other) over its blurb: other articles' teasers.
    An article never prints a line twice running, three times over."""
    groups, j = 0, i
    while j + 2 <= end:
        head, again, blurb = lines[j : j + 3]
        if not (head.text == again.text and head.words <= _TITLE_WORDS and blurb.prose and blurb.text != head.text):
            break
        groups, j = groups + 1, j + 3
    return groups >= _DATED_TEASERS


def _bare_date(line: Line) -> bool:
    """A date line that is only a date ("Mar 3, 2026", "2 days ago"), with no poster or source."""
    found = find_date(line.text)
    return found[1] == 0 if found else line.words <= 4


def _headline_over_blurb(lines: list[Line], i: int, end: int) -> bool:
    line = lines[i]
    return (
        i < end
        and line.tag is not Tag.DATE
        and line.words <= _TITLE_WORDS
        and not line.text.endswith(".")
        and lines[i + 1].prose
    )


_DATED_TEASERS = 3
_ARTICLE_ABOVE_TEASERS = 300  # words: an article, not a listing's or a shop's few lines of introduction
_TITLE_WORDS = 16
_LONGEST_BLURB = 150  # words
_HEADER_FURNITURE = (Tag.BYLINE, Tag.DATE, Tag.CREDIT, Tag.WIDGET)


def _skip_article_header(lines: list[Line], start: int, end: int) -> int:
    """Headline, standfirst and byline can score as prose; the body starts after the last byline,
    date, credit or share row near the top of the run, while little of the run's prose is above it."""
    total = sum(line.words for line in lines[start : end + 1] if line.prose) or 1
    above = since_cut = 0
    cut = start
    for i in range(start, end + 1):
        line = lines[i]
        if above > 0.3 * total or i - start > max(12, (end - start) // 3) or since_cut > 80:
            break  # the body has begun: furniture from here on is inside the article
        if line.tag in _HEADER_FURNITURE and not (line.tag is Tag.WIDGET and line.reason == pt.ADVERT):
            cut, since_cut = i + 1, 0
        if line.prose:
            above += line.words
            since_cut += line.words
    if cut > start and find_dateline(lines[start].text)[0]:
        return start  # the run already starts at a dateline lead
    if cut == start and start + 2 <= end and _headline_over_name(lines, start, end):
        return start + 2  # the headline and its byline: the header's
    return cut


def _headline_over_name(lines: list[Line], start: int, end: int) -> bool:
    """Whether the run opens with the printed headline and the writer's name under it, over prose: a
    headline of some length (a question, "Need a Change? 7 Tips on How to Rent a Car") scores as
    prose. It says half its longer words or more of the tab's title (the first line), and the name is no
    words the page writes in small letters ("Access Calculator", "Product Details")."""
    from reader.core.cleaning.lone_names import name_of, names_someone
    from reader.core.cleaning.written_words import any_written, small_words

    first, second, third = lines[start : start + 3]
    if not (first.words <= 20 and not first.text.endswith((".", ":")) and second.tag is Tag.SHORT and third.prose):
        return False
    said = content_words(first.text, frozenset())
    if not said or len(said & content_words(lines[0].text, frozenset())) * 2 < len(said):
        return False  # not the tab's headline in other words
    common = small_words("\n".join(line.text for line in lines))
    return names_someone(second.text, common) and not any_written(name_of(second.text), common)
