"""BibTeX, RIS and CSL-JSON records of an article, for reference managers (Zotero, JabRef, EndNote).

One rule picks the type in all three: an article with a site name is an article in a periodical
(BibTeX `@article` with `journal` = the site, RIS `NEWS` with `T2`, CSL `article-newspaper` with
`container-title`); without one it is a web page (`@online`, `ELEC`, `webpage`). Unlike the
styles, the records keep every fact: editors are listed as editors even beside authors, and the
site is never put in the author's place. BibTeX values are escaped for LaTeX (the title in double
braces keeps its capitals); the fields are biblatex's with BibTeX's `year`/`month` beside them.
No `langid`: biblatex wants a babel name there, not the ISO code the article has.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from typing import Any

from reader.core.citing.names import Name
from reader.core.citing.styles import Work

_TEX = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_TEX_SPECIAL = re.compile(r"[\\{}&%$#_~^]")
_BIB_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_KEY_SKIP = {"a", "an", "the"}


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def cite_key(work: Work) -> str:
    """ "ingleby2024flood": first author's (or editor's, or the site's) name, year, first title word."""
    names = work.writers or work.editors
    who = ""
    if names:
        words = (names[0].literal or names[0].family).split()
        who = next((_ascii_word(w) for w in words if w.lower() not in _KEY_SKIP and _ascii_word(w)), "")
    if not who and work.site:
        who = next((_ascii_word(w) for w in work.site.split() if w.lower() not in _KEY_SKIP and _ascii_word(w)), "")
    year = str(work.date.year) if work.date else "nd"
    word = next((_ascii_word(w) for w in work.title.split() if w.lower() not in _KEY_SKIP and _ascii_word(w)), "")
    return f"{who or 'anon'}{year}{word}"


def tex(text: str) -> str:
    return _TEX_SPECIAL.sub(lambda m: _TEX[m.group(0)], " ".join(text.split()))


def _bib_name(name: Name) -> str:
    if name.literal:
        return "{" + tex(name.literal) + "}"
    family = tex(name.full_family)
    if name.suffix:
        return f"{family}, {tex(name.suffix)}, {tex(name.given)}"
    return f"{family}, {tex(name.given)}" if name.given else family


def _bib_url(url: str) -> str:
    return re.sub(r"[{}\\\s]", lambda m: f"%{ord(m.group(0)):02X}", url.strip())


def bibtex(work: Work, accessed: date, key: str | None = None) -> str:
    entry_type = "article" if work.site else "online"
    fields: list[tuple[str, str]] = []
    if work.writers:
        fields.append(("author", " and ".join(_bib_name(n) for n in work.writers)))
    if work.editors:
        fields.append(("editor", " and ".join(_bib_name(n) for n in work.editors)))
    fields.append(("title", "{" + tex(work.title) + "}"))
    if work.site:
        fields.append(("journal", tex(work.site)))
    if work.date:
        d = work.date
        fields.append(("date", "-".join([f"{d.year:04d}"] + [f"{v:02d}" for v in (d.month, d.day) if v])))
        fields.append(("year", str(d.year)))
        if d.month:
            fields.append(("month", _BIB_MONTHS[d.month - 1]))  # a BibTeX macro: written without braces
    if work.url:
        fields.append(("url", _bib_url(work.url)))
        fields.append(("urldate", accessed.isoformat()))
    body = ",\n".join(f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{key or cite_key(work)},\n{body}\n}}"


def _ris_value(text: str) -> str:
    return " ".join(text.split())


def _ris_name(name: Name) -> str:
    if name.literal:
        return _ris_value(name.literal)
    return _ris_value(", ".join(p for p in (name.full_family, name.given, name.suffix) if p))


def ris(work: Work, accessed: date) -> str:
    lines = [("TY", "NEWS" if work.site else "ELEC")]
    lines += [("AU", _ris_name(n)) for n in work.writers]
    lines += [("ED", _ris_name(n)) for n in work.editors]
    lines.append(("TI", _ris_value(work.title)))
    if work.site:
        lines.append(("T2", _ris_value(work.site)))
    if work.date:
        d = work.date
        lines.append(("PY", str(d.year)))
        lines.append(
            (
                "DA",
                f"{d.year:04d}/"
                + (f"{d.month:02d}" if d.month else "")
                + "/"
                + (f"{d.day:02d}" if d.day and d.month else "")
                + "/",
            )
        )
    if work.url:
        lines.append(("UR", _ris_value(work.url)))
    lines.append(("Y2", accessed.strftime("%Y/%m/%d/")))
    if work.language:
        lines.append(("LA", _ris_value(work.language)))
    lines.append(("ER", ""))
    return "\n".join(f"{tag}  - {value}" for tag, value in lines)


def _csl_name(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    data = {"family": name.family, "given": name.given}
    if name.particle:
        data["non-dropping-particle"] = name.particle
    if name.suffix:
        data["suffix"] = name.suffix
    return {k: v for k, v in data.items() if v}


def csl_item(work: Work, accessed: date, key: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": key or cite_key(work),
        "type": "article-newspaper" if work.site else "webpage",
        "title": work.title,
    }
    if work.writers:
        item["author"] = [_csl_name(n) for n in work.writers]
    if work.editors:
        item["editor"] = [_csl_name(n) for n in work.editors]
    if work.site:
        item["container-title"] = work.site
    if work.date:
        d = work.date
        item["issued"] = {"date-parts": [[v for v in (d.year, d.month, d.day if d.month else None) if v]]}
    item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    if work.url:
        item["URL"] = work.url
    if work.language:
        item["language"] = work.language
    return item


def csl_json(items: list[dict[str, Any]]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2)
