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
    ids = {library.import_file(write(f"{town}.txt", f"Harbour news from {town}\n\nThe harbour master of {town} "
                                    f"reported {n} ships and a quiet week on the quays.\n")).id: town
           for n, town in enumerate(towns)}
    library.annotations.add_quote(next(iter(ids)), "a quiet week", color="yellow", note="harbourside cafés")
    for query in ("harbour", "harb*", "quays"):
        results = library.search(query)
        assert {r.article_id for r in results} == set(ids)
        for r in results:
            if r.matched_in == "article":
                assert ids[r.article_id] in r.snippet and "\x02" in r.snippet, (query, r)


def test_highlights_and_notes_are_found_and_say_so(lib) -> None:
    h = lib.annotations.add_quote(lib.ids["rice"], "panen mundur akibat hujan", color="red",
                                  note="Check with the farmers' cooperative")
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
    lib.reimport_file(lib.ids["flood"], write("flood2.txt", FLOOD.replace("Riverton", "Lakeside")))
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


@pytest.mark.parametrize("text", ['multi-agent', '"unbalanced', 'AND', 'OR NOT', '*', '-', 'NEAR(a b)', '^x',
                                  'a:b', 'tag:', '"', "col:val", "(((", "\x00river\x01", "title:flood",
                                  "before:notadate", "http://x.org/a?b=c"])
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
    assert plain_markdown("see [the \x02paper\x03](http://x.invalid) and ![a map](m.png)") == \
        "see the \x02paper\x03 and a map"
    assert plain_markdown("2*3*4 = 24, a * b") == "2*3*4 = 24, a * b"  # not emphasis: left alone
