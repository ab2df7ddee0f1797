"""A team library's password, kept so that the next sync needs nobody to type it: in the system
keyring where there is one, otherwise in PostgreSQL's own password file; never in Reader's files.
The server here asks roles in `with_password` for a password over TCP (tests/team/pg.py)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from reader.core.errors import TeamError
from reader.core.library import Library
from reader.core.team import passwords, server
from tests.team.pg import Cluster

PASSWORD = r"s3cr:et\ with a colon"  # .pgpass escapes ':' and '\'


class FileKeyring(PlaintextKeyring):
    """A keyring in a file of this test's own, standing in for the Secret Service CI has not got:
    keyring's own file backend, ranked as a system keyring."""

    priority = 1  # type: ignore[assignment]


@pytest.fixture
def no_keyring(tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """A computer without a system keyring, and a password file of the test's own."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    pgpass = tmp_path / "home" / ".pgpass"
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    yield pgpass
    keyring.set_keyring(before)


@pytest.fixture
def ana(cluster: Cluster) -> str:
    """A team database that Ana reaches only with her password."""
    name = f"ana_{time.monotonic_ns()}"
    cluster.user_with_password(name, PASSWORD.replace("'", "''"))
    return f"postgresql://{name}@127.0.0.1:{cluster.port}/{cluster.new_database()}"


def test_without_a_password_the_server_refuses_in_words(ana: str, no_keyring: Path) -> None:
    with pytest.raises(TeamError, match="cannot reach the team library") as caught:
        server.connect(ana)
    assert "password" in str(caught.value)


def test_a_password_kept_in_pgpass_lets_the_next_sync_in(ana: str, no_keyring: Path, tmp_path: Path) -> None:
    no_keyring.parent.mkdir()
    no_keyring.write_text("other.example.org:5432:*:ben:his-own\n", encoding="utf-8")
    with Library.open(tmp_path / "ana.sqlite3") as lib:
        lib.team.connect(ana, "Ana Lima", PASSWORD)
        assert passwords.keep(ana, "an old one") == str(no_keyring)
        assert passwords.keep(ana, PASSWORD) == str(no_keyring)  # the old line is replaced
        report = lib.team.sync()  # no password given: libpq reads it from the file
        assert report.pushed == 0
    lines = no_keyring.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "other.example.org:5432:*:ben:his-own" and len(lines) == 2
    assert lines[1].endswith(r":s3cr\:et\\ with a colon")
    assert stat.S_IMODE(no_keyring.stat().st_mode) == 0o600
    assert PASSWORD not in (tmp_path / "ana.sqlite3").read_bytes().decode("utf-8", "replace")


def test_a_password_in_the_system_keyring_is_found_there(ana: str, tmp_path: Path, monkeypatch) -> None:
    before = keyring.get_keyring()
    kept = FileKeyring()
    kept.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(kept)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no.pgpass"))
    try:
        assert passwords.system_keyring() is kept
        assert passwords.keep(ana, PASSWORD) == "the system keyring"
        assert passwords.find(ana) == PASSWORD and not (tmp_path / "no.pgpass").exists()
        server.connect(ana).close()  # found in the keyring, not typed
    finally:
        keyring.set_keyring(before)


def test_a_keyring_in_a_plain_file_is_not_taken_for_the_system_one(tmp_path: Path) -> None:
    before = keyring.get_keyring()
    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "plain.cfg")
    keyring.set_keyring(plain)
    try:
        assert passwords.system_keyring() is None  # .pgpass, PostgreSQL's own, is used instead
    finally:
        keyring.set_keyring(before)


def test_reader_connect_keeps_the_password_given_in_the_address(ana: str, no_keyring: Path, tmp_path: Path) -> None:
    replica = tmp_path / "desk.sqlite3"
    user = ana.split("//")[1].split("@")[0]
    with_password = ana.replace(f"{user}@", f"{user}:{PASSWORD.replace(':', '%3A').replace(' ', '%20')}@")
    env = {**os.environ, "PGPASSFILE": str(no_keyring), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "reader", "--library", str(replica), *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)

    connected = run("connect", with_password, "--name", "Ana Lima")
    assert connected.returncode == 0, connected.stderr
    assert f"the password is kept in {no_keyring}" in connected.stdout and PASSWORD not in connected.stdout
    synced = run("sync")
    assert synced.returncode == 0, synced.stderr


@pytest.mark.usefixtures("no_keyring")
def test_the_connect_dialog_remembers_the_password(make_window, qtbot, tmp_path: Path, ana: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from tests.ui.test_other_apps import answer_in_turn, button

    window = make_window()
    window.show()
    replica = tmp_path / "desk.sqlite3"
    seen: dict = {}

    def fill_and_connect(dialog) -> None:
        QTest.keyClicks(dialog.url, ana)
        QTest.keyClicks(dialog.name, "Ana Lima")
        QTest.keyClicks(dialog.password, PASSWORD)
        assert dialog.keep_password.isChecked()  # remembered unless the person says not to
        dialog.replica.setText(str(replica))
        QTest.mouseClick(button(dialog, "Connect"), Qt.MouseButton.LeftButton)
        status = dialog.findChild(QLabel, "teamConnectStatus")
        qtbot.waitUntil(lambda: status.text().startswith("Connected: "), timeout=30000)
        seen["status"] = status.text()
        assert dialog.password.text() == ""
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    answer_in_turn(fill_and_connect)
    window.actions.connect_team.trigger()
    assert f"The password is kept in {tmp_path / 'home' / '.pgpass'}." in seen["status"]
    with Library.open(replica) as lib:
        lib.team.sync()  # the next sync: nobody types the password
    window.close()
