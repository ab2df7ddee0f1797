"""Property tests: any input gives an article or the project's own clear error, deterministically."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.cleaning import clean_html, clean_text
from reader.core.errors import UnreadableInput
from reader.core.importers import read_article

LINES = st.lists(
    st.one_of(
        st.text(max_size=200),
        st.sampled_from(
            [
                "Baca juga: Berita lain",
                "Advertisement",
                "© 2024 Site",
                "By Jane Doe",
                "KOMENTAR",
                "SITE.COM, JAKARTA - Kalimat pertama berita ini cukup panjang untuk dibaca.",
                "(*)",
                "Most read",
                "Share",
                "12/31/2023",
                "• item",
                "#tag",
                "—",
                "   ",
                "\t",
            ]
        ),
    ),
    max_size=60,
)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_clean_text_never_raises_and_is_deterministic(lines: list[str]) -> None:
    text = "\n".join(lines)
    first = clean_text(text)
    assert clean_text(text) == first
    assert first.removed == clean_text(text).removed
    assert all(block.text.strip() == block.text and block.text for block in first.body)


@settings(max_examples=1000, deadline=None)
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.html", "a.md", "noext", "a.pdf"]))
def test_any_bytes_give_an_article_or_unreadable_input(data: bytes, name: str) -> None:
    try:
        result = read_article(data, name)
    except UnreadableInput as exc:
        assert str(exc)
    else:
        assert result.article.body


@settings(max_examples=1000, deadline=None)
@given(
    st.recursive(
        st.text(max_size=40),
        lambda inner: st.builds(
            lambda tag, body: f"<{tag}>{body}</{tag}>",
            st.sampled_from(["p", "div", "li", "h2", "script", "table", "a"]),
            inner,
        ),
        max_leaves=30,
    )
)
def test_clean_html_never_raises(fragment: str) -> None:
    article = clean_html(f"<html><body>{fragment}</body></html>")
    assert isinstance(article.title, str)


def test_large_text_cleans_in_linear_time() -> None:
    paragraph = (
        "The council agreed on Tuesday {} to extend the opening hours of the central library, "
        "after a long campaign by parents and students who use it in the evening.\n"
    )
    small = "Library hours\n" + "".join(paragraph.format(i) for i in range(2_000))  # about 0.35 MB
    large = "Library hours\n" + "".join(paragraph.format(i) for i in range(20_000))  # about 3.5 MB
    start = time.process_time()
    clean_text(small)
    small_time = time.process_time() - start
    start = time.process_time()
    article = clean_text(large)
    large_time = time.process_time() - start
    assert len(article.body) == 20_000
    # Ten times the input may take about ten times as long, not a hundred: allow a wide margin.
    assert large_time < max(30 * small_time, 1.0)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=600))
def test_markdown_importer_never_raises_but_its_own_error(text: str) -> None:
    try:
        result = read_article(text.encode("utf-8", "surrogatepass"), "note.md")
    except UnreadableInput as exc:
        assert str(exc)
    else:
        assert result.article.body
