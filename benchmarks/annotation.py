"""Annotation speed: opening a 20,000-word article with 1,000 highlights, creating one, re-anchoring.

Targets (issue: highlights and notes): open < 150 ms and within 1.5x of the same article with no
highlights; a new highlight on screen < 30 ms; re-anchoring 1,000 highlights after an edit < 1 s.
Runs the real window offscreen on a real library file. `--json` prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = (
    "the council said river flood wall mayor market town water morning engineers residents school "
    "emergency rose hall square declared expected better old lower reached moved budget report minister "
    "police court judge witness evidence claim price rice farmers harvest coast storm road bridge"
).split()


def make_article(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        n = rng.randint(40, 90)
        sentence_words = [rng.choice(WORDS) for _ in range(n)]
        text = " ".join(sentence_words).capitalize() + "."
        paragraphs.append(text)
        count += n
    return "A long report on the state of the town\n\n" + "\n\n".join(paragraphs) + "\n"


def timed(fn, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def run(words: int, highlights: int, repeats: int) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from reader.ui.app import application, create_window

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        text = make_article(words)
        (tmp_path / "a.txt").write_text(text, encoding="utf-8")
        (tmp_path / "b.txt").write_text(text.replace("A long report", "The same long report"), encoding="utf-8")
        window = create_window(
            tmp_path / "lib.sqlite3", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), demo=False
        )
        window.resize(1280, 800)
        window.show()
        lib = window.library
        with_ids = lib.import_file(tmp_path / "a.txt")
        plain = lib.import_file(tmp_path / "b.txt")
        body = with_ids.content.text
        rng = random.Random(3)
        step = len(body) // highlights
        colors = [label.color for label in lib.annotations.labels()]
        for i in range(highlights):
            start = i * step + rng.randint(0, step // 3)
            end = min(len(body), start + rng.randint(10, max(11, step // 2)))
            lib.annotations.add(with_ids.id, start, end, rng.choice(colors))

        def open_article(article_id: int) -> None:
            """Until the article is on screen: text laid out, visible highlights and the panel painted."""
            window.open_article(article_id)
            window.article_view.viewport().repaint()
            window.annotation_panel.list.viewport().repaint()

        def open_and_finish(article_id: int) -> None:
            """Until every highlight, off screen too, is painted."""
            open_article(article_id)
            while window.article_view.painting:
                QApplication.processEvents()

        def settle() -> None:
            for _ in range(3):
                QApplication.processEvents()

        open_and_finish(with_ids.id)
        open_and_finish(plain.id)
        samples_with, samples_without, samples_full = [], [], []
        for _ in range(repeats):
            for target, samples in ((with_ids.id, samples_with), (plain.id, samples_without)):
                start = time.perf_counter()
                open_article(target)
                samples.append(time.perf_counter() - start)
                settle()
            start = time.perf_counter()
            open_and_finish(with_ids.id)
            samples_full.append(time.perf_counter() - start)
            settle()
        open_with = statistics.median(samples_with) * 1000
        open_without = statistics.median(samples_without) * 1000
        open_full = statistics.median(samples_full) * 1000

        open_article(with_ids.id)
        view = window.article_view
        offsets = iter(range(0, len(body) - 40, max(1, len(body) // (repeats + 2))))

        def create() -> None:
            at = next(offsets) + 5
            cursor = QTextCursor(view.document())
            cursor.setPosition(view.doc_position(at))
            cursor.setPosition(view.doc_position(at + 20), QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(cursor)
            window.annotator.highlight_selection()
            view.viewport().repaint()

        create_ms = timed(create, repeats)

        edited = "An update was added at the top of this report.\n\n" + text.replace(" river ", " rivers ", 40)
        (tmp_path / "a2.txt").write_text(edited, encoding="utf-8")
        count = len(lib.annotations.for_article(with_ids.id))
        start = time.perf_counter()
        result = lib.ingest(tmp_path / "a2.txt", into=with_ids.id)
        reanchor_ms = (time.perf_counter() - start) * 1000
        window.close()
        lib.close()
    del app
    return {
        "words": words,
        "highlights": count,
        "open_with_highlights_ms": open_with,
        "open_without_highlights_ms": open_without,
        "open_ratio": open_with / open_without if open_without else 0.0,
        "open_all_painted_ms": open_full,
        "create_highlight_ms": create_ms,
        "reanchor_ms": reanchor_ms,
        "reanchor_kept": result.report.kept,
        "reanchor_moved": result.report.moved,
        "reanchor_orphaned": result.report.orphaned,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--highlights", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    r = run(args.words, args.highlights, args.repeats)
    if args.json:
        print(json.dumps(r))
        return 0
    print(f"annotation ({r['words']:,} words, {r['highlights']:,} highlights; medians of {args.repeats})")
    print(f"  {'open, with highlights':<36} {r['open_with_highlights_ms']:8.1f} ms   (target < 150)")
    print(f"  {'open, no highlights':<36} {r['open_without_highlights_ms']:8.1f} ms")
    print(f"  {'ratio':<36} {r['open_ratio']:8.2f} x    (target <= 1.5)")
    print(f"  {'open, every highlight painted':<36} {r['open_all_painted_ms']:8.1f} ms")
    print(f"  {'create a highlight, painted':<36} {r['create_highlight_ms']:8.1f} ms   (target < 30)")
    print(
        f"  {'re-import + re-anchor all':<36} {r['reanchor_ms']:8.1f} ms   (target < 1000; "
        f"{r['reanchor_kept']} kept, {r['reanchor_moved']} moved, {r['reanchor_orphaned']} orphaned)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
