"""Regenerate the README's screenshots (light and dark) offscreen from the demo library.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.ui.app import application, create_window  # noqa: E402

OUT = ROOT / "docs" / "images"
TITLE = "Regular bedtimes"  # the demo article shown


def main() -> int:
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = create_window(Path(tmp) / "library.sqlite3", settings)
        window.resize(1400, 860)
        window.show()
        lib = window.library
        article = next(a for a in lib.list_articles() if a.title.startswith(TITLE))
        full = lib.get(article.id)
        text = full.content.text
        marks = [("Researchers followed 1,400 first-year undergraduates", "yellow",
                  "Sample size — check the **paper** for how they were recruited."),
                 ("whose bedtimes varied by less than about 45 minutes", "red", "Claim to check with the authors."),
                 ("scored on average six percentage points higher", "green", "")]
        for words, color, note in marks:
            start = text.find(words)
            if start >= 0:
                lib.annotations.add(article.id, start, start + len(words), color, note)
        lib.organize.add_tags([article.id], ["sleep", "essay sources"])
        window.select_article(article.id)
        window.annotation_panel.select(lib.annotations.for_article(article.id)[0].id)
        OUT.mkdir(parents=True, exist_ok=True)
        for theme in ("light", "dark"):
            window.reading.apply(replace(window.reading.style, theme=theme))
            for _ in range(5):
                QApplication.processEvents()
            path = OUT / f"screenshot-{theme}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        lib.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
