"""A cheap test before an expensive regex: the words any match of it must begin with or contain.

The furniture patterns (patterns.py) are long alternations of phrases in six languages, tried on
every line of every page, and almost always in vain. Each of their matches begins with one of a
few words ("share", "follow", "©") or, for a phrase that may stand anywhere, contains one
("cookie", "newsletter"). When the lowered line begins with none of the first and holds none of
the second, the pattern cannot match and the regex is not run: a `startswith` and a few `in`
tests cost far less than the regex engine trying every phrase at every position.

The words are read out of each pattern's own parse tree, so they cannot drift from it; a pattern
(or one of its alternatives) without such words is simply always run. The test only ever says
"cannot match", so every result is exactly the regex's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from itertools import pairwise
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # the stubs know the parser by its old public name only (importing it warns at run time)
    import sre_parse as _sre
else:
    try:  # the regex parser: public as sre_parse before Python 3.11, private (re._parser) since
        from re import _parser as _sre
    except ImportError:  # pragma: no cover - older Pythons
        import sre_parse as _sre

# One item of a parsed pattern: (opcode, argument), the argument's shape depending on the opcode
# (a character's code, a subpattern, a tuple of them): the parser's own types say no more.
_Item = tuple[Any, Any]

# Case-insensitive matching pairs a few letters with characters that do not lower to them: "i"
# matches "İ" (which lowers to two characters) and dotless "ı", "s" matches the long "ſ". A line
# holding one of these always goes to the regex. Letters are taken only from the Latin range
# (below U+0250), where these are the only such pairs (tests/core/cleaning/test_literals.py checks
# it against the regex engine), and never "µ", "ı" or "ſ" themselves.
FOLD_RISKS = "İıſ"
_RISKY = re.compile(f"[{FOLD_RISKS}]")
_LATIN_END = 0x250
_UNSAFE_LETTERS = set("µıſ")
_FLAGS = re.IGNORECASE | re.UNICODE  # the only flags read here
_WORD = re.compile(r"\w+")
DIGIT = "\x00digit"  # a prefix standing for any one decimal digit (\d); no line holds it
_MAX_PREFIXES = 400


class Probe:
    """A line as the tests below read it: lower-cased once, its words found only if asked for."""

    __slots__ = ("_words", "lowered", "plain", "text")

    def __init__(self, text: str, lowered: str | None = None, words: frozenset[str] | None = None) -> None:
        """`lowered` and `words`, the lowered text and its words, when the caller has them."""
        self.text = text
        self.lowered = text.lower() if lowered is None else lowered
        # Lower-casing keeps every case-insensitive match in place, and every word a word (see FOLD_RISKS)
        self.plain = text.isascii() or not _RISKY.search(text)
        self._words = words

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(_WORD.findall(self.lowered))
        return self._words


class Evidence:
    """What every match of a pattern needs: at a string's start, one of `prefixes` (or a digit,
    with `digit`); or one of `words` as a whole word; or, anywhere, one of `literals`. All lower-cased."""

    __slots__ = ("digit", "literals", "prefixes", "words")

    def __init__(
        self,
        prefixes: tuple[str, ...] = (),
        digit: bool = False,
        words: frozenset[str] = frozenset(),
        literals: tuple[str, ...] = (),
    ) -> None:
        self.prefixes, self.digit, self.words, self.literals = prefixes, digit, words, literals

    def possible(self, probe: Probe) -> bool:
        """False only when no match can exist in the probed text."""
        if not probe.plain:
            return True
        return (
            (bool(self.prefixes) and probe.lowered.startswith(self.prefixes))
            or (self.digit and probe.text[:1].isdecimal())
            or (bool(self.words) and not self.words.isdisjoint(probe.words))
            or any(map(probe.lowered.__contains__, self.literals))
        )


def union(*found: Evidence | None) -> Evidence | None:
    """Evidence that one of several patterns may match; None when one of them has none."""
    if any(f is None for f in found):
        return None
    found = cast("tuple[Evidence, ...]", found)  # none of them None: no runtime effect
    return Evidence(
        tuple(sorted({p for f in found for p in f.prefixes})),
        any(f.digit for f in found),
        frozenset().union(*(f.words for f in found)),
        tuple(sorted({w for f in found for w in f.literals})),
    )


class Shortlist:
    """Which of several patterns may match a text, found in one reading of it: an index from each
    prefix, word and literal to the patterns that need it. Each pattern is then tried only if it
    is on the list, in the order given; the list holds every pattern whose `Evidence.possible`
    would say True, so the outcome is the same as asking each in turn."""

    def __init__(self, needs: Iterable[Evidence | None]) -> None:
        every: list[int] = []
        always: list[int] = []
        digit: list[int] = []
        short: dict[str, list[int]] = {}  # one-letter prefixes
        prefixes: dict[str, list[int]] = {}
        words: dict[str, list[int]] = {}
        literals: dict[str, list[int]] = {}
        for position, found in enumerate(needs):
            every.append(position)
            if found is None:
                always.append(position)
                continue
            if found.digit:
                digit.append(position)
            for prefix in found.prefixes:
                (short if len(prefix) == 1 else prefixes).setdefault(prefix, []).append(position)
            for word in found.words:
                words.setdefault(word, []).append(position)
            for literal in found.literals:
                literals.setdefault(literal, []).append(position)
        self._all, self._always, self._digit = frozenset(every), frozenset(always), frozenset(digit)
        self._short = {prefix: frozenset(ids) for prefix, ids in short.items()}
        starts: dict[str, list[tuple[str, frozenset[int]]]] = {}
        for prefix, ids in prefixes.items():
            starts.setdefault(prefix[:2], []).append((prefix, frozenset(ids)))
        self._starts = {start: tuple(found) for start, found in starts.items()}
        self._words = {word: frozenset(ids) for word, ids in words.items()}
        self._word_set = frozenset(words)
        self._literals = tuple((literal, frozenset(ids)) for literal, ids in sorted(literals.items()))
        self._any_literal = re.compile(_trie([lit for lit, _ in self._literals])) if literals else None

    def candidates(self, probe: Probe) -> AbstractSet[int]:
        """The positions of the patterns that may match the probed text."""
        if not probe.plain:
            return self._all
        lowered = probe.lowered
        found = [self._always] if self._always else []  # sets of positions, joined at the end
        first = self._short.get(lowered[:1])
        if first:
            found.append(first)
        for prefix, ids in self._starts.get(lowered[:2], ()):
            if lowered.startswith(prefix):
                found.append(ids)
        if self._digit and probe.text[:1].isdecimal():
            found.append(self._digit)
        words = self._word_set.intersection(probe.words)
        if words:
            found += map(self._words.__getitem__, words)
        if self._any_literal is not None and self._any_literal.search(lowered):
            found += (ids for literal, ids in self._literals if literal in lowered)
        if len(found) <= 1:  # most lines: none, or one
            return found[0] if found else _NONE
        return frozenset().union(*found)


_NONE: frozenset[int] = frozenset()


def _trie(strings: list[str]) -> str:
    """A regex that finds any of these strings, as a tree of their shared starts ("a(?:fp|ntara)"):
    the engine tries one branch at each place in a text instead of every string."""
    tree: dict[str, dict[str, Any]] = {}
    for string in strings:
        node = tree
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}  # a string ends here

    def branches(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter string is found: the longer ones need not be
        found = [re.escape(char) + branches(child) for char, child in sorted(node.items())]
        return found[0] if len(found) == 1 else "(?:" + "|".join(found) + ")"

    return branches(tree)


def evidence(pattern: str, flags: int = 0, *, anchored: bool = False) -> Evidence | None:
    """What every match of `pattern` needs, anywhere in a string (for `search`) or with `anchored`
    at its start (for `match`); None when some match may need nothing this reading can tell."""
    if flags & ~_FLAGS:
        return None  # multiline, verbose, ...: not read here
    try:
        parsed = _sre.parse(pattern, flags)
    except (re.error, ValueError, TypeError, AttributeError, IndexError):  # unreadable (a future parser): no shortcut
        return None
    if parsed.state.flags & ~_FLAGS:
        return None  # flags set inside the pattern, "(?m)"
    items = list(cast("Iterable[_Item]", parsed))  # iterable through __getitem__, which the stubs leave out
    # The pattern's alternatives, each whole: the parser takes a start they share ("\\b") out of them
    branch = next((i for i, (op, _av) in enumerate(items) if op is _sre.BRANCH), None)
    alternatives = (
        [items] if branch is None else [items[:branch] + list(a) + items[branch + 1 :] for a in items[branch][1][1]]
    )
    prefixes: set[str] = set()
    words: set[str] = set()
    literals: set[str] = set()
    for alternative in alternatives:  # each by its start where it has one, else by its words
        starts = _starts(alternative)[0] if anchored else {""}
        if "" not in starts:
            prefixes |= starts
            continue
        whole, inside = _words(alternative), _sequence(alternative)
        if whole and (inside is None or _strength(whole)[0] + 2 >= _strength(inside)[0]):
            words |= whole  # a set lookup is far cheaper than looking inside the line for each
        elif inside is not None:
            literals |= inside
        else:
            return None
    return Evidence(tuple(sorted(prefixes - {DIGIT})), DIGIT in prefixes, frozenset(words), tuple(sorted(literals)))


def _letter(code: int) -> str | None:
    """A pattern's literal character, lower-cased, if a plain lower-cased text shows it as such."""
    low = chr(code).lower()
    if len(low) != 1 or ord(low) >= _LATIN_END or low in _UNSAFE_LETTERS:
        return None
    return low


def _sequence(items: list[_Item]) -> frozenset[str] | None:
    """Strings one of which every match of these items, one after another, contains: any item's
    will do, and the strongest are kept. None when there are none."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        char = _letter(av) if op is _sre.LITERAL else None
        if char is not None:
            run.append(char)
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = _contained(op, av)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return max(candidates, key=_strength, default=None)


def _contained(op: Any, av: Any) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return None if av[1] or av[2] else _sequence(list(av[3]))
    if op is _sre.BRANCH:  # every alternative must bring its own
        found = [_sequence(list(alternative)) for alternative in av[1]]
        return None if any(not f for f in found) else frozenset().union(*cast("list[frozenset[str]]", found))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        return _sequence(list(av[2])) if av[0] >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None  # classes, anchors, look-arounds, back references: nothing required


def _words(items: list[_Item], left: bool = False, right: bool = False) -> frozenset[str] | None:
    """Whole words one of which every match of these items holds: a part that is one of a few
    words, with a word boundary (\\b, or white space) on each side; `left` and `right` say the
    items themselves have one before and after them. None when there is none."""
    candidates: list[frozenset[str]] = []
    bounds = [i for i, (op, av) in enumerate(items) if _boundary(op, av)]
    edges = ([-1] if left else []) + bounds + ([len(items)] if right else [])
    for first, last in pairwise(edges):
        starts, complete = _starts(items[first + 1 : last])
        if complete and starts and all(_WORD.fullmatch(w) for w in starts):
            candidates.append(frozenset(starts))
    for position, (op, av) in enumerate(items):  # or inside a group, between the group's own bounds
        before = position - 1 in bounds or (position == 0 and left)
        after = position + 1 in bounds or (position == len(items) - 1 and right)
        if op is _sre.SUBPATTERN and not (av[1] or av[2]):
            found = _words(list(av[3]), before, after)
        elif op is _sre.BRANCH:
            each = [_words(list(alternative), before, after) for alternative in av[1]]
            found = None if any(not f for f in each) else frozenset().union(*cast("list[frozenset[str]]", each))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            once = av[0] == av[1] == 1  # else the copies stand next to each other
            found = _words(list(av[2]), before and once, after and once)
        else:
            found = None
        if found:
            candidates.append(found)
    return max(candidates, key=_strength, default=None)


def _boundary(op: Any, av: Any) -> bool:
    """An item next to which a word ends: \\b, or one or more white-space characters."""
    if op is _sre.AT:
        return av is _sre.AT_BOUNDARY
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return list(av[2]) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])]
    return False


def _strength(found: frozenset[str]) -> tuple[int, int]:
    """Long strings are rare in ordinary text, and few are quick to look for."""
    return min(len(s) for s in found), -len(found)


def _starts(items: list[_Item]) -> tuple[set[str], bool]:
    """(prefixes, complete) of items one after another: every match begins with one of the
    prefixes and, when complete, is exactly one of them ("" when it may be empty). "" among the
    prefixes of an incomplete set: nothing known."""
    prefixes = {""}
    for position, (op, av) in enumerate(items):
        if op is _sre.AT:  # ^, $, \b: they consume nothing, the run goes on
            continue
        found, complete = _item_starts(op, av)
        if not complete and op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0 and prefixes == {""}:
            # optional at the start: a match begins with it, or with what follows it
            return _starts(list(av[2]))[0] | _starts(items[position + 1 :])[0], False
        if (
            ("" in found and not complete)
            or (DIGIT in found and prefixes != {""})
            or len(prefixes) * len(found) > _MAX_PREFIXES
        ):
            return prefixes, False
        prefixes = {p + f for p in prefixes for f in found}
        if not complete:
            return prefixes, False
    return prefixes, True


def _item_starts(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        char = _letter(av)
        return ({char}, True) if char is not None else ({""}, False)
    if op is _sre.IN:  # a class of letters, or of digits and letters: [oa], [\d.,]
        found: set[str] = set()
        for kind, value in av:
            char = _letter(value) if kind is _sre.LITERAL else None
            if char is not None:
                found.add(char)
            elif kind is _sre.CATEGORY and value in (_sre.CATEGORY_DIGIT, getattr(_sre, "CATEGORY_UNI_DIGIT", None)):
                found.add(DIGIT)
            else:
                return {""}, False
        return found, DIGIT not in found
    if op is _sre.SUBPATTERN and not (av[1] or av[2]):
        return _starts(list(av[3]))
    if op is _sre.BRANCH:
        found, complete = set(), True
        for alternative in av[1]:
            starts, whole = _starts(list(alternative))
            found |= starts
            complete = complete and whole
        return found, complete
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] == 1:  # once, or at most once ("s?")
        found, complete = _starts(list(av[2]))
        if av[0] == 0:
            return (found | {""}, True) if complete else ({""}, False)
        return found, complete
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
        return _starts(list(av[2]))[0], False
    return {""}, False
