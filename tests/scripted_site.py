"""A real HTTP server on 127.0.0.1 whose answers a test scripts: each path answers from a list of
replies in turn (the last one repeats), each with a status, headers, a body and a delay. It records
when each request came and how many were in flight at once, per host name the client used."""

from __future__ import annotations

import http.server
import threading
import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reply:
    body: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    content_type: str = "text/html; charset=utf-8"


def article_page(title: str, words: str) -> str:
    paragraphs = "".join(f"<p>{words} Paragraph {i} goes on about {title.lower()} in detail.</p>" for i in range(6))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


class ScriptedSite:
    def __init__(self) -> None:
        self.script: dict[str, list[Reply]] = {}
        self.requests: list[tuple[str, float]] = []  # (path, when)
        self.in_flight: dict[str, int] = {}
        self.most_in_flight: dict[str, int] = {}
        self.most_overall = 0
        self._lock = threading.Lock()
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
                reply = site._next(self.path, host)
                try:
                    time.sleep(reply.delay)
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    data = reply.body.encode("utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up
                finally:
                    site._leave(host)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _next(self, path: str, host: str) -> Reply:
        with self._lock:
            self.requests.append((path, time.monotonic()))
            self.in_flight[host] = self.in_flight.get(host, 0) + 1
            self.most_in_flight[host] = max(self.most_in_flight.get(host, 0), self.in_flight[host])
            self.most_overall = max(self.most_overall, sum(self.in_flight.values()))
            replies = self.script.get(path) or [Reply("not here", 404, content_type="text/plain")]
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def _leave(self, host: str) -> None:
        with self._lock:
            self.in_flight[host] -= 1

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def answer(self, path: str, *replies: Reply, host: str = "127.0.0.1") -> str:
        self.script[path] = list(replies)
        return self.url(path, host)

    def times(self, path: str) -> list[float]:
        return [when for p, when in self.requests if p == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
