"""Reading a line once for all the patterns the cleaner asks about (cleaning/checks.py) gives each
pattern's own answer, and the first of several in their order."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.cleaning import lines as lines_module
from reader.core.cleaning import notices
from reader.core.cleaning import patterns as pt
from reader.core.cleaning.checks import Checks
from reader.core.cleaning.literals import Probe, Shortlist, _trie, evidence

_TRANSFORMS = (str, str.upper, str.title, str.lower, lambda s: "x " + s, lambda s: s + " y", lambda s: "«" + s + "».")


def _plain_parts(pattern):
    """A pattern's parts as (regex, anchored), without any shortcut."""
    if isinstance(pattern, pt.Phrases):
        return [(rx, anchored) for rx, anchored, _needs in pattern.parts]
    return [pattern]


def _plain(pattern, text):
    for rx, anchored in _plain_parts(pattern):
        found = rx.match(text) if anchored else rx.search(text)
        if found:
            return found
    return None


def _checked():
    patterns = {
        "cookie": pt.WIDGET[pt.COOKIE],
        "consent": notices.CONSENT_DIALOG,
        "disclosure": notices.DISCLOSURE,
        **{name: checked[0] for name, checked in lines_module._FURNITURE.items()},
    }
    return {name: (lines_module._CHECKS, pattern) for name, pattern in patterns.items()}


@pytest.mark.parametrize("name", sorted(_checked()))
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_reading_finds_what_the_pattern_finds(name, data):
    checks, pattern = _checked()[name]
    rx, anchored = data.draw(st.sampled_from(_plain_parts(pattern)))
    text = data.draw(st.from_regex(rx, fullmatch=anchored).map(data.draw(st.sampled_from(_TRANSFORMS))))
    text = " ".join(text.split())
    reading = checks.read(text, Probe(text))
    expected = _plain(pattern, text)
    found = reading.search(name)
    assert (found and found.span()) == (expected and expected.span())
    if expected:
        assert reading.may(name)


def test_byline_credit_and_dates_are_found_as_their_regexes_find_them():
    lines = [
        "By Jane Doe",
        "Foto: Antara/Budi",
        "Photo: Reuters",
        "3 hours ago",
        "Updated 12 May 2024",
        "Published on 2023-04-01",
        "The council met in 2021 to vote.",
        "Nothing to see here",
        "DİRECT line",  # a letter that lowers to two characters: every pattern is tried
    ]
    checks = lines_module._CHECKS
    patterns = {
        "byline": (lines_module.bw.BYLINE_RX, True),
        "credit": pt.CREDIT_RX,
        "relative": (lines_module.RELATIVE, False),
        "year": (lines_module.YEAR, False),
        "date prefix": (pt.DATE_PREFIX, True),
    }
    for text in lines:
        reading = checks.read(text, Probe(text))
        for name, pattern in patterns.items():
            expected = _plain(pattern, text)
            found = reading.search(name)
            assert (found and found.span()) == (expected and expected.span()), (text, name)


def test_first_is_the_first_match_in_the_checks_order():
    checks = Checks(
        {
            "share": (re.compile(r"share", re.IGNORECASE), True),
            "tweet": (re.compile(r"\btweet\b", re.IGNORECASE), False),
            "anything": (re.compile(r"."), True),  # nothing to look for: always tried
        }
    )
    for text, names, expected in [
        ("Share this tweet", {"share", "tweet", "anything"}, "share"),
        ("Share this tweet", {"tweet", "anything"}, "tweet"),
        ("Please tweet it", {"share", "tweet"}, "tweet"),
        ("Nothing", {"share", "tweet"}, None),
        ("Nothing", {"share", "tweet", "anything"}, "anything"),
    ]:
        assert checks.read(text, Probe(text)).first(names) == expected, (text, names)


def test_the_shortlist_holds_every_pattern_its_evidence_allows():
    needs = [
        evidence(r"^(share|follow)\b", re.IGNORECASE, anchored=True),
        evidence(r"\bnewsletter\b", re.IGNORECASE),
        evidence(r"\d+ min", 0, anchored=True),
        evidence(r"©|copyright", re.IGNORECASE),
        None,
    ]
    shortlist = Shortlist(needs)
    for text in [
        "Share on X",
        "Our newsletter, weekly",
        "5 min read",
        "© 2024 Reader",
        "plain words",
        "Followers",
        "İ",
    ]:
        probe = Probe(text)
        expected = {i for i, n in enumerate(needs) if n is None or n.possible(probe)}
        assert set(shortlist.candidates(probe)) == expected, text
    assert set(shortlist.candidates(Probe("plain words"))) == {4}


@given(st.lists(st.text(alphabet="abc©/(", min_size=1, max_size=4), min_size=1, max_size=6), st.text("abc©/( x"))
def test_the_shortlists_literal_search_finds_a_text_holding_any_of_its_strings(strings, text):
    found = re.compile(_trie(strings)).search(text)
    assert bool(found) == any(s in text for s in strings)


_LINE_WORDS = st.sampled_from(
    ["Share", "this", "By", "Jane", "Doe", "cookies", "We", "use", "Photo:", "Reuters", "Foto", "2024", "May", "İst",
     "the", "Newsletter", "© 2025", "Sign", "up", "for", "our", "Related:", "Kommentare", "über"]
)  # fmt: skip


@given(st.lists(_LINE_WORDS, min_size=1, max_size=40).map(" ".join), st.booleans())
def test_a_lines_class_is_the_one_classify_gives_it_alone(text, english):
    """make_lines reads each line's words once and hands them to classify; the class is the same."""
    stops = frozenset({"the", "this", "we", "for", "our", "use", "up"}) if english else frozenset()
    (line,) = lines_module.make_lines(text, stops)
    alone = lines_module.classify(
        lines_module.Line(0, line.text, line.bullet, line.words, line.density, line.ends_sentence), bool(stops)
    )
    assert (line.tag, line.reason) == alone
