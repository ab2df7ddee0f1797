"""Search over articles, highlights and notes; the query language; tags, states, saved searches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.library import Library
from reader.core.search.query import parse

FLOOD = """Flood wall holds as river peaks

By Rachel Ingleby

The river rose overnight and flooded the lower town of Riverton, the council said on Monday.

Engineers said the old flood wall had held better than expected during the night.
"""
RICE = """Harga beras naik di pasar Surabaya

Oleh Anisa Rahmawati

Harga beras medium di pasar tradisional Surabaya naik Rp 1.500 per kilogram dalam sebulan terakhir.

Pedagang mengatakan pasokan dari petani berkurang karena panen mundur akibat hujan.
"""
CAFE = """Café owners fear the rent rise

By Marie Dubois

Owners of small cafés in the old quarter say the new rents will close a third of them.

The multi-agent negotiation between the council and landlords has stalled since March.
"""


@pytest.fixture
def lib(library: Library, write):
    ids = {}
    for name, text in (("flood", FLOOD), ("rice", RICE), ("cafe", CAFE)):
        ids[name] = library.import_file(write(f"{name}.txt", text)).id
    library.ids = ids
    return library


def ids_of(results) -> list[int]:
    return [r.article_id for r in results]


def test_words_phrases_prefixes_and_excludes(lib) -> None:
    assert ids_of(lib.search("river")) == [lib.ids["flood"]]
    assert ids_of(lib.search('"flood wall"')) == [lib.ids["flood"]]
    assert ids_of(lib.search('"wall flood"')) == []
    assert ids_of(lib.search("engin*")) == [lib.ids["flood"]]
    assert set(ids_of(lib.search("council"))) == {lib.ids["flood"], lib.ids["cafe"]}
    assert ids_of(lib.search("council -river")) == [lib.ids["cafe"]]


def test_title_site_and_author_are_searched(lib) -> None:
    assert ids_of(lib.search("Ingleby")) == [lib.ids["flood"]]
    assert ids_of(lib.search("author:Rahmawati")) == [lib.ids["rice"]]


def test_diacritics_and_case_are_folded_in_both_languages(lib) -> None:
    assert ids_of(lib.search("CAFE")) == [lib.ids["cafe"]]
    assert ids_of(lib.search("cafés")) == [lib.ids["cafe"]]
    assert ids_of(lib.search("Beras surabaya")) == [lib.ids["rice"]]


def test_snippet_marks_the_match(lib) -> None:
    [result] = lib.search("overnight")
    assert "\x02overnight\x03" in result.snippet
    assert result.matched_in == "article"


def test_each_result_gets_its_own_snippet_also_for_prefixes_and_many_rows(library: Library, write) -> None:
    towns = ["Arnhem", "Bergen", "Cadiz", "Dover", "Essen", "Faro", "Genoa", "Hull"]
    ids = {
        library.import_file(
            write(
                f"{town}.txt",
                f"Harbour news from {town}\n\nThe harbour master of {town} "
                f"reported {n} ships and a quiet week on the quays.\n",
            )
        ).id: town
        for n, town in enumerate(towns)
    }
    library.annotations.add_quote(next(iter(ids)), "a quiet week", color="yellow", note="harbourside cafés")
    for query in ("harbour", "harb*", "quays"):
        results = library.search(query)
        assert {r.article_id for r in results} == set(ids)
        for r in results:
            if r.matched_in == "article":
                assert ids[r.article_id] in r.snippet and "\x02" in r.snippet, (query, r)


def test_highlights_and_notes_are_found_and_say_so(lib) -> None:
    h = lib.annotations.add_quote(
        lib.ids["rice"], "panen mundur akibat hujan", color="red", note="Check with the farmers' cooperative"
    )
    lib.annotations.set_article_note(lib.ids["cafe"], "Useful for the housing essay")
    [by_note] = lib.search("cooperative")
    assert by_note.matched_in == "note" and by_note.highlight_id == h.id
    [by_article_note] = lib.search("essay")
    assert by_article_note.matched_in == "note" and by_article_note.highlight_id is None
    [by_highlight] = lib.search("panen in:highlights")
    assert by_highlight.matched_in == "highlight" and by_highlight.highlight_id == h.id
    assert ids_of(lib.search("essay in:highlights")) == []
    assert ids_of(lib.search("color:red")) == [lib.ids["rice"]]
    assert ids_of(lib.search('label:"claim to check" hujan')) == [lib.ids["rice"]]
    assert set(ids_of(lib.search("has:notes"))) == {lib.ids["rice"], lib.ids["cafe"]}
    lib.annotations.delete(h.id)
    assert ids_of(lib.search("cooperative")) == []  # the note went with its highlight


def test_tags_all_must_match(lib) -> None:
    lib.organize.add_tags([lib.ids["flood"], lib.ids["cafe"]], ["local"])
    lib.organize.add_tags([lib.ids["cafe"]], ["Housing Essay"])
    assert set(ids_of(lib.search("tag:local"))) == {lib.ids["flood"], lib.ids["cafe"]}
    assert ids_of(lib.search('tag:local tag:"housing essay"')) == [lib.ids["cafe"]]
    assert ids_of(lib.search("tag:local council -cafés")) == [lib.ids["flood"]]
    assert [(t.name, t.count) for t in lib.organize.tag_counts()] == [("Housing Essay", 1), ("local", 2)]
    lib.organize.remove_tags([lib.ids["cafe"]], ["Housing Essay"])
    assert [t.name for t in lib.organize.tag_counts()] == ["local"]


def test_reading_state_and_dates(lib) -> None:
    lib.organize.set_position(lib.ids["rice"], 0.4)
    assert lib.organize.state(lib.ids["rice"]) == "reading"
    lib.organize.set_state([lib.ids["cafe"]], "archived")
    assert ids_of(lib.search("is:reading")) == [lib.ids["rice"]]
    assert ids_of(lib.search("is:archived council")) == [lib.ids["cafe"]]
    assert set(ids_of(lib.search("is:unread"))) == {lib.ids["flood"]}
    assert len(lib.search("after:2000")) == 3
    assert lib.search("before:2000") == []


def test_new_versions_are_reindexed_and_deleted_articles_leave_the_index(lib, write) -> None:
    lib.ingest(write("flood2.txt", FLOOD.replace("Riverton", "Lakeside")), into=lib.ids["flood"])
    assert ids_of(lib.search("Lakeside")) == [lib.ids["flood"]]
    assert ids_of(lib.search("Riverton")) == []
    lib.delete([lib.ids["flood"]])
    assert lib.search("engineers") == []


def test_saved_searches(lib) -> None:
    saved = lib.organize.save_search("Unread local", "tag:local is:unread")
    assert [s.name for s in lib.organize.saved_searches()] == ["Unread local"]
    lib.organize.save_search("Unread local", "tag:local")
    assert lib.organize.saved_searches()[0].query == "tag:local"
    lib.organize.delete_saved_search(saved.id)
    assert lib.organize.saved_searches() == []


@pytest.mark.parametrize(
    "text",
    [
        "multi-agent",
        '"unbalanced',
        "AND",
        "OR NOT",
        "*",
        "-",
        "NEAR(a b)",
        "^x",
        "a:b",
        "tag:",
        '"',
        "col:val",
        "(((",
        "\x00river\x01",
        "title:flood",
        "before:notadate",
        "http://x.org/a?b=c",
    ],
)
def test_malformed_queries_are_plain_words(lib, text: str) -> None:
    lib.search(text)  # never raises
    if text == "multi-agent":
        assert ids_of(lib.search(text)) == [lib.ids["cafe"]]
    if text == "\x00river\x01":
        assert ids_of(lib.search(text)) == [lib.ids["flood"]]


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=80))
def test_the_parser_never_fails(text: str) -> None:
    query = parse(text)
    expression = query.match_expression()
    assert "\x00" not in expression


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_search_never_raises(tmp_path_factory, text: str) -> None:
    library = _shared_library(tmp_path_factory)
    library.search(text)


_LIBRARY: list[Library] = []


def _shared_library(factory) -> Library:
    if not _LIBRARY:
        path = factory.mktemp("search") / "lib.sqlite3"
        lib = Library.open(path)
        from reader.core.importers import read_article

        lib.add(read_article(FLOOD.encode(), "f.txt"), source="f")
        _LIBRARY.append(lib)
    return _LIBRARY[0]


def test_the_tags_of_many_articles_in_one_call(lib) -> None:
    lib.organize.add_tags([lib.ids["flood"], lib.ids["cafe"]], ["local"])
    lib.organize.add_tags([lib.ids["cafe"]], ["Housing Essay"])
    assert lib.organize.tags_of_many([lib.ids["flood"]]) == {"local"}
    assert lib.organize.tags_of_many([lib.ids["flood"], lib.ids["cafe"]]) == {"local", "Housing Essay"}
    assert lib.organize.tags_of_many([]) == set()
    many = [lib.ids["cafe"]] + list(range(100_000, 101_200))  # more ids than one query takes
    assert lib.organize.tags_of_many(many) == {"local", "Housing Essay"}


def test_plain_markdown_keeps_the_words_and_the_match_marks() -> None:
    from reader.core.markdown_text import plain_markdown

    assert plain_markdown("**Bold \x02claim\x03** here") == "Bold \x02claim\x03 here"
    assert plain_markdown("# Heading\n> quoted \x02word\x03") == "Heading\nquoted \x02word\x03"
    assert plain_markdown("- item *with* _em_ and snake_case_name") == "item with em and snake_case_name"
    assert (
        plain_markdown("see [the \x02paper\x03](http://x.invalid) and ![a map](m.png)")
        == "see the \x02paper\x03 and a map"
    )
    assert plain_markdown("2*3*4 = 24, a * b") == "2*3*4 = 24, a * b"  # not emphasis: left alone


# -- site: and author: take their value literally (issue 13, item 10) ------------------------------


def _page(title: str, site: str, author: str) -> bytes:
    return (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
        f'<meta name="author" content="{author}"></head><body><article><h1>{title}</h1>'
        f"<p>The harbour master said on Monday that the new pontoons would open before the summer "
        f"season, after two years of delays and a long argument about the cost.</p>"
        f"<p>Fishing boats will keep their moorings at the north quay while the work goes on.</p>"
        f"</article></body></html>"
    ).encode()


@pytest.fixture
def sites(library: Library):
    """Sites and authors that hold LIKE's wildcards and escape character, and near misses of them."""
    rows = {
        "underscore": ("Pontoons open", "Harbour_News", "@j_doe", "https://harbour-news.example/a"),
        "space": ("Pontoons delayed", "Harbour News", "J Doe", "https://harbournews.example/b"),
        "percent": ("Pontoon prices", "50% Off Weekly", "Rita Okafor", "https://deals.example/c"),
        "fifty": ("Route 50 pontoons", "Route 50 Daily", "Sam Reyes", "https://route50.example/d"),
        "backslash": ("Pontoon plans", "Back\\slash Times", "Ann Lee", "https://backslash.example/e"),
        "nobody": ("Pontoon rules", "Quay Gazette", "", "https://quay.example/f"),
    }
    ids = {}
    for key, (title, site, author, url) in rows.items():
        ids[key] = library.import_bytes(_page(title, site, author), f"{key}.html", url=url).id
    library.ids = ids
    return library


def _keys(lib, text: str) -> set[str]:
    names = {v: k for k, v in lib.ids.items()}
    return {names[r.article_id] for r in lib.search(text)}


def test_the_sites_and_authors_are_stored_as_the_tests_expect(sites) -> None:
    assert sites.get(sites.ids["percent"]).content.site_name == "50% Off Weekly"
    assert sites.get(sites.ids["backslash"]).content.site_name == "Back\\slash Times"
    assert [a.name for a in sites.get(sites.ids["underscore"]).content.authors] == ["@j_doe"]
    assert [a.name for a in sites.get(sites.ids["space"]).content.authors] == ["J Doe"]
    assert sites.get(sites.ids["nobody"]).content.authors == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("site:%", {"percent"}),
        ("site:%%", set()),
        ("site:50%", {"percent"}),
        ('site:"50% off"', {"percent"}),
        ("site:50", {"percent", "fifty"}),
        ("site:_", {"underscore"}),
        ("site:harbour_news", {"underscore"}),
        ("site:harbour", {"underscore", "space"}),
        ("site:\\", {"backslash"}),
        ("site:back\\slash", {"backslash"}),
        ("site:back\\\\slash", set()),
        ("site:\\%", set()),
        ("site:\\_", set()),
        ("site:route50.example", {"fifty"}),  # the URL counts too
        ("site:route_0", set()),
    ],
)
def test_site_takes_wildcards_literally(sites, text: str, expected: set[str]) -> None:
    assert _keys(sites, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("author:_", {"underscore"}),
        ("author:%", set()),
        ("author:j_doe", {"underscore"}),
        ("author:J_Doe", {"underscore"}),
        ('author:"j doe"', {"space"}),
        ("author:\\", set()),
        ("author:okafor", {"percent"}),
        ("author:name", set()),  # a key of the stored JSON, not a name
        ("author:role", set()),
        ('author:"', set()),
        ("author:{", set()),
    ],
)
def test_author_takes_wildcards_literally_and_matches_names_only(sites, text: str, expected: set[str]) -> None:
    assert _keys(sites, text) == expected


def test_wildcards_in_filters_with_words(sites) -> None:
    assert _keys(sites, "pontoons site:%") == {"percent"}
    assert _keys(sites, "pontoons author:_ site:_") == {"underscore"}
    assert _keys(sites, "moorings author:%") == set()


def test_the_like_pattern_escapes_its_wildcards_and_escape_character() -> None:
    from reader.core.search.engine import contains_pattern

    assert contains_pattern("plain") == "%plain%"
    assert contains_pattern("50%") == "%50\\%%"
    assert contains_pattern("a_b") == "%a\\_b%"
    assert contains_pattern("back\\slash") == "%back\\\\slash%"
    assert contains_pattern("\\%_") == "%\\\\\\%\\_%"


def test_an_unreadable_byline_in_the_library_is_no_match_and_no_error(sites, tmp_path) -> None:
    import sqlite3

    with sqlite3.connect(tmp_path / "library.sqlite3") as conn:  # a damaged row, as another tool may leave it
        conn.execute("UPDATE articles SET authors = 'not json {' WHERE id = ?", (sites.ids["percent"],))
        conn.execute("UPDATE articles SET authors = '[\"Rita Okafor\", 7, null]' WHERE id = ?", (sites.ids["fifty"],))
    conn.close()
    assert _keys(sites, "author:okafor") == set()
    assert _keys(sites, "author:j_doe") == {"underscore"}
