"""Which app an export comes from, told by what is in it (never by its file name), and reading it.

- a zip archive: Omnivore's when it holds metadata_N_to_M.json; Pocket's when its first CSV file
  has Pocket's columns (url, time_added);
- a CSV file, by its first row: Pocket (url, time_added), Instapaper (URL, Folder), Readwise
  (Highlight, Book Title);
- an HTML page: Pocket's older export (an "Unread" or "Read Archive" heading over links with time_added);
- JSON: Hypothesis (annotations with uri, alone or under "annotations" or "rows"), wallabag (entries
  with url and is_archived or is_starred), or one of Omnivore's metadata files (items with slug and url).

`read_export` reads the file as the app detected, or as the app the user chose. The parsers'
shared helpers (zip reading with its cap, CSV and JSON decoding, dates) are in `reading.py`.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from reader.core.app_import.hypothesis import find_annotations, hypothesis_from_json, read_hypothesis
from reader.core.app_import.instapaper import is_instapaper_header, read_instapaper
from reader.core.app_import.omnivore import is_metadata_member, looks_like_metadata, omnivore_from_json, read_omnivore
from reader.core.app_import.pocket import header_of_zip, is_pocket_header, is_pocket_html, read_pocket
from reader.core.app_import.reading import ExportZip, as_text, csv_header, is_zip
from reader.core.app_import.readwise import is_readwise_header, read_readwise
from reader.core.app_import.records import APPS, Export, MalformedExport
from reader.core.app_import.wallabag import find_entries, read_wallabag, wallabag_from_json

PARSERS: dict[str, Callable[[bytes, str], Export]] = {
    "pocket": read_pocket,
    "instapaper": read_instapaper,
    "omnivore": read_omnivore,
    "wallabag": read_wallabag,
    "readwise": read_readwise,
    "hypothesis": read_hypothesis,
}
_FROM_JSON: dict[str, Callable[[object, str], Export]] = {
    "omnivore": omnivore_from_json,
    "wallabag": wallabag_from_json,
    "hypothesis": hypothesis_from_json,
}


def detect(data: bytes, name: str) -> str:
    """The app (one of APPS) whose export `data` is; MalformedExport when it is none Reader recognises."""
    return _sniff(data, name)[0]


def read_export(data: bytes, name: str, app: str | None = None) -> Export:
    """The entries of an export: of the app it is detected to be from, or of `app` when the user chose
    one (MalformedExport when that app's reader cannot read the file). `name` names the file in messages."""
    if app is not None:
        if app not in APPS:
            raise ValueError(f"unknown app {app!r}; expected one of {', '.join(APPS)}")
        return PARSERS[app](data, name)
    found, doc = _sniff(data, name)
    if doc is not None and found in _FROM_JSON:
        return _FROM_JSON[found](doc, name)  # the JSON is not parsed twice
    return PARSERS[found](data, name)


def _sniff(data: bytes, name: str) -> tuple[str, object]:
    """(app, the JSON document when the export is JSON, else None)."""
    if not data.strip():
        raise MalformedExport("{name} is empty: there is no export in it", name=name)
    if is_zip(data):
        return _zip_app(data, name), None
    text = as_text(data)
    if text is None:
        raise MalformedExport(
            "{name} is not an export Reader recognises: it is neither text nor a zip archive", name=name
        )
    start = text.lstrip()[:1]
    if start in ("[", "{"):
        doc = _json(text, name)
        return _json_app(doc, name), doc
    if start == "<":
        if is_pocket_html(text):
            return "pocket", None
        raise MalformedExport(
            "{name} is not an export Reader recognises: it is a web page, but not Pocket's list of saved links",
            name=name,
        )
    return _csv_app(text, name), None


def _zip_app(data: bytes, name: str) -> str:
    if any(is_metadata_member(member) for member in ExportZip(data, name).members):
        return "omnivore"
    if is_pocket_header(header_of_zip(data, name)):
        return "pocket"
    raise MalformedExport(
        "{name} is not an export Reader recognises: the zip archive holds neither Omnivore's metadata files "
        "nor Pocket's CSV files",
        name=name,
    )


def _json(text: str, name: str) -> object:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise MalformedExport(
            "{name} is not an export Reader recognises: it starts like JSON but is not JSON", name=name
        ) from error


def _json_app(doc: object, name: str) -> str:
    if doc not in ([], {}):
        if find_annotations(doc) is not None:
            return "hypothesis"
        if find_entries(doc) is not None:
            return "wallabag"
        if looks_like_metadata(doc):
            return "omnivore"
    raise MalformedExport(
        "{name} is not an export Reader recognises: its JSON is neither Hypothesis's annotations, "
        "wallabag's entries nor Omnivore's saved items",
        name=name,
    )


def _csv_app(text: str, name: str) -> str:
    columns = csv_header(text)
    if is_pocket_header(columns):
        return "pocket"
    if is_instapaper_header(columns):
        return "instapaper"
    if is_readwise_header(columns):
        return "readwise"
    raise MalformedExport(
        "{name} is not an export Reader recognises: its first row ({columns}) is not the header of a Pocket, "
        "Instapaper or Readwise CSV export",
        name=name,
        columns=", ".join(columns)[:200],
    )
