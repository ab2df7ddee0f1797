"""The wheel's resources: setuptools' build_py, plus a copy of the repository's top-level resources/
(icons, demo articles, compiled .qm translations) into the build as reader/resources, package data
that reader/core/paths.py finds with importlib.resources once installed. resources/ stays the source
of truth at the top of the repository; a checkout and an editable install read it in place, so the
copy is made for wheels only. The .ts sources stay behind: the window loads the committed .qm files
(`make translations` compiles them; tests/packaging/test_translations_compiled.py checks they match).
Everything else about the package is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"
NEEDED = ["icons/reader.svg", "demo", "i18n/reader_en.qm", "i18n/reader_id.qm", "i18n/qt_id.qm"]


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # the checkout's resources/ is read in place
            return
        missing = [name for name in NEEDED if not (RESOURCES / name).exists()]
        if missing:  # a wheel without them would start without an icon, demo or translations
            raise SystemExit(f"resources/ lacks {', '.join(missing)} (the .qm files: run `make translations`)")
        target = Path(self.build_lib) / "reader" / "resources"
        shutil.rmtree(target, ignore_errors=True)  # nothing left from an earlier build
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("*.ts", "__pycache__"))


setup(cmdclass={"build_py": BuildPyWithResources})
