"""Pages sent from the user's browser: the Reader extension talks to a small HTTP listener.

The listener (`server.py`) is bound to 127.0.0.1 only, on `DEFAULT_PORT` unless the user chose
another; when the port is taken it says so and never moves to another one, since the extension
would not find it there. Every request is a JSON POST whose `Origin` is a browser extension's
(`chrome-extension://…`, `moz-extension://…`); web pages are refused before anything is read,
and no CORS header is ever sent, so a page can neither save, read nor learn anything through it.

A browser is paired once (`pairing.py`): Reader shows a six-digit code, the extension sends it
with its origin, and gets a token that every later request carries. The only thing read from the
library over this channel is whether a URL is saved, and as which article. A page sent goes
through the same HTML cleaning, versioning and anchoring as any import (`saving.py`).

Routes (all POST, JSON in and out, `{"ok": false, "error": "..."}` on failure):
  /v1/hello   {}                                  -> {"app": "reader", "version", "paired"}
  /v1/pair    {"code", "name"}                    -> {"token"}
  /v1/lookup  {"url"}                             -> {"saved", "article", "title"}   (token)
  /v1/save    {"url", "title", "html", "selection"?: {"exact", "prefix", "suffix"}}
                                                  -> {"status", "article", "title", "link", "highlight"} (token)
  /v1/show    {"article"}                         -> {}                             (token)
"""

from __future__ import annotations

DEFAULT_PORT = 38471
HOST = "127.0.0.1"
