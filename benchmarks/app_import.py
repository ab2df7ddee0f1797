"""Coming from another app: how long a 10,000-item Pocket export takes to be listed, and how fast
the links' pages are then fetched.

Target (issue 16): a 10,000-item Pocket export is listed (entries stored, not yet fetched) in under
10 s. The run writes a Pocket CSV export (a zip of two parts, 37 tags, a fifth archived) and times,
in this process and each `--runs` times: reading it (`read_export`), storing it into a new library
(`import_export`: articles, tags, states, the fetch queue, the search index), and importing it again
into the filled library (nothing new: every item matched by its address). Then `reader import FILE`
as a user runs it, in a child process (start-up included). Last, `--pages` pages on a local HTTP
server (two host names, each page answering after 20 ms) are fetched by `fetch_waiting` with its
default four connections, one per host: pages per second. Medians; `--json` prints one object.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.app_import.formats import read_export  # noqa: E402
from reader.core.app_import.store import import_export  # noqa: E402
from reader.core.fetcher import fetch_waiting  # noqa: E402
from reader.core.library import Library  # noqa: E402
from tests.core.app_import.exports import pocket_csv_zip  # noqa: E402
from tests.scripted_site import Reply, ScriptedSite, article_page  # noqa: E402

TARGET_SECONDS = 10.0
WORDS = "The council met late into the evening to settle the budget for the new bridge and the school."


def export_rows(items: int, seed: int = 16) -> list[dict]:
    rng = random.Random(seed)
    tags = [f"topic-{n}" for n in range(37)]
    return [
        {
            "url": f"https://news{n % 97}.example.org/2024/{n:05d}/story-about-things",
            "title": f"Saved story number {n} about the council, the bridge and the budget",
            "time_added": 1_600_000_000 + n * 3600,
            "tags": rng.sample(tags, rng.randint(0, 3)),
            "status": "archive" if rng.random() < 0.2 else "unread",
        }
        for n in range(items)
    ]


def timed(call) -> tuple[float, object]:
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def listing(data: bytes, runs: int, folder: Path) -> dict[str, float]:
    read, store, again = [], [], []
    for run in range(runs):
        seconds, export = timed(lambda: read_export(data, "pocket.zip"))
        read.append(seconds)
        with Library.open(folder / f"run{run}.sqlite3") as library:
            seconds, report = timed(lambda: import_export(library, export))
            store.append(seconds)
            assert report.added == len(export.entries), report
            seconds, report = timed(lambda: import_export(library, export))
            again.append(seconds)
            assert report.added == 0 and report.unchanged == len(export.entries), report
    return {"read": statistics.median(read), "store": statistics.median(store), "again": statistics.median(again)}


def command_line(path: Path, runs: int, folder: Path) -> float:
    times = []
    for run in range(runs):
        library = folder / f"cli{run}.sqlite3"
        command = [sys.executable, "-m", "reader", "import", str(path), "--library", str(library)]
        seconds, done = timed(lambda: subprocess.run(command, capture_output=True, text=True, cwd=ROOT))
        assert done.returncode == 0, done.stderr
        times.append(seconds)
    return statistics.median(times)


def fetching(pages: int, folder: Path) -> float:
    site = ScriptedSite()
    try:
        rows = [
            {"url": site.answer(f"/p{n}", Reply(article_page(f"Page {n}", WORDS), delay=0.02), host=host)}
            for n, host in ((n, ("127.0.0.1", "localhost")[n % 2]) for n in range(pages))
        ]
        with Library.open(folder / "fetch.sqlite3") as library:
            import_export(library, read_export(pocket_csv_zip(rows), "pocket.zip"))
            seconds, report = timed(lambda: fetch_waiting(library))
            assert report.fetched == pages, report
        return pages / seconds
    finally:
        site.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = pocket_csv_zip(export_rows(args.items), parts=2)
        path = folder / "pocket-export.zip"
        path.write_bytes(data)
        listed = listing(data, args.runs, folder)
        cli = command_line(path, args.runs, folder)
        rate = fetching(args.pages, folder)
    total = listed["read"] + listed["store"]
    result = {
        "items": args.items,
        "read_s": round(listed["read"], 3),
        "store_s": round(listed["store"], 3),
        "listed_s": round(total, 3),
        "again_s": round(listed["again"], 3),
        "reader_import_s": round(cli, 3),
        "fetch_pages_per_s": round(rate, 1),
        "target_s": TARGET_SECONDS,
        "met": total < TARGET_SECONDS and cli < TARGET_SECONDS,
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"Pocket export of {args.items:,} items ({len(data) / 1e6:.1f} MB zip), medians of {args.runs} runs:")
    print(f"  read the export                {listed['read']:7.2f} s")
    print(f"  store it (listed, searchable)  {listed['store']:7.2f} s")
    print(f"  read + store                   {total:7.2f} s   (target < {TARGET_SECONDS:g} s)")
    print(f"  the same export again          {listed['again']:7.2f} s   (nothing new)")
    print(f"  `reader import FILE`           {cli:7.2f} s   (a child process, start-up included)")
    print(f"Fetching {args.pages} local pages (2 hosts, 20 ms each): {rate:.1f} pages/s")
    print("target met" if result["met"] else "TARGET NOT MET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
