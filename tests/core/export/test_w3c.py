"""W3C Web Annotation export and import: the shape, the round trip, re-anchoring, matching, bad input."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reader.core.annotation_import import ImportReport, import_annotations
from reader.core.errors import ReaderError
from reader.core.export.w3c import CONTEXT, CONTEXTS, dumps, export_annotations, w3c_time, write_annotations
from reader.core.library import Library
from reader.core.models import Article, Block, BlockKind, Highlight
from reader.core.stamps import text_hash

from .conftest import FLOOD, cleaned

FIELDS = ("exact", "prefix", "suffix", "start", "end", "color", "note", "status", "created_at", "updated_at")


def items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return doc["first"]["items"]


def make_status(library: Library, h: Highlight, status: str) -> Highlight:
    library.annotations.delete(h.id)
    return library.annotations.restore(h._replace(status=status))


@pytest.fixture
def annotated(library: Library, add_article) -> list[Article]:
    """Two articles with highlights of every kind: notes, labels, a moved one and an orphan."""
    first = add_article()
    second = add_article(
        title="Council backs new pumps",
        url="",
        source="/home/me/pumps.txt",
        body=(
            Block(BlockKind.PARAGRAPH, "The council voted on Tuesday to buy four new pumps."),
            Block(BlockKind.PARAGRAPH, "The pumps will cost £2m, officials said."),
        ),
    )
    a = library.annotations
    a.add_quote(first.id, "the lower town", color="red", note="Check with the **council**.")
    a.add_quote(first.id, "the old flood wall had held", color="green")
    moved = a.add_quote(first.id, "nobody was hurt", color="blue", note="Who said so?")
    make_status(library, moved, "moved")
    orphan = a.add_quote(first.id, "school hall", color="purple", note="Orphaned note")
    library.annotations.delete(orphan.id)
    library.annotations.restore(orphan._replace(exact="a sentence that was removed", status="orphaned"))
    a.add_quote(second.id, "four new pumps", color="orange", note="£2m — *check*")
    a.add_quote(second.id, "The council", color="yellow")
    a.set_article_note(first.id, "Follow up with the mayor.")
    return [first, second]


def test_export_shape(library: Library, annotated: list[Article]) -> None:
    doc = export_annotations(library)
    assert doc["@context"] == CONTEXTS and doc["@context"][0] == CONTEXT and doc["type"] == "AnnotationCollection"
    assert doc["first"]["type"] == "AnnotationPage" and doc["first"]["id"].startswith("urn:uuid:")
    assert doc["first"]["id"] != doc["id"] and doc["first"]["partOf"] == doc["id"]
    assert doc["total"] == len(items(doc)) == 6
    first = items(doc)[0]
    h = library.annotations.for_article(annotated[0].id)[0]
    assert first["@context"] == CONTEXT and first["type"] == "Annotation"
    assert first["id"] == f"reader://article/{annotated[0].id}#highlight-{h.id}"
    assert first["motivation"] == "highlighting"
    assert first["created"] == w3c_time(h.created_at) and first["created"].endswith("Z")
    assert first["target"]["source"] == "https://herald.example/news/flood-wall"
    assert first["target"]["selector"] == [
        {"type": "TextQuoteSelector", "exact": "the lower town", "prefix": h.prefix, "suffix": h.suffix},
        {"type": "TextPositionSelector", "start": h.start, "end": h.end},
    ]
    assert first["body"] == [
        {
            "type": "TextualBody",
            "value": "Check with the **council**.",
            "format": "text/markdown",
            "purpose": "commenting",
        },
        {"type": "TextualBody", "value": "Claim to check", "purpose": "tagging"},
    ]
    assert first["reader:color"] == "red" and first["reader:status"] == "anchored"
    pumps = [i for i in items(doc) if i["target"]["reader:article"] == f"reader://article/{annotated[1].id}"]
    pumps_hash = text_hash(annotated[1].content.text)
    assert pumps[0]["target"]["source"] == f"urn:reader:article:sha256:{pumps_hash}"  # no URL: the text's hash
    records = {r["id"]: r for r in doc["reader:articles"]}
    flood = records[f"reader://article/{annotated[0].id}"]
    assert flood == {
        "id": f"reader://article/{annotated[0].id}",
        "type": "schema:Article",
        "schema:headline": "Flood wall holds as river peaks",
        "schema:url": "https://herald.example/news/flood-wall",
        "schema:publisher": {"type": "schema:Organization", "schema:name": "The Herald"},
        "schema:datePublished": "2024-03-03",
        "schema:inLanguage": "en",
        "schema:author": [{"schema:name": "Rachel Ingleby", "reader:role": "author"}],
        "reader:textSha256": text_hash(annotated[0].content.text),
        "reader:note": "Follow up with the mayor.",
    }
    assert records[f"reader://article/{annotated[1].id}"]["reader:textSha256"] == pumps_hash
    assert "/home/me" not in dumps(doc)  # a file's path never leaves the computer
    json.loads(dumps(doc))  # plain JSON


def test_articles_without_annotations_are_left_out(library: Library, add_article) -> None:
    add_article()
    doc = export_annotations(library)
    assert doc["total"] == 0 and doc["reader:articles"] == []


def copy_articles(source: Library, target: Library, ids: list[int]) -> dict[int, int]:
    """The same articles in another library, added in reverse order so that the ids differ."""
    mapping = {}
    from reader.core.importers import ImportedArticle

    for article_id in reversed(ids):
        article = source.get(article_id)
        copied = target.add(ImportedArticle(article.kind, article.content.text, article.content), source=article.source)
        mapping[article_id] = copied.id
    return mapping


def test_round_trip_keeps_every_field(
    tmp_path: Path, library: Library, other_library: Library, annotated: list[Article]
) -> None:
    other_library.add  # noqa: B018 - the target library exists and is empty of annotations
    mapping = copy_articles(library, other_library, [a.id for a in annotated])
    path = write_annotations(library, tmp_path / "annotations.jsonld")
    report = import_annotations(other_library, path.read_bytes())
    assert isinstance(report, ImportReport)
    assert (report.imported, report.duplicates, report.unmatched, report.skipped) == (6, 0, {}, [])
    assert (report.moved, report.orphaned, report.article_notes) == (1, 1, 1)
    for old_id, new_id in mapping.items():
        before = library.annotations.for_article(old_id)
        after = other_library.annotations.for_article(new_id)
        assert [tuple(getattr(h, f) for f in FIELDS) for h in before] == [
            tuple(getattr(h, f) for f in FIELDS) for h in after
        ]
        assert all(h.version_id == other_library.get(new_id).version_id for h in after)
        assert other_library.annotations.article_note(new_id) == library.annotations.article_note(old_id)
    # and back out again: the same annotations
    again = export_annotations(other_library)
    strip = lambda d: sorted(
        (
            i["target"]["selector"][0]["exact"],
            i["created"],
            i["reader:status"],  # noqa: E731
            json.dumps(i["body"]),
        )
        for i in items(d)
    )
    assert strip(again) == strip(export_annotations(library))


def test_reimport_adds_nothing(library: Library, other_library: Library, annotated: list[Article]) -> None:
    copy_articles(library, other_library, [a.id for a in annotated])
    data = dumps(export_annotations(library))
    import_annotations(other_library, data)
    report = import_annotations(other_library, data)
    assert (report.imported, report.duplicates, report.article_notes) == (0, 6, 0)
    assert sum(len(other_library.annotations.for_article(i)) for i in other_library.article_ids()) == 6
    same = import_annotations(library, data)  # into the library it came from
    assert (same.imported, same.duplicates) == (0, 6)


def test_a_different_text_is_reanchored(library: Library, other_library: Library, annotated: list[Article]) -> None:
    first = annotated[0]
    changed = (Block(BlockKind.PARAGRAPH, "Updated at 9am: the water is falling."),) + tuple(
        Block(b.kind, b.text.replace("had held better", "held better")) for b in FLOOD
    )
    from reader.core.importers import ImportedArticle

    target = other_library.add(ImportedArticle("text", "raw", cleaned(body=changed)), source="/elsewhere/flood.txt")
    report = import_annotations(other_library, export_annotations(library, [first.id]))
    assert report.unmatched == {} and report.imported == 4
    placed = {h.exact: h for h in other_library.annotations.for_article(target.id)}
    text = target.content.text
    town = placed["the lower town"]
    assert text[town.start : town.end] == "the lower town" and town.status == "anchored"
    assert town.prefix == text[max(0, town.start - 32) : town.start]
    wall = placed["the old flood wall had held"]
    assert wall.status == "moved" and "flood wall" in text[wall.start : wall.end]
    assert placed["nobody was hurt"].status == "moved"  # it was still to be checked
    assert placed["a sentence that was removed"].status == "orphaned"
    assert placed["the lower town"].note == "Check with the **council**."


def test_articles_are_matched_by_url_then_source_then_title(
    library: Library, other_library: Library, annotated: list[Article], add_article
) -> None:
    from reader.core.importers import ImportedArticle

    def put(title: str, url: str, source: str) -> Article:
        return other_library.add(ImportedArticle("text", "raw", cleaned(title=title, url=url)), source=source)

    by_title = put("Council backs new pumps", "", "/other/place.txt")  # the second article, by title only
    decoy = put("Flood wall holds as river peaks", "", "/home/me/flood.txt")  # same title, wrong URL
    by_url = put("A renamed headline", "https://herald.example/news/flood-wall", "/x.txt")
    report = import_annotations(other_library, export_annotations(library))
    assert report.unmatched == {}
    assert len(other_library.annotations.for_article(by_url.id)) == 4
    assert len(other_library.annotations.for_article(by_title.id)) == 2
    assert other_library.annotations.for_article(decoy.id) == []


def test_ambiguous_titles_and_missing_articles_are_reported_not_guessed(
    library: Library, other_library: Library, annotated: list[Article]
) -> None:
    from reader.core.importers import ImportedArticle

    for n in range(2):
        body = (Block(BlockKind.PARAGRAPH, f"Another text, number {n}."),)
        other_library.add(
            ImportedArticle("text", "raw", cleaned(title="Council backs new pumps", url="", body=body)),
            source=f"/dup/{n}.txt",
        )
    report = import_annotations(other_library, export_annotations(library))
    assert report.imported == 0
    assert report.unmatched == {
        "“Flood wall holds as river peaks” (https://herald.example/news/flood-wall)": 4,
        f"“Council backs new pumps” (reader://article/{annotated[1].id})": 2,
    }
    assert "6 for 2 article(s) not in this library" in str(report)


def test_another_tools_annotations_are_imported(library: Library, add_article) -> None:
    article = add_article()
    foreign = [
        {
            "@context": CONTEXT,
            "type": "Annotation",
            "id": "urn:x:1",
            "body": [
                {"type": "TextualBody", "value": "claim to check", "purpose": "tagging"},
                {"type": "TextualBody", "value": "A comment"},
            ],
            "target": {
                "source": "https://herald.example/news/flood-wall",
                "selector": {"type": "TextQuoteSelector", "exact": "the school hall"},
            },
        },
        {
            "@context": CONTEXT,
            "type": "Annotation",
            "bodyValue": "A page note",
            "target": "https://herald.example/news/flood-wall",
        },
    ]
    report = import_annotations(library, json.dumps(foreign))
    assert report.imported == 1 and report.skipped == [
        "annotation 2: its target has no selector: it is on the whole of https://herald.example/news/flood-wall, "
        "not on words"
    ]
    (h,) = library.annotations.for_article(article.id)
    text = article.content.text
    assert (h.exact, h.color, h.note, h.status) == ("the school hall", "red", "A comment", "anchored")
    assert text[h.start : h.end] == "the school hall"


MALFORMED = [
    (b"", "not valid JSON"),
    (b"\xff\xfe\x00", "not UTF-8"),
    ("{", "not valid JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("1" * 5000, "not valid JSON"),
    ("42", "holds no annotations"),
    ('{"type": "Thing"}', "not a W3C annotation file"),
    ('{"type": 3}', "'type' must be"),
    ('{"type": "AnnotationCollection", "first": "https://elsewhere/page1"}', "first page is a link"),
    ('{"type": "AnnotationCollection", "first": {"items": [], "next": "p2"}}', "continues on pages"),
    ('{"type": "AnnotationPage", "items": {}}', "must be a JSON list"),
    ("[1]", "annotation 1 must be a JSON object"),
    ('[{"type": "Note"}]', "annotation 1 is not an Annotation"),
    ('[{"type": "Annotation", "target": 5}]', "target must be a JSON object"),
    (
        '[{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": 5}}}]',
        "exact must be text",
    ),
    (
        '[{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": " "}}}]',
        "quoted text is empty",
    ),
    (
        '[{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "x"},'
        ' {"type": "TextPositionSelector", "start": 5, "end": 2}]}}]',
        "ends before it starts",
    ),
    (
        '[{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "x"},'
        ' {"type": "TextPositionSelector", "start": true, "end": 2}]}}]',
        "whole number",
    ),
    (
        '[{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "x"},'
        ' {"type": "TextPositionSelector", "start": 0, "end": 1e400}]}}]',
        "whole number",
    ),
    (
        '[{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": "\\ud800"}}}]',
        "lone surrogate",
    ),
    (
        '[{"type": "Annotation", "reader:status": "lost", "target": {"selector": {"type": "TextQuoteSelector",'
        ' "exact": "x"}}}]',
        "reader:status",
    ),
    (
        '[{"type": "Annotation", "created": "yesterday", "target": {"selector": {"type": "TextQuoteSelector",'
        ' "exact": "x"}}}]',
        "not a date and time",
    ),
    (
        '[{"type": "Annotation", "body": [3], "target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}}}]',
        "body must be a JSON object",
    ),
    ('{"type": "AnnotationCollection", "reader:articles": [{"title": "x"}], "items": []}', "must be text"),
    (
        '{"type": "AnnotationCollection", "reader:articles": [{"id": "a", "note": "' + "n" * 200_001 + '"}],'
        ' "items": []}',
        "longer than",
    ),
]


@pytest.mark.parametrize(("data", "message"), MALFORMED)
def test_malformed_input_is_a_reader_error(library: Library, data: str | bytes, message: str) -> None:
    with pytest.raises(ReaderError, match=message):
        import_annotations(library, data)


def test_nothing_is_stored_when_a_later_annotation_is_malformed(library: Library, flood: Article) -> None:
    doc = export_annotations(library)
    for h in library.annotations.for_article(flood.id):
        library.annotations.delete(h.id)
    items(doc)[1]["target"]["selector"][0]["exact"] = None
    with pytest.raises(ReaderError):
        import_annotations(library, doc)
    assert library.annotations.for_article(flood.id) == []


# -- property: every input gives a report or a ReaderError, nothing else ----------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
KEYS = st.sampled_from(
    [
        "type",
        "@context",
        "id",
        "items",
        "first",
        "target",
        "selector",
        "exact",
        "prefix",
        "suffix",
        "start",
        "end",
        "body",
        "value",
        "purpose",
        "reader:articles",
        "reader:article",
        "reader:color",
        "reader:status",
        "created",
        "modified",
        "source",
        "textSha256",
        "note",
        "bodyValue",
        "title",
        "url",
        "schema:url",
        "schema:headline",
        "reader:textSha256",
        "reader:note",
        "reader:source",
        "reader:position",
    ]
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, path + (index,))
    return found


def _mutate(doc: Any, data: st.DataObject) -> Any:
    doc = copy.deepcopy(doc)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(doc)))
        if not path:
            doc = data.draw(JSON)
            continue
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        op = data.draw(st.sampled_from(["replace", "delete", "add", "text"]))
        if op == "replace":
            parent[path[-1]] = data.draw(JSON)
        elif op == "delete":
            del parent[path[-1]]
        elif op == "add" and isinstance(parent[path[-1]], dict):
            parent[path[-1]][data.draw(KEYS)] = data.draw(JSON)
        elif op == "text":
            parent[path[-1]] = data.draw(
                st.sampled_from(
                    [
                        "",
                        " ",
                        "x",
                        "\x00",
                        "orphaned",
                        "moved",
                        "2024-13-45T99:00:00Z",
                        "2024-03-03T10:00:00+02:00",
                        "Claim to check",
                        "blue",
                        -1,
                        0,
                        3,
                        40,
                        1000,
                        2**40,
                        "Residents",
                        "the council said",
                        "night",
                        "flood wall",
                        "https://herald.example/news/flood-wall",
                        "reader://article/1",
                        "TextQuoteSelector",
                        "TextPositionSelector",
                        "FragmentSelector",
                        "tagging",
                        "Tags: a, b",
                        "urn:reader:article:sha256:" + "0" * 64,
                    ]
                )
            )
    return doc


@pytest.fixture
def flood_export(library: Library, flood: Article) -> dict[str, Any]:
    """Exported once: the examples below must not depend on what earlier examples imported."""
    return export_annotations(library, [flood.id])


@settings(
    max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data())
def test_any_input_gives_a_report_or_a_reader_error(
    library: Library, flood_export: dict[str, Any], data: st.DataObject
) -> None:
    kind = data.draw(st.sampled_from(["mutated", "mutated", "mutated", "json", "text", "bytes"]))
    if kind == "mutated":
        value: Any = _mutate(flood_export, data)
        if data.draw(st.booleans()):
            value = json.dumps(value)
    elif kind == "json":
        value = json.dumps(data.draw(JSON))
    elif kind == "text":
        value = data.draw(st.text(max_size=200))
    else:
        value = data.draw(st.binary(max_size=200))
    try:
        report = import_annotations(library, value)
    except ReaderError as exc:
        event(f"{kind}: ReaderError {type(exc).__name__}")
        return
    assert isinstance(report, ImportReport)
    event(f"{kind}: imported {min(report.imported, 1)}, duplicates {min(report.duplicates, 1)}")
    str(report)


def _annotation(
    exact: str, start: int | None, end: int | None, status: str, color: str, note: str, label: str
) -> dict[str, Any]:
    selector: list[dict[str, Any]] = [{"type": "TextQuoteSelector", "exact": exact}]
    if start is not None and end is not None:
        selector.append({"type": "TextPositionSelector", "start": start, "end": end})
    return {
        "type": "Annotation",
        "reader:status": status,
        "reader:color": color,
        "body": [{"type": "TextualBody", "value": note}, {"type": "TextualBody", "value": label, "purpose": "tagging"}],
        "target": {"source": "https://herald.example/news/flood-wall", "selector": selector},
    }


TEXT = cleaned().text
EXACTS = st.one_of(
    st.integers(0, len(TEXT) - 1).flatmap(
        lambda a: st.integers(a + 1, min(len(TEXT), a + 60)).map(lambda b: TEXT[a:b])
    ),
    st.text(min_size=1, max_size=40),
)
POSITIONS = st.one_of(st.none(), st.integers(0, len(TEXT) + 20))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            EXACTS,
            POSITIONS,
            st.integers(1, 80),
            st.sampled_from(["anchored", "moved", "orphaned"]),
            st.sampled_from(["red", "yellow", "nope", ""]),
            st.text(max_size=30),
            st.sampled_from(["Key fact", "key FACT", "whatever", ""]),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_imported_highlights_are_placed_consistently(library: Library, add_article, values) -> None:
    article = add_article() if not library.article_ids() else library.get(library.article_ids()[0])
    doc = [
        _annotation(e, s, None if s is None else s + n, st_, c, note, label) for e, s, n, st_, c, note, label in values
    ]
    try:
        import_annotations(library, doc)
    except ReaderError as exc:
        assert "quoted text is empty" in str(exc)  # the only refusal these inputs can earn
        return
    text = article.content.text
    for h in library.annotations.for_article(article.id):
        assert h.color in {"red", "yellow", "green"}
        if h.status == "anchored":
            assert text[h.start : h.end] == h.exact
        if h.status != "orphaned":
            assert 0 <= h.start < h.end <= len(text)
            assert h.prefix == text[max(0, h.start - 32) : h.start] and h.suffix == text[h.end : h.end + 32]
    again = import_annotations(library, doc)  # and a second import adds nothing
    assert again.imported == 0


def test_positions_past_the_end_of_the_text_are_no_hint(library: Library, add_article) -> None:
    article = add_article()
    text = article.content.text
    last = text[-1]
    report = import_annotations(library, [_annotation(last, len(text) - 1, len(text) + 1, "anchored", "red", "", "")])
    assert report.imported == 1
    (h,) = library.annotations.for_article(article.id)
    assert h.end <= len(text) and text[h.start : h.end] == last


def test_a_different_article_note_already_there_is_kept_and_reported(
    library: Library, other_library: Library, annotated: list[Article]
) -> None:
    mapping = copy_articles(library, other_library, [a.id for a in annotated])
    other_library.annotations.set_article_note(mapping[annotated[0].id], "My own note.")
    report = import_annotations(other_library, export_annotations(library))
    assert report.notes_kept == ["Flood wall holds as river peaks"] and report.article_notes == 0
    assert other_library.annotations.article_note(mapping[annotated[0].id]) == "My own note."


def test_ids_already_taken_in_the_target_are_not_reused(
    library: Library, other_library: Library, annotated: list[Article]
) -> None:
    mapping = copy_articles(library, other_library, [a.id for a in annotated])
    mine = other_library.annotations.add_quote(mapping[annotated[1].id], "pumps will cost", note="mine")
    import_annotations(other_library, export_annotations(library))
    assert other_library.annotations.get(mine.id).note == "mine"
    ids = [h.id for i in other_library.article_ids() for h in other_library.annotations.for_article(i)]
    assert len(ids) == len(set(ids)) == 7
