"""Reading EPUB 2 and EPUB 3 books as one article: metadata, chapters in spine order, Reader's own
exports read back intact, and the books that are refused (each with one clear line)."""

from __future__ import annotations

import io
import zipfile

import pytest

from reader.core.errors import UnreadableInput
from reader.core.export.epub_export import epub_bytes
from reader.core.importers import ImportedArticle, epub_doc
from reader.core.importers.epub_doc import read_epub
from reader.core.library import Library
from reader.core.models import Author, Block, BlockKind, CleanedArticle
from tests.core.epub_books import (
    CONTAINER,
    EPUB2_OPF,
    XHTML11,
    epub2_book,
    epub2_files,
    epub3_book,
    epub3_files,
    zip_book,
)

H, P, Q, LI = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM


def kinds_and_texts(article: CleanedArticle) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in article.body]


# EPUB 2 ----------------------------------------------------------------------------------------------


def test_epub2_metadata() -> None:
    raw, article = read_epub(epub2_book(), "tides.epub")
    assert article.title == "Tides of the Northern Shore"
    assert article.authors == (Author("Edith Marsh", "author"), Author("Tomas Berglund", "editor"))
    assert article.language == "en"  # en-GB, as ISO 639-1
    assert article.published == "2019-04-02"  # the publication date, not the modification date before it
    assert article.site_name == "Harbour Lane Press"
    assert article.url == "urn:isbn:9783161484100"  # the ISBN, though the UUID is the unique identifier
    assert raw == article.text


def test_epub2_chapters_follow_the_spine_with_their_headings() -> None:
    _, article = read_epub(epub2_book(), "tides.epub")
    assert kinds_and_texts(article) == [
        (H, "Chapter One: The Fog"),
        (P, "The fog came in over the breakwater before the boats were home, thick as wet wool."),
        (P, "Marta counted the lamps along the quay — seven, then six, then none at all."),  # &mdash;
        (LI, "a coil of tarred rope"),
        (LI, "two lanterns with cracked glass"),
        (LI, "the logbook, wrapped in oilcloth"),
        (H, "Chapter Two: Salt"),
        (P, "Her grandfather had kept the light for forty winters and never once let it go dark."),
        (Q, "A lamp that is trimmed at dusk will see you to the morning."),
        (P, "Yes."),  # a book's short paragraph stays
        (H, "Chapter Three: The Harbour Bell"),
        (P, "When the bell rang at last, it rang from the wrong side of the harbour."),
        (P, "Nobody on the quay could say who had climbed the tower to ring it."),
    ]
    assert "Table entry" not in article.text  # the NCX is not a chapter
    assert "margin" not in article.text
    assert "Cover" not in article.text  # the cover page has a <title> but no text: no heading for it


@pytest.mark.parametrize(
    ("code", "role"),
    [("aut", "author"), ("edt", "editor"), ("trl", "contributor"), ("ill", "contributor"), ("pht", "photographer")]
    + [("nrt", "contributor"), ("AUT", "author"), ("", "author")],
)
def test_marc_relator_codes_are_roles(code: str, role: str) -> None:
    opf = EPUB2_OPF.replace('opf:role="edt"', f'opf:role="{code}"')
    _, article = read_epub(epub2_book(opf), "tides.epub")
    assert article.authors[1] == Author("Tomas Berglund", role)


@pytest.mark.parametrize(
    ("identifiers", "url"),
    [
        ('<dc:identifier opf:scheme="ISBN">0-306-40615-2</dc:identifier>', "urn:isbn:0306406152"),
        ("<dc:identifier>urn:isbn:978-3-16-148410-0</dc:identifier>", "urn:isbn:9783161484100"),
        ("<dc:identifier>9783161484100</dc:identifier>", "urn:isbn:9783161484100"),  # an ISBN's check digit
        ("<dc:identifier>9783161484101</dc:identifier>", ""),  # a number, but no ISBN
        ("<dc:identifier>doi:10.1000/182</dc:identifier>", "https://doi.org/10.1000/182"),
        ("<dc:identifier>https://doi.org/10.1000/182</dc:identifier>", "https://doi.org/10.1000/182"),
        ('<dc:identifier opf:scheme="UUID">urn:uuid:2f6c1d0e-8a4b-4c1e-9f3a-5b7d2e8c9a10</dc:identifier>', ""),
        ("<dc:identifier>HLP-2019-044</dc:identifier>", ""),
        (
            "<dc:identifier>doi:10.1000/182</dc:identifier><dc:identifier>ISBN 978-3-16-148410-0</dc:identifier>",
            "urn:isbn:9783161484100",  # an ISBN before a DOI
        ),
    ],
)
def test_identifier_is_kept_as_the_address(identifiers: str, url: str) -> None:
    start, end = EPUB2_OPF.index("    <dc:identifier id="), EPUB2_OPF.index("    <meta name=")
    opf = EPUB2_OPF[:start] + identifiers + "\n" + EPUB2_OPF[end:]
    assert read_epub(epub2_book(opf), "tides.epub")[1].url == url


# EPUB 3 ----------------------------------------------------------------------------------------------


def test_epub3_metadata() -> None:
    raw, article = read_epub(epub3_book(), "spice.epub")
    assert article.title == "Songs of the Spice Route"  # title-type main, though listed second
    assert article.subtitle == "Essays on Trade and Memory"
    # roles from <meta refines>, in display-seq order; an illustrator is a contributor
    assert article.authors == (Author("Sari Wulandari", "author"), Author("Bima Santoso", "contributor"))
    assert article.language == "id"
    assert article.published is None  # only a year: no day is invented
    assert article.site_name == "Penerbit Angin Timur"
    assert article.url == "https://doi.org/10.5555/spice.2021.7"
    assert raw == article.text


def test_epub3_chapters_follow_the_spine_and_skip_the_navigation_document() -> None:
    _, article = read_epub(epub3_book(), "spice.epub")
    assert kinds_and_texts(article) == [
        (P, "One"),
        (H, "The Pepper Gardens"),  # in the chapter's <header>
        (P, "On the hills above the port, pepper vines climbed poles of split bamboo."),
        (P, "The growers dried the berries on mats until they turned black and wrinkled."),  # no page number
        (LI, "pick the berries green"),
        (LI, "dry them for a week"),
        (LI, "sift out the dust"),
        (H, "Interlude at the Harbour"),  # its <title>: the chapter has no heading (and is linear="no")
        (P, "Ships waited in the roads for a wind that would not come."),
        (Q, "Patience is the cheapest cargo and the hardest to carry."),
        (H, "The Clove Islands"),
        (P, "Cloves grew on only a handful of islands, and every sailor knew their names."),
        (P, "Wars were fought over trees that a child could climb."),
    ]
    assert "Daftar Isi" not in article.text and "Contents line" not in article.text


@pytest.mark.parametrize(
    ("date", "published"),
    [
        ("2021-08-17", "2021-08-17"),
        ("2021-08-17T09:30:00Z", "2021-08-17"),
        ("2021-08", None),  # a month: no day is invented
        ("2021", None),
        ("2021-02-30", None),  # no such day
        ("17 August 2021", None),
    ],
)
def test_only_a_full_date_is_the_publication_date(date: str, published: str | None) -> None:
    assert read_epub(epub3_book(date), "spice.epub")[1].published == published


def test_without_a_title_the_first_heading_is_the_title() -> None:
    opf = EPUB2_OPF.replace("<dc:title>Tides of the Northern Shore</dc:title>", "")
    _, article = read_epub(epub2_book(opf), "tides.epub")
    assert article.title == "Chapter One: The Fog"
    assert article.body[0] == Block(H, "Chapter One: The Fog")  # and it stays in the text


def test_a_chapter_that_is_not_well_formed_is_read_as_html() -> None:
    files = epub2_files()
    files["OEBPS/Text/salt.xhtml"] = (
        "<html><head><title>Salt</title></head><body><h2>Chapter Two: Salt</h2>"
        "<p>An unclosed <b>paragraph<p>And a second one &copy; the keeper<br>on two lines</body></html>"
    )
    _, article = read_epub(zip_book(files), "tides.epub")
    texts = [b.text for b in article.body]
    assert texts[6:10] == [
        "Chapter Two: Salt",
        "An unclosed paragraph",
        "And a second one © the keeper",
        "on two lines",
    ]
    assert texts[10] == "Chapter Three: The Harbour Bell"


def test_obfuscated_fonts_are_not_drm() -> None:
    files = epub2_files()
    files["OEBPS/Fonts/serif.otf"] = b"\x00\x01 scrambled font bytes"
    files["META-INF/encryption.xml"] = ENCRYPTION.format(
        algorithm="http://www.idpf.org/2008/embedding", uri="OEBPS/Fonts/serif.otf"
    )
    assert read_epub(zip_book(files), "tides.epub")[1].title == "Tides of the Northern Shore"


# Reader's own EPUB export, read back --------------------------------------------------------------


def store(library: Library, article: CleanedArticle, source: str) -> int:
    return library.add(ImportedArticle("text", article.text, article), source=source).id


FLOOD = CleanedArticle(
    title="Flood wall holds as river peaks",
    body=(
        Block(P, "The river rose overnight and flooded the lower town, the council said on Monday."),
        Block(P, "Residents were moved to the school hall before midnight, and nobody was hurt."),
        Block(H, "What the engineers found"),
        Block(P, "Engineers said the old flood wall had held better than expected during the night."),
        Block(Q, "“We were lucky this time,” the mayor said."),
        Block(LI, "Sandbags at the market square"),
        Block(LI, "Pumps at the station"),
        Block(P, "Costs: £2m & more <for now>; repairs start in May."),
    ),
    authors=(Author("Rachel Ingleby"),),
    site_name="The Herald",
    published="2024-03-03",
    language="en",
    url="https://herald.example/news/flood-wall",
)
MARKET = CleanedArticle(
    title="Pasar pagi kembali ramai",
    body=(
        Block(P, "Pedagang sayur kembali membuka lapak sejak subuh."),
        Block(P, "Ok."),
        Block(Q, "Harga cabai turun sedikit minggu ini."),
    ),
    language="id",
)


def test_reader_s_own_export_reads_back_intact(library: Library) -> None:
    ids = [store(library, FLOOD, "/tmp/flood.txt"), store(library, MARKET, "/tmp/pasar.txt")]
    library.annotations.add_quote(ids[0], "the lower town", color="red", note="Check with the **council**.")
    library.annotations.add_quote(ids[0], "Pumps at the station", color="green")
    library.annotations.set_article_note(ids[0], "Follow up with the mayor.")
    raw, book = read_epub(epub_bytes(library, ids, title="Week in review"), "week.epub")
    assert book.title == "Week in review"
    assert raw == book.text
    blocks = list(book.body)
    for exported in (FLOOD, MARKET):
        start = blocks.index(Block(H, exported.title))  # the chapter's <h1>, inside its <header>
        rest = iter(blocks[start + 1 :])
        # every block, kind and words (highlighted ones too), in order
        assert all(any(block == got for got in rest) for block in exported.body), exported.title
    assert blocks.index(Block(H, FLOOD.title)) < blocks.index(Block(H, MARKET.title))
    assert "Contents" not in [b.text for b in blocks]  # the export's navigation document


def test_a_one_article_export_keeps_its_metadata(library: Library) -> None:
    article_id = store(library, FLOOD, "/tmp/flood.txt")
    _, book = read_epub(epub_bytes(library, [article_id]), "flood.epub")
    assert book.title == FLOOD.title
    assert book.authors == FLOOD.authors
    assert (book.published, book.language, book.site_name) == ("2024-03-03", "en", "Reader")
    assert book.url == ""  # the export's identifier is a UUID
    body = [b for b in book.body if b.kind is not H or b.text != FLOOD.title]
    assert [b for b in body if b in FLOOD.body] == list(FLOOD.body)


# Refusals ------------------------------------------------------------------------------------------

ENCRYPTION = """<?xml version="1.0" encoding="UTF-8"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
    xmlns:enc="http://www.w3.org/2001/04/xmlenc#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
  <enc:EncryptedData>
    <enc:EncryptionMethod Algorithm="{algorithm}"/>
    <ds:KeyInfo><ds:RetrievalMethod URI="license.lcpl#/encryption/content_key"/></ds:KeyInfo>
    <enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData>
  </enc:EncryptedData>
</encryption>
"""


def refusal(data: bytes, name: str = "book.epub") -> UnreadableInput:
    with pytest.raises(UnreadableInput) as caught:
        read_epub(data, name)
    error = caught.value
    assert "\n" not in str(error)
    assert "{name}" in error.template and error.values["name"] == name and name in str(error)
    return error


def test_not_a_zip_is_refused() -> None:
    assert (
        str(refusal(b"Chapter one\n\nIt was a dark night.")) == "book.epub is not an EPUB book: it is not a zip archive"
    )


def test_a_truncated_zip_is_refused() -> None:
    data = epub2_book()
    error = refusal(data[: len(data) // 2])
    assert str(error) == "book.epub is damaged: its zip archive is cut short or broken"


def test_a_zip_without_a_container_is_refused() -> None:
    files = epub2_files()
    del files["META-INF/container.xml"]
    error = refusal(zip_book(files))
    assert str(error) == "book.epub is not an EPUB book: it has no META-INF/container.xml"


def test_a_container_naming_no_package_document_is_refused() -> None:
    files = epub2_files()
    files["META-INF/container.xml"] = CONTAINER.format(opf="OEBPS/missing.opf")
    assert "package document OEBPS/missing.opf is missing" in str(refusal(zip_book(files)))
    files["META-INF/container.xml"] = "<container><rootfiles/></container>"
    assert "names no package document" in str(refusal(zip_book(files)))


def test_a_damaged_member_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:  # stored, so its bytes can be spoiled where they lie
        for name, content in epub2_files().items():
            book.writestr(name, content)
    data = bytearray(buffer.getvalue())
    at = data.index(b"Marta counted")
    data[at : at + 5] = b"Morta"
    assert str(refusal(bytes(data))) == "book.epub is damaged: OEBPS/Text/fog.xhtml cannot be unpacked"


def test_an_encrypted_book_is_refused() -> None:
    files = epub2_files()
    files["META-INF/encryption.xml"] = ENCRYPTION.format(
        algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc", uri="OEBPS/Text/fog.xhtml"
    )
    error = refusal(zip_book(files), "locked.epub")
    assert "protected by DRM" in str(error)


def test_a_password_protected_zip_is_refused() -> None:
    data = bytearray(epub2_book())
    at = data.find(b"PK\x01\x02")
    while at >= 0:  # every central directory entry says: encrypted
        data[at + 8] |= 0x1
        at = data.find(b"PK\x01\x02", at + 4)
    assert str(refusal(bytes(data))) == "book.epub is password-protected; Reader cannot open it"


def test_a_zip_bomb_is_refused_as_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(epub_doc, "MAX_UNPACKED_BYTES", 200_000)
    files = epub2_files()
    files["OEBPS/Text/salt.xhtml"] = XHTML11.format(title="Salt", body="<p>" + " " * 5_000_000 + "</p>")
    data = zip_book(files)
    assert len(data) < 50_000  # a small file that unpacks to far more than the cap
    error = refusal(data)
    assert str(error) == "book.epub is too large to read: it unpacks to more than 0 MB"
    assert error.values["limit"] == 0


def test_a_zip_of_too_many_files_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(epub_doc, "MAX_MEMBERS", 5)
    assert "holds too many files (10)" in str(refusal(epub2_book()))


def test_a_book_without_chapters_is_refused() -> None:
    start, end = EPUB2_OPF.index("<spine"), EPUB2_OPF.index("</spine>")
    opf = EPUB2_OPF[:start] + '<spine toc="ncx"><itemref idref="cover"/>' + EPUB2_OPF[end:]
    assert "has no chapters to read" in str(refusal(epub2_book(opf)))


def test_a_book_whose_chapters_are_empty_is_refused() -> None:
    files = epub3_files()
    for path in ("book/xhtml/pepper.xhtml", "book/xhtml/interlude.xhtml", "book/xhtml/clove.xhtml"):
        files[path] = '<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body/></html>'
    assert "has no text to read" in str(refusal(zip_book(files)))


def test_a_book_imported_into_the_library_is_one_article(tmp_path) -> None:
    path = tmp_path / "book.epub"
    path.write_bytes(epub3_book())
    with Library.open(tmp_path / "library.sqlite3") as library:
        article = library.ingest(path).article
        stored = library.get(article.id)
    assert stored.kind == "epub" and stored.content.title == "Songs of the Spice Route"
    assert [a.name for a in stored.content.authors] == ["Sari Wulandari", "Bima Santoso"]
    assert stored.content.pages == ()  # a book reflows: it has chapters, not pages
