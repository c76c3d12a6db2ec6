# Two entry points (see README): `make demo` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup browser bench lexicon

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

setup: $(STAMP)
	$(BIN)/editlint setup

# Lint the example article; exit status 1 (findings) is the expected outcome here.
demo: setup
	$(BIN)/editlint examples/storm-article.txt || test $$? -eq 1

# The tests keep every cache in their temporary folders, except LanguageTool's install, shared
# through EDITLINT_CACHE_DIR (the user cache by default) so that it is installed once.
EDITLINT_CACHE_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/editlint
export EDITLINT_CACHE_DIR

test: setup browser
	$(BIN)/python -m pytest

# The HTML report's tests drive Debian's Chromium through Playwright (never Playwright's own browser downloads).
browser:
	command -v chromium >/dev/null 2>&1 || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

# Benchmarks and house-rule quality; they read the shared corpus next to this repository.
bench: setup
	$(BIN)/python bench/structural.py
	$(BIN)/python bench/syntax_overhead.py
	$(BIN)/python bench/grammar.py
	$(BIN)/python bench/dask_archive.py
	$(BIN)/python bench/shared_server.py
	$(BIN)/python bench/spelling_quality.py
	$(BIN)/python bench/cache.py
	$(BIN)/python bench/house_quality.py
	$(BIN)/python bench/house_run.py --runs 3
	$(BIN)/python bench/fix_apply.py
	$(BIN)/python bench/lsp_latency.py

# Regenerate the WordNet word classes, SCOWL word list and foreign function words shipped in src/editlint/lexicon (needs Debian's
# wordnet-base, wamerican and wamerican-huge).
lexicon:
	dpkg -s wordnet-base wamerican wamerican-huge >/dev/null 2>&1 || (apt-get update && apt-get install -y wordnet-base wamerican wamerican-huge)
	$(PYTHON) scripts/build_lexicon.py
	$(PYTHON) scripts/build_wordlist.py
	$(PYTHON) scripts/build_function_words.py
