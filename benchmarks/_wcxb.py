"""The WCXB development corpus for `cleaning.py --corpus wcxb`: loading, halves, running, scoring.

The corpus is WCXB v1.0 (Web Content eXtraction Benchmark) by Murrough Foley, released under
CC-BY-4.0; its development split lives outside the repository (default ../shared/corpus/wcxb-dev/,
see the README there) and nothing of it is copied into the package or the repository.

Each page is measured twice, as a reader would bring it in:
- HTML: the saved page, decoded as Reader decodes it (`decode_html`), through Reader's
  `clean_html(html, url=url)` and, in the same run, `trafilatura.extract(html, url=url)` with its
  default settings.
- copied text: `html_text.extract_text(html, guess_layout=True)` stands in for "select all, copy";
  Reader's `clean_text(text, url=url)` against the plain-text baselines of `cleaning.py`.

Scores are `cleaning.f1` (word 4-shingles) of each system's text against `main_content`. Pages
whose main content is empty (error pages, empty listings) count as right only for a system that
returns nothing, as that metric already does. A system that raises scores 0 on that page and is
counted as an error; a page that cannot be decoded (or copied) is skipped and counted.

Halves: a page's site is its host without "www." cut to the registrable part (the last two
labels, three for "co.uk"-style suffixes); the parity of the site's SHA-1 puts it in "tune" or
"confirm", so a site is never in both halves and the split never changes.

Metadata (Reader only, article pages, both inputs; the title also on the pages of other kinds, in a
row of its own, and the writer on pages of any kind that name none, as below):
- title: equal after collapsing white space; a second figure ignores case and typography too
  (curly quotes and dashes against straight ones: the truth often has the straight ones).
- date: Reader's date starts with the truth's date (YYYY-MM-DD, or YYYY-MM when that is all the
  truth gives); only pages whose truth has a date.
- author: only pages whose truth names one. The truth string is split into names on commas,
  semicolons, "&", "/" and "and"; later pieces that are credentials ("MS", "Ph.D.", "E-RYT 200")
  or job titles ("Shipping Expert", "Senior Editor") are dropped. Names compare case-,
  punctuation- and space-blind; two names also match when the shorter one, of two words or more,
  occurs whole inside the longer ("Genevieve Carlton" in "Genevieve Carlton Ph.D."). Right when
  every truth name matches one of Reader's writers (roles author and reporter) and every Reader
  writer matches a truth name: a missing co-author or an extra name ("Privacy Policy") is wrong.

For copied text the metadata table also says on how many of those articles the copy holds the
truth at all (`in_the_copy`): the title as a line of its own (or as a tab's headline, "Title |
Site"), the date as a line from which Reader's date reader reads it, every truth name somewhere in
the text. The rest was only in the page's markup (meta tags, JSON-LD), which a copy leaves behind.

Timing is CPU time of this process (`time.process_time`). For HTML, Reader and trafilatura run
one after the other on each page, the order swapped from page to page, so machine load and warm
caches fall on both alike.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ATTRIBUTION = "WCXB v1.0 (Web Content eXtraction Benchmark) by Murrough Foley, CC-BY-4.0"
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wcxb-dev"
KINDS = ("article", "service", "product", "collection", "forum", "listing", "documentation")
HALVES = ("tune", "confirm")
READER = "Reader"
TRAFILATURA = "trafilatura"
META_KEYS = ("title", "title_ci", "date", "author", "author_none", "title_other")
WRITER_ROLES = ("author", "reporter")

Scorer = Callable[[str, str], tuple[float, float, float]]


@dataclass(frozen=True)
class Page:
    """One corpus page: its id (the file stem), where it came from, its kind and its ground truth."""

    id: str
    url: str
    kind: str
    site: str
    half: str
    truth: dict
    html_path: Path


@dataclass
class Outcome:
    """One input of one page: each system's (P, R, F1), who raised, Reader's metadata and timings."""

    page: Page
    scores: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    errors: set[str] = field(default_factory=set)
    meta: dict[str, bool] = field(default_factory=dict)  # only the applicable checks
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Run:
    """Every outcome of a run, per input ("html", "text"), and the pages left out, per reason."""

    outcomes: dict[str, list[Outcome]] = field(default_factory=lambda: {"html": [], "text": []})
    skipped: Counter[str] = field(default_factory=Counter)


# --- the corpus ------------------------------------------------------------------------------

_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gob", "nic"}


def site_of(url: str) -> str:
    """The site a URL belongs to: its registrable domain, roughly (no public-suffix list needed)."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def half_of(site: str) -> str:
    """ "tune" or "confirm", by the parity of the site's SHA-1: stable across runs and machines."""
    return HALVES[hashlib.sha1(site.encode("utf-8")).digest()[-1] & 1]


def load_pages(
    directory: Path, half: str = "all", kind: str | None = None, limit: int | None = None
) -> tuple[list[Page], Counter[str]]:
    """The pages of the chosen half and kind, in id order, and the count of pages without truth."""
    pages: list[Page] = []
    skipped: Counter[str] = Counter()
    for path in sorted((directory / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        truth = record.get("ground_truth") or {}
        url = record.get("url") or truth.get("url") or ""
        page_kind = ((record.get("_internal") or {}).get("page_type") or {}).get("primary", "")
        site = site_of(url)
        page = Page(path.stem, url, page_kind, site, half_of(site), truth, directory / "html" / f"{path.stem}.html.gz")
        if (half != "all" and page.half != half) or (kind and page.kind != kind):
            continue
        if not isinstance(truth.get("main_content"), str) or not page.html_path.exists():
            skipped["no ground truth"] += 1
            continue
        pages.append(page)
    return (pages[:limit] if limit else pages), skipped


# --- metadata checks -------------------------------------------------------------------------

_SPLIT = re.compile(r"\s*(?:[,;&/|]|\band\b)\s*", re.IGNORECASE)
_JOB = re.compile(
    r"\b(?:expert|editor|writer|reporter|correspondent|columnist|contributor|specialist|analyst|"
    r"director|manager|founder|ceo|coach|nutritionist|dietitian|consultant|journalist|"
    r"photographer)s?\b",
    re.IGNORECASE,
)
_BY = re.compile(r"^(?:by|von|par|por|oleh)\s+", re.IGNORECASE)


def _norm(text: str) -> str:
    """Case-, punctuation- and space-blind form of a name."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _is_credential(piece: str) -> bool:
    """ "MS", "RD", "Ph.D.", "E-RYT 200", "Jr.": short, mostly capitals or abbreviated."""
    letters = re.sub(r"[^A-Za-z]", "", piece)
    if not letters or len(letters) > 5:
        return not letters
    return sum(c.isupper() for c in letters) >= 2 or piece.endswith(".")


def truth_names(author: str) -> list[str]:
    """The names in the truth's author string, credentials and job titles dropped, normalised."""
    pieces = [p.strip() for p in _SPLIT.split(_BY.sub("", author.strip())) if p.strip()]
    names = [p for i, p in enumerate(pieces) if i == 0 or not (_is_credential(p) or _JOB.search(p))]
    return [n for n in (_norm(p) for p in names) if n]


def _same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 2 and f" {short} " in f" {long} "


def authors_right(reader_names: list[str], truth: str) -> bool:
    """Both ways: every truth name is among Reader's writers and every writer is in the truth."""
    want = truth_names(truth)
    got = [n for n in (_norm(_BY.sub("", name)) for name in reader_names) if n]
    if not want or not got:
        return False
    return all(any(_same_name(w, g) for g in got) for w in want) and all(
        any(_same_name(g, w) for w in want) for g in got
    )


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _plain(title: str) -> str:
    """A title for the second figure: case and typography (curly quotes, dashes) set aside."""
    return title.translate(_QUOTES).casefold()


def meta_checks(article, page: Page) -> dict[str, bool]:
    """Reader's metadata against the truth: on article pages, only where the truth has it; on a page
    of another kind, its title ("title_other"); and on a page of any kind whose truth names no
    writer, that Reader names none either (a wrong author in a citation is worse than none)."""
    truth = page.truth
    checks: dict[str, bool] = {}
    stated = truth.get("author") or ""
    if not (", ".join(map(str, stated)) if isinstance(stated, list) else stated).strip():
        checks["author_none"] = not (article and any(a.role in WRITER_ROLES for a in article.authors))
    want_title = " ".join((truth.get("title") or "").split())
    if page.kind != "article":  # a shop's, a manual's or a forum's page: its title, printed as its heading
        if want_title:
            checks["title_other"] = " ".join((article.title if article else "").split()) == want_title
        return checks
    if want_title:
        got = " ".join((article.title if article else "").split())
        checks["title"] = got == want_title
        checks["title_ci"] = _plain(got) == _plain(want_title)
    want_date = (truth.get("publish_date") or "")[:10]
    if want_date:
        checks["date"] = bool(article and (article.published or "").startswith(want_date))
    want_author = truth.get("author") or ""
    if isinstance(want_author, list):
        want_author = ", ".join(map(str, want_author))
    if want_author.strip():
        names = [a.name for a in article.authors if a.role in WRITER_ROLES] if article else []
        checks["author"] = authors_right(names, want_author)
    return checks


def in_the_copy(copied: str, page: Page) -> dict[str, bool]:
    """For an article, whether the copy holds each truth field at all (see the module's note): the
    most any cleaner of the copy could get right."""
    from reader.core.cleaning.dates import find_date
    from reader.core.cleaning.titles import SEPARATOR  # "Title | Site", as Reader splits a tab's title

    if page.kind != "article":
        return {}
    truth = page.truth
    lines = [" ".join(line.split()) for line in copied.splitlines() if line.strip()]
    shown: dict[str, bool] = {}
    if title := " ".join((truth.get("title") or "").split()):
        shown["title"] = any(
            line == title or (line.startswith(title) and SEPARATOR.match(line, len(title))) for line in lines
        )
    if date := (truth.get("publish_date") or "")[:10]:
        shown["date"] = any((found := find_date(line)) and found[0].isoformat().startswith(date) for line in lines)
    author = truth.get("author") or ""
    if isinstance(author, list):
        author = ", ".join(map(str, author))
    if names := truth_names(author):
        text = f" {_norm(copied)} "
        shown["author"] = all(_name_in(name, text) for name in names)
    return shown


def _name_in(name: str, text: str) -> bool:
    """Whether the text holds the name, or a part of it that `_same_name` would take for it (two
    words or more of it, in a row): what a writer's name found in the copy could match."""
    words = name.split()
    least = min(2, len(words))
    return any(f" {' '.join(words[i:j])} " in text for i in range(len(words)) for j in range(i + least, len(words) + 1))


# --- running ---------------------------------------------------------------------------------


def _timed(fn: Callable[[], object]) -> tuple[object, float, bool]:
    """fn's result, its CPU seconds and whether it raised (a raise is the system's failure)."""
    start = time.process_time()
    try:
        result, failed = fn(), False
    except Exception:  # noqa: BLE001 - any failure of any system is scored, never fatal
        result, failed = None, True
    return result, time.process_time() - start, failed


def _run_systems(outcome: Outcome, calls: dict[str, Callable[[], object]], want: str, score: Scorer) -> object:
    """Run, time and score each call in the given order; return Reader's article (or None)."""
    article = None
    for name, call in calls.items():
        result, seconds, failed = _timed(call)
        outcome.seconds[name] = seconds
        if failed:
            outcome.errors.add(name)
            outcome.scores[name] = (0.0, 0.0, 0.0)
            continue
        if name == READER:
            article = result
            result = result.text
        outcome.scores[name] = score(result or "", want)
    return article


def evaluate_page(
    page: Page, index: int, score: Scorer, text_baselines: dict[str, Callable[[str], str]]
) -> tuple[Outcome | None, Outcome | None, str]:
    """The HTML and copied-text outcomes of one page; None and a reason when an input is missing."""
    import html_text
    import trafilatura

    from reader.core.cleaning import clean_html, clean_text
    from reader.core.importers.decoding import decode_html

    try:
        html = decode_html(gzip.decompress(page.html_path.read_bytes()))
    except Exception:  # noqa: BLE001 - an unreadable page says nothing about the cleaners
        return None, None, "unreadable HTML"
    url, want = page.url, page.truth["main_content"]

    html_out = Outcome(page)
    calls = {READER: lambda: clean_html(html, url=url), TRAFILATURA: lambda: trafilatura.extract(html, url=url or None)}
    if index % 2:  # swap who goes first, page by page
        calls = dict(reversed(calls.items()))
    html_out.meta = meta_checks(_run_systems(html_out, calls, want, score), page)

    try:
        copied = html_text.extract_text(html, guess_layout=True)
    except Exception:  # noqa: BLE001 - the stand-in for copying failed, not a cleaner
        return html_out, None, "copy failed"
    text_out = Outcome(page)
    calls = {READER: lambda: clean_text(copied, url=url)}
    calls.update({name: (lambda fn=fn: fn(copied)) for name, fn in text_baselines.items()})
    text_out.meta = meta_checks(_run_systems(text_out, calls, want, score), page)
    text_out.meta.update({f"{key}_in_copy": found for key, found in in_the_copy(copied, page).items()})
    return html_out, text_out, ""


def run(
    pages: list[Page], score: Scorer, text_baselines: dict[str, Callable[[str], str]], progress: bool | None = None
) -> Run:
    """Every page through every system; progress on stderr when it is a terminal."""
    progress = sys.stderr.isatty() if progress is None else progress
    result = Run()
    if pages:  # warm-up: imports and first-call set-up are not what a page costs
        evaluate_page(pages[0], 0, score, text_baselines)
    for index, page in enumerate(pages):
        if progress:
            print(f"\r  {page.half} {index + 1}/{len(pages)} ({page.id})", end="", file=sys.stderr, flush=True)
        html_out, text_out, reason = evaluate_page(page, index, score, text_baselines)
        if reason:
            result.skipped[reason] += 1
        for name, outcome in (("html", html_out), ("text", text_out)):
            if outcome is not None:
                result.outcomes[name].append(outcome)
    if progress:
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr, flush=True)
    return result
