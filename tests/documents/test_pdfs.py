"""The generated PDFs hold what their KnownDocument says, where it says, as pdfium reads them."""

from __future__ import annotations

import base64
import functools
import re
import unicodedata
import zlib

import pypdfium2 as pdfium
import pytest

from tests.documents import pdfs
from tests.documents.layout import HYPHEN_LIMIT, LIGATURES, break_lines, parse
from tests.documents.syllables import syllables

HYPHEN = "\x00"  # a token for a hyphen at a line end: the words around it are one word


def tokens(text: str) -> list[str]:
    """Lower-case words and numbers; hyphens inside words dropped ("well-known" is "wellknown")."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"(?<=\w)(?:\ufffe|-(?=\r?\n|$))\s*", f" {HYPHEN} ", text)  # pdfium: U+FFFE at a line end
    text = re.sub(r"(?<=\w)-(?=\w)", "", text)
    return re.findall(rf"[^\W\d_]+|\d+|{HYPHEN}", text)


def joined(stream: list[str]) -> list[str]:
    out: list[str] = []
    glue = False
    for token in stream:
        if token == HYPHEN:
            glue = bool(out)
        elif glue:
            out[-1] += token
            glue = False
        else:
            out.append(token)
    return out


def words(stream: list[str]) -> list[str]:
    return [token for token in stream if not token.isdigit()]


def find(needle: list[str], hay: list[str]) -> int:
    """Where `needle` starts in `hay` as a contiguous run, or -1."""
    for start in range(len(hay) - len(needle) + 1):
        if hay[start : start + len(needle)] == needle:
            return start
    return -1


@functools.cache
def document(name: str) -> pdfs.KnownDocument:
    return pdfs.LAYOUTS[name]()


@functools.cache
def page_texts(name: str) -> tuple[str, ...]:
    return pdfs.pdfium_page_texts(document(name).pdf)


@functools.cache
def body_streams(name: str) -> tuple[tuple[str, ...], ...]:
    """Each page's tokens without its furniture (drawn first) and its footnotes (drawn last)."""
    doc = document(name)
    notes = {p.first_page: tokens(p.text)[:4] for p in reversed(doc.paragraphs) if p.kind == "footnote"}
    streams = []
    for number, text in enumerate(page_texts(name), start=1):
        stream = tokens(text)
        left = [tokens(furniture) for furniture in doc.furniture]
        while match := next((f for f in left if f and stream[: len(f)] == f), None):
            stream = stream[len(match) :]
            left.remove(match)
        if number in notes:
            positions = [i for i, token in enumerate(stream) if token != HYPHEN]
            cut = find(notes[number], [stream[i] for i in positions])
            assert cut > 0, f"the footnotes of page {number} are not found"
            stream = stream[: positions[cut]]
        streams.append(tuple(stream))
    return tuple(streams)


@pytest.mark.parametrize("name", pdfs.LAYOUTS)
def test_every_layout_renders_deterministically(name: str) -> None:
    doc = document(name)
    assert doc.name == name
    assert doc.pdf.startswith(b"%PDF-") and doc.pdf == pdfs.LAYOUTS[name]().pdf
    assert len(page_texts(name)) == doc.pages
    texts = [p.text for p in doc.paragraphs]
    assert len(set(texts)) == len(texts), "paragraphs repeat"
    assert doc.body_text == "\n\n".join(texts)
    assert all(
        p.kind in {"heading", "paragraph", "caption", "footnote", "reference", "abstract"} for p in doc.paragraphs
    )
    assert all(1 <= p.first_page <= p.last_page <= doc.pages for p in doc.paragraphs)
    assert all("  " not in p.text and p.text == p.text.strip() and "|" not in p.text for p in doc.paragraphs)
    assert not any(ligature in doc.body_text for ligature in LIGATURES)


@pytest.mark.parametrize("name", pdfs.LAYOUTS)
def test_every_paragraph_is_on_its_pages_in_order(name: str) -> None:
    doc = document(name)
    for p in doc.paragraphs:
        expected = words(joined(tokens(p.text)))
        if p.kind == "footnote":
            hay = words(joined(tokens(page_texts(name)[p.first_page - 1])))
            assert find(expected, hay) >= 0, p
            continue
        # the pages' bodies run on: a word split at the foot of a page is joined with its end
        span = range(p.first_page, p.last_page + 1)
        hay = words(joined([token for n in span for token in body_streams(name)[n - 1]]))
        hay_pages = [words(joined(list(body_streams(name)[n - 1]))) for n in span]
        pieces = [tokens(page_texts(name)[n - 1]) for n in span]
        start = find(expected, hay)
        assert start >= 0, f"{p.kind} not found in order on pages {p.first_page}-{p.last_page}: {p.text[:80]}"
        assert start < len(hay_pages[0]), f"does not start on page {p.first_page}: {p.text[:80]}"
        assert start + len(expected) > len(hay) - len(hay_pages[-1]), (
            f"does not end on page {p.last_page}: {p.text[:80]}"
        )
        numbers = {t for t in joined(tokens(p.text)) if t.isdigit()}
        assert numbers <= {t for piece in pieces for t in piece}, p


@pytest.mark.parametrize("name", pdfs.LAYOUTS)
def test_furniture_is_printed_and_kept_out_of_the_body(name: str) -> None:
    doc = document(name)
    text = unicodedata.normalize("NFKC", "\n".join(page_texts(name)))
    for furniture in doc.furniture:
        assert furniture in text
        if re.search(r"[^\W\d_]", furniture):
            assert furniture not in doc.body_text
    if doc.furniture:
        assert any(str(doc.pages) in furniture for furniture in doc.furniture)


@pytest.mark.parametrize("name", pdfs.LAYOUTS)
def test_metadata_is_printed_on_page_one_and_in_the_info(name: str) -> None:
    doc = document(name)
    first = words(joined(tokens(page_texts(name)[0])))
    for line in (doc.title, *doc.authors):
        assert find(words(tokens(line)), first) >= 0, line
    if doc.doi:
        assert doc.doi in page_texts(name)[0]
    pdf = pdfium.PdfDocument(doc.pdf)
    info = pdf.get_metadata_dict()
    pdf.close()
    assert info["Title"] == doc.title and info["Author"] == ", ".join(doc.authors)
    assert doc.date and info["CreationDate"].startswith("D:" + doc.date.replace("-", ""))


def test_line_end_hyphens_are_joined_or_kept_as_the_text_says() -> None:
    kinds: dict[str, set[str]] = {}
    for name in pdfs.LAYOUTS:
        body = document(name).body_text.lower()
        for text in page_texts(name):
            for head, tail in re.findall(
                r"([^\W\d_]+)\ufffe\s*([^\W\d_]+)", unicodedata.normalize("NFKC", text).lower()
            ):
                compound = re.search(rf"\b{head}-{tail}", body) is not None
                soft = re.search(rf"\b{head}{tail}", body) is not None
                assert compound or soft, (name, head, tail)
                kinds.setdefault(name, set()).add("compound" if compound else "soft")
    assert kinds["one-column"] == {"compound", "soft"}
    assert all("soft" in found for found in kinds.values())


@pytest.mark.parametrize("name", ["two-columns-headers", "report"])
def test_two_columns_hyphenate_about_as_often_as_a_journal(name: str) -> None:
    ends = document(name).line_ends
    soft, compound = ends.count("soft"), ends.count("compound")
    assert soft / len(ends) >= 0.1, f"{soft} of {len(ends)} lines end in an added hyphen"
    # the text layer has them all: pdfium's U+FFFE at a line end, or "-" at the end of a page's text
    marks = sum(text.count("\ufffe") + text.rstrip().endswith("-") for text in page_texts(name))
    assert marks == soft + compound
    runs = "".join("x" if end else " " for end in ends).split()  # lines in a row that end in a hyphen
    assert max(map(len, runs)) <= HYPHEN_LIMIT


def test_words_without_marks_are_split_at_syllables() -> None:
    assert [syllables(w) for w in ("information", "measurements", "counting.", "hundred", "pockets")] == [
        ["infor", "ma", "tion"],
        ["mea", "sure", "ments"],
        ["count", "ing."],
        ["hun", "dred"],
        ["pock", "ets"],
    ]
    for word in ("Millbrook", "residents'", "1990s", "changed", "people", "stations\u2019", "fi\ufb01eld"):
        assert syllables(word) == [word]
    words = parse("in|formation well-known information Harbourside temperature")
    assert [w.parts for w in words] == [
        ("in", "formation"),  # the bars alone
        ("well-", "known"),
        ("infor", "ma", "tion"),
        ("Harbourside",),
        ("temperature",),  # a paragraph's last word stays whole
    ]
    assert words[1].soft == (False,) and words[2].soft == (True, True)
    source = "Measurements of temperature and information gathered throughout several consecutive afternoons " * 4
    lines = break_lines(source.strip(), pdfs.BODY_2, 170)
    assert sum(line.end == "soft" for line in lines) >= 3
    text = " ".join(" ".join(piece for piece, _ in line.frags) for line in lines)
    assert re.sub(r"- ", "", text) == source.strip()


def test_ligature_glyphs_are_drawn_and_read_as_letters() -> None:
    pdf = document("one-column").pdf
    assert b"/Differences [ 129 /fi 141 /fl ]" in pdf
    content = b""
    for match in re.finditer(rb"/ASCII85Decode /FlateDecode \] /Length (\d+)\s*>>\s*stream\r?\n", pdf):
        raw = pdf[match.end() : match.end() + int(match.group(1))]
        content += zlib.decompress(base64.a85decode(raw.strip().removesuffix(b"~>")))
    assert rb"\201" in content and rb"\215" in content  # the fi and fl codes, in the drawn strings
    assert "final" in document("one-column").body_text and "flow" in document("one-column").body_text


def test_one_column_has_headings_and_paragraphs_across_page_breaks() -> None:
    doc = document("one-column")
    assert doc.pages == 3
    assert [p.text for p in doc.paragraphs if p.kind == "heading"] == ["1. Introduction", "2. Sampling the lower reach"]
    assert sum(p.last_page > p.first_page for p in doc.paragraphs) >= 2
    assert doc.date == "2026-03-14" and "14 March 2026" in page_texts("one-column")[0]


def test_two_columns_have_an_abstract_a_caption_and_a_doi() -> None:
    doc = document("two-columns-headers")
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds[:3] == ["heading", "abstract", "heading"] and doc.paragraphs[0].text == "Abstract"
    assert doc.paragraphs[1].first_page == 1
    (caption,) = [p for p in doc.paragraphs if p.kind == "caption"]
    assert caption.text.startswith("Figure 1. ")
    assert doc.doi == pdfs.DOI
    assert any(p.last_page > p.first_page for p in doc.paragraphs)
    assert "Page 2 of 3" in doc.furniture
    plain = document("two-columns")
    assert plain.furniture == () and [p.text for p in plain.paragraphs] == [p.text for p in doc.paragraphs]


def test_footnotes_are_gathered_in_number_order_after_the_body() -> None:
    doc = document("footnotes")
    kinds = [p.kind for p in doc.paragraphs]
    notes = [p for p in doc.paragraphs if p.kind == "footnote"]
    assert len(notes) >= 3 and kinds[-len(notes) :] == ["footnote"] * len(notes)
    assert [p.text.split()[0] for p in notes] == [str(n) for n in range(1, len(notes) + 1)]
    assert {p.first_page for p in notes} == {1, 2}
    assert not re.search(r"[^\W\d_][.,]?\d", doc.body_text), "a marker left in the body"


def test_references_end_the_document_one_paragraph_each() -> None:
    doc = document("references")
    heading = [p.text for p in doc.paragraphs].index("References")
    references = doc.paragraphs[heading + 1 :]
    assert len(references) == 7 and all(p.kind == "reference" for p in references)
    lines = [line for text in page_texts("references") for line in unicodedata.normalize("NFKC", text).split("\r\n")]
    for reference in references:  # each wraps: no single line holds it
        assert not any(reference.text in line for line in lines)


@pytest.mark.parametrize(
    ("make", "pages"),
    [
        (pdfs.one_column, 1),
        (pdfs.one_column, 5),
        (pdfs.two_columns, 1),
        (pdfs.with_footnotes, 3),
        (pdfs.with_references, 1),
    ],
)
def test_page_counts_are_as_asked(make, pages: int) -> None:
    doc = make(pages=pages)
    pdf = pdfium.PdfDocument(doc.pdf)
    assert doc.pages == pages == len(pdf)
    pdf.close()


def test_report_is_long() -> None:
    doc = document("report")
    assert doc.pages == 20 and len(doc.paragraphs) > 200
    assert len({p.first_page for p in doc.paragraphs}) == 20


def test_scanned_pdf_has_no_text() -> None:
    pdf = pdfium.PdfDocument(pdfs.scanned_pdf())
    page = pdf[0]
    textpage = page.get_textpage()
    assert textpage.count_chars() == 0
    textpage.close()
    page.close()
    pdf.close()
    assert pdfs.scanned_pdf() == pdfs.scanned_pdf()


def test_encrypted_pdf_needs_its_password() -> None:
    data = pdfs.encrypted_pdf()
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)
    pdf = pdfium.PdfDocument(data, password=pdfs.PASSWORD)
    page = pdf[0]
    textpage = page.get_textpage()
    assert "audit committee" in textpage.get_text_range()
    textpage.close()
    page.close()
    pdf.close()
