"""The W3C export as other tools read it: expanded by a JSON-LD processor (pyld, the reference
implementation) without loss, no local paths, orphans without positions that select other words;
and import: every skipped annotation named with its reason, positions-only annotations placed on
the text they were made on, tagging bodies kept, and the format before this one still read."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from reader.core.annotation_import import import_annotations
from reader.core.export.w3c import CONTEXT, VOCAB, dumps, export_annotations, join_tags, note_tags
from reader.core.importers import ImportedArticle
from reader.core.library import Library
from reader.core.models import Article, Block, BlockKind
from reader.core.stamps import text_hash

from .conftest import cleaned

OA = "http://www.w3.org/ns/oa#"
AS = "https://www.w3.org/ns/activitystreams#"
SCHEMA = "http://schema.org/"
RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _link(iri: str) -> dict[str, str]:
    return {"@id": iri, "@type": "@id"}


# The terms of the Web Annotation vocabulary that Reader's export uses, mapped to their IRIs (the
# vocabulary's names, written out here for the test: the published context document is not ours to
# copy, and the test never goes to the network for it).
ANNO_TERMS: dict[str, Any] = {
    "oa": OA,
    "as": AS,
    "schema": SCHEMA,
    "xsd": XSD,
    "dcterms": "http://purl.org/dc/terms/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "id": {"@id": "@id", "@type": "@id"},
    "type": {"@id": "@type", "@type": "@id"},
    "Annotation": "oa:Annotation",
    "AnnotationCollection": "as:OrderedCollection",
    "AnnotationPage": "as:OrderedCollectionPage",
    "TextualBody": "oa:TextualBody",
    "Software": "as:Application",
    "TextQuoteSelector": "oa:TextQuoteSelector",
    "TextPositionSelector": "oa:TextPositionSelector",
    "highlighting": "oa:highlighting",
    "commenting": "oa:commenting",
    "tagging": "oa:tagging",
    "motivation": {"@id": "oa:motivatedBy", "@type": "@vocab"},
    "purpose": {"@id": "oa:hasPurpose", "@type": "@vocab"},
    "body": _link("oa:hasBody"),
    "target": _link("oa:hasTarget"),
    "source": _link("oa:hasSource"),
    "selector": _link("oa:hasSelector"),
    "generator": _link("as:generator"),
    "first": _link("as:first"),
    "partOf": _link("as:partOf"),
    "items": {"@id": "as:items", "@type": "@id", "@container": "@list"},
    "exact": "oa:exact",
    "prefix": "oa:prefix",
    "suffix": "oa:suffix",
    "value": "rdf:value",
    "format": "dc:format",
    "label": "rdfs:label",
    "name": "foaf:name",
    "created": {"@id": "dcterms:created", "@type": "xsd:dateTime"},
    "modified": {"@id": "dcterms:modified", "@type": "xsd:dateTime"},
    "generated": {"@id": "dcterms:issued", "@type": "xsd:dateTime"},
    "start": {"@id": "oa:start", "@type": "xsd:nonNegativeInteger"},
    "end": {"@id": "oa:end", "@type": "xsd:nonNegativeInteger"},
    "total": {"@id": "as:totalItems", "@type": "xsd:nonNegativeInteger"},
    "startIndex": {"@id": "as:startIndex", "@type": "xsd:nonNegativeInteger"},
}


def offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    """Serves the annotation context from the test; any other document is refused (no network)."""
    if url.rstrip("/") != CONTEXT:
        raise AssertionError(f"the JSON-LD processor asked for {url}")
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": ANNO_TERMS}}


def expand(doc: Any) -> list[dict[str, Any]]:
    return jsonld.expand(doc, {"documentLoader": offline_loader})


def values(node: Any, prop: str) -> list[Any]:
    """Every value of `prop` anywhere in an expanded document (@value, or @id for links)."""
    found: list[Any] = []
    if isinstance(node, list):
        for item in node:
            found += values(item, prop)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == prop:
                for v in value if isinstance(value, list) else [value]:
                    if isinstance(v, dict) and "@list" in v:
                        found += v["@list"]
                    else:
                        found.append(v.get("@value", v.get("@id", v)) if isinstance(v, dict) else v)
            found += values(value, prop)
    return found


def nodes(node: Any, rdf_type: str) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, list):
        for item in node:
            found += nodes(item, rdf_type)
    elif isinstance(node, dict):
        if rdf_type in node.get("@type", []):
            found.append(node)
        for value in node.values():
            found += nodes(value, rdf_type)
    return found


def make_status(library: Library, h, status: str, **changes: Any):
    library.annotations.delete(h.id)
    return library.annotations.restore(h._replace(status=status, **changes))


@pytest.fixture
def annotated(library: Library, add_article) -> list[Article]:
    """An article with a URL and one from a file without one: notes, labels, tags, a moved one, an orphan."""
    first = add_article(authors=(("Rachel Ingleby", "author"), ("Dana Whitfield", "editor")), language="en")
    second = add_article(
        title="Council backs new pumps",
        url="",
        source="/home/me/private/pumps.txt",
        body=(
            Block(BlockKind.PARAGRAPH, "The council voted on Tuesday to buy four new pumps."),
            Block(BlockKind.PARAGRAPH, "The pumps will cost £2m, officials said."),
        ),
    )
    a = library.annotations
    a.add_quote(first.id, "the lower town", color="red", note='Check with the **council**.\n\nTags: floods, "a, b"')
    a.add_quote(first.id, "the old flood wall had held", color="green")
    moved = a.add_quote(first.id, "nobody was hurt", color="blue", note="Who said so?")
    make_status(library, moved, "moved", exact="nobody was injured")  # on words that differ from its quote
    orphan = a.add_quote(first.id, "school hall", color="purple", note="Orphaned note")
    make_status(library, orphan, "orphaned", exact="a sentence that was removed")
    a.add_quote(second.id, "four new pumps", color="orange", note="£2m — *check*")
    a.set_article_note(first.id, "Follow up with the mayor.")
    a.set_article_note(second.id, "Ask about the pumps.")
    return [first, second]


# -- item 16: the export as a JSON-LD processor reads it ---------------------------------------------


def test_expansion_keeps_every_quote_note_and_readers_metadata(library: Library, annotated: list[Article]) -> None:
    doc = json.loads(dumps(export_annotations(library)))
    expanded = expand(doc)
    highlights = [h for a in annotated for h in library.annotations.for_article(a.id)]
    assert sorted(values(expanded, OA + "exact")) == sorted(h.exact for h in highlights)
    bodies = values(expanded, RDF_VALUE)
    for h in highlights:
        comment, tags = note_tags(h.note)
        if comment.strip():
            assert comment in bodies
        for tag in tags:
            assert tag in bodies
    assert sorted(values(expanded, VOCAB + "color")) == sorted(h.color for h in highlights)
    assert sorted(values(expanded, VOCAB + "status")) == sorted(h.status for h in highlights)
    assert values(expanded, VOCAB + "format") == [2]
    # the page has an id, and is the collection's first page
    (page,) = nodes(expanded, AS + "OrderedCollectionPage")
    assert page["@id"] == doc["first"]["id"] and page["@id"].startswith("urn:uuid:")
    assert values(expanded, AS + "partOf") == [doc["id"]]
    # the article records, in schema.org terms
    (collection,) = nodes(expanded, AS + "OrderedCollection")
    records = {r["@id"]: r for r in collection[VOCAB + "articles"]}
    flood = records[f"reader://article/{annotated[0].id}"]
    assert flood["@type"] == [SCHEMA + "Article"]
    assert values(flood, SCHEMA + "headline") == ["Flood wall holds as river peaks"]
    assert values(flood, SCHEMA + "url") == ["https://herald.example/news/flood-wall"]
    assert values(flood, SCHEMA + "datePublished") == ["2024-03-03"]
    assert values(flood, SCHEMA + "inLanguage") == ["en"]
    assert values(flood[SCHEMA + "publisher"], SCHEMA + "name") == ["The Herald"]
    assert values(flood[SCHEMA + "author"], SCHEMA + "name") == ["Rachel Ingleby"]
    assert values(flood[SCHEMA + "editor"], SCHEMA + "name") == ["Dana Whitfield"]
    assert values(flood, VOCAB + "textSha256") == [text_hash(annotated[0].content.text)]
    assert values(flood, VOCAB + "note") == ["Follow up with the mayor."]
    pumps = records[f"reader://article/{annotated[1].id}"]
    assert values(pumps, VOCAB + "note") == ["Ask about the pumps."]
    # every target names its article, as a link
    assert set(values(expanded, VOCAB + "article")) == set(records)


def test_no_local_path_and_sources_are_iris(library: Library, annotated: list[Article]) -> None:
    text = dumps(export_annotations(library))
    assert "/home/me" not in text and "pumps.txt" not in text
    sources = set(values(expand(json.loads(text)), OA + "hasSource"))
    assert sources == {
        "https://herald.example/news/flood-wall",
        f"urn:reader:article:sha256:{text_hash(annotated[1].content.text)}",
    }


def test_positions_that_select_other_words_are_not_a_selector(library: Library, annotated: list[Article]) -> None:
    doc = export_annotations(library)
    text = annotated[0].content.text
    for item in doc["first"]["items"]:
        selectors = item["target"]["selector"]
        quote = selectors[0]["exact"]
        positions = [s for s in selectors if s["type"] == "TextPositionSelector"]
        if item["reader:status"] == "orphaned" or quote == "nobody was injured":
            assert positions == [] and set(item["target"]["reader:position"]) == {"start", "end"}
        else:
            assert len(positions) == 1 and "reader:position" not in item["target"]
            if item["target"]["source"].startswith("https://"):
                assert text[positions[0]["start"] : positions[0]["end"]] == quote  # they select the quote


def copy_articles(source: Library, target: Library, ids: list[int]) -> dict[int, int]:
    mapping = {}
    for article_id in reversed(ids):
        article = source.get(article_id)
        mapping[article_id] = target.add(
            ImportedArticle(article.kind, article.content.text, article.content), source=f"/elsewhere/{article_id}.txt"
        ).id
    return mapping


FIELDS = ("exact", "prefix", "suffix", "start", "end", "color", "note", "status", "created_at", "updated_at")


def snapshot(library: Library, ids: list[int]) -> list[list[tuple[Any, ...]]]:
    return [[tuple(getattr(h, f) for f in FIELDS) for h in library.annotations.for_article(i)] for i in ids]


def test_the_new_form_comes_back_without_loss(
    library: Library, other_library: Library, annotated: list[Article]
) -> None:
    ids = [a.id for a in annotated]
    mapping = copy_articles(library, other_library, ids)
    report = import_annotations(other_library, dumps(export_annotations(library)))
    assert (report.imported, report.skipped, report.unmatched) == (5, [], {})
    assert snapshot(other_library, [mapping[i] for i in ids]) == snapshot(library, ids)
    for i in ids:
        assert other_library.annotations.article_note(mapping[i]) == library.annotations.article_note(i)


def test_what_a_json_ld_tool_writes_back_is_read(
    library: Library, other_library: Library, annotated: list[Article]
) -> None:
    """Expanded and compacted again by the processor (single values unwrapped): still imported whole."""
    ids = [a.id for a in annotated]
    doc = export_annotations(library)
    compacted = jsonld.compact(expand(doc), {"@context": doc["@context"]}, {"documentLoader": offline_loader})
    mapping = copy_articles(library, other_library, ids)
    report = import_annotations(other_library, compacted)
    assert report.imported == 5 and report.skipped == []
    assert snapshot(other_library, [mapping[i] for i in ids]) == snapshot(library, ids)


def test_the_previous_form_is_still_read(library: Library, add_article) -> None:
    """Format 1: no page id, plain keys in the article records, the file's path as source, positions for orphans."""
    article = add_article(url="", source="/home/me/flood.txt")
    text = article.content.text
    start = text.index("the lower town")
    old = {
        "@context": CONTEXT,
        "id": "urn:uuid:0c6c7a5e-0000-4000-8000-000000000001",
        "type": "AnnotationCollection",
        "total": 2,
        "reader:format": 1,
        "reader:articles": [
            {
                "id": "reader://article/9",
                "title": article.content.title,
                "url": "",
                "source": "/home/me/flood.txt",
                "textSha256": "0" * 64,
                "note": "An old note.",
            }
        ],
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": [
                {
                    "@context": CONTEXT,
                    "id": "reader://article/9#highlight-1",
                    "type": "Annotation",
                    "created": "2024-03-03T10:00:00Z",
                    "modified": "2024-03-04T10:00:00Z",
                    "body": [
                        {"type": "TextualBody", "value": "Old note", "purpose": "commenting"},
                        {"type": "TextualBody", "value": "Claim to check", "purpose": "tagging"},
                    ],
                    "target": {
                        "source": "reader://article/9",
                        "reader:article": "reader://article/9",
                        "selector": [
                            {"type": "TextQuoteSelector", "exact": "the lower town"},
                            {"type": "TextPositionSelector", "start": start, "end": start + 14},
                        ],
                    },
                    "reader:color": "red",
                    "reader:status": "anchored",
                },
                {
                    "@context": CONTEXT,
                    "id": "reader://article/9#highlight-2",
                    "type": "Annotation",
                    "body": [{"type": "TextualBody", "value": "Quote", "purpose": "tagging"}],
                    "target": {
                        "source": "reader://article/9",
                        "reader:article": "reader://article/9",
                        "selector": [
                            {"type": "TextQuoteSelector", "exact": "words long gone"},
                            {"type": "TextPositionSelector", "start": 3, "end": 18},
                        ],
                    },
                    "reader:color": "yellow",
                    "reader:status": "orphaned",
                },
            ],
        },
    }
    report = import_annotations(library, old)
    assert (report.imported, report.orphaned, report.article_notes, report.skipped) == (2, 1, 1, [])
    placed, orphan = library.annotations.for_article(article.id)
    assert (placed.exact, placed.start, placed.color, placed.note) == ("the lower town", start, "red", "Old note")
    assert placed.created_at == "2024-03-03T10:00:00+00:00" and orphan.exact == "words long gone"
    assert library.annotations.article_note(article.id) == "An old note."


# -- item 17: what import-annotations says and keeps ----------------------------------------------------


def foreign(ident: str, target: Any, *bodies: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {"@context": CONTEXT, "id": ident, "type": "Annotation", "target": target}
    if bodies:
        item["body"] = list(bodies)
    return item


def tag(value: str) -> dict[str, str]:
    return {"type": "TextualBody", "value": value, "purpose": "tagging"}


URL = "https://herald.example/news/flood-wall"


def test_each_skipped_annotation_is_named_with_its_reason(library: Library, add_article, capsys) -> None:
    add_article()
    doc = [
        foreign("https://hyp.example/a1", URL),  # a note on the whole page
        foreign("https://hyp.example/a2", {"source": URL, "selector": {"type": "FragmentSelector", "value": "p=2"}}),
        foreign(
            "https://hyp.example/a3",
            {
                "source": URL,
                "selector": [{"type": "CssSelector", "value": "p"}, {"type": "XPathSelector", "value": "/p"}],
            },
        ),
        foreign(
            "https://hyp.example/a4",
            {"source": URL, "selector": {"type": "TextPositionSelector", "start": 4, "end": 9}},
        ),
        foreign(
            "https://hyp.example/a5",
            {"source": URL, "selector": {"type": "TextQuoteSelector", "exact": "the lower town"}},
        ),
        {"type": "Annotation", "target": {"source": URL}},  # no id, no selector
    ]
    report = import_annotations(library, doc)
    assert report.imported == 1
    assert report.skipped == [
        "annotation 1 (id https://hyp.example/a1): its target has no selector: it is on the whole of "
        f"{URL}, not on words",
        "annotation 2 (id https://hyp.example/a2): its target has no TextQuoteSelector or TextPositionSelector, "
        "only FragmentSelector, which Reader cannot place on an article's text",
        "annotation 3 (id https://hyp.example/a3): its target has no TextQuoteSelector or TextPositionSelector, "
        "only CssSelector, XPathSelector, which Reader cannot place on an article's text",
        "annotation 4 (id https://hyp.example/a4): it has only a TextPositionSelector, and the file does not say "
        "which text of the article its positions count on",
        f"annotation 6: its target has no selector: it is on the whole of {URL}, not on words",
    ]
    assert str(report).endswith("5 skipped")


def test_the_command_lists_every_skipped_annotation(tmp_path: Path, library: Library, add_article, capsys) -> None:
    from reader.cli.highlights import cmd_import_annotations

    add_article()
    doc = [
        foreign(f"urn:x:{n}", {"source": URL, "selector": {"type": "FragmentSelector", "value": f"t={n}"}})
        for n in range(1, 5)
    ]
    path = tmp_path / "skips.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert cmd_import_annotations(library, argparse.Namespace(file=str(path))) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("4 skipped")
    assert lines[1:] == [
        f"  skipped annotation {n} (id urn:x:{n}): its target has no TextQuoteSelector or "
        "TextPositionSelector, only FragmentSelector, which Reader cannot place on an article's "
        "text"
        for n in range(1, 5)
    ]


def test_hostile_ids_are_shown_on_one_short_line(library: Library, add_article) -> None:
    add_article()
    report = import_annotations(library, [foreign("x\n\x1b[31m" + "y" * 500 + "\ud800", URL)])
    (line,) = report.skipped
    assert "\n" not in line and "\x1b" not in line and "\ud800" not in line and len(line) < 200
    line.encode("utf-8")


def test_positions_only_are_placed_on_the_text_they_were_made_on(
    library: Library, other_library: Library, add_article
) -> None:
    article = add_article(url="")
    text = article.content.text
    start = text.index("the school hall")
    digest = text_hash(text)
    by_record = {
        "type": "AnnotationCollection",
        "reader:articles": [
            {"id": "reader://article/77", "reader:textSha256": digest, "schema:headline": article.content.title}
        ],
        "items": [
            {
                "type": "Annotation",
                "id": "urn:x:p1",
                "reader:color": "blue",
                "body": [tag("Question")],
                "target": {
                    "source": "urn:reader:article:sha256:" + digest,
                    "reader:article": "reader://article/77",
                    "selector": {"type": "TextPositionSelector", "start": start, "end": start + 15},
                },
            }
        ],
    }
    by_source = [
        foreign(
            "urn:x:p2",
            {
                "source": "urn:reader:article:sha256:" + digest,
                "selector": {"type": "TextPositionSelector", "start": 4, "end": 9},
            },
        )
    ]
    report = import_annotations(library, by_record)
    assert (report.imported, report.skipped) == (1, [])
    assert import_annotations(library, by_source).imported == 1
    first, second = library.annotations.for_article(article.id)
    assert (first.exact, first.start, first.end, first.status) == ("river", 4, 9, "anchored")
    assert (second.exact, second.color) == ("the school hall", "blue")
    assert second.prefix == text[start - 32 : start] and second.suffix == text[start + 15 : start + 47]
    # the same positions on a text that has changed since: not placed, and said so
    changed = (Block(BlockKind.PARAGRAPH, "Updated: the water is falling."),) + cleaned().body
    other = other_library.add(ImportedArticle("text", "raw", cleaned(body=changed, url="")), source="/x.txt")
    moved = dict(by_record, items=[dict(by_record["items"][0])])
    moved["reader:articles"] = [dict(by_record["reader:articles"][0], **{"schema:headline": other.content.title})]
    report = import_annotations(other_library, moved)
    assert report.imported == 0 and report.skipped == [
        "annotation 1 (id urn:x:p1): it has only a TextPositionSelector, and the article's text here is not the "
        "version it was made on"
    ]
    assert other_library.annotations.for_article(other.id) == []


def test_tagging_bodies_are_kept_as_tags_and_written_back(
    library: Library, other_library: Library, add_article
) -> None:
    article = add_article()
    doc = [
        foreign(
            "urn:x:t1",
            {"source": URL, "selector": {"type": "TextQuoteSelector", "exact": "the lower town"}},
            {"type": "TextualBody", "value": "A comment"},
            tag("climate"),
            tag("key fact"),
            tag("to read, later"),
            tag("climate"),
        ),
        foreign(
            "urn:x:t2",
            {"source": URL, "selector": {"type": "TextQuoteSelector", "exact": "school hall"}},
            tag("rivers"),
        ),
    ]
    report = import_annotations(library, doc)
    assert report.imported == 2
    first, second = library.annotations.for_article(article.id)
    assert first.color == "green"  # "key fact" names a label: the colour, not a tag
    assert first.note == 'A comment\n\nTags: climate, "to read, later"'
    assert (second.color, second.note) == ("yellow", "Tags: rivers")
    out = export_annotations(library)
    bodies = {i["target"]["selector"][0]["exact"]: i["body"] for i in out["first"]["items"]}
    assert bodies["the lower town"] == [
        {"type": "TextualBody", "value": "A comment", "format": "text/markdown", "purpose": "commenting"},
        {"type": "TextualBody", "value": "Key fact", "purpose": "tagging"},
        {"type": "TextualBody", "value": "climate", "purpose": "tagging"},
        {"type": "TextualBody", "value": "to read, later", "purpose": "tagging"},
    ]
    assert bodies["school hall"] == [
        {"type": "TextualBody", "value": "Quote", "purpose": "tagging"},
        {"type": "TextualBody", "value": "rivers", "purpose": "tagging"},
    ]
    # and into another library: the same notes, tags and colours
    copy = other_library.add(ImportedArticle("text", "raw", article.content), source="/y.txt")
    import_annotations(other_library, out)
    assert [(h.color, h.note) for h in other_library.annotations.for_article(copy.id)] == [
        (h.color, h.note) for h in library.annotations.for_article(article.id)
    ]


@pytest.mark.parametrize(
    ("note", "tags"),
    [
        ("", []),
        ("plain", []),
        ("Tags: a", []),
        ("x\nTags: a", []),
        ("x\n\nTags: a\n", []),
    ],
)
def test_only_a_last_tags_line_after_a_blank_line_holds_tags(note: str, tags: list[str]) -> None:
    comment, found = note_tags(note)
    expected = {"Tags: a": ("", ["a"])}.get(note, (note, tags))
    assert (comment, found) == expected


@pytest.mark.parametrize(
    ("tags", "read"),
    [
        (["a"], ["a"]),
        (["a b", "c"], ["a b", "c"]),
        (['say "hi"', "x, y", " spaced  out "], ['say "hi"', "x, y", "spaced out"]),
        (["A", "a", ""], ["A"]),
    ],
)
def test_tags_read_back_from_the_line_written(tags: list[str], read: list[str]) -> None:
    for note in ("", "A note.", "A note\n\nwith paragraphs\n"):
        assert note_tags(join_tags(note, tags)) == (note, read)


@pytest.mark.parametrize(
    ("start", "end", "why"),
    [
        (10_000, 10_005, "its positions are past the end of the article's text"),
        (3, 4, "its positions select no words, only space between them"),
    ],
)
def test_positions_only_that_select_nothing_are_skipped(
    library: Library, add_article, start: int, end: int, why: str
) -> None:
    article = add_article(url="")
    assert article.content.text[3] == " "
    digest = text_hash(article.content.text)
    doc = [
        foreign(
            "urn:x:p",
            {
                "source": "urn:reader:article:sha256:" + digest,
                "selector": {"type": "TextPositionSelector", "start": start, "end": end},
            },
        )
    ]
    report = import_annotations(library, doc)
    assert report.imported == 0
    assert report.skipped == [f"annotation 1 (id urn:x:p): it has only a TextPositionSelector, and {why}"]
