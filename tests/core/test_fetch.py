"""Fetching pages by URL, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import pytest

from reader.core import fetch as fetch_module
from reader.core.errors import UnreadableInput
from reader.core.fetch import fetch
from reader.core.library import Library

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour dredging starts | Coast Times</title>
<meta property="og:title" content="Harbour dredging starts next month">
<meta property="og:site_name" content="Coast Times">
<meta name="author" content="Lena Marsh">
<meta property="article:published_time" content="2024-04-02T07:00:00Z">
</head><body><nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Harbour dredging starts next month</h1>
<p>Work to deepen the harbour channel will begin in May, the port authority said on Tuesday, so that larger ferries can dock at low tide.</p>
<p>The dredging is expected to take eleven weeks and will be carried out mostly at night to limit disruption to fishing boats.</p>
<p><strong>Read more:</strong> <a href="/other">Ferry timetable changes for summer</a></p>
<p>Residents of the seafront have been promised regular noise monitoring and a telephone line for complaints throughout the works.</p>
</article><footer>© 2024 Coast Times</footer></body></html>"""


def test_fetch_and_import_a_page(local_site, library: Library) -> None:
    url = local_site.add("/news/dredging", PAGE)
    article = library.ingest(url).article
    assert article.title == "Harbour dredging starts next month"
    assert article.content.url == url
    assert article.source == url
    assert article.fetched_at is not None and article.fetched_at.startswith("20")
    assert article.content.site_name == "Coast Times"
    assert article.content.published == "2024-04-02"
    assert "Read more" not in article.content.text
    assert "larger ferries can dock" in article.content.text
    assert local_site.requests == ["/news/dredging"]


def test_redirects_are_followed_and_the_final_url_kept(local_site) -> None:
    final = local_site.add("/final", PAGE)
    start = local_site.add("/start", b"", status=301, headers={"Location": "/final"})
    page = fetch(start)
    assert page.url == final


def test_redirect_loops_are_cut(local_site) -> None:
    local_site.add("/loop", b"", status=302, headers={"Location": "/loop"})
    with pytest.raises(UnreadableInput, match="redirects too many times"):
        fetch(local_site.base + "/loop")


def test_http_errors_are_clear(local_site) -> None:
    with pytest.raises(UnreadableInput, match="404"):
        fetch(local_site.base + "/missing")


def test_binary_content_is_refused(local_site) -> None:
    url = local_site.add("/photo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), content_type="image/png")
    with pytest.raises(UnreadableInput, match="image/png"):
        fetch(url)


def test_size_limit(local_site) -> None:
    url = local_site.add("/big", "<p>" + "word " * 5000 + "</p>")
    with pytest.raises(UnreadableInput, match="too large"):
        fetch(url, max_bytes=1000)


def test_unreachable_server_and_timeouts(local_site) -> None:
    base = local_site.base
    local_site.close()
    with pytest.raises(UnreadableInput, match="could not fetch"):
        fetch(base + "/gone", timeout=2)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "http://"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(UnreadableInput, match="only http and https"):
        fetch(url)


def test_user_agent_names_the_app() -> None:
    assert fetch_module.USER_AGENT.startswith("Reader/")
