"""The cleaner on the project's labelled corpus: a quality floor that a regression would break."""

from __future__ import annotations

import importlib.util
import statistics
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("bench_cleaning", ROOT / "benchmarks" / "cleaning.py")
bench = importlib.util.module_from_spec(spec)
assert spec.loader is not None
spec.loader.exec_module(bench)


@pytest.mark.parametrize(("kind", "floor"), [("text", 0.95), ("html", 0.93)])
def test_corpus_f1_floor(kind: str, floor: float) -> None:
    from reader.core.cleaning import clean_html, clean_text

    cleaner = clean_text if kind == "text" else clean_html
    docs = bench.load(kind)
    assert len(docs) >= (40 if kind == "text" else 10)
    scores = [bench.f1(cleaner(text).text, "\n".join(expected["body"]))[2] for _, text, expected in docs]
    assert statistics.mean(scores) >= floor
    assert min(scores) >= 0.80


def test_text_corpus_covers_five_languages() -> None:
    languages = {expected["language"] for _, _, expected in bench.load("text")}
    assert len(languages) >= 5


def test_html_cleaner_is_never_worse_than_trafilatura_alone() -> None:
    from reader.core.cleaning import clean_html

    docs = bench.load("html")
    ours = statistics.mean(bench.f1(clean_html(t).text, "\n".join(e["body"]))[2] for _, t, e in docs)
    theirs = statistics.mean(bench.f1(bench.baseline_trafilatura_html(t), "\n".join(e["body"]))[2] for _, t, e in docs)
    assert ours >= theirs


def test_f1_metric() -> None:
    assert bench.f1("one two three four five", "one two three four five")[2] == 1.0
    assert bench.f1("", "one two three four")[2] == 0.0
    p, r, _ = bench.f1("one two three four five six", "one two three four five")
    assert r == 1.0 and p == pytest.approx(2 / 3)
