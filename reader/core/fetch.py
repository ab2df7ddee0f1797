"""Fetching a page by URL with httpx: http(s) only, bounded time, size and redirects.

Three limits hold for every fetch:

- an overall deadline (`DEADLINE_SECONDS`) for the whole of it — every name lookup, connecting, every
  redirect and the body — besides the per-read `timeout`: a server that trickles its page a byte at a
  time is stopped, and so is a resolver that does not answer;
- a page on a public address may not redirect to a loopback, link-local or private one (a web page
  must not make Reader read the user's router or a service on their machine); a URL the user gave
  that is itself on such an address (their own local server) is fetched as usual;
- only web pages, plain text and Markdown are read: any other type is refused in one line.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

from reader import __version__
from reader.core.errors import PageUnavailable, UnreadableInput
from reader.core.importers import HTML, MARKDOWN, TEXT
from reader.core.importers.decoding import MAX_INPUT_BYTES

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 20.0  # for each connect and each read
DEADLINE_SECONDS = 30.0  # for the whole fetch: connecting, redirects and the body
MAX_REDIRECTS = 5
USER_AGENT = f"Reader/{__version__} (desktop article reader)"
_KINDS = {
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "text/plain": TEXT,
    "text/markdown": MARKDOWN,
    "text/x-markdown": MARKDOWN,
}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # IPv6 addresses that stand for an IPv4 one (DNS64)

Resolver = Callable[[str], list[str]]  # a host name -> the addresses it resolves to
T = TypeVar("T")


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    data: bytes
    kind: str
    fetched_at: str


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def resolve_host(host: str) -> list[str]:
    """Every address `host` resolves to (an address is itself); [] when it does not resolve."""
    try:
        # An AF_INET or AF_INET6 address (all getaddrinfo gives for a host name) starts with its text
        return [cast(str, info[4][0]) for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)]
    except (OSError, UnicodeError, ValueError):
        return []


def is_private_address(address: str) -> bool:
    """True for an address that is not on the public internet: loopback, link-local, private (10/8,
    172.16/12, 192.168/16, fc00::/7), unspecified (0.0.0.0, ::), shared, reserved, multicast, and an
    IPv6 address that carries such an IPv4 one. Something that is not an address counts as private."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return is_private_address(str(ip.ipv4_mapped))
        if ip in _NAT64:
            return is_private_address(str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
        if ip.sixtofour is not None and is_private_address(str(ip.sixtofour)):
            return True
        if ip.is_site_local:
            return True
    return (
        not ip.is_global
        or ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_unspecified
        or ip.is_reserved
        or ip.is_multicast
    )


def _shut(sock: Any) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # wakes a read blocked on it in another thread
    except (OSError, AttributeError):
        pass


class _Guard:
    """The deadline of one fetch, and the check of each connection's real peer address.

    httpx's timeouts are per read, so a watchdog thread shuts down the fetch's sockets when the
    deadline passes; the sockets are learnt from httpx's `trace` extension as they connect (a name
    lookup has no socket yet: `_in_time` bounds those). The same hook refuses a connection to a private
    address where only public ones are allowed (a host that resolved to a public address when it was
    checked and to a private one when connected to)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self.require_public = False
        self.refused: str | None = None  # the private address a connection was refused to
        self._sockets: list[Any] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self.expire)
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        return self.end - time.monotonic()

    def over(self) -> bool:
        return self.expired or self.left() <= 0

    def expire(self) -> None:
        """End the fetch now: its sockets are shut, and so is any that connects later."""
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        if stream is None:
            return
        sock = stream.get_extra_info("socket")  # the TCP socket (under TLS, if any)
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)
            return
        if self.require_public:
            address = _peer(stream)
            if address is None or is_private_address(address):
                self.refused = address or "an address that cannot be told"
                _shut(sock)  # nothing is sent to it

    def cancel(self) -> None:
        self._timer.cancel()


class _Call:
    """One call made in a daemon thread, so that the fetch's thread can stop waiting for it.

    A name lookup cannot be cut short: getaddrinfo has no timeout and no socket the watchdog could
    shut, and a resolver may take minutes to give up. That holds for the lookup of the address check
    and for the one httpx makes inside its connect (to the page's host or to the proxy), so both the
    check and each `send` run here. A call the fetch stopped waiting for is left to end on its own (a
    daemon thread does not keep Reader from quitting); what it returns then goes to `discard`."""

    def __init__(self, call: Callable[[], T], discard: Callable[[T], None] | None) -> None:
        self._call, self._discard = call, discard
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._outcome: tuple[Any, BaseException | None] | None = None
        self._abandoned = False
        threading.Thread(target=self._run, name="reader-fetch", daemon=True).start()

    def _run(self) -> None:
        try:
            outcome: tuple[Any, BaseException | None] = (self._call(), None)
        except BaseException as exc:  # noqa: BLE001 - it is the caller's, raised again in its thread
            outcome = (None, exc)
        with self._lock:
            self._outcome = outcome
            abandoned = self._abandoned
        self._done.set()
        if abandoned and outcome[1] is None and self._discard is not None:
            try:
                self._discard(outcome[0])
            except Exception:  # noqa: BLE001 - nobody waits for this thread any more
                pass

    def result(self, seconds: float) -> tuple[bool, Any]:
        """(True, what the call returned) when it ends within `seconds` (its error is raised);
        (False, None) when it does not, and then the call is abandoned."""
        self._done.wait(max(0.0, seconds))
        with self._lock:
            if self._outcome is None:
                self._abandoned = True
                return False, None
            value, error = self._outcome
        if error is not None:
            raise error
        return True, value


def _in_time(guard: _Guard, url: str, call: Callable[[], T], discard: Callable[[T], None] | None = None) -> T:
    """What `call()` returns, or the deadline's error as soon as the deadline passes while it runs;
    the guard is then expired at once, so a connection the abandoned call makes later is shut before
    anything is sent on it."""
    ended, value = _Call(call, discard).result(guard.left())
    if not ended:
        guard.expire()
        raise _too_slow(url, guard.seconds)
    return cast(T, value)  # ended: what call() returned


def _close(response: Any) -> None:
    response.close()


def _proxied() -> bool:
    """Whether httpx will go through a proxy (from the environment): then a connection's peer is the
    proxy, not the page's host, and only the host's resolved addresses can be checked."""
    proxies = urllib.request.getproxies()
    return any(key in proxies for key in ("http", "https", "all"))


def _printable(value: str, limit: int = 80) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in value)
    return text if len(text) <= limit else text[:limit] + "…"


def _peer(stream: Any) -> str | None:
    """The address a network stream is connected to (None when it cannot be told)."""
    try:
        peer = stream.get_extra_info("server_addr") if stream is not None else None
    except OSError:
        return None
    return str(peer[0]) if peer else None


def _too_slow(url: str, seconds: float) -> UnreadableInput:
    if seconds == 1:
        return PageUnavailable("{url} took longer than 1 second to download, so Reader stopped", url=url)
    return PageUnavailable(
        "{url} took longer than {seconds:g} seconds to download, so Reader stopped", url=url, seconds=seconds
    )


def retry_after(value: str, now: float | None = None) -> float | None:
    """Seconds to wait that a Retry-After header gives (a number of seconds, or an HTTP date); None
    when it gives none that can be read."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(min(int(value), 86_400 * 7))
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


def _refused(url: str, address: str) -> UnreadableInput:
    return UnreadableInput(
        "{url} redirected to a private network address ({address}); Reader does not follow a public page to an"
        " address on your computer or local network",
        url=url,
        address=address,
    )


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = MAX_INPUT_BYTES,
    resolve: Resolver = resolve_host,
) -> FetchedPage:
    """Download one page; every failure is an UnreadableInput that says what went wrong.

    `timeout` bounds each connect and each read, `deadline` the whole fetch, name lookups included
    (the check's through `resolve` and the ones httpx makes to connect). `resolve` is used only to
    decide whether a host's addresses are private (never to connect): a test can make its local server
    look public with it."""
    import httpx  # loaded only when a URL is fetched

    shown = _printable(url, 200)
    try:
        parts = urlsplit(url)
    except ValueError:
        raise UnreadableInput("{shown!r} is not a valid web address", shown=shown) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UnreadableInput("only http and https addresses can be fetched, not {shown!r}", shown=shown)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"}
    guard = _Guard(deadline)
    try:
        with httpx.Client(follow_redirects=False, timeout=timeout, headers=headers) as client:
            return _fetch(client, client.build_request("GET", url), shown, guard, timeout, max_bytes, resolve)
    except httpx.TimeoutException:
        if guard.over():
            raise _too_slow(shown, deadline) from None
        if timeout == 1:
            raise PageUnavailable("{shown} did not answer within 1 second", shown=shown) from None
        raise PageUnavailable(
            "{shown} did not answer within {seconds:g} seconds", shown=shown, seconds=timeout
        ) from None
    except httpx.HTTPError as exc:
        if guard.refused is not None:
            raise _refused(shown, guard.refused) from None
        if guard.over():  # the watchdog shut the connection
            raise _too_slow(shown, deadline) from None
        raise PageUnavailable(
            "could not fetch {shown}: {reason}", shown=shown, reason=_printable(str(exc) or type(exc).__name__, 200)
        ) from None
    except (httpx.InvalidURL, ValueError):  # UnicodeError included: a host name IDNA cannot encode
        raise UnreadableInput("{shown!r} is not a valid web address", shown=shown) from None
    finally:
        guard.cancel()


def _fetch(
    client: Any, request: Any, url: str, guard: _Guard, timeout: float, max_bytes: int, resolve: Resolver
) -> FetchedPage:
    import httpx

    proxied = _proxied()
    public_seen = False  # whether a public address has been on the way: no private one may follow it
    for hop in range(MAX_REDIRECTS + 1):
        if request.url.scheme not in ("http", "https"):
            raise UnreadableInput("{url} redirected to a non-web address", url=url)
        try:
            request.url.host.encode("idna")  # an empty or overlong label ("a..b") is refused before a lookup
        except UnicodeError:
            if hop:
                raise UnreadableInput("{url} redirected to an address that is not valid", url=url) from None
            raise
        addresses = _in_time(guard, url, partial(resolve, request.url.host))
        private = [a for a in addresses if is_private_address(a)]
        if hop and public_seen and private:
            raise _refused(url, private[0])
        public_seen = public_seen or bool(addresses and not private)
        # The address connected to is checked too (DNS may answer differently a moment later); not
        # the first one's, which is the user's own choice, nor through a proxy, where it is the proxy's.
        guard.require_public = bool(hop and public_seen and not proxied)
        left = guard.left()
        if left <= 0:
            raise _too_slow(url, guard.seconds)
        request.extensions = {
            **request.extensions,
            "trace": guard.trace,
            "timeout": httpx.Timeout(min(timeout, left)).as_dict(),
        }
        response = _in_time(guard, url, partial(client.send, request, stream=True), discard=_close)
        try:
            if guard.refused is not None:
                raise _refused(url, guard.refused)
            peer = None if proxied else _peer(response.extensions.get("network_stream"))
            if peer is not None and not is_private_address(peer):
                public_seen = True
            if response.next_request is None:
                return _read(response, url, guard, max_bytes)
        finally:
            response.close()
        request = response.next_request
    raise UnreadableInput("{url} redirects too many times", url=url)


def _read(response: Any, url: str, guard: _Guard, max_bytes: int) -> FetchedPage:
    if response.status_code == 429 or response.status_code >= 500:
        raise PageUnavailable(
            "the server answered {status} for {url}; try again later",
            status=response.status_code,
            url=url,
            retry_after=retry_after(response.headers.get("retry-after", "")),
        )
    if response.status_code >= 400:
        reason = _printable(response.reason_phrase or "")
        if not reason:
            raise UnreadableInput("the server answered {status} for {url}", status=response.status_code, url=url)
        raise UnreadableInput(
            "the server answered {status} {reason} for {url}", status=response.status_code, reason=reason, url=url
        )
    final = str(response.url)
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    kind = _KINDS.get(content_type)
    if kind is None and content_type:
        raise UnreadableInput(
            "{url} is served as {content_type}, which Reader cannot read as an article (it reads web pages,"
            " plain text and Markdown)",
            url=url,
            content_type=_printable(content_type),
        )
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise UnreadableInput("{url} is too large ({value} MB)", url=url, value=int(declared) // (1024 * 1024))
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        if guard.over():
            raise _too_slow(url, guard.seconds)
        size += len(chunk)
        if size > max_bytes:
            raise UnreadableInput("{url} is too large (over {value} MB)", url=url, value=max_bytes // (1024 * 1024))
        chunks.append(chunk)
    if guard.over():  # the watchdog may have ended a body that runs until the connection closes
        raise _too_slow(url, guard.seconds)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    log.info("fetched %s (%d bytes, %s)", final, size, content_type)
    return FetchedPage(url=final, data=b"".join(chunks), kind=kind or HTML, fetched_at=stamp)
