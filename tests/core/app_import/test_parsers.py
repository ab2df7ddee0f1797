"""Reading other apps' exports: what a user would bring over from Pocket, Instapaper, Omnivore,
wallabag, Readwise and Hypothesis, and the files Reader must refuse."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import pytest

from reader.core.app_import import reading
from reader.core.app_import.formats import detect, read_export
from reader.core.app_import.omnivore import highlights_from_markdown
from reader.core.app_import.reading import day, moment, split_authors
from reader.core.app_import.records import APP_NAMES, APPS, Export, MalformedExport, Mark
from tests.core.app_import.exports import (
    csv_bytes,
    hypothesis_json,
    instapaper_csv,
    omnivore_item,
    omnivore_zip,
    pocket_csv,
    pocket_csv_zip,
    pocket_html,
    readwise_csv,
    wallabag_json,
    zip_bytes,
)

SEPT_2020 = "2020-09-13T12:26:40+00:00"  # unix 1600000000
MAY_6 = "2023-05-06T07:08:09+00:00"  # readwise_csv's default "Highlighted at"


def read_file(tmp_path: Path, name: str, data: bytes, app: str | None = None) -> Export:
    """Write the export where a user keeps it, and read it back as the import does."""
    path = tmp_path / name
    path.write_bytes(data)
    return read_export(path.read_bytes(), path.name, app)


# ---- Pocket ------------------------------------------------------------------------------------


def test_pocket_zip_of_parts(tmp_path: Path) -> None:
    rows = [
        {"url": "https://example.org/tides", "title": "Why the tides run late", "tags": ["sea", "science"]},
        {"url": "https://example.org/bread", "title": "", "time_added": 1700000000, "status": "archive"},
        {"url": "https://example.org/owls", "title": "Owls at dusk, a field guide", "tags": ["birds"]},
    ]
    export = read_file(tmp_path, "pocket.zip", pocket_csv_zip(rows, parts=2, cursor=True))
    assert export.app == "pocket" and export.skipped == []
    assert [e.url for e in export.entries] == [r["url"] for r in rows]
    tides, bread, owls = export.entries
    assert tides.title == "Why the tides run late" and tides.tags == ("sea", "science")
    assert tides.state == "unread" and tides.saved_at == SEPT_2020
    assert bread.title == "" and bread.state == "archived" and bread.saved_at == "2023-11-14T22:13:20+00:00"
    assert owls.where == "part_000001.csv row 2" and owls.title == "Owls at dusk, a field guide"
    assert export.to_fetch == 3 and export.tags == {"sea", "science", "birds"}


def test_pocket_bare_csv_with_columns_in_another_order_and_a_bom() -> None:
    columns = ("status", "tags", "url", "title", "time_added")
    data = b"\xef\xbb\xbf" + pocket_csv([{"url": "https://example.org/x", "title": "X", "status": "archive"}], columns)
    export = read_export(data, "pocket.csv")
    (entry,) = export.entries
    assert (entry.url, entry.title, entry.state, entry.where) == ("https://example.org/x", "X", "archived", "row 2")


def test_pocket_row_without_url_is_skipped_and_the_rest_read() -> None:
    rows = [{"url": "https://example.org/a"}, {"url": "", "title": "Lost"}, {"url": "https://example.org/c"}]
    export = read_export(pocket_csv(rows), "pocket.csv")
    assert [e.url for e in export.entries] == ["https://example.org/a", "https://example.org/c"]
    assert export.skipped == ["row 3: no URL"]


def test_pocket_html_export() -> None:
    unread = [{"url": "https://example.org/kites", "title": "Kites & wind", "tags": ["hobby", "outdoors"]}]
    archived = [{"url": "https://example.org/ferns", "title": "Ferns", "time_added": 1500000000}]
    export = read_export(pocket_html(unread, archived), "ril_export.html")
    kites, ferns = export.entries
    assert kites.title == "Kites & wind" and kites.tags == ("hobby", "outdoors")
    assert kites.state == "unread" and kites.saved_at == SEPT_2020 and kites.where == "Unread item 1"
    assert ferns.state == "archived" and ferns.where == "Read Archive item 1"
    assert ferns.saved_at == "2017-07-14T02:40:00+00:00"


def test_ten_thousand_pocket_rows_parse_quickly() -> None:
    rows = [
        {"url": f"https://example.org/{n}", "title": f"Article {n}", "tags": ["a", "b"], "time_added": 1600000000 + n}
        for n in range(10_000)
    ]
    data = pocket_csv_zip(rows)
    started = time.perf_counter()
    export = read_export(data, "pocket.zip")
    elapsed = time.perf_counter() - started
    assert len(export.entries) == 10_000 and export.skipped == []
    assert export.entries[-1].where == "part_000000.csv row 10001"
    assert elapsed < 0.8, elapsed  # about 0.15 s here


# ---- Instapaper --------------------------------------------------------------------------------


@pytest.mark.parametrize("tags", ["json", "commas"])
def test_instapaper_folders_tags_and_selection(tags: str) -> None:
    rows = [
        {"url": "https://example.org/1", "title": "One", "folder": "Unread", "tags": ["alpha", "beta gamma"]},
        {"url": "https://example.org/2", "title": "Two", "folder": "Archive"},
        {"url": "https://example.org/3", "title": "Three", "folder": "Starred"},
        {"url": "https://example.org/4", "title": "Four", "folder": "Recipes", "selection": "Knead for ten minutes."},
    ]
    export = read_export(instapaper_csv(rows, tags=tags), "instapaper-export.csv")
    one, two, three, four = export.entries
    assert one.tags == ("alpha", "beta gamma") and one.state == "unread" and one.saved_at == SEPT_2020
    assert two.state == "archived" and not two.starred
    assert three.starred and three.state == "unread" and three.tags == ()
    assert four.tags == ("Recipes",) and four.state == "unread"
    assert four.marks == (Mark(exact="Knead for ten minutes.", created=SEPT_2020),)
    assert one.marks == ()


# ---- Omnivore ----------------------------------------------------------------------------------

MARKDOWN = """\
> The river froze from the banks inward. [\u2934\ufe0f](https://omnivore.app/me/river#a1)

This is how lakes freeze too.

> First paragraph of a long quote.
>
> Its second paragraph. [\u2934\ufe0f](https://omnivore.app/me/river#a2)

> A quote with no note, ending on [a real link](https://example.org/ice) [\u2934\ufe0f](https://omnivore.app/me/river#a3)
"""


def test_omnivore_highlights_markdown() -> None:
    marks = highlights_from_markdown("## Highlights\n\n" + MARKDOWN)
    assert marks == (
        Mark(exact="The river froze from the banks inward.", note="This is how lakes freeze too."),
        Mark(exact="First paragraph of a long quote.\n\nIts second paragraph."),
        Mark(exact="A quote with no note, ending on [a real link](https://example.org/ice)"),
    )


def test_omnivore_zip(tmp_path: Path) -> None:
    items: list[dict[str, object]] = [
        {"slug": f"filler-{n}", "url": f"https://example.org/filler-{n}"} for n in range(22)
    ]
    items[0] |= {
        "title": "A winter on the river",
        "author": "Mara Lindqvist, Tomas Berg and Ines Okafor",
        "labels": ["nature", {"name": "Winter"}],
        "readingProgress": 99.5,
        "publishedAt": "2021-12-01T23:30:00.000-05:00",
        "description": "Notes from a frozen valley",
        "content": "<html><body><p>The river froze.</p></body></html>",
        "highlights": [{"quote": "The river froze.", "note": "Early this year"}],
    }
    items[1] |= {"state": "Archived", "author": "Lindqvist, Mara"}
    items[2] |= {"readingProgress": 40}
    items[21] |= {"state": "Deleted"}
    export = read_file(tmp_path, "omnivore-export.zip", omnivore_zip(items))
    assert export.app == "omnivore"
    assert len(export.entries) == 21 and export.skipped == ["metadata_20_to_40.json item 2: deleted in Omnivore"]
    first, second, third = export.entries[:3]
    assert first.title == "A winter on the river" and first.state == "read"
    assert first.authors == ("Mara Lindqvist", "Tomas Berg", "Ines Okafor")
    assert first.tags == ("nature", "Winter") and first.published == "2021-12-01"
    assert first.saved_at == "2024-02-03T04:05:06+00:00" and first.description == "Notes from a frozen valley"
    assert "The river froze." in first.content_html
    assert first.marks == (Mark(exact="The river froze.", note="Early this year"),)
    assert second.state == "archived" and second.authors == ("Lindqvist, Mara",) and second.content_html == ""
    assert third.state == "reading" and export.entries[3].state == "unread"
    assert export.entries[20].where == "metadata_20_to_40.json item 1"
    assert export.to_fetch == 20


def test_omnivore_metadata_file_alone() -> None:
    data = json.dumps([omnivore_item({"title": "Loose file", "labels": ["x"]}, 0)]).encode()
    assert detect(data, "metadata_0_to_20.json") == "omnivore"
    (entry,) = read_export(data, "metadata_0_to_20.json").entries
    assert (entry.title, entry.tags, entry.where) == ("Loose file", ("x",), "item 1")


# ---- wallabag ----------------------------------------------------------------------------------


@pytest.mark.parametrize("wrap", [False, True])
def test_wallabag_entries(wrap: bool) -> None:
    note = {"quote": "carried over the pass", "text": "which pass?", "created_at": "2023-03-05T09:00:00+0100"}
    salt_roads = {"title": "Salt roads", "url": "https://example.org/salt", "tags": ["history", "trade"]}
    salt_roads |= {"content": "<p>Salt was carried over the pass.</p>", "is_archived": 1, "is_starred": True}
    salt_roads |= {"published_at": "2023-03-01T00:30:00+0100", "published_by": ["Lena Park", "Omar Haddad"]}
    entries = [
        salt_roads | {"annotations": [note]},
        {"title": 1984, "tags": [{"id": 3, "label": "fiction", "slug": "fiction"}], "is_archived": False},
        {"title": ["not", "a", "title"]},
        {"url": "https://example.org/failed", "content": "wallabag can't retrieve contents for this article."},
    ]
    export = read_export(wallabag_json(entries, wrap=wrap), "wallabag.json")
    assert export.app == "wallabag" and export.skipped == ["entry 3: its title is not text"]
    salt, numbered, failed = export.entries
    assert salt.state == "archived" and salt.starred and salt.tags == ("history", "trade")
    assert salt.authors == ("Lena Park", "Omar Haddad")
    assert salt.published == "2023-03-01" and salt.saved_at == "2023-03-01T09:00:00+00:00"
    assert salt.content_html == "<p>Salt was carried over the pass.</p>"
    assert salt.marks == (Mark(exact="carried over the pass", note="which pass?", created="2023-03-05T08:00:00+00:00"),)
    assert (numbered.title, numbered.tags, numbered.state, numbered.starred) == ("1984", ("fiction",), "unread", False)
    assert failed.content_html == "" and export.to_fetch == 2


# ---- Readwise ----------------------------------------------------------------------------------


def test_readwise_rows_grouped_into_books() -> None:
    book = {"title": "The Orchard Year", "author": "June Abara", "document_tags": ["gardening"]}
    rows = [
        {**book, "highlight": "Prune in late winter.", "note": "do it in Feb", "color": "Pink", "tags": ["todo"]},
        {"title": "Other Book", "author": "Sam Oyelaran", "highlight": "A line.", "color": "teal"},
        {**book, "highlight": "Graft in spring.", "color": "blue", "highlighted_at": "2023-05-07T10:00:00Z"},
        {**book, "highlight": "", "note": "an empty highlight"},
    ]
    export = read_export(readwise_csv(rows), "readwise-data.csv")
    assert export.skipped == ["row 5: no highlight text"]
    orchard, other = export.entries
    assert orchard.title == "The Orchard Year" and orchard.authors == ("June Abara",)
    assert orchard.tags == ("gardening",) and orchard.where == "row 2"
    pruning = Mark("Prune in late winter.", note="do it in Feb", color="red", tags=("todo",), created=MAY_6)
    assert orchard.marks == (pruning, Mark("Graft in spring.", color="blue", created="2023-05-07T10:00:00+00:00"))
    assert other.marks[0].color == "" and orchard.content_html == "" and orchard.url == ""


def test_readwise_groups_by_url_when_it_has_one() -> None:
    rows = [
        {"title": "Page", "url": "https://example.org/p", "highlight": "one", "color": "green"},
        {"title": "Page (renamed)", "url": "https://example.org/p", "highlight": "two", "color": "purple"},
    ]
    (entry,) = read_export(readwise_csv(rows, url_column="Source URL"), "readwise.csv").entries
    assert entry.url == "https://example.org/p" and entry.title == "Page"
    assert [(m.exact, m.color) for m in entry.marks] == [("one", "green"), ("two", "purple")]


# ---- Hypothesis --------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["list", "export", "rows"])
def test_hypothesis_annotations_grouped_by_page(shape: str) -> None:
    page = "https://example.org/moths"
    quote = {"exact": "moths navigate by the moon", "prefix": "Most ", "suffix": ", it"}
    annotations = [
        {"uri": page, **quote, "text": "citation?", "tags": ["insects"], "title": "Moths and light"},
        {"uri": "urn:x-pdf:1f2e3d", "exact": "table 2", "title": "Survey.pdf"},
        {"uri": page, "text": "A whole-page note about moths."},
        {"uri": page, "text": "agreed", "references": ["hyp00000"]},
        {"uri": page},
    ]
    export = read_export(hypothesis_json(annotations, shape=shape), "hypothesis.json")
    assert export.app == "hypothesis"
    assert export.skipped == ["annotation 4: a reply to another annotation", "annotation 5: no quote and no note"]
    moths, pdf = export.entries
    assert (moths.url, moths.title, moths.where) == (page, "Moths and light", "annotation 1")
    created = "2023-06-07T08:09:10+00:00"
    highlight = Mark(**quote, note="citation?", tags=("insects",), created=created)
    assert moths.marks == (highlight, Mark(exact="", note="A whole-page note about moths.", created=created))
    assert (pdf.url, pdf.title, pdf.marks[0].exact) == ("urn:x-pdf:1f2e3d", "Survey.pdf", "table 2")
    assert export.to_fetch == 1


# ---- dates and names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        *[(v, SEPT_2020) for v in (1600000000, "1600000000", 1600000000000)],  # the last in milliseconds
        *[(v, SEPT_2020) for v in ("2020-09-13T12:26:40Z", "2020-09-13T14:26:40+02:00", "2020-09-13T14:26:40+0200")],
        *[(v, SEPT_2020) for v in ("2020-09-13 12:26:40", "2020-09-13T12:26:40.987654321Z", "2020-09-13 12:26:40 UTC")],
        ("2020-09-13", "2020-09-13T00:00:00+00:00"),
        *[(v, None) for v in ("yesterday", "", 0, True, None, [2020])],
    ],
)
def test_moment(value: object, expected: str | None) -> None:
    assert moment(value) == expected


def test_day_keeps_the_date_as_written() -> None:
    assert day("2021-12-01T23:30:00-05:00") == "2021-12-01"
    assert day("not a date") is None


def test_split_authors() -> None:
    assert split_authors("Ann Lee, Bo Park & Cy Ito") == ("Ann Lee", "Bo Park", "Cy Ito")
    assert split_authors("Lee, Ann") == ("Lee, Ann",)
    assert split_authors("Ann Lee and Bo Park") == ("Ann Lee and Bo Park",)
    assert split_authors("  ") == ()


# ---- telling the apps apart --------------------------------------------------------------------

ALL_FORMATS = [
    ("pocket", pocket_csv_zip([{"url": "https://example.org/a"}], parts=2)),
    ("pocket", pocket_csv([{"url": "https://example.org/a"}])),
    ("pocket", pocket_html([{"url": "https://example.org/a"}], [])),
    ("instapaper", instapaper_csv([{"url": "https://example.org/a"}], tags="json")),
    ("omnivore", omnivore_zip([{"url": "https://example.org/a"}])),
    ("wallabag", wallabag_json([{"url": "https://example.org/a"}])),
    ("wallabag", wallabag_json([{"url": "https://example.org/a"}], wrap=True)),
    ("readwise", readwise_csv([{"title": "B", "highlight": "h"}], url_column="URL")),
    ("hypothesis", hypothesis_json([{"exact": "q"}])),
    ("hypothesis", hypothesis_json([{"exact": "q"}], shape="export")),
]


@pytest.mark.parametrize(("app", "data"), ALL_FORMATS)
def test_each_format_is_told_by_its_content(app: str, data: bytes) -> None:
    assert detect(data, "export.dat") == app
    assert read_export(data, "export.dat").app == app
    assert read_export(data, "export.dat", app=app).entries


@pytest.mark.parametrize(("app", "data"), ALL_FORMATS)
def test_forcing_another_app_is_refused(app: str, data: bytes) -> None:
    for other in APPS:
        if other != app:
            with pytest.raises(MalformedExport, match=f"export.dat is not an export from {APP_NAMES[other]}: "):
                read_export(data, "export.dat", app=other)


@pytest.mark.parametrize(
    "data",
    [
        csv_bytes(["name", "email"], [["Ada", "ada@example.org"]]),
        b"Just a few words, with commas, in a note.\n",
        b'[{"name": "a list of something else"}]',
        b"<html><body><h1>Reading list</h1><a href='https://example.org'>x</a></body></html>",
        zip_bytes({"notes.txt": "hello"}),
    ],
)
def test_files_of_no_app_are_refused(data: bytes) -> None:
    with pytest.raises(MalformedExport, match="is not an export Reader recognises"):
        detect(data, "mystery")


def test_binary_junk_is_refused() -> None:
    junk = bytes(range(128, 256)) * 40
    with pytest.raises(MalformedExport, match="neither text nor a zip archive"):
        read_export(junk, "junk.csv")
    with pytest.raises(MalformedExport, match="not UTF-8 text"):
        read_export(junk, "junk.csv", app="instapaper")


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(MalformedExport, match="is empty"):
        read_export(b"  \n", "empty.csv")


# ---- broken files ------------------------------------------------------------------------------


def test_a_csv_cut_off_mid_row_keeps_the_rows_before() -> None:
    rows = [{"url": f"https://example.org/{n}", "title": f"A title, number {n}"} for n in range(5)]
    data = instapaper_csv(rows)
    cut = data[: data.rindex(b"A title, number 4") + 8]  # inside the last row's quoted title
    export = read_export(cut, "instapaper.csv")
    assert [e.url for e in export.entries] == [f"https://example.org/{n}" for n in range(4)]
    assert export.skipped == ["row 6: the file ends in the middle of this row"]


def test_a_csv_cut_off_between_columns_keeps_the_rows_before() -> None:
    data = pocket_csv([{"url": "https://example.org/1"}, {"url": "https://example.org/2"}])
    export = read_export(data[: data.rindex(b"https://example.org/2") + 21], "pocket.csv")
    assert [e.url for e in export.entries] == ["https://example.org/1"]
    assert export.skipped == ["row 3: the file ends in the middle of this row"]


def test_missing_columns_are_refused() -> None:
    data = csv_bytes(["Title", "Selection", "Folder"], [["x", "", "Unread"]])
    with pytest.raises(MalformedExport, match="not an export from Instapaper: its first row has no URL and Folder"):
        read_export(data, "instapaper.csv", app="instapaper")


def test_a_damaged_zip_is_refused() -> None:
    data = omnivore_zip([{"content": "<p>" + "words " * 2000 + "</p>"}])
    with pytest.raises(MalformedExport, match="damaged or incomplete zip archive"):
        read_export(data[: len(data) // 2], "omnivore.zip")
    member = zipfile.ZipFile(io.BytesIO(data)).getinfo("content/saved-page-0.html")
    start = member.header_offset + 30 + len(member.filename) + 10
    spoiled = data[:start] + bytes(b ^ 0x55 for b in data[start : start + 40]) + data[start + 40 :]
    with pytest.raises(MalformedExport, match="content/saved-page-0.html in the zip archive is damaged"):
        read_export(spoiled, "omnivore.zip")


def test_a_zip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_EXPORT_BYTES", 50_000)
    rows = [{"url": f"https://example.org/{n}", "title": "x" * 40} for n in range(2_000)]  # ~150 KB unpacked
    data = pocket_csv_zip(rows, parts=2)
    assert len(data) < 50_000
    with pytest.raises(MalformedExport, match="unpacks to more than 50000 bytes"):
        read_export(data, "pocket.zip")


def test_the_cap_stops_unpacking_as_soon_as_it_is_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_EXPORT_BYTES", 10_000)
    archive = reading.ExportZip(zip_bytes({"big.csv": "a" * 1_000_000}), "big.zip")
    with pytest.raises(MalformedExport, match="big.zip unpacks to more than 10000 bytes"):
        archive.read("big.csv")
    assert archive.unpacked == 10_001  # not the whole member: it stops one byte past the cap


def test_a_zip_that_declares_small_sizes_is_refused() -> None:
    """The sizes an archive declares are not trusted: one that unpacks to more than it says is refused."""
    data = bytearray(omnivore_zip([{"content": "<p>" + "snow " * 20_000 + "</p>"}]))
    name = b"content/saved-page-0.html"
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:  # the member's central directory record
        central = data.index(b"PK\x01\x02", central + 4)
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")  # the unpacked size it declares
    with pytest.raises(MalformedExport, match="content/saved-page-0.html in the zip archive is damaged"):
        read_export(bytes(data), "omnivore.zip")


def test_json_that_is_not_json_is_refused() -> None:
    with pytest.raises(MalformedExport, match="not an export from Wallabag: it is not JSON"):
        read_export(b'[{"url": "https://example.org"', "wallabag.json", app="wallabag")
    with pytest.raises(MalformedExport, match="starts like JSON but is not JSON"):
        detect(b'{"annotations": [', "hypothesis.json")


def test_wrong_shapes_are_refused() -> None:
    with pytest.raises(MalformedExport, match="not an export from Hypothesis: it holds no list of annotations"):
        read_export(b'{"annotations": "none"}', "h.json", app="hypothesis")
    data = zip_bytes({"metadata_0_to_20.json": '{"items": []}'})
    with pytest.raises(MalformedExport, match="metadata_0_to_20.json of the Omnivore export is not a list"):
        read_export(data, "omnivore.zip")
