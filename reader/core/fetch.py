"""Fetching a page by URL with httpx: http(s) only, bounded time, size and redirects."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit

from reader import __version__
from reader.core.errors import UnreadableInput
from reader.core.importers import HTML, MARKDOWN, TEXT
from reader.core.importers.decoding import MAX_INPUT_BYTES

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5
USER_AGENT = f"Reader/{__version__} (desktop article reader)"
_KINDS = {"text/html": HTML, "application/xhtml+xml": HTML, "text/plain": TEXT, "text/markdown": MARKDOWN,
          "text/x-markdown": MARKDOWN}


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    data: bytes
    kind: str
    fetched_at: str


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_INPUT_BYTES) -> FetchedPage:
    """Download one page; every failure is an UnreadableInput that says what went wrong."""
    import httpx  # loaded only when a URL is fetched

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UnreadableInput(f"only http and https addresses can be fetched, not {url!r}")
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"}
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout,
                          headers=headers) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise UnreadableInput(f"the server answered {response.status_code} "
                                      f"{response.reason_phrase or ''} for {url}".replace("  ", " "))
            final = str(response.url)
            if urlsplit(final).scheme not in ("http", "https"):
                raise UnreadableInput(f"{url} redirected to a non-web address")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            kind = _KINDS.get(content_type)
            if kind is None and content_type and not content_type.startswith("text/"):
                raise UnreadableInput(f"{url} is {content_type}, not a web page or text")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise UnreadableInput(f"{url} is too large ({int(declared) // (1024 * 1024)} MB)")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise UnreadableInput(f"{url} is too large (over {max_bytes // (1024 * 1024)} MB)")
                chunks.append(chunk)
    except httpx.TooManyRedirects:
        raise UnreadableInput(f"{url} redirects too many times") from None
    except httpx.TimeoutException:
        raise UnreadableInput(f"{url} did not answer within {timeout:.0f} seconds") from None
    except httpx.HTTPError as exc:
        raise UnreadableInput(f"could not fetch {url}: {exc}") from None
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    log.info("fetched %s (%d bytes, %s)", final, size, content_type)
    return FetchedPage(url=final, data=b"".join(chunks), kind=kind or HTML, fetched_at=stamp)
