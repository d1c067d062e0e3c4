# crmnote: `make run` starts the app, `make test` runs every check. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Running needs only the app's own dependencies; the test tool chain is for `make test`.
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# Compiled modules are kept (under .venv/pycache, not beside the sources) even where the
# environment says not to write them (PYTHONDONTWRITEBYTECODE): otherwise every test worker and
# every `python -m crmnote` child a test starts compiles each module it imports again.
export PYTHONDONTWRITEBYTECODE :=
export PYTHONPYCACHEPREFIX := $(CURDIR)/$(VENV)/pycache

# Tests write thousands of small books and sync each write to disk. In a folder in memory
# (/dev/shm, where it has 4 GB free) no test waits for the disk's write-back: the whole suite,
# two workers, quiet machine, 7 min 8 s -> 5 min 36 s. `make test TEST_TMP=` keeps the
# system's temporary folder. .ci/run puts its PostgreSQL cluster there too (`make test-tmp`).
TEST_TMP ?= $(shell d=/dev/shm; [ -d $$d ] && [ -w $$d ] && \
	[ "$$(df -Pk $$d 2>/dev/null | awk 'NR == 2 {print $$4}')" -gt 4000000 ] 2>/dev/null && echo $$d)
TEST_ENV := QT_QPA_PLATFORM=offscreen $(if $(TEST_TMP),TMPDIR=$(TEST_TMP))

# One worker per core; tests that share server-wide state (PostgreSQL roles) share a worker
# (xdist_group). PYTEST_PARALLEL= runs them in one process. A worker that crashes ends the
# run with that test failed: a replaced worker has left `--dist loadgroup` waiting for ever.
PYTEST_PARALLEL ?= -n auto --dist loadgroup --max-worker-restart=0

.PHONY: run test test-fast test-future test-postgres test-tmp lint typecheck layers pytest bench clean demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP) $(TEST_STAMP)

run: $(STAMP)
	$(BIN)/crmnote

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(TEST_ENV) $(BIN)/python -m pytest $(PYTEST_PARALLEL) --durations=15

# While working: the tests not marked slow, on every core, without the lint steps.
test-fast: $(TEST_STAMP)
	$(TEST_ENV) $(BIN)/python -m pytest $(PYTEST_PARALLEL) -m "not slow"

# The test suite again with the clock a year ahead (libfaketime, Debian package `faketime`),
# subprocesses included: a test that depends on today's date fails here a year before its day.
# CRMNOTE_REAL_TODAY lets tests/reliability/test_calendar.py check that the clock did move.
# The monotonic clock moves too, and a timed wait that runs out (Event.wait(5), a join with a
# timeout) then sleeps until the real clock reaches the shifted deadline, a year later: code the
# tests run waits in short sleeps, and pytest-timeout fails a test that hangs anyway (keeping
# the monotonic clock real, FAKETIME_DONT_FAKE_MONOTONIC=1, breaks every time.sleep: EINVAL).
# -m preloads libfaketimeMT, the variant for threaded programs: the plain library re-reads its
# settings into shared statics without a lock, and a test worker (Qt's pools, execnet's reader)
# died of a segmentation fault in it. The threaded one still crashes a worker now and then:
# tests/future_run.sh runs the suite again (three runs at most) when that was the only failure.
test-future: $(TEST_STAMP)
	@command -v faketime >/dev/null || { echo "test-future needs faketime (apt-get install faketime)"; exit 1; }
	CRMNOTE_REAL_TODAY=$$(date +%F) $(TEST_ENV) tests/future_run.sh \
		faketime -m -f +365d $(BIN)/python -m pytest $(PYTEST_PARALLEL)

# Only the PostgreSQL runs (marked `postgres`), on a throwaway cluster in a temporary folder,
# stopped and removed afterwards (tests/pg/cluster.sh; PG_PORT=N for a fixed port). `make test`
# includes them when CRMNOTE_TEST_PG_URL names a server, as .ci/run does.
PG_PORT ?=
test-postgres: $(STAMP)
	@dir=$$(mktemp -d "$(or $(TEST_TMP),$${TMPDIR:-/tmp})/crmnote-pg.XXXXXX"); \
	trap 'tests/pg/cluster.sh stop "$$dir"; rm -rf "$$dir"' EXIT; \
	url=$$(tests/pg/cluster.sh start "$$dir" $(PG_PORT)) && \
	CRMNOTE_TEST_PG_URL=$$url $(TEST_ENV) $(BIN)/python -m pytest -m postgres

# The folder the tests write in (empty: the system's temporary folder).
test-tmp:
	@echo $(TEST_TMP)

demo: $(STAMP)
	$(BIN)/crmnote demo

# `make bench DB=postgresql+psycopg://ROLE@HOST/postgres` runs the team-book benchmarks on that
# server instead (a role that may create databases; docs/performance.md); BENCH_ARGS="--small".
DB ?=
BENCH_ARGS ?=
bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(if $(DB),--db '$(DB)') $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache

# Packaging and resources (docs/packaging.md, docs/translating.md).
.PHONY: translations icons package
PACKAGE_STAMP := $(VENV)/.installed-package

# Update resources/translations/*.ts from the code, compile the .qm files, pack them into the app.
translations: $(STAMP)
	$(BIN)/python resources/translations/update.py
	$(BIN)/python resources/compile.py

# Render resources/icons/crmnote.svg to PNG, ICO and ICNS, and pack the PNGs into the app.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python resources/icons/render.py
	$(BIN)/python resources/compile.py

$(PACKAGE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[package]"
	touch $(PACKAGE_STAMP)

# The Linux one-folder bundle in dist/crmnote and a tarball of it (PyInstaller, this OS only).
package: $(PACKAGE_STAMP)
	PYINSTALLER=$(BIN)/pyinstaller ARGPARSE_MANPAGE=$(BIN)/argparse-manpage packaging/linux/bundle.sh

# A release in dist/: wheel and sdist, the Linux bundle and its tarball, the Debian package,
# then each installed and tried (docs/packaging.md#releasing). Built in an environment of its
# own, so the bundle holds crmnote's dependencies (SQLCipher, and psycopg for a team book on
# PostgreSQL) and nothing of the test tools.
.PHONY: release check-install
RELEASE_VENV := build/release-venv
RELEASE_STAMP := $(RELEASE_VENV)/.installed

$(RELEASE_STAMP): pyproject.toml
	$(PYTHON) -m venv $(RELEASE_VENV)
	$(RELEASE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(RELEASE_VENV)/bin/python -m pip install --quiet -e ".[package,encryption,postgres]"
	touch $(RELEASE_STAMP)

release: $(RELEASE_STAMP)
	RELEASE_PYTHON=$(RELEASE_VENV)/bin/python packaging/release.sh

# Install what `make release` built (wheel into a new venv, .deb with apt-get: needs root) and
# run it; fails on anything broken.
check-install:
	PYTHON=$(PYTHON) packaging/check_install.sh
