"""What every command prints besides its results: one-line errors, and a progress bar on a terminal."""

from __future__ import annotations

import sys


def fail(message: str, code: int = 1) -> int:
    print(f"reader: error: {message}", file=sys.stderr)
    return code


class Progress:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.active = total > 1 and sys.stderr.isatty()

    def step(self, label: str) -> None:
        self.at(self.done + 1, self.total, label)

    def at(self, done: int, total: int, label: str, *, counted: bool = True) -> None:
        """`done` of `total`; `counted=False` shows a share (of bytes, say), not the numbers."""
        self.done, self.total = done, total
        if self.active and total > 0:
            width = 30
            filled = width * min(done, total) // total
            figures = f"{done:,}/{total:,}" if counted else f"{100 * done // total}%"
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {figures} {label[-40:]:<40}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.active:
            sys.stderr.write("\r" + " " * 90 + "\r")
            sys.stderr.flush()
