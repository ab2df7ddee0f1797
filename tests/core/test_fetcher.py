"""The background fetching of pages that came as a link only, against a real local HTTP server:
retries after 429 (Retry-After honoured) and 5xx with back-off, redirects, slow and dead pages, one
connection per host, failures kept as bookmarks with the reason, and a stopped run resumed."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from functools import partial

import pytest

from reader.core.app_import.records import Entry, Export, Mark
from reader.core.app_import.store import import_export
from reader.core.errors import Cancelled
from reader.core.fetch import fetch, retry_after
from reader.core.fetch_queue import LINK
from reader.core.fetcher import fetch_waiting
from reader.core.library import Library
from reader.core.models import HighlightStatus
from tests.scripted_site import Reply, ScriptedSite, article_page

WORDS = "Harbour cranes stood idle through the long strike while the port authority counted its losses."


@pytest.fixture
def site() -> Iterator[ScriptedSite]:
    s = ScriptedSite()
    yield s
    s.close()


def links(library: Library, *urls: str, marks: tuple[Mark, ...] = ()) -> list[int]:
    entries = [Entry(where=f"row {i}", url=u, title=f"Saved {i}", marks=marks) for i, u in enumerate(urls, 1)]
    return import_export(library, Export("pocket", entries)).article_ids


def test_a_link_gets_its_text_and_its_waiting_highlight_is_placed(library: Library, site: ScriptedSite) -> None:
    url = site.answer("/strike", Reply(article_page("The Port Strike", WORDS)))
    quote = "the port authority counted its losses"
    (article_id,) = links(library, url, marks=(Mark(quote, note="check the figure"),))
    before = library.get(article_id)
    assert before.kind == LINK and before.content.text == "" and before.content.title == "Saved 1"
    (waiting,) = library.annotations.for_article(article_id)
    assert waiting.status == HighlightStatus.ORPHANED and waiting.note == "check the figure"

    report = fetch_waiting(library)

    assert (report.fetched, report.failed) == (1, [])
    after = library.get(article_id)
    assert after.kind == "html" and after.content.title == "The Port Strike" and WORDS in after.content.text
    assert after.fetched_at
    (placed,) = library.annotations.for_article(article_id)
    assert placed.status == HighlightStatus.ANCHORED
    assert after.content.text[placed.start : placed.end] == quote and placed.note == "check the figure"
    assert library.queue.counts().waiting == 0 and library.queue.status(article_id) is None
    assert article_id in [r.article_id for r in library.search("cranes")]  # its text is searchable


def test_429_is_tried_again_after_retry_after(library: Library, site: ScriptedSite) -> None:
    url = site.answer(
        "/busy",
        Reply("slow down", 429, {"Retry-After": "1"}, content_type="text/plain"),
        Reply(article_page("Busy Server", WORDS)),
    )
    links(library, url)
    report = fetch_waiting(library, base=0.05)
    assert report.fetched == 1
    first, second = site.times("/busy")
    assert second - first >= 0.95  # the server's word, not the shorter back-off


def test_5xx_backs_off_then_gives_up_and_the_bookmark_stays(library: Library, site: ScriptedSite) -> None:
    url = site.answer("/down", Reply("oops", 503, content_type="text/plain"))
    (article_id,) = links(library, url)
    report = fetch_waiting(library, attempts=3, base=0.1)
    times = site.times("/down")
    assert len(times) == 3
    assert times[1] - times[0] >= 0.09 and times[2] - times[1] >= 0.19  # each wait doubles
    assert report.fetched == 0 and [r[0] for r in report.failed] == [article_id]
    status, reason = library.queue.status(article_id) or ("", "")
    assert status == "failed" and "503" in reason
    bookmark = library.get(article_id)
    assert bookmark.kind == LINK and bookmark.content.url == url  # never lost
    (failure,) = library.queue.failures()
    assert failure.title == "Saved 1" and "503" in failure.error

    site.answer("/down", Reply(article_page("Back Up", WORDS)))
    assert library.queue.retry() == 1
    assert fetch_waiting(library).fetched == 1
    assert library.get(article_id).content.title == "Back Up"


def test_a_page_that_cannot_be_had_fails_at_once(library: Library, site: ScriptedSite) -> None:
    missing = site.url("/gone")
    pdf = site.answer("/file.pdf", Reply("%PDF-1.4", content_type="application/pdf"))
    ids = links(library, missing, pdf)
    report = fetch_waiting(library, base=0.05)
    assert sorted(r[0] for r in report.failed) == sorted(ids)
    assert len(site.times("/gone")) == 1 and len(site.times("/file.pdf")) == 1  # not tried again
    reasons = {f.article_id: f.error for f in library.queue.failures()}
    assert "404" in reasons[ids[0]] and "application/pdf" in reasons[ids[1]]


def test_a_redirect_is_followed_and_the_final_address_kept(library: Library, site: ScriptedSite) -> None:
    final = site.answer("/new-home", Reply(article_page("Moved Story", WORDS)))
    old = site.answer("/old-home", Reply("", 301, {"Location": final}))
    (article_id,) = links(library, old)
    assert fetch_waiting(library).fetched == 1
    assert library.get(article_id).content.url == final


def test_a_slow_page_and_a_dead_one_end_as_failures_in_bounded_time(library: Library, site: ScriptedSite) -> None:
    slow = site.answer("/slow", Reply(article_page("Slow", WORDS), delay=5))
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/page"
    ids = links(library, slow, dead)
    started = time.monotonic()
    report = fetch_waiting(library, attempts=2, base=0.05, fetch_page=partial(fetch, timeout=0.5, deadline=0.8))
    assert time.monotonic() - started < 4
    assert sorted(r[0] for r in report.failed) == sorted(ids)
    reasons = {f.article_id: f.error for f in library.queue.failures()}
    assert "did not answer" in reasons[ids[0]] or "longer than" in reasons[ids[0]]
    assert "could not fetch" in reasons[ids[1]]


def test_one_connection_per_host_and_a_few_at_a_time(library: Library, site: ScriptedSite) -> None:
    urls = [site.answer(f"/a{i}", Reply(article_page(f"A {i}", WORDS), delay=0.2)) for i in range(4)]
    urls += [site.answer(f"/b{i}", Reply(article_page(f"B {i}", WORDS), delay=0.2), host="localhost") for i in range(4)]
    links(library, *urls)
    report = fetch_waiting(library, connections=4)
    assert report.fetched == 8
    assert site.most_in_flight == {"127.0.0.1": 1, "localhost": 1}
    assert site.most_overall == 2  # both hosts at once


def test_a_stopped_run_leaves_the_rest_waiting_and_the_next_goes_on(library: Library, site: ScriptedSite) -> None:
    urls = [site.answer(f"/p{i}", Reply(article_page(f"Page {i}", WORDS))) for i in range(5)]
    ids = links(library, *urls)

    def stop_after_two(done: int, total: int, url: str) -> None:
        if done >= 2:
            raise Cancelled("stopped")

    with pytest.raises(Cancelled):
        fetch_waiting(library, connections=1, progress=stop_after_two)
    assert library.queue.counts().waiting == 3
    assert fetch_waiting(library).fetched == 3
    assert all(library.get(i).kind == "html" for i in ids)
    assert [library.versions.count(i) for i in ids] == [2] * 5  # the link, then its page: none twice
    assert len(site.requests) == 5


def test_limit_fetches_only_so_many(library: Library, site: ScriptedSite) -> None:
    links(library, *[site.answer(f"/l{i}", Reply(article_page(f"L {i}", WORDS))) for i in range(3)])
    assert fetch_waiting(library, limit=2).fetched == 2
    assert library.queue.counts().waiting == 1


def test_a_retry_due_after_the_run_s_patience_is_left_for_later(library: Library, site: ScriptedSite) -> None:
    url = site.answer("/later", Reply("", 429, {"Retry-After": "3600"}, content_type="text/plain"))
    (article_id,) = links(library, url)
    report = fetch_waiting(library, max_wait=1)
    assert report.later == 1 and not report.failed
    status, reason = library.queue.status(article_id) or ("", "")
    assert status == "waiting" and "429" in reason


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after("120") == 120
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 30) == pytest.approx(30)
    assert retry_after("soon") is None and retry_after("") is None


def test_a_deleted_bookmark_is_not_fetched_into(library: Library, site: ScriptedSite) -> None:
    url = site.answer("/deleted", Reply(article_page("Deleted", WORDS)))
    (article_id,) = links(library, url)
    library.delete([article_id])
    assert library.queue.counts().waiting == 0
    assert fetch_waiting(library).fetched == 0
