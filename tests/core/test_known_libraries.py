"""The libraries Reader knows of on this computer, for the left pane and for copying between them;
and a single highlight copied from one library into another."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.copying import copy_highlight
from reader.core.known_libraries import KEEP, KnownLibrary, known_libraries, look, remember
from reader.core.known_libraries import URL_KEY as PEEKED_KEY
from reader.core.library import Library
from reader.core.paths import default_library_path
from reader.core.team.replica import URL_KEY


def make(path: Path, team_url: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with Library.open(path):
        pass
    if team_url:  # as a replica keeps it (connecting for real is tests/team's work)
        with sqlite3.connect(path) as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (URL_KEY, team_url))
    return path


def test_a_file_is_only_a_library_when_reader_made_it(tmp_path: Path) -> None:
    personal = make(tmp_path / "mine.sqlite3")
    team = make(tmp_path / "desk.sqlite3", "postgresql://ana@db.example.org:5433/newsdesk?sslmode=verify-full")
    other_program = tmp_path / "browser-history.sqlite3"
    with sqlite3.connect(other_program) as conn:
        conn.execute("CREATE TABLE visits (url TEXT)")
    (tmp_path / "notes.sqlite3").write_bytes(b"not a database at all, though named like one" * 10)
    assert look(personal) == KnownLibrary(personal, "")
    found = look(team)
    assert found is not None and found.is_team and found.team_place() == ("newsdesk", "db.example.org")
    assert look(other_program) is None
    assert look(tmp_path / "notes.sqlite3") is None
    assert look(tmp_path / "gone.sqlite3") is None
    assert look(tmp_path) is None  # a folder


def test_looking_at_a_library_does_not_change_it(tmp_path: Path) -> None:
    path = make(tmp_path / "mine.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 3")  # an old library: opening it as a Library would migrate it
    before = path.read_bytes()
    assert look(path) is not None
    assert path.read_bytes() == before


def test_the_personal_library_first_then_teams_then_others_each_once(tmp_path: Path) -> None:
    folder = default_library_path().parent  # this test run's own folder (tests/conftest.py)
    personal = make(default_library_path())
    team = make(folder / "team-newsdesk.sqlite3", "postgresql://db.example.org/newsdesk")
    elsewhere = make(tmp_path / "papers" / "Thesis sources.sqlite3")
    elsewhere_team = make(tmp_path / "papers" / "seminar.sqlite3", "postgresql://uni.example.edu/seminar")
    try:
        opened = [str(elsewhere), str(tmp_path / "deleted.sqlite3"), str(personal), str(elsewhere_team), ""]
        found = known_libraries(opened)
        assert [k.path.name for k in found] == [
            "library.sqlite3",
            "seminar.sqlite3",
            "team-newsdesk.sqlite3",
            "Thesis sources.sqlite3",
        ]
        assert found[0].is_default and not found[0].is_team and found[1].is_team
    finally:
        for path in (personal, team):
            path.unlink()


def test_remembering_an_opened_library_keeps_it_first_and_the_list_short(tmp_path: Path) -> None:
    opened = [str(tmp_path / f"{n}.sqlite3") for n in range(KEEP)]
    again = remember(opened, tmp_path / "5.sqlite3")
    assert again[0] == str((tmp_path / "5.sqlite3").resolve()) and len(again) == KEEP and len(set(again)) == KEEP
    new = remember(opened, tmp_path / "new.sqlite3")
    assert new[0].endswith("new.sqlite3") and len(new) == KEEP and str(tmp_path / f"{KEEP - 1}.sqlite3") not in new


def test_one_highlight_is_copied_with_its_note_and_without_the_rest(tmp_path: Path) -> None:
    text = "The council voted to rebuild the harbour wall with granite from the north quarry.\n\nWork starts in May."
    with Library.open(tmp_path / "mine.sqlite3") as mine, Library.open(tmp_path / "class.sqlite3") as other:
        article = mine.import_bytes(text.encode(), "wall.txt")
        body = mine.get(article.id).content.text
        granite = mine.annotations.add(article.id, body.index("granite"), body.index("granite") + 7, "red", "Which?")
        mine.annotations.add(article.id, body.index("council"), body.index("council") + 7)
        mine.annotations.set_article_note(article.id, "Mine only.")
        mine.organize.add_tags([article.id], ["harbour"])
        copied = copy_highlight(mine, granite.id, other)
        assert copied.created and copied.highlights == 1
        [mark] = other.annotations.for_article(copied.article_id)
        assert other.get(copied.article_id).content.text[mark.start : mark.end] == "granite"
        assert (mark.note, mark.color) == ("Which?", "red")
        assert other.annotations.article_note(copied.article_id) == ""
        assert other.organize.tags_of(copied.article_id) == []
        assert copy_highlight(mine, granite.id, other).highlights == 0  # again: nothing doubled
        with pytest.raises(Exception, match="library it is in"):
            copy_highlight(mine, granite.id, mine)


def test_the_key_peeked_at_is_the_one_a_replica_keeps() -> None:
    assert PEEKED_KEY == URL_KEY
