"""APA 7, MLA 9 and Chicago author-date (17th edition) for articles on news and other websites.

Which published form each style's reference follows, and the choices made where a style leaves
one open (the tests hold the exact strings):

APA 7 ("webpage on a news website", §10.16): `Author, A. A. (2024, March 3). *Title*. Site. URL`.
Up to 20 authors (the last after "&"); 21 or more: the first 19, ". . .", the last. An article with
only editors puts them first with "(Ed.)"/"(Eds.)". With no author (APA 9.12) the title moves to the
author's place and the site keeps its own: `*Title*. (2024, March 3). Site. URL` (what a CSL
processor makes of the CSL-JSON record, which carries the site as `container-title`); a site is the
author only when the byline names it (an organisation as author that is also the site is not named
twice). "n.d." when no date is known. No retrieval date (APA asks for one only for pages meant to change). The title is
kept as the page gives it: APA's sentence case cannot be made without knowing the proper nouns.
In the text: (Ingleby, 2024), (Ingleby & Okafor, 2024), (Ingleby et al., 2024), para. N; with no
author the title in italics, (*Flood Wall Holds*, 2024).

MLA 9 (web article): `Author, First. “Title.” *Site*, 3 Mar. 2024, site.example/path.` Two authors:
"Ingleby, Rachel, and Tom Okafor"; three or more: the first and "et al.". No author: the title first.
Editors only: "edited by …" after the site. The URL without http(s)://. "Accessed 15 Jan. 2025."
only when the page has no date. In the text: (Ingleby), (Ingleby and Okafor), (Ingleby et al.),
(“Title”), with "par. N".

Chicago author-date, 17th ed. (news article, 15.49): `Author, First. 2024. “Title.” *Site*,
March 3, 2024. URL.` Up to ten authors listed (first inverted), over ten: the first seven and
"et al.". Editors only: "Roe, Jane, ed.". No author: the site stands as author (in italics), as CMOS
15.49 has it for unsigned news articles and as CSL's chicago-author-date style renders the record
(it puts `container-title` in the author's place); with no site either, the title. "n.d." and
"Accessed Month Day, Year." when there is no date.
In the text: (Ingleby 2024), (Ingleby and Okafor 2024), three named, four or more "et al.", para. N.

MLA and Chicago titles get headline capitals when the article is in English (text.title_case);
site names are written as the page gives them.

Names: an organisation (names.kind_of) is written whole in every style, never turned round or
cut to initials; a person's lone initial keeps its full stop ("Pakar, M. Nur"; APA "Pakar, M. N.").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reader.core.citing.names import Name, editors, writers
from reader.core.citing.text import (
    APA_MINOR,
    CHICAGO_MINOR,
    ITALIC,
    MLA_MINOR,
    MLA_MONTHS,
    MONTHS,
    URL,
    PubDate,
    Rich,
    clean,
    is_english,
    join_list,
    parse_date,
    quoted,
    strip_protocol,
    title_case,
)
from reader.core.models import Article


@dataclass(frozen=True)
class Work:
    """An article's facts as the styles use them."""

    title: str
    site: str
    url: str
    date: PubDate | None
    writers: tuple[Name, ...]
    editors: tuple[Name, ...]
    language: str

    @classmethod
    def of(cls, article: Article) -> Work:
        c = article.content
        return cls(
            title=clean(c.title) or "Untitled",
            site=clean(c.site_name),
            url=c.url.strip(),
            date=parse_date(c.published),
            writers=tuple(writers(c.authors)),
            editors=tuple(editors(c.authors)),
            language=c.language,
        )

    def headline(self, minor: set[str]) -> str:
        return title_case(self.title, minor) if is_english(self.language) else self.title


def _year(work: Work, letter: str = "") -> str:
    return f"{work.date.year}{letter}" if work.date else ("n.d." + (f"-{letter}" if letter else ""))


# -- APA 7 ----------------------------------------------------------------------------------------


def _apa_name(name: Name) -> str:
    if name.literal:
        return name.literal
    initials = name.initials()
    return ", ".join(p for p in (name.full_family, initials, name.suffix) if p)


def _apa_names(names: tuple[Name, ...]) -> str:
    listed = [_apa_name(n) for n in names]
    if len(listed) > 20:
        return ", ".join(listed[:19]) + ", . . . " + listed[-1]
    if len(listed) == 2:
        return f"{listed[0]}, & {listed[1]}"
    return join_list(listed, "&")


def apa_reference(work: Work, letter: str = "") -> Rich:
    when = f"({_year(work, letter)}"
    if work.date and work.date.month:
        when += f", {MONTHS[work.date.month - 1]}" + (f" {work.date.day}" if work.date.day else "")
    when += ")."
    r = Rich()
    title_used = site_used = False
    if work.writers:
        r.add(_apa_names(work.writers)).period()
        site_used = _same_as_site(work)  # a group author that is also the site is not named twice
    elif work.editors:
        r.add(_apa_names(work.editors) + (" (Eds.)." if len(work.editors) > 1 else " (Ed.)."))
    else:  # APA 9.12: no author, the title in the author's place; the site stays where it is
        r.add(work.title, ITALIC).period()
        title_used = True
    r.add(" " + when)
    if not title_used:
        r.add(" ").add(work.title, ITALIC).period()
    if work.site and not site_used:
        r.add(" " + work.site).period()
    if work.url:
        r.add(" ").add(work.url, URL)
    return r


def apa_in_text(work: Work, paragraph: str = "", letter: str = "") -> Rich:
    r = Rich().add("(")
    names = work.writers or work.editors
    if names:
        families = [n.literal or n.full_family for n in names]
        r.add(families[0] + " et al." if len(families) > 2 else " & ".join(families))
    else:
        r.add(title_case(work.title, APA_MINOR) if is_english(work.language) else work.title, ITALIC)
    r.add(f", {_year(work, letter)}")
    if paragraph:
        r.add(f", {paragraph}")
    return r.add(")")


# -- MLA 9 ----------------------------------------------------------------------------------------


def _same_as_site(work: Work) -> bool:
    return len(work.writers) == 1 and bool(work.site) and work.writers[0].literal.casefold() == work.site.casefold()


def mla_reference(work: Work, accessed: date) -> Rich:
    r = Rich()
    if work.writers and not _same_as_site(work):  # an organisation that is also the site: title first
        first = work.writers[0].inverted()
        if len(work.writers) == 1:
            r.add(first)
        elif len(work.writers) == 2:
            r.add(f"{first}, and {work.writers[1].natural()}")
        else:
            r.add(f"{first}, et al")
        r.period().add(" ")
    r.add(_quoted_title(work.headline(MLA_MINOR)))
    container = Rich()
    if work.site:
        container.add(work.site, ITALIC)
    if not work.writers and work.editors:
        editors = join_list([n.natural() for n in work.editors], "and")
        container.add((", e" if container.parts else "E") + f"dited by {editors}")
    if work.date:
        container.add(", " if container.parts else "").add(_mla_date(work.date))
    if work.url:
        container.add(", " if container.parts else "").add(strip_protocol(work.url), URL)
    if container.parts:
        r.add(" ").extend(container).period()
    if not work.date:
        r.add(f" Accessed {accessed.day} {MLA_MONTHS[accessed.month - 1]} {accessed.year}.")
    return r


def _mla_date(d: PubDate) -> str:
    parts = [str(d.day)] if d.day and d.month else []
    if d.month:
        parts.append(MLA_MONTHS[d.month - 1])
    return " ".join(parts + [str(d.year)])


def _quoted_title(title: str) -> str:
    """“Title.” with the full stop inside the marks; “Title?” keeps its own mark."""
    return f"“{title}”" if title[-1:] in "?!." else f"“{title}.”"


def _short_title(work: Work, minor: set[str]) -> str:
    return work.headline(minor).split(":")[0].strip()


def mla_in_text(work: Work, paragraph: str = "") -> Rich:
    names = () if _same_as_site(work) else work.writers
    if names:
        families = [n.literal or n.full_family for n in names]
        who = families[0] + " et al." if len(families) > 2 else " and ".join(families)
        # a page number stands after the name without a comma (Ingleby 12); a paragraph with one (Ingleby, par. 3)
        comma = "" if paragraph[:1].isdigit() else ","
        return Rich().add(f"({who}" + (f"{comma} {paragraph})" if paragraph else ")"))
    title = _short_title(work, MLA_MINOR)
    if paragraph[:1].isdigit():
        return Rich().add(f"(“{title}” {paragraph})")
    return Rich().add(f"(“{title},” {paragraph})" if paragraph else f"(“{title}”)")


# -- Chicago author-date, 17th edition -----------------------------------------------------------------


def _chicago_names(names: tuple[Name, ...]) -> str:
    listed = [names[0].inverted()] + [n.natural() for n in names[1:]]
    if len(listed) > 10:
        return ", ".join(listed[:7]) + ", et al."
    if len(listed) == 2:
        return f"{listed[0]}, and {listed[1]}"
    return join_list(listed, "and")


def _long_date(d: PubDate) -> str:
    if not d.month:
        return str(d.year)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if d.day else f"{MONTHS[d.month - 1]} {d.year}"


def chicago_reference(work: Work, accessed: date, letter: str = "") -> Rich:
    r = Rich()
    title = work.headline(CHICAGO_MINOR)
    title_used = site_used = False
    if work.writers:
        r.add(_chicago_names(work.writers))
    elif work.editors:
        r.add(_chicago_names(work.editors) + (", eds." if len(work.editors) > 1 else ", ed."))
    elif work.site:
        r.add(work.site, ITALIC)
        site_used = True
    else:
        r.add(_quoted_title(title))
        title_used = True
    r.period().add(f" {_year(work, letter)}").period()
    if not title_used:
        r.add(" " + _quoted_title(title))
    tail = Rich()
    if work.site and not site_used:
        tail.add(work.site, ITALIC)
    if work.date and work.date.month:
        tail.add(", " if tail.parts else "").add(_long_date(work.date))
    if tail.parts:
        r.add(" ").extend(tail).period()
    if not work.date:
        r.add(f" Accessed {MONTHS[accessed.month - 1]} {accessed.day}, {accessed.year}.")
    if work.url:
        r.add(" ").add(work.url, URL).add(".")
    return r


def chicago_in_text(work: Work, paragraph: str = "", letter: str = "") -> Rich:
    r = Rich().add("(")
    names = work.writers or work.editors
    if names:
        families = [n.literal or n.full_family for n in names]
        r.add(families[0] + " et al." if len(families) > 3 else join_list(families, "and"))
    elif work.site:
        r.add(work.site, ITALIC)
    else:
        r.add(quoted(_short_title(work, CHICAGO_MINOR)))
    r.add(f" {_year(work, letter)}")
    if paragraph:
        r.add(f", {paragraph}")
    return r.add(")")
