from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library import Library

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


@pytest.fixture
def write(tmp_path: Path):
    """Write bytes or text to a file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / "inputs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode(encoding)
        path.write_bytes(content)
        return path

    return _write


class LocalSite:
    """A real HTTP server on 127.0.0.1 serving pages from a dict; it records every request."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.pages: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.requests: list[str] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                site.requests.append(self.path)
                status, headers, body = site.pages.get(self.path, (404, {"Content-Type": "text/plain"}, b"nope"))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def add(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = (status, {"Content-Type": content_type, **(headers or {})}, data)
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def local_site() -> Iterator[LocalSite]:
    site = LocalSite()
    yield site
    site.close()


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, tmp_path: Path, settings):
    """Build a main window on a library under tmp_path; every window made is closed afterwards."""
    from reader.ui.app import create_window

    windows = []

    def _make(*, demo: bool = False, library_path: Path | None = None):
        window = create_window(library_path or tmp_path / "library.sqlite3", settings, demo=demo)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield _make
    for window in windows:
        window.library.close()


@pytest.fixture(scope="session", autouse=True)
def _user_settings_in_a_temporary_folder(tmp_path_factory):
    """No test reads or writes the user's own settings: Qt's file dialog keeps its history in
    QtProject.conf and Reader its choices under "Reader"; both go to a folder of this run."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("user-config"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    yield


@pytest.fixture(scope="session", autouse=True)
def _user_data_in_a_temporary_folder(tmp_path_factory):
    """No test sees the user's own libraries: the personal library's folder (where the left pane looks
    for the others) is one of this run's (platformdirs reads XDG_DATA_HOME on each call)."""
    import os

    before = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("user-data"))
    yield
    if before is None:
        del os.environ["XDG_DATA_HOME"]
    else:
        os.environ["XDG_DATA_HOME"] = before
