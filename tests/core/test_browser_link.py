"""The browser listener as the extension (and a hostile page) meets it: real HTTP on 127.0.0.1,
a real library file."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.browser_link import server as server_module
from reader.core.browser_link.desk import Desk, library_pairing, locked_call
from reader.core.browser_link.pairing import MAX_TRIES, META_KEY, Pairing
from reader.core.browser_link.server import Listener
from reader.core.errors import PortTaken
from reader.core.library import Library
from reader.core.models import HighlightStatus
from tests.browser_pages import HARBOUR, HARBOUR_TITLE, article_html

EXT = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
URL = "https://coast.example/news/harbour-wall"


class Client:
    def __init__(self, port: int) -> None:
        self.port = port
        self.token = ""

    def post(self, path: str, body: object = None, *, origin: str | None = EXT, headers: dict | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        data = json.dumps(body if body is not None else {}).encode()
        sent = {"Content-Type": "application/json", "Host": f"127.0.0.1:{self.port}"}
        if origin is not None:
            sent["Origin"] = origin
        if self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        sent.update(headers or {})
        conn.request("POST", path, body=data, headers=sent)
        response = conn.getresponse()
        answer = json.loads(response.read() or b"{}")
        conn.close()
        return response.status, answer, dict(response.getheaders())


@pytest.fixture
def listener(library: Library) -> Iterator[Listener]:
    pairing = library_pairing(library)
    shown: list[int] = []
    running = Listener(Desk(locked_call(library), pairing, on_show=shown.append), port=0)
    running.shown = shown  # type: ignore[attr-defined]
    running.start()
    yield running
    running.stop()


@pytest.fixture
def client(listener: Listener) -> Client:
    return Client(listener.port)


def paired(client: Client, listener: Listener) -> Client:
    code = listener.desk.pairing.new_code()
    status, answer, _ = client.post("/v1/pair", {"code": code[:3] + " " + code[3:], "name": "Chromium on Linux"})
    assert status == 200, answer
    client.token = answer["token"]
    return client


def page(paragraphs: list[str] = HARBOUR, **extra: object) -> dict:
    return {
        "url": URL,
        "title": HARBOUR_TITLE + " | Coast Gazette",
        "html": article_html(HARBOUR_TITLE, paragraphs),
        **extra,
    }


def test_hello_answers_an_extension_and_says_whether_it_is_paired(client: Client, listener: Listener) -> None:
    status, answer, headers = client.post("/v1/hello")
    assert (status, answer["app"], answer["paired"]) == (200, "reader", False)
    assert not any(k.lower().startswith("access-control") for k in headers)
    paired(client, listener)
    assert client.post("/v1/hello")[1]["paired"] is True


@pytest.mark.parametrize("origin", ["http://127.0.0.1:8000", "https://evil.example", "null", None])
def test_web_pages_and_origin_less_requests_are_refused_before_anything_is_read(
    client: Client, listener: Listener, library: Library, origin: str | None
) -> None:
    paired(client, listener)
    status, answer, headers = client.post("/v1/save", page(), origin=origin)
    assert status == 403 and "web pages" in answer["error"]
    assert not any(k.lower().startswith("access-control") for k in headers)
    assert library.count() == 0


def test_a_preflight_is_never_granted(client: Client) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=10)
    conn.request(
        "OPTIONS", "/v1/save", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    response = conn.getresponse()
    assert response.status == 403
    assert response.getheader("Access-Control-Allow-Origin") is None


def test_a_dns_name_pointing_here_is_refused(client: Client) -> None:
    status, answer, _ = client.post("/v1/hello", headers={"Host": f"evil.example:{client.port}"})
    assert status == 403 and "127.0.0.1" in answer["error"]


def test_form_posts_and_gets_are_refused(client: Client, listener: Listener, library: Library) -> None:
    paired(client, listener)
    status, answer, _ = client.post("/v1/save", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 415
    conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=10)
    conn.request("GET", "/v1/lookup", headers={"Origin": EXT})
    assert conn.getresponse().status == 405
    assert library.count() == 0


def test_every_request_but_hello_and_pair_needs_the_token_of_its_own_origin(
    client: Client, listener: Listener, library: Library
) -> None:
    for path in ("/v1/save", "/v1/lookup", "/v1/show"):
        status, answer, _ = client.post(path, page())
        assert status == 401 and "not paired" in answer["error"]
    paired(client, listener)
    other = "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba"
    assert client.post("/v1/lookup", {"url": URL}, origin=other)[0] == 401  # a stolen token from another extension
    client.token = client.token[:-2] + "xx"
    assert client.post("/v1/lookup", {"url": URL})[0] == 401
    assert library.count() == 0


def test_pairing_takes_the_code_on_show_only_and_gives_up_after_wrong_tries(
    client: Client, listener: Listener, library: Library
) -> None:
    status, answer, _ = client.post("/v1/pair", {"code": "123456", "name": "x"})
    assert status == 403 and "Connect a Browser" in answer["error"]
    code = listener.desk.pairing.new_code()
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for _ in range(MAX_TRIES - 1):
        assert "wrong code" in client.post("/v1/pair", {"code": wrong, "name": "x"})[1]["error"]
    assert "too often" in client.post("/v1/pair", {"code": wrong, "name": "x"})[1]["error"]
    assert client.post("/v1/pair", {"code": code, "name": "x"})[0] == 403  # the code is gone
    paired(client, listener)
    assert client.post("/v1/pair", {"code": code, "name": "x"})[0] == 403  # used once
    stored = json.loads(library.get_meta(META_KEY) or "[]")
    assert [b["name"] for b in stored] == ["Chromium on Linux"] and client.token not in json.dumps(stored)


def test_a_forgotten_browser_is_refused(client: Client, listener: Listener) -> None:
    paired(client, listener)
    listener.desk.pairing.forget(EXT)
    assert client.post("/v1/lookup", {"url": URL})[0] == 401


def test_a_page_is_saved_cleaned_then_again_as_a_new_version(
    client: Client, listener: Listener, library: Library
) -> None:
    paired(client, listener)
    status, answer, _ = client.post("/v1/save", page())
    assert status == 200 and answer["status"] == "saved", answer
    article = library.get(answer["article"])
    assert article.content.title == HARBOUR_TITLE
    assert article.content.text.split("\n\n")[-len(HARBOUR) :] == HARBOUR
    assert "Privacy policy" not in article.content.text and [a.name for a in article.content.authors] == [
        "Mara Quinlan"
    ]
    assert answer["link"] == f"reader://article/{article.id}"
    assert client.post("/v1/save", page())[1]["status"] == "unchanged"
    changed = [*HARBOUR[:-1], "The harbour master will now walk the wall after every storm, named or not."]
    again = client.post("/v1/save", page(changed))[1]
    assert (again["status"], again["article"]) == ("new version", article.id)
    assert library.count() == 1 and library.get(article.id).content.text.endswith("named or not.")
    assert client.post("/v1/lookup", {"url": URL})[1] == {
        "ok": True,
        "saved": True,
        "article": article.id,
        "title": HARBOUR_TITLE,
    }
    assert client.post("/v1/lookup", {"url": "https://coast.example/other"})[1]["saved"] is False


def test_a_selection_becomes_a_highlight_on_its_words(client: Client, listener: Listener, library: Library) -> None:
    paired(client, listener)
    exact = "tied the new section to the old one with stainless steel anchors"
    selection = {"exact": exact, "prefix": "same quarry and ", "suffix": ", a method they"}
    answer = client.post("/v1/save", page(selection=selection))[1]
    assert answer["highlight"] == "placed"
    (h,) = library.annotations.for_article(answer["article"])
    text = library.get(answer["article"]).content.text
    assert text[h.start : h.end] == exact and h.status == HighlightStatus.ANCHORED
    assert client.post("/v1/save", page(selection=selection))[1]["highlight"] == "already there"
    across = {"exact": "capping stones.\n  Engineers replaced the lost blocks", "prefix": "", "suffix": ""}
    assert client.post("/v1/save", page(selection=across))[1]["highlight"] == "placed"
    spans = [text[h.start : h.end] for h in library.annotations.for_article(answer["article"])]
    assert "capping stones.\n\nEngineers replaced the lost blocks" in spans


def test_a_selection_not_in_the_cleaned_text_is_kept_to_place_by_hand(
    client: Client, listener: Listener, library: Library
) -> None:
    paired(client, listener)
    selection = {"exact": "Privacy policy. Contact us.", "prefix": "All rights reserved. ", "suffix": ""}
    answer = client.post("/v1/save", page(selection=selection))[1]
    assert answer["highlight"] == "not placed"
    (h,) = library.annotations.for_article(answer["article"])
    assert (h.exact, h.status) == ("Privacy policy. Contact us.", HighlightStatus.ORPHANED)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"url": "file:///etc/passwd", "html": "<p>x</p>"}, "only web pages"),
        ({"url": URL, "html": "   "}, "empty page"),
        ({"url": URL, "html": 12}, "not text"),
        ({"url": URL, "html": "<html><body><nav>Home News</nav></body></html>"}, ""),
    ],
)
def test_bad_pages_are_refused_in_words_and_nothing_is_stored(
    client: Client, listener: Listener, library: Library, body: dict, words: str
) -> None:
    paired(client, listener)
    status, answer, _ = client.post("/v1/save", body)
    assert status == 422 and answer["ok"] is False and words in answer["error"] and answer["error"]
    assert library.count() == 0


def test_a_request_over_the_size_limit_is_refused_unread(
    client: Client, listener: Listener, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    paired(client, listener)
    monkeypatch.setattr(server_module, "MAX_BODY", 1000)
    status, answer, _ = client.post("/v1/save", page())
    assert status == 413 and "too large" in answer["error"]
    assert library.count() == 0


def test_show_asks_the_window_and_names_a_deleted_article(client: Client, listener: Listener, library: Library) -> None:
    paired(client, listener)
    article = client.post("/v1/save", page())[1]["article"]
    assert client.post("/v1/show", {"article": article})[0] == 200
    assert listener.shown == [article]  # type: ignore[attr-defined]
    library.delete([article])
    assert client.post("/v1/show", {"article": article})[0] == 404


def test_a_taken_port_is_said_and_never_swapped_for_another(library: Library) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        pairing = Pairing(lambda: None, lambda _value: None)
        taken = Listener(Desk(locked_call(library), pairing), port=port)
        with pytest.raises(PortTaken, match=f"port {port} on 127.0.0.1 is used by another program"):
            taken.start()
        assert not taken.running and taken.port == port


def test_pairings_survive_a_restart(tmp_path: Path) -> None:
    with Library.open(tmp_path / "l.db") as lib:
        pairing = library_pairing(lib)
        token = pairing.pair(pairing.new_code(), EXT, "Firefox")
    with Library.open(tmp_path / "l.db") as lib:
        again = library_pairing(lib)
        assert again.authorised(token, EXT) and not again.authorised(token, "moz-extension://other")
