"""Reading an article's metadata out of the lines around its body: title, section, authors, site, date, dateline."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from reader.core.citing.names import PARTICLES, looks_like_organization
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.dates import UPDATED, find_date
from reader.core.cleaning.language import WORD, spaced, topic_words
from reader.core.cleaning.lines import Line, Tag
from reader.core.models import ORGANIZATION, Author

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


_SENTENCES = re.compile(r"[\w)\]\"”'][.!?]\s+[A-ZÀ-Ý\"“]")


_SITE_PART = re.compile(r"\s+(?:\||–|—|-|::|•|·|»)\s+")


def content_words(text: str, stops: frozenset[str]) -> set[str]:
    if spaced(text):  # the quick way, for most pages: no token to cut into pairs of characters
        return {low for w in WORD.findall(text) if len(w) > 3 and not w.isdigit() and (low := w.lower()) not in stops}
    found: set[str] = set()
    for token in WORD.findall(text):
        pairs = topic_words(token)
        if pairs != [token]:  # a run of Japanese or Chinese: its pairs of characters
            found.update(pairs)
        elif len(token) > 3 and token.lower() not in stops and not token.isdigit():
            found.add(token.lower())
    return found


def choose_title(
    header: list[Line], body_text: str, stops: frozenset[str], *, exclude: set[int], site_name: str = ""
) -> Line | None:
    """The header line most like a headline for this body: on topic, followed by the article's
    furniture (standfirst, byline, date), not a caption, not the masthead."""
    vocabulary = content_words(body_text[:20_000], stops)
    candidates: list[tuple[float, int]] = []
    count = len(header)
    # A page that starts with its tab's title ("Headline | Site") names its headline there: the line
    # further down that is that headline is the <h1>.
    tab = _SITE_PART.split(header[0].text)[0].strip() if header else ""
    for position, line in enumerate(header):
        if line.tag not in (Tag.GOOD, Tag.NEAR, Tag.SHORT) or not 3 <= line.words <= 30 or line.index in exclude:
            continue
        if line.text.endswith((".", ":", ",", ";")) and not line.text.endswith("..."):
            continue
        if _SENTENCES.search(line.text) or (site_name and line.text == site_name):
            continue  # two sentences: a standfirst or a caption, not a headline
        words = content_words(line.text, stops)
        if not words:
            continue
        overlap = len(words & vocabulary) / len(words) * min(1.0, len(words) / 4)
        following = [h for h in header[position + 1 : position + 4]]
        followed = any(h.tag in (Tag.BYLINE, Tag.DATE) or (h.prose and h.words >= 12) for h in following)
        digits = sum(ch.isdigit() for ch in line.text) / len(line.text)
        named = 0.6 * (position > 0 and len(tab.split()) >= 3 and line.text == tab)
        if position == 0 and tab != line.text and len(tab.split()) >= 3 and overlap > 0.2:
            named = 0.6  # the tab's title itself, "Headline | Site": its headline (the site goes later)
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
    if not candidates:
        return None
    log.debug("title candidates: %s", [(round(sc, 2), header[p].text[:40]) for sc, p in candidates])
    score, position = max(candidates)
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


def _clean_name(name: str) -> str:
    name = re.split(r"\s+[-–—|]\s+|\s*\(|,\s*(?=\d)|\s+(?:on|pada|el|le|am)\s+\d", name)[0]
    name = re.sub(r"\s+(?:in|di|en|em|à|a|aus|desde|de)\s+[A-ZÀ-Ý][\w ]*$", "", name) if " in " in name else name
    name = re.sub(r"^the\s+(?=[A-Z])", "", name.strip(" .:|,;-–—"))  # "by the Associated Press"
    return name + "." if re.search(r"\s(?:Jr|Sr)$", name) else name


# Lower-case words a name may have: particles of people's names, small words of organisations'.
_NAME_SMALL_WORDS = PARTICLES | frozenset("bt ap y e of for the and on dan untuk dari des et und für do para".split())


def _valid_name(name: str) -> bool:
    words = name.split()
    organization = looks_like_organization(name)
    return (
        1 <= len(words) <= (10 if organization else 6)
        and name[:1].isupper()
        and not any(ch.isdigit() for ch in name)
        and "@" not in name
        and not pt.DOMAIN.fullmatch(name)
        and not pt.JOB_TITLE.search(name)
        and all(_name_word(w) for w in words)
    )


def _name_word(word: str) -> bool:
    """A word a name can have: with a capital (Ingleby, d'Ancona, al-Hakim), a particle or a small
    word of an organisation's name, or a word of a script without capitals."""
    return any(ch.isupper() for ch in word) or word in _NAME_SMALL_WORDS or word[:1].lower() == word[:1].upper()


def _author(name: str, role: str = "author", job_title: str = "") -> Author:
    """A byline's name; an organisation's name is marked so (kept with the article, editable)."""
    return Author(name, role, ORGANIZATION if looks_like_organization(name) else "", job_title)


# The full stop after an abbreviation or an initial is no sentence's end.
_ABBREVIATIONS = {"jr", "sr", "dr", "drs", "mr", "mrs", "ms", "prof", "st", "hj", "ir", "ph", "md", "rev", "sir"}
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=\S)")
_JOINERS = re.compile(r"\s*(,|;|&|\band\b|\bdan\b|\by\b|\be\b|\bet\b|\bund\b)\s*", re.IGNORECASE)


def _first_sentence(names: str) -> str:
    """ "Alice Ingleby. She covers..." -> "Alice Ingleby"; "J. K. Rowling" and "King Jr." are kept whole."""
    for match in _SENTENCE_STOP.finditer(names):
        word = re.findall(r"[^\W\d_]+$", names[: match.start()])
        if word and word[0].casefold() not in _ABBREVIATIONS:
            return names[: match.start()]
    return names


def _byline_parts(text: str) -> list[tuple[str, str]]:
    """(role, the names after its label) for each labelled part of a byline."""
    text = " ".join(text.split())
    text = pt.BY_PHRASE_INSIDE.sub(" | ", pt.ROLE_INSIDE.sub(" | ", text))
    parts = []
    for segment in re.split(r"\s*[|;•·]\s*", text):
        match = pt.BYLINE_LABEL.match(segment.strip(" —–-()"))
        if match:
            index = next(int(k[1:]) for k, v in match.groupdict().items() if v is not None and k != "names")
            parts.append((pt.BYLINE_LABELS[index][1], match.group("names")))
    return parts


def _names_in(text: str) -> list[tuple[str, str]]:
    """The names of one part of a byline, each with the word that joined it to the one before."""
    pieces = _JOINERS.split(_first_sentence(text).strip(" .()"))
    result = [(pieces[0], "")]
    for i in range(1, len(pieces) - 1, 2):
        result.append((pieces[i + 1], pieces[i].lower()))
    return result


_BYLINE_DATE = re.compile(
    r"\s*(?:[|–—-]\s*)?\b(?:published|updated|posted|last\s+updated|diterbitkan|"
    r"diperbarui|publicado|actualizado)\b\s*:?.*$",
    re.IGNORECASE,
)


def parse_byline(text: str) -> list[Author]:
    """A byline's names with their roles: 'By A, B and C. Edited by D', 'Reporter: A | Editor: B',
    'Penulis: A Editor: B', 'Laporan wartawan Site, A'. A title written beside a name ('A, Local
    Democracy Reporter') stays with that name; an organisation's name keeps its 'and' ('Kementerian
    Lingkungan Hidup dan Kehutanan')."""
    authors: list[Author] = []
    text = _BYLINE_DATE.sub("", text)  # "By A Published: Jan 29, 2025", "By A – Updated Sep 9, 2025"
    for role, names in _byline_parts(text):
        found: list[Author] = []
        pieces = _names_in(names)
        for raw, joiner in pieces:
            name = _clean_name(raw)
            if not name:
                continue
            title = pt.JOB_TITLE.search(name)
            if title and len(name.split()) <= 6:  # a title beside the names, not a name
                takers = [a for a in found if not a.job_title] if title.group("plural") else found[-1:]
                found = [replace(a, job_title=name) if a in takers else a for a in found]
                continue
            if found and joiner == "," and len(name.split()) == 1 and _person_named_in_full(found[-1]):
                # "A Parker, Dietitian", "C Wilson, Co-Founder, COO": a credential or a role; a co-author
                # has a name in full
                last = found[-1]
                found[-1] = replace(last, job_title=f"{last.job_title}, {name}" if last.job_title else name)
                continue
            if (
                found
                and joiner in ("and", "dan", "&")
                and len(name.split()) == 1
                and found[-1].kind == ORGANIZATION
                and len(found[-1].name.split()) > 1
                and not looks_like_organization(name)
            ):
                found[-1] = replace(found[-1], name=f"{found[-1].name} {joiner} {name}")  # "... Hidup dan Kehutanan"
                continue
            if (
                found
                and joiner in ("and", "&")
                and len(found[-1].name.split()) == 1
                and found[-1].kind != ORGANIZATION
                and looks_like_organization(name)
                and len(name.split()) > 1
            ):
                found[-1] = _author(f"{found[-1].name} {joiner} {name}", role)  # "Food and Agriculture Organization"
                continue
            if (
                found
                and joiner == ","
                and found[-1].kind != ORGANIZATION
                and looks_like_organization(name)
                and (raw, joiner) == pieces[-1]
            ):
                continue  # "By A, BBC News": where A works, not a second author
            if _valid_name(name):
                found.append(_author(name, role))
        authors += [a for a in found if all(a.name != b.name or a.role != b.role for b in authors)]
    return authors


def _person_named_in_full(author: Author) -> bool:
    return author.kind != ORGANIZATION and len(author.name.split()) >= 2


def _lone_name(header: list[Line], start: int, used: list[Line]) -> Line | None:
    """A name standing alone: first one under a bare role line ("Written By"), else one beside the
    date or a byline, or just under the headline (at `start`)."""
    named = [
        i
        for i, line in enumerate(header)
        if line not in used and line.tag in (Tag.SHORT, Tag.NEAR) and line.words <= 8 and _name_line(line.text)
    ]
    for i in named:
        if i > 0 and _BARE_ROLE.match(header[i - 1].text):
            return header[i]
    for i in named:
        neighbours = header[max(0, i - 1) : i] + header[i + 1 : i + 2]
        if any(n.tag in (Tag.DATE, Tag.BYLINE) for n in neighbours) or 0 <= i - start <= 2:
            return header[i]
    return None


def _name_line(text: str) -> bool:
    """'Jane Roe', 'Jane Roe, Staff' (a few words after the comma): a name on its own line."""
    name = text.split(",")[0].strip()
    return bool(
        pt.NAME_LINE.match(name)
        and len(name.split()) <= 4
        and not pt.JOB_TITLE.search(name)
        and not _BARE_ROLE.match(name)
        and (name == text or len(text.split(",", 1)[1].split()) <= 5)
    )


# A byline's role word on a line of its own, the name on the next one.
_BARE_ROLE = re.compile(
    r"^(written\s+by|posted\s+by|words\s+by|by|author|penulis|oleh|por|escrito\s+por|par|von)\s*:?$", re.IGNORECASE
)
_CREDITS_LINE = re.compile(r"^(additional\s+)?(reporting|editing|writing)\s+by\b|^mitarbeit\s*:", re.IGNORECASE)


def find_authors(header: list[Line], tail: list[Line], title: Line | None = None) -> tuple[list[Author], list[Line]]:
    """Authors from byline lines, and a lone name standing beside the date or under the headline."""
    authors: list[Author] = []
    used: list[Line] = []
    start = header.index(title) + 1 if title in header else len(header)  # no headline: no "under it"
    for line in header + [t for t in tail if t.words <= 16]:
        if line.tag is Tag.CREDIT:
            continue
        bylineish = (
            line.tag is Tag.BYLINE or line.text.startswith(("—", "(", "-", "–")) or _CREDITS_LINE.match(line.text)
        )
        found = parse_byline(line.text) if bylineish else []
        if found:
            for author in found:
                same = next((i for i, a in enumerate(authors) if a.name == author.name), None)
                if same is None:
                    authors.append(author)
                elif authors[same].role == "author":
                    authors[same] = author  # "Reporting by A" says more than "By A"
            used.append(line)
    lone = _lone_name(header, start, used)
    if lone is not None:
        author = _author(lone.text.split(",")[0].strip())
        if author not in authors:
            authors.insert(sum(1 for u in used if u.index < lone.index), author)
        used.append(lone)
    return authors, used


def find_published(header: list[Line], body: list[str], captions: set[int], tail: Sequence[Line] = ()) -> str | None:
    """The article's date: in its header or first paragraphs; else a date line just below the body
    ("Posted on 10 February 2025" at the end of a blog post); else an update's date."""
    candidates = [line.text for line in header if line.index not in captions and not UPDATED.search(line.text)]
    below = [line.text for line in list(tail)[:12] if line.words <= 12 and not UPDATED.search(line.text)]
    for text in candidates + body[:4] + below:
        found = find_date(text)
        if found:
            return found[0].isoformat()
    for line in header:
        found = find_date(line.text)
        if found:
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
    """'Copyright © 2023 The Daily Example Ltd. All rights reserved.' -> 'The Daily Example Ltd'."""
    before = pt.COPYRIGHT_MARK.split(text, maxsplit=1)[0].strip(" |-–—")
    if before and len(before.split()) <= 5:
        return before
    rest = pt.COPYRIGHT_MARK.sub(" ", text)
    rest = pt.RIGHTS.sub("", pt.YEAR.sub(" ", rest))
    for chunk in re.split(r"\s[-–—|]\s|\.\s|\.$|,\s|\|", rest):
        chunk = chunk.strip(" .,-–—©")
        if chunk and any(ch.isalpha() for ch in chunk) and "/" not in chunk and len(chunk.split()) <= 6:
            return _COMPANY.sub("", re.sub(r"\s+", " ", chunk)).strip(" ,.")
    return ""


def find_site_name(lines: list[Line], dateline_site: str, full_text: str) -> str:
    """The masthead when the page confirms it; else the site in the dateline; else the copyright holder."""
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
        repeated = sum(1 for line in lines if line.text == masthead.text) > 1
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
    return domains.most_common(1)[0][0] if domains else ""


# JSON-LD (who the page says wrote it, a person or an organisation) is read in jsonld.py.
