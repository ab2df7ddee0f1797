"""Tables for `cleaning.py --corpus wcxb`: a run's outcomes summed up per page kind, printed or as JSON.

Per input (saved HTML, copied text) one table puts every system side by side: mean precision,
recall and F1 per page kind and over all pages, and the share of pages under F1 0.2 (the pages a
reader would see come out nearly empty or wrong). Then Reader's metadata accuracy on articles (and,
on pages of any kind whose truth names no writer, how often Reader names none either; on pages of
the other kinds, how often the title is exact), the speed figures, and on request the worst pages
(to study failure kinds) or every page.
"""

from __future__ import annotations

import statistics
from collections import Counter

from _wcxb import KINDS, META_KEYS, READER, TRAFILATURA, Outcome

LOW_F1 = 0.2  # a page under this F1 came out nearly empty or mostly wrong

INPUT_TITLES = {"html": "saved HTML", "text": "copied plain text"}
META_TITLES = {
    "title": "title exact (white space normalised)",
    "title_ci": "title, ignoring case and curly quotes",
    "date": "date right (articles with a date)",
    "author": "author right (articles with an author)",
    "author_none": "no writer named (any page naming none)",
    "title_other": "title exact, pages of other kinds",
}


def _mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else 0.0


def _scores(outcomes: list[Outcome], systems: list[str]) -> dict:
    """Mean P, R, F1 and the share under F1 0.2, per system, over the given outcomes."""
    result = {"pages": len(outcomes)}
    for name in systems:
        rows = [o.scores[name] for o in outcomes]
        result[name] = {
            "p": _mean([r[0] for r in rows]),
            "r": _mean([r[1] for r in rows]),
            "f1": _mean([r[2] for r in rows]),
            "low": sum(r[2] < LOW_F1 for r in rows) / len(rows) if rows else 0.0,
        }
    return result


def summarise(outcomes: list[Outcome], kind: str) -> dict:
    """Everything one input's table needs, as plain data (it is also the JSON output)."""
    systems = list(outcomes[0].scores) if outcomes else [READER]
    systems.sort(key=lambda name: name != READER)  # Reader first, the others in run order
    kinds = [k for k in KINDS if any(o.page.kind == k for o in outcomes)]
    kinds += sorted({o.page.kind for o in outcomes} - set(kinds))
    meta: dict[str, dict] = {}
    for key in META_KEYS:
        checks = [o.meta[key] for o in outcomes if key in o.meta]
        meta[key] = {"right": sum(checks), "of": len(checks), "share": sum(checks) / len(checks) if checks else 0.0}
        shown = [o.meta[f"{key}_in_copy"] for o in outcomes if f"{key}_in_copy" in o.meta]
        if shown:  # copied text: how many of those articles' copies hold the field at all
            meta[key]["in_copy"] = sum(shown)
    errors = Counter(name for o in outcomes for name in o.errors)
    summary = {
        "input": kind,
        "systems": systems,
        "kinds": {k: _scores([o for o in outcomes if o.page.kind == k], systems) for k in kinds},
        "all": _scores(outcomes, systems),
        "errors": {name: errors[name] for name in systems},
        "metadata": meta,
    }
    reader_times = [o.seconds.get(READER, 0.0) for o in outcomes]
    if kind == "html":
        other = [o.seconds.get(TRAFILATURA, 0.0) for o in outcomes]
        median_r, median_t = (statistics.median(v) if v else 0.0 for v in (reader_times, other))
        summary["speed"] = {
            "reader_median_ms": 1000 * median_r,
            "reader_total_s": sum(reader_times),
            "trafilatura_median_ms": 1000 * median_t,
            "trafilatura_total_s": sum(other),
            "ratio_median": median_r / median_t if median_t else 0.0,
            "ratio_total": sum(reader_times) / sum(other) if sum(other) else 0.0,
        }
    else:
        total = sum(reader_times)
        summary["speed"] = {"reader_pages_per_second": len(outcomes) / total if total else 0.0, "reader_total_s": total}
    return summary


def worst(outcomes: list[Outcome], count: int) -> list[dict]:
    """The `count` pages where Reader's F1 is lowest, with the best other system's F1 beside it.

    Among equal scores (many pages tie at 0) those where another system did best come first: they
    show what Reader fails at, rather than what no system can do."""

    def rank(o: Outcome) -> tuple:
        others = [s[2] for name, s in o.scores.items() if name != READER]
        return o.scores[READER][2], -max(others, default=0.0), o.page.id

    ranked = sorted(outcomes, key=rank)[:count]
    return [_page_row(o) for o in ranked]


def _page_row(o: Outcome) -> dict:
    p, r, score = o.scores[READER]
    others = {name: s[2] for name, s in o.scores.items() if name != READER}
    return {
        "id": o.page.id,
        "kind": o.page.kind,
        "f1": score,
        "p": p,
        "r": r,
        "best_other_f1": max(others.values(), default=0.0),
        "errors": sorted(o.errors),
        "meta_wrong": sorted(k for k, ok in o.meta.items() if not ok),
        "url": o.page.url,
    }


def section(name: str, outcomes: dict[str, list[Outcome]], worst_count: int, every: bool) -> dict:
    """One half's (or the whole run's) summaries per input, with the worst and every page if asked."""
    result: dict = {"name": name}
    for kind, rows in outcomes.items():
        entry = summarise(rows, kind)
        if worst_count:
            entry["worst"] = worst(rows, worst_count)
        if every:
            entry["pages"] = [_page_row(o) for o in sorted(rows, key=lambda o: o.page.id)]
        result[kind] = entry
    return result


# --- printing ----------------------------------------------------------------------------------


def _score_table(summary: dict) -> list[str]:
    systems = summary["systems"]
    widths = [max(24, len(s) + 1) for s in systems]  # a cell of four figures is 24 wide
    head = f"{'kind':<14}{'pages':>6} |" + "|".join(f" {s:<{w - 1}}" for s, w in zip(systems, widths))
    sub = f"{'':<14}{'':>6} |" + "|".join(f"{'P':>6}{'R':>6}{'F1':>6}{'<0.2':>6}".rjust(w) for w in widths)
    lines = [head, sub, "-" * len(sub)]
    rows = list(summary["kinds"].items()) + [("all", summary["all"])]
    for kind, row in rows:
        if kind == "all":
            lines.append("-" * len(sub))
        cells = "|".join(
            f" {row[s]['p']:5.3f} {row[s]['r']:5.3f} {row[s]['f1']:5.3f} {row[s]['low']:5.1%}".rjust(w)
            for s, w in zip(systems, widths)
        )
        lines.append(f"{kind:<14}{row['pages']:>6} |{cells}")
    lines.append("errors: " + ", ".join(f"{s} {n}" for s, n in summary["errors"].items()))
    return lines


def _meta_table(html: dict, text: dict) -> list[str]:
    lines = [
        f"Reader's metadata (articles, but where a row says) {'saved HTML':>6} {'copied text':>22}   in the copy at all"
    ]
    for key in META_KEYS:
        cells = []
        for summary in (html, text):
            m = summary["metadata"][key]
            cells.append(f"{m['share']:6.1%} ({m['right']:>3}/{m['of']:<3})")
        shown = text["metadata"][key].get("in_copy")
        after = f"   {shown:>3}/{text['metadata'][key]['of']:<3}" if shown is not None else ""
        lines.append(f"  {META_TITLES[key]:<40}{cells[0]:>17} {cells[1]:>22}{after}")
    return lines


def _speed_lines(html: dict, text: dict) -> list[str]:
    h, t = html["speed"], text["speed"]
    return [
        "Speed (CPU time of one process, same pages, Reader and trafilatura interleaved):",
        f"  saved HTML   Reader clean_html      median {h['reader_median_ms']:7.1f} ms/page, "
        f"total {h['reader_total_s']:7.1f} s",
        f"               trafilatura.extract    median {h['trafilatura_median_ms']:7.1f} ms/page, "
        f"total {h['trafilatura_total_s']:7.1f} s",
        f"               Reader / trafilatura   median {h['ratio_median']:5.2f}x, total {h['ratio_total']:5.2f}x",
        f"  copied text  Reader clean_text      {t['reader_pages_per_second']:7.0f} pages/s on one core "
        f"(total {t['reader_total_s']:.1f} s)",
    ]


def _page_lines(rows: list[dict]) -> list[str]:
    lines = [f"  {'id':<6}{'kind':<14}{'F1':>6}{'P':>6}{'R':>6}{'other':>7}  url"]
    for row in rows:
        note = (" [raised: " + ", ".join(row["errors"]) + "]") if row["errors"] else ""
        note += (" [metadata wrong: " + ", ".join(row["meta_wrong"]) + "]") if row["meta_wrong"] else ""
        lines.append(
            f"  {row['id']:<6}{row['kind']:<14}{row['f1']:6.3f}{row['p']:6.3f}{row['r']:6.3f}"
            f"{row['best_other_f1']:7.3f}  {row['url']}{note}"
        )
    return lines


def print_section(result: dict) -> None:
    """Print one half's tables: one per input, then metadata and speed, then the page lists."""
    html, text = result["html"], result["text"]
    print(f"== {result['name']}: {html['all']['pages']} pages (HTML), {text['all']['pages']} (copied text)")
    for summary in (html, text):
        print(
            f"\n{INPUT_TITLES[summary['input']]}: word 4-shingle precision / recall / F1 (mean per page), "
            f"share of pages under F1 0.2"
        )
        print("\n".join(_score_table(summary)))
    print()
    print("\n".join(_meta_table(html, text)))
    print()
    print("\n".join(_speed_lines(html, text)))
    for key, title in (("worst", "worst pages for Reader"), ("pages", "every page")):
        for summary in (html, text):
            if summary.get(key):
                print(f"\n{INPUT_TITLES[summary['input']]}, {title} ('other' = best other system's F1):")
                print("\n".join(_page_lines(summary[key])))
    print()
