"""`make check-reliability`: the reliability guarantees in one table.

    KILLS=N make check-reliability        (python benchmarks/reliability.py [--kills N] [--cases N])

kills     a writer killed with SIGKILL again and again (tests/reliability/crash_harness.py): writes lost
fuzz      random and mutated inputs to every importer, the query parser, anchoring and annotation JSON:
          anything but the project's own ReaderError "escaped"
hostile   a page referencing a local HTTP server and a secret local file in every way, imported and
          shown in the real window (offscreen): requests the server saw
inputs    pathological files (empty, binary, 100 MB, 100,000-deep HTML, entity bombs, bad encodings,
          furniture only), each in its own process: time, peak memory, and whether it failed badly
The last line is one summary a script can read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
CORPUS = ROOT / "tests" / "data" / "cleaning"


def check_kills(kills: int) -> dict:
    from tests.reliability.crash_harness import CrashRun

    with tempfile.TemporaryDirectory() as tmp:
        run = CrashRun(Path(tmp), random.SystemRandom().randrange(2**32))
        run.setup()
        tally = run.run(kills)
    return {
        "kills": tally.kills,
        "writes": tally.verified,
        "lost": tally.lost + tally.unexpected,
        "invariant_failures": tally.invariant_failures,
        "seconds": tally.seconds,
    }


def _mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 30)):
        op = rng.random()
        at = rng.randrange(len(data) + 1)
        if op < 0.4 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif op < 0.7:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))
        else:
            del data[at : at + rng.randint(1, 200)]
    return bytes(data)


def check_fuzz(cases: int) -> dict:
    from reader.core.anchoring import anchor, describe
    from reader.core.errors import ReaderError
    from reader.core.importers import read_article
    from reader.core.search.query import parse

    rng = random.Random(7)
    seeds = [p.read_bytes() for p in sorted(CORPUS.rglob("*.txt"))[:20] + sorted(CORPUS.rglob("*.html"))[:10]]
    escaped: dict[str, int] = {}
    counts: dict[str, int] = {}

    def attempt(target: str, fn) -> None:
        counts[target] = counts.get(target, 0) + 1
        try:
            fn()
        except ReaderError:
            pass
        except Exception:  # noqa: BLE001 - counting what escapes is the point
            escaped[target] = escaped.get(target, 0) + 1

    for i in range(cases):
        raw = (
            _mutate(rng.choice(seeds), rng) if i % 2 else bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000)))
        )
        attempt("text", lambda: read_article(raw, "page.txt"))
        attempt("html", lambda: read_article(raw, "page.html"))
        attempt("markdown", lambda: read_article(raw, "note.md"))
        text = raw.decode("utf-8", "replace")[:300]
        attempt("query", lambda: parse(text).match_expression())
        if len(text) > 2:
            a, b = sorted(rng.sample(range(len(text) + 1), 2))
            edited = text[: rng.randrange(len(text))] + text[rng.randrange(len(text)) :]
            attempt("anchoring", lambda: anchor(describe(text, a, b), edited))
        attempt("annotation json", lambda: _import_annotations(raw))
    return {
        "cases": sum(counts.values()),
        "per_target": counts,
        "escaped": sum(escaped.values()),
        "escaped_per_target": escaped,
    }


def _import_annotations(raw: bytes) -> None:
    try:
        from reader.core.annotation_import import import_annotations
    except ImportError:
        return
    from reader.core.errors import ReaderError
    from reader.core.library import Library

    global _FUZZ_LIBRARY
    if _FUZZ_LIBRARY is None:
        _FUZZ_LIBRARY = Library.open(Path(tempfile.mkdtemp()) / "fuzz.sqlite3")
    try:
        data = json.loads(raw.decode("utf-8", "replace"))
    except ValueError:
        raise ReaderError("not JSON") from None
    import_annotations(_FUZZ_LIBRARY, data)


_FUZZ_LIBRARY = None


def check_hostile() -> dict:
    from PySide6.QtCore import QSettings

    from reader.ui.app import application, create_window
    from tests.conftest import LocalSite
    from tests.security.test_hostile_pages import SECRET, hostile_page

    application()
    site = LocalSite()
    with tempfile.TemporaryDirectory() as tmp:
        secret = Path(tmp) / "secret.txt"
        secret.write_text(SECRET)
        page = Path(tmp) / "hostile.html"
        page.write_text(hostile_page(site.base, secret))
        window = create_window(
            Path(tmp) / "lib.sqlite3", QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat), demo=False
        )
        window.show()
        [article] = window.import_paths([page])
        window.open_article(article.id)
        window.article_view.viewport().repaint()
        leaked = SECRET in window.article_view.toHtml()
        window.close()
        window.library.close()
    site.close()
    return {"requests": len(site.requests), "secret_leaked": leaked}


PATHOLOGICAL = {
    "empty file": "b''",
    "binary file": "bytes(range(256)) * 400",
    "100 MB text": "b'word ' * (100 * 1024 * 1024 // 5)",
    "HTML nested 100,000 deep": "b'<html><body>' + b'<div>' * 100000 + b'<p>The bottom of a deep page, a sentence.</p>'"
    " + b'</div>' * 100000",
    "entity bomb": "('<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"lol\">' + ''.join(f'<!ENTITY a{i} \"' + "
    "('&a' + (str(i-1) if i > 1 else '') + ';') * 10 + '\">' for i in range(1, 10)) + ']><html><body>"
    "<p>&a9;</p><p>A real paragraph about the council and the harbour wall.</p></body></html>').encode()",
    "invalid UTF-8": "'A title\\n\\nA paragraph of plain words about the harbour.'.encode() + b'\\xff\\xfe\\xfa' * 50",
    "UTF-16 without BOM": "'A title\\n\\nA paragraph of plain words about the harbour wall.'.encode('utf-16-le')",
    "furniture only": "b'Home\\nNews\\nShare\\nFacebook\\nAdvertisement\\nPrivacy Policy\\n'",
}
_CHILD = """
import sys, time
from reader.core.errors import ReaderError
from reader.core.importers import read_article
data = eval(sys.argv[1])
start = time.process_time()
try:
    read_article(data, sys.argv[2])
    outcome = "imported"
except ReaderError as exc:
    outcome = "refused: " + str(exc)[:60]
print(f"{time.process_time() - start:.3f}\\t{outcome}", flush=True)
"""


def check_inputs(time_limit: float = 10.0, memory_limit_mb: float = 1500.0) -> dict:
    rows, failed = [], 0
    for name, expression in PATHOLOGICAL.items():
        suffix = "page.html" if "HTML" in name or "entity" in name else "page.txt"
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, expression, suffix],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        started = time.perf_counter()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        out = proc.stdout.read().strip() if proc.stdout else ""
        peak = usage.ru_maxrss / 1024
        ok = os.waitstatus_to_exitcode(status) == 0 and "\t" in out and wall < time_limit and peak < memory_limit_mb
        failed += not ok
        rows.append(
            {"input": name, "seconds": round(wall, 2), "peak_mb": round(peak), "result": out.split("\t")[-1], "ok": ok}
        )
    return {"rows": rows, "failed": failed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=int(os.environ.get("KILLS", "100")))
    parser.add_argument("--cases", type=int, default=1000, help="fuzz rounds (each feeds every target once)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    inputs = check_inputs()  # first, while this process is small: a child's peak memory starts from ours
    kills = check_kills(args.kills)
    fuzz = check_fuzz(args.cases)
    hostile = check_hostile()
    if args.json:
        print(json.dumps({"kills": kills, "fuzz": fuzz, "hostile": hostile, "inputs": inputs}))
    else:
        print("reliability")
        print(
            f"  kills        {kills['kills']:6d} kills, {kills['writes']} writes verified, {kills['lost']} lost, "
            f"{kills['invariant_failures']} invariant failures ({kills['seconds']:.0f} s)"
        )
        per = ", ".join(f"{k} {v}" for k, v in fuzz["per_target"].items())
        print(f"  fuzz         {fuzz['cases']:6d} cases ({per}); {fuzz['escaped']} escaped")
        print(
            f"  hostile      {hostile['requests']:6d} requests to the local server; secret shown: "
            f"{'yes' if hostile['secret_leaked'] else 'no'}"
        )
        for row in inputs["rows"]:
            print(
                f"  input        {row['input']:<26} {row['seconds']:6.2f} s {row['peak_mb']:6d} MB  "
                f"{'ok' if row['ok'] else 'FAILED'}  {row['result']}"
            )
    failed_inputs = inputs["failed"] + (1 if hostile["secret_leaked"] else 0)
    print(
        f"reliability: {kills['kills']} kills, {kills['lost']} lost, {fuzz['cases']} fuzz cases, "
        f"{fuzz['escaped']} escaped, {hostile['requests']} hostile requests, {failed_inputs} failed inputs"
    )
    bad = kills["lost"] or kills["invariant_failures"] or fuzz["escaped"] or hostile["requests"] or failed_inputs
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
