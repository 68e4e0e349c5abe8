# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow test-all eval lint bench clean screenshots

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

run: $(STAMP)
	$(BIN)/raceresults ingest --sources samples/sources.toml

# lint and the fast tier: what to run after every change (a few minutes on 2 cores)
test: lint
	$(BIN)/python -m pytest -q -m "not slow"

# lint and every test, the slow tier too (Prefect runs, spawned processes, corpora, browsers);
# the browser tests need headless Chromium: installed here when missing (skipped where it cannot be)
# the slow tier alone: tests that start Prefect, spawn processes, build a corpus, drive Chromium
test-slow: $(STAMP)
	tests/browser/ensure_chromium.sh
	$(BIN)/python -m pytest -q -m slow

test-all: test test-slow

# the screenshots in docs/ of the evidence page and the review site, taken by the browser tests
screenshots: $(STAMP)
	tests/browser/ensure_chromium.sh
	$(BIN)/python -m pytest -q tests/browser --screenshots docs

# make eval [ARGS=-v]: the invented dev set and seeds, then the real-report corpus
eval: $(STAMP)
	$(BIN)/python -m eval.score $(ARGS)
	$(BIN)/python -m eval.real.score $(ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench.run

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) raw/pages raw/meta raw/state extracted curated/*/ validation runs
