"""What the listener may do with the library: the five requests, each answered as JSON.

The listener's threads call a `Desk`; everything that touches the library goes through `call`,
which runs it where the library lives (the window's thread in the app, under a lock elsewhere).
Cleaning a page, the slow part, happens on the listener's thread before that.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from reader import __version__
from reader.core.browser_link import saving
from reader.core.browser_link.pairing import META_KEY, Pairing
from reader.core.errors import ReaderError
from reader.core.library import Library

LibraryCall = Callable[[Callable[[Library], Any]], Any]


def library_pairing(library: Library) -> Pairing:
    """The pairing whose browsers are kept in this library."""
    return Pairing(lambda: library.get_meta(META_KEY), lambda value: library.set_meta(META_KEY, value))


def locked_call(library: Library) -> LibraryCall:
    """Run each call on the library under one lock (a listener without a window: tests, tools)."""
    lock = threading.Lock()

    def call(work: Callable[[Library], Any]) -> Any:
        with lock:
            return work(library)

    return call


class Desk:
    def __init__(
        self,
        call: LibraryCall,
        pairing: Pairing,
        *,
        on_saved: Callable[[saving.SaveOutcome], None] | None = None,
        on_show: Callable[[int], None] | None = None,
    ) -> None:
        self.call, self.pairing = call, pairing
        self._on_saved, self._on_show = on_saved, on_show

    def hello(self, origin: str) -> dict[str, object]:
        return {"app": "reader", "version": __version__, "paired": self.pairing.is_paired(origin)}

    def pair(self, payload: dict[str, object], origin: str) -> dict[str, object]:
        code, name = payload.get("code", ""), payload.get("name", "")
        if not isinstance(code, str) or not isinstance(name, str):
            raise ReaderError("the browser sent a pairing code that is not text")
        token: str = self.call(lambda _library: self.pairing.pair(code, origin, name))  # it writes to the library
        return {"token": token}

    def lookup(self, payload: dict[str, object]) -> dict[str, object]:
        url = payload.get("url", "")
        if not isinstance(url, str):
            raise ReaderError("the browser sent {key} that is not text", key="url")

        def find(library: Library) -> dict[str, object]:
            found = library.find(url=url) if url.strip() else None
            if found is None:
                return {"saved": False, "article": None, "title": ""}
            return {"saved": True, "article": found, "title": library.get(found).content.title}

        result: dict[str, object] = self.call(find)
        return result

    def save(self, payload: dict[str, object]) -> dict[str, object]:
        page = saving.sent_page(payload)
        imported = saving.clean(page)  # here, on the listener's thread
        outcome: saving.SaveOutcome = self.call(lambda library: self._stored(library, page, imported))
        return outcome.as_json()

    def _stored(self, library: Library, page: saving.SentPage, imported: Any) -> saving.SaveOutcome:
        outcome = saving.store(library, page, imported)
        if self._on_saved is not None:
            self._on_saved(outcome)
        return outcome

    def show(self, payload: dict[str, object]) -> dict[str, object]:
        article = payload.get("article")
        if not isinstance(article, int) or isinstance(article, bool) or article < 1:
            raise ReaderError("the browser asked to show an article without its number")

        def show(library: Library) -> None:
            library.get(article)  # ArticleNotFound when it was deleted since
            if self._on_show is not None:
                self._on_show(article)

        self.call(show)
        return {}
