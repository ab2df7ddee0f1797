"""The library at scale: open, search, memory and import speed on a synthetic library.

    python benchmarks/library.py [--articles N] [--json]      (default 100,000; `make bench-library`)

The library (N articles of ~600 words drawn from the project's own corpus vocabulary, one
highlight per article and a note on every fifth) is generated once and cached under
benchmarks/.cache/. Measured in one run:
  open     process start to the window showing the first page of the list, against a bare PySide6
           window (medians; ratio target <= 2)
  search   50 varied queries through the search path the window uses (median <= 30 ms, p95 <= 100 ms)
  memory   resident memory of that window process after the searches (<= 250 MB)
  import   articles per second for 150 distinct plain-text and HTML files into a library in one bulk
           import (cleaning, storage and indexing) against cleaning alone, in 5 interleaved rounds
           (rates: medians; overhead: the median of each round's import time over its cleaning time,
           minus one; target <= 25%)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = Path(__file__).resolve().parent / ".cache"
CORPUS = ROOT / "tests" / "data" / "cleaning"
GENERATOR_VERSION = 2

QUERIES = [
    "banjir",
    "harga beras",
    "council",
    '"flood wall"',
    "river*",
    "pemerintah kota",
    "tribunal",
    "school -budget",
    "tag:politics",
    "tag:politics tag:local",
    "site:herald",
    "author:Marsh",
    "in:notes check",
    "in:highlights",
    "color:red",
    "label:quote",
    "is:unread",
    "is:archived police",
    "has:notes",
    "before:2020-01-01",
    "after:2023-06-01",
    "minister*",
    '"the mayor"',
    "pasar",
    "polisi",
    "hospital patients",
    "water -flood",
    "elecciones",
    "prefeitura",
    "gouvernement",
    "regierung",
    "stadt",
    "ekonomi",
    "inflation",
    "climate",
    "court ruling",
    "teachers",
    "bus",
    "ferry fares",
    "rain",
    "rumah sakit",
    "jalan",
    "kereta",
    "budget cuts",
    "multi-agent",
    '"unbalanced',
    "AND",
    "election*",
    "housing",
    "students exam",
]


def vocabulary() -> tuple[list[str], list[float]]:
    counts: Counter[str] = Counter()
    for path in sorted(CORPUS.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for paragraph in data.get("body", []):
            counts.update(w.lower() for w in re.findall(r"\w+", paragraph) if not w.isdigit())
    words = [w for w, _ in counts.most_common()]
    weights = [1.0 / (rank + 8) for rank in range(len(words))]  # Zipf-like, as real text is
    return words, weights


def generate(path: Path, articles: int, seed: int = 11) -> None:
    from reader.core import serialize as ser
    from reader.core.library import Library
    from reader.core.models import Author, Block, BlockKind
    from reader.core.search.index import index_article
    from reader.core.stamps import now_iso, text_hash

    rng = random.Random(seed)
    words, weights = vocabulary()
    sites = [
        "The Northern Herald",
        "KabarKota.id",
        "El Diario del Sur",
        "Coast Times",
        "Berita Nusa",
        "Le Courrier",
        "Rheinische Post",
        "Gazeta Paulista",
        "The Valley Gazette",
        "Metro Harian",
    ]
    names = ["Rachel Marsh", "Andi Wijaya", "María López", "Tom Leigh", "Siti Rahma", "Jean Dupont", "Anna Schmidt"]
    tags = ["politics", "local", "economy", "health", "education", "climate", "courts", "transport"]
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    lib = Library.open(path)
    conn = lib._conn  # the benchmark writes in bulk, below the service, in the service's own format
    tag_ids = {}
    for tag in tags:
        conn.execute("INSERT INTO tags (name) VALUES (?)", (tag,))
        tag_ids[tag] = conn.execute("SELECT id FROM tags WHERE name = ?", (tag,)).fetchone()[0]
    start_day = date(2015, 1, 1)
    stamp = now_iso()
    conn.execute("BEGIN")
    note_id = 0
    for i in range(1, articles + 1):
        tokens = rng.choices(words, weights, k=600)
        paragraphs = [" ".join(tokens[p : p + 100]).capitalize() + "." for p in range(0, 600, 100)]
        title = " ".join(rng.choices(words, weights, k=8)).capitalize()
        blocks = tuple(Block(BlockKind.PARAGRAPH, p) for p in paragraphs)
        text = "\n\n".join(paragraphs)
        site = rng.choice(sites)
        authors = (Author(rng.choice(names)),)
        published = (start_day + timedelta(days=rng.randint(0, 3600))).isoformat()
        state = rng.choices(["unread", "reading", "archived"], [6, 2, 2])[0]
        conn.execute(
            "INSERT INTO articles (id, source, url, kind, title, site_name, authors, published, language, added_at,"
            " updated_at, state) VALUES (?, ?, '', 'text', ?, ?, ?, ?, 'en', ?, ?, ?)",
            (i, f"generated/{i}.txt", title, site, ser.authors_to_json(authors), published, stamp, stamp, state),
        )
        version = conn.execute(
            "INSERT INTO article_versions (article_id, created_at, text_hash, raw_text, body) VALUES (?, ?, ?, ?, ?)",
            (i, stamp, text_hash(text), "", ser.blocks_to_json(blocks)),
        ).lastrowid
        index_article(conn, i, title, text, site, authors[0].name)
        a = rng.randint(0, len(paragraphs[0]) - 40)
        conn.execute(
            'INSERT INTO highlights (id, article_id, version_id, exact, prefix, suffix, start, "end",'
            " color, status, created_at, updated_at) VALUES (?, ?, ?, ?, '', '', ?, ?, ?, 'anchored', ?, ?)",
            (i, i, version, text[a : a + 35], a, a + 35, rng.choice(["yellow", "red", "green", "blue"]), stamp, stamp),
        )
        if i % 5 == 0:
            note_id += 1
            conn.execute(
                "INSERT INTO notes (id, article_id, highlight_id, body, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (note_id, i, i, "Check this: " + " ".join(rng.choices(words, weights, k=12)), stamp, stamp),
            )
        for tag in rng.sample(tags, rng.randint(0, 2)):
            conn.execute("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", (i, tag_ids[tag]))
        if i % 5000 == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
            print(f"  generated {i:,} articles", file=sys.stderr, flush=True)
    conn.execute("COMMIT")
    conn.execute("INSERT INTO search (search) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.set_meta("benchmark_generator", str(GENERATOR_VERSION))
    lib.close()


def cached_library(articles: int) -> Path:
    from reader.core.library import Library

    path = CACHE / f"library-{articles}.sqlite3"
    if path.exists():
        with Library.open(path) as lib:
            if lib.get_meta("benchmark_generator") == str(GENERATOR_VERSION) and lib.count() == articles:
                return path
    print(f"generating a library of {articles:,} articles (cached in {CACHE})", file=sys.stderr, flush=True)
    generate(path, articles)
    return path


# After the start-up benchmark's child (the same start, the same clock): searches, then memory.
SEARCHES = """
import json, time
for _ in range(5):
    app.processEvents()
pane = window.library_pane
times = []
for query in json.loads(sys.argv[3]):
    start = time.perf_counter()
    pane.search.setText(query)
    pane._run_search()
    window.model.index(0).data()  # the first row drawn
    times.append((time.perf_counter() - start) * 1000)
rss = 0
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        rss = int(line.split()[1]) / 1024
print(json.dumps({"times": times, "rss_mb": rss}), flush=True)
"""


def measure_window(library: Path, repeats: int) -> dict:
    from startup import APP, BARE, time_child  # the same clock as the start-up benchmark

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = str(Path(tmp) / "settings.ini")
        app_times, bare_times, search_runs, rss = [], [], [], []
        for _ in range(repeats):
            bare_times.append(time_child(BARE))
            start = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-c", APP + SEARCHES, str(library), settings, json.dumps(QUERIES)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
                cwd=ROOT,
            )
            assert proc.stdout is not None
            line = proc.stdout.readline()
            app_times.append(time.perf_counter() - start)
            if line.strip() != "shown":
                raise SystemExit("the window did not show the library")
            result = json.loads(proc.stdout.readline())
            proc.wait(timeout=120)
            search_runs.append(result["times"])
            rss.append(result["rss_mb"])
    last = search_runs[-1]  # warm caches, as a user's second search would be
    ordered = sorted(last)
    return {
        "open_ms": statistics.median(app_times) * 1000,
        "bare_ms": statistics.median(bare_times) * 1000,
        "open_ratio": statistics.median(app_times) / statistics.median(bare_times),
        "search_median_ms": statistics.median(last),
        "search_p95_ms": ordered[max(0, round(0.95 * len(ordered)) - 1)],
        "search_max_ms": ordered[-1],
        "rss_mb": max(rss),
    }


def numbered_copy(data: bytes, n: int, kind: str) -> bytes:
    """The page with a sentence naming copy `n` at the end of its longest body paragraph, where the
    cleaner keeps it (a line added at the end would be dropped as furniture), and a numbered address."""
    from reader.core.importers import read_article

    sentence = f" This is copy number {n} of the page.".encode()
    cleaned = read_article(data, "page.txt" if kind == "text" else "page.html").article
    for block in sorted(cleaned.body, key=lambda b: len(b.text), reverse=True):
        tail = block.text[-24:].encode()
        at = data.find(tail)
        while at >= 0:  # in the text of an element (followed by a tag), not in an attribute or the head
            end = at + len(tail)
            if kind == "text" or data[end : end + 200].lstrip().startswith(b"</"):
                data = data[:end] + sentence + data[end:]
                # and its own address: a page's canonical URL would make it a new version of the first copy
                return re.sub(
                    rb'((?:rel="canonical" href|property="og:url" content)="[^"?]+)',
                    rb"\1?copy=" + str(n).encode(),
                    data,
                )
            at = data.find(tail, at + 1)
    raise SystemExit("no paragraph of the page was found in its source")


IMPORT_ROUNDS = 5  # medians of interleaved rounds: one busy moment on a small machine moves a single round by 5-10 %


def measure_import(count: int = 150) -> dict:
    from reader.core.importers import read_article
    from reader.core.library import Library

    pages = [p for p in sorted((CORPUS / "text").glob("*.txt"))] + [p for p in sorted((CORPUS / "html").glob("*.html"))]
    result = {}
    for kind, suffix in (("text", ".txt"), ("html", ".html")):
        files = [p for p in pages if p.suffix == suffix]
        with tempfile.TemporaryDirectory() as tmp:
            copies = []
            for n in range(count):  # distinct articles: a number in the body makes each text unique
                target = Path(tmp) / f"{n}{suffix}"
                target.write_bytes(numbered_copy(files[n % len(files)].read_bytes(), n, kind))
                copies.append(target)
            for target in copies[:5]:
                read_article(target.read_bytes(), target.name)  # warm-up
            cleans, fulls = [], []
            for rounds in range(IMPORT_ROUNDS):  # interleaved, so that a busy moment hits both sides
                start = time.perf_counter()
                for target in copies:
                    read_article(target.read_bytes(), target.name)
                cleans.append(time.perf_counter() - start)
                with Library.open(Path(tmp) / f"lib-{rounds}.sqlite3") as lib:
                    start = time.perf_counter()
                    with lib.bulk():  # as `reader import` and the window's import of many files do
                        for target in copies:
                            lib.ingest(target)
                    fulls.append(time.perf_counter() - start)
                    if lib.count() != count:  # every copy must be a new article, not a duplicate found cheaply
                        raise SystemExit(f"{kind}: {lib.count()} articles stored from {count} distinct copies")
            clean, full = statistics.median(cleans), statistics.median(fulls)
            # each round's import against the cleaning just before it: a slower minute affects both
            overhead = statistics.median(f / c for f, c in zip(fulls, cleans)) - 1
        result[kind] = {"clean_per_s": count / clean, "import_per_s": count / full, "overhead": overhead}
    result["import_overhead"] = max(result["text"]["overhead"], result["html"]["overhead"])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    library = cached_library(args.articles)
    window = measure_window(library, args.repeats)
    imports = measure_import()
    result = {"articles": args.articles, **window, "import_overhead": imports["import_overhead"], "import": imports}
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"library ({args.articles:,} articles, {args.articles:,} highlights, {args.articles // 5:,} notes)")
    print(
        f"  open: window with the list        {window['open_ms']:8.0f} ms  (bare PySide6 {window['bare_ms']:.0f} ms;"
        f" ratio {window['open_ratio']:.2f}, target <= 2)"
    )
    print(f"  search: {len(QUERIES)} queries, median        {window['search_median_ms']:8.1f} ms  (target <= 30)")
    print(
        f"  search: 95th percentile           {window['search_p95_ms']:8.1f} ms  (target <= 100;"
        f" slowest {window['search_max_ms']:.1f})"
    )
    print(f"  memory: resident, window open     {window['rss_mb']:8.0f} MB  (target <= 250)")
    for kind in ("text", "html"):
        r = imports[kind]
        print(
            f"  import {kind:<4}: {r['import_per_s']:6.0f} articles/s; cleaning alone {r['clean_per_s']:6.0f}/s;"
            f" overhead {r['overhead']:.0%} (target <= 25%)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
