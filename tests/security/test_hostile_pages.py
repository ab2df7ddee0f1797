"""A hostile page can do nothing: no network request, no local file read, no crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SECRET = "TOP-SECRET-4f1d2c"


def hostile_page(base: str, secret: Path) -> str:
    url = secret.as_uri()
    refs = [
        f'<img src="{base}/img.png">',
        f'<img src="{url}">',
        f'<img src="{secret}">',
        '<img src="/dev/zero">',
        '<img src="../../../../etc/passwd">',
        f'<img srcset="{base}/s.png 2x">',
        f'<link rel="stylesheet" href="{base}/x.css">',
        f'<script src="{base}/x.js"></script>',
        f'<iframe src="{base}/frame"></iframe>',
        f'<object data="{url}"></object>',
        f'<embed src="{base}/e.swf">',
        f'<video poster="{base}/p.jpg" src="{base}/v.mp4"></video>',
        f'<audio src="{base}/a.mp3"></audio>',
        f'<style>@import url("{base}/i.css"); body {{ background: url({url}) }}</style>',
        f'<meta http-equiv="refresh" content="0; url={base}/refresh">',
        f'<table background="{base}/bg.png"><tr><td>cell</td></tr></table>',
        f'<a href="{url}">local file link</a>',
        f'<a href="{base}/page">web link</a>',
        f'<p style="background-image: url({base}/inline.png)">styled</p>',
        '<svg><image href="/dev/zero"/></svg>',
        f'<form action="{base}/post"><input type="image" src="{base}/btn.png"></form>',
    ]
    paragraphs = "".join(
        f"<p>The council met again on day {i} to discuss the harbour wall and the budget for "
        f"repairs, and residents asked questions about the delays.</p>"
        for i in range(12)
    )
    return (
        f"<!DOCTYPE html><html><head><title>Hostile page</title>{refs[6]}{refs[13]}{refs[14]}</head><body>"
        f"<article><h1>Harbour wall repairs delayed again</h1>{paragraphs}{''.join(refs)}"
        f"<p>{'<div>' * 2000}deep{'</div>' * 2000}</p></article></body></html>"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero, present on Linux")
def test_a_hostile_page_reaches_nothing(make_window, write, local_site, tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    page = write("hostile.html", hostile_page(local_site.base, secret))
    window = make_window()
    window.show()
    [article] = window.import_paths([page])
    view = window.article_view
    window.open_article(article.id)
    view.viewport().repaint()
    assert "Harbour wall repairs" in view.toPlainText()
    assert SECRET not in view.toHtml() and SECRET not in view.toPlainText()
    assert SECRET not in article.content.text
    assert local_site.requests == []  # not one request reached the server
    assert not view.openLinks() and not view.openExternalLinks()
    assert os.getpid() > 0  # still alive: /dev/zero was never read


def test_the_view_never_loads_resources_whatever_it_is_given(make_window, tmp_path, local_site) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    window = make_window()
    view = window.article_view
    view.setHtml(hostile_page(local_site.base, secret))  # even raw markup, which Reader never shows
    view.viewport().repaint()
    assert SECRET not in view.toHtml()
    assert local_site.requests == []


def test_note_markdown_cannot_carry_html_or_images() -> None:
    from reader.core.notes_render import render_note

    html = render_note('<img src="/dev/zero"> <script>x()</script> ![a](file:///etc/passwd) [l](javascript:alert(1))')
    assert "<img" not in html and "<script" not in html and "javascript:" not in html
    assert "&lt;img" in html
