"""The committed .qm files say what their .ts sources say. The wheel ships resources/i18n/*.qm as they
are in git (building it needs no Qt tools), so a .ts edited without `make translations` would ship
the old translation: this test compiles each .ts afresh and compares every message, translation by
translation, rather than the bytes (another lrelease may lay the same file out differently)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
SOURCES = sorted(I18N.glob("*.ts"))


def _messages(ts: Path) -> list[tuple[str, str, str, bool]]:
    """(context, source, disambiguation, plural) of every message."""
    root = ET.parse(ts).getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment") or "",
            message.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translator(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} does not load: run `make translations`"
    return translator


def test_every_source_has_its_compiled_file() -> None:
    assert SOURCES, "the translations' sources are in resources/i18n"
    missing = [ts.with_suffix(".qm").name for ts in SOURCES if not ts.with_suffix(".qm").is_file()]
    assert missing == [], f"{missing} missing: run `make translations` and commit the .qm files"


@pytest.mark.parametrize("ts", SOURCES, ids=lambda p: p.name)
def test_the_compiled_file_matches_its_source(ts: Path, tmp_path: Path) -> None:
    committed = ts.with_suffix(".qm")
    if not committed.is_file():
        pytest.fail(f"{committed.name} is missing: run `make translations`")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6"
    fresh = tmp_path / committed.name
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    if fresh.read_bytes() == committed.read_bytes():
        return
    old, new = _translator(committed), _translator(fresh)
    stale = [
        f"{context}: {source!r}"
        for context, source, comment, plural in _messages(ts)
        for n in ((1, 2, 5) if plural else (-1,))
        if old.translate(context, source, comment or None, n) != new.translate(context, source, comment or None, n)
    ]
    assert stale == [], f"{committed.name} is stale (run `make translations` and commit it): {sorted(set(stale))[:10]}"
