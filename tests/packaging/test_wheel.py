"""The wheel carries everything the app needs: built from the checkout (by way of its source
distribution, as `python -m build` does), installed into a fresh virtual environment, started from
elsewhere, it finds its icon, demo articles and translations (package data, not the checkout's
resources/).

No download: the wheel is built with this environment's setuptools, and the fresh environment borrows
this one's site-packages for the dependencies (PySide6 and the rest) through a .pth line, which adds
the folder to sys.path without running its .pth files, so the editable install of Reader in it stays
out; the test checks that `reader` is imported from the fresh environment."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What a clone holds that the build must not see: environments, earlier builds, caches.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", ".cache", "corpus-*"
)

WINDOW = r"""
import json, sys
from pathlib import Path

import reader
from reader.core.paths import resource, resources_dir

from PySide6.QtWidgets import QDialogButtonBox

from reader.ui.app import application, create_window

app = application()  # the system locale (LANG) is Indonesian
window = create_window(Path(sys.argv[1]))  # a new library: the demo articles are added
window.show()
app.processEvents()
buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(json.dumps({
    "reader": reader.__file__,
    "resources": str(resources_dir()),
    "icon": not app.windowIcon().pixmap(32, 32).isNull(),
    "articles": window.model.rowCount(),
    "menus": [a.text() for a in window.menuBar().actions()],
    "cancel": buttons.button(QDialogButtonBox.StandardButton.Cancel).text(),
    "english_plurals": resource("i18n", "reader_en.qm").is_file(),
}))
window.close()
"""


def _run(args: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, **kwargs)
    assert done.returncode == 0, f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


def _demo_titles() -> list[str]:
    from reader.core.importers import SUFFIXES

    folder = ROOT / "resources" / "demo"
    return [p.name for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.name.lower() != "readme.md"]


@pytest.fixture(scope="module")
def fresh_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with Reader installed from a wheel built from the checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    source, dist = tmp / "source", tmp / "dist"
    shutil.copytree(ROOT, source, ignore=NOT_COPIED)  # the checkout stays as it is (no build/, egg-info)
    _run(
        [sys.executable, "-c", f"from setuptools import build_meta; build_meta.build_sdist({str(dist)!r})"], cwd=source
    )
    (sdist,) = dist.glob("*.tar.gz")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--wheel-dir",
            dist,
            sdist,
        ],
        cwd=tmp,
    )
    (wheel,) = dist.glob("*.whl")

    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel])
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()}
    Path(purelib, "reader-test-dependencies.pth").write_text("".join(f"{p}\n" for p in sorted(ours)))
    return venv


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Somewhere else entirely: a home of its own, an Indonesian system locale, no screen."""
    home = tmp_path / "home"
    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "LC_", "LANG", "XDG_", "READER_", "VIRTUAL_ENV"))
    }
    environ.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        LANG="id_ID.UTF-8",
        LANGUAGE="id",
        QT_QPA_PLATFORM="offscreen",
    )
    return environ


def test_the_installed_wheel_starts_with_its_icon_demo_and_translations(fresh_env: Path, env, tmp_path) -> None:
    bin_dir = fresh_env / ("Scripts" if os.name == "nt" else "bin")
    library = tmp_path / "new" / "library.sqlite3"
    started = _run([bin_dir / "python", "-c", WINDOW, library], cwd=tmp_path, env=env)
    seen = json.loads(started.stdout.strip().splitlines()[-1])
    assert Path(seen["reader"]).is_relative_to(fresh_env), f"reader came from {seen['reader']}, not the wheel"
    assert Path(seen["resources"]).is_relative_to(fresh_env), f"resources from {seen['resources']}"
    assert seen["icon"], "the window icon (resources/icons/reader.svg)"
    demo = _demo_titles()
    assert seen["articles"] == len(demo) >= 4, "the demo articles (resources/demo)"
    assert "&Berkas" in seen["menus"], f"Reader's Indonesian (reader_id.qm): {seen['menus']}"
    assert seen["cancel"] == "Batal", "Qt's own strings in Indonesian (qt_id.qm)"
    assert seen["english_plurals"], "reader_en.qm"

    listed = _run([bin_dir / "reader", "list", "--library", library], cwd=tmp_path, env=env).stdout
    assert len(listed.strip().splitlines()) == len(demo), listed
    assert "Pemuteran" in listed, listed
