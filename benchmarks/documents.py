"""PDF reading: how well and how fast Reader reads the test PDFs, beside pdftotext and pypdfium2.

The documents are tests/documents/pdfs.py's LAYOUTS (one column, two columns with and without
running headers and footers, footnotes, references, a 20-page two-column report; `--pages N` makes
the report N pages long for a longer speed run), laid out by our own line breaker so their right
reading is known exactly. For each, in one run:

- Body text: F1 over 4-word shingles of lower-cased \\w+ tokens (benchmarks/cleaning.py's metric;
  precision and recall too) of the text read against the expected paragraphs joined by blank lines,
  EXCLUDING figure captions (Reader keeps those in the article's figures, not its body; footnotes
  are in the expected text, as Reader gathers them at the end under a "Notes" heading). Reader's
  body text; pdftotext's whole output (`pdftotext -enc UTF-8 FILE -`, its default reading-order
  mode; Debian poppler-utils, a column of n/a when it is not installed); pypdfium2's plain text
  (each page's `get_text_range()`, joined by newlines).
- Page accuracy (Reader): of the expected paragraphs other than captions and footnotes, how many are
  a body block with exactly their text (found), and of those how many have `page_at` of the block's
  first and last characters equal to the paragraph's first and last page (right).
- Metadata (Reader): title exact, authors' names in order, published date; and furniture leaked: how
  many body lines are exactly a running header, footer or page number string (should be 0).
- Speed: pages per second, the median of `--runs` timed calls per layout after one untimed call (whose
  output is the one scored), each the wall time of the whole call: `read_article` and pypdfium2 in
  this process, the pdftotext subprocess from start to exit. Also over all layouts: total pages over
  the sum of the median times.

Targets (issue 17): body F1 >= 0.97 on every layout; on the two-column layouts with headers and
footers (two-columns-headers, report) Reader's F1 at least 0.05 above the better of the other two;
every expected paragraph found with its pages right; >= 50 pages/s for Reader over all layouts and
on the report. The run reports; its exit code is 0 whether the targets are met or not.

Run: `python benchmarks/documents.py [--runs N] [--pages N] [--json]`
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cleaning import f1  # noqa: E402

from reader.core.importers import read_article  # noqa: E402
from reader.core.models import block_starts, page_at  # noqa: E402
from tests.documents.pdfs import LAYOUTS, KnownDocument, pdfium_page_texts, report_like  # noqa: E402

TARGET_F1 = 0.97
TARGET_MARGIN = 0.05
MARGIN_LAYOUTS = ("two-columns-headers", "report")
TARGET_PAGES_PER_S = 50.0


def timed(call: Callable[[], object], runs: int) -> tuple[object, float]:
    """The result of one untimed call, and the median wall time of `runs` more."""
    result = call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


def pdfium_text(data: bytes) -> str:
    return "\n".join(pdfium_page_texts(data))


def pdftotext_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8", errors="replace")


def score(got: str, expected: str) -> dict[str, float]:
    precision, recall, value = f1(got, expected)
    return {"f1": round(value, 4), "precision": round(precision, 4), "recall": round(recall, 4)}


def page_accuracy(article, doc: KnownDocument) -> dict:
    """Expected paragraphs (not captions, not footnotes) found as a block, and with their pages right."""
    blocks: dict[str, list[int]] = {}
    for index, block in enumerate(article.body):
        blocks.setdefault(block.text, []).append(index)
    starts = block_starts(article.body)
    wanted = [p for p in doc.paragraphs if p.kind not in ("caption", "footnote")]
    found = right = 0
    missing, wrong = [], []
    for paragraph in wanted:
        if not blocks.get(paragraph.text):
            missing.append(paragraph.text[:60])
            continue
        found += 1
        start = starts[blocks[paragraph.text].pop(0)]
        pages = (page_at(article.pages, start), page_at(article.pages, start + max(len(paragraph.text) - 1, 0)))
        if pages == (str(paragraph.first_page), str(paragraph.last_page)):
            right += 1
        else:
            expected = f"{paragraph.first_page}-{paragraph.last_page}"
            wrong.append(f"{paragraph.text[:60]!r}: pages {pages[0]}-{pages[1]}, not {expected}")
    return {"expected": len(wanted), "found": found, "right": right, "missing": missing, "wrong_pages": wrong}


def leaked_furniture(article, doc: KnownDocument) -> list[str]:
    furniture = set(doc.furniture)
    return [line.strip() for line in article.text.split("\n") if line.strip() in furniture]


def measure(doc: KnownDocument, runs: int, folder: Path, pdftotext: str | None) -> dict:
    expected = "\n\n".join(p.text for p in doc.paragraphs if p.kind != "caption")
    imported, seconds = timed(lambda: read_article(doc.pdf, f"{doc.name}.pdf"), runs)
    article = imported.article
    leaked = leaked_furniture(article, doc)
    result: dict = {
        "pages": doc.pages,
        "reader": {
            **score(article.text, expected),
            "seconds": seconds,
            "pages_per_s": round(doc.pages / seconds, 1),
            "page_accuracy": page_accuracy(article, doc),
            "title_right": article.title == doc.title,
            "authors_right": [a.name for a in article.authors] == list(doc.authors),
            "date_right": article.published == doc.date,
            "furniture_leaked": len(leaked),
            "leaked": sorted(set(leaked)),
        },
        "pdftotext": None,
    }
    if pdftotext:
        path = folder / f"{doc.name}.pdf"
        path.write_bytes(doc.pdf)
        text, seconds = timed(lambda: pdftotext_text(path), runs)
        result["pdftotext"] = {
            **score(text, expected),
            "seconds": seconds,
            "pages_per_s": round(doc.pages / seconds, 1),
        }
    text, seconds = timed(lambda: pdfium_text(doc.pdf), runs)
    result["pypdfium2"] = {**score(text, expected), "seconds": seconds, "pages_per_s": round(doc.pages / seconds, 1)}
    return result


def totals(layouts: dict[str, dict]) -> dict:
    pages = sum(r["pages"] for r in layouts.values())
    out: dict = {"pages": pages}
    for tool in ("reader", "pdftotext", "pypdfium2"):
        rows = [r[tool] for r in layouts.values() if r[tool]]
        seconds = sum(row["seconds"] for row in rows)
        out[tool] = {"pages_per_s": round(pages / seconds, 1)} if rows and seconds else None
    return out


def targets(layouts: dict[str, dict], total: dict) -> dict[str, dict]:
    low = {name: r["reader"]["f1"] for name, r in layouts.items() if r["reader"]["f1"] < TARGET_F1}
    margins = {}
    for name in MARGIN_LAYOUTS:
        if name in layouts:
            r = layouts[name]
            best = max(r[tool]["f1"] for tool in ("pdftotext", "pypdfium2") if r[tool])
            margins[name] = round(r["reader"]["f1"] - best, 4)
    pages = {
        name: f"{a['found']}/{a['expected']} found, {a['right']} right"
        for name, r in layouts.items()
        if (a := r["reader"]["page_accuracy"])["found"] != a["expected"] or a["right"] != a["found"]
    }
    overall = total["reader"]["pages_per_s"]
    report = layouts["report"]["reader"]["pages_per_s"] if "report" in layouts else 0.0
    return {
        f"Reader body F1 >= {TARGET_F1} on every layout": {
            "met": not low,
            "detail": ", ".join(f"{n} {v:.3f}" for n, v in low.items()) or "all layouts",
        },
        f"Reader F1 >= best other + {TARGET_MARGIN} on {' and '.join(MARGIN_LAYOUTS)}": {
            "met": all(m >= TARGET_MARGIN for m in margins.values()),
            "detail": ", ".join(f"{n} {m:+.3f}" for n, m in margins.items()),
        },
        "every paragraph found, on its right pages": {
            "met": not pages,
            "detail": "; ".join(f"{n}: {v}" for n, v in pages.items()) or "all layouts",
        },
        f"Reader >= {TARGET_PAGES_PER_S:g} pages/s over all layouts and on the report": {
            "met": overall >= TARGET_PAGES_PER_S and report >= TARGET_PAGES_PER_S,
            "detail": f"{overall:.1f} over all, {report:.1f} on the report",
        },
    }


def cell(row: dict | None, width: int = 6) -> str:
    return f"{'n/a':>{width}} {'n/a':>7}" if row is None else f"{row['f1']:{width}.3f} {row['pages_per_s']:7.1f}"


def print_table(layouts: dict[str, dict], total: dict, runs: int, pdftotext: str | None) -> None:
    print(f"PDF reading, medians of {runs} runs after one untimed run (F1 over 4-word shingles, captions excluded)")
    if not pdftotext:
        print("note: pdftotext not found (Debian package poppler-utils); its columns are n/a")
    print(
        f"{'layout':<20} {'pages':>5} | {'Reader F1':>9} {'P':>5} {'R':>5} {'pages right':>14} {'pages/s':>7} "
        f"| {'pdftotext F1':>12} {'pages/s':>7} | {'pypdfium2 F1':>12} {'pages/s':>7}"
    )
    for name, r in layouts.items():
        ours, acc = r["reader"], r["reader"]["page_accuracy"]
        right = f"{acc['right']}/{acc['found']}/{acc['expected']}"
        print(
            f"{name:<20} {r['pages']:>5} | {ours['f1']:9.3f} {ours['precision']:5.3f} {ours['recall']:5.3f} "
            f"{right:>14} {ours['pages_per_s']:7.1f} | {cell(r['pdftotext'], 12)} | {cell(r['pypdfium2'], 12)}"
        )
    pages, speed = total["pages"], {tool: total[tool] for tool in ("reader", "pdftotext", "pypdfium2")}

    def rate(tool: str) -> str:
        return f"{speed[tool]['pages_per_s']:7.1f}" if speed[tool] else f"{'n/a':>7}"

    print(
        f"{'all layouts':<20} {pages:>5} | {'':9} {'':5} {'':5} {'':14} {rate('reader')} "
        f"| {'':12} {rate('pdftotext')} | {'':12} {rate('pypdfium2')}"
    )
    print("(pages right: right / found / expected paragraphs, captions and footnotes not counted)")
    print("\nReader's metadata and furniture:")
    for name, r in layouts.items():
        ours = r["reader"]
        marks = "  ".join(f"{f} {'ok' if ours[f + '_right'] else 'WRONG'}" for f in ("title", "authors", "date"))
        leaked = f"furniture leaked {ours['furniture_leaked']}" + (f" {ours['leaked']}" if ours["leaked"] else "")
        print(f"  {name:<20} {marks}  {leaked}")
        acc = ours["page_accuracy"]
        for text in acc["missing"][:3]:
            print(f"    not found as a block: {text!r}")
        for text in acc["wrong_pages"][:3]:
            print(f"    wrong page: {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per layout and tool (median)")
    parser.add_argument("--pages", type=int, default=20, help="pages of the report layout")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    pdftotext = shutil.which("pdftotext")
    makers = {**LAYOUTS, "report": lambda: report_like(args.pages)}
    with tempfile.TemporaryDirectory() as tmp:
        layouts = {name: measure(make(), max(args.runs, 1), Path(tmp), pdftotext) for name, make in makers.items()}
    total = totals(layouts)
    checks = targets(layouts, total)
    if args.json:
        result = {"runs": args.runs, "pdftotext": pdftotext, "layouts": layouts, "total": total, "targets": checks}
        print(json.dumps(result))
        return 0
    print_table(layouts, total, args.runs, pdftotext)
    print("\nTargets (issue 17):")
    for name, check in checks.items():
        print(f"  {'met    ' if check['met'] else 'NOT MET'}  {name}: {check['detail']}")
    print("target met" if all(c["met"] for c in checks.values()) else "TARGET NOT MET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
