"""Pairing a browser: a short code shown in Reader, a long token kept by the extension.

A code is six digits, lives ten minutes, and is gone after five wrong tries or one right one. The
browsers paired are kept in the library (its `meta` table, key `browser_links`) as their origin,
a name and the SHA-256 of their token: the token itself is never stored on Reader's side.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from reader.core.errors import PairingRefused
from reader.core.stamps import now_iso

CODE_LIFETIME = 600.0  # seconds
MAX_TRIES = 5
META_KEY = "browser_links"


@dataclass(frozen=True)
class PairedBrowser:
    origin: str  # chrome-extension://<id> or moz-extension://<uuid>
    name: str  # what the extension calls its browser ("Chromium 131 on Linux")
    token_sha256: str
    paired_at: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normal_code(code: str) -> str:
    """The digits of a code as typed ("123 456", "123-456")."""
    return "".join(ch for ch in code if ch.isdigit())


class Pairing:
    """The code on show and the browsers paired. Thread-safe: the listener's threads ask it."""

    def __init__(
        self,
        load: Callable[[], str | None],
        save: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._load, self._save, self._clock = load, save, clock
        self._lock = threading.Lock()
        self._code: str | None = None
        self._expires = 0.0
        self._tries = 0
        self._browsers = self._read()

    def _read(self) -> list[PairedBrowser]:
        try:
            rows = json.loads(self._load() or "[]")
            return [PairedBrowser(**row) for row in rows]
        except (ValueError, TypeError):
            return []  # an unreadable list pairs nobody: each browser pairs again

    def _write(self) -> None:
        self._save(json.dumps([asdict(b) for b in self._browsers]))

    # -- the code -------------------------------------------------------------------------

    def new_code(self) -> str:
        with self._lock:
            self._code = f"{secrets.randbelow(1_000_000):06d}"
            self._expires = self._clock() + CODE_LIFETIME
            self._tries = 0
            return self._code

    def drop_code(self) -> None:
        with self._lock:
            self._code = None

    @property
    def code(self) -> str | None:
        """The code on show, None when there is none or it ran out."""
        with self._lock:
            if self._code is not None and self._clock() > self._expires:
                self._code = None
            return self._code

    def pair(self, code: str, origin: str, name: str) -> str:
        """A new token for the browser at `origin`, when `code` is the one on show."""
        with self._lock:
            if self._code is None or self._clock() > self._expires:
                self._code = None
                raise PairingRefused(
                    "no pairing code is on show in Reader: open Library ▸ Connect a Browser… and type the code it shows"
                )
            if not hmac.compare_digest(normal_code(code), self._code):
                self._tries += 1
                if self._tries >= MAX_TRIES:
                    self._code = None
                    raise PairingRefused("wrong code, tried too often: Reader shows a new code when asked again")
                raise PairingRefused("wrong code: type the six digits Reader shows")
            self._code = None
            token = secrets.token_urlsafe(32)
            kept = [b for b in self._browsers if b.origin != origin]
            self._browsers = [*kept, PairedBrowser(origin, name.strip()[:120] or origin, _digest(token), now_iso())]
            self._write()
            return token

    # -- the browsers ---------------------------------------------------------------------

    def browsers(self) -> list[PairedBrowser]:
        with self._lock:
            return list(self._browsers)

    def forget(self, origin: str) -> None:
        with self._lock:
            self._browsers = [b for b in self._browsers if b.origin != origin]
            self._write()

    def is_paired(self, origin: str) -> bool:
        with self._lock:
            return any(b.origin == origin for b in self._browsers)

    def authorised(self, token: str, origin: str) -> bool:
        """Whether `token` is the one given to the browser at `origin`."""
        digest = _digest(token)
        with self._lock:
            return any(b.origin == origin and hmac.compare_digest(b.token_sha256, digest) for b in self._browsers)
