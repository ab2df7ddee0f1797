"""The highest-scoring run of lines: where prose (or a page's items) outweighs the furniture around it.

The maximum-subarray scan both the article cleaner and the listing detector use: each line scores
for or against, and the run with the highest total is the content.
"""

from __future__ import annotations


def best_run(scores: list[float]) -> tuple[float, int, int]:
    """(total, first, last) of the run with the highest total; (-inf, 0, -1) for no lines."""
    best, best_start, best_end = float("-inf"), 0, -1
    running, start = 0.0, 0
    for i, score in enumerate(scores):
        if running <= 0:
            running, start = score, i
        else:
            running += score
        if running > best:
            best, best_start, best_end = running, start, i
    return best, best_start, best_end
