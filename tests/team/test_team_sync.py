"""Team libraries against a real PostgreSQL server: replicas on real SQLite files that push and
pull, people editing at once and offline, the server stopped mid-way, a newer schema and a user
without rights refused in words."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from reader.core.errors import TeamError
from reader.core.importers import read_article
from reader.core.library import Library
from reader.core.team import replica
from tests.browser_pages import HARBOUR, HARBOUR_TITLE, article_html
from tests.team.pg import Cluster

URL = "https://coast.example/news/harbour-wall"


@pytest.fixture
def open_libraries(tmp_path: Path) -> Iterator[list[Library]]:
    opened: list[Library] = []
    yield opened
    for library in opened:
        library.close()


def member(tmp_path: Path, opened: list[Library], team_url: str, name: str) -> Library:
    library = Library.open(tmp_path / f"{name}.sqlite3")
    opened.append(library)
    library.team.connect(team_url, name)
    return library


def server_rows(team_url: str) -> tuple[int, int]:
    with psycopg.connect(team_url) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT id) FROM reader_changes").fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def add_article(library: Library, paragraphs: list[str] = HARBOUR, url: str = URL) -> int:
    return library.import_bytes(article_html(HARBOUR_TITLE, paragraphs).encode(), "page.html", url=url).id


def test_what_one_member_saves_and_marks_reaches_another(tmp_path, open_libraries, team_url) -> None:
    ana = member(tmp_path, open_libraries, team_url, "Ana")
    article = add_article(ana)
    text = ana.get(article).content.text
    words = "stainless steel anchors"
    h = ana.annotations.add(article, text.index(words), text.index(words) + len(words), "red", "check the supplier")
    ana.annotations.set_article_note(article, "Ask the council for the engineers' report.")
    ana.organize.add_tags([article], ["harbour"])
    report = ana.team.sync()
    assert report.waiting == 0 and report.pushed > 0
    assert report.changed_by_others == frozenset()  # her own changes coming back are no news to her window

    ben = member(tmp_path, open_libraries, team_url, "Ben")
    [theirs] = ben.list_articles()
    got = ben.get(theirs.id)
    assert got.content.title == HARBOUR_TITLE and got.content.text == text
    [mark] = ben.annotations.for_article(theirs.id)
    assert (got.content.text[mark.start : mark.end], mark.color) == (words, "red")
    assert ben.annotations.article_note(theirs.id) == "Ask the council for the engineers' report."
    assert "harbour" in ben.organize.tags_of(theirs.id)
    assert [r.article_id for r in ben.search("stainless")] == [theirs.id]  # searchable offline, locally
    creators = ben._conn.execute("SELECT creator FROM highlights").fetchall()  # noqa: SLF001
    assert creators == [("Ana",)]
    assert h.id  # Ana's own highlight stays hers, unchanged by the echo of her push
    ana.team.sync()
    assert len(ana.annotations.for_article(article)) == 1 and ana.count() == 1
    ben.annotations.add(theirs.id, got.content.text.index("Engineers"), got.content.text.index("Engineers") + 9)
    ben.team.sync()
    assert ana.team.sync().changed_by_others == frozenset({article})  # Ben's highlight: news for Ana's window


def test_a_new_version_and_its_moved_highlights_arrive_together(tmp_path, open_libraries, team_url) -> None:
    ana = member(tmp_path, open_libraries, team_url, "Ana")
    ben = member(tmp_path, open_libraries, team_url, "Ben")
    article = add_article(ana)
    text = ana.get(article).content.text
    words = "quiet water behind it"
    ana.annotations.add(article, text.index(words), text.index(words) + len(words))
    ana.team.sync()
    ben.team.sync()
    changed = ["A new first paragraph went in above the rest.", *HARBOUR]
    data = article_html(HARBOUR_TITLE, changed).encode()
    ana.versions.make(article, lambda _a, _r: read_article(data, "page.html", url=URL), metadata_too=True)
    ana.team.sync()
    ben.team.sync()
    [row] = ben.list_articles()
    got = ben.get(row.id)
    assert got.content.text.startswith("A new first paragraph")
    [mark] = ben.annotations.for_article(row.id)
    assert got.content.text[mark.start : mark.end] == words


def test_two_edits_of_one_note_keep_both(tmp_path, open_libraries, team_url) -> None:
    ana = member(tmp_path, open_libraries, team_url, "Ana")
    article = add_article(ana)
    ana.annotations.set_article_note(article, "First thoughts.")
    ana.team.sync()
    ben = member(tmp_path, open_libraries, team_url, "Ben")
    [row] = ben.list_articles()
    ben.annotations.set_article_note(row.id, "Ben: the date in paragraph two is wrong.")
    ana.annotations.set_article_note(article, "Ana: call the harbour master.")  # both offline
    ben.team.sync()
    ana.team.sync()  # Ana's edit goes later: it stays current, Ben's becomes an earlier version
    ben.team.sync()
    for library, article_id in ((ana, article), (ben, row.id)):
        assert library.annotations.article_note(article_id) == "Ana: call the harbour master."
        history = library._conn.execute("SELECT history FROM notes WHERE article_id = ?", (article_id,)).fetchone()  # noqa: SLF001
        assert "Ben: the date in paragraph two is wrong." in history[0]


def test_a_highlight_deleted_by_one_and_edited_by_another_stays_marked(tmp_path, open_libraries, team_url) -> None:
    ana = member(tmp_path, open_libraries, team_url, "Ana")
    article = add_article(ana)
    text = ana.get(article).content.text
    h = ana.annotations.add(article, text.index("granite"), text.index("granite") + len("granite"))
    ana.team.sync()
    ben = member(tmp_path, open_libraries, team_url, "Ben")
    [row] = ben.list_articles()
    [theirs] = ben.annotations.for_article(row.id)
    ana.annotations.delete(h.id)
    ana.team.sync()
    ben.annotations.recolor(theirs.id, "green")  # Ben, offline, changes it
    ben.team.sync()
    ana.team.sync()
    for library, article_id in ((ana, article), (ben, row.id)):
        [kept] = library.annotations.for_article(article_id)
        assert kept.color == "green"
        mark = library._conn.execute("SELECT team_mark FROM highlights").fetchone()[0]  # noqa: SLF001
        assert mark == "Ana"


def test_a_push_cut_off_after_the_server_stored_it_is_not_stored_twice(
    tmp_path, open_libraries, team_url, monkeypatch
) -> None:
    ana = member(tmp_path, open_libraries, team_url, "Ana")
    for i in range(3):
        add_article(ana, HARBOUR, url=f"{URL}/{i}")
    real = replica.forget_pushed
    calls = {"n": 0}

    def lost_answer(conn, seqs):  # noqa: ANN001 - the server committed; its answer never arrived
        calls["n"] += 1
        if calls["n"] == 1:
            raise ConnectionResetError("the network went away")
        real(conn, seqs)

    monkeypatch.setattr(replica, "forget_pushed", lost_answer)
    with pytest.raises(ConnectionResetError):
        ana.team.sync()
    assert ana.team.waiting() > 0
    ana.team.sync()
    total, distinct = server_rows(team_url)
    assert total == distinct and ana.team.waiting() == 0
    ben = member(tmp_path, open_libraries, team_url, "Ben")
    assert ben.count() == 3


def test_the_server_stopped_mid_way_loses_nothing(tmp_path, open_libraries, team_url, cluster: Cluster) -> None:
    ana = member(tmp_path, open_libraries, team_url, "Ana")
    add_article(ana)
    cluster.stop("immediate")
    try:
        with pytest.raises(TeamError, match="cannot reach the team library"):
            ana.team.sync()
        assert ana.team.waiting() > 0  # kept, to push later
        add_article(ana, HARBOUR, url=URL + "/offline")  # work goes on offline
    finally:
        cluster.start()
    ana.team.sync()
    ben = member(tmp_path, open_libraries, team_url, "Ben")
    assert ben.count() == 2
    assert server_rows(team_url)[0] == server_rows(team_url)[1]


def test_a_member_offline_for_ten_thousand_changes_catches_up(tmp_path, open_libraries, team_url) -> None:
    ana = member(tmp_path, open_libraries, team_url, "Ana")
    ben = member(tmp_path, open_libraries, team_url, "Ben")
    article = add_article(ana)
    with ana.transaction():
        for i in range(10_000):
            ana.organize.add_tags([article], [f"t{i}"])
    ana.team.sync()
    report = ben.team.sync()
    assert report.pulled >= 10_000
    [row] = ben.list_articles()
    assert len(ben.organize.tags_of(row.id)) == 10_000


def test_ten_members_editing_at_once_all_end_with_every_edit(tmp_path, open_libraries, team_url) -> None:
    first = member(tmp_path, open_libraries, team_url, "M0")
    article = add_article(first)
    first.team.sync()
    members = [first] + [member(tmp_path, open_libraries, team_url, f"M{i}") for i in range(1, 10)]
    errors: list[BaseException] = []

    def work(library: Library, index: int) -> None:
        try:
            [row] = library.list_articles()
            for n in range(20):
                library.organize.add_tags([row.id], [f"m{index}-{n}"])
                if n % 5 == 4:
                    library.team.sync()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(lib, i)) for i, lib in enumerate(members)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    for library in members:
        library.team.sync()
    for library in members:
        [row] = library.list_articles()
        assert len(library.organize.tags_of(row.id)) == 200
    assert article
    total, distinct = server_rows(team_url)
    assert total == distinct


def test_a_newer_team_schema_is_refused_in_words(tmp_path, open_libraries, team_url) -> None:
    member(tmp_path, open_libraries, team_url, "Ana")
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute("UPDATE reader_schema SET version = 99")
    library = Library.open(tmp_path / "late.sqlite3")
    open_libraries.append(library)
    with pytest.raises(TeamError, match=r"set up by a newer Reader \(schema 99"):
        library.team.connect(team_url, "Late")
    assert not library.team.is_replica


def test_a_user_without_rights_is_refused_in_words(tmp_path, open_libraries, team_url, cluster: Cluster) -> None:
    member(tmp_path, open_libraries, team_url, "Ana")  # the administrator set it up
    cluster.sql("DO $$ BEGIN CREATE ROLE carol LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    database = team_url.rsplit("/", 1)[1]
    library = Library.open(tmp_path / "carol.sqlite3")
    open_libraries.append(library)
    with pytest.raises(TeamError, match="carol has no rights.*GRANT reader_team TO carol"):
        library.team.connect(cluster.url("carol", database), "Carol")
    assert not library.team.is_replica
    cluster.sql("GRANT reader_team TO carol")
    library.team.connect(cluster.url("carol", database), "Carol")
    assert library.count() == 0 or library.team.is_replica


def test_a_personal_library_has_no_team_side(library: Library) -> None:
    library.import_bytes(article_html(HARBOUR_TITLE, HARBOUR).encode(), "page.html", url=URL)
    assert not library.team.is_replica and library.team.waiting() == 0
    assert library._conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0] == 0  # noqa: SLF001
    with pytest.raises(TeamError, match="not a team library"):
        library.team.sync()


def test_the_password_is_never_kept(tmp_path, open_libraries, team_url) -> None:
    from reader.core.team.server import without_password

    assert without_password("postgresql://ana:s3cret@db.example:5432/team") == "postgresql://ana@db.example:5432/team"
    ana = member(tmp_path, open_libraries, team_url.replace("postgres@", "postgres:anything@"), "Ana")
    assert "anything" not in ana.team.url


def test_a_pull_cut_between_an_article_and_its_text_lists_nothing_half_there(
    tmp_path, open_libraries, team_url, monkeypatch
) -> None:
    from reader.core.invariants import check_invariants
    from reader.core.team import server, sync

    monkeypatch.setattr(sync, "BATCH", 1)  # every change its own batch: each boundary is tried
    ana = member(tmp_path, open_libraries, team_url, "Ana")
    article = add_article(ana)
    text = ana.get(article).content.text
    ana.annotations.add(article, text.index("granite"), text.index("granite") + len("granite"), note="Which quarry?")
    ana.team.sync()
    ben = member(tmp_path, open_libraries, team_url, "Ben")
    ben.close()
    open_libraries.remove(ben)
    real_pull = server.pull
    for cut in range(1, 5):  # a new member whose first pull stops after `cut` changes
        library = Library.open(tmp_path / f"late{cut}.sqlite3")
        open_libraries.append(library)
        calls = {"n": 0}

        def cut_pull(conn, after, limit, cut=cut, calls=calls):  # noqa: ANN001
            calls["n"] += 1
            if calls["n"] > cut:
                raise ConnectionResetError("the network went away")
            return real_pull(conn, after, limit)

        monkeypatch.setattr(server, "pull", cut_pull)
        with pytest.raises(ConnectionResetError):
            library.team.connect(team_url, f"Late {cut}")
        assert check_invariants(library._conn) == []  # noqa: SLF001
        for row in library.list_articles():
            assert library.get(row.id).content.text  # an article listed has its text
        monkeypatch.setattr(server, "pull", real_pull)
        library.team.sync()
        [row] = library.list_articles()
        [mark] = library.annotations.for_article(row.id)
        assert mark.note == "Which quarry?" and library.get(row.id).content.text == text


def test_the_network_cut_mid_pull_then_mended_loses_and_doubles_nothing(
    tmp_path, open_libraries, team_url, cluster: Cluster, monkeypatch
) -> None:
    from reader.core.invariants import check_invariants
    from reader.core.team import sync
    from tests.team.proxy import Proxy

    monkeypatch.setattr(sync, "BATCH", 100)
    ana = member(tmp_path, open_libraries, team_url, "Ana")
    for i in range(12):
        add_article(ana, [f"Story {i}: {p}" for p in HARBOUR], url=f"{URL}/{i}")
    ana.team.sync()
    database = team_url.rsplit("/", 1)[1]
    proxy = Proxy(cluster.port)
    try:
        ben = Library.open(tmp_path / "ben.sqlite3")
        open_libraries.append(ben)
        proxy.cut_after = 30_000  # part-way through the first pull
        with pytest.raises(TeamError, match="lost|cannot reach"):
            ben.team.connect(proxy.url("postgres", database), "Ben")
        assert check_invariants(ben._conn) == []  # noqa: SLF001
        partly = ben.count()
        assert partly < 12
        for row in ben.list_articles():
            assert ben.get(row.id).content.text.startswith("Story")
        with pytest.raises(TeamError, match="cannot reach"):
            ben.team.sync()  # still cut: said, not crashed
        proxy.mend()
        ben.team.sync()
        assert ben.count() == 12
        assert sorted(r.title for r in ben.list_articles()) == [HARBOUR_TITLE] * 12
        assert len({ben.get(r.id).content.text for r in ben.list_articles()}) == 12
    finally:
        proxy.close()
