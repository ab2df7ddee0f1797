"""Reading an article's metadata out of the lines around its body: title, section, authors, site, date, dateline."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.dates import before_update, find_date
from reader.core.cleaning.language import WORD, function_words, spaced, topic_words
from reader.core.cleaning.lines import TEXT_TAGS, Line, Tag
from reader.core.cleaning.titles import SEPARATOR, crumbs_end, ends_tab, prints_headline, rewords, tabs_headline

log = logging.getLogger(__name__)

# Kicker labels that stand where a section would, but are not one.
LABELS = {
    "exclusive",
    "eksklusif",
    "exclusiva",
    "exclusivo",
    "exclusif",
    "exklusiv",
    "analysis",
    "analisis",
    "análisis",
    "análise",
    "analyse",
    "opinion",
    "opini",
    "opinión",
    "opinião",
    "meinung",
    "live",
    "video",
    "foto",
    "photos",
    "premium",
    "plus",
    "breaking",
    "update",
    "terbaru",
    "new",
    "nuevo",
    "novo",
    "nouveau",
    "neu",
    "advertisement",
    "iklan",
    "sponsored",
}


_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}$")  # "U.S.", "D.C." at a line's end: no sentence's end
_STOP_THEN_CAPITAL = re.compile(r"[.!?]\s+[A-ZÀ-Ý\"“]")
_SENTENCE_END = re.compile(r"(,\s*)?(\S*[\w)\]\"”'])([.!?])\s+[A-ZÀ-Ý\"“]")
# Words cut short with a full stop that a headline may hold: "Group Classes vs. Private Lessons".
_SHORTENED = {"vs", "v", "dr", "mr", "mrs", "ms", "st", "mt", "ft", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vol"}


def _two_sentences(text: str) -> bool:
    """Whether a line holds a sentence's end and another's start; a shortened word ("vs.", "Dr."),
    or initials ("U.S. Rental") before the full stop end none. Initials after a comma are a
    degree after a name ("Q Grader, M.A. Journalism"): a writer's line, not a headline."""
    if not _STOP_THEN_CAPITAL.search(text):
        return False  # most lines: no full stop, question or exclamation mark before a capital
    for match in _SENTENCE_END.finditer(text):
        comma, word, stop = match.group(1), match.group(2).strip("\"“”'()[]"), match.group(3)
        if stop == "." and (("." in word and not comma) or word.casefold() in _SHORTENED):
            continue
        if stop != "." and not text.endswith("."):
            continue  # a question, then its answer: "Is coffee good for you? Here's what we found"
        return True
    return False


def content_words(text: str, stops: frozenset[str]) -> set[str]:
    if spaced(text):  # the quick way, for most pages: no token to cut into pairs of characters
        tokens = set(WORD.findall(text))  # each once: a body says its words many times
        return {low for w in tokens if len(w) > 3 and not w.isdigit() and (low := w.lower()) not in stops}
    found: set[str] = set()
    for token in WORD.findall(text):
        pairs = topic_words(token)
        if pairs != [token]:  # a run of Japanese or Chinese: its pairs of characters
            found.update(pairs)
        elif len(token) > 3 and token.lower() not in stops and not token.isdigit():
            found.add(token.lower())
    return found


_ECHO_NEAR = 15  # lines above the body: the printed headline stands near it, related links further up
_UNDER = 4  # lines under a headline over its byline: its dates, byline, comment count, image credit
_HEADLINE_NEAR = 6  # lines from the body's first: a headline the tab does not name stands nearer
_CRUMBS = re.compile(r"[»›>·|/]|^(?:home|you are here)\b", re.IGNORECASE)  # "Home » Blog » Headline"


def _over_byline(line: Line, words: set[str], tab_words: set[str], above_body: int, following: list[Line]) -> bool:
    """Whether a header line is the headline the page prints in other words than the tab's: it
    shares two words with the tab's headline (a plural as its singular: "Best Security Cameras" and
    "the best security camera"), stands near the body with a byline or date in one of the two lines
    under it, and a paragraph of prose or the body's start in the four lines under it (its byline,
    dates, comment count and an image's credit between; a teaser's byline in a menu has neither)."""
    return (
        len(_stems(words) & _stems(tab_words)) >= 2
        and above_body <= _ECHO_NEAR
        and any(h.tag in (Tag.BYLINE, Tag.DATE) for h in following[:2])
        and (len(following) < _UNDER or any(h.prose and h.words >= 12 for h in following))  # the body, or prose
        and not _CRUMBS.search(line.text)
    )


def _stems(words: set[str]) -> set[str]:
    return {word[:-1] if word.endswith("s") else word for word in words}


def _echoes(line: Line, words: set[str], tab_words: set[str], above_body: int, following: list[Line]) -> bool:
    """Whether a header line says what the tab's title says, in its own words: half the words of
    each (two at least) in both, and not a breadcrumb that ends with it. It stands near the body, or
    over its byline or date however far from it (a table of contents between them)."""
    shared = len(words & tab_words)
    return (
        shared >= 2
        and shared * 2 >= max(len(words), len(tab_words))
        and (above_body <= _ECHO_NEAR or any(h.tag in (Tag.BYLINE, Tag.DATE) for h in following))
        and not _CRUMBS.search(line.text)
    )


def choose_title(
    header: list[Line], body_text: str, stops: frozenset[str], *, exclude: set[int], site_name: str = ""
) -> Line | None:
    """The header line most like a headline for this body: on topic, followed by the article's
    furniture (standfirst, byline, date), not a caption, not the masthead. Six lines or more above
    the body, a line wins over the page's first line, when that reads as a tab's title on topic
    ("Headline | Site", or a headline of three words or more), only if something vouches for it:
    the tab names it (printed as it is, with more after it, without the tab's last words, in its
    own words, or as the part after the site's name in "Site - Headline"), or a byline or date
    stands in one of the two lines under it. A tab's headline of one or two words ("Water Bottles |
    Shop") printed alone on a line is the title: a shop's, a guide's or a manual's heading."""
    vocabulary = content_words(body_text[:20_000], stops)
    candidates: list[tuple[float, int]] = []
    vouched: set[int] = set()  # positions of the lines the tab names and of those over a byline or date
    count = len(header)
    # A page that starts with its tab's title ("Headline | Site") names its headline there. The line
    # further down that is that headline, or echoes it, is the headline as the page prints it (the
    # <h1>): "Health and Nutrition Trends for 2026 - Site" above "Top 10 Health and Nutrition Trends
    # to Watch". The tab's wording is often the one written for search engines.
    tab = tabs_headline(header[0].text) if header else ""
    long_tab = len(tab.split()) >= 3
    topical = function_words(stops)  # "best", "history": the tab's and a headline's shared topic
    tab_words = content_words(tab, topical) if long_tab else set()
    tab_parts = set(SEPARATOR.split(header[0].text)[1:]) if header else set()  # "Site - Headline": its headline
    tab_titled = False  # the first line is, or may be, a tab's title on topic: "Headline | Site"
    printed = -2  # the position of the last line named as the headline the page prints
    # A shop's or a manual's short heading: "Water Bottles | REI Co-op"; not a section's label or a
    # site's name printed over the headline ("Opinion | The Case for Slower Cities - The Times").
    after = {h.text for i, line in enumerate(header) if i and line.text == tab for h in header[i + 1 : i + 4]}
    headline_after = any(len(part.split()) >= 3 and part.strip() in after for part in tab_parts)
    short_tab = tab if tab_parts and not long_tab and tab != site_name and not headline_after else ""
    for position, line in enumerate(header):
        printed_short = position > 0 and line.text == short_tab  # a shop's heading: "Water Bottles"
        if line.index in exclude or not (printed_short or line.tag in TEXT_TAGS and 3 <= line.words <= 30):
            continue
        if (
            line.text.endswith((".", ":", ",", ";"))
            and not line.text.endswith("...")
            and not _INITIALS.search(line.text)
        ):
            continue  # a sentence's or a label's end; not "... in the U.S."
        if (_two_sentences(line.text) and not (position and line.text == tab)) or (
            site_name and line.text == site_name
        ):
            continue  # two sentences: a standfirst or a caption, not a headline (unless printed as the tab's title)
        if position and header[position - 1].tag is Tag.BYLINE and header[position - 1].text.endswith(","):
            continue  # the byline goes on: "By Chris Radich," over "public sector CTO, UiPath"
        words = content_words(line.text, topical)  # compared with the tab's words, below
        saying = {word for word in words if word not in stops}  # the line's words that say something
        if not saying:
            continue
        overlap = len(saying & vocabulary) / len(saying) * min(1.0, len(saying) / 4)
        following = header[position + 1 : position + 4]
        followed = any(h.tag in (Tag.BYLINE, Tag.DATE) or (h.prose and h.words >= 12) for h in following)
        digits = sum(map(str.isdigit, line.text)) / len(line.text)
        named = 0.0
        if position == 0 and long_tab and overlap > 0.2:
            # the tab's title itself, "Headline | Site": its headline (the site goes later); a first line
            # without a site's part is less surely a tab's title (a page copied without its tab)
            named = 0.6 if tab != line.text else 0.3
            tab_titled = True
        elif printed_short or position > 0 and long_tab and prints_headline(tab, line.text):
            named = 1.0  # the headline printed on the page: above the tab's, and above a line echoing it
        elif position > 0 and long_tab and _echoes(line, words, tab_words, count - position, following):
            named = 0.9  # the headline printed on the page in its own words
        elif position > 0 and not line.ends_sentence and (rewords(tab, line.text) or ends_tab(tab, line.text)):
            named = 0.9  # the headline the tab's title puts otherwise at its start or its end
        elif position > 0 and crumbs_end(header[position - 1].text, line.text):
            named = 1.0  # the breadcrumb over it ends with it: "Home » Blog » Headline"
        elif (
            0 < position != printed + 1
            and long_tab
            and _over_byline(line, words, tab_words, count - position, header[position + 1 : position + 1 + _UNDER])
        ):
            named = 0.9  # not the standfirst under a printed headline
        if named >= 0.9:
            printed = position
        score = (
            overlap
            + 0.4 * followed
            + 0.2 * (position + 1) / count
            + named
            - 0.25 * (line.words > 22)
            - 0.3 * (" | " in line.text and not named)
            - 2 * max(0.0, digits - 0.1)
        )
        candidates.append((score, position))
        if named or line.text in tab_parts or any(h.tag in (Tag.BYLINE, Tag.DATE) for h in following[:2]):
            vouched.add(position)
    if not candidates:
        return None
    log.debug("title candidates: %s", [(round(sc, 2), header[p].text[:40]) for sc, p in candidates])
    score, position = max(candidates)
    if position not in vouched and count - position > _HEADLINE_NEAR and tab_titled:
        # A line far above the body that nothing vouches for is a menu's entry, a promotion's heading
        # or a subheading of an article whose first part scored as header: the tab's title is surer.
        tab_score = next(sc for sc, p in candidates if p == 0)
        if tab_score >= 0.45:
            score, position = tab_score, 0
    if score < 0.45:
        return None
    # A standfirst right under its headline can score higher: the headline is the shorter line above.
    best = header[position]
    if best.words >= 16 and position > 0:
        for s2, p2 in candidates:
            if p2 == position - 1 and s2 >= score - 0.6 and header[p2].words < best.words:
                position = p2
    return header[position]


def choose_section(header: list[Line], title: Line | None) -> str:
    """The kicker or last breadcrumb just above the headline."""
    if title is None or title not in header:
        return ""
    position = header.index(title)
    for line in reversed(header[max(0, position - 3) : position]):
        text = re.split(r"\s+[/›>»|]\s+", line.text)[-1].strip()
        if text.lower().strip(" :") in LABELS:
            continue
        if (
            line.tag in (Tag.SHORT, Tag.WIDGET, Tag.NEAR)
            and line.reason in ("", pt.NAVIGATION)
            and 1 <= len(text.split()) <= 3
            and not text.endswith((".", ":", "!", "?"))
            and not any(ch.isdigit() for ch in text)
            and text[:1].isupper()
        ):
            return text
        return ""
    return ""


def find_published(
    header: list[Line],
    body: list[str],
    captions: set[int],
    tail: Sequence[Line] = (),
    *,
    stretch: Sequence[Line] = (),
    title: Line | None = None,
    month_first: bool | Callable[[], bool] = False,
) -> str | None:
    """The article's date: in its header (the few lines under its `title` first: a date above the
    headline is as often a promo's) or first paragraphs; else a date line just below the body
    ("Posted on 10 February 2025" at the end of a blog post); else an update's date; else the first
    line of the article's `stretch` that is a date alone (a promo above the article scored as prose,
    and the body's run took in the article's header)."""
    if title is not None:  # the few lines under the headline first (not the text's), then the rest
        between = [line for line in header if 0 <= line.index - title.index <= 4 and line.text not in body]
        header = between + [line for line in header if line not in between]
    candidates = [before_update(line.text) for line in header if line.index not in captions]
    below = [before_update(line.text) for line in list(tail)[:12] if line.words <= 12]
    for text in candidates + body[:4] + below:
        found = find_date(text, month_first=month_first)
        if found:
            return found[0].isoformat()
    for line in header:
        found = find_date(line.text, month_first=month_first)
        if found:
            return found[0].isoformat()
    for line in stretch:
        if (
            line.tag is Tag.DATE
            and line.index not in captions
            and (found := find_date(line.text, month_first=month_first))
        ):
            return found[0].isoformat()
    return None


def find_dateline(first_paragraph: str) -> tuple[str, str]:
    """(place, site) from a dateline lead such as 'SITE.COM, MOSKOW - ...'; empty strings when absent."""
    head = first_paragraph[:120]
    for rx in pt.DATELINE:
        match = rx.match(head)
        if match:
            place = match.group("place").strip(" ,")
            site = match.group("site").strip() if "site" in match.groupdict() else ""
            if len(place.split()) <= 4:
                return place, site
    return "", ""


_COMPANY = re.compile(
    r"(,?\s+(ltd|limited|pty|inc|llc|plc|s\.?l\.?|s\.?a\.?|gmbh|mbh|ag|tbk|sdn\.?\s+bhd\.?)\.?)+$", re.IGNORECASE
)


def copyright_holder(text: str) -> str:
    """'Copyright © 2023 The Daily Example Ltd. All rights reserved.' -> 'The Daily Example Ltd'; a
    footer's line that claims no copyright ("Contact Us", "Privacy Policy", "Copyright Policy") names
    no holder. A name before the mark is the holder ("Pitchside Report © 2024"), not a year, a rights
    phrase or a link's words run into the line ("ISSN 1534-0295 ·", "All Rights Reserved ©")."""
    mark = pt.COPYRIGHT_MARK.search(text)
    if (mark is None and not pt.RIGHTS.search(text)) or _SOFTWARE.match(text):
        return ""
    before = pt.YEAR.sub(" ", text[: mark.start()]).strip(_AROUND_HOLDER + "|") if mark else ""
    if before and len(before.split()) <= 5 and not _NOT_A_NAME.search(before) and not pt.RIGHTS.search(before):
        return before
    rest = pt.COPYRIGHT_MARK.sub(" ", text[mark.start() :] if mark else text)
    rest = pt.RIGHTS.sub("", pt.YEAR.sub(" ", rest))
    for chunk in _HOLDER_PARTS.split(rest):
        chunk = _BY.sub("", chunk.strip(_AROUND_HOLDER))
        if (
            chunk
            and any(ch.isalpha() for ch in chunk)
            and "/" not in chunk
            and len(chunk.replace("&", " ").split()) <= 6
        ):
            return _COMPANY.sub("", re.sub(r"\s+", " ", chunk)).strip(" ,.")
    return ""


_NOT_A_NAME = re.compile(r"\d{4,}|\d-\d|[&·•@:,]$")  # a number ("ISSN 1534-0295"), or a link's words run on
_SOFTWARE = re.compile(r"powered\s+by\b", re.IGNORECASE)  # "Powered by phpBB © phpBB Limited": the forum's software
# A holder's parts: a dash, bar, comma or full stop sets them apart, but not the stop of an initial
# or a short abbreviation ("A.M. Best Company", "St. Mary's College", "Jane K. Doe")
_HOLDER_PARTS = re.compile(r"\s[-–—|]\s|(?<!\b[A-Z])(?<!\b[A-Z][a-z])\.\s|\.$|,\s|\|")
_AROUND_HOLDER = " .,-–—©Ⓒ@·•"
_BY = re.compile(r"^by\s+", re.IGNORECASE)


def find_site_name(lines: list[Line], dateline_site: str, full_text: str, url: str = "") -> str:
    """The masthead when the page confirms it; else the site in the dateline; else the copyright holder;
    else the page's own host (as its text writes it: "Mises.org"), not a domain its text links to."""
    tail = lines[len(lines) * 2 // 3 :]
    holders = [
        h
        for line in tail
        if line.reason == pt.FOOTER and "/" not in line.text
        for h in [copyright_holder(line.text)]
        if h
    ]
    masthead = next(
        (
            line
            for line in lines[:3]
            if line.reason not in (pt.COOKIE, pt.NAVIGATION, pt.NEWSLETTER) and line.tag is not Tag.WIDGET
        ),
        None,
    )
    if masthead is not None:
        name = re.split(r"\s+[|–—-]\s+", masthead.text)[0].strip()
        confirmed = pt.DOMAIN.fullmatch(name) or any(
            name.lower() in h.lower() or h.lower() in name.lower() for h in holders
        )
        # a logo's words stand again in the footer; the tab's title again over the article is its headline
        repeated = any(line.text == masthead.text for line in tail if line is not masthead)
        if (
            name
            and 1 <= len(name.split()) <= 5
            and not name.endswith((".", "?", "!"))
            and (confirmed or (name[:1].isupper() and repeated))
        ):
            same = [h for h in holders if h.lower() == name.lower()]
            return same[0] if same and name.isupper() else name
    if dateline_site and "." in dateline_site:
        variants = {m.group(0) for m in pt.DOMAIN.finditer(full_text) if m.group(0).lower() == dateline_site.lower()}
        mixed = sorted(v for v in variants if not v.isupper())
        return mixed[0] if mixed else dateline_site
    if holders:
        return holders[-1]
    domains = Counter(m.group(0) for line in lines for m in pt.DOMAIN.finditer(line.text))
    if host := host_of(url):
        return next((domain for domain in domains if domain.lower() == host), host)
    return domains.most_common(1)[0][0] if domains else ""


def host_of(url: str) -> str:
    """The address's host in small letters, without "www."; "" for none or a broken address."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


# JSON-LD (who the page says wrote it, a person or an organisation) is read in jsonld.py.
