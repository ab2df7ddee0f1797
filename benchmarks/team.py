"""Team libraries on a real PostgreSQL server (issue 19): concurrent edits, a first pull, a catch-up,
and the window on a replica.

    python benchmarks/team.py [--articles N] [--clients N] [--edits N] [--json]   (`make bench-team`)

A throwaway cluster (tests/team/pg.py: Debian's initdb and pg_ctl, fsync off) on 127.0.0.1. Measured
in one run:
  edits     --clients members (10), each in its own thread with its own replica, make --edits
            edits (1,000) each (a tag on the shared article; a sync after every 10), while one more
            connected member watches (LISTEN/NOTIFY). Afterwards every replica must hold every edit
            once and the server each change once. Throughput: edits per second over the whole run;
            latency: from an edit to its arrival on the watching member (median, 95th percentile).
  pull      a member's library of --articles articles (benchmarks/library.py's synthetic library,
            one highlight each, a note on every fifth) shared by `connect`, then a new member's first
            pull of it, in a child process: seconds and peak resident memory.
  catch-up  a member who was away while 10,000 changes were made: seconds and peak memory (child).
  window    the window opening the pulled replica against the same library kept personally
            (benchmarks/library.py's measurement: process start to the first page of the list).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from reader.core.library import Library  # noqa: E402
from tests.team.pg import Cluster  # noqa: E402

CHILD = """
import json, sys, time
from reader.core.library import Library
start = time.perf_counter()
with Library.open(sys.argv[1]) as library:
    if sys.argv[3] == "connect":
        report = library.team.connect(sys.argv[2], "Newcomer")
    else:
        report = library.team.sync()
    count = library.count()
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak, "pulled": report.pulled, "articles": count}))
"""


def child(replica: Path, url: str, what: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(replica), url, what], capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode:
        raise SystemExit(f"the {what} child failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(share * len(ordered)) - 1)]


def measure_edits(cluster: Cluster, folder: Path, clients: int, edits: int) -> dict:
    url = cluster.url(database=cluster.new_database())
    first = Library.open(folder / "m0.sqlite3")
    first.team.connect(url, "M0")
    article = first.import_bytes(
        b"<html><body><article><h1>Shared</h1><p>" + b"word " * 200 + b"</p></article></body></html>",
        "shared.html",
        url="https://team.example/shared",
    ).id
    first.team.sync()
    members = [first] + [Library.open(folder / f"m{i}.sqlite3") for i in range(1, clients)]
    for i, library in enumerate(members[1:], 1):
        library.team.connect(url, f"M{i}")
    watcher = Library.open(folder / "watcher.sqlite3")
    watcher.team.connect(url, "Watcher")
    latencies: list[float] = []
    seen: set[str] = set()
    stop = threading.Event()

    def heard(_report: object) -> None:
        now = time.monotonic_ns()
        for (name,) in watcher._conn.execute("SELECT name FROM tags"):  # noqa: SLF001
            if name not in seen and name.startswith("e-"):
                seen.add(name)
                latencies.append((now - int(name.rsplit("-", 1)[1])) / 1e6)

    watching = threading.Thread(target=lambda: watcher.team.watch(stop.is_set, heard, every=0.5))
    watching.start()
    errors: list[BaseException] = []

    def work(library: Library, index: int) -> None:
        try:
            [row] = library.list_articles()
            for n in range(edits):
                library.organize.add_tags([row.id], [f"e-{index}-{n}-{time.monotonic_ns()}"])
                if n % 10 == 9:
                    library.team.sync()
            library.team.sync()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    start = time.perf_counter()
    threads = [threading.Thread(target=work, args=(lib, i)) for i, lib in enumerate(members)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    deadline = time.monotonic() + 60
    while len(seen) < clients * edits and time.monotonic() < deadline:
        time.sleep(0.1)
    stop.set()
    watching.join(30)
    for library in members:
        library.team.sync()
    complete = all(
        len([t for t in library.organize.tags_of(library.list_articles()[0].id) if t.startswith("e-")])
        == clients * edits
        for library in members
    )
    import psycopg

    with psycopg.connect(url) as conn:
        total, distinct = conn.execute("SELECT count(*), count(DISTINCT id) FROM reader_changes").fetchone()
    for library in [*members, watcher]:
        library.close()
    assert article and not errors, errors
    return {
        "clients": clients,
        "edits_each": edits,
        "edits_per_s": round(clients * edits / elapsed, 1),
        "latency_median_ms": round(statistics.median(latencies), 1) if latencies else None,
        "latency_p95_ms": round(percentile(latencies, 0.95), 1) if latencies else None,
        "arrived_at_watcher": len(seen),
        "every_edit_on_every_replica": complete,
        "server_changes": total,
        "server_duplicates": total - distinct,
    }


def measure_pull(cluster: Cluster, folder: Path, articles: int) -> tuple[dict, Path, Path]:
    from library import cached_library

    personal = cached_library(articles)
    url = cluster.url(database=cluster.new_database())
    shared = folder / "sharer.sqlite3"
    shutil.copy(personal, shared)
    start = time.perf_counter()
    with Library.open(shared) as library:
        library.team.connect(url, "Sharer")
    shared_s = time.perf_counter() - start
    newcomer = folder / "newcomer.sqlite3"
    first = child(newcomer, url, "connect")
    # a week away: 10,000 changes made by the sharer meanwhile (fewer in a library under 2,000 articles)
    with Library.open(shared) as library:
        ids = library.article_ids()[:2000]
        with library.transaction():
            for n in range(5):
                library.organize.add_tags(ids, [f"week-{n}"])
        library.team.sync()
    catch_up = child(newcomer, url, "sync")
    return (
        {"articles": articles, "share_s": round(shared_s, 1), "first_pull": first, "catch_up_10000": catch_up},
        personal,
        newcomer,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--window-runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    cluster = Cluster()
    folder = Path(tempfile.mkdtemp(prefix="reader-team-bench-"))
    try:
        result: dict = {"edits": measure_edits(cluster, folder, args.clients, args.edits)}
        pull, personal, replica = measure_pull(cluster, folder, args.articles)
        result["pull"] = pull
        from library import measure_window

        result["window"] = {
            "personal": measure_window(personal, args.window_runs),
            "replica": measure_window(replica, args.window_runs),
        }
    finally:
        cluster.close()
        shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    e, p, w = result["edits"], result["pull"], result["window"]
    print("Team library on PostgreSQL (a throwaway local cluster, one run)")
    print(f"  edits: {e['clients']} clients x {e['edits_each']:,}: {e['edits_per_s']:,} edits/s")
    print(f"    to a watching member: median {e['latency_median_ms']} ms, p95 {e['latency_p95_ms']} ms")
    print(
        f"    every edit on every replica: {e['every_edit_on_every_replica']}; "
        f"server changes {e['server_changes']:,}, duplicates {e['server_duplicates']}"
    )
    f, c = p["first_pull"], p["catch_up_10000"]
    print(f"  share a {p['articles']:,}-article library: {p['share_s']} s")
    print(f"  first pull: {f['seconds']:.1f} s, peak {f['peak_mb']:.0f} MB, {f['pulled']:,} changes")
    print(f"    ({f['articles']:,} articles)")
    print(f"  catch-up of {c['pulled']:,} changes: {c['seconds']:.1f} s, peak {c['peak_mb']:.0f} MB")
    print(
        f"  window open: personal {w['personal']['open_ms']:.0f} ms, replica {w['replica']['open_ms']:.0f} ms "
        f"(ratio {w['replica']['open_ms'] / w['personal']['open_ms']:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
