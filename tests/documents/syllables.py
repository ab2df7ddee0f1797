"""Where an English word may be hyphenated at a line's end: a small, deterministic syllable splitter.

Not a dictionary, but close enough to look like TeX's or InDesign's breaks ("tem-per-a-ture",
"mea-sure-ments", "count-ing"). It cuts only plain lower-case words of at least `MIN_WORD` letters,
perhaps with punctuation around them ("(ground", "counted."): never one with a digit, an apostrophe,
a capital letter, a real hyphen or a ligature, and never so that fewer than `MIN_PART` letters are
left on either side. A cut falls between a vowel and a consonant or between two consonants: before a
lone consonant ("pa-per"), before a consonant and an r or l ("se-cret"), else after a cluster's
first consonant ("num-ber", "hun-dred"); "ch", "ck", "gh", "ph", "sh", "th", "wh" and "qu" stay
whole ("pock-et"). Common suffixes are cut off as such ("count-ing", "state-ment", "comfort-able"),
and no piece is a lone consonant and a silent "e" ("mea-sure", not "measu-re").
"""

from __future__ import annotations

import re

MIN_WORD = 7  # letters
MIN_PART = 3  # letters on each side of a cut
DIGRAPHS = ("ch", "ck", "gh", "ph", "sh", "th", "wh", "qu")
ONSETS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr"}
SUFFIXES = (
    "ments",
    "ment",
    "ness",
    "less",
    "tions",
    "tion",
    "sions",
    "sion",
    "ings",
    "ing",
    "able",
    "ible",
    "ful",
    "ly",
)
_WORD = re.compile(r"([(\[\u201c\"]*)([a-z]+)([.,;:!?)\]\u201d\"]*)")
_SILENT = re.compile(r"(?:ch|ck|gh|ph|sh|th|[^aeiouy])e[sd]?")  # a last piece that is no syllable


def _units(core: str) -> list[tuple[int, str, bool]]:
    """(start, letters, is a vowel) of each sound: digraphs whole; y a vowel after a consonant."""
    units: list[tuple[int, str, bool]] = []
    i = 0
    while i < len(core):
        pair = core[i : i + 2]
        if pair in DIGRAPHS:
            units.append((i, pair, False))
            i += 2
            continue
        letter = core[i]
        vowel = letter in "aeiou" or (letter == "y" and bool(units) and not units[-1][2])
        units.append((i, letter, vowel))
        i += 1
    return units


def _cuts(core: str) -> set[int]:
    units = _units(core)
    vowels = [n for n, (_, _, vowel) in enumerate(units) if vowel]
    cuts: set[int] = set()
    for left, right in zip(vowels, vowels[1:]):
        cluster = units[left + 1 : right]
        if not cluster:
            continue  # two vowels: never split
        if len(cluster) == 1:
            start, letters, _ = cluster[0]
            cuts.add(start + len(letters) if letters in ("ck", "gh", "x") else start)
        elif len(cluster) == 2 and cluster[0][1] + cluster[1][1] in ONSETS:
            cuts.add(cluster[0][0])
        else:
            cuts.add(cluster[1][0])
    for suffix in SUFFIXES:
        stem = len(core) - len(suffix)
        if core.endswith(suffix) and stem >= MIN_PART:
            if suffix.startswith("ing") and core[stem - 1] == core[stem - 2]:
                break  # "run-ning", not "runn-ing"
            silent = core[stem - 1] == "e" and core[stem - 2] not in "aeiouy"  # "state-ment", not "sta-te"
            cuts = {cut for cut in cuts if cut < stem - 2 or (cut == stem - 2 and not silent)} | {stem}
            break
    return cuts


def syllables(word: str) -> list[str]:
    """`word` cut where it may be hyphenated; `[word]` if it may not be."""
    match = _WORD.fullmatch(word)
    if not match or len(match.group(2)) < MIN_WORD:
        return [word]
    lead, core, trail = match.groups()
    cuts = sorted(cut for cut in _cuts(core) if MIN_PART <= cut <= len(core) - MIN_PART)
    pieces: list[str] = []
    start = 0
    for cut in [*cuts, len(core)]:
        piece = core[start:cut]
        last = cut == len(core)
        if pieces and ((last and _SILENT.fullmatch(piece)) or not re.search("[aeiouy]", piece)):
            pieces[-1] += piece  # "changed", not "chan-ged"
        elif piece:
            pieces.append(piece)
        start = cut
    if not re.search("[aeiouy]", pieces[0]) and len(pieces) > 1:
        pieces[:2] = [pieces[0] + pieces[1]]
    return [lead + pieces[0], *pieces[1:-1], pieces[-1] + trail] if len(pieces) > 1 else [word]
