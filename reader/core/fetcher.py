"""Fetching the queued pages in the background: a few connections at a time, one at a time per host.

`fetch_waiting` takes the waiting entries of `library.queue`, downloads their pages on worker
threads (`fetch.fetch`: its overall deadline holds for each page), and stores each one on the
calling thread, which owns the library's connection (`FetchQueue.fill`). A server that answers 429
or 5xx, or does not answer in time, is tried again later: after its Retry-After, or after a back-off
that doubles each time, up to `attempts` tries in all; then, like a page that cannot be had at all
(404, not a web page, nothing article-like in it), the entry is marked failed with the reason and
the article stays a bookmark. Stopped at any moment (Cancelled from `progress`, a kill), nothing is
lost: what was not stored is still waiting, and the next run goes on from there.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from reader.core.errors import PageUnavailable, UnreadableInput
from reader.core.fetch import FetchedPage, fetch
from reader.core.fetch_queue import Queued
from reader.core.library import Library

log = logging.getLogger(__name__)

CONNECTIONS = 4
ATTEMPTS = 4  # tries of a page the server keeps refusing for now (429, 5xx, no answer)
BACKOFF_SECONDS = 2.0  # the first wait; each next one doubles
MAX_BACKOFF_SECONDS = 3600.0
MAX_WAIT_SECONDS = 60.0  # a run waits this long for a retry that is due; later ones are left for the next run
TICK = 0.2

Progress = Callable[[int, int, str], None]  # (done, total, URL): may raise Cancelled to stop


@dataclass
class FetchReport:
    fetched: int = 0
    failed: list[tuple[int, str, str]] = field(default_factory=list)  # (article id, URL, reason)
    later: int = 0  # still waiting: a retry due after this run's patience

    def __str__(self) -> str:
        parts = [f"{self.fetched} fetched"]
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        if self.later:
            parts.append(f"{self.later} to try again later")
        return ", ".join(parts)


def backoff(attempts: int, base: float = BACKOFF_SECONDS) -> float:
    """Seconds to wait after the `attempts`-th failed try."""
    return float(min(MAX_BACKOFF_SECONDS, base * 2 ** max(0, attempts - 1)))


def fetch_waiting(
    library: Library,
    *,
    limit: int | None = None,
    connections: int = CONNECTIONS,
    attempts: int = ATTEMPTS,
    base: float = BACKOFF_SECONDS,
    max_wait: float = MAX_WAIT_SECONDS,
    progress: Progress | None = None,
    fetch_page: Callable[[str], FetchedPage] = fetch,
) -> FetchReport:
    """Fetch the waiting pages (the first `limit` of them); what happened to them."""
    run = _Run(library, library.queue.waiting(limit), attempts, base, max_wait, progress)
    pool = ThreadPoolExecutor(max_workers=max(1, connections), thread_name_prefix="reader-fetcher")
    try:
        run.loop(pool, max(1, connections), fetch_page)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # a download in flight ends on its own deadline
    return run.report


class _Run:
    def __init__(
        self,
        library: Library,
        todo: list[Queued],
        attempts: int,
        base: float,
        max_wait: float,
        progress: Progress | None,
    ) -> None:
        self.library, self.pending, self.total = library, todo, len(todo)
        self.attempts, self.base, self.max_wait, self.progress = attempts, base, max_wait, progress
        self.done = 0
        self.report = FetchReport()
        self.flying: dict[Future[FetchedPage], Queued] = {}

    def tell(self, url: str = "") -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, url)

    def loop(self, pool: ThreadPoolExecutor, connections: int, fetch_page: Callable[[str], FetchedPage]) -> None:
        self.tell()
        while self.pending or self.flying:
            now = time.time()
            busy = {q.host for q in self.flying.values()}
            for q in sorted(self.pending, key=lambda q: q.not_before):
                if len(self.flying) >= connections:
                    break
                if q.not_before <= now and q.host not in busy:
                    self.pending.remove(q)
                    busy.add(q.host)
                    self.flying[pool.submit(fetch_page, q.url)] = q
            if not self.flying:
                soonest = min(q.not_before for q in self.pending)
                if soonest - now > self.max_wait:  # left waiting in the queue, for the next run
                    self.report.later = len(self.pending)
                    return
                time.sleep(min(TICK, max(0.0, soonest - now)))
                self.tell()  # lets the user stop it while it waits
                continue
            finished, _ = wait(list(self.flying), timeout=TICK, return_when=FIRST_COMPLETED)
            for future in finished:
                self.settle(self.flying.pop(future), future)
            if not finished:
                self.tell()

    def settle(self, q: Queued, future: Future[FetchedPage]) -> None:
        queue = self.library.queue
        try:
            page = future.result()
            self.store(q, page)
        except PageUnavailable as exc:
            tries = q.attempts + 1
            if tries >= self.attempts:
                self.give_up(q, str(exc))
            else:
                delay = exc.retry_after if exc.retry_after is not None else backoff(tries, self.base)
                not_before = time.time() + delay
                queue.postpone(q.article_id, not_before, str(exc))
                self.pending.append(replace(q, attempts=tries, not_before=not_before))
                log.info("will try %s again in %.0f s: %s", q.url, delay, exc)
                return
        except UnreadableInput as exc:
            self.give_up(q, str(exc))
        self.done += 1
        self.tell(q.url)

    def store(self, q: Queued, page: FetchedPage) -> None:
        from reader.core.importers import read_article

        imported = read_article(page.data, urlsplit(page.url).path or "page", kind=page.kind, url=page.url)
        if self.library.queue.fill(q.article_id, imported, page.fetched_at) is not None:
            self.report.fetched += 1

    def give_up(self, q: Queued, reason: str) -> None:
        self.library.queue.fail(q.article_id, reason)
        self.report.failed.append((q.article_id, q.url, reason))
        log.info("could not fetch %s: %s", q.url, reason)
