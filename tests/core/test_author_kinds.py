"""An author is a person or an organisation (issue 13, item 13): from the page's JSON-LD, from a
name that plainly is one, or as the user says in the article's details; kept in the library
(old libraries, stored before the kind existed, stay readable) and used by every citation style."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from reader.core.citing.cite import cite
from reader.core.citing.names import kind_of, looks_like_organization, same_person
from reader.core.cleaning import clean_html
from reader.core.cleaning.jsonld import json_ld_authors
from reader.core.errors import ArticleNotFound, ReaderError
from reader.core.importers import ImportedArticle
from reader.core.library import Library
from reader.core.models import ORGANIZATION, PERSON, Author, CleanedArticle
from reader.core.serialize import authors_from_json, authors_to_json

from .export.conftest import cleaned

WMO = "World Meteorological Organization"
ACCESSED = date(2025, 1, 15)


@pytest.mark.parametrize(
    "name",
    [
        WMO,
        "World Health Organisation",
        "Environment Agency",
        "Ministry of Health",
        "Bristol City Council",
        "Royal Society",
        "Pew Research Center",
        "Met Office",
        "National Weather Service",
        "Reuters",
        "AFP",
        "The Associated Press",
        "Herald Staff",
        "Kementerian Kesehatan",
        "Badan Pusat Statistik",
        "Dinas Perhubungan Kota Bandung",
        "Pemerintah Provinsi Jawa Barat",
        "Tim Redaksi",
        "BMKG",
        "Universitas Gadjah Mada",
        "Comisión Europea",
    ],
)
def test_plain_organisation_names(name: str) -> None:
    assert looks_like_organization(name)
    assert kind_of(Author(name)) == ORGANIZATION


@pytest.mark.parametrize(
    "name",
    [
        "Rachel Ingleby",
        "M Nur Pakar",
        "Kim Jong Un",
        "Dafydd ap Gwilym",
        "Efe Okoro",
        "Robert Service",
        "Tom Post",
        "Dewan Hasan",
        "Sukarno",
        "Ana María López",
    ],
)
def test_people_are_people(name: str) -> None:
    assert not looks_like_organization(name)
    assert kind_of(Author(name)) == PERSON


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Q Admin", "q_admin", True),  # a user name and the name it shows
        ("Andrew Keaveney", "andrew.keaveney", True),
        ("USA TODAY", ", USA TODAY", True),
        ("Rebecca Lake", "Rebecca Lake, CEPF®", True),  # a credential after a comma
        ("Tina Flint Huffman", "Tina Huffman", True),  # a middle name written once
        ("Tina Huffman", "Tom Huffman", False),
        ("Tina Huffman", "Tina Huffman Smith", False),  # another family name, not a middle one
        ("Ann Lowe", "Ann Lowe-Parry", False),
        ("", "", False),
    ],
)
def test_one_person_written_two_ways(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same and same_person(b, a) is same


def test_the_kind_said_outright_wins_over_the_name() -> None:
    assert kind_of(Author("Tom Press", kind=PERSON)) == PERSON
    assert kind_of(Author("Fairfax Media Holdings", kind=ORGANIZATION)) == ORGANIZATION


# -- stored, and old libraries ---------------------------------------------------------------------


def test_kind_and_title_survive_the_json() -> None:
    authors = (
        Author(WMO, "author", ORGANIZATION),
        Author("Alice Ingleby", "reporter", PERSON, "Local Democracy Reporter"),
        Author("Rachel Ingleby"),
    )
    assert authors_from_json(authors_to_json(authors)) == authors
    # only what is said is written: an author with nothing more stores as before
    assert json.loads(authors_to_json((Author("Rachel Ingleby"),))) == [{"name": "Rachel Ingleby", "role": "author"}]


def _article(library: Library, **kwargs: object):
    c = cleaned(**kwargs)  # type: ignore[arg-type]
    return library.add(ImportedArticle("text", c.text, c), source="/tmp/inputs/flood.txt")


def test_an_old_library_row_reads_as_people_unless_plainly_an_organisation(library: Library) -> None:
    article = _article(library, authors=())
    old = json.dumps([{"name": WMO, "role": "author"}, {"name": "Rachel Ingleby", "role": "author"}])
    with closing(sqlite3.connect(library.path)) as raw, raw:  # a row as an older Reader wrote it
        raw.execute("UPDATE articles SET authors = ? WHERE id = ?", (old, article.id))
    stored = library.get(article.id)
    assert [(a.name, a.kind) for a in stored.content.authors] == [(WMO, ""), ("Rachel Ingleby", "")]
    assert [kind_of(a) for a in stored.content.authors] == [ORGANIZATION, PERSON]
    item = json.loads(cite(stored, "csl-json", ACCESSED))[0]
    assert item["author"] == [{"literal": WMO}, {"family": "Ingleby", "given": "Rachel"}]


def test_set_authors_keeps_kinds_and_is_searched(library: Library, tmp_path: Path) -> None:
    article = _article(library, authors=(("Fairfax Media Holdings", "author"),))
    changed = library.set_authors(
        article.id,
        [
            Author("  Fairfax   Media Holdings ", "author", ORGANIZATION),
            Author("Tom Press", "reporter", PERSON, "Court Reporter"),
            Author("Dana Whitfield", "editor"),
        ],
    )
    assert changed.content.authors == (
        Author("Fairfax Media Holdings", "author", ORGANIZATION),
        Author("Tom Press", "reporter", PERSON, "Court Reporter"),
        Author("Dana Whitfield", "editor"),
    )
    assert changed.version_id == article.version_id and changed.content.text == article.content.text
    assert [r.article_id for r in library.search("author:Whitfield")] == [article.id]
    library.close()
    with Library.open(tmp_path / "library.sqlite3") as again:  # kept in the file
        kept = again.get(article.id)
        assert kept.content.authors == changed.content.authors
        assert cite(kept, "apa", ACCESSED).startswith("Fairfax Media Holdings, & Press, T. (2024, March 3).")


@pytest.mark.parametrize(
    ("author", "message"),
    [
        (Author("  "), "needs a name"),
        (Author("Dana Whitfield", "ghostwriter"), "unknown role"),
        (Author("Dana Whitfield", "author", "robot"), "person or an organization"),
    ],
)
def test_set_authors_refuses_what_cannot_be_stored(library: Library, author: Author, message: str) -> None:
    article = _article(library)
    with pytest.raises(ReaderError, match=message):
        library.set_authors(article.id, [author])
    assert library.get(article.id).content.authors == article.content.authors


def test_set_authors_on_a_missing_article(library: Library) -> None:
    with pytest.raises(ArticleNotFound):
        library.set_authors(12345, [Author("Dana Whitfield")])


def test_a_library_folder_export_keeps_the_kind(library: Library, other_library: Library, tmp_path: Path) -> None:
    from reader.core.export.library_folder import export_library_folder, import_library_folder

    article = _article(library, authors=())
    library.set_authors(
        article.id,
        [
            Author("Fairfax Media Holdings", "author", ORGANIZATION),
            Author("Alice Ingleby", "author", "", "Local Democracy Reporter"),
        ],
    )
    export_library_folder(library, tmp_path / "export")
    import_library_folder(other_library, tmp_path / "export")
    [copy] = other_library.list_articles()
    assert other_library.get(copy.id).content.authors == library.get(article.id).content.authors


@pytest.fixture
def other_library(tmp_path: Path):
    lib = Library.open(tmp_path / "other.sqlite3")
    yield lib
    lib.close()


# -- from the page's JSON-LD ---------------------------------------------------------------------

BODY = "".join(
    f"<p>Paragraph {i} on the weather and the climate, long enough to count as a real paragraph of "
    "the article's text for the extractor.</p>"
    for i in range(8)
)


def _page(author_json: str, byline: str = "") -> str:
    data = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Heat records broken",'
        f' "author": {author_json}, "publisher": {{"@type": "Organization", "name": "The Herald"}}}}'
    )
    return (
        f'<html lang="en"><head><title>Heat records broken</title><script type="application/ld+json">{data}'
        f"</script></head><body><article><h1>Heat records broken</h1>{byline}{BODY}</article></body></html>"
    )


def test_json_ld_organisation_author_is_kept_and_marked() -> None:
    article = clean_html(_page(f'{{"@type": "Organization", "name": "{WMO}"}}'))
    assert article.authors == (Author(WMO, "author", ORGANIZATION),)


def test_json_ld_says_which_is_which() -> None:
    page = _page(
        '[{"@type": "Person", "name": "Alice Ingleby"}, {"@type": "NewsMediaOrganization", "name": "Reuters"},'
        ' {"@type": "Person", "name": "Tom Press"}]'
    )
    assert [(a.name, a.kind) for a in clean_html(page).authors] == [
        ("Alice Ingleby", PERSON),
        ("Reuters", ORGANIZATION),
        ("Tom Press", PERSON),
    ]


def test_json_ld_references_by_id_are_followed() -> None:
    data = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "Article", "@id": "#article", "author": {"@id": "#org"}},
                {
                    "@type": ["GovernmentOrganization"],
                    "@id": "#org",
                    "name": "Badan Meteorologi, Klimatologi, dan Geofisika",
                },
            ],
        }
    )
    html = f'<script type="application/ld+json">{data}</script>'
    authors, kinds = json_ld_authors(html)
    assert authors == [Author("Badan Meteorologi, Klimatologi, dan Geofisika", "author", ORGANIZATION)]
    assert kinds == {"badan meteorologi, klimatologi, dan geofisika": ORGANIZATION}


def test_the_publisher_beside_a_person_is_not_an_author() -> None:
    page = _page('[{"@type": "Person", "name": "Alice Ingleby"}, {"@type": "Organization", "name": "The Herald"}]')
    assert [a.name for a in clean_html(page).authors] == ["Alice Ingleby"]


@pytest.mark.parametrize(
    "script",
    [
        "{not json",
        "[" * 100_000 + "]" * 100_000,
        '{"author": 1' + "0" * 5000 + "}",
        '{"author": [null, 3, {"name": 7}, {"@id": "#nowhere"}]}',
    ],
)
def test_broken_json_ld_is_ignored(script: str) -> None:
    assert json_ld_authors(f'<script type="application/ld+json">{script}</script>') == ([], {})


def test_a_person_found_in_the_byline_gets_the_json_ld_kind() -> None:
    page = _page('{"@type": "Person", "name": "Fairfax Media"}', byline="<p>By Fairfax Media</p>")
    [author] = clean_html(page).authors
    assert (author.name, author.kind) == ("Fairfax Media", PERSON)


def test_cleaned_article_default_is_unchanged() -> None:
    assert CleanedArticle(title="t", body=()).authors == ()
    assert Author("Rachel Ingleby") == Author("Rachel Ingleby", "author", "", "")


def test_json_ld_scanning_stays_linear_on_hostile_pages() -> None:
    import time

    for page in (
        '<script type="application/ld+json">' * 50_000,
        "<script " + "a" * 2_000_000,
        '<script type="application/ld+json">{"author": "A"}</script>' * 20_000,
    ):
        start = time.monotonic()
        json_ld_authors(page)
        assert time.monotonic() - start < 2.0
