"""What every export parser needs: zip archives read with a cap on what they unpack to, text and
CSV decoding, JSON loading, dates, and the small clean-ups of tags, authors and field values.

A file that cannot be read at all raises MalformedExport; one bad item inside a readable file is
the parser's to skip, with the reason a `BadItem` carries.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from reader.core.app_import.records import MAX_EXPORT_BYTES, MalformedExport, utc_iso

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip's first member, or the end record of an empty zip
CHUNK = 1024 * 1024
_SKIPPED_MEMBERS = ("__MACOSX/", ".DS_Store")
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError)


class BadItem(Exception):
    """One item of an export cannot be read: the parser leaves it out, with this as the reason."""


# ---- zip archives ------------------------------------------------------------------------------


def is_zip(data: bytes) -> bool:
    return data[:4] in ZIP_MAGIC


def size_text(size: int) -> str:
    """A byte count as people read it: "512 bytes", "20 MB", "2 GB"."""
    if size < 1024 * 1024:
        return f"{size} bytes"
    if size < 1024 * 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    return f"{size / (1024 * 1024 * 1024):.0f} GB"


class ExportZip:
    """A zip archive read one member at a time. All the members read together may unpack to
    MAX_EXPORT_BYTES at most: the count is of the bytes really unpacked, not of the sizes the
    archive declares, so a zip bomb is stopped as soon as it passes the cap."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self.unpacked = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _ZIP_ERRORS as error:
            raise MalformedExport("{name} is a damaged or incomplete zip archive", name=name) from error
        self.members = [
            info.filename for info in infos if not info.is_dir() and not info.filename.startswith(_SKIPPED_MEMBERS)
        ]

    def read(self, member: str) -> bytes:
        chunks: list[bytes] = []
        try:
            with self._zip.open(member) as stream:
                while chunk := stream.read(min(CHUNK, MAX_EXPORT_BYTES - self.unpacked + 1)):
                    self.unpacked += len(chunk)
                    if self.unpacked > MAX_EXPORT_BYTES:
                        raise MalformedExport(
                            "{name} unpacks to more than {limit}: Reader stops there, as it would for a zip bomb",
                            name=self.name,
                            limit=size_text(MAX_EXPORT_BYTES),
                        )
                    chunks.append(chunk)
        except NotImplementedError as error:
            raise MalformedExport(
                "{name}: {member} is compressed in a way Reader cannot unpack", name=self.name, member=member
            ) from error
        except RuntimeError as error:  # zipfile's word for a member that needs a password
            raise MalformedExport(
                "{name}: {member} is protected by a password", name=self.name, member=member
            ) from error
        except _ZIP_ERRORS as error:
            raise MalformedExport(
                "{name}: {member} in the zip archive is damaged", name=self.name, member=member
            ) from error
        return b"".join(chunks)


# ---- text, CSV and JSON ------------------------------------------------------------------------


def as_text(data: bytes) -> str | None:
    """The bytes as UTF-8 text (a BOM dropped), or None when they are not text."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


def decode_text(data: bytes, name: str, app: str, member: str = "") -> str:
    """The text of an export (or of one member of its zip archive); MalformedExport when it is not UTF-8 text."""
    text = as_text(data)
    if text is not None:
        return text
    if member:
        raise MalformedExport(
            "{name}: {member} of the {app} export is not UTF-8 text", name=name, member=member, app=app
        )
    if is_zip(data):
        raise MalformedExport("{name} is not an export from {app}: it is a zip archive", name=name, app=app)
    raise MalformedExport("{name} is not an export from {app}: it is not UTF-8 text", name=name, app=app)


def load_json(data: bytes, name: str, app: str, member: str = "") -> object:
    """The JSON document of an export, or of one member of its zip archive."""
    text = decode_text(data, name, app, member)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        if member:
            raise MalformedExport(
                "{name}: {member} of the {app} export is not JSON (line {line}, column {column})",
                name=name,
                member=member,
                app=app,
                line=error.lineno,
                column=error.colno,
            ) from error
        raise MalformedExport(
            "{name} is not an export from {app}: it is not JSON (line {line}, column {column})",
            name=name,
            app=app,
            line=error.lineno,
            column=error.colno,
        ) from error
    except RecursionError as error:
        raise MalformedExport(
            "{name} is not an export from {app}: its JSON is nested too deeply", name=name, app=app
        ) from error


def csv_header(text: str) -> list[str]:
    """The first row of a CSV text, its names stripped and case-folded ([] when there is none)."""
    try:
        for record in csv.reader(io.StringIO(text, newline="")):
            if any(cell.strip() for cell in record):
                return [cell.strip().casefold() for cell in record]
    except csv.Error:
        return []
    return []


@dataclass
class Table:
    """A CSV file read: its columns by (case-folded) name, its rows with their places, and the rows left out.

    A row's place counts the header as row 1, as a spreadsheet shows the file. A row shorter than the
    header is filled with empty cells, except the last one of a file cut off in the middle of it."""

    columns: dict[str, int] = field(default_factory=dict)
    rows: list[tuple[str, list[str]]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def index(self, *names: str) -> int | None:
        """The position of the first of these columns the file has."""
        for name in names:
            if name in self.columns:
                return self.columns[name]
        return None


def read_csv(text: str, place: str = "") -> Table:
    """A CSV text read into a Table; `place` goes before each row's number ("part_000001.csv ")."""
    table = Table()
    records = csv.reader(io.StringIO(text, newline=""))
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except csv.Error as error:
            number += 1
            table.skipped.append(f"{place}row {number}: {error}")
            continue
        number += 1
        if not any(cell.strip() for cell in record):
            continue
        if not table.columns:
            table.columns = {cell.strip().casefold(): i for i, cell in reversed(list(enumerate(record)))}
            continue
        table.rows.append((f"{place}row {number}", record))
    _fit_rows(table, text)
    return table


def _fit_rows(table: Table, text: str) -> None:
    """Short rows filled up; a last row the file stops in the middle of moved to `skipped`."""
    width = max(table.columns.values(), default=-1) + 1
    if table.rows and not text.endswith(("\n", "\r")):
        where, last = table.rows[-1]
        if len(last) < width or text.count('"') % 2:
            table.rows.pop()
            table.skipped.append(f"{where}: the file ends in the middle of this row")
    for _where, record in table.rows:
        if len(record) < width:
            record.extend([""] * (width - len(record)))


def cell(record: list[str], index: int | None) -> str:
    return record[index].strip() if index is not None else ""


# ---- values inside an item ---------------------------------------------------------------------


def text_of(value: object, what: str) -> str:
    """A text field; a number is taken as its digits, anything else makes the item unreadable."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise BadItem(f"its {what} is not text")


def flag(value: object, what: str) -> bool:
    """A yes/no field, written as a boolean, 0/1, or a word."""
    if value is None:
        return False
    if isinstance(value, bool | int | float):
        return bool(value)
    if isinstance(value, str):
        return value.strip().casefold() in ("1", "true", "yes", "on")
    raise BadItem(f"its {what} is not a yes or no")


def number_of(value: object, what: str) -> float:
    if value is None or value == "":
        return 0.0
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            pass
    raise BadItem(f"its {what} is not a number")


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags stripped, the empty ones dropped, and each kept once (the first spelling wins)."""
    seen: dict[str, str] = {}
    for tag in tags:
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def names_in(value: object, key: str, what: str) -> tuple[str, ...]:
    """Names given as a list of strings, or of objects holding the name under `key` ({"name": …})."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return clean_tags(value.split(","))
    if not isinstance(value, list):
        raise BadItem(f"its {what} are not a list")
    names: list[str] = []
    for item in value:
        if isinstance(item, dict):
            item = item.get(key)
        names.append(text_of(item, what))
    return clean_tags(names)


_AUTHOR_JOINS = re.compile(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def split_authors(text: str) -> tuple[str, ...]:
    """One author, or several when the text clearly lists them with commas ("Ann Lee, Bo Park and Cy Ito").
    "Lee, Ann" (surname first) and "Ann Lee and Bo Park" without a comma stay one name."""
    text = " ".join(text.split())
    if not text:
        return ()
    if "," in text:
        parts = [part.strip() for part in _AUTHOR_JOINS.split(text)]
        if len(parts) > 1 and all(len(part.split()) >= 2 for part in parts):
            return tuple(parts)
    return (text,)


# ---- dates -------------------------------------------------------------------------------------

_UNIX = re.compile(r"[+-]?\d+(?:\.\d+)?")
_ZONE_WORD = re.compile(r"\s*(?:UTC|GMT)$", re.IGNORECASE)


def _when(value: object) -> datetime | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_unix(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _UNIX.fullmatch(text):
        return _from_unix(float(text))
    text = _ZONE_WORD.sub("+00:00", text)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _from_unix(seconds: float) -> datetime | None:
    """Unix time; a number past the year 5000 is taken as milliseconds. 0 or less means "not known"."""
    if seconds <= 0:
        return None
    if seconds > 1e11:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def moment(value: object) -> str | None:
    """A date and time (unix seconds, or ISO 8601 in its usual spellings) as `utc_iso` writes it;
    None when it cannot be read, which is not an error: the item is kept without it."""
    when = _when(value)
    return utc_iso(when) if when is not None else None


def day(value: object) -> str | None:
    """The calendar date of a date or date and time, as YYYY-MM-DD in the zone it was written in."""
    when = _when(value)
    return when.date().isoformat() if when is not None else None
