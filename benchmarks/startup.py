"""Start-up time: process start to the window showing the library, against a bare PySide6 window.

Both are measured the same way in the same run: the parent starts a fresh Python process and
stops the clock when the child reports that its window has been shown and painted once (for
Reader: the library list on screen, as reader.ui.app.show_window does before it builds the
article view and the side panel).
Prints medians and the ratio; `--json` prints one JSON object instead.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
window.grab()
print("shown", flush=True)
"""

APP = """
import sys
from reader.ui.app import application, create_window  # as `reader` does: the core first, then Qt
from PySide6.QtCore import QSettings
app = application()
window = create_window(sys.argv[1], QSettings(sys.argv[2], QSettings.Format.IniFormat), deferred=True)
window.show()
app.processEvents()  # as reader.ui.app.show_window does: the first frame, with the library list
window.grab()
assert window.model.rowCount() > 0
print("shown", flush=True)
window.finish_setup()
"""


def time_child(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise SystemExit(f"child did not show its window (exit {proc.returncode})")
    return elapsed


def run(repeats: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        library = str(Path(tmp) / "library.sqlite3")
        settings = str(Path(tmp) / "settings.ini")
        time_child(APP, library, settings)  # first run fills the demo library; not counted
        bare, app = [], []
        for _ in range(repeats):  # interleaved, so both see the same machine load
            bare.append(time_child(BARE))
            app.append(time_child(APP, library, settings))
    return {
        "bare_median_ms": statistics.median(bare) * 1000,
        "app_median_ms": statistics.median(app) * 1000,
        "startup_ratio": statistics.median(app) / statistics.median(bare),
        "repeats": repeats,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.repeats)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"startup ({result['repeats']} runs each, medians)")
    print(f"  {'bare PySide6 QMainWindow':<34} {result['bare_median_ms']:8.0f} ms")
    print(f"  {'Reader with its demo library':<34} {result['app_median_ms']:8.0f} ms")
    print(f"  {'ratio':<34} {result['startup_ratio']:8.2f} x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
