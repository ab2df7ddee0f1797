"""The HTTP listener the browser extension talks to, on 127.0.0.1 only.

Every request is checked before its body is read: the Host must be this listener (a web page
cannot reach it through a DNS name that points here), the Origin a browser extension's (pages,
forms and other programs' web views are refused), the body JSON of a stated length under
`MAX_BODY`. All but /v1/hello and /v1/pair carry the token given at pairing, for that origin.
No response ever carries an Access-Control-Allow-Origin header: a web page can read nothing.
"""

from __future__ import annotations

import errno
import json
import logging
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from reader.core.browser_link import DEFAULT_PORT, HOST
from reader.core.browser_link.desk import Desk
from reader.core.errors import ArticleNotFound, PairingRefused, PortTaken, ReaderError

log = logging.getLogger(__name__)

MAX_BODY = 32 * 1024 * 1024  # a rendered page of 10 MB is large; its JSON escaping may double it
EXTENSION_ORIGIN = re.compile(r"^(?:chrome|moz|safari-web)-extension://[A-Za-z0-9-]{1,64}$")
OPEN_ROUTES = ("/v1/hello", "/v1/pair")
TOKEN_ROUTES = ("/v1/lookup", "/v1/save", "/v1/show")


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Listener:
    """The listener on `port` (0: any free one, for tests); `start` raises PortTaken."""

    def __init__(self, desk: Desk, port: int = DEFAULT_PORT) -> None:
        self.desk, self._wanted = desk, port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1] if self._server is not None else self._wanted

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        if self._server is not None:
            return
        try:
            server = ThreadingHTTPServer((HOST, self._wanted), _handler(self))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortTaken(
                    "port {port} on 127.0.0.1 is used by another program, so browsers cannot send pages to "
                    "Reader: close that program, or choose another port in Library ▸ Connect a Browser…",
                    port=self._wanted,
                ) from exc
            raise ReaderError(
                "cannot listen for browsers on port {port}: {reason}", port=self._wanted, reason=exc
            ) from exc
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="browser-listener", daemon=True)
        self._thread.start()
        log.info("listening for browsers on %s:%s", HOST, self.port)

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None


def reader_listens(port: int, timeout: float = 0.5) -> bool:
    """Whether what holds the port is another Reader's listener (another Reader window, on another
    library): its answers say "Server: Reader". Anything else holding it, or nothing, is False."""
    import http.client

    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", "/v1/hello", headers={"Host": f"{HOST}:{port}"})
        response = conn.getresponse()
        response.read(4096)
        return (response.getheader("Server") or "").split("/")[0].strip() == "Reader"
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


def _handler(listener: Listener) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "Reader"
        sys_version = ""
        timeout = 60

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            log.debug("browser listener: " + format, *args)

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            try:
                origin = self._checked_origin()
                payload = self._body()
                body = self._answer(origin, payload)
                self._send(200, {"ok": True, **body})
            except _Refused as exc:
                self._send(exc.status, {"ok": False, "error": str(exc)})
            except PairingRefused as exc:
                self._send(403, {"ok": False, "error": str(exc)})
            except ArticleNotFound as exc:
                self._send(404, {"ok": False, "error": str(exc)})
            except ReaderError as exc:
                self._send(422, {"ok": False, "error": str(exc)})
            except Exception:  # a bug must not take the listener down with it
                log.exception("the browser listener failed on %s", self.path)
                self._send(500, {"ok": False, "error": "Reader could not handle this; its log says why"})

        def _refuse_method(self) -> None:
            self._send(405, {"ok": False, "error": "only POST is answered"})

        do_GET = do_PUT = do_DELETE = do_PATCH = do_HEAD = _refuse_method  # noqa: N815

        def do_OPTIONS(self) -> None:  # noqa: N802 - a CORS preflight: never granted
            self._send(403, {"ok": False, "error": "requests from web pages are refused"})

        def _checked_origin(self) -> str:
            host = self.headers.get("Host", "")
            if host not in (f"127.0.0.1:{listener.port}", f"localhost:{listener.port}"):
                raise _Refused(403, "requests must be addressed to 127.0.0.1")
            origin = self.headers.get("Origin", "")
            if not EXTENSION_ORIGIN.match(origin):
                raise _Refused(403, "requests from web pages are refused")
            if self.path not in OPEN_ROUTES + TOKEN_ROUTES:
                raise _Refused(404, "no such request")
            if self.path in TOKEN_ROUTES:
                auth = self.headers.get("Authorization", "")
                token = auth[7:] if auth.startswith("Bearer ") else ""
                if not token or not listener.desk.pairing.authorised(token, origin):
                    raise _Refused(401, "this browser is not paired with Reader: pair it again")
            return origin

        def _body(self) -> dict[str, object]:
            if self.headers.get("Content-Type", "").split(";")[0].strip().lower() != "application/json":
                raise _Refused(415, "requests must be JSON")
            if self.headers.get("Transfer-Encoding"):
                raise _Refused(411, "a request must say its length")
            try:
                length = int(self.headers.get("Content-Length", ""))
            except ValueError:
                raise _Refused(411, "a request must say its length") from None
            if length > MAX_BODY:
                raise _Refused(413, f"the page is too large to save (over {MAX_BODY // (1024 * 1024)} MB)")
            try:
                payload = json.loads(self.rfile.read(length) or b"{}")
            except (ValueError, UnicodeDecodeError):
                raise _Refused(400, "the request is not valid JSON") from None
            if not isinstance(payload, dict):
                raise _Refused(400, "the request is not a JSON object")
            return payload

        def _answer(self, origin: str, payload: dict[str, object]) -> dict[str, object]:
            desk = listener.desk
            if self.path == "/v1/hello":
                return desk.hello(origin)
            if self.path == "/v1/pair":
                return desk.pair(payload, origin)
            if self.path == "/v1/lookup":
                return desk.lookup(payload)
            if self.path == "/v1/save":
                return desk.save(payload)
            return desk.show(payload)

        def _send(self, status: int, body: dict[str, object]) -> None:
            data = json.dumps(body).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("X-Content-Type-Options", "nosniff")
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the browser went away

    return Handler
