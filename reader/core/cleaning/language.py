"""Language detection and stop-word density, from jusText's stop-word lists (about 100 languages);
a text mostly in a script written without spaces (Japanese, Chinese, Thai, ...) by its script."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter

WORD = re.compile(r"\w+", re.UNICODE)

# jusText list name -> ISO 639-1 code (lists without a two-letter code are left out).
ISO = {
    "Afrikaans": "af",
    "Albanian": "sq",
    "Arabic": "ar",
    "Aragonese": "an",
    "Armenian": "hy",
    "Asturian": "ast",
    "Azerbaijani": "az",
    "Basque": "eu",
    "Belarusian": "be",
    "Bengali": "bn",
    "Bosnian": "bs",
    "Breton": "br",
    "Bulgarian": "bg",
    "Catalan": "ca",
    "Cebuano": "ceb",
    "Chuvash": "cv",
    "Croatian": "hr",
    "Czech": "cs",
    "Danish": "da",
    "Dutch": "nl",
    "English": "en",
    "Esperanto": "eo",
    "Estonian": "et",
    "Finnish": "fi",
    "French": "fr",
    "Galician": "gl",
    "Georgian": "ka",
    "German": "de",
    "Greek": "el",
    "Gujarati": "gu",
    "Haitian": "ht",
    "Hebrew": "he",
    "Hindi": "hi",
    "Hungarian": "hu",
    "Icelandic": "is",
    "Igbo": "ig",
    "Indonesian": "id",
    "Irish": "ga",
    "Italian": "it",
    "Javanese": "jv",
    "Kannada": "kn",
    "Kazakh": "kk",
    "Korean": "ko",
    "Kurdish": "ku",
    "Kyrgyz": "ky",
    "Latin": "la",
    "Latvian": "lv",
    "Lithuanian": "lt",
    "Luxembourgish": "lb",
    "Macedonian": "mk",
    "Malay": "ms",
    "Malayalam": "ml",
    "Maltese": "mt",
    "Marathi": "mr",
    "Nepali": "ne",
    "Norwegian_Bokmal": "nb",
    "Norwegian_Nynorsk": "nn",
    "Occitan": "oc",
    "Persian": "fa",
    "Polish": "pl",
    "Portuguese": "pt",
    "Quechua": "qu",
    "Romanian": "ro",
    "Russian": "ru",
    "Serbian": "sr",
    "Slovak": "sk",
    "Slovenian": "sl",
    "Spanish": "es",
    "Sundanese": "su",
    "Swahili": "sw",
    "Swedish": "sv",
    "Tagalog": "tl",
    "Tamil": "ta",
    "Telugu": "te",
    "Turkish": "tr",
    "Turkmen": "tk",
    "Ukrainian": "uk",
    "Urdu": "ur",
    "Uzbek": "uz",
    "Vietnamese": "vi",
    "Welsh": "cy",
    "West_Frisian": "fy",
    "Yoruba": "yo",
}
# Widely written languages; the lists of their smaller neighbours (Asturian beside Spanish,
# Galician beside Portuguese) overlap them heavily.
MAJOR = {
    "en",
    "id",
    "ms",
    "es",
    "pt",
    "fr",
    "de",
    "it",
    "nl",
    "ru",
    "pl",
    "tr",
    "vi",
    "ar",
    "fa",
    "hi",
    "bn",
    "uk",
    "cs",
    "sv",
    "da",
    "nb",
    "fi",
    "hu",
    "ro",
    "el",
    "he",
    "ko",
    "tl",
    "sw",
    "ca",
    "hr",
    "sr",
    "bg",
    "sk",
}
# Words that tell Indonesian from Malay, whose stop-word lists overlap almost entirely.
_DISTINCT = {
    "id": {"karena", "bisa", "mengatakan", "ujarnya", "kata", "namun", "pihak", "sebesar"},
    "ms": {"kerana", "boleh", "berkata", "beliau", "bahawa", "ialah", "iaitu", "selepas", "daripada"},
}
_ID_OR_MS = _DISTINCT["id"] | _DISTINCT["ms"]
_KIN = {"id": {"id", "ms"}, "ms": {"id", "ms"}}


@functools.cache
def _index() -> tuple[dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    import justext  # the stop-word lists ship with jusText (a trafilatura dependency)

    lists: dict[str, frozenset[str]] = {}
    for name, code in ISO.items():
        try:
            lists[code] = frozenset(justext.get_stoplist(name))
        except (ValueError, OSError):
            continue
    owners: dict[str, list[str]] = {}
    for code, words in lists.items():
        for word in words:
            owners.setdefault(word, []).append(code)
    return {w: tuple(c) for w, c in owners.items()}, lists


def stopwords(language: str) -> frozenset[str]:
    return _index()[1].get(language, frozenset())


_FUNCTION_WORDS = 100  # the commonest words of a list: its language's function words


def function_words(stops: frozenset[str]) -> frozenset[str]:
    """The hundred commonest words of the stop-word list `stops` (jusText orders each list by how
    often its language's Wikipedia uses a word): mostly function words ("with", "from", "which"),
    with a few of Wikipedia's commonest nouns ("time", "years", "university"). A rough cut: the
    list's nouns and adjectives further down ("best", "history", "business") then say what a
    headline is about, and so do its less common function words ("what", "just", "should").
    `stops` itself when it is none of the lists."""
    return _function_words().get(stops, stops)


@functools.cache
def _function_words() -> dict[frozenset[str], frozenset[str]]:
    import pkgutil

    lists = _index()[1]
    found: dict[frozenset[str], frozenset[str]] = {}
    for name, code in ISO.items():
        if code in lists:
            raw = (pkgutil.get_data("justext", f"stoplists/{name}.txt") or b"").decode("utf-8")
            ordered = dict.fromkeys(word.lower() for word in raw.splitlines())  # in order, each once
            found[lists[code]] = frozenset(list(ordered)[:_FUNCTION_WORDS])
    return found


def detect(text: str, sample_words: int = 1500) -> str:
    """The ISO 639-1 code of the text's language (by its script, or its stop-word list), or "" when no
    script names it and no list fits."""
    return judged(text, sample_words)[0]


def judged(text: str, sample_words: int = 1500) -> tuple[str, bool]:
    """The text's language as `detect` finds it (what to read the text by), and whether the evidence
    is strong enough to name it as the article's language: a page of product names and menus holds
    few function words, and several lists catch a fifth of them by chance (Finnish's list holds
    English nouns). Named only when its words are a quarter of the text's, or when its list beats
    the next one by half again, and six different words of it at least; otherwise "unknown". A
    language written without spaces has no list (its sentences are not split into words, and the
    sample of lines with spaces leaves them out): it is named by its script, first, when most of
    the text's letters are in it (_by_script), whatever an English menu around it says."""
    found = _by_script(text)
    return found if found[0] else _judge(text, sample_words, sure=True)


def likely(text: str, sample_words: int = 1500) -> str:
    """The language whose stop words the text holds most of, however few: what to read a page of
    names and menus by (its share of function words), never to name as its language."""
    return _judge(text, sample_words, sure=False)[0]


SURE_SHARE = 0.25  # of the text's words in the language's list: named at once
SURE_LEAD = 1.5  # else its list's weighed hits over the next list's
SURE_WORDS = 6  # and never on fewer different words of its list ("new", "fit" and "long" on every tile)


def _judge(text: str, sample_words: int, *, sure: bool) -> tuple[str, bool]:
    codes, owners, log_sizes = _numbered()
    words = list(map(str.lower, _sample(text, sample_words)))
    if len(words) < 3:
        return "", False
    # Each word counts for every list that holds it. Words held by the same lists are added up
    # first, as [hits, different words], in the order they came: lists tied on hits keep the order
    # of their first word.
    shared: dict[tuple[int, ...], list[int]] = {}
    for word, count in Counter(words).items():
        held = owners.get(word)
        if held:
            if (entry := shared.get(held)) is None:
                shared[held] = [count, 1]
            else:
                entry[0] += count
                entry[1] += 1
    if not shared:
        return "", False
    hits = [0] * len(codes)
    different = [0] * len(codes)
    for held, (count, kinds) in shared.items():
        for i in held:
            hits[i] += count
            different[i] += kinds
    found = [i for i, h in enumerate(hits) if h]
    for i in found:
        if codes[i] not in MAJOR:
            hits[i] = int(hits[i] * 0.8)  # regional languages win only on clear evidence
    # A longer list catches more words by chance: the lists drawn from an encyclopedia hold its
    # frequent names and English words (Finnish's 6,800 words include "new", "best", "the").
    # Hits are weighed against the list's size before they are compared.
    weighed = {i: hits[i] / log_sizes[i] for i in found}
    top = max(weighed.values())
    tied = {i for i, v in weighed.items() if v == top}
    first = next(i for held in shared for i in held if i in tied)  # of the lists tied, the first one met
    best = codes[first]
    if hits[first] < (max(2, len(words) * 0.15) if sure else 2):
        return "", False
    # the next major language's list (regional lists drawn from an encyclopedia hold English words;
    # lists that overlap almost entirely, Indonesian's and Malay's, do not compete)
    kin = _KIN.get(best, {best})
    runner_up = max((v for i, v in weighed.items() if codes[i] in MAJOR and codes[i] not in kin), default=0.0)
    named = different[first] >= SURE_WORDS and (
        hits[first] >= SURE_SHARE * len(words) or weighed[first] >= SURE_LEAD * runner_up
    )
    if best in ("id", "ms"):
        counts = Counter(w for w in words if w in _ID_OR_MS)
        id_score = sum(counts[w] for w in _DISTINCT["id"])
        ms_score = sum(counts[w] for w in _DISTINCT["ms"])
        if id_score != ms_score:
            best = "id" if id_score > ms_score else "ms"
    return best, named


@functools.cache
def _numbered() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]], tuple[float, ...]]:
    """The stop lists numbered: their codes, each word's lists by number, and log(size + 2) of each."""
    owners, lists = _index()
    codes = tuple(lists)
    number = {code: i for i, code in enumerate(codes)}
    held = {word: tuple(number[c] for c in found) for word, found in owners.items()}
    return codes, held, tuple(math.log(len(lists[c]) + 2) for c in codes)


def _sample(text: str, count: int) -> list[str]:
    """The words to judge the language by: those of the lines that read as sentences (seven words or
    more), when there are enough of them; a shop's or a portal's menus come first and are mostly
    names, which many lists share (a stop list drawn from an encyclopedia holds English nouns)."""
    words: list[str] = []
    for line in text[:60_000].split("\n"):
        if line.count(" ") >= 6:
            words += WORD.findall(line)
            if len(words) >= count:  # the rest would be cut off
                break
    if len(words) >= _ENOUGH_SENTENCE_WORDS:
        return words[:count]
    return _first_words(text, count)


_ENOUGH_SENTENCE_WORDS = 100


def _first_words(text: str, count: int) -> list[str]:
    """The first `count` words of the text's first 60,000 characters. Read from a shorter start
    first: more than `count` words there means the first `count` ended well inside it."""
    for length in (8 * count, 60_000):
        words = WORD.findall(text[: min(length, 60_000)])
        if len(words) > count or length >= min(len(text), 60_000):
            return words[:count]
    return []  # not reached


def density(words: list[str], stops: frozenset[str]) -> float:
    if not words:
        return 0.0
    return sum(map(stops.__contains__, map(str.lower, words))) / len(words)


# Scripts written without spaces between words (kana, CJK ideographs, Thai, Lao, Myanmar, Khmer): a
# whole sentence there is one \w+ run, so length rules count its characters instead.
_UNSPACED_RANGES = {  # each script's letters, and the language a text mostly in it is written in
    "ja": "\u3040-\u30ff",  # kana: beside the ideographs, Japanese
    "zh": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",  # ideographs: alone, Chinese
    "th": "\u0e00-\u0e7f",
    "lo": "\u0e80-\u0eff",
    "km": "\u1780-\u17ff",
    "my": "\u1000-\u109f",
}
_UNSPACED = re.compile(f"[{''.join(_UNSPACED_RANGES.values())}]")
CHARS_PER_WORD = 2  # a Japanese or Chinese word is one to two characters long on average


def word_count(tokens: list[str]) -> int:
    """How many words the \\w+ runs of a line hold, counting an unspaced script's characters in pairs."""
    if all(map(str.isascii, tokens)):  # the quick way, for most lines: one word a token
        return len(tokens)
    count = 0
    for token in tokens:
        unspaced = 0 if token.isascii() else len(_UNSPACED.findall(token))
        count += max(1, -(-unspaced // CHARS_PER_WORD)) if unspaced else 1
    return count


def spaced(text: str) -> bool:
    """Whether the text has no character of an unspaced script: every token of it is one word."""
    return text.isascii() or not _UNSPACED.search(text)


def topic_words(token: str) -> list[str]:
    """A token as words for comparing topics: itself, or in an unspaced script its character pairs."""
    if token.isascii() or len(_UNSPACED.findall(token)) < 3:
        return [token]
    return [token[i : i + 2] for i in range(len(token) - 1)]


# Scripts that name their language, when most of a text's letters are in one of them
_SCRIPTS = tuple((code, re.compile(f"[{letters}]")) for code, letters in _UNSPACED_RANGES.items())
_SCRIPT_SHARE = 0.5  # of the text's letters
_KANA_SHARE = 0.05  # of a Japanese text's kana and ideographs: its particles and endings are kana
_SCRIPT_LETTERS = 20  # fewer letters say nothing


def _by_script(text: str) -> tuple[str, bool]:
    """(code, True) for a text mostly in a script written without spaces; ("", False) otherwise."""
    sample = text[:20_000]
    if spaced(sample):
        return "", False
    letters = sum(map(str.isalpha, sample))
    if letters < _SCRIPT_LETTERS:
        return "", False
    counts = {code: len(script.findall(sample)) for code, script in _SCRIPTS}
    cjk = counts["ja"] + counts["zh"]
    if cjk >= _SCRIPT_SHARE * letters:
        return ("ja" if counts["ja"] >= _KANA_SHARE * cjk else "zh"), True
    code, most = max(((code, n) for code, n in counts.items() if code not in ("ja", "zh")), key=lambda item: item[1])
    return (code, True) if most >= _SCRIPT_SHARE * letters else ("", False)
