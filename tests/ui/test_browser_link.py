"""Saving from the browser, in the window (issue 18): Library ▸ Connect a Browser… shows the code a
browser pairs with, pages sent while the window is open appear in its list, "Open in Reader" brings
the article up, and a port taken by another program is said in the status bar and in the dialog.
The browser's side is played by real HTTP requests to the real listener, on their own threads."""

from __future__ import annotations

import http.client
import json
import socket
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from tests.browser_pages import HARBOUR, HARBOUR_TITLE, article_html
from tests.ui.test_journeys import _no_native_dialogs_and_no_hang, bring_up  # noqa: F401
from tests.ui.test_other_apps import answer_in_turn, button, english, titles  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", extend=True)
EXT = "moz-extension://7d3e2c1a-0b9f-4e6d-8a5c-2f1e0d9c8b7a"
URL = "https://coast.example/news/harbour-wall"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Browser:
    """The extension's requests, each on its own thread (the window's thread must stay free)."""

    def __init__(self, port: int) -> None:
        self.port, self.token = port, ""

    def send(self, path: str, body: dict) -> dict:
        result: dict = {}

        def run() -> None:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            headers = {"Content-Type": "application/json", "Origin": EXT}
            if self.token:
                headers["Authorization"] = f"Bearer {self.token}"
            conn.request("POST", path, body=json.dumps(body), headers=headers)
            response = conn.getresponse()
            result.update(json.loads(response.read()), http=response.status)

        thread = threading.Thread(target=run)
        thread.start()
        return {"thread": thread, "result": result}

    @staticmethod
    def wait(qtbot, sent: dict) -> dict:
        qtbot.waitUntil(lambda: not sent["thread"].is_alive(), timeout=30000)
        return sent["result"]


@pytest.fixture
def listening(make_window, qtbot, settings):
    port = free_port()
    settings.setValue("browser/port", port)
    window = make_window()
    bring_up(window, qtbot)
    window.browser_link.start()
    yield window, Browser(port)
    window.close()


def code_shown(dialog: QWidget) -> str:
    return dialog.findChild(QLabel, "pairingCode").text()


def test_a_browser_pairs_with_the_code_the_dialog_shows(listening, qtbot) -> None:
    window, browser = listening
    seen: dict = {}

    def pair(dialog: QWidget) -> None:
        status = dialog.findChild(QLabel, "listenerStatus").text()
        assert status == f"Reader is listening for browsers on 127.0.0.1:{browser.port}."
        code = code_shown(dialog)
        assert len(code) == 7 and code[3] == " "
        wrong = Browser.wait(qtbot, browser.send("/v1/pair", {"code": "999 999" if code != "999 999" else "111 111"}))
        assert wrong["http"] == 403 and "wrong code" in wrong["error"]
        answer = Browser.wait(qtbot, browser.send("/v1/pair", {"code": code, "name": "Firefox on Linux"}))
        seen["token"] = answer["token"]
        qtbot.waitUntil(lambda: "Paired: Firefox on Linux" in dialog.code_note.text(), timeout=5000)
        assert not dialog.code.isEnabled()
        seen["listed"] = [dialog.browsers.item(i).text() for i in range(dialog.browsers.count())]
        QTest.mouseClick(button(dialog, "New Code"), Qt.MouseButton.LeftButton)
        assert dialog.code.isEnabled() and code_shown(dialog) != ""
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    answer_in_turn(pair)
    window.actions.connect_browser.trigger()
    assert seen["listed"][0].startswith("Firefox on Linux — paired on ")
    assert window.browser_link.pairing.code is None  # closing the dialog ends its code
    assert window.browser_link.pairing.authorised(seen["token"], EXT)


def paired(window, browser: Browser) -> None:
    browser.token = window.browser_link.pairing.pair(window.browser_link.pairing.new_code(), EXT, "Firefox")


def test_a_page_sent_appears_in_the_list_and_open_in_reader_shows_it(listening, qtbot) -> None:
    window, browser = listening
    paired(window, browser)
    page = {"url": URL, "title": HARBOUR_TITLE, "html": article_html(HARBOUR_TITLE, HARBOUR)}
    answer = Browser.wait(qtbot, browser.send("/v1/save", page))
    assert answer["status"] == "saved", answer
    qtbot.waitUntil(lambda: HARBOUR_TITLE in titles(window), timeout=5000)
    assert window.statusBar().currentMessage() == f"Saved from the browser: {HARBOUR_TITLE}"
    assert window.article_view.article is None or window.article_view.article.id != answer["article"]
    Browser.wait(qtbot, browser.send("/v1/show", {"article": answer["article"]}))
    qtbot.waitUntil(lambda: window.article_view.article is not None, timeout=5000)
    assert window.article_view.article.id == answer["article"]
    assert HARBOUR[1] in window.article_view.toPlainText()
    changed = {**page, "html": article_html(HARBOUR_TITLE, [*HARBOUR[:-1], "The wall will be walked weekly."])}
    assert Browser.wait(qtbot, browser.send("/v1/save", changed))["status"] == "new version"
    qtbot.waitUntil(lambda: "walked weekly" in window.article_view.toPlainText(), timeout=5000)
    assert window.statusBar().currentMessage() == f"Saved from the browser as a new version: {HARBOUR_TITLE}"


def test_a_taken_port_is_said_in_the_window_and_another_can_be_chosen(make_window, qtbot, settings) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        taken = other.getsockname()[1]
        settings.setValue("browser/port", taken)
        window = make_window()
        bring_up(window, qtbot)
        link = window.browser_link
        link.start()
        assert link.listener is None
        assert link.button.isVisible() and link.button.text() == f"⚠ Browser saving is off: port {taken} is taken"
        assert f"port {taken} on 127.0.0.1 is used by another program" in window.statusBar().currentMessage()
        new_port = free_port()

        def choose_another(dialog: QWidget) -> None:
            status = dialog.findChild(QLabel, "listenerStatus")
            assert f"port {taken} on 127.0.0.1 is used by another program" in status.text()
            assert "color: #b00020" in status.styleSheet()
            dialog.port.selectAll()
            QTest.keyClicks(dialog.port.lineEdit(), str(new_port))
            QTest.mouseClick(button(dialog, "Apply"), Qt.MouseButton.LeftButton)
            assert status.text() == f"Reader is listening for browsers on 127.0.0.1:{new_port}."
            QTest.mouseClick(dialog.enabled, Qt.MouseButton.LeftButton, pos=dialog.enabled.rect().center())
            QTest.mouseClick(button(dialog, "Apply"), Qt.MouseButton.LeftButton)
            assert status.text() == "Reader is not receiving pages from browsers (switched off below)."
            QTest.mouseClick(dialog.enabled, Qt.MouseButton.LeftButton, pos=dialog.enabled.rect().center())
            QTest.mouseClick(button(dialog, "Apply"), Qt.MouseButton.LeftButton)
            QTest.keyClick(dialog, Qt.Key.Key_Escape)

        answer_in_turn(choose_another)
        QTest.mouseClick(link.button, Qt.MouseButton.LeftButton)
        assert link.listener is not None and link.listener.port == new_port
        assert not link.button.isVisible()
        assert int(settings.value("browser/port")) == new_port
        window.close()


def test_a_second_window_knows_the_first_receives_the_pages(listening, make_window, qtbot, tmp_path) -> None:
    """Two libraries side by side, each in its window: the port belongs to the first, which is no fault."""
    first, browser = listening
    second = make_window(library_path=tmp_path / "team copy.sqlite3")
    bring_up(second, qtbot)
    link = second.browser_link
    link.start()
    assert link.listener is None and link.elsewhere and not link.problem
    assert not link.button.isVisible() and "another program" not in second.statusBar().currentMessage()
    seen = {}

    def look(dialog: QWidget) -> None:
        seen["status"] = dialog.findChild(QLabel, "listenerStatus").text()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    answer_in_turn(look)
    second.actions.connect_browser.trigger()
    assert seen["status"].startswith("Another Reader window receives pages from browsers, into its library.")
    assert first.browser_link.listener is not None and first.browser_link.listener.port == browser.port
    second.close()


def test_a_forgotten_browser_is_refused(listening, qtbot) -> None:
    window, browser = listening
    paired(window, browser)

    def forget(dialog: QWidget) -> None:
        assert not button(dialog, "Forget").isEnabled()
        item = dialog.browsers.item(0)
        rect = dialog.browsers.visualItemRect(item)
        QTest.mouseClick(dialog.browsers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseClick(button(dialog, "Forget"), Qt.MouseButton.LeftButton)
        assert dialog.browsers.item(0).text() == "No browser is paired yet."
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    answer_in_turn(forget)
    window.actions.connect_browser.trigger()
    refused = Browser.wait(qtbot, browser.send("/v1/lookup", {"url": URL}))
    assert refused["http"] == 401


def test_closing_the_window_stops_listening(listening, qtbot) -> None:
    window, browser = listening
    window.close()
    with socket.socket() as again:
        again.bind(("127.0.0.1", browser.port))  # the port is free again
