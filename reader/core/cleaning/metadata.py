"""Reading an article's metadata out of the lines around its body: title, section, authors, site, date, dateline."""

from __future__ import annotations

import logging
import re
from collections import Counter

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.dates import UPDATED, find_date
from reader.core.cleaning.language import WORD
from reader.core.cleaning.lines import Line, Tag
from reader.core.models import Author

log = logging.getLogger(__name__)

# Kicker labels that stand where a section would, but are not one.
LABELS = {"exclusive", "eksklusif", "exclusiva", "exclusivo", "exclusif", "exklusiv", "analysis", "analisis",
          "análisis", "análise", "analyse", "opinion", "opini", "opinión", "opinião", "meinung", "live", "video",
          "foto", "photos", "premium", "plus", "breaking", "update", "terbaru", "new", "nuevo", "novo",
          "nouveau", "neu", "advertisement", "iklan", "sponsored"}


_SENTENCES = re.compile(r"[\w)\]\"”'][.!?]\s+[A-ZÀ-Ý\"“]")


def content_words(text: str, stops: frozenset[str]) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) > 3 and w.lower() not in stops and not w.isdigit()}


def choose_title(header: list[Line], body_text: str, stops: frozenset[str], *, exclude: set[int],
                 site_name: str = "") -> Line | None:
    """The header line most like a headline for this body: on topic, followed by the article's
    furniture (standfirst, byline, date), not a caption, not the masthead."""
    vocabulary = content_words(body_text[:20_000], stops)
    candidates: list[tuple[float, int]] = []
    count = len(header)
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
        following = [h for h in header[position + 1:position + 4]]
        followed = any(h.tag in (Tag.BYLINE, Tag.DATE) or (h.prose and h.words >= 12) for h in following)
        digits = sum(ch.isdigit() for ch in line.text) / len(line.text)
        score = (overlap + 0.4 * followed + 0.2 * (position + 1) / count
                 - 0.25 * (line.words > 22) - 0.3 * (" | " in line.text) - 2 * max(0.0, digits - 0.1))
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
    for line in reversed(header[max(0, position - 3):position]):
        text = re.split(r"\s+[/›>»|]\s+", line.text)[-1].strip()
        if text.lower().strip(" :") in LABELS:
            continue
        if line.tag in (Tag.SHORT, Tag.WIDGET, Tag.NEAR) and line.reason in ("", pt.NAVIGATION) \
                and 1 <= len(text.split()) <= 3 and not text.endswith((".", ":", "!", "?")) \
                and not any(ch.isdigit() for ch in text) and text[:1].isupper():
            return text
        return ""
    return ""


def _clean_name(name: str) -> str:
    name = re.split(r"\s+[-–—|]\s+|\s*\(|,\s*(?=\d)|\s+(?:on|pada|el|le|am)\s+\d", name)[0]
    name = re.sub(r"\s+(?:in|di|en|em|à|a|aus|desde|de)\s+[A-ZÀ-Ý][\w ]*$", "", name) if " in " in name else name
    return name.strip(" .:|,;-–—")


def _valid_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 6 and name[:1].isupper() and not any(ch.isdigit() for ch in name) \
        and "@" not in name and not pt.DOMAIN.fullmatch(name) and not _ROLE_TITLE.search(name)


def parse_byline(text: str) -> list[Author]:
    """'Reporter: A | Editor: B' or 'By A and B' to authors with roles."""
    authors: list[Author] = []
    text = pt.ROLE_INSIDE.sub(" | ", text)
    for segment in re.split(r"\s*[|;•·]\s*", text):
        segment = segment.strip(" —–-()")
        segment = re.sub(r"^additional\s+reporting\s+by\b", "Contributor:", segment, flags=re.IGNORECASE)
        segment = re.sub(r"^reporting\s+by\b", "Reporter:", segment, flags=re.IGNORECASE)
        segment = re.sub(r"^editing\s+by\b", "Editor:", segment, flags=re.IGNORECASE)
        segment = re.sub(r"^with\s+reports?\s+from\b", "Contributor:", segment, flags=re.IGNORECASE)
        match = pt.BYLINE_RX.match(segment.strip())
        if not match:
            continue
        word = match.group("role").strip(" :|").lower()
        word = re.sub(r"\s+", " ", word)
        if word.startswith("laporan wartawan"):
            role = "reporter"
        elif word.startswith("kontributor"):
            role = "contributor"
        else:
            role = pt.ROLE_WORDS.get(word, "author")
        for name in pt.NAME_SPLIT.split(match.group("names")):
            name = _clean_name(name)
            if _valid_name(name):
                authors.append(Author(name, role))
    return authors


_CREDITS_LINE = re.compile(r"^(additional\s+)?(reporting|editing|writing)\s+by\b|^mitarbeit\s*:", re.IGNORECASE)
_ROLE_TITLE = re.compile(r"\b(editor|reporter|correspondent|writer|columnist|redaktur|wartawan|redakteur|"
                         r"redacteur|rédacteur|redactor|jornalista|periodista|journalist)\b", re.IGNORECASE)


def find_authors(header: list[Line], tail: list[Line], title: Line | None = None) -> tuple[list[Author], list[Line]]:
    """Authors from byline lines, and a lone name standing beside the date or under the headline."""
    authors: list[Author] = []
    used: list[Line] = []
    start = header.index(title) + 1 if title in header else 0
    for line in header + [t for t in tail if t.words <= 16]:
        if line.tag is Tag.CREDIT:
            continue
        bylineish = line.tag is Tag.BYLINE or line.text.startswith(("—", "(", "-", "–")) or _CREDITS_LINE.match(line.text)
        found = parse_byline(line.text) if bylineish else []
        if found:
            for author in found:
                same = next((i for i, a in enumerate(authors) if a.name == author.name), None)
                if same is None:
                    authors.append(author)
                elif authors[same].role == "author":
                    authors[same] = author  # "Reporting by A" says more than "By A"
            used.append(line)
    for i in range(start, len(header)):
        line = header[i]
        if line in used or line.tag not in (Tag.SHORT, Tag.NEAR) or line.words > 8:
            continue
        name = line.text.split(",")[0].strip()
        neighbours = header[max(0, i - 1):i] + header[i + 1:i + 2]
        beside = any(n.tag in (Tag.DATE, Tag.BYLINE) for n in neighbours) or i - start <= 2
        if pt.NAME_LINE.match(name) and len(name.split()) <= 4 and beside and not _ROLE_TITLE.search(name) and \
                (name == line.text or len(line.text.split(",", 1)[1].split()) <= 5):
            author = Author(name)
            if author not in authors:
                authors.insert(sum(1 for u in used if u.index < line.index), author)
            used.append(line)
            break
    return authors, used


def find_published(header: list[Line], body: list[str], captions: set[int]) -> str | None:
    candidates = [line.text for line in header if line.index not in captions and not UPDATED.search(line.text)]
    for text in candidates + body[:4]:
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


_COMPANY = re.compile(r"(,?\s+(ltd|limited|pty|inc|llc|plc|s\.?l\.?|s\.?a\.?|gmbh|mbh|ag|tbk|sdn\.?\s+bhd\.?)\.?)+$",
                      re.IGNORECASE)


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
    tail = lines[len(lines) * 2 // 3:]
    holders = [h for line in tail if line.reason == pt.FOOTER and "/" not in line.text
               for h in [copyright_holder(line.text)] if h]
    masthead = next((line for line in lines[:3] if line.reason not in (pt.COOKIE, pt.NAVIGATION, pt.NEWSLETTER)
                     and line.tag is not Tag.WIDGET), None)
    if masthead is not None:
        name = re.split(r"\s+[|–—-]\s+", masthead.text)[0].strip()
        confirmed = pt.DOMAIN.fullmatch(name) or any(name.lower() in h.lower() or h.lower() in name.lower()
                                                     for h in holders)
        repeated = sum(1 for line in lines if line.text == masthead.text) > 1
        if name and 1 <= len(name.split()) <= 5 and not name.endswith((".", "?", "!")) and \
                (confirmed or (name[:1].isupper() and repeated)):
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
