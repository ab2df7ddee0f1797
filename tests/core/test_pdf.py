"""PDFs as clean articles with their pages (issue 17), on documents laid out by reportlab whose text
and pages are known (tests/documents): reading order, furniture, hyphens, footnotes, references,
metadata, every paragraph's page; refusals; and the pages carried into the library, citations,
exports, Fix Extraction and `reader clean --json`."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter

import pytest

from reader.core.citing.cite import quote_with_citation
from reader.core.errors import Cancelled, UnreadableInput
from reader.core.export.csv_export import highlights_csv
from reader.core.export.markdown import annotations_markdown
from reader.core.export.w3c import annotation_json
from reader.core.importers import PDF, read_article
from reader.core.library import Library
from reader.core.models import block_starts, page_at
from tests.documents.pdfs import LAYOUTS, encrypted_pdf, scanned_pdf, two_columns, with_footnotes

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "benchmarks"))
from cleaning import f1 as shingle_scores  # noqa: E402 - the benchmarks' metric: (precision, recall, F1)


def f1(got: str, want: str) -> float:
    return shingle_scores(got, want)[2]


@pytest.fixture(scope="module")
def read() -> dict:
    return {name: (make(), read_article(make().pdf, f"{name}.pdf")) for name, make in LAYOUTS.items()}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_the_body_is_the_text_in_reading_order(read, name: str) -> None:
    doc, imported = read[name]
    want = "\n\n".join(p.text for p in doc.paragraphs if p.kind != "caption")
    assert imported.kind == PDF
    assert f1(imported.article.text, want) >= 0.97


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_every_paragraph_knows_its_page(read, name: str) -> None:
    doc, imported = read[name]
    a = imported.article
    where = {
        b.text: (page_at(a.pages, s), page_at(a.pages, s + len(b.text) - 1))
        for b, s in zip(a.body, block_starts(a.body), strict=True)
    }
    for p in doc.paragraphs:
        if p.kind in ("caption", "footnote"):
            continue
        assert where.get(p.text) == (str(p.first_page), str(p.last_page)), p.text[:60]


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_running_heads_feet_and_page_numbers_are_removed_not_lost(read, name: str) -> None:
    doc, imported = read[name]
    a = imported.article
    lines = {b.text for b in a.body}
    removed = {r.text for r in a.removed}
    for furniture in doc.furniture:
        assert furniture not in lines and furniture in removed
    assert {r.reason for r in a.removed} <= {"title", "byline", "date", "running header", "page number"}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_title_authors_and_date_from_the_first_page(read, name: str) -> None:
    doc, imported = read[name]
    a = imported.article
    assert a.title == doc.title
    assert [author.name for author in a.authors] == list(doc.authors)
    assert a.published == doc.date
    assert len(a.pages) == doc.pages


def test_a_doi_printed_on_the_first_page_is_the_address(read) -> None:
    doc, imported = read["two-columns-headers"]
    assert imported.article.url == doc.doi


def test_hyphens_ligatures_and_compounds(read) -> None:
    text = read["one-column"][1].article.text
    words = Counter(text.split())
    assert not any(w.endswith("-") for w in words)  # no word left broken at a line's end
    assert "well-defined" in text and "well defined" not in text
    assert "\ufb01" not in text and "final" in text


def test_footnotes_are_gathered_at_the_end_in_order(read) -> None:
    doc, imported = read["footnotes"]
    body = [b.text for b in imported.article.body]
    notes = body[body.index("Notes") + 1 :]
    assert notes == [p.text for p in doc.paragraphs if p.kind == "footnote"]
    assert not any(n[:2] in b for n in notes for b in body[: body.index("Notes")] if b.endswith(n[:2]))


def test_references_are_their_own_section_one_entry_each(read) -> None:
    doc, imported = read["references"]
    body = [b.text for b in imported.article.body]
    entries = [p.text for p in doc.paragraphs if p.kind == "reference"]
    start = body.index("References") + 1
    assert body[start : start + len(entries)] == entries


def test_a_caption_becomes_a_figure(read) -> None:
    doc, imported = read["two-columns-headers"]
    captions = [p.text for p in doc.paragraphs if p.kind == "caption"]
    assert [f.caption for f in imported.article.figures] == captions


def test_a_scan_an_encrypted_and_a_damaged_pdf_are_refused_clearly() -> None:
    with pytest.raises(UnreadableInput, match="no text layer"):
        read_article(scanned_pdf(), "scan.pdf")
    with pytest.raises(UnreadableInput, match="encrypted"):
        read_article(encrypted_pdf(), "locked.pdf")
    with pytest.raises(UnreadableInput, match="is not a PDF Reader can read"):
        read_article(two_columns().pdf[:2000], "cut.pdf")


def test_reading_reports_each_page_and_can_be_stopped() -> None:
    doc = LAYOUTS["report"]()
    seen: list[tuple[int, int]] = []
    read_article(doc.pdf, "report.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, doc.pages) for n in range(1, doc.pages + 1)]

    def stop(done: int, total: int) -> None:
        if done == 3:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        read_article(doc.pdf, "report.pdf", progress=stop)


@pytest.fixture
def paper(library: Library, tmp_path):
    doc = two_columns(pages=3)
    path = tmp_path / "paper.pdf"
    path.write_bytes(doc.pdf)
    return doc, library.ingest(path).article


def _on_page(doc, page: int):
    return next(p for p in doc.paragraphs if p.kind == "paragraph" and p.first_page == p.last_page == page)


def test_a_stored_pdf_keeps_its_pages_and_a_quote_is_cited_by_page(library: Library, paper) -> None:
    doc, article = paper
    again = library.get(article.id)
    assert again.kind == PDF and again.content.pages == article.content.pages and len(again.content.pages) == 3
    paragraph = _on_page(doc, 2).text
    start = article.content.text.index(paragraph) + len(paragraph) // 3
    h = library.annotations.add(article.id, start, start + 30)
    assert quote_with_citation(again, h, "apa").endswith(", 2026, p. 2)")
    assert quote_with_citation(again, h, "mla").endswith(" 2)") and ", 2)" not in quote_with_citation(again, h, "mla")
    assert quote_with_citation(again, h, "chicago").endswith(" 2026, 2)")
    assert "· p. 2 ·" in annotations_markdown(library, article.id)
    (row,) = csv.DictReader(io.StringIO(highlights_csv(library, [article.id])))
    assert row["page"] == "2"
    w3c = annotation_json(again, h, {label.color: label for label in library.annotations.labels()})
    assert {"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3778", "value": "page=2"} in w3c[
        "target"
    ]["selector"]
    assert w3c["target"]["reader:page"] == "2"


def test_a_quote_across_a_page_break_is_cited_with_both_pages(library: Library, paper) -> None:
    doc, article = paper
    across = next(p for p in doc.paragraphs if p.kind == "paragraph" and p.last_page == p.first_page + 1)
    start = article.content.text.index(across.text)
    h = library.annotations.add(article.id, start, start + len(across.text))
    assert quote_with_citation(article, h, "apa").endswith(f"pp. {across.first_page}\u2013{across.last_page})")


def test_fix_extraction_keeps_every_page_on_its_words(library: Library, paper) -> None:
    doc, article = paper
    target = _on_page(doc, 3).text
    first = next(i for i, b in enumerate(article.content.body) if b.kind.value == "paragraph")
    after = library.versions.drop_block(article.id, first).article
    starts = block_starts(after.content.body)
    index = [b.text for b in after.content.body].index(target)
    assert page_at(after.content.pages, starts[index]) == "3"
    put_back = library.versions.restore_removed(article.id, len(after.content.removed) - 1).article
    starts = block_starts(put_back.content.body)
    index = [b.text for b in put_back.content.body].index(target)
    assert page_at(put_back.content.pages, starts[index]) == "3"


def test_clean_json_gives_the_pages(tmp_path, capsys) -> None:
    from reader.cli import main

    doc = with_footnotes()
    path = tmp_path / "notes.pdf"
    path.write_bytes(doc.pdf)
    assert main(["clean", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == doc.title and len(data["pages"]) == doc.pages
    assert data["pages"][0] == 0 and all(0 < p < len(data["text"]) for p in data["pages"][1:])
    assert data["page_labels"] == [str(n) for n in range(1, doc.pages + 1)]
