"""The plain-text cleaner: a page copied from a browser, line by line, to the article inside it.

Evidence, all general: how long a line is and how much of it is ordinary function words of
its language (stop-word density); where it stands relative to the densest run of prose (the
body is the run with the highest score, as in body-text extraction); repetition; and
multilingual phrases of page furniture (patterns.py). Nothing here knows any one site.
"""

from __future__ import annotations

import logging
import re
from functools import cache, partial
from typing import NamedTuple

from reader.core.cleaning import byline_words as bw
from reader.core.cleaning import listing
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.bios import drop_bios, without_end_mark
from reader.core.cleaning.body_run import before_teasers, body_region
from reader.core.cleaning.bylines import find_authors
from reader.core.cleaning.captions import figures_of, mark_caption_before_body, mark_captions
from reader.core.cleaning.dates import month_first
from reader.core.cleaning.kept_out import kept_out
from reader.core.cleaning.language import judged, likely, stopwords
from reader.core.cleaning.line_marks import MEASURED, mark_by_neighbours
from reader.core.cleaning.lines import TEXT_TAGS, Line, Tag, make_lines, without_placeholders
from reader.core.cleaning.metadata import (
    choose_section,
    choose_title,
    find_dateline,
    find_published,
    find_site_name,
)
from reader.core.cleaning.mojibake import repair
from reader.core.cleaning.nothing import nothing_to_read
from reader.core.cleaning.pasted_code import gathered, restored
from reader.core.cleaning.printed_headline import headline_at, printed_headline, under_headline
from reader.core.cleaning.text_lists import in_fact_box, in_list, introduced_items, review_label
from reader.core.cleaning.titles import tabs_other_wording, without_label, without_site
from reader.core.cleaning.written_words import small_words
from reader.core.models import Block, BlockKind, CleanedArticle, RemovedLine

log = logging.getLogger(__name__)

_REMOVAL_REASONS = {
    Tag.RELATED: pt.RELATED,
    Tag.LIST_HEADER: pt.HEADLINES,
    Tag.COMMENTS: pt.COMMENTS,
    Tag.TAGS: pt.TAGS,
    Tag.BYLINE: pt.BYLINE,
    Tag.DATE: pt.DATE,
    Tag.CREDIT: pt.CREDIT,
}


class Reading(NamedTuple):
    """The cleaner's reading of a text, and whether it read the text as a page of items."""

    article: CleanedArticle
    items: bool


def clean_text(text: str, *, url: str = "") -> CleanedArticle:
    pasted = gathered(text)  # a program's lines, read as one paragraph and shown as code
    return restored(read_text(pasted.text, url=url).article, pasted)


def read_text(text: str, *, url: str = "") -> Reading:
    """clean_text's article, with whether it is a page of items (listing.py) or one article."""
    text = repair(text)
    sample = without_placeholders(text)  # "Lorem ipsum" down a template's page is not its language
    language, sure = judged(sample)
    stops = stopwords(language or likely(sample))  # a page of menus and names is still read by its words
    lines = make_lines(text, stops)
    if not lines:
        return Reading(CleanedArticle(title="", body=()), items=False)
    mark_by_neighbours(lines)
    captions = mark_captions(lines)
    start, end = body_region(lines)
    items = listing.listing_region(lines, start, end)
    removed: dict[int, str] = {}
    if items is not None:  # a page of items (headlines, products, threads), not one article
        start, end = items
        header, region, tail = lines[:start], lines[start : end + 1], lines[end + 1 :]
        body_lines = [line for line in region if listing.keep(line) and line.index not in captions]
    else:
        last = before_teasers(lines, start, end)  # other articles' teasers: no text, nor their dates or bylines
        removed.update((line.index, pt.HEADLINES) for line in lines[last + 1 : end + 1] if line.tag in TEXT_TAGS)
        mark_caption_before_body(lines, start, captions)
        header, region, tail = lines[:start], lines[start : last + 1], lines[end + 1 :]
        body_lines = _select_body(region, captions, removed, lines[0])
    body_text = "\n".join(line.text for line in body_lines)

    site_name = find_site_name(lines, "", text, url)
    title = choose_title(header, body_text, stops, exclude=captions, site_name=site_name)
    if (
        title is None
        and body_lines
        and _headline_like(body_lines[0])
        and len(body_lines) > 1
        and body_lines[0].words >= 3
        and not body_lines[0].ends_sentence
        and header
        and header[0].words < 3
    ):
        title = body_lines.pop(0)  # the headline opens the run of prose; above it only a menu word ("Home")
        header += [title] + [line for line in region if title.index < line.index < body_lines[0].index]
    if title is None and header and _headline_like(header[0]) and header[0].tag in (Tag.SHORT, Tag.NEAR):
        title = header[0]  # a plain document: its first line is its title
    if title is None and body_lines and _headline_like(body_lines[0]) and len(body_lines) > 1:
        title = body_lines.pop(0)  # the page starts with its own headline
        header.append(title)
    elif title is not None and (k := headline_at(title, body_lines, lines)) >= 0:
        title = body_lines[k]  # the headline printed over the article, not its first paragraph
        del body_lines[: k + 1]
        header += [line for line in region if line.index < title.index]  # a notice above it: "Old browser?"
        header.append(title)
    section = choose_section(header, title)
    subtitle = _choose_subtitle(header, title, captions)
    # The header, and the short lines among the first paragraphs (a byline under the standfirst)
    fourth = body_lines[min(3, len(body_lines) - 1)].index if body_lines else -1
    in_header = {line.index for line in header}  # a page's lines differ in their index
    above = header + [
        line
        for line in region
        if line.index < fourth and (line.words <= 16 or line.tag is Tag.BYLINE) and line.index not in in_header
    ]
    headline, under = under_headline(lines, title, {line.index for line in above})
    if headline is not None:  # the page prints the tab's title again: what stands under that one
        above = [line for line in above if line is not headline] + [headline, *under]
    common = small_words(body_text)  # a name is not written so
    # a byline standing among the article's last lines ("Written by A" over A's bio), then those under it
    below = [line for line in region if line.index > fourth and line.tag is Tag.BYLINE] + tail
    authors, byline_lines = find_authors(
        above, below, headline or title, common, end=tuple(body_lines[-10:]), page=tuple(lines), site=site_name
    )
    body_lines = drop_bios(body_lines, authors, removed, blurbs=items is None)
    if items is not None and not (title and any(_under(line, title) for line in byline_lines)):
        authors = []  # a page of items (a blog's index, a shop's shelf): each byline is its item's
    blocks = _blocks(body_lines, common)
    place, dateline_site = find_dateline(blocks[0].text) if blocks else ("", "")
    published = find_published(
        above,
        [b.text for b in blocks],
        captions,
        tail,
        stretch=region,
        title=title,
        month_first=cache(partial(month_first, text)),
    )
    figures = figures_of(lines, captions)

    # Everything not in the body is kept, with the reason it was left out.
    named = {id(title): pt.TITLE, id(subtitle): pt.SUBTITLE}
    for line in byline_lines:
        named[id(line)] = pt.BYLINE
    kept = {id(line) for line in body_lines}
    title_text = title.text if title else ""
    for line in lines:
        if id(line) in kept:
            continue
        reason = named.get(id(line)) or removed.get(line.index) or _reason(line, captions)
        # the headline again, or the tab's title ("Headline | Site") on its topic, over the one the page prints
        again = line.text == title_text or (not line.index and tabs_other_wording(line.text, title_text))
        if title and line is not title and again:
            reason = pt.DUPLICATE_TITLE
        removed[line.index] = reason

    blocks = without_end_mark(blocks)
    left_out = (line.text for line in lines if removed.get(line.index, pt.TITLE) not in (pt.TITLE, pt.DUPLICATE_TITLE))
    if nothing_to_read(title_text, [b.text for b in blocks], left_out):
        blocks = []  # the headline again, or a few menu words: the importer says so
    if title_text:  # a tab's title, "Headline | Site": the headline
        title_text = without_site(title_text, [line.text for line in lines], site_name, tab=title is lines[0])
        title_text = without_label(title_text, lines[0].text)
    article = CleanedArticle(
        title=title_text or (blocks[0].text[:120] if blocks else ""),
        subtitle=subtitle.text if subtitle else "",
        section=section,
        authors=tuple(authors),
        site_name=find_site_name(lines, dateline_site, text, url) if dateline_site else site_name,
        dateline=place,
        published=published,
        language=language if sure else "",  # unsure: "unknown" rather than a confident wrong guess
        url=url,
        body=tuple(blocks),
        figures=tuple(figures),
        removed=tuple(RemovedLine(lines[i].text, r) for i, r in sorted(removed.items())),
    )
    return Reading(article, items=items is not None)


def _under(line: Line, title: Line) -> bool:
    """A byline ("By A") right under the headline: a list article's own (its tips are items)."""
    return line.tag is Tag.BYLINE and 0 < line.index - title.index <= 2


def _select_body(region: list[Line], captions: set[int], removed: dict[int, str], tab: Line) -> list[Line]:
    body: list[Line] = []
    seen: set[str] = set()
    # a filter's choices are the page's controls, unless they are all it shows (a directory's categories)
    drop_controls = sum(line.words for line in region if line.tag in TEXT_TAGS and not line.control) >= _BESIDE_CONTROLS
    numbered = _numbered_series(region)
    for i, line in enumerate(region):
        if line.index in captions:
            continue
        if line.tag not in TEXT_TAGS:
            continue
        if reason := (pt.NAVIGATION if line.control and drop_controls else kept_out(line.text)):
            removed[line.index] = reason
            continue
        if line.text in seen and not review_label(line):  # each review's "Pros" and "Cons" stand
            removed[line.index] = pt.BOILERPLATE
            continue
        if line.tag is Tag.SHORT and line.index not in numbered and not _keep_short(region, i):
            continue
        seen.add(line.text)
        body.append(line)
    body = _without_copies(body, removed)  # first: each paragraph is inside such a copy
    # A pull quote repeats a sentence of a nearby paragraph: keep the paragraph. (The body holds
    # each text once, and no text holds a line break: a text is inside a neighbour's exactly when
    # it is inside the neighbours' texts joined.) The tab's headline that a trail of links right
    # above ends with ("Home Products Resource center Headline") is no pull quote.
    result = []
    for i, line in enumerate(body):
        if len(line.text) > 30:
            near = "\n".join(other.text for other in body[max(0, i - 12) : i] + body[i + 1 : i + 13])
            trail = i > 0 and body[i - 1] is not tab and body[i - 1].text.endswith(" " + line.text)
            trail = trail and printed_headline(tab, line, tab, tab)
            if line.text in near and not trail:
                removed[line.index] = pt.BOILERPLATE
                continue
        result.append(line)
    return result


_BESIDE_CONTROLS = 100  # words of a page's text: it shows more than its filters


def _without_copies(body: list[Line], removed: dict[int, str]) -> list[Line]:
    """A page may hold its article a second time in one long line (a summary widget's copy, the
    page's own source shown as text): a line of many words, most of whose word runs the body's
    paragraphs (its shorter lines) already hold, is that copy."""
    long = [line for line in body if line.words >= _COPY_WORDS]
    if not long:
        return body
    paragraphs = {run for line in body if line.words < _COPY_WORDS for run in _word_runs(line.text)}
    copies = set()
    for line in long:
        runs = _word_runs(line.text)
        distinct = len(set(runs)) >= _COPY_SHARE * len(runs)  # a copy of the article, not a line repeating itself
        if runs and distinct and sum(run in paragraphs for run in runs) >= _COPY_SHARE * len(runs):
            copies.add(line.index)
            removed[line.index] = pt.BOILERPLATE
    return [line for line in body if line.index not in copies]


def _word_runs(text: str) -> list[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return [tuple(words[i : i + 4]) for i in range(len(words) - 3)]


_COPY_WORDS = 300  # a paragraph seldom runs so long; a copy of the article does
_COPY_SHARE = 0.5


def _keep_short(region: list[Line], i: int) -> bool:
    line = region[i]
    if line.row or (line.bullet and line.words >= 1):
        return True
    if line.ends_sentence and line.words >= 1 and not line.text.endswith(":"):
        return True  # a short paragraph or quote: "“We will appeal,” he said."
    if _ROW_WORDS[0] <= line.words <= _ROW_WORDS[1]:
        return True  # a row of a table, a line of code: few function words, but inside the article
    if in_list(region, i) or in_fact_box(region, i):
        return True
    j = next((j for j in range(i + 1, min(i + 3, len(region))) if not pt.EDIT_LINK.match(region[j].text)), None)
    if j is None:  # (a wiki's "[edit]" link stands between a heading and its text)
        return False
    if not region[j].prose and in_fact_box(region, j):
        return 2 <= line.words <= _BOX_HEADING_WORDS and line.text[:1].isupper()  # "Key Specs" over its rows
    return region[j].prose and _subheading(line, region[i - 1] if i else None)


def _subheading(line: Line, before: Line | None) -> bool:
    """A short line over a paragraph, its section's heading ("How we tested", "Conclusion"): up to
    14 words, capitalised; one word only under a paragraph (not the last of a menu's entries,
    "Roofing", "Windows", "Damp") and when it is not a control's ("Next", "Close", "Download")."""
    if not (1 <= line.words <= 14 and line.text[:1].isupper()):
        return False
    if line.words > 1:
        return True
    return before is not None and before.prose and not (bw.button(line.text) or line.text.lower() in _CONTROL_WORDS)


_BOX_HEADING_WORDS = 6
_CONTROL_WORDS = frozenset(
    "close next previous prev ok continue cancel back more submit reply image photo video skip".split()
)


_ROW_WORDS = (8, 60)  # longer: a log or a data dump pasted whole, seldom what the page is about


def _numbered_series(region: list[Line]) -> set[int]:
    """The lines that number an article's parts ("3. NuPhy Halo75 V2", "5) Be specific"): three or
    more numbered so, most of them following the one before (a top ten's entries, a guide's steps),
    whatever stands under each (a picture, a table of specifications)."""
    found: dict[int, list[int]] = {}
    for line in region:
        if line.tag in TEXT_TAGS and (match := _NUMBERED.match(line.text)):
            found.setdefault(int(match.group(1)), []).append(line.index)
    following = sum(1 for n in found if n - 1 in found or n + 1 in found)
    if len(found) < _SERIES or following < 0.75 * len(found):
        return set()
    return {index for indices in found.values() for index in indices}


_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S")
_SERIES = 3


def _headline_like(line: Line) -> bool:
    return 1 <= line.words <= 25 and not line.text.endswith((".", ":", ","))


def _choose_subtitle(header: list[Line], title: Line | None, captions: set[int]) -> Line | None:
    if title is None:
        return None
    after = header[header.index(title) + 1 :]
    for line in after[:8]:
        if line.index in captions:
            return None
        if line.prose and line.words >= 8:
            return line
    return None


def _blocks(lines: list[Line], common: frozenset[str]) -> list[Block]:
    items = introduced_items(lines)
    blocks = []
    for i, line in enumerate(lines):
        if line.bullet or i in items:
            kind = BlockKind.LIST_ITEM
        elif review_label(line) or _heading(line, lines[i + 1] if i + 1 < len(lines) else None):
            kind = BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        text = _drop_cap_joined(line.text, common)
        blocks.append(Block(kind, (pt.EDIT_LINK.sub("", text) or text) if kind is BlockKind.HEADING else text))
    return blocks


def _heading(line: Line, after: Line | None) -> bool:
    """A short line over the text: not a table's row ("Weight 26.4 lbs"). A line of a few more words
    with its headline's capitals ("The Best Overall French Press") heads the paragraph under it."""
    if after is None or line.ends_sentence or MEASURED.search(line.text):
        return False
    if line.tag is Tag.SHORT:
        return True
    return line.tag is Tag.NEAR and line.words <= _HEADING_WORDS and after.prose and _capitalised(line.text)


def _capitalised(text: str) -> bool:
    words = [word for word in text.split() if len(word) > 3]
    return bool(words) and all(word[0].isupper() or not word[0].isalpha() for word in words)


_HEADING_WORDS = 12


_DROP_CAP = re.compile(r"([^\W\d_]) ([^\W\d_]+)")
_ONE_LETTER_WORDS = frozenset("AIOYEÀÉ")  # "A broad range", "I think", "Y luego": words, not drop caps


def _drop_cap_joined(text: str, common: frozenset[str]) -> str:
    """A paragraph whose first letter, set large as a drop cap, was copied apart from its word ("T here
    are a million ...", "M ath is ..."): joined again when the word it makes is one the article writes
    in small letters, and the letter is no word of its own ("R is a language", "A broad range")."""
    found = _DROP_CAP.match(text)
    if found is None:
        return text
    letter, rest = found.groups()
    if not (letter.isupper() and rest.islower() and (letter + rest).lower() in common):
        return text
    if letter in _ONE_LETTER_WORDS and rest in common:
        return text
    return letter + text[2:]


def _reason(line: Line, captions: set[int]) -> str:
    if line.index in captions:
        return pt.CAPTION
    if line.tag is Tag.WIDGET:
        return line.reason
    if line.tag in _REMOVAL_REASONS:
        return line.reason or _REMOVAL_REASONS[line.tag]
    return pt.NAVIGATION if line.tag is Tag.SHORT else pt.OUTSIDE
