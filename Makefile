# Reader: the README's commands. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

.PHONY: system-deps bench-team extension-check check-durability check-reliability fuzz translations translations-update run test lint bench bench-cleaning bench-cleaning-corpus bench-startup bench-annotation bench-annotation-import bench-app-import bench-documents bench-library venv clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Reader needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# The editable install puts the checkout on sys.path with a .pth line, no import hook to load at
	# every start (13 ms): pyproject.toml's package-dir "" = "." lets setuptools do so in its default mode.
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m compileall -q reader
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP) $(QM)
	$(PY) -m reader

# Not $(QM): the committed .qm files are tested as they are (tests/packaging), since the wheel ships them.
test: $(STAMP) system-deps lint extension-check
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Debian packages the tests need (Chromium, PostgreSQL's server, node and npm): installed when missing.
system-deps:
	bash tools/system_deps.sh

# The browser extension's own checks: web-ext lint (from npm, pinned by extension/package-lock.json)
# and its unit tests on node's test runner. Its tests in a real Chromium are in tests/browser.
extension-check:
	cd extension && npm ci --no-audit --no-fund --loglevel=error && npm run --silent lint && npm test --silent

# Lint, formatting and reader/core's strict type check ([tool.mypy] in pyproject.toml): `make test` runs it first.
LINTED := reader tests benchmarks fuzz tools setup.py
lint: $(STAMP)
	$(PY) -m ruff check $(LINTED)
	$(PY) -m ruff format --check $(LINTED)
	$(PY) -m mypy --strict reader/core

# Byte-compile first, as an installed app is: start-up is measured, not the compiler.
bench: $(STAMP)
	$(PY) -m compileall -q reader
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

bench-cleaning: $(STAMP)
	$(PY) benchmarks/cleaning.py

# Real pages of every kind (WCXB dev split, CC-BY-4.0, outside the repo: ../shared/corpus/wcxb-dev); both halves.
bench-cleaning-corpus: $(STAMP)
	$(PY) benchmarks/cleaning.py --corpus wcxb --half all --worst 15

bench-startup: $(STAMP)
	$(PY) -m compileall -q reader
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py

bench-annotation: $(STAMP)
	$(PY) -m compileall -q reader
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/annotation.py

bench-annotation-import: $(STAMP)
	$(PY) benchmarks/annotation_import.py

bench-app-import: $(STAMP)
	$(PY) benchmarks/app_import.py

# Team libraries on a throwaway PostgreSQL cluster (Debian's postgresql): edits, first pull, catch-up, window.
bench-team: $(STAMP)
	$(PY) -m compileall -q reader
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/team.py

bench-documents: $(STAMP)
	$(PY) benchmarks/documents.py

bench-library: $(STAMP)
	$(PY) -m compileall -q reader
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/library.py

# The user interface's translations: .ts sources compiled to .qm with PySide6's tools. Both are kept
# in git (the wheel ships the .qm files, so a build needs no Qt tools); commit the .qm files this makes.
translations: $(STAMP)
	for ts in resources/i18n/*.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

# `make run` compiles a .ts edited since its .qm.
resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources after user-visible strings change (then translate the new entries).
# English is the source language: reader_en.ts holds only its plurals ("%n article(s)" -> "1 article").
# qt_<lang>.ts translate Qt's own strings for languages Qt ships none for; lupdate leaves them alone.
translations-update: $(STAMP)
	$(PY) tools/core_messages.py  # the core's error messages, where lupdate finds them
	$(VENV)/bin/pyside6-lupdate reader/ui/*.py -ts $(filter-out %_en.ts,$(wildcard resources/i18n/reader_*.ts)) -no-obsolete
	$(VENV)/bin/pyside6-lupdate reader/ui/*.py -ts resources/i18n/reader_en.ts -no-obsolete -pluralonly

# Durability: 500 SIGKILLs of a writer, every acknowledged write checked (KILLS=N to change).
KILLS ?= 500
check-durability: $(STAMP)
	$(PY) benchmarks/durability.py --kills $(KILLS)

# Every reliability guarantee in one table; the last line is a summary for scripts.
check-reliability: $(STAMP)
	QT_QPA_PLATFORM=offscreen KILLS=$(KILLS) $(PY) benchmarks/reliability.py

# Coverage-guided fuzzing by hand (atheris): make fuzz TARGET=html SECONDS=300
TARGET ?= text
SECONDS ?= 60
fuzz: $(STAMP)
	$(PY) -m pip install --quiet atheris
	mkdir -p fuzz/corpus-$(TARGET)
	TARGET=$(TARGET) $(PY) fuzz/harness.py fuzz/corpus-$(TARGET) -max_total_time=$(SECONDS) -rss_limit_mb=2048

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
