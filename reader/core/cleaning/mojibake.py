"""Repairing obvious mojibake (UTF-8 read as Windows-1252, twice-encoded text) with ftfy."""

from __future__ import annotations

import re

# Sequences that UTF-8 text shows when it was decoded as Windows-1252 or Latin-1.
# (Read as Latin-1 rather than Windows-1252, a curly quote's bytes become "â" and two C1 controls.)
_MARKERS = re.compile(r"Ã[\x80-\xbf¡-¿]|â€[\x80-\xbf™œ\x9d“”˜¦¢]|â\x80[\x80-\xbf]|Â[\xa0-\xbf]|Ã©|Ã¨|Ã¡|Ã³|Ã±")


_FIRST = ("Ã", "â", "Â")  # every marker begins with one of these: a text without them has none


def repair(text: str) -> str:
    """Fix the encoding of text with clear signs of mojibake; leave everything else untouched."""
    head = text[:200_000]
    if not any(map(head.__contains__, _FIRST)) or len(_MARKERS.findall(head)) < 2:
        return text
    import ftfy  # only loaded when there is something to repair

    return ftfy.fix_encoding(text)


_CODE = re.compile(r"<(script|style)\b([^>]*)>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def repaired_page(html: str) -> str:
    """A saved page repaired where it shows two signs of mojibake in its first 200,000 characters
    (each sign begins with one of three strings; most pages have none, and looking for them is much
    quicker than the regular expression). Its scripts (JSON data kept) and style sheets, which
    nothing reads, go first: ftfy reads every character it is given, and a shop's 5 MB page is
    mostly code (seconds, otherwise)."""
    head = html[:200_000]
    if not ("Ã" in head or "Â" in head or "â€" in head) or len(_MARKERS.findall(head)) < 2:
        return html
    return repair(_CODE.sub(lambda m: m.group(0) if "json" in m.group(2).lower() else "", html))
