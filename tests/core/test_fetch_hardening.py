"""Fetching pages from hostile servers: an overall deadline, no redirect from a public address to a
private one, and one clear line for a page Reader cannot read. Every server here is on 127.0.0.1;
nothing connects anywhere else (a guard on socket.create_connection fails the test if it tries)."""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core import fetch as fetch_module
from reader.core.errors import UnreadableInput
from reader.core.fetch import DEADLINE_SECONDS, fetch, is_private_address, resolve_host

PUBLIC = "93.184.215.14"  # an address on the public internet; never connected to here
PAGE = (
    "<html><head><title>Tide tables</title></head><body><article><p>"
    + "High water at noon. " * 20
    + "</p></article></body></html>"
)


@pytest.fixture(autouse=True)
def local_only(monkeypatch) -> Iterator[list[tuple[str, int]]]:
    """No proxy, and every connection attempt is recorded; one to anything but loopback is refused."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    attempts: list[tuple[str, int]] = []
    real = socket.create_connection

    def guarded(address, *args, **kwargs):
        host, port = address[0], address[1]
        attempts.append((host, port))
        if host not in ("127.0.0.1", "localhost"):
            raise OSError(f"the test refused a connection to {host}")
        return real(("127.0.0.1", port), *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)
    yield attempts


class TrickleServer:
    """A raw HTTP server on 127.0.0.1 that answers slowly: `mode` is "body" (headers at once, then the
    body a byte every `every` seconds), "headers" (the headers themselves a byte at a time) or "stall"
    (headers, then nothing)."""

    def __init__(self, mode: str, length: int = 60, every: float = 0.3) -> None:
        self.stop = threading.Event()
        self.connections = 0
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                server.connections += 1
                self.request.settimeout(5)
                try:
                    data = b""
                    while b"\r\n\r\n" not in data:
                        chunk = self.request.recv(4096)
                        if not chunk:
                            return
                        data += chunk
                    head = (
                        f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {length}\r\n"
                        "Connection: close\r\n\r\n"
                    ).encode()
                    body = (b"<p>" + b"x" * length)[:length]
                    if mode == "headers":
                        slow, fast = head, b""
                    elif mode == "body":
                        self.request.sendall(head)
                        slow, fast = body, b""
                    else:  # stall
                        self.request.sendall(head + body[:5])
                        server.stop.wait(length * every)
                        return
                    for i in range(len(slow)):
                        if server.stop.wait(every):
                            return
                        self.request.sendall(slow[i : i + 1])
                    self.request.sendall(fast)
                except OSError:  # the client hung up: what these tests expect
                    pass

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/slow"

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def trickle() -> Iterator:
    servers: list[TrickleServer] = []

    def _make(mode: str, length: int = 60, every: float = 0.3) -> TrickleServer:
        servers.append(TrickleServer(mode, length, every))
        return servers[-1]

    yield _make
    for server in servers:
        server.close()


# -- the overall deadline ------------------------------------------------------------------------


def test_the_default_deadline_bounds_the_whole_fetch() -> None:
    assert DEADLINE_SECONDS == 30
    assert fetch.__kwdefaults__["deadline"] == DEADLINE_SECONDS
    assert fetch.__kwdefaults__["timeout"] < DEADLINE_SECONDS


@pytest.mark.parametrize("mode", ["body", "headers"])
def test_a_trickling_server_is_stopped_at_the_deadline(trickle, mode: str) -> None:
    # 60 bytes at a byte every 0.3 s take 18 s: each read is quick, so only an overall deadline stops it
    server = trickle(mode, length=60, every=0.3)
    started = time.monotonic()
    with pytest.raises(UnreadableInput) as caught:
        fetch(server.url, deadline=1.5)
    elapsed = time.monotonic() - started
    message = str(caught.value)
    assert message == f"{server.url} took longer than 1.5 seconds to download, so Reader stopped"
    assert "\n" not in message
    assert 1.0 < elapsed < 9, elapsed  # about the deadline; far from the 18 s the trickle would take


def test_a_stalled_server_is_stopped_at_the_deadline_not_the_read_timeout(trickle) -> None:
    server = trickle("stall", length=60, every=0.3)
    started = time.monotonic()
    with pytest.raises(UnreadableInput, match="took longer than 1.5 seconds"):
        fetch(server.url, timeout=20, deadline=1.5)
    assert time.monotonic() - started < 9


def test_a_fetch_within_the_deadline_is_unchanged(local_site) -> None:
    url = local_site.add("/tides", PAGE)
    page = fetch(url, deadline=5)
    assert page.url == url and b"High water at noon" in page.data


# -- which addresses are private -----------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.255.0.9",
        "::1",
        "0.0.0.0",
        "::",
        "10.0.0.1",
        "10.255.255.255",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.0.1",
        "192.168.255.255",
        "169.254.169.254",
        "169.254.0.1",
        "100.64.0.1",
        "fc00::1",
        "fd12:3456:789a::1",
        "fe80::1",
        "fe80::1%eth0",
        "fec0::1",
        "::ffff:127.0.0.1",
        "::ffff:10.1.2.3",
        "::ffff:169.254.169.254",
        "64:ff9b::7f00:1",
        "64:ff9b::a00:1",
        "2002:7f00:1::1",
        "2002:c0a8:101::1",
        "::7f00:1",
        "224.0.0.1",
        "239.255.255.250",
        "ff02::1",
        "255.255.255.255",
        "240.0.0.1",
        "198.18.0.1",
        "192.0.2.1",
        "2001:db8::1",
        "not an address",
        "",
        "127.0.0.1:80",
    ],
)
def test_private_loopback_link_local_and_odd_addresses_are_private(address: str) -> None:
    assert is_private_address(address)


@pytest.mark.parametrize(
    "address",
    [
        PUBLIC,
        "8.8.8.8",
        "1.1.1.1",
        "172.15.255.255",
        "172.32.0.1",
        "192.169.0.1",
        "11.0.0.1",
        "169.253.1.1",
        "2606:4700:4700::1111",
        "2a00:1450:4001:80b::200e",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::1",
    ],
)
def test_public_addresses_are_public(address: str) -> None:
    assert not is_private_address(address)


def test_the_resolver_returns_addresses_and_nothing_for_what_does_not_resolve() -> None:
    assert resolve_host("127.0.0.1") == ["127.0.0.1"]
    assert set(resolve_host("::1")) == {"::1"}
    assert resolve_host("a..b") == []  # refused by IDNA before any lookup


# -- redirects from a public address to a private one ---------------------------------------------


def seems_public(*names: str, **others: list[str]):
    """A resolver that makes `names` look public and gives `others` their addresses; any other host
    is an address itself (what it resolves to, without a lookup)."""

    def resolve(host: str) -> list[str]:
        if host in names:
            return [PUBLIC]
        if host in others:
            return others[host]
        return [host]

    return resolve


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/final",
        "http://[::1]:{port}/final",
        "http://0.0.0.0:{port}/final",
        "http://10.0.0.7/",
        "http://172.16.4.2/",
        "http://192.168.1.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]:{port}/final",
        "https://intranet.example/",
        "http://2130706433:{port}/final",
    ],
)
def test_a_public_page_may_not_redirect_to_a_private_address(local_site, local_only, target: str) -> None:
    # The start is the local server under the name "localhost", which the resolver makes look public
    port = local_site.server.server_address[1]
    local_site.add("/final", PAGE)
    local_site.add("/start", b"", status=302, headers={"Location": target.format(port=port)})
    resolve = seems_public("localhost", **{"intranet.example": [PUBLIC, "10.1.1.1"], "2130706433": ["127.0.0.1"]})
    with pytest.raises(UnreadableInput) as caught:
        fetch(f"http://localhost:{port}/start", resolve=resolve, deadline=5)
    message = str(caught.value)
    assert "redirected to a private network address" in message, message
    assert "\n" not in message
    assert local_site.requests == ["/start"]  # the private address was never asked
    assert {host for host, _ in local_only} == {"localhost"}  # nor connected to


def test_an_address_checked_as_public_but_connected_as_private_is_refused(local_site) -> None:
    # DNS may say "public" to the check and "127.0.0.1" a moment later: the address connected to counts
    port = local_site.server.server_address[1]
    local_site.add("/final", PAGE)
    start = local_site.add("/start", b"", status=302, headers={"Location": f"http://localhost:{port}/final"})
    with pytest.raises(UnreadableInput, match=r"redirected to a private network address \(127\.0\.0\.1\)"):
        fetch(start, resolve=seems_public("127.0.0.1", "localhost"), deadline=5)
    assert local_site.requests == ["/start"]


def test_the_users_own_local_server_still_works_with_redirects(local_site) -> None:
    port = local_site.server.server_address[1]
    final = local_site.add("/final", PAGE)
    local_site.add("/moved", b"", status=301, headers={"Location": f"http://localhost:{port}/final"})
    start = local_site.add("/start", b"", status=302, headers={"Location": "/moved"})
    page = fetch(start, resolve=seems_public(localhost=["127.0.0.1", "::1"]))
    assert page.url == final.replace("127.0.0.1", "localhost")
    assert local_site.requests == ["/start", "/moved", "/final"]
    assert fetch(final).url == final  # and with the real resolver


def test_a_redirect_to_another_scheme_is_refused_in_one_line(local_site) -> None:
    start = local_site.add("/start", b"", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(UnreadableInput, match="redirected to a non-web address"):
        fetch(start)


# -- pages Reader cannot read --------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    [
        "text/csv",
        "application/pdf",
        "image/png",
        "application/octet-stream",
        "application/json",
        "text/css",
        "text/calendar",
        "application/rss+xml",
        "video/mp4",
        "TEXT/CSV; charset=utf-8",
    ],
)
def test_a_page_of_another_type_is_refused_in_one_line(local_site, content_type: str) -> None:
    url = local_site.add("/data", b"date,high water\n2024-04-02,12:04\n" * 10, content_type=content_type)
    with pytest.raises(UnreadableInput) as caught:
        fetch(url)
    shown = content_type.split(";")[0].lower()
    assert str(caught.value).startswith(f"{url} is served as {shown}, which Reader cannot read as an article")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "content_type, kind",
    [
        ("text/html; charset=utf-8", "html"),
        ("application/xhtml+xml", "html"),
        ("text/plain", "text"),
        ("text/markdown", "markdown"),
        ("", "html"),
    ],
)
def test_web_pages_text_and_markdown_are_read(local_site, content_type: str, kind: str) -> None:
    url = local_site.add("/page", PAGE)
    local_site.pages["/page"] = (200, {"Content-Type": content_type} if content_type else {}, PAGE.encode())
    assert fetch(url).kind == kind


def test_the_command_line_says_so_in_one_line(local_site, tmp_path: Path, capsys) -> None:
    from reader.cli import main

    url = local_site.add("/tides.csv", b"date,high water\n2024-04-02,12:04\n", content_type="text/csv")
    code = main(["import", url, "--library", str(tmp_path / "lib.sqlite3")])
    out, err = capsys.readouterr()
    assert code != 0
    assert "is served as text/csv, which Reader cannot read as an article" in err
    assert "Traceback" not in err + out
    assert len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://a..b/", "http://\udcff/", "http://x\n.example/", "http://[fe80::1%zz/"]
)
def test_an_address_that_is_not_valid_is_said_so(url: str) -> None:
    with pytest.raises(UnreadableInput, match="is not a valid web address") as caught:
        fetch(url)
    assert "\n" not in str(caught.value)


def test_the_module_does_not_resolve_through_the_seam_to_connect(local_site) -> None:
    # the resolver only classifies: a resolver that lies about where a host is changes no connection
    url = local_site.add("/tides", PAGE)
    assert fetch(url, resolve=lambda host: [PUBLIC]).url == url
    assert fetch_module.resolve_host is fetch.__kwdefaults__["resolve"]


# -- name lookups are within the deadline --------------------------------------------------------
# A lookup has no timeout of its own and holds no socket the watchdog could shut; these stand in for
# a resolver that does not answer. Each hangs until the test ends (or `hold` passes), so a fetch that
# waited for it would take far longer than its deadline.

HOLD = 8.0  # how long a hanging lookup lasts at most: well past every deadline below


@pytest.fixture
def hanging_lookups(monkeypatch) -> Iterator:
    """`hang(*names)` makes socket.getaddrinfo hang on `names` (on every host when none are given) and
    returns the list of hosts it was asked for; the lookups end when the test does."""
    release = threading.Event()
    real = socket.getaddrinfo

    def hang(*names: str, hold: float = HOLD) -> list[str]:
        asked: list[str] = []

        def getaddrinfo(host, *args, **kwargs):
            asked.append(host)
            if not names or host in names:
                release.wait(hold)
            return real(host, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        return asked

    yield hang
    release.set()


def assert_stopped_at_the_deadline(caught, url: str, started: float) -> None:
    """The fetch (deadline=1) ended with the deadline's message about when the deadline passed."""
    elapsed = time.monotonic() - started
    assert str(caught.value) == f"{url} took longer than 1 second to download, so Reader stopped"
    assert 0.8 < elapsed < 2.5, elapsed  # the deadline, far from the HOLD seconds the lookup would take


def test_a_resolver_slower_than_the_deadline_is_cut_off(local_site) -> None:
    url = local_site.add("/tides", PAGE)
    release = threading.Event()

    def slow(host: str) -> list[str]:
        release.wait(HOLD)
        return [host]

    started = time.monotonic()
    try:
        with pytest.raises(UnreadableInput) as caught:
            fetch(url, resolve=slow, deadline=1)
    finally:
        release.set()
    assert_stopped_at_the_deadline(caught, url, started)
    assert local_site.requests == []  # nothing was asked once the deadline had passed


@pytest.mark.parametrize("where", ["address check", "connect", "redirect"])
def test_a_hanging_name_lookup_is_cut_off_at_the_deadline(local_site, local_only, hanging_lookups, where: str) -> None:
    port = local_site.server.server_address[1]
    local_site.add("/tides", PAGE)
    resolve = fetch_module.resolve_host
    if where == "address check":  # the default resolver's lookup, before any connection
        url, asked = f"http://localhost:{port}/tides", hanging_lookups("localhost")
    elif where == "connect":  # the resolver looks nothing up: the lookup that hangs is httpx's own
        url, asked, resolve = f"http://localhost:{port}/tides", hanging_lookups(), seems_public()
    else:  # a redirect's target: the first page is read, the next lookup hangs
        local_site.add("/start", b"", status=302, headers={"Location": f"http://localhost:{port}/tides"})
        url, asked = f"http://127.0.0.1:{port}/start", hanging_lookups("localhost")
    started = time.monotonic()
    with pytest.raises(UnreadableInput) as caught:
        fetch(url, resolve=resolve, deadline=1)
    assert_stopped_at_the_deadline(caught, url, started)
    assert asked  # the lookup that hung was made
    assert local_site.requests == (["/start"] if where == "redirect" else [])
    if where == "connect":
        assert [host for host, _ in local_only] == ["localhost"]  # it hung inside httpx's connect


def test_a_slow_lookup_within_the_deadline_is_waited_for(local_site, hanging_lookups) -> None:
    url = local_site.add("/tides", PAGE)
    asked = hanging_lookups(hold=0.3)
    page = fetch(url, deadline=5)
    assert page.url == url and b"High water at noon" in page.data
    assert asked == ["127.0.0.1", "127.0.0.1"]  # the address check's lookup and the connect's


# -- behind a proxy ------------------------------------------------------------------------------


class LocalProxy:
    """A raw HTTP proxy on 127.0.0.1 that never connects anywhere: it records each request line and
    either answers it itself with `PAGE` ("answer") or reads it and says nothing ("silent")."""

    def __init__(self, mode: str) -> None:
        self.stop = threading.Event()
        self.requests: list[str] = []
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(5)
                try:
                    data = b""
                    while b"\r\n\r\n" not in data:
                        chunk = self.request.recv(4096)
                        if not chunk:
                            return
                        data += chunk
                    proxy.requests.append(data.split(b"\r\n")[0].decode("latin-1"))
                    if mode == "silent":
                        proxy.stop.wait(HOLD)
                        return
                    body = PAGE.encode()
                    self.request.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
                    )
                except OSError:
                    pass

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://localhost:{self.server.server_address[1]}"  # a name: connecting looks it up

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def proxy(monkeypatch) -> Iterator:
    """`use(mode)` starts a LocalProxy and makes it the environment's proxy for http pages."""
    proxies: list[LocalProxy] = []

    def use(mode: str) -> LocalProxy:
        proxies.append(LocalProxy(mode))
        for name in ("no_proxy", "NO_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxies[-1].url)
        return proxies[-1]

    yield use
    for each in proxies:
        each.close()


def test_a_fetch_through_a_proxy_is_unchanged(proxy, local_only) -> None:
    server = proxy("answer")
    page = fetch("http://tides.example/tides", resolve=seems_public("tides.example"), deadline=5)
    assert page.url == "http://tides.example/tides" and b"High water at noon" in page.data
    assert server.requests == ["GET http://tides.example/tides HTTP/1.1"]
    assert {host for host, _ in local_only} == {"localhost"}  # only the proxy was connected to


@pytest.mark.parametrize("what", ["silent proxy", "proxy's lookup", "page's lookup"])
def test_behind_a_proxy_the_deadline_still_holds(proxy, hanging_lookups, what: str) -> None:
    url = "http://tides.example/tides"
    server = proxy("silent" if what == "silent proxy" else "answer")
    resolve = seems_public("tides.example")
    if what == "proxy's lookup":  # the page's address check looks nothing up; connecting to the proxy does
        hanging_lookups()
    elif what == "page's lookup":  # the default resolver's check of the page's host (through a proxy too)
        hanging_lookups("tides.example")
        resolve = fetch_module.resolve_host
    started = time.monotonic()
    with pytest.raises(UnreadableInput) as caught:
        fetch(url, resolve=resolve, deadline=1)
    assert_stopped_at_the_deadline(caught, url, started)
    assert server.requests == (["GET http://tides.example/tides HTTP/1.1"] if what == "silent proxy" else [])
