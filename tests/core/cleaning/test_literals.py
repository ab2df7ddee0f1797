"""The cheap tests in front of the furniture regexes (cleaning/literals.py) never change a result.

Each shortcut is sound only if it says "cannot match" solely where the regex finds nothing; these
tests check that on strings the regexes do match, and check the facts about Unicode and the regex
engine the shortcuts rest on."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.cleaning import byline_words as bw
from reader.core.cleaning import lines as lines_module
from reader.core.cleaning import notices
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.dates import RELATIVE, YEAR
from reader.core.cleaning.language import (
    WORD,
    _first_words,
    spaced,
    stopwords,
    topic_words,
)
from reader.core.cleaning.lines import make_lines
from reader.core.cleaning.literals import DIGIT, FOLD_RISKS, Probe, evidence, union
from reader.core.cleaning.metadata import content_words
from reader.core.importers.text_doc import collapse

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def _phrases() -> dict[str, pt.Phrases]:
    found = {
        name: value for module in (pt, notices) for name, value in vars(module).items() if isinstance(value, pt.Phrases)
    }
    found.update({f"WIDGET[{reason}]": rx for reason, rx in pt.WIDGET.items()})
    return found


def _all_evidence():
    for name, phrases in _phrases().items():
        for part, needs in (("anchored", phrases._anchored_needs), ("floating", phrases._floating_needs)):
            if needs is not None:
                yield f"{name} {part}", needs
    for name, needs in lines_module._CHECKS.needs:
        if needs is not None:
            yield name, needs


def test_fold_risks_cover_every_letter_the_tests_use():
    """Case-insensitive matching of a letter the evidence uses finds only characters that lower to
    it, or one of FOLD_RISKS (whose lines always go to the regex)."""
    letters = set()
    for _name, needs in _all_evidence():
        for text in (*needs.prefixes, *needs.words, *needs.literals):
            letters.update(text)
    for letter in letters:
        assert letter == letter.lower()
        for char in set(re.findall(re.escape(letter), _ALL, re.IGNORECASE)):
            assert char.lower() == letter or char in FOLD_RISKS, (letter, char)


def test_lowering_keeps_words_words():
    """A character that lowers to one character is a word character exactly when its lower case is."""
    word = re.compile(r"\w")
    for char in _ALL:
        low = char.lower()
        if len(low) == 1:
            assert bool(word.match(char)) == bool(word.match(low)), hex(ord(char))
        else:
            assert char in FOLD_RISKS, hex(ord(char))


@pytest.mark.parametrize(
    "line",
    [
        "Café “quoted” — Straße and naïve Ünïcode",
        "ΟΔΟΣ'Α ΚΑΙ ΤΟΣ",  # σ before an apostrophe and a letter, ς at a word's end: as the line says
        "İSTANBUL’DA BİR GÜN",  # İ lowers to two characters
        "ǅemal Ǆ 日本語のテキスト",
    ],
)
def test_a_lines_words_are_those_of_the_lowered_line(line: str) -> None:
    """_read lowers a line's words one by one where that gives the lowered line's own words."""
    probe = lines_module._read(line)[4]
    assert probe.words == frozenset(re.findall(r"\w+", line.lower()))


def test_white_space_is_the_same_for_regex_and_split():
    """make_lines collapses white space with str.split, as importers.text_doc.collapse does with \\s+."""
    space = re.compile(r"\s")
    assert all(bool(space.match(c)) == c.isspace() for c in _ALL)
    for text in ["  a\u00a0 b\t\tc \u2003", "", " ", "x\u200by", "\u3000日本\u3000"]:
        assert " ".join(text.split()) == collapse(text)


def test_evidence_read_from_patterns():
    needs = evidence(r"(?:share|shares|x)$|(?:[\d.,]+\s*(shares?))", re.IGNORECASE, anchored=True)
    assert set(needs.prefixes) == {"share", "shares", "x", ".", ","} and needs.digit
    assert set(evidence(r"\b(newsletter|nieuwsbrief)\b", re.IGNORECASE).words) == {"newsletter", "nieuwsbrief"}
    assert set(evidence(r"\bcookies?\b.{0,9}\b(use|accept)", re.IGNORECASE).words) == {"cookie", "cookies"}
    assert evidence(r"(?:a|b)*x?", re.IGNORECASE) is None  # may match the empty string
    assert evidence(r"[A-Z]{2,}/", 0).literals == ("/",)
    assert evidence(r"(?m)^share", 0) is None  # flags this reading does not follow
    assert union(evidence("abc"), None) is None


def test_unsure_lines_always_go_to_the_regex():
    needs = evidence(r"\bdirect\b", re.IGNORECASE)
    assert not needs.possible(Probe("nothing here"))
    assert needs.possible(Probe("DİRECT"))  # "İ" lowers to two characters: the regex decides
    assert needs.possible(Probe("Direct line"))
    assert evidence(r"\d+ min", 0, anchored=True).possible(Probe("٣ min"))  # any decimal digit
    assert DIGIT not in evidence(r"\d+ min", 0, anchored=True).prefixes


def test_evidence_says_no_only_where_the_regex_finds_nothing():
    regex = re.compile(r"\b(hours?|days?)\s+ago\b", re.IGNORECASE)
    needs = evidence(regex.pattern, regex.flags)
    for text in ["3 hours ago", "3 HOURS AGO today", "ago", "hours", "Chicago", "", "ſ hours ago", "2 DAYS AGO"]:
        assert needs.possible(Probe(text)) or not regex.search(text)
    assert not needs.possible(Probe("Chicago"))


_TRANSFORMS = (str, str.upper, str.title, str.lower, lambda s: "x " + s, lambda s: s + " y", lambda s: "«" + s + "».")


@pytest.mark.parametrize("name", sorted(_phrases()))
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_phrases_search_equals_regex(name, data):
    """On strings each alternative matches (and variants of them), the gated search finds exactly
    what the plain regexes find."""
    phrases = _phrases()[name]
    parts = [rx for rx in (phrases._anchored, phrases._floating) if rx is not None]
    rx = data.draw(st.sampled_from(parts))
    text = data.draw(st.from_regex(rx, fullmatch=rx is phrases._anchored).map(data.draw(st.sampled_from(_TRANSFORMS))))
    text = " ".join(text.split())
    plain = (
        (phrases._anchored is not None and phrases._anchored.match(text))
        or (phrases._floating is not None and phrases._floating.search(text))
        or None
    )
    found = phrases.search(text)
    assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize("pattern, anchored", [(bw.BYLINE_RX, True), (RELATIVE, False), (YEAR, False)])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_single_regex_evidence_is_sound(pattern, anchored, data):
    text = data.draw(st.from_regex(pattern).map(data.draw(st.sampled_from(_TRANSFORMS))))
    needs = evidence(pattern.pattern, pattern.flags, anchored=anchored)
    if (pattern.match if anchored else pattern.search)(text):
        assert needs.possible(Probe(text))


def test_make_lines_remembers_lines_as_computed():
    text = "Home\n\n• Share\nThe council voted on Tuesday to close the library, which had opened in 1904.\nHome\n"
    stops = stopwords("en")
    first, second = make_lines(text, stops), make_lines(text, stops)
    assert [vars(line) for line in first] == [vars(line) for line in second]  # a line is equal only to itself
    fresh = [lines_module._line_fields.__wrapped__(raw, stops) for raw in text.split("\n")]
    assert [line.text for line in first] == [f[0] for f in fresh if f is not None]
    assert [(line.tag, line.reason) for line in first] == [f[5:] for f in fresh if f is not None]
    assert [line.index for line in first] == list(range(len(first)))


def test_first_words_are_the_first_of_the_first_60000_characters():
    samples = [
        "word " * 3000,
        "a" * 70_000 + " b",
        ("x " * 100) + "." * 60_000 + " late",
        "short text",
        "",
        ("mot " * 1499) + "lastword" + " tail" * 10,
    ]
    for text in samples:
        assert _first_words(text, 1500) == WORD.findall(text[:60_000])[:1500]


def test_content_words_quick_way_for_spaced_text():
    stops = stopwords("es")
    for text in ["Él dijo que la reunión fue útil, según fuentes del gobierno 2024.", "東京都の新しい知事が選ばれた"]:
        slow: set[str] = set()
        for token in WORD.findall(text):
            pairs = topic_words(token)
            if pairs != [token]:
                slow.update(pairs)
            elif len(token) > 3 and token.lower() not in stops and not token.isdigit():
                slow.add(token.lower())
        assert content_words(text, stops) == slow
    assert spaced("Él dijo") and not spaced("東京")
