"""Cleaning quality and speed on the project's labelled corpus (tests/data/cleaning/).

Metric: F1 over 4-word shingles of lower-cased \\w+ tokens, per document (precision and recall of
the cleaned body against the expected body), averaged over documents. Beside the cleaner, in the
same process: plain text — trafilatura on the text wrapped line by line in <p>, and "keep lines
of 15 words or more"; HTML — trafilatura alone. Also metadata accuracy and pages per second.
`--json` prints one JSON object; `--verbose` prints every document's scores.

`--corpus wcxb` measures instead on real pages of many kinds: the development split of WCXB v1.0
(Web Content eXtraction Benchmark) by Murrough Foley, CC-BY-4.0, kept outside the repository
(`--corpus-dir`, default ../shared/corpus/wcxb-dev). Each page as saved HTML (Reader's clean_html
against trafilatura.extract with default settings) and as copied text (html_text's guess_layout
output; Reader's clean_text against the two plain-text baselines here), per page kind, with
Reader's title / date / author accuracy on articles and the speed of both in the same run.
`--half tune|confirm|all` picks the pages by site (see benchmarks/_wcxb.py), `--kind` one page
kind, `--limit N` the first N pages, `--worst N` lists each input's N worst pages.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.cleaning import clean_html, clean_text  # noqa: E402
from reader.core.importers.decoding import decode_html, decode_text  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "cleaning"
TOKEN = re.compile(r"\w+")
META_FIELDS = ("title", "subtitle", "section", "site_name", "dateline", "published", "language", "authors")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def f1(got: str, expected: str) -> tuple[float, float, float]:
    g, e = shingles(got), shingles(expected)
    overlap = sum((g & e).values())
    precision = overlap / sum(g.values()) if g else (1.0 if not e else 0.0)
    recall = overlap / sum(e.values()) if e else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def load(kind: str) -> list[tuple[str, str, dict]]:
    docs = []
    suffix = ".txt" if kind == "text" else ".html"
    for path in sorted((CORPUS / kind).glob(f"*{suffix}")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        raw = path.read_bytes()
        text = decode_text(raw) if kind == "text" else decode_html(raw)
        docs.append((path.stem, text, expected))
    return docs


def baseline_trafilatura_lines(text: str) -> str:
    import trafilatura

    wrapped = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()) + "</body></html>"
    return trafilatura.extract(wrapped) or ""


def baseline_long_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if len(TOKEN.findall(line)) >= 15)


def baseline_trafilatura_html(text: str) -> str:
    import trafilatura

    return trafilatura.extract(text, include_comments=False) or ""


def meta_matches(article, expected: dict) -> dict[str, bool]:
    got = {
        "title": article.title,
        "subtitle": article.subtitle,
        "section": article.section,
        "site_name": article.site_name,
        "dateline": article.dateline,
        "published": article.published,
        "language": article.language,
        "authors": sorted((a.name, a.role) for a in article.authors),
    }
    want = dict(expected)
    want["authors"] = sorted((a["name"], a["role"]) for a in expected.get("authors", []))
    return {f: (got[f] or None) == (want.get(f) or None) for f in META_FIELDS}


def evaluate(kind: str, verbose: bool) -> dict:
    docs = load(kind)
    cleaner = clean_text if kind == "text" else clean_html
    baselines = (
        {"trafilatura (lines as <p>)": baseline_trafilatura_lines, "lines of 15+ words": baseline_long_lines}
        if kind == "text"
        else {"trafilatura": baseline_trafilatura_html}
    )
    ours, theirs = [], {name: [] for name in baselines}
    meta: Counter[str] = Counter()
    for name, text, expected in docs:
        want = "\n".join(expected["body"])
        article = cleaner(text)
        p, r, score = f1(article.text, want)
        ours.append(score)
        for field, ok in meta_matches(article, expected).items():
            meta[field] += ok
        for base, fn in baselines.items():
            theirs[base].append(f1(fn(text), want)[2])
        if verbose:
            wrong = [f for f, ok in meta_matches(article, expected).items() if not ok]
            print(f"  {name:<42} P {p:.3f} R {r:.3f} F1 {score:.3f}  meta wrong: {', '.join(wrong) or '-'}")
    # Speed: the cleaner alone, after one warm-up pass.
    for _, text, _ in docs[:3]:
        cleaner(text)
    start = time.process_time()
    rounds = 3
    for _ in range(rounds):
        for _, text, _ in docs:
            cleaner(text)
    cpu = time.process_time() - start
    return {
        "documents": len(docs),
        "f1": statistics.mean(ours) if ours else 0.0,
        "f1_min": min(ours) if ours else 0.0,
        "baselines": {name: statistics.mean(v) if v else 0.0 for name, v in theirs.items()},
        "pages_per_second": rounds * len(docs) / cpu if cpu else 0.0,
        "metadata": {f: meta[f] / len(docs) for f in META_FIELDS} if docs else {},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--corpus", choices=["wcxb"], help="measure on an external corpus of real pages")
    parser.add_argument("--corpus-dir", type=Path, help="where that corpus is (default ../shared/corpus/wcxb-dev)")
    parser.add_argument("--half", choices=["tune", "confirm", "all"], default="all")
    parser.add_argument("--kind", help="one page kind only (article, forum, listing, ...)")
    parser.add_argument("--limit", type=int, help="the first N pages only")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="list each input's N worst pages")
    args = parser.parse_args(argv)
    if args.corpus:
        return corpus_main(args)
    results = {kind: evaluate(kind, args.verbose and not args.json) for kind in ("text", "html")}
    if args.json:
        print(json.dumps(results))
        return 0
    for kind, res in results.items():
        print(
            f"{kind} pages ({res['documents']}): F1 {res['f1']:.3f} (lowest {res['f1_min']:.3f}), "
            f"{res['pages_per_second']:.0f} pages/s on one core"
        )
        for name, score in res["baselines"].items():
            print(f"  baseline {name:<28} F1 {score:.3f}")
        print("  metadata exact: " + ", ".join(f"{f} {v:.0%}" for f, v in res["metadata"].items()))
    return 0


def corpus_main(args: argparse.Namespace) -> int:
    """`--corpus wcxb`: every page of the chosen half through every system, one section per half."""
    import logging

    import _wcxb
    import _wcxb_report

    directory = args.corpus_dir or _wcxb.DEFAULT_DIR
    if not (directory / "ground-truth").is_dir():
        print(f"WCXB corpus not found at {directory}: nothing to measure")
        return 0
    logging.disable(logging.CRITICAL)  # the systems' own warnings would drown the tables
    pages, skipped = _wcxb.load_pages(directory, args.half, args.kind, args.limit)
    text_baselines = {
        "trafilatura (lines as <p>)": baseline_trafilatura_lines,
        "lines of 15+ words": baseline_long_lines,
    }
    run = _wcxb.run(pages, f1, text_baselines)
    skipped.update(run.skipped)
    halves = [args.half] if args.half != "all" else [*_wcxb.HALVES, "all"]
    sections = []
    for half in halves:
        chosen = {
            kind: [o for o in rows if half == "all" or o.page.half == half] for kind, rows in run.outcomes.items()
        }
        name = "both halves" if half == "all" else f"{half} half"
        per_page = half != "all"  # page lists once per half, not again for both together
        sections.append(_wcxb_report.section(name, chosen, args.worst if per_page else 0, args.verbose and per_page))
    if args.json:
        print(json.dumps({"corpus": _wcxb.ATTRIBUTION, "skipped": dict(skipped), "sections": sections}))
        return 0
    sites = len({p.site for p in pages})
    print(f"Corpus: {_wcxb.ATTRIBUTION}, at {directory}")
    print(
        f"{len(pages)} pages from {sites} sites; skipped: "
        + (", ".join(f"{n} {why}" for why, n in skipped.items()) or "none")
        + "\n"
    )
    for result in sections:
        _wcxb_report.print_section(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
