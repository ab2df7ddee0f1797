"""Anchoring: unit cases and property tests with random edits around a highlight."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.core.anchoring import CONTEXT, MIN_SIMILARITY, anchor, describe, similarity
from reader.core.models import HighlightStatus as Status

TEXT = (
    "The river rose overnight and flooded the lower town. Residents were moved to the school hall. "
    "By morning the water had reached the market square, and the mayor declared an emergency. "
    "Engineers said the old flood wall had held better than expected."
)


def sel(text: str, words: str, nth: int = 1):
    start = -1
    for _ in range(nth):
        start = text.index(words, start + 1)
    return describe(text, start, start + len(words))


def test_describe_takes_32_characters_of_context() -> None:
    s = sel(TEXT, "the mayor declared an emergency")
    assert s.exact == "the mayor declared an emergency"
    assert len(s.prefix) == CONTEXT and TEXT[s.start - CONTEXT : s.start] == s.prefix
    assert s.suffix == TEXT[s.end : s.end + CONTEXT]


def test_same_version_uses_positions() -> None:
    s = sel(TEXT, "flood wall")
    assert anchor(s, TEXT, same_version=True).start == s.start


def test_text_inserted_before_moves_the_positions() -> None:
    s = sel(TEXT, "the mayor declared an emergency")
    new = "UPDATE: a new paragraph was added at the top.\n\n" + TEXT
    found = anchor(s, new)
    assert found.status is Status.ANCHORED
    assert new[found.start : found.end] == s.exact


def test_repeated_words_are_told_apart_by_context() -> None:
    text = "He said the plan was sound. Later the council said the plan was sound, then voted."
    second = sel(text, "the plan was sound", 2)
    edited = "Intro. " + text.replace("He said", "He first said")
    found = anchor(second, edited)
    assert found.start == edited.index("the plan was sound", edited.index("council"))


def test_small_edit_inside_the_quote_is_a_fuzzy_move() -> None:
    s = sel(TEXT, "By morning the water had reached the market square")
    edited = TEXT.replace("had reached the market square", "had reached the market place")
    found = anchor(s, edited)
    assert found.status is Status.MOVED
    assert similarity(s.exact, edited[found.start : found.end]) >= MIN_SIMILARITY
    assert "market place" in edited[found.start : found.end]


def test_words_that_are_gone_make_an_orphan() -> None:
    s = sel(TEXT, "Engineers said the old flood wall had held")
    edited = TEXT[: TEXT.index("Engineers")] + "Nobody commented on the defences."
    found = anchor(s, edited)
    assert found.status is Status.ORPHANED


def test_short_quotes_are_never_moved_fuzzily() -> None:
    s = sel(TEXT, "river rose")
    found = anchor(s, TEXT.replace("river rose", "rivers rise"))
    assert found.status is Status.ORPHANED


# -- properties ---------------------------------------------------------------------------------

WORDS = st.lists(
    st.sampled_from(
        "the council river flood wall mayor market town water morning said engineers residents school "
        "emergency rose hall square declared expected better old lower reached moved".split()
    ),
    min_size=1,
    max_size=40,
).map(" ".join)
QUOTE = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=14, max_size=40)


@settings(max_examples=1000, deadline=None)
@given(before=WORDS, after=WORDS, quote=QUOTE, new_before=WORDS, new_after=WORDS, wrap=st.booleans())
def test_unique_words_that_survive_an_edit_are_found(before, after, quote, new_before, new_after, wrap) -> None:
    text = f"{before} {quote} {after}"
    s = describe(text, len(before) + 1, len(before) + 1 + len(quote))
    sep = "\n" if wrap else " "
    edited = f"{new_before}{sep}{quote}{sep}{new_after}"
    found = anchor(s, edited)
    assert found.status is Status.ANCHORED
    assert edited[found.start : found.end] == quote


@settings(max_examples=1000, deadline=None)
@given(before=WORDS, after=WORDS, quote=QUOTE, replacement=WORDS, new_before=WORDS)
def test_gone_words_orphan_or_land_only_on_similar_text(before, after, quote, replacement, new_before) -> None:
    text = f"{before} {quote} {after}"
    s = describe(text, len(before) + 1, len(before) + 1 + len(quote))
    edited = f"{new_before} {replacement} {after}"
    assume(quote not in edited)
    found = anchor(s, edited)
    if found.status is Status.ORPHANED:
        return
    assert similarity(quote, edited[found.start : found.end]) >= MIN_SIMILARITY


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=300), a=st.integers(0, 300), b=st.integers(0, 300), edited=st.text(max_size=300))
def test_anchor_never_raises_and_stays_in_range(text, a, b, edited) -> None:
    start, end = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    assume(start < end)
    found = anchor(describe(text, start, end), edited)
    if found.status is not Status.ORPHANED:
        assert 0 <= found.start < found.end <= len(edited)


def test_a_selector_running_past_the_end_of_a_shorter_text_is_never_out_of_range() -> None:
    s = describe("The harbour wall held through the storm.", 4, 40)
    found = anchor(s, "The harbour wall")
    assert found.status is Status.ORPHANED or found.end <= len("The harbour wall")


def test_whole_words_widens_only_edges_inside_words() -> None:
    from reader.core.anchoring import whole_words

    text = "The harbour board raised mooring fees, citing well-known repairs."
    cut = text.index("arbour bo")
    assert text[slice(*whole_words(text, cut, cut + len("arbour bo")))] == "harbour board"
    exact = text.index("board raised")
    assert whole_words(text, exact, exact + len("board raised")) == (exact, exact + len("board raised"))
    comma = text.index("fees,")
    assert text[slice(*whole_words(text, comma + 1, comma + 5))] == "fees,"  # ends on punctuation: kept
    assert text[slice(*whole_words(text, text.index("known"), text.index("known") + 2))] == "well-known"
    assert whole_words(text, 0, 2) == (0, 3)
    assert whole_words(text, len(text) - 3, len(text)) == (text.index("repairs."), len(text))
