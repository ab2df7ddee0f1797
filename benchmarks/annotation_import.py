"""Importing a very large W3C annotation file: time and peak memory, against the file's size.

Target (issue 13): a 1,000,000-annotation file imports (one transaction, with progress) and memory
does not grow past the parsed file. The run writes a library of `--articles` articles and a file of
`--annotations` highlights on them in Reader's export format, then runs `reader import-annotations`
into a copy of the library that has the articles and no highlights, in a child process, and reports
its wall time and peak resident memory beside the peak of a child that only `json.load`s the same
file (what "the parsed file" costs) and of one that only lists the library (Reader's baseline).
`--json` prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = (
    "the council said river flood wall mayor market town water morning engineers residents school "
    "emergency rose hall square declared expected better old lower reached moved budget report minister "
    "police court judge witness evidence claim price rice farmers harvest coast storm road bridge"
).split()


def article_text(seed: int, words: int = 1200) -> str:
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        n = rng.randint(40, 90)
        paragraphs.append(" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")
        count += n
    return f"Report number {seed} on the town\n\n" + "\n\n".join(paragraphs) + "\n"


def make_library(path: Path, articles: int) -> None:
    from reader.core.library import Library

    with Library.open(path) as library, library.bulk():
        for n in range(articles):
            library.import_bytes(article_text(n).encode(), f"report-{n}.txt")


def write_annotations(library_path: Path, out: Path, total: int, seed: int = 3) -> int:
    """A W3C collection in Reader's own export format, written as it goes (the exporter holds it all)."""
    from reader.core.anchoring import describe
    from reader.core.export.w3c import CONTEXT, EXTENSION_CONTEXT, FORMAT_VERSION, annotation_json, article_json
    from reader.core.library import Library
    from reader.core.models import Highlight
    from reader.core.stamps import text_hash

    rng = random.Random(seed)
    with Library.open(library_path) as library, out.open("w", encoding="utf-8") as f:
        ids = sorted(library.article_ids())
        labels = {label.color: label for label in library.annotations.labels()}
        articles = [library.get(i) for i in ids]
        head = {
            "@context": [CONTEXT, dict(EXTENSION_CONTEXT)],
            "id": "urn:uuid:bench",
            "type": "AnnotationCollection",
            "total": total,
            "reader:format": FORMAT_VERSION,
            "reader:articles": [article_json(a, "", digest=text_hash(a.content.text)) for a in articles],
        }
        f.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "first": {"type": "AnnotationPage", "items": [\n')
        for n in range(total):
            article = articles[n % len(articles)]
            text = article.content.text
            start = rng.randrange(0, len(text) - 80)
            start = text.rfind(" ", 0, start) + 1
            end = text.find(" ", start + rng.randint(10, 60))
            around = describe(text, start, end)
            h = Highlight(
                id=n + 1,
                article_id=article.id,
                version_id=article.version_id,
                exact=around.exact,
                prefix=around.prefix,
                suffix=around.suffix,
                start=start,
                end=end,
                color="yellow",
                status="anchored",
                created_at="2026-11-30T10:00:00+00:00",
                updated_at="2026-11-30T10:00:00+00:00",
                note=f"note {n}" if n % 5 == 0 else "",
            )
            f.write(
                ("," if n else "")
                + json.dumps(annotation_json(article, h, labels, text=text), ensure_ascii=False)
                + "\n"
            )
        f.write("]}}\n")
    return out.stat().st_size


def child(code: str, *args: str) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB and stdout of a child Python process."""
    script = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "took = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(took, peak, done.returncode); print(done.stdout[-2000:]); print(done.stderr[-2000:])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    first, rest = out.split("\n", 1)
    took, peak, code_ = first.split()
    if code_ != "0":
        raise SystemExit(f"child failed: {rest}")
    return float(took), float(peak), rest.strip()


def run(articles: int, annotations: int) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    try:
        base = tmp / "base.sqlite3"
        make_library(base, articles)
        data = tmp / "annotations.jsonld"
        size = write_annotations(base, data, annotations)
        target = tmp / "target.sqlite3"
        shutil.copy(base, target)
        cli = "import sys; from reader.cli import main; sys.exit(main(sys.argv[1:]))"
        took, peak, said = child(cli, "import-annotations", str(data), "--library", str(target))
        _, baseline, _ = child(cli, "--library", str(target), "list")
        _, parsed, _ = child("import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))", str(data))
        return {
            "annotations": annotations,
            "articles": articles,
            "file_mb": round(size / 2**20, 1),
            "import_s": round(took, 1),
            "per_second": round(annotations / took),
            "peak_mb": round(peak),
            "baseline_mb": round(baseline),
            "json_load_mb": round(parsed),
            "growth_mb": round(peak - baseline),
            "growth_vs_file": round((peak - baseline) / (size / 2**20), 3),
            "report": said.splitlines()[0] if said else "",
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--annotations", type=int, default=1_000_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.articles, args.annotations)
    if args.json:
        print(json.dumps(result))
        return
    print(f"{result['annotations']:,} annotations on {result['articles']:,} articles, file {result['file_mb']} MB")
    print(f"import: {result['import_s']} s ({result['per_second']:,}/s); {result['report']}")
    print(
        f"peak memory: {result['peak_mb']} MB; Reader listing the library {result['baseline_mb']} MB; "
        f"json.load of the file alone {result['json_load_mb']} MB"
    )
    print(f"growth over the baseline: {result['growth_mb']} MB = {result['growth_vs_file']}× the file's size")


if __name__ == "__main__":
    main()
