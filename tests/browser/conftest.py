"""A real Chromium (Debian's, headless) with the unpacked Reader extension loaded, a real listener
on a real library file, and pages served by a local HTTP server. Where Chromium is missing these
tests skip, except in CI (CI=true), where .ci/run installs it and a skip would hide a failure."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from reader.core.browser_link.desk import Desk, library_pairing, locked_call
from reader.core.browser_link.server import Listener
from reader.core.library import Library
from tests.browser_pages import HARBOUR, HARBOUR_TITLE, article_html

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
SCRIPTED = [
    "The ferry timetable for the winter months was published late on Thursday, and it cuts the evening "
    "crossing to the island from three sailings to two on weekdays.",
    "Islanders who work on the mainland said the last boat home now leaves before most shifts at the "
    "hospital end, which means a night in town or a taxi they cannot afford.",
    "The operator said the change follows a fall in winter passengers and will be reviewed in March, "
    "after a count of who uses each crossing through the darkest weeks of the year.",
]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: .ci/run should have installed it")
        # `make test` installs it where it can (tools/system_deps.sh); without a browser there is nothing
        # to load the extension into
        pytest.skip("Chromium is missing and `make test` could not install it: sudo apt-get install chromium")
    return found


class Site:
    """Pages for the browser: an article, one built by its script, one behind a cookie login,
    and a hostile page that tries to reach Reader's listener."""

    def __init__(self) -> None:
        self.listener_port = 0
        self.hostile_results: dict = {}
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                path = urlsplit(self.path)
                cookie = self.headers.get("Cookie", "")
                if path.path == "/news/harbour":
                    self.reply(article_html(HARBOUR_TITLE, HARBOUR))
                elif path.path == "/news/ferry":
                    self.reply(site.scripted())
                elif path.path == "/login":
                    user = parse_qs(path.query).get("user", [""])[0]
                    self.reply("<html><body><p>Signed in.</p></body></html>", cookie=f"session={user}; Path=/")
                elif path.path == "/members/harbour":
                    if "session=reader-test" in cookie:
                        self.reply(article_html(HARBOUR_TITLE, HARBOUR, author="Iona Petrie"))
                    else:
                        self.reply(
                            "<html><head><title>Sign in</title></head><body><form>Sign in to read</form></body></html>"
                        )
                elif path.path == "/hostile":
                    self.reply(site.hostile())
                else:
                    self.send_error(404)

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                site.hostile_results = json.loads(self.rfile.read(length) or b"{}")
                self.reply("{}", content_type="application/json")

            def reply(self, body: str, *, cookie: str = "", content_type: str = "text/html; charset=utf-8") -> None:
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                if cookie:
                    self.send_header("Set-Cookie", cookie)
                self.end_headers()
                self.wfile.write(data)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def scripted(self) -> str:
        data = json.dumps({"title": "Winter Ferry Timetable Cuts Evening Crossings", "paragraphs": SCRIPTED})
        return (
            "<!DOCTYPE html><html><head><title>Loading…</title></head><body><div id='app'>Loading…</div>"
            f"<script>const story = {data};"
            "document.title = story.title;"
            "const article = document.createElement('article');"
            "const h = document.createElement('h1'); h.textContent = story.title; article.appendChild(h);"
            "for (const text of story.paragraphs) {"
            " const p = document.createElement('p'); p.textContent = text; article.appendChild(p); }"
            "document.getElementById('app').replaceWith(article);</script></body></html>"
        )

    def hostile(self) -> str:
        target = f"http://127.0.0.1:{self.listener_port}"
        page = json.dumps({"url": "https://evil.example/x", "title": "x", "html": "<p>planted</p>" * 50})
        return f"""<!DOCTYPE html><html><head><title>A page</title></head><body>
<form id="f" method="POST" action="{target}/v1/save" target="sink" enctype="text/plain">
<input name='{{"url":"https://evil.example/form","html":"<p>planted' value='</p>"}}'></form>
<iframe name="sink"></iframe>
<script>
async function attempt(name, run) {{
  try {{ const value = await run(); return [name, "read: " + value]; }}
  catch (error) {{ return [name, "failed: " + error.name]; }}
}}
(async () => {{
  const results = Object.fromEntries(await Promise.all([
    attempt("cors save", () => fetch("{target}/v1/save", {{method: "POST", headers: {{"Content-Type": "application/json"}},
      body: {json.dumps(page)}}}).then(r => r.text())),
    attempt("no-cors save", () => fetch("{target}/v1/save", {{method: "POST", mode: "no-cors",
      headers: {{"Content-Type": "text/plain"}}, body: {json.dumps(page)}}}).then(r => "status " + r.status)),
    attempt("hello", () => fetch("{target}/v1/hello", {{method: "POST", body: "{{}}"}}).then(r => r.text())),
    attempt("lookup", () => fetch("{target}/v1/lookup", {{method: "POST", headers: {{"Content-Type": "application/json"}},
      body: JSON.stringify({{url: "https://coast.example/news/harbour"}})}}).then(r => r.text())),
    attempt("get", () => fetch("{target}/v1/hello").then(r => r.text())),
  ]));
  document.getElementById("f").submit();
  await new Promise(done => setTimeout(done, 500));
  await fetch("/results", {{method: "POST", body: JSON.stringify(results)}});
}})();
</script></body></html>"""

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    yield served
    served.close()


@pytest.fixture
def listener(library: Library, site: Site) -> Iterator[Listener]:
    pairing = library_pairing(library)
    running = Listener(Desk(locked_call(library), pairing), port=0)
    running.start()
    site.listener_port = running.port
    yield running
    running.stop()


class Browser:
    """The browser with the extension: its pages, and its background worker to call its actions."""

    def __init__(self, context, worker) -> None:  # noqa: ANN001 - Playwright's objects
        self.context, self.worker = context, worker
        self.extension_id = urlsplit(worker.url).netloc

    def open(self, url: str):  # noqa: ANN201
        page = self.context.new_page()
        page.goto(url, wait_until="load")
        return page

    def tab_id(self, url: str) -> int:
        tab_id: int = self.worker.evaluate("async (url) => (await chrome.tabs.query({url}))[0].id", url)
        return tab_id

    def use_port(self, port: int) -> None:
        self.worker.evaluate("async (port) => chrome.storage.local.set({port})", port)

    def pair(self, code: str) -> dict:
        return self.worker.evaluate("async (code) => ReaderExtension.pair(code)", code)

    def save(self, url: str, *, selection: bool = False) -> dict:
        """What the toolbar button (or, with `selection`, the context menu) does on that tab."""
        return self.worker.evaluate(
            "async ([tab, selection]) => {"
            " try { return {ok: true, answer: await ReaderExtension.savePage(tab, selection)}; }"
            " catch (error) { return {ok: false, kind: error.kind, error: error.message}; } }",
            [self.tab_id(url), selection],
        )


@pytest.fixture(scope="module")
def browser_session() -> Iterator[tuple]:
    executable = chromium()
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="reader-extension-"))
    unpacked = folder / "extension"
    shutil.copytree(EXTENSION, unpacked, ignore=shutil.ignore_patterns("node_modules", "test", "package*.json"))
    manifest = json.loads((unpacked / "manifest.json").read_text())
    # A click on the toolbar button grants the page to the extension (activeTab); a test cannot
    # click the browser's own toolbar, so this copy holds the grant from the start.
    manifest["host_permissions"].append("<all_urls>")
    (unpacked / "manifest.json").write_text(json.dumps(manifest))
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(folder / "profile"),
            executable_path=executable,
            headless=True,
            args=[f"--disable-extensions-except={unpacked}", f"--load-extension={unpacked}"],
        )
        deadline = time.monotonic() + 20
        while not context.service_workers and time.monotonic() < deadline:
            time.sleep(0.1)
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
        yield context, worker
        context.close()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def browser(browser_session: tuple, listener: Listener) -> Iterator[Browser]:
    context, worker = browser_session
    found = Browser(context, worker)
    found.use_port(listener.port)
    yield found
    worker.evaluate("async () => chrome.storage.local.clear()")
    for page in context.pages[1:]:
        page.close()
