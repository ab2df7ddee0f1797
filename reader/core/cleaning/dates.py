"""Finding a publication date in page text, in English, Indonesian/Malay, Spanish, Portuguese, French and German."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

_MONTHS = {
    1: "january jan januari janeiro enero ene janvier janv januar jänner jaenner",
    2: "february feb februari februar fevereiro fev febrero février fevrier févr fevr",
    3: "march mar maret mac marzo março marco mars märz maerz mrz",
    4: "april apr abril abr avril avr",
    5: "may mei mayo maio mai",
    6: "june jun juni junio junho juin",
    7: "july jul juli julai julio julho juillet juil",
    8: "august aug agustus ogos agt ags agu agosto ago août aout",
    9: "september sep sept setiembre septiembre setembro set septembre",
    10: "october oct oktober okt octubre outubro out octobre",
    11: "november nov noviembre novembro novembre",
    12: "december dec desember disember des diciembre dic dezembro dez décembre decembre déc dezember",
}
MONTH = {name: number for number, names in _MONTHS.items() for name in names.split()}
_MONTH_RX = "|".join(sorted((re.escape(m) for m in MONTH), key=len, reverse=True))

YEAR = re.compile(r"(?:19|20)\d\d")  # every date found has one
_ISO = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)(?!\d)")
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º|°)?(?:\.?\s+|-)(?:de\s+)?({_MONTH_RX})(?:\.?,?\s+|-)(?:de\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH_RX})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?[.,]?\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_CJK = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")  # 2024年3月12日
_YEAR_FIRST = re.compile(r"(?<![\d.])((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})(?![\d.]?\d)")  # 2025.12.17, 2025/12/17
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)\b")
UPDATED = re.compile(
    r"\b(updated|update|diperbarui|diperbaharui|dikemaskini|actualizad[oa]|actualización|"
    r"atualizad[oa]|atualização|mis\s+à\s+jour|modifié|aktualisiert|geändert)\b",
    re.IGNORECASE,
)


def before_update(line: str) -> str:
    """The line up to the word saying what follows is an update's date: "Published Oct 10, 2023 -
    [Updated Dec 3, 2025]" gives "Published Oct 10, 2023 - [", "Updated Dec 3, 2025" gives "". An
    update's date first and the publication's after it, "Updated Nov 11, 2022 Originally published
    Nov 9, 2022", gives the publication's part."""
    found = UPDATED.search(line)
    if found is None:
        return line
    if (published := _PUBLISHED.search(line, found.end())) is not None:
        return line[published.start() :]
    return line[: found.start()]


_PUBLISHED = re.compile(r"\b(published|posted|diterbitkan|publicad[oa]|publié|veröffentlicht)\b", re.IGNORECASE)


RELATIVE = re.compile(
    r"\b\d+\s+(hours?|minutes?|mins?|days?|jam|menit|hari|horas?|minutos?|días|dias|heures?|"
    r"jours?|stunden?|minuten|tagen?)\s+(ago|lalu|yang\s+lalu)\b|\b(hace|há|il\s+y\s+a|vor)\s+\d+",
    re.IGNORECASE,
)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_first(text: str) -> bool:
    """Whether the page writes its numeric dates month first ("8/27/2025", as American pages do):
    one of them can only be read so, and none only day first ("27/8/2025")."""
    month_day = day_month = False
    for m in _NUMERIC.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        month_day |= second > 12 >= first
        day_month |= first > 12 >= second
    return month_day and not day_month


def find_date(text: str, *, month_first: bool | Callable[[], bool] = False) -> tuple[date, int] | None:
    """The first date written in the text, and where it starts; None when there is none. A numeric
    date either way round ("8/1/2025") is read day first, or month first on a page that writes its
    dates so (`month_first`: asked only of such a date when it is a question)."""
    if not YEAR.search(text):
        return None
    found: list[tuple[int, date]] = []
    for m in _ISO.finditer(text):
        if d := _make(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append((m.start(), d))
    for m in _DAY_MONTH_YEAR.finditer(text):
        if d := _make(int(m.group(3)), MONTH[_month_key(m.group(2))], int(m.group(1))):
            found.append((m.start(), d))
    for m in _MONTH_DAY_YEAR.finditer(text):
        if d := _make(int(m.group(3)), MONTH[_month_key(m.group(1))], int(m.group(2))):
            found.append((m.start(), d))
    for m in _CJK.finditer(text):
        if d := _make(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append((m.start(), d))
    for m in _YEAR_FIRST.finditer(text):
        if d := _make(int(m.group(1)), int(m.group(3)), int(m.group(4))):
            found.append((m.start(), d))
    for m in _NUMERIC.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        either = first <= 12 and second <= 12
        month_day = second > 12 >= first or (either and (month_first() if callable(month_first) else month_first))
        d = _make(year, first, second) if month_day else _make(year, second, first)
        if d:
            found.append((m.start(), d))
    if not found:
        return None
    start, d = min(found, key=lambda item: item[0])
    return d, start


def _month_key(word: str) -> str:
    key = word.lower()
    if key in MONTH:
        return key
    stripped = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
    return stripped if stripped in MONTH else key
